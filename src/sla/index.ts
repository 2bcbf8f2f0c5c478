export { addBusinessDays } from "./add-business-days.js";
export { addBusinessTime } from "./add-business-time.js";
export { businessTimeBetween } from "./business-time-between.js";
export { calendarSpecSchema } from "./calendar-spec.js";
export type { CalendarSpec } from "./calendar-spec.js";
export { BusinessCalendar } from "./business-calendar.js";
export { defineCalendar } from "./define-calendar.js";
export { durationToMilliseconds } from "./duration.js";
export type { Duration } from "./duration.js";
export {
  amerSupportHours,
  amerSupportHoursSpec,
  apacSupportHours,
  apacSupportHoursSpec,
  emeaSupportHours,
  emeaSupportHoursSpec,
  globalSupportHours,
  globalSupportHoursSpec,
  twentyFourSeven,
  twentyFourSevenSpec,
  usGovernmentEmergencyHours,
  usGovernmentEmergencyHoursSpec,
  usGovernmentSupportHours,
  usGovernmentSupportHoursSpec,
} from "./gitlab-calendars.js";
export { isOpen } from "./is-open.js";
export { nextClose } from "./next-close.js";
export { nextOpen } from "./next-open.js";
export { subtractBusinessTime } from "./subtract-business-time.js";
export { SupportPolicyError } from "../shared/errors.js";
export * from "./sla-exports.js";
export { PLANS, planSchema, readPlan } from "../shared/plan.js";
export type { Plan } from "../shared/plan.js";
