import { describeInstant } from "./describe-instant.js";
import { describeReceived } from "./describe-received.js";
import { MAX_INSTANT, MIN_INSTANT, SUPPORTED_RANGE } from "./instant-range.js";
import { timeOf } from "./time-of.js";

/**
 * Why a value is not an instant: the library's error code and a message naming what was received.
 *
 * @internal
 *
 * @example
 * ```ts
 * const problem: InstantProblem = { code: "out_of_range", message: "The instant … is outside the supported range …" };
 * ```
 */
export interface InstantProblem {
  readonly code: "invalid_type" | "invalid_instant" | "out_of_range";
  readonly message: string;
}

/**
 * The library's reading of an instant that is not text: a valid `Date` (an object merely
 * inheriting from `Date.prototype` is not one) or epoch milliseconds (a fraction cut toward zero,
 * as `new Date(number)` does), in the supported range, years 1900 to 2199. {@link readInstant}
 * adds ISO 8601 text to it; the calendar functions, which take instants as date-fns does, use it
 * alone so the smallest imports do not carry the text grammar. Returns epoch milliseconds, or the
 * problem: `invalid_type` for any other kind of value (`undefined` too; the zod schema makes a
 * missing field `missing_field`),
 * `invalid_instant` for an invalid `Date` or a non-finite number, `out_of_range` outside the
 * years. `ms` is the value already read from text (NaN when the text was no instant).
 *
 * @param expected - what the caller accepts, for the message
 * @internal
 *
 * @example
 * ```ts
 * readEpochInstant(new Date(0), "a Date"); // => 0
 * readEpochInstant(Number.NaN, "a Date"); // => { code: "invalid_instant", message: "Expected a Date; received NaN" }
 * ```
 */
export function readEpochInstant(value: unknown, expected: string, ms: number = Number.NaN): number | InstantProblem {
  if (typeof value === "number") ms = Number.isFinite(value) ? Math.trunc(value) + 0 : Number.NaN;
  else if (typeof value !== "string") {
    const time = timeOf(value);
    if (time === undefined) return { code: "invalid_type", message: `Expected ${expected}; received ${describeReceived(value)}` };
    ms = time;
  }
  if (Number.isNaN(ms)) return { code: "invalid_instant", message: `Expected ${expected}; received ${describeReceived(value)}` };
  if (ms < MIN_INSTANT || ms >= MAX_INSTANT) return { code: "out_of_range", message: `The instant ${describeInstant(ms)} is outside the supported range ${SUPPORTED_RANGE}` };
  return ms;
}
