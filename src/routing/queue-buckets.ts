import type { Edition } from "../shared/edition.js";
import { deepFreeze } from "../shared/deep-freeze.js";

/**
 * The 2016 edition's buckets, in pick-up order (docs/rules.md §3 "the order the library uses"):
 * emergencies; close to breaching (or past) first reply; close to breaching (or past) next
 * reply; assigned to you (or to you as dedicated engineer); new unassigned; other open; tickets
 * of another engineer's dedicated organization; solved and closed last.
 *
 * @example
 * ```ts
 * QUEUE_BUCKETS_2016[1]; // => "near_breach_first_reply"
 * ```
 */
export const QUEUE_BUCKETS_2016 = deepFreeze([
  "emergency",
  "near_breach_first_reply",
  "near_breach_next_reply",
  "assigned_to_you",
  "new_unassigned",
  "other_open",
  "dedicated_to_another_engineer",
  "solved",
] as const);

/**
 * The 2026 edition's buckets, in pick-up order (docs/rules.md §3): emergencies, incidents, account
 * escalations; your STARred tickets; the shared view of unassigned tickets by weight; your own
 * other tickets; the rest (other engineers' tickets and STARs); solved and closed last.
 *
 * @example
 * ```ts
 * QUEUE_BUCKETS_2026[4]; // => "shared_view"
 * ```
 */
export const QUEUE_BUCKETS_2026 = deepFreeze([
  "emergency",
  "incident",
  "account_escalation",
  "your_starred",
  "shared_view",
  "your_other",
  "rest",
  "solved",
] as const);

/**
 * A 2016 bucket.
 *
 * @example
 * ```ts
 * const bucket: QueueBucket2016 = "other_open";
 * ```
 */
export type QueueBucket2016 = (typeof QUEUE_BUCKETS_2016)[number];

/**
 * A 2026 bucket.
 *
 * @example
 * ```ts
 * const bucket: QueueBucket2026 = "your_starred";
 * ```
 */
export type QueueBucket2026 = (typeof QUEUE_BUCKETS_2026)[number];

/**
 * A bucket of either edition.
 *
 * @example
 * ```ts
 * const bucket: QueueBucket = "shared_view";
 * ```
 */
export type QueueBucket = QueueBucket2016 | QueueBucket2026;

/**
 * The buckets of an edition, in pick-up order.
 *
 * @example
 * ```ts
 * QUEUE_BUCKETS.handbook2016.length; // => 8
 * ```
 */
export const QUEUE_BUCKETS: Readonly<Record<Edition, readonly QueueBucket[]>> = deepFreeze({
  handbook2016: QUEUE_BUCKETS_2016,
  gitlab2026: QUEUE_BUCKETS_2026,
});
