import * as z from "zod";
import { PLANS, type Plan, readPlan, unknownPlanMessage } from "../../shared/plan.js";
import { CHANNELS, type Channel } from "../../shared/channel.js";
import { recordSchema } from "../../shared/record-schema.js";
import { BusinessCalendar } from "../business-calendar.js";
import { durationSchema } from "../internal/clocks/duration-schema.js";
import type { TargetDuration } from "../sla-policy.js";
import { SUPPORT_LEVELS, type SupportLevel } from "../sla-vocabulary.js";

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
 * - `plans`: plan id (one of `PLANS`, any case) to support level, merged over the defaults.
 * - `emergencyChannels`: the channels whose tickets are emergency tickets (default `["emergency"]`).
 * - `emergencyForms`: the form ids that make a ticket on any channel an emergency ticket (default
 *   `["emergency"]`, the 2026 support portal's emergency form).
 * - `calendars`: `global` (Global Support Hours), `twentyFourSeven`, `usGovernment` (12x5),
 *   `usGovernmentEmergency` (every day 05:00–17:00 PT).
 *
 * @example
 * ```ts
 * gitlab2026OverridesSchema.parse({ firstReply: { high: { hours: 2 } } }).firstReply?.high; // => 7200000
 * ```
 */
const overridesShape = z.strictObject({
  firstReply: perPriority,
  nextReply: perPriority,
  standard: pair,
  licensingRenewals: z
    .strictObject({ firstReply: durationSchema.optional(), nextReply: durationSchema.optional(), form: z.string().min(1).optional() })
    .optional(),
  plans: recordSchema(z.string(), z.enum(SUPPORT_LEVELS), "a plan")
    .transform((levels, ctx) => {
      // Keys by the one plan parser: any case, to the plan id; another key is an unknown plan.
      const byPlan: Partial<Record<Plan, SupportLevel>> = {};
      for (const [key, level] of Object.entries(levels)) {
        const plan = readPlan(key);
        if (plan === undefined) ctx.addIssue({ code: "custom", path: [key], message: unknownPlanMessage(key), params: { code: "unknown_value", allowed: PLANS }, input: key });
        else byPlan[plan] = level;
      }
      return byPlan;
    })
    .optional(),
  emergencyChannels: z.array(z.enum(CHANNELS)).optional(),
  emergencyForms: z.array(z.string().min(1)).optional(),
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
 * Durations per priority.
 *
 * @example
 * ```ts
 * const targets: PriorityDurations = { high: { hours: 2 } };
 * ```
 */
export interface PriorityDurations {
  /** Urgent. */
  readonly urgent?: TargetDuration | undefined;
  /** High. */
  readonly high?: TargetDuration | undefined;
  /** Normal. */
  readonly normal?: TargetDuration | undefined;
  /** Low. */
  readonly low?: TargetDuration | undefined;
}

/**
 * Overrides for {@link createGitlab2026Edition}; durations in milliseconds or `{ hours, ... }`.
 *
 * @example
 * ```ts
 * const overrides: Gitlab2026Overrides = { firstReply: { high: { hours: 2 } }, plans: { trial: "standard" } };
 * ```
 */
export interface Gitlab2026Overrides {
  /** Priority Support first-reply targets (default 30 min / 4 h / 8 h / 24 h, Urgent to Low). */
  readonly firstReply?: PriorityDurations | undefined;
  /** Priority Support internal next-reply targets (default 4 h / 4 h / 24 h / 24 h). */
  readonly nextReply?: PriorityDurations | undefined;
  /** Standard support (default 24 h each). */
  readonly standard?:
    | {
        /** First reply. */
        readonly firstReply?: TargetDuration | undefined;
        /** Next reply. */
        readonly nextReply?: TargetDuration | undefined;
      }
    | undefined;
  /** Licensing & Renewals (default 8 h and 24 h, form `"licensing_renewals"`). */
  readonly licensingRenewals?:
    | {
        /** First reply. */
        readonly firstReply?: TargetDuration | undefined;
        /** Next reply. */
        readonly nextReply?: TargetDuration | undefined;
        /** The form id that marks such tickets. */
        readonly form?: string | undefined;
      }
    | undefined;
  /** Plan id (one of `PLANS`, any case) to support level, merged over the defaults. */
  readonly plans?: Readonly<Partial<Record<string, SupportLevel>>> | undefined;
  /** The channels whose tickets are emergency tickets (default `["emergency"]`). */
  readonly emergencyChannels?: readonly Channel[] | undefined;
  /** The form ids that make a ticket an emergency ticket on any channel (default `["emergency"]`). */
  readonly emergencyForms?: readonly string[] | undefined;
  /** The calendars. */
  readonly calendars?:
    | {
        /** Global Support Hours (24x5). */
        readonly global?: BusinessCalendar | undefined;
        /** Around the clock. */
        readonly twentyFourSeven?: BusinessCalendar | undefined;
        /** US Government 12x5. */
        readonly usGovernment?: BusinessCalendar | undefined;
        /** US Government emergency hours. */
        readonly usGovernmentEmergency?: BusinessCalendar | undefined;
      }
    | undefined;
}

/** The zod schema of {@link Gitlab2026Overrides}; durations come out in milliseconds. */
export const gitlab2026OverridesSchema: z.ZodType<Gitlab2026OverridesParsed, Gitlab2026Overrides> = overridesShape;

/** Overrides after validation, durations in milliseconds. */
export type Gitlab2026OverridesParsed = z.output<typeof overridesShape>;
