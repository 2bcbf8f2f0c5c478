import type { InstantInput } from "../shared/instant-input.js";
import * as z from "zod";
import type { SlaPolicySet, SlaPolicySetInput } from "../sla/sla-policy-set.js";
import type { Duration } from "../sla/duration.js";
import { editionSchema } from "./edition-schema.js";
import { instantSchema } from "../shared/instant-schema.js";
import { oneOf } from "./internal/one-of.js";
import { REGIONS } from "./queue-ticket.js";
import type { QueueBucket } from "./queue-buckets.js";
import { orDefault, orNone } from "../shared/or-none.js";

/**
 * The least of an SLA report that ordering reads: per metric its id, state, due instant and
 * whether it is breached. The SLA engine's `SlaReport` satisfies it.
 *
 * @example
 * ```ts
 * const report: QueueSlaReport = {
 *   metrics: [{ metric: "first_reply", state: "active", dueAt: "2026-11-20T14:00:00.000Z", breached: false }],
 * };
 * ```
 */
export interface QueueSlaReport {
  /** The ticket the report is for; checked against the key it is filed under when present. */
  readonly ticketId?: string;
  /** One entry per metric; every running (active or paused) one with a due instant is read. */
  readonly metrics: readonly {
    /** The metric id. */
    readonly metric: string;
    /** Its state: `active` and `paused` count as running. */
    readonly state: string;
    /** Its due instant (ISO 8601), or null. */
    readonly dueAt: string | null;
    /** Whether its latest cycle is breached. */
    readonly breached: boolean;
  }[];
}

/**
 * The engineer asking for the queue.
 *
 * @example
 * ```ts
 * const me: QueueEngineer = { id: "alice", region: "emea", dedicatedAccounts: ["org-7"] };
 * ```
 */
export const queueEngineerSchema = z.strictObject({
  /** The engineer's id, as tickets name their assignee. */
  id: z.string().min(1),
  /** The engineer's region. */
  region: oneOf(REGIONS, "region").nullable().default(null),
  /** The organizations the engineer is dedicated to (2016) or assigned to (2026), by id. */
  dedicatedAccounts: orDefault(z.array(z.string().min(1)).default([])),
});

/**
 * The engineer, as `orderQueue` accepts it.
 *
 * @example
 * ```ts
 * const me: QueueEngineer = { id: "alice" };
 * ```
 */
export type QueueEngineer = z.input<typeof queueEngineerSchema>;

/**
 * The options of `orderQueue`, validated. Reports and policies are checked where they are read.
 *
 * @example
 * ```ts
 * orderQueueOptionsSchema.parse({ now: new Date("2026-11-20T10:00:00Z"), engineer: { id: "a" }, edition: "gitlab2026" }).edition;
 * // => "gitlab2026"
 * ```
 */
export const orderQueueOptionsSchema = z.strictObject({
  /** The instant the queue is ordered for. */
  now: instantSchema,
  /** The engineer asking. */
  engineer: queueEngineerSchema,
  /** The rule set. */
  edition: editionSchema,
  /** How close to its due instant a reply is "close to breaching": milliseconds or `{ hours, minutes, ... }` (default 1 hour). */
  nearBreachWindow: orNone(z.custom<Duration>(() => true)),
  /** Precomputed SLA reports, by ticket id. */
  reports: orNone(
    z.custom<Readonly<Record<string, QueueSlaReport>> | ReadonlyMap<string, QueueSlaReport>>((v) => typeof v === "object" && v !== null, {
      message: "Expected the reports as an object or a Map keyed by ticket id",
    }),
  ),
  /** SLA policies to evaluate tickets without a precomputed report. */
  policies: orNone(z.custom<SlaPolicySetInput | SlaPolicySet>((v) => typeof v === "object" && v !== null, { message: "Expected an SLA policy set" })),
  /** Overrides the edition's bucket order: a permutation of its buckets. */
  bucketOrder: orNone(z.array(z.string())),
});

/**
 * The options of `orderQueue`.
 *
 * @example
 * ```ts
 * const options: OrderQueueOptions = { now: new Date("2026-11-20T10:00:00Z"), engineer: { id: "alice" }, edition: "handbook2016" };
 * ```
 */
export interface OrderQueueOptions {
  /** The instant the queue is ordered for. */
  readonly now: InstantInput;
  /** The engineer asking: id, region, dedicated accounts. */
  readonly engineer: QueueEngineer;
  /** The rule set. */
  readonly edition: z.input<typeof editionSchema>;
  /** How close to its due instant a reply is "close to breaching" (default 1 hour; `null` means the default). */
  readonly nearBreachWindow?: Duration | null;
  /** Precomputed SLA reports, by ticket id (an object or a Map); `null` means none. */
  readonly reports?: Readonly<Record<string, QueueSlaReport>> | ReadonlyMap<string, QueueSlaReport> | null;
  /** SLA policies, to evaluate the tickets that have no precomputed report; `null` means none. */
  readonly policies?: SlaPolicySetInput | SlaPolicySet | null;
  /** Overrides the edition's bucket order: a permutation of its buckets; `null` means the edition's. */
  readonly bucketOrder?: readonly QueueBucket[] | null;
}
