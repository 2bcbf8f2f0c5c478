import type { CalendarSpec } from "./calendar-spec.js";
import { type BusinessCalendar } from "./business-calendar.js";
import { defineCalendar } from "./define-calendar.js";
import { deepFreeze } from "../shared/deep-freeze.js";

const ALL_DAY: [string, string][] = [["00:00", "24:00"]];
const FIVE_TO_FIVE: [string, string][] = [["05:00", "17:00"]];

function weekdays(hours: [string, string][]): CalendarSpec["weekly"] {
  return { mon: hours, tue: hours, wed: hours, thu: hours, fri: hours };
}

/**
 * Spec of {@link twentyFourSeven}: every day 00:00–24:00, America/Los_Angeles, no holidays.
 *
 * @example
 * ```ts
 * defineCalendar({ ...twentyFourSevenSpec, holidays: ["2026-12-25"] });
 * ```
 */
export const twentyFourSevenSpec: CalendarSpec = deepFreeze({
  name: "24x7",
  timeZone: "America/Los_Angeles",
  weekly: { sun: ALL_DAY, ...weekdays(ALL_DAY), sat: ALL_DAY },
});

/**
 * Spec of {@link globalSupportHours}: Sunday 15:00–24:00, Monday–Thursday all day, Friday
 * 00:00–17:00, America/Los_Angeles, no holidays (a legal decision).
 *
 * @example
 * ```ts
 * globalSupportHoursSpec.weekly.fri; // => [["00:00", "17:00"]]
 * ```
 */
export const globalSupportHoursSpec: CalendarSpec = deepFreeze({
  name: "Global Support Hours (24x5)",
  timeZone: "America/Los_Angeles",
  weekly: { sun: [["15:00", "24:00"]], mon: ALL_DAY, tue: ALL_DAY, wed: ALL_DAY, thu: ALL_DAY, fri: [["00:00", "17:00"]] },
});

/**
 * Spec of {@link amerSupportHours}: Monday–Friday 05:00–17:00, America/Los_Angeles.
 *
 * @example
 * ```ts
 * amerSupportHoursSpec.timeZone; // => "America/Los_Angeles"
 * ```
 */
export const amerSupportHoursSpec: CalendarSpec = deepFreeze({
  name: "AMER",
  timeZone: "America/Los_Angeles",
  weekly: weekdays(FIVE_TO_FIVE),
});

/**
 * Spec of {@link apacSupportHours}: Monday–Friday 09:00–21:00, Australia/Brisbane.
 *
 * @example
 * ```ts
 * apacSupportHoursSpec.timeZone; // => "Australia/Brisbane"
 * ```
 */
export const apacSupportHoursSpec: CalendarSpec = deepFreeze({
  name: "APAC",
  timeZone: "Australia/Brisbane",
  weekly: weekdays([["09:00", "21:00"]]),
});

/**
 * Spec of {@link emeaSupportHours}: Monday–Friday 08:00–18:00, Europe/Amsterdam.
 *
 * @example
 * ```ts
 * emeaSupportHoursSpec.timeZone; // => "Europe/Amsterdam"
 * ```
 */
export const emeaSupportHoursSpec: CalendarSpec = deepFreeze({
  name: "EMEA",
  timeZone: "Europe/Amsterdam",
  weekly: weekdays([["08:00", "18:00"]]),
});

/**
 * Spec of {@link usGovernmentSupportHours}: the US Government 12x5 package, Monday–Friday
 * 05:00–17:00, America/Los_Angeles.
 *
 * @example
 * ```ts
 * usGovernmentSupportHoursSpec.weekly.sat; // => undefined
 * ```
 */
export const usGovernmentSupportHoursSpec: CalendarSpec = deepFreeze({
  name: "US Government 12x5",
  timeZone: "America/Los_Angeles",
  weekly: weekdays(FIVE_TO_FIVE),
});

/**
 * Spec of {@link usGovernmentEmergencyHours}: US Government 12x5 emergencies, every day
 * 05:00–17:00, America/Los_Angeles.
 *
 * @example
 * ```ts
 * usGovernmentEmergencyHoursSpec.weekly.sun; // => [["05:00", "17:00"]]
 * ```
 */
export const usGovernmentEmergencyHoursSpec: CalendarSpec = deepFreeze({
  name: "US Government emergency hours",
  timeZone: "America/Los_Angeles",
  weekly: { sun: FIVE_TO_FIVE, ...weekdays(FIVE_TO_FIVE), sat: FIVE_TO_FIVE },
});

/**
 * Around the clock (GitLab's "24x7" schedule): business time is elapsed time.
 *
 * @example
 * ```ts
 * addBusinessTime(twentyFourSeven, new Date("2026-03-08T09:30:00Z"), { minutes: 30 }).toISOString();
 * // => "2026-03-08T10:00:00.000Z"
 * ```
 */
export const twentyFourSeven: BusinessCalendar = /* @__PURE__ */ defineCalendar(twentyFourSevenSpec);

/**
 * Global Support Hours, GitLab's "24x5": Sunday 15:00 to Friday 17:00 Pacific. "24 hours,
 * 24x5", "next business day" and "1 business day" are 24 business hours on this calendar.
 *
 * @example
 * ```ts
 * isOpen(globalSupportHours, new Date("2026-03-07T02:00:00Z")); // => false (Fri 18:00 PST)
 * ```
 */
export const globalSupportHours: BusinessCalendar = /* @__PURE__ */ defineCalendar(globalSupportHoursSpec);

/**
 * AMER support hours: Monday–Friday 05:00–17:00 Pacific.
 *
 * @example
 * ```ts
 * isOpen(amerSupportHours, new Date("2026-03-02T13:00:00Z")); // => true (Mon 05:00 PST)
 * ```
 */
export const amerSupportHours: BusinessCalendar = /* @__PURE__ */ defineCalendar(amerSupportHoursSpec);

/**
 * APAC support hours: Monday–Friday 09:00–21:00 in Brisbane (no DST).
 *
 * @example
 * ```ts
 * isOpen(apacSupportHours, new Date("2026-03-01T23:00:00Z")); // => true (Mon 09:00 AEST)
 * ```
 */
export const apacSupportHours: BusinessCalendar = /* @__PURE__ */ defineCalendar(apacSupportHoursSpec);

/**
 * EMEA support hours: Monday–Friday 08:00–18:00 in Amsterdam.
 *
 * @example
 * ```ts
 * isOpen(emeaSupportHours, new Date("2026-03-02T07:00:00Z")); // => true (Mon 08:00 CET)
 * ```
 */
export const emeaSupportHours: BusinessCalendar = /* @__PURE__ */ defineCalendar(emeaSupportHoursSpec);

/**
 * US Government 12x5: Monday–Friday 05:00–17:00 Pacific.
 *
 * @example
 * ```ts
 * isOpen(usGovernmentSupportHours, new Date("2026-03-07T14:00:00Z")); // => false (Sat 06:00 PST)
 * ```
 */
export const usGovernmentSupportHours: BusinessCalendar = /* @__PURE__ */ defineCalendar(usGovernmentSupportHoursSpec);

/**
 * US Government emergency hours on the 12x5 package: every day 05:00–17:00 Pacific.
 *
 * @example
 * ```ts
 * isOpen(usGovernmentEmergencyHours, new Date("2026-03-07T14:00:00Z")); // => true (Sat 06:00 PST)
 * ```
 */
export const usGovernmentEmergencyHours: BusinessCalendar = /* @__PURE__ */ defineCalendar(usGovernmentEmergencyHoursSpec);
