import * as z from "zod";
import { CHANNELS, type Channel } from "../shared/channel.js";
import { instantSchema } from "./internal/clocks/instant-schema.js";
import { PRIORITIES, type Priority, SEVERITIES, type Severity, SUPPORT_LEVELS, type SupportLevel, TICKET_STATUSES, type TicketStatus } from "./sla-vocabulary.js";

/**
 * An instant as ticket data may give it: an ISO 8601 string with `Z` or an offset
 * (`"2026-03-02T09:00:00+01:00"`), a `Date`, or epoch milliseconds.
 *
 * @example
 * ```ts
 * const created: InstantInput = "2026-03-02T09:00:00Z";
 * ```
 */
export type InstantInput = string | Date | number;

/**
 * The ticket was created (optional; when given, at the ticket's `createdAt`).
 *
 * @example
 * ```ts
 * const event: CreatedEvent<string> = { type: "created", at: "2026-03-02T09:00:00Z" };
 * ```
 */
export interface CreatedEvent<At = number> {
  /** The event's kind. */
  readonly type: "created";
  /** When it happened (epoch milliseconds once parsed). */
  readonly at: At;
}

/**
 * A comment as the caller writes it; `automated` defaults to `false`.
 *
 * @example
 * ```ts
 * const reply: CommentEventInput = { type: "comment", at: "2026-03-02T10:00:00Z", author: "agent", public: true };
 * ```
 */
export interface CommentEventInput {
  /** The event's kind. */
  readonly type: "comment";
  /** When it was posted. */
  readonly at: InstantInput;
  /** Who wrote it: the customer (requester side) or an agent. */
  readonly author: "customer" | "agent";
  /** Whether the requester sees it; private comments fulfil nothing. */
  readonly public: boolean;
  /** Whether a trigger or bot wrote it; automated replies fulfil nothing. */
  readonly automated?: boolean | undefined;
  /** The comment's id in the source system, if any. */
  readonly id?: string | undefined;
}

/**
 * A parsed comment.
 *
 * @example
 * ```ts
 * const reply: CommentEvent = { type: "comment", at: 1772445600000, author: "agent", public: true, automated: false };
 * ```
 */
export interface CommentEvent {
  /** The event's kind. */
  readonly type: "comment";
  /** When it was posted, in epoch milliseconds. */
  readonly at: number;
  /** Who wrote it. */
  readonly author: "customer" | "agent";
  /** Whether the requester sees it. */
  readonly public: boolean;
  /** Whether a trigger or bot wrote it. */
  readonly automated: boolean;
  /** The comment's id in the source system, if any. */
  readonly id?: string | undefined;
}

/**
 * The ticket's status changed.
 *
 * @example
 * ```ts
 * const event: StatusChangeEvent<string> = { type: "status_change", at: "2026-03-02T11:00:00Z", status: "pending" };
 * ```
 */
export interface StatusChangeEvent<At = number> {
  /** The event's kind. */
  readonly type: "status_change";
  /** When it happened (epoch milliseconds once parsed). */
  readonly at: At;
  /** The new status. */
  readonly status: TicketStatus;
}

/**
 * An agent changed the ticket's priority (`null`: no priority).
 *
 * @example
 * ```ts
 * const event: PriorityChangeEvent<string> = { type: "priority_change", at: "2026-03-02T11:00:00Z", priority: "high" };
 * ```
 */
export interface PriorityChangeEvent<At = number> {
  /** The event's kind. */
  readonly type: "priority_change";
  /** When it happened (epoch milliseconds once parsed). */
  readonly at: At;
  /** The new priority. */
  readonly priority: Priority | null;
}

/**
 * The ticket's severity changed; it never changes the priority (docs/rules.md §2, 2026).
 *
 * @example
 * ```ts
 * const event: SeverityChangeEvent<string> = { type: "severity_change", at: "2026-03-02T11:00:00Z", severity: 1, by: "customer" };
 * ```
 */
export interface SeverityChangeEvent<At = number> {
  /** The event's kind. */
  readonly type: "severity_change";
  /** When it happened (epoch milliseconds once parsed). */
  readonly at: At;
  /** The new severity. */
  readonly severity: Severity;
  /** Who changed it. */
  readonly by: "customer" | "agent";
}

/**
 * The ticket's assignee changed (`null`: unassigned).
 *
 * @example
 * ```ts
 * const event: AssigneeChangeEvent<string> = { type: "assignee_change", at: "2026-03-02T11:00:00Z", assignee: "ada" };
 * ```
 */
export interface AssigneeChangeEvent<At = number> {
  /** The event's kind. */
  readonly type: "assignee_change";
  /** When it happened (epoch milliseconds once parsed). */
  readonly at: At;
  /** The new assignee. */
  readonly assignee: string | null;
}

/**
 * One event of a ticket's history as the caller writes it (instants as ISO strings, `Date`s or
 * epoch milliseconds).
 *
 * @example
 * ```ts
 * const reply: TicketEventInput = { type: "comment", at: "2026-03-02T09:00:00Z", author: "agent", public: true };
 * ```
 */
