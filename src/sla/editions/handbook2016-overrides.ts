import * as z from "zod";
import { BusinessCalendar } from "../business-calendar.js";
import { durationSchema } from "../internal/clocks/duration-schema.js";
import type { TargetDuration } from "../sla-policy.js";

const calendar = z.custom<BusinessCalendar>((value) => value instanceof BusinessCalendar, {
  error: "Expected a calendar made by defineCalendar(spec)",
  params: { code: "not_a_calendar" },
});

/**
 * The zod schema of the numbers and calendars of the 2016 edition a caller may override; every
 * field is optional and durations are milliseconds or `{ hours, minutes, ... }`.
 *
 * - `emergency`: category 1 reply target, around the clock (default 30 minutes).
 * - `businessDay`: the "1 business day" of categories 2 and 3 (default 24 business hours).
 * - `urgent`: the Zendesk Urgent target in category 2, around the clock (default 30 minutes).
 * - `postedIssues`: category 4's window, `notBefore` (default 48 h) and `within` (default 336 h).
 * - `businessCalendar`: the calendar of "business day" (default Global Support Hours).
 *
 * @example
 * ```ts
 * handbook2016OverridesSchema.parse({ emergency: { minutes: 15 } }).emergency; // => 900000
 * ```
 */
const overridesShape = z.strictObject({
  emergency: durationSchema.optional(),
  businessDay: durationSchema.optional(),
  urgent: durationSchema.optional(),
  postedIssues: z.strictObject({ notBefore: durationSchema.optional(), within: durationSchema.optional() }).optional(),
  businessCalendar: calendar.optional(),
});

/**
 * Overrides for {@link createHandbook2016Edition}; durations in milliseconds or `{ hours, ... }`.
 *
 * @example
 * ```ts
 * const overrides: Handbook2016Overrides = { postedIssues: { notBefore: { hours: 24 } } };
 * ```
 */
export interface Handbook2016Overrides {
  /** Category 1's reply target, around the clock (default 30 minutes). */
  readonly emergency?: TargetDuration | undefined;
  /** The "1 business day" of categories 2 and 3 (default 24 business hours). */
  readonly businessDay?: TargetDuration | undefined;
  /** Zendesk Urgent in category 2, around the clock (default 30 minutes). */
  readonly urgent?: TargetDuration | undefined;
  /** Category 4's window. */
  readonly postedIssues?:
    | {
        /** The earliest reply (default 48 h). */
        readonly notBefore?: TargetDuration | undefined;
        /** The deadline (default 336 h). */
        readonly within?: TargetDuration | undefined;
      }
    | undefined;
  /** The calendar of "business day" (default Global Support Hours). */
  readonly businessCalendar?: BusinessCalendar | undefined;
}

/** The zod schema of {@link Handbook2016Overrides}; durations come out in milliseconds. */
export const handbook2016OverridesSchema: z.ZodType<Handbook2016OverridesParsed, Handbook2016Overrides> = overridesShape;

/** Overrides after validation, durations in milliseconds. */
export type Handbook2016OverridesParsed = z.output<typeof overridesShape>;
