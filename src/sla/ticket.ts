import * as z from "zod";
import { CHANNELS } from "../shared/channel.js";
import { instantSchema } from "./internal/clocks/instant-schema.js";
import { PRIORITIES, SEVERITIES, SUPPORT_LEVELS, TICKET_STATUSES } from "./sla-vocabulary.js";

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
export const ticketEventSchema = z.discriminatedUnion("type", [
  createdEvent,
  commentEvent,
  statusChangeEvent,
  priorityChangeEvent,
  severityChangeEvent,
  assigneeChangeEvent,
]);

/**
 * One event of a ticket's history as the caller writes it (instants as ISO strings or `Date`s).
 *
 * @example
 * ```ts
 * const reply: TicketEventInput = { type: "comment", at: "2026-03-02T09:00:00Z", author: "agent", public: true };
 * ```
 */
export type TicketEventInput = z.input<typeof ticketEventSchema>;

/**
 * One event of a ticket's history after validation: `at` in epoch milliseconds, defaults filled.
 *
 * @example
 * ```ts
 * const event: TicketEvent = { type: "status_change", at: 1772442000000, status: "solved" };
 * ```
 */
export type TicketEvent = z.output<typeof ticketEventSchema>;

const organizationSchema = z.strictObject({
  id: z.string().optional(),
  plan: z.string().min(1).nullable().default(null),
  supportLevel: z.enum(SUPPORT_LEVELS).nullable().default(null),
  tags: tagList,
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
export const ticketSchema = z
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
    events: z.array(ticketEventSchema).default([]),
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
 * A ticket as the caller writes it: plain JSON-able data, instants as ISO 8601 strings with an
 * offset (or `Date`s), id as a string or a non-negative integer.
 *
 * @example
 * ```ts
 * const input: TicketInput = { id: "T-1", createdAt: "2026-03-02T09:00:00Z", channel: "ticket" };
 * ```
 */
export type TicketInput = z.input<typeof ticketSchema>;

/**
 * A validated ticket: id a string, instants in epoch milliseconds, defaults filled, events
 * sorted by time (ties in input order).
 *
 * @example
 * ```ts
 * const ticket: Ticket = ticketSchema.parse({ id: 1, createdAt: "2026-03-02T09:00:00Z", channel: "ticket" });
 * ```
 */
export type Ticket = z.output<typeof ticketSchema>;

