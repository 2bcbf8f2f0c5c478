import { fail } from "../../shared/errors.js";
import { timeOf } from "../../shared/time-of.js";
import { MAX_INSTANT, MIN_INSTANT } from "./timeline.js";

/**
 * Reads an instant argument, a `Date` or epoch milliseconds as date-fns takes them, as epoch
 * milliseconds, or throws the library's error. A fractional number is truncated toward zero, as
 * `new Date(number)` does.
 */
export function instantOf(value: unknown, path: readonly PropertyKey[]): number {
  if (typeof value === "number") return inRange(Number.isFinite(value) ? Math.trunc(value) + 0 : Number.NaN, value, path);
  return inRange(timeOf(value) ?? Number.NaN, value, path);
}

/** `time` when it is an instant in the supported range; otherwise the error naming `value`. */
function inRange(time: number, value: unknown, path: readonly PropertyKey[]): number {
  if (Number.isNaN(time)) fail("invalid_instant", path, `Expected a valid Date or epoch milliseconds, received ${describe(value)}`);
  if (time < MIN_INSTANT || time >= MAX_INSTANT) {
    // Beyond ±8.64e15 ms no Date exists to print, so the number is named as it was given.
    const shown = Math.abs(time) <= 8.64e15 ? new Date(time).toISOString() : `${time} ms`;
    fail("out_of_range", path, `The instant ${shown} is outside the supported range ${new Date(MIN_INSTANT).toISOString()} to ${new Date(MAX_INSTANT).toISOString()}`);
  }
  return time;
}

/** A short, safe description of a bad value for an error message. */
export function describe(value: unknown): string {
  if (isDateLike(value)) return "an invalid Date";
  if (value === null) return "null";
  if (isArray(value)) return "an array";
  if (typeof value === "string") return `the string "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === "number") return `the number ${value}`;
  if (value === undefined) return "undefined";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/** Array.isArray, which throws for a revoked proxy: that is no array. */
function isArray(value: unknown): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** A Date, or an object posing as one (it inherits Date.prototype); a proxy that throws is neither. */
function isDateLike(value: unknown): boolean {
  try {
    return value instanceof Date;
  } catch {
    return false;
  }
}
