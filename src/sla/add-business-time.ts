import { type BusinessCalendar, timelineOf } from "./business-calendar.js";
import { type Duration, toMilliseconds } from "./duration.js";
import { calendarInstantOf } from "./internal/instant.js";

/**
 * The earliest instant at which `duration` of business time has elapsed since `start`
 * (docs/rules.md §1). A deadline may land exactly on a closing time: Monday 09:00 + 8 h on a 09–17
 * calendar is Monday 17:00, not Tuesday 09:00. Adding zero returns `start`, open or not.
 *
 * Runs in logarithmic time: a year of business hours costs about what an hour does.
 *
 * @param duration - milliseconds, or `{ days?, hours?, minutes?, seconds?, milliseconds? }`
 * @throws {@link SupportPolicyError} `not_a_calendar`, `invalid_instant`, `invalid_duration`,
 *   `out_of_range`
 *
 * @example
 * ```ts
 * // "24 hours, 24x5" from Friday 16:00 Pacific: 1 h on Friday, 23 h from Sunday 15:00.
 * addBusinessTime(globalSupportHours, new Date("2026-03-07T00:00:00Z"), { hours: 24 }).toISOString();
 * // => "2026-03-09T21:00:00.000Z" (Mon 14:00 PDT)
 * ```
 */
export function addBusinessTime(calendar: BusinessCalendar, start: Date | number, duration: Duration): Date {
  const timeline = timelineOf(calendar);
  const from = calendarInstantOf(start, ["start"]);
  return new Date(timeline.add(from, toMilliseconds(duration, ["duration"]), ["duration"]));
}
