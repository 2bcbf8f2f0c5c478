// Local calendar dates as day numbers: whole days since 1970-01-01 in the proleptic Gregorian
// calendar. Day numbers make date arithmetic exact and independent of any time zone.

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;

/** Weekday keys in `Date#getUTCDay` order, so `WEEKDAYS[weekdayOf(day)]` names a day number. */
export const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
export type WeekdayKey = (typeof WEEKDAYS)[number];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD` into a day number, or returns `undefined` when it is not a real date. */
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
  return epoch / MS_PER_DAY;
}

/** Formats a day number as `YYYY-MM-DD`. */
export function formatLocalDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 for Sunday through 6 for Saturday. Day 0 (1970-01-01) was a Thursday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}
