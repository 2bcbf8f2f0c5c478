import * as z from "zod";
import { CHANNELS } from "../shared/channel.js";
import { durationSchema } from "./internal/clocks/duration-schema.js";
import { METRIC_IDS, type MetricId, PAUSABLE_STATUSES, type PausableStatus, PRIORITIES, SUPPORT_LEVELS } from "./sla-vocabulary.js";

/**
 * The statuses that pause each metric unless a target says otherwise: Zendesk's definitions,
 * with GitLab's rule that first and next reply never pause ("the SLA clock continues to run
 * until you've sent a public response", POLICIES §2).
 *
 * @example
 * ```ts
 * DEFAULT_PAUSED_BY.agent_work; // => ["pending", "on_hold"]
 * ```
 */
export const DEFAULT_PAUSED_BY: Readonly<Record<MetricId, readonly PausableStatus[]>> = {
  first_reply: [],
  next_reply: [],
  periodic_update: [],
  pausable_update: ["pending"],
  requester_wait: ["pending"],
  agent_work: ["pending", "on_hold"],
  total_resolution: [],
};

function isMetricId(value: string): value is MetricId {
  return (METRIC_IDS as readonly string[]).includes(value);
}

/**
 * The zod schema of one SLA target: for a metric and a priority (absent: every priority,
 * including tickets without one; a target naming the priority wins over it), the duration
 * (milliseconds or `{ hours, minutes, ... }`), the calendar it runs on (a name from the policy
 * set's `calendars`, or `"around_the_clock"`), optionally the earliest-reply window `notBefore`
 * (a reply sooner is reported as early), and the statuses that pause it (default:
 * {@link DEFAULT_PAUSED_BY}).
 *
 * @example
 * ```ts
 * slaTargetSchema.parse({ metric: "first_reply", priority: "high", duration: { hours: 4 }, calendar: "global" });
 * // => { metric: "first_reply", priority: "high", durationMs: 14400000, calendar: "global", notBeforeMs: null, pausedBy: [] }
 * ```
 */
export const slaTargetSchema = z
  .strictObject({
    metric: z.string().transform((value, ctx): MetricId => {
      if (isMetricId(value)) return value;
      ctx.addIssue({
        code: "custom",
        message: `Unknown metric "${value}": expected one of ${METRIC_IDS.join(", ")}`,
        params: { code: "unknown_metric" },
        input: value,
      });
      return z.NEVER;
    }),
    priority: z.enum(PRIORITIES).optional(),
    duration: durationSchema,
    calendar: z.string().min(1),
    notBefore: durationSchema.optional(),
    pausedBy: z.array(z.enum(PAUSABLE_STATUSES)).optional(),
  })
  .transform((target, ctx) => {
    if (target.duration <= 0) {
      ctx.addIssue({ code: "custom", path: ["duration"], message: "A target's duration must be more than zero", params: { code: "invalid_duration" }, input: target.duration });
      return z.NEVER;
    }
    if (target.notBefore !== undefined && target.notBefore >= target.duration) {
      ctx.addIssue({
        code: "custom",
        path: ["notBefore"],
        message: `notBefore (${target.notBefore} ms) must be shorter than the duration (${target.duration} ms)`,
        params: { code: "inconsistent_facts" },
        input: target.notBefore,
      });
      return z.NEVER;
    }
    return {
      metric: target.metric,
      priority: target.priority ?? null,
      durationMs: target.duration,
      calendar: target.calendar,
      notBeforeMs: target.notBefore ?? null,
      pausedBy: target.pausedBy ?? [...DEFAULT_PAUSED_BY[target.metric]],
    };
  });

/**
 * One SLA target as the caller writes it.
 *
 * @example
 * ```ts
 * const target: SlaTargetInput = { metric: "next_reply", duration: { hours: 24 }, calendar: "global" };
 * ```
 */
export type SlaTargetInput = z.input<typeof slaTargetSchema>;

/**
 * A validated SLA target: durations in milliseconds, `priority` null for "every priority",
 * `pausedBy` filled with the metric's default.
 *
 * @example
 * ```ts
 * const target: SlaTarget = slaTargetSchema.parse({ metric: "first_reply", duration: 1_800_000, calendar: "around_the_clock" });
 * ```
 */
export type SlaTarget = z.output<typeof slaTargetSchema>;

const tagConditionSchema = z.strictObject({
  any: z.array(z.string().min(1)).optional(),
  all: z.array(z.string().min(1)).optional(),
  none: z.array(z.string().min(1)).optional(),
});

const CONDITION_FIELDS = ["channel", "priority", "plan", "supportLevel", "form", "tags", "organizationTags"] as const;

