import { orDefault, orNone } from "../shared/or-none.js";
import * as z from "zod";
import { type Plan, planSchema } from "../shared/plan.js";
import { CHANNELS, type Channel } from "../shared/channel.js";
import type { InstantInput } from "../shared/instant-input.js";
import { instantSchema } from "../shared/instant-schema.js";
import { MAX_LISTED_ISSUES } from "../shared/errors.js";
import { priorityIdSchema } from "./internal/priorities.js";
import { type PriorityId, SEVERITIES, type Severity, SUPPORT_LEVELS, type SupportLevel, TICKET_STATUSES, type TicketStatus } from "./sla-vocabulary.js";
import { deepFreeze } from "../shared/deep-freeze.js";
import { recordSchema } from "../shared/record-schema.js";

export type { InstantInput };

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
  readonly automated?: boolean | null | undefined;
  /** The comment's id in the source system, if any. */
  readonly id?: string | null | undefined;
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
 * const event: StatusChangeEvent<string> = { type: "status_change", at: "2026-03-02T11:00:00Z", status: "pending", customStatus: "waiting_for_customer" };
 * ```
 */
export interface StatusChangeEvent<At = number> {
  /** The event's kind. */
  readonly type: "status_change";
  /** When it happened (epoch milliseconds once parsed). */
  readonly at: At;
  /** The new status (for a custom status, the status of its category). */
  readonly status: TicketStatus;
  /**
   * The new custom status, one the policy set declares in `statuses` (Zendesk's custom ticket
   * statuses, JSM's workflow statuses), or null (absent: none); its category must be `status`'s.
   */
  readonly customStatus?: string | null | undefined;
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
  readonly priority: PriorityId | null;
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
 * A value of one of a ticket's generic {@link TicketInput.fields}: text, a number, a boolean, a
 * list of texts (a multi-select custom field), or `null` for no value.
 *
 * @example
 * ```ts
 * const group: TicketFieldValue = "20";
 * ```
 */
export type TicketFieldValue = string | number | boolean | null | readonly string[];

/**
 * The generic fields a ticket may give at creation, for policy conditions to read (see
 * `CONDITION_FIELDS`): `type`, `group`, `brand`, `via` (the channel it came in through, in the
 * source system's words), `requester`, and `custom_fields.<id>`.
 *
 * @example
 * ```ts
 * TICKET_FIELDS.includes("group"); // => true
 * ```
 */
export const TICKET_FIELDS = deepFreeze(["type", "group", "brand", "via", "requester"] as const);

// Built once: a ticket with a million unknown field names is rejected at the cost of reading it.
const KNOWN_TICKET_FIELDS: ReadonlySet<string> = new Set(TICKET_FIELDS);
const EXPECTED_TICKET_FIELDS = `: expected one of ${TICKET_FIELDS.join(", ")} or custom_fields.<id>`;

/**
 * The fields a `field_change` event may change: the generic ones but `via` (a ticket arrives
 * once), plus the ticket's `form` and `organization` (its id). Priority, status, assignee, tags
 * and the calendar have their own events.
 *
 * @example
 * ```ts
 * CHANGEABLE_FIELDS.includes("form"); // => true
 * ```
 */
export const CHANGEABLE_FIELDS = deepFreeze(["type", "group", "brand", "requester", "form", "organization"] as const);

/**
 * A ticket field changed (an agent, a trigger or an automation set it); conditions read the
 * ticket as it stands after it.
 *
 * @example
 * ```ts
 * const event: FieldChangeEvent<string> = { type: "field_change", at: "2026-03-02T11:00:00Z", field: "group", value: "20" };
 * ```
 */
export interface FieldChangeEvent<At = number> {
  /** The event's kind. */
  readonly type: "field_change";
  /** When it happened (epoch milliseconds once parsed). */
  readonly at: At;
  /** One of {@link CHANGEABLE_FIELDS}, or `custom_fields.<id>`. */
  readonly field: string;
  /** The new value (`null`: cleared). */
  readonly value: TicketFieldValue;
}

/**
 * The ticket's tags changed; `tags` is the whole new set (as a Zendesk audit's tag change gives it).
 *
 * @example
 * ```ts
 * const event: TagsChangeEvent<string> = { type: "tags_change", at: "2026-03-02T11:00:00Z", tags: ["vip", "billing"] };
 * ```
 */
export interface TagsChangeEvent<At = number> {
  /** The event's kind. */
  readonly type: "tags_change";
  /** When it happened (epoch milliseconds once parsed). */
  readonly at: At;
  /** Every tag the ticket has from now on. */
  readonly tags: readonly string[];
}

/**
 * The ticket's business-hours calendar changed (Zendesk: a trigger set the ticket's schedule);
 * `calendar` names a calendar of the policy set, or is `null` for none.
 *
 * @example
 * ```ts
 * const event: CalendarChangeEvent<string> = { type: "calendar_change", at: "2026-03-02T11:00:00Z", calendar: "emea" };
 * ```
 */
export interface CalendarChangeEvent<At = number> {
  /** The event's kind. */
  readonly type: "calendar_change";
  /** When it happened (epoch milliseconds once parsed). */
  readonly at: At;
  /** The calendar's name in the policy set, or null. */
  readonly calendar: string | null;
}

/**
 * A ticket's values as the source system holds them **now** (a Zendesk ticket object's
 * `status`, `priority`, `assignee_id`, `tags`). Given, they are checked against the values the
 * creation values and events lead to, so current values cannot be mistaken for creation values.
 *
 * @example
 * ```ts
 * const current: CurrentValuesInput = { status: "solved", priority: "high" };
 * ```
 */
export interface CurrentValuesInput {
  /** The status after every event. */
  readonly status?: TicketStatus | null | undefined;
  /** The priority after every event (null: none). */
  readonly priority?: PriorityId | null | undefined;
  /** The assignee after every event (null: unassigned). */
  readonly assignee?: string | null | undefined;
  /** The tags after every event, in any order. */
  readonly tags?: readonly string[] | null | undefined;
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
  | AssigneeChangeEvent<InstantInput>
  | FieldChangeEvent<InstantInput>
  | TagsChangeEvent<InstantInput>
  | CalendarChangeEvent<InstantInput>;

/**
 * One event of a ticket's history after validation: `at` in epoch milliseconds, defaults filled.
 *
 * @example
 * ```ts
 * const event: TicketEvent = { type: "status_change", at: 1772442000000, status: "solved" };
 * ```
 */
export type TicketEvent =
  | CreatedEvent
  | CommentEvent
  | StatusChangeEvent
  | PriorityChangeEvent
  | SeverityChangeEvent
  | AssigneeChangeEvent
  | FieldChangeEvent
  | TagsChangeEvent
  | CalendarChangeEvent;

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
  readonly id?: string | null | undefined;
  /** The plan id, one of `PLANS` in any case (`"premium"`, `"oss"`, `"free"`, ...); null or absent when unknown. */
  readonly plan?: string | null | undefined;
  /** The support level, when known; an edition may derive it from the plan. */
  readonly supportLevel?: SupportLevel | null | undefined;
  /** The organization's tags. */
  readonly tags?: readonly string[] | null | undefined;
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
  readonly plan: Plan | null;
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
  readonly organization?: OrganizationInput | null | undefined;
  /** The ticket form's id (e.g. `"licensing_renewals"`), or null. */
  readonly form?: string | null | undefined;
  /** The priority on creation, or null for none. */
  readonly priority?: PriorityId | null | undefined;
  /** The severity on creation (1–4), or null. */
  readonly severity?: Severity | null | undefined;
  /** The status on creation (default `"new"`); never `solved` or `closed` (see {@link ticketSchema}). */
  readonly status?: TicketStatus | null | undefined;
  /** The custom status on creation (one the policy set declares in `statuses`, within `status`'s category), or null. */
  readonly customStatus?: string | null | undefined;
  /** The assignee on creation, or null. */
  readonly assignee?: string | null | undefined;
  /** The ticket's tags on creation. */
  readonly tags?: readonly string[] | null | undefined;
  /** Generic fields on creation, for policy conditions: keys from {@link TICKET_FIELDS} or `custom_fields.<id>`. */
  readonly fields?: Readonly<Record<string, TicketFieldValue>> | null | undefined;
  /** The business-hours calendar on creation (a calendar name of the policy set), or null. */
  readonly calendar?: string | null | undefined;
  /** The values the source system holds now, checked against the replayed events. */
  readonly current?: CurrentValuesInput | null | undefined;
  /** The history, in any order; ties keep input order. */
  readonly events?: readonly TicketEventInput[] | null | undefined;
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
  readonly priority: PriorityId | null;
  /** The severity on creation, or null. */
  readonly severity: Severity | null;
  /** The status on creation. */
  readonly status: TicketStatus;
  /** The custom status on creation, or null. */
  readonly customStatus: string | null;
  /** The assignee on creation, or null. */
  readonly assignee: string | null;
  /** The ticket's tags on creation. */
  readonly tags: readonly string[];
  /** Generic fields on creation. */
  readonly fields: Readonly<Record<string, TicketFieldValue>>;
  /** The business-hours calendar on creation, or null. */
  readonly calendar: string | null;
  /** The history up to the export, sorted by time. */
  readonly events: readonly TicketEvent[];
}

// A well-formed id: which priorities exist is the policy set's to say, checked when the ticket is evaluated.
const priority = priorityIdSchema;
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
  automated: orDefault(z.boolean().default(false)),
  id: orNone(z.string()),
});

const statusChangeEvent = z.strictObject({
  type: z.literal("status_change"),
  at: instantSchema,
  status,
  customStatus: z.string().min(1).nullable().optional(),
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

const fieldValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);
const isCustomField = (name: string): boolean => name.startsWith("custom_fields.") && name.length > "custom_fields.".length;

const fieldChangeEvent = z.strictObject({
  type: z.literal("field_change"),
  at: instantSchema,
  field: z.string().refine((name) => (CHANGEABLE_FIELDS as readonly string[]).includes(name) || isCustomField(name), {
    error: (issue) =>
      `A field_change cannot change "${String(issue.input)}": expected one of ${CHANGEABLE_FIELDS.join(", ")} or custom_fields.<id> (priority, status, assignee, tags and the calendar have their own events)`,
    params: { code: "unknown_field" },
  }),
  value: fieldValue,
});

const tagsChangeEvent = z.strictObject({
  type: z.literal("tags_change"),
  at: instantSchema,
  tags: z.array(z.string().min(1)),
});

const calendarChangeEvent = z.strictObject({
  type: z.literal("calendar_change"),
  at: instantSchema,
  calendar: z.string().min(1).nullable(),
});

const eventUnion = z.discriminatedUnion("type", [
  createdEvent,
  commentEvent,
  statusChangeEvent,
  priorityChangeEvent,
  severityChangeEvent,
  assigneeChangeEvent,
  fieldChangeEvent,
  tagsChangeEvent,
  calendarChangeEvent,
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
  id: orNone(z.string()),
  plan: planSchema.nullable().default(null),
  supportLevel: z.enum(SUPPORT_LEVELS).nullable().default(null),
  tags: orDefault(tagList),
});

const ticketShape = z
  .strictObject({
    id: z.union([z.string().min(1), z.int().nonnegative().transform(String)]),
    createdAt: instantSchema,
    channel: z.enum(CHANNELS),
    organization: orDefault(organizationSchema.default({ plan: null, supportLevel: null, tags: [] })),
    form: z.string().min(1).nullable().default(null),
    priority: priority.nullable().default(null),
    severity: severity.nullable().default(null),
    status: orDefault(status.default("new")),
    customStatus: z.string().min(1).nullable().default(null),
    assignee: z.string().min(1).nullable().default(null),
    tags: orDefault(tagList),
    fields: orDefault(recordSchema(z.string(), fieldValue, "a field").default({})),
    calendar: z.string().min(1).nullable().default(null),
    current: orNone(
      z.strictObject({
        status: orNone(status),
        priority: priority.nullable().optional(),
        assignee: z.string().min(1).nullable().optional(),
        tags: orNone(z.array(z.string().min(1))),
      }),
    ),
    events: orDefault(z.array(eventUnion).default([])),
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
    const unknownFields = Object.keys(ticket.fields).filter((name) => !KNOWN_TICKET_FIELDS.has(name) && !isCustomField(name));
    // The error lists MAX_LISTED_ISSUES of them; the last one added counts the others.
    unknownFields.slice(0, MAX_LISTED_ISSUES + 1).forEach((name, index) => {
      const more = index === MAX_LISTED_ISSUES ? unknownFields.length - MAX_LISTED_ISSUES - 1 : 0;
      ctx.addIssue({ code: "custom", path: ["fields", name], message: `Unknown ticket field "${name}"${EXPECTED_TICKET_FIELDS}`, params: { code: "unknown_field", more }, input: name });
    });
    if (ticket.status === "solved" || ticket.status === "closed") {
      // The trap this closes: a source's ticket object holds its *current* status, and a ticket
      // read as created solved has every clock stopped at creation, so it reports "met".
      ctx.addIssue({
        code: "custom",
        path: ["status"],
        message: `A ticket's status is the one it was created with, and a ticket is not created ${ticket.status}: give its current status as current.status and each change as a status_change event (for a ticket solved at creation, a status_change at createdAt)`,
        params: { code: "inconsistent_facts" },
        input: ticket.status,
      });
    }
    // A stable sort keeps ties in input order (Array.prototype.sort is stable since ES2019).
    const order = ticket.events.map((event, index) => ({ event, index })).sort((a, b) => a.event.at - b.event.at);
    let current = ticket.status;
    let currentPriority = ticket.priority;
    let currentAssignee = ticket.assignee;
    let currentTags: readonly string[] = ticket.tags;
    for (const { event, index } of order) {
      if (event.type === "priority_change") currentPriority = event.priority;
      else if (event.type === "assignee_change") currentAssignee = event.assignee;
      else if (event.type === "tags_change") currentTags = event.tags;
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
    const { current: given, ...rest } = ticket;
    if (given !== undefined) {
      const mismatch = (field: string, stated: unknown, replayed: unknown, hint: string): void => {
        ctx.addIssue({
          code: "custom",
          path: ["current", field],
          message: `The current ${field} ${JSON.stringify(stated)} is not what the ticket's creation values and events lead to (${JSON.stringify(replayed)}): ticket-level values are the ones at creation, and every later change must be ${hint}`,
          params: { code: "inconsistent_facts" },
          input: stated,
        });
      };
      if (given.status !== undefined && given.status !== current) mismatch("status", given.status, current, "a status_change event");
      if (given.priority !== undefined && given.priority !== currentPriority) mismatch("priority", given.priority, currentPriority, "a priority_change event");
      if (given.assignee !== undefined && given.assignee !== currentAssignee) mismatch("assignee", given.assignee, currentAssignee, "an assignee_change event");
      if (given.tags !== undefined && !sameTags(given.tags, currentTags)) mismatch("tags", given.tags, currentTags, "a tags_change event");
    }
    return { ...rest, events: order.map(({ event }) => event) };
  });

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((tag) => right.has(tag));
}