export type TicketEventInput =
  | CreatedEvent<InstantInput>
  | CommentEventInput
  | StatusChangeEvent<InstantInput>
  | PriorityChangeEvent<InstantInput>
  | SeverityChangeEvent<InstantInput>
  | AssigneeChangeEvent<InstantInput>;

/**
 * One event of a ticket's history after validation: `at` in epoch milliseconds, defaults filled.
 *
 * @example
 * ```ts
 * const event: TicketEvent = { type: "status_change", at: 1772442000000, status: "solved" };
 * ```
 */
export type TicketEvent = CreatedEvent | CommentEvent | StatusChangeEvent | PriorityChangeEvent | SeverityChangeEvent | AssigneeChangeEvent;

/**
 * The requester's organization as the caller writes it.
 *
 * @example
 * ```ts
 * const organization: OrganizationInput = { plan: "premium", tags: ["emea"] };
 * ```
 */
export interface OrganizationInput {
  /** The organization's id, if any. */
  readonly id?: string | undefined;
  /** The plan id (`"premium"`, `"starter"`, `"free"`, ...); null or absent when unknown. */
  readonly plan?: string | null | undefined;
  /** The support level, when known; an edition may derive it from the plan. */
  readonly supportLevel?: SupportLevel | null | undefined;
  /** The organization's tags. */
  readonly tags?: readonly string[] | undefined;
}

/**
 * The requester's organization, parsed.
 *
 * @example
 * ```ts
 * const organization: Organization = { plan: "premium", supportLevel: null, tags: [] };
 * ```
 */
export interface Organization {
  /** The organization's id, if any. */
  readonly id?: string | undefined;
  /** The plan id, or null when unknown. */
  readonly plan: string | null;
  /** The support level, or null when unknown. */
  readonly supportLevel: SupportLevel | null;
  /** The organization's tags. */
  readonly tags: readonly string[];
}

/**
 * A ticket as the caller writes it: plain JSON-able data. `priority`, `severity`, `status` and
 * `assignee` are the values it was created with; later changes are events.
 *
 * @example
 * ```ts
 * const input: TicketInput = { id: "T-1", createdAt: "2026-03-02T09:00:00Z", channel: "ticket" };
 * ```
 */
export interface TicketInput {
  /** The ticket's id; a non-negative integer is normalised to its decimal string. */
  readonly id: string | number;
  /** When the ticket was created. */
  readonly createdAt: InstantInput;
  /** The channel it arrived through. */
  readonly channel: Channel;
  /** The requester's organization. */
  readonly organization?: OrganizationInput | undefined;
  /** The ticket form's id (e.g. `"licensing_renewals"`), or null. */
  readonly form?: string | null | undefined;
  /** The priority on creation, or null for none. */
  readonly priority?: Priority | null | undefined;
  /** The severity on creation (1–4), or null. */
  readonly severity?: Severity | null | undefined;
  /** The status on creation (default `"new"`). */
  readonly status?: TicketStatus | undefined;
  /** The assignee on creation, or null. */
  readonly assignee?: string | null | undefined;
  /** The ticket's tags. */
  readonly tags?: readonly string[] | undefined;
  /** The history, in any order; ties keep input order. */
  readonly events?: readonly TicketEventInput[] | undefined;
}

/**
 * A validated ticket: id a string, instants in epoch milliseconds, defaults filled, events sorted
 * by time (ties in input order).
 *
 * @example
 * ```ts
 * const ticket: Ticket = parseTicket({ id: 1, createdAt: "2026-03-02T09:00:00Z", channel: "ticket" });
 * ```
 */
export interface Ticket {
  /** The ticket's id. */
  readonly id: string;
  /** When it was created, in epoch milliseconds. */
  readonly createdAt: number;
  /** The channel it arrived through. */
  readonly channel: Channel;
  /** The requester's organization. */
  readonly organization: Organization;
  /** The ticket form's id, or null. */
  readonly form: string | null;
  /** The priority on creation, or null. */
  readonly priority: Priority | null;
  /** The severity on creation, or null. */
  readonly severity: Severity | null;
  /** The status on creation. */
  readonly status: TicketStatus;
  /** The assignee on creation, or null. */
  readonly assignee: string | null;
  /** The ticket's tags. */
  readonly tags: readonly string[];
  /** The history up to the export, sorted by time. */
  readonly events: readonly TicketEvent[];
}

const priority = z.enum(PRIORITIES);
const severity = z.union(SEVERITIES.map((value) => z.literal(value)) as [z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>, z.ZodLiteral<4>]);
const status = z.enum(TICKET_STATUSES);
const tagList = z.array(z.string().min(1)).default([]);

const createdEvent = z.strictObject({
  type: z.literal("created"),
  at: instantSchema,
});

const commentEvent = z.strictObject({
  type: z.literal("comment"),
  at: instantSchema,
  author: z.enum(["customer", "agent"]),
  public: z.boolean(),
  automated: z.boolean().default(false),
  id: z.string().optional(),
});

const statusChangeEvent = z.strictObject({
  type: z.literal("status_change"),
  at: instantSchema,
  status,
});

