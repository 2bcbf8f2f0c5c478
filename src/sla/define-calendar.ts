import { parsePlainInput } from "../shared/errors.js";
import { BusinessCalendar } from "./business-calendar.js";
import { type CalendarSpec, calendarSpecSchema, parseTimeOfDay } from "./calendar-spec.js";
import { parseLocalDate } from "../shared/parse-local-date.js";
import { WEEKDAYS } from "./internal/local-date.js";
import { type DayHours, type MinuteInterval, compileSchedule } from "./internal/schedule.js";
import { Timeline } from "./internal/timeline.js";
import { canonicalTimeZone } from "./internal/zone.js";

function deepFreeze<T>(value: T): T {
  // Stryker disable next-line ConditionalExpression: Object.isFrozen is true for null and every primitive, so the first two tests only narrow the type, and freezing a frozen value again changes nothing
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

function toMinutes(hours: readonly (readonly [string, string])[]): DayHours {
  return hours.map(([start, end]): MinuteInterval => [parseTimeOfDay(start) as number, parseTimeOfDay(end) as number]);
}

/**
 * Validates a calendar spec and builds a calendar from it (docs/rules.md §1).
 *
 * Membership is by wall clock: an instant is business time when its local time, on its local
 * date, falls in an interval of that date (or of the previous date's overnight shift) and the
 * date is not a holiday. So business durations are real elapsed time across DST changes.
 * Building is cheap: open time is worked out lazily, a year at a time, when first asked for.
 *
 * @param spec - plain JSON: `{ timeZone, weekly, holidays?, overrides?, name? }`
 * @throws {@link SupportPolicyError} listing every problem: `invalid_time_zone`, `invalid_time`,
 *   `empty_interval`, `overlapping_intervals`, `invalid_date`, `inverted_date_range`,
 *   `conflicting_dates`, `unknown_key`, `no_open_time`, `out_of_range`, `invalid_type`
 *
 * @example
 * ```ts
 * const support = defineCalendar({
 *   timeZone: "America/Los_Angeles",
 *   weekly: { mon: [["09:00", "17:00"]], tue: [["09:00", "17:00"]] },
 *   holidays: ["2026-12-25"],
 * });
 * isOpen(support, new Date("2026-03-02T17:30:00Z")); // => true (Mon 09:30 PST)
 * ```
 */
export function defineCalendar(spec: CalendarSpec): BusinessCalendar {
  const parsed = parsePlainInput(calendarSpecSchema, spec);
  const timeZone = canonicalTimeZone(parsed.timeZone) as string;
  const weekly = WEEKDAYS.map((key) => toMinutes(parsed.weekly[key] ?? []));
  const holidays = new Set<number>();
  for (const entry of parsed.holidays ?? []) {
    if (typeof entry === "string") holidays.add(parseLocalDate(entry) as number);
    else {
      const to = parseLocalDate(entry.to) as number;
      for (let day = parseLocalDate(entry.from) as number; day <= to; day++) holidays.add(day);
    }
  }
  const overrides = new Map<number, DayHours>();
  for (const entry of parsed.overrides ?? []) overrides.set(parseLocalDate(entry.date) as number, toMinutes(entry.hours));
  const timeline = new Timeline(timeZone, compileSchedule(weekly, holidays, overrides));
  return BusinessCalendar.create(deepFreeze<CalendarSpec>(structuredClone(parsed)), timeZone, timeline);
}
