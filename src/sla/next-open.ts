import { type BusinessCalendar, timelineOf } from "./business-calendar.js";
import { calendarInstantOf } from "./internal/instant.js";

/**
 * The first business instant at or after `at`: `at` itself when the calendar is open then.
 *
 * @throws {@link SupportPolicyError} `not_a_calendar`, `invalid_instant`, or `out_of_range` when
 *   the calendar does not open again before 2200
 *
 * @example
 * ```ts
 * // Friday 17:00 Pacific: Global Support Hours reopen on Sunday at 15:00.
 * nextOpen(globalSupportHours, new Date("2026-03-07T01:00:00Z")).toISOString();
 * // => "2026-03-08T22:00:00.000Z" (Sun 15:00 PDT)
 * ```
 */
export function nextOpen(calendar: BusinessCalendar, at: Date | number): Date {
  const timeline = timelineOf(calendar);
  return new Date(timeline.nextOpen(calendarInstantOf(at, ["at"]), ["at"]));
}
