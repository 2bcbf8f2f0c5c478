import { parseIsoInstant } from "./parse-iso-instant.js";
import { readEpochInstant, type InstantProblem } from "./read-epoch-instant.js";

export type { InstantProblem };

/** What every area accepts as an instant, for the messages. @internal */
export const INSTANT_EXPECTED = 'an ISO 8601 date-time with "Z" or an offset (e.g. "2026-11-20T10:00:00Z"), a Date or epoch milliseconds';

/**
 * The one reading of an instant, for every area and the command line: an ISO 8601 string with `Z`
 * or an offset ({@link parseIsoInstant}), a valid `Date` (an object merely inheriting from
 * `Date.prototype` is not one), or epoch milliseconds (a fraction cut toward zero, as
 * `new Date(number)` does), in the supported range, years 1900 to 2199. Returns epoch
 * milliseconds, or the problem: `invalid_type` for any other kind of value (`undefined` too), `invalid_instant` for text that is no instant, an invalid `Date` or a non-finite
 * number, `out_of_range` outside the years. Kept outside zod so the queue's fast path uses it
 * without zod's combinators.
 *
 * @internal
 *
 * @example
 * ```ts
 * readInstant("2026-11-20T10:00:00Z"); // => Date.UTC(2026, 10, 20, 10)
 * readInstant(new Date(Date.UTC(2026, 10, 20, 10))); // => the same
 * readInstant("2026-11-20T10:00:00"); // => { code: "invalid_instant", message: "Expected an ISO 8601 …" }
 * ```
 */
export function readInstant(value: unknown): number | InstantProblem {
  return readEpochInstant(value, INSTANT_EXPECTED, typeof value === "string" ? parseIsoInstant(value) : Number.NaN);
}