/**
 * The zod schema of a policy's conditions; every field present must hold (an empty object
 * matches every ticket). `channel`, `priority` (`null` matches a ticket without one), `plan`,
 * `supportLevel` and `form` (`null` matches no form) list accepted values; `tags` and
 * `organizationTags` take `any` (at least one), `all` and `none`. A field the engine does not
 * know is rejected with `unknown_field`.
 *
 * @example
 * ```ts
 * slaConditionsSchema.parse({ channel: ["emergency"], supportLevel: ["priority"], tags: { none: ["spam"] } }).channel;
 * // => ["emergency"]
 * ```
 */
export const slaConditionsSchema = z
  .looseObject({
    channel: z.array(z.enum(CHANNELS)).optional(),
    priority: z.array(z.enum(PRIORITIES).nullable()).optional(),
    plan: z.array(z.string().min(1)).optional(),
    supportLevel: z.array(z.enum(SUPPORT_LEVELS)).optional(),
    form: z.array(z.string().min(1).nullable()).optional(),
    tags: tagConditionSchema.optional(),
    organizationTags: tagConditionSchema.optional(),
  })
  .transform((conditions, ctx) => {
    for (const key of Object.keys(conditions)) {
      if (!(CONDITION_FIELDS as readonly string[]).includes(key)) {
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: `Unknown condition field "${key}": expected one of ${CONDITION_FIELDS.join(", ")}`,
          params: { code: "unknown_field" },
          input: key,
        });
      }
    }
    const { channel, priority, plan, supportLevel, form, tags, organizationTags } = conditions;
    return { channel, priority, plan, supportLevel, form, tags, organizationTags };
  });

/**
 * A policy's conditions as the caller writes them.
 *
 * @example
 * ```ts
 * const when: SlaConditionsInput = { channel: ["disqus", "twitter", "facebook"] };
 * ```
 */
export type SlaConditionsInput = z.input<typeof slaConditionsSchema>;

/**
 * A policy's validated conditions.
 *
 * @example
 * ```ts
 * const when: SlaConditions = slaConditionsSchema.parse({ form: ["licensing_renewals"] });
 * ```
 */
export type SlaConditions = z.output<typeof slaConditionsSchema>;

/**
 * The zod schema of an SLA policy: an id, a name, declarative conditions and at least one
 * target (`no_targets` otherwise); one target per metric and priority (`duplicate_id`).
 * Policies are plain JSON; in a policy set the first whose conditions match applies
 * (POLICIES §2 "Policy choice").
 *
 * @example
 * ```ts
 * slaPolicySchema.parse({
 *   id: "emergency", name: "Emergency tickets", conditions: { channel: ["emergency"] },
 *   targets: [{ metric: "first_reply", duration: { minutes: 30 }, calendar: "around_the_clock" }],
 * }).targets[0]?.durationMs;
 * // => 1800000
 * ```
 */
export const slaPolicySchema = z
  .strictObject({
    id: z.string().min(1),
    name: z.string().min(1),
    description: z.string().optional(),
    conditions: slaConditionsSchema.default({
      channel: undefined,
      priority: undefined,
      plan: undefined,
      supportLevel: undefined,
      form: undefined,
      tags: undefined,
      organizationTags: undefined,
    }),
    targets: z.array(slaTargetSchema),
  })
  .superRefine((policy, ctx) => {
    if (policy.targets.length === 0) {
      ctx.addIssue({ code: "custom", path: ["targets"], message: `The policy "${policy.id}" has no targets`, params: { code: "no_targets" }, input: policy.targets });
    }
    const seen = new Set<string>();
    policy.targets.forEach((target, index) => {
      const key = `${target.metric}/${target.priority ?? "*"}`;
      if (seen.has(key)) {
        ctx.addIssue({
          code: "custom",
          path: ["targets", index],
          message: `The policy "${policy.id}" has two targets for ${target.metric} at ${target.priority ?? "every"} priority`,
          params: { code: "duplicate_id" },
          input: target,
        });
      }
      seen.add(key);
    });
  });

/**
 * An SLA policy as the caller writes it (plain JSON).
 *
 * @example
 * ```ts
 * const policy: SlaPolicyInput = {
 *   id: "social", name: "Disqus and Twitter", conditions: { channel: ["disqus", "twitter"] },
 *   targets: [{ metric: "first_reply", duration: { hours: 24 }, calendar: "global" }],
 * };
 * ```
 */
export type SlaPolicyInput = z.input<typeof slaPolicySchema>;

/**
 * A validated SLA policy.
 *
 * @example
 * ```ts
 * const policy: SlaPolicy = slaPolicySchema.parse({ id: "p", name: "P", targets: [{ metric: "first_reply", duration: 60_000, calendar: "around_the_clock" }] });
 * ```
 */
export type SlaPolicy = z.output<typeof slaPolicySchema>;
