// Local calendar dates as day numbers: whole days since 1970-01-01 in the proleptic Gregorian
// calendar. Day numbers make date arithmetic exact and independent of any time zone.

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;

/** Weekday keys in `Date#getUTCDay` order, so `WEEKDAYS[weekdayOf(day)]` names a day number. */
export const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
export type WeekdayKey = (typeof WEEKDAYS)[number];

/** Formats a day number as `YYYY-MM-DD`. */
export function formatLocalDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 for Sunday through 6 for Saturday. Day 0 (1970-01-01) was a Thursday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}
