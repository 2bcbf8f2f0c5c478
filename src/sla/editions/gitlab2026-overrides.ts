import * as z from "zod";
import { CHANNELS } from "../../shared/channel.js";
import { BusinessCalendar } from "../define-calendar.js";
import { durationSchema } from "../internal/clocks/duration-schema.js";
import { SUPPORT_LEVELS } from "../sla-vocabulary.js";

const calendar = z.custom<BusinessCalendar>((value) => value instanceof BusinessCalendar, {
  error: "Expected a calendar made by defineCalendar(spec)",
  params: { code: "not_a_calendar" },
});

const perPriority = z
  .strictObject({
    urgent: durationSchema.optional(),
    high: durationSchema.optional(),
    normal: durationSchema.optional(),
    low: durationSchema.optional(),
  })
  .optional();

const pair = z.strictObject({ firstReply: durationSchema.optional(), nextReply: durationSchema.optional() }).optional();

/**
 * The zod schema of what a caller may override in the 2026 edition; every field is optional and
 * durations are milliseconds or `{ hours, minutes, ... }`.
 *
 * - `firstReply`, `nextReply`: Priority Support targets per priority (defaults: first reply
 *   30 min / 4 h / 8 h / 24 h, next reply 4 h / 4 h / 24 h / 24 h, Urgent to Low).
 * - `standard`: Standard support's first and next reply (24 h each).
 * - `licensingRenewals`: Licensing & Renewals first and next reply (8 h, 24 h) and its `form` id
 *   (default `"licensing_renewals"`).
 * - `plans`: plan id to support level, merged over the defaults (lower-case plan ids).
 * - `emergencyChannels`: the channels whose tickets are emergency tickets (default `["emergency"]`).
 * - `calendars`: `global` (Global Support Hours), `twentyFourSeven`, `usGovernment` (12x5),
 *   `usGovernmentEmergency` (every day 05:00–17:00 PT).
 *
 * @example
 * ```ts
 * gitlab2026OverridesSchema.parse({ firstReply: { high: { hours: 2 } } }).firstReply?.high; // => 7200000
 * ```
 */
export const gitlab2026OverridesSchema = z.strictObject({
  firstReply: perPriority,
  nextReply: perPriority,
  standard: pair,
  licensingRenewals: z
    .strictObject({ firstReply: durationSchema.optional(), nextReply: durationSchema.optional(), form: z.string().min(1).optional() })
    .optional(),
  plans: z.record(z.string().min(1), z.enum(SUPPORT_LEVELS)).optional(),
  emergencyChannels: z.array(z.enum(CHANNELS)).optional(),
  calendars: z
    .strictObject({
      global: calendar.optional(),
      twentyFourSeven: calendar.optional(),
      usGovernment: calendar.optional(),
      usGovernmentEmergency: calendar.optional(),
    })
    .optional(),
});

/**
 * Overrides for {@link createGitlab2026Edition}.
 *
 * @example
 * ```ts
 * const overrides: Gitlab2026Overrides = { firstReply: { high: { hours: 2 } }, plans: { enterprise: "priority" } };
 * ```
 */
export type Gitlab2026Overrides = z.input<typeof gitlab2026OverridesSchema>;
