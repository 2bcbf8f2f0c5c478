import { fail } from "../../shared/errors.js";
import { readEpochInstant } from "../../shared/read-epoch-instant.js";
import { readInstant } from "../../shared/read-instant.js";

/**
 * Reads `now` or an instant in data (the library's one reading: an ISO 8601 string with an
 * offset, a `Date` or epoch milliseconds) as epoch milliseconds, or throws the library's error at
 * `path`.
 */
export function instantOf(value: unknown, path: readonly PropertyKey[]): number {
  const ms = readInstant(value);
  if (typeof ms !== "number") fail(ms.code, path, ms.message);
  return ms;
}

/**
 * Reads a calendar function's instant argument, a `Date` or epoch milliseconds as date-fns takes
 * them, as epoch milliseconds, or throws the library's error at `path`. Text is not read here so
 * that `{ defineCalendar, addBusinessTime }` stays small; the message says what is accepted.
 */
export function calendarInstantOf(value: unknown, path: readonly PropertyKey[]): number {
  const ms = readEpochInstant(value, "a Date or epoch milliseconds");
  if (typeof ms !== "number") fail(ms.code, path, ms.message);
  return ms;
}
