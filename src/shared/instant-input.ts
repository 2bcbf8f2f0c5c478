/**
 * An instant as every function of the library takes it (`now`, ticket and event times, calendar
 * arguments): an ISO 8601 string with `Z` or an offset (`"2026-11-20T10:00:00Z"`,
 * `"2026-11-20T11:00:00+01:00"`; without an offset it would depend on the host's zone and is
 * refused), a valid `Date`, or epoch milliseconds (a fraction is cut toward zero, as
 * `new Date(number)` does). Years 1900 to 2199.
 *
 * @example
 * ```ts
 * const now: InstantInput = "2026-11-20T10:00:00Z"; // or new Date(…), or 1795168800000
 * ```
 */
export type InstantInput = string | Date | number;
