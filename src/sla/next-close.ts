import { type BusinessCalendar, timelineOf } from "./business-calendar.js";
import { calendarInstantOf } from "./internal/instant.js";

/**
 * The instant the calendar next closes: the end of the open period holding `at`, or of the next
 * one when it is closed at `at`. Open periods that touch (a day's 24:00 and the next day's
 * 00:00) count as one. `null` when the calendar never closes again (open around the clock with
 * no holiday ahead).
 *
 * @throws {@link SupportPolicyError} `not_a_calendar`, `invalid_instant`, `out_of_range`
 *
 * @example
 * ```ts
 * // Monday 10:00 Pacific: Global Support Hours run on until Friday 17:00.
 * nextClose(globalSupportHours, new Date("2026-03-02T18:00:00Z"))?.toISOString();
 * // => "2026-03-07T01:00:00.000Z"
 * nextClose(twentyFourSeven, new Date("2026-03-02T18:00:00Z")); // => null
 * ```
 */
export function nextClose(calendar: BusinessCalendar, at: Date | number): Date | null {
  const timeline = timelineOf(calendar);
  const close = timeline.nextClose(calendarInstantOf(at, ["at"]), ["at"]);
  return close === null ? null : new Date(close);
}
