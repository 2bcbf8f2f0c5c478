import { type BusinessCalendar, timelineOf } from "./business-calendar.js";
import { calendarInstantOf } from "./internal/instant.js";

/**
 * Whether `at` is business time on the calendar: its local wall-clock time falls in an open
 * interval of its local date, and that date is not a holiday. Intervals are `[start, end)`, so
 * the closing instant itself is closed.
 *
 * @throws {@link SupportPolicyError} `not_a_calendar`, `invalid_instant`, `out_of_range`
 *
 * @example
 * ```ts
 * // Global Support Hours open Sunday 15:00 Pacific.
 * isOpen(globalSupportHours, new Date("2026-03-01T22:59:59Z")); // => false (Sun 14:59:59 PST)
 * isOpen(globalSupportHours, new Date("2026-03-01T23:00:00Z")); // => true  (Sun 15:00 PST)
 * ```
 */
export function isOpen(calendar: BusinessCalendar, at: Date | number): boolean {
  const timeline = timelineOf(calendar);
  return timeline.isOpen(calendarInstantOf(at, ["at"]));
}
