import { fail } from "../shared/errors.js";
import { type BusinessCalendar, timelineOf } from "./business-calendar.js";
import { describeReceived } from "../shared/describe-received.js";
import { calendarInstantOf } from "./internal/instant.js";
import { MS_PER_DAY } from "./internal/local-date.js";
import { MAX_INSTANT, type Timeline } from "./internal/timeline.js";
import { offsetAt } from "./internal/zone.js";

/** The local date (days since 1970-01-01) of instant `t` in the zone. */
function localDay(timeZone: string, t: number): number {
  return Math.floor((t + offsetAt(timeZone, t)) / MS_PER_DAY);
}

/**
 * The first instant of local date `day`: its midnight, or, where the zone skips midnight (a DST
 * change at 00:00), the first instant whose local date is `day`.
 */
function startOfDay(timeZone: string, day: number): number {
  const wall = day * MS_PER_DAY;
  // Two rounds settle the offset at midnight; the search below handles a midnight that does not exist.
  let t = wall - offsetAt(timeZone, wall);
  t = wall - offsetAt(timeZone, t);
  if (localDay(timeZone, t) === day && localDay(timeZone, t - 1) < day) return t;
  // Offsets change by less than a day: the boundary lies within a day of the wall-clock guess.
  let lo = wall - MS_PER_DAY;
  let hi = wall + MS_PER_DAY;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (localDay(timeZone, mid) >= day) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * The end of business day `day`: the last close of open time within the local date (its
 * midnight when it is open until then), or `undefined` when the date has no open time.
 */
function closeOfDay(timeline: Timeline, timeZone: string, day: number, path: readonly PropertyKey[]): number | undefined {
  const start = startOfDay(timeZone, day);
  const end = Math.min(startOfDay(timeZone, day + 1), MAX_INSTANT);
  let open = timeline.nextOpen(start, path);
  if (open >= end) return undefined;
  for (;;) {
    const close = timeline.nextClose(open, path);
    if (close === null || close >= end) return end;
    open = timeline.nextOpen(close, path);
    if (open >= end) return close;
  }
}

/**
 * The end of the `days`-th business day after the day of `start`: a deadline stated as "N
 * business days", as handbooks state targets (docs/rules.md §1).
 *
 * A business day is a local date, in the calendar's zone, with open time on it; it ends at its
 * last close (at midnight when open until then, as on a 24/7 calendar). Days are counted after
 * the local date of `start`, whatever the time of day: Tuesday 10:00 + 1 business day is
 * Wednesday's close, and so is Tuesday 07:00 before opening. Weekends, holidays and closed
 * overrides are skipped. `days = 0` is the end of the current business day: today's close when
 * `start` is on a business day before its close, otherwise the next business day's close. The
 * answer is a wall-clock close, so a DST change in between moves it by the change in real time
 * (use {@link addBusinessTime} with `{ days }` for 24 hours of business time instead). With an
 * overnight shift, its hours after midnight belong to the next date, which is then a business
 * day too.
 *
 * @param days - a whole number of business days, 0 or more
 * @throws {@link SupportPolicyError} `not_a_calendar`, `invalid_instant`, `invalid_duration`,
 *   `out_of_range`
 *
 * @example
 * ```ts
 * // Global Support Hours (Sunday 15:00 to Friday 17:00 Pacific): Friday 16:00 + 1 business day.
 * addBusinessDays(globalSupportHours, new Date("2026-03-07T00:00:00Z"), 1).toISOString();
 * // => "2026-03-09T07:00:00.000Z" (the end of Sunday 8 March, open until midnight PDT)
 * ```
 */
export function addBusinessDays(calendar: BusinessCalendar, start: Date | number, days: number): Date {
  const timeline = timelineOf(calendar);
  const from = calendarInstantOf(start, ["start"]);
  if (typeof days !== "number" || !Number.isInteger(days) || days < 0) {
    fail("invalid_duration", ["days"], `Expected a whole number of business days, 0 or more, received ${describeReceived(days)}`);
  }
  const { timeZone } = calendar;
  let day = localDay(timeZone, from);
  if (days === 0) {
    const close = closeOfDay(timeline, timeZone, day, ["days"]);
    if (close !== undefined && from < close) return new Date(close);
  }
  let left = Math.max(days, 1);
  for (;;) {
    // Straight to the date of the next opening: closed dates in between are no business days.
    day = Math.max(day + 1, localDay(timeZone, timeline.nextOpen(startOfDay(timeZone, day + 1), ["days"])));
    const close = closeOfDay(timeline, timeZone, day, ["days"]);
    if (close === undefined) continue;
    left -= 1;
    if (left === 0) return new Date(close);
  }
}