/**
 * The zod schema of a ticket and its history. The ticket-level `priority`, `severity`, `status`
 * and `assignee` are the values the ticket was **created** with; every later change is an event,
 * so the same ticket can be evaluated as of any moment. Events may be unsorted: the parsed
 * ticket lists them by time, ties in input order. A numeric `id` is normalised to its decimal
 * string, so `42` and `"42"` name the same ticket.
 *
 * Conditions of policies read the ticket as it stands at a moment: the creation values
 * (`priority`, `status`, `assignee`, `tags`, `form`, `organization.id`, the generic `fields`
 * and the business-hours `calendar`), then `priority_change`, `status_change`,
 * `assignee_change`, `tags_change`, `field_change` and `calendar_change` events.
 *
 * A `priority` (on creation, in `priority_change` events and in `current`) is a well-formed id
 * here (`invalid_format` otherwise); whether it is one of the policy set's `priorities` is
 * checked when the ticket is evaluated against the set (`unknown_value`), because a ticket is
 * parsed without knowing its set.
 *
 * Checks beyond shapes: no event before creation (`event_before_creation`); at most one
 * `created` event, at the creation instant, and no status change out of `closed`
 * (`inconsistent_facts`). Current values cannot pass for creation values: a ticket created
 * `solved` or `closed` is rejected (`inconsistent_facts`; a ticket solved as it was opened has a
 * `status_change` at `createdAt`), and `current` values, when given, must be what the
 * creation values and every event lead to (`inconsistent_facts` at `current.<field>`).
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
