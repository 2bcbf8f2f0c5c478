import { timeOf } from "./time-of.js";

/**
 * A short, safe description of a received value for an error message: `the string "…"` (cut at
 * 40 characters), `the number 5`, `null`, `an array`, `an invalid Date`, `an object posing as a Date`, `an object`, `a boolean`.
 * Never throws, also for a revoked proxy or an object posing as a Date.
 *
 * @internal
 *
 * @example
 * ```ts
 * describeReceived("soon"); // => 'the string "soon"'
 * ```
 */
export function describeReceived(value: unknown): string {
  // A real Date reaches here only when invalid; an object merely inheriting from Date.prototype is none.
  if (isDateLike(value)) return timeOf(value) === undefined ? "an object posing as a Date" : "an invalid Date";
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
