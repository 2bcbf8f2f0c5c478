import { type BusinessCalendar, timelineOf } from "./business-calendar.js";
import { calendarInstantOf } from "./internal/instant.js";

/**
 * The business time in `[a, b)`, in milliseconds; negative when `b` is before `a`.
 * `businessTimeBetween(cal, a, addBusinessTime(cal, a, d))` is `d` for every `d >= 0`.
 *
 * @returns milliseconds of business time
 * @throws {@link SupportPolicyError} `not_a_calendar`, `invalid_instant`, `out_of_range`
 *
 * @example
 * ```ts
 * // Friday 16:00 to Monday 10:00 Pacific on Global Support Hours: 1 h + 9 h + 10 h.
 * businessTimeBetween(globalSupportHours, new Date("2026-03-07T00:00:00Z"), new Date("2026-03-09T17:00:00Z"));
 * // => 72000000 (20 hours)
 * ```
 */
export function businessTimeBetween(calendar: BusinessCalendar, a: Date | number, b: Date | number): number {
  const timeline = timelineOf(calendar);
  return timeline.between(calendarInstantOf(a, ["a"]), calendarInstantOf(b, ["b"]));
}
