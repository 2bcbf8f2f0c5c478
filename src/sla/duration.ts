import { describeThrown, fail, SupportPolicyError } from "../shared/errors.js";
import { describeReceived } from "../shared/describe-received.js";
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from "./internal/local-date.js";

/**
 * A length of business time: milliseconds, or parts that add up. `days` are 24 hours of business
 * time each, as date-fns counts a day of a duration; for "N business days" as handbooks state
 * targets (to the close of the Nth open day), see {@link addBusinessDays}.
 *
 * @example
 * ```ts
 * const eightHours: Duration = { hours: 8 };
 * const ninetyMinutes: Duration = 5_400_000;
 * const aDayAndAHalf: Duration = { days: 1, hours: 12 }; // 36 hours of business time
 * ```
 */
export type Duration =
  | number
  | {
      /** Days of 24 hours, 86,400,000 ms each (not business days: see {@link addBusinessDays}). */
      readonly days?: number;
      /** Hours, 3,600,000 ms each. */
      readonly hours?: number;
      /** Minutes, 60,000 ms each. */
      readonly minutes?: number;
      /** Seconds, 1,000 ms each. */
      readonly seconds?: number;
      /** Milliseconds. */
      readonly milliseconds?: number;
    };

const UNIT_MS = { days: MS_PER_DAY, hours: MS_PER_HOUR, minutes: MS_PER_MINUTE, seconds: 1000, milliseconds: 1 } as const;

function checkPart(value: unknown, path: readonly PropertyKey[]): number {
  // Stryker disable next-line ConditionalExpression: Number.isFinite is false for every non-number; the typeof test only narrows the type
  if (typeof value !== "number" || !Number.isFinite(value)) {
    fail("invalid_duration", path, `Expected a finite number, received ${describeReceived(value)}`);
  }
  if (value < 0) fail("invalid_duration", path, `Expected a non-negative duration, received ${value}`);
  return value;
}

/** {@link durationToMilliseconds} naming `path` in its errors, for the library's own calls. */
export function toMilliseconds(duration: Duration, path: readonly PropertyKey[]): number {
  try {
    return readMilliseconds(duration, path);
  } catch (error) {
    // A getter or proxy trap that throws, or a revoked proxy: a duration that cannot be read.
    if (error instanceof SupportPolicyError) throw error;
    fail("invalid_duration", path, `The duration could not be read: reading it threw ${describeThrown(error)}`);
  }
}

function readMilliseconds(duration: Duration, path: readonly PropertyKey[]): number {
  if (typeof duration === "number") return Math.round(checkPart(duration, path));
  // Callers without types can pass anything; the declared type is no guarantee here.
  const value: unknown = duration;
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    fail("invalid_duration", path, `Expected milliseconds or { days, hours, minutes, seconds, milliseconds }, received ${describeReceived(value)}`);
  }
  let total = 0;
  for (const key of Object.keys(duration)) {
    if (!Object.hasOwn(UNIT_MS, key)) {
      fail("unknown_key", [...path, key], `Unknown duration part "${key}": expected days, hours, minutes, seconds or milliseconds`);
    }
    const part = (duration as Record<string, unknown>)[key];
    if (part === undefined) continue;
    total += checkPart(part, [...path, key]) * UNIT_MS[key as keyof typeof UNIT_MS];
  }
  if (!Number.isFinite(total)) fail("invalid_duration", path, "The duration is too large to represent");
  return Math.round(total);
}

/**
 * Converts a {@link Duration} to whole milliseconds (rounded to the nearest), checking it is a
 * finite, non-negative amount.
 *
 * @param duration - milliseconds, or `{ days?, hours?, minutes?, seconds?, milliseconds? }`
 * @returns milliseconds
 * @throws {@link SupportPolicyError} `invalid_duration` for a negative or non-finite amount,
 *   `unknown_key` for a part it does not know
 *
 * @example
 * ```ts
 * durationToMilliseconds({ hours: 1, minutes: 30 }); // => 5400000
 * durationToMilliseconds(250); // => 250
 * durationToMilliseconds({ days: 2 }); // => 172800000
 * ```
 */
export function durationToMilliseconds(duration: Duration): number {
  return toMilliseconds(duration, ["duration"]);
}
