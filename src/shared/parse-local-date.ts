const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The one parser of local calendar dates: `YYYY-MM-DD` to a day number (whole days since
 * 1970-01-01 in the proleptic Gregorian calendar), or `undefined` when it is not that shape or
 * names a day that does not exist (2026-02-30). Calendars' holidays and the account policies'
 * dates both read dates with it.
 *
 * @internal
 *
 * @example
 * ```ts
 * parseLocalDate("1970-01-02"); // => 1
 * parseLocalDate("2026-02-30"); // => undefined
 * ```
 */
export function parseLocalDate(text: string): number | undefined {
  const match = ISO_DATE.exec(text);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // Stryker disable next-line ConditionalExpression,LogicalOperator: the round trip below rejects these dates too; this check only spares Date.UTC the work
  if (month < 1 || month > 12 || day < 1) return undefined;
  const epoch = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2026-02-30 over to March; a round trip catches it.
  const check = new Date(epoch);
  // A day past the month's end rolls over to a later month and another day of the month: either
  // comparison alone catches it.
  // Stryker disable next-line ConditionalExpression,LogicalOperator: see above, each half alone rejects every rolled-over date
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return epoch / 86_400_000;
}