const priorityChangeEvent = z.strictObject({
  type: z.literal("priority_change"),
  at: instantSchema,
  priority: priority.nullable(),
});

const severityChangeEvent = z.strictObject({
  type: z.literal("severity_change"),
  at: instantSchema,
  severity,
  by: z.enum(["customer", "agent"]),
});

const assigneeChangeEvent = z.strictObject({
  type: z.literal("assignee_change"),
  at: instantSchema,
  assignee: z.string().min(1).nullable(),
});

const eventUnion = z.discriminatedUnion("type", [
  createdEvent,
  commentEvent,
  statusChangeEvent,
  priorityChangeEvent,
  severityChangeEvent,
  assigneeChangeEvent,
]);

/**
 * The zod schema of one event in a ticket's history: `created`; `comment` (customer or agent,
 * public or private, automated or not); `status_change`; `priority_change`; `severity_change`
 * (by the customer or an agent); `assignee_change`. `at` is an ISO 8601 instant with an offset,
 * or a `Date`, parsed to epoch milliseconds.
 *
 * @example
 * ```ts
 * ticketEventSchema.parse({ type: "comment", at: "2026-03-02T09:00:00Z", author: "agent", public: true }).at;
 * // => 1772442000000
 * ```
 */
export const ticketEventSchema: z.ZodType<TicketEvent, TicketEventInput> = eventUnion;

const organizationSchema = z.strictObject({
  id: z.string().optional(),
  plan: z.string().min(1).nullable().default(null),
  supportLevel: z.enum(SUPPORT_LEVELS).nullable().default(null),
  tags: tagList,
});

const ticketShape = z
  .strictObject({
    id: z.union([z.string().min(1), z.int().nonnegative().transform(String)]),
    createdAt: instantSchema,
    channel: z.enum(CHANNELS),
    organization: organizationSchema.default({ plan: null, supportLevel: null, tags: [] }),
    form: z.string().min(1).nullable().default(null),
    priority: priority.nullable().default(null),
    severity: severity.nullable().default(null),
    status: status.default("new"),
    assignee: z.string().min(1).nullable().default(null),
    tags: tagList,
    events: z.array(eventUnion).default([]),
  })
  .transform((ticket, ctx) => {
    let createdEvents = 0;
    ticket.events.forEach((event, index) => {
      if (event.at < ticket.createdAt) {
        ctx.addIssue({
          code: "custom",
          path: ["events", index, "at"],
          message: `The event at ${new Date(event.at).toISOString()} comes before the ticket's creation at ${new Date(ticket.createdAt).toISOString()}`,
          params: { code: "event_before_creation" },
          input: event.at,
        });
      }
      if (event.type === "created") {
        createdEvents += 1;
        if (createdEvents > 1) {
          ctx.addIssue({ code: "custom", path: ["events", index], message: "A ticket has at most one created event", params: { code: "inconsistent_facts" }, input: event });
        } else if (event.at !== ticket.createdAt) {
          ctx.addIssue({
            code: "custom",
            path: ["events", index, "at"],
            message: `The created event at ${new Date(event.at).toISOString()} differs from createdAt ${new Date(ticket.createdAt).toISOString()}`,
            params: { code: "inconsistent_facts" },
            input: event.at,
          });
        }
      }
    });
    // A stable sort keeps ties in input order (Array.prototype.sort is stable since ES2019).
    const order = ticket.events.map((event, index) => ({ event, index })).sort((a, b) => a.event.at - b.event.at);
    let current = ticket.status;
    for (const { event, index } of order) {
      if (event.type !== "status_change") continue;
      if (current === "closed" && event.status !== "closed") {
        ctx.addIssue({
          code: "custom",
          path: ["events", index, "status"],
          message: `A closed ticket cannot change status to "${event.status}"; a follow-up is a new ticket`,
          params: { code: "inconsistent_facts" },
          input: event.status,
        });
      }
      current = event.status;
    }
    return { ...ticket, events: order.map(({ event }) => event) };
  });


/**
 * The zod schema of a ticket and its history. The ticket-level `priority`, `severity`, `status`
 * and `assignee` are the values the ticket was **created** with; every later change is an event,
 * so the same ticket can be evaluated as of any moment. Events may be unsorted: the parsed
 * ticket lists them by time, ties in input order. A numeric `id` is normalised to its decimal
 * string, so `42` and `"42"` name the same ticket.
 *
 * Checks beyond shapes: no event before creation (`event_before_creation`); at most one
 * `created` event, at the creation instant, and no status change out of `closed`
 * (`inconsistent_facts`).
 *
 * @example
 * ```ts
 * const ticket = ticketSchema.parse({
 *   id: 42, createdAt: "2026-03-02T09:00:00Z", channel: "ticket", priority: "high",
 *   events: [{ type: "comment", at: "2026-03-02T10:00:00Z", author: "agent", public: true }],
 * });
 * ticket.id; // => "42"
 * ticket.status; // => "new"
 * ```
 */
export const ticketSchema: z.ZodType<Ticket, TicketInput> = ticketShape;
