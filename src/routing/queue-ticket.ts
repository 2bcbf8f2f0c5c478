import * as z from "zod";
import { planSchema } from "../shared/plan.js";
import { CHANNELS } from "../shared/channel.js";
import { SEVERITIES, SUPPORT_LEVELS, TICKET_STATUSES } from "../sla/sla-vocabulary.js";
import { describeValue } from "../shared/describe-value.js";
import { ID_PATTERN, idMessage } from "../shared/id-pattern.js";
import { instantSchema } from "../shared/instant-schema.js";
import { oneOf } from "./internal/one-of.js";
import { deepFreeze } from "../shared/deep-freeze.js";
import { orDefault, orNone } from "../shared/or-none.js";

/**
 * The support regions an engineer works in and a customer may prefer.
 *
 * @example
 * ```ts
 * REGIONS; // => ["amer", "apac", "emea"]
 * ```
 */
export const REGIONS = deepFreeze(["amer", "apac", "emea"] as const);

const id = z.string({ error: (issue) => (issue.input === undefined ? undefined : "Expected a ticket id: a non-empty string") }).min(1, {
  error: "Expected a ticket id: a non-empty string",
});

/**
 * One ticket in a queue: what routing needs to place it (docs/rules.md §3), plus, optionally, the
 * ticket's history in the SLA engine's shape (`events`, `severity`, `form`, `tags`) so the queue
 * can evaluate its SLA when no precomputed report is given. Instants are ISO 8601 strings with an
 * offset, or `Date`s.
 *
 * @example
 * ```ts
 * queueTicketSchema.parse({ id: "42", channel: "ticket", createdAt: "2026-11-20T10:00:00Z" }).status; // => "new"
 * ```
 */
export const queueTicketSchema = z.strictObject({
  /** The ticket id, unique within a queue. */
  id,
  /** The channel it came through. */
  channel: oneOf(CHANNELS, "channel"),
  /** When it was created. */
  createdAt: instantSchema,
  /** Its status (default `new`). */
  status: orDefault(oneOf(TICKET_STATUSES, "status").default("new")),
  /**
   * Its priority, when set: a priority id (lower-case letters, digits and underscores), which
   * `orderQueue` checks against the priorities of `options.policies`, Zendesk's without them.
   */
  priority: z
    .string()
    .regex(ID_PATTERN, { error: (issue) => `${idMessage("priority")}, not ${describeValue(issue.input)}` })
    .nullable()
    .default(null),
  /** The customer's severity, when given. */
  severity: z.union(SEVERITIES.map((s) => z.literal(s)) as [z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>, z.ZodLiteral<4>]).nullable().default(null),
  /** The engineer it is assigned to, or null. */
  assignee: z.string().min(1).nullable().default(null),
  /** The requesting organization. */
  organization: orDefault(
    z.strictObject({
      /** The organization's id. */
      id: orNone(z.string().min(1)),
      /** Its plan, by the library's one plan parser (any case, to the plan id). */
      plan: planSchema.nullable().default(null),
      /** Its support level. */
      supportLevel: oneOf(SUPPORT_LEVELS, "support level").nullable().default(null),
      /** Its Zendesk tags. */
      tags: orDefault(z.array(z.string().min(1)).default([])),
      /** Its dedicated (2016) or assigned (2026) support engineer, if any. */
      dedicatedEngineer: z.string().min(1).nullable().default(null),
    }).default({ plan: null, supportLevel: null, tags: [], dedicatedEngineer: null }),
  ),
  /** It is an emergency ticket. */
  emergency: orDefault(z.boolean().default(false)),
  /** It belongs to a GitLab.com incident. */
  incident: orDefault(z.boolean().default(false)),
  /** It is part of an account escalation. */
  accountEscalation: orDefault(z.boolean().default(false)),
  /** It has an open STAR (support ticket attention request). */
  starred: orDefault(z.boolean().default(false)),
  /** The customer's preferred support region. */
  preferredRegion: oneOf(REGIONS, "region").nullable().default(null),
  /** Since when the customer has been waiting (oldest unanswered public comment); FIFO order uses it, falling back to `createdAt`. */
  waitingSince: instantSchema.nullable().default(null),
  /** The Zendesk form, for the SLA engine. */
  form: z.string().min(1).nullable().default(null),
  /** The ticket's tags, for the SLA engine. */
  tags: orDefault(z.array(z.string().min(1)).default([])),
  /** The ticket's history in the SLA engine's event shape; passed through to `evaluateSla` unvalidated here. */
  events: orDefault(z.array(z.unknown()).default([])),
});

/**
 * A ticket as `orderQueue` accepts it.
 *
 * @example
 * ```ts
 * const ticket: QueueTicket = { id: "42", channel: "twitter", createdAt: "2026-11-20T10:00:00Z", assignee: null };
 * ```
 */
export type QueueTicket = z.input<typeof queueTicketSchema>;
