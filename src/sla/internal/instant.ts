import { fail } from "../../shared/errors.js";
import { MAX_INSTANT, MIN_INSTANT } from "./timeline.js";

/** Reads a `Date` argument as epoch milliseconds, or throws the library's error. */
export function instantOf(value: unknown, path: readonly PropertyKey[]): number {
  let time = Number.NaN;
  // getTime throws for anything but a real Date, and the catch turns that into NaN as well: the
  // instanceof tests only narrow the type.
  // Stryker disable next-line ConditionalExpression: see above
  if (value instanceof Date) {
    // Stryker disable BlockStatement: an empty catch leaves time NaN all the same
    try {
      // The prototype's own getTime: an object merely inheriting from Date.prototype throws here.
      time = Date.prototype.getTime.call(value);
    } catch {
      time = Number.NaN;
    }
    // Stryker restore BlockStatement
  }
  // Stryker disable next-line ConditionalExpression: see above, a non-Date's time is NaN
  if (!(value instanceof Date) || Number.isNaN(time)) {
    fail("invalid_instant", path, `Expected a valid Date, received ${describe(value)}`);
  }
  if (time < MIN_INSTANT || time >= MAX_INSTANT) {
    fail(
      "out_of_range",
      path,
      `The instant ${new Date(time).toISOString()} is outside the supported range ${new Date(MIN_INSTANT).toISOString()} to ${new Date(MAX_INSTANT).toISOString()}`,
    );
  }
  return time;
}

/** A short, safe description of a bad value for an error message. */
export function describe(value: unknown): string {
  if (value instanceof Date) return "an invalid Date";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return `the string "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === "number") return `the number ${value}`;
  if (value === undefined) return "undefined";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
