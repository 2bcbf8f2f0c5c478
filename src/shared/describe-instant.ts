// The largest |epoch ms| a Date can hold (ECMA-262 TimeClip): beyond it, toISOString throws.
const DATE_LIMIT_MS = 8.64e15;

/**
 * An instant given as epoch milliseconds, for an error message: its ISO 8601 UTC form when a
 * `Date` can hold it, otherwise the number of milliseconds itself, so describing an out-of-range
 * value never throws (`toISOString` does past ±8.64e15 ms).
 *
 * @internal
 *
 * @example
 * ```ts
 * describeInstant(0); // => "1970-01-01T00:00:00.000Z"
 * describeInstant(1e16); // => "1e+16 ms after 1970-01-01T00:00:00.000Z"
 * ```
 */
export function describeInstant(ms: number): string {
  if (Math.abs(ms) <= DATE_LIMIT_MS) return new Date(ms).toISOString();
  return `${String(ms)} ms after 1970-01-01T00:00:00.000Z`;
}
