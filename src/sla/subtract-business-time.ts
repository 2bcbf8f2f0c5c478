import { type BusinessCalendar, timelineOf } from "./business-calendar.js";
import { type Duration, toMilliseconds } from "./duration.js";
import { calendarInstantOf } from "./internal/instant.js";

/**
 * The latest instant from which `duration` of business time elapses by `end`: the inverse of
 * {@link addBusinessTime}. `businessTimeBetween(result, end)` equals the duration, and
 * `subtractBusinessTime(addBusinessTime(a, d), d)` is `nextOpen(a)` for any `d > 0`.
 * Subtracting zero returns `end`.
 *
 * @param duration - milliseconds, or `{ days?, hours?, minutes?, seconds?, milliseconds? }`
 * @throws {@link SupportPolicyError} `not_a_calendar`, `invalid_instant`, `invalid_duration`,
 *   `out_of_range`
 *
 * @example
 * ```ts
 * // When must a 4-hour reply clock have started to be due Monday 10:00 Pacific?
 * subtractBusinessTime(globalSupportHours, new Date("2026-03-09T17:00:00Z"), { hours: 4 }).toISOString();
 * // => "2026-03-09T13:00:00.000Z" (Mon 06:00 PDT)
 * ```
 */
export function subtractBusinessTime(calendar: BusinessCalendar, end: Date | number, duration: Duration): Date {
  const timeline = timelineOf(calendar);
  const to = calendarInstantOf(end, ["end"]);
  return new Date(timeline.subtract(to, toMilliseconds(duration, ["duration"]), ["duration"]));
}
