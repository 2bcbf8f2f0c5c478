import * as z from "zod";
import { planSchema } from "../shared/plan.js";
import { CHANNELS } from "../shared/channel.js";
import { type Condition, conditionSchema } from "./condition.js";
import { durationSchema } from "./internal/clocks/duration-schema.js";
import type { Channel } from "../shared/channel.js";
import { METRIC_IDS, type MetricId, PAUSABLE_STATUSES, type PausableStatus, PRIORITIES, type PriorityId, SUPPORT_LEVELS, type SupportLevel, TICKET_STATUSES } from "./sla-vocabulary.js";
import { conditionValues, priorityIdSchema, unknownPriorityMessage } from "./internal/priorities.js";
import { checkStatus } from "./internal/statuses.js";
import { isConditionTree } from "./internal/policy-condition.js";
import { deepFreeze } from "../shared/deep-freeze.js";
import { describeValue } from "../shared/describe-value.js";
import { parseWithin } from "../shared/errors.js";

/**
 * A target's length as the caller writes it: milliseconds, or parts that add up (the
 * calendar's `Duration`, parts optional).
 *
 * @example
 * ```ts
 * const fourHours: TargetDuration = { hours: 4 };
 * ```
 */
export type TargetDuration =
  | number
  | {
      /** Hours, 3,600,000 ms each. */
      readonly hours?: number | undefined;
      /** Minutes, 60,000 ms each. */
      readonly minutes?: number | undefined;
      /** Seconds, 1,000 ms each. */
      readonly seconds?: number | undefined;
      /** Milliseconds. */
      readonly milliseconds?: number | undefined;
    };

/**
 * One SLA target as the caller writes it.
 *
 * @example
 * ```ts
 * const target: SlaTargetInput = { metric: "next_reply", duration: { hours: 24 }, calendar: "global" };
 * ```
 */
export interface SlaTargetInput {
  /** The metric: one of Zendesk's seven or one the policy set defines (an unknown one is rejected with `unknown_metric`). */
  readonly metric: string;
  /** The priority it applies to (one the policy set declares); absent: every priority, including none. */
  readonly priority?: PriorityId | undefined;
  /** The target: milliseconds or `{ hours, minutes, seconds, milliseconds }`, more than zero and at most ten years (87,660 hours). */
  readonly duration: TargetDuration;
  /** A calendar name from the policy set, `"around_the_clock"`, or `"ticket_calendar"` (the ticket's own). */
  readonly calendar: string;
  /** The earliest-reply window: a reply sooner is reported as early. */
  readonly notBefore?: TargetDuration | undefined;
  /** The statuses that pause it, replacing the statuses its metric pauses on (default: the metric's, {@link DEFAULT_PAUSED_BY} for Zendesk's). */
  readonly pausedBy?: readonly (PausableStatus | (string & {}))[] | undefined;
}

/**
 * A validated SLA target: durations in milliseconds.
 *
 * @example
 * ```ts
 * const target: SlaTarget = { metric: "first_reply", priority: null, durationMs: 1_800_000, calendar: "around_the_clock", notBeforeMs: null, pausedBy: [] };
 * ```
 */
export interface SlaTarget {
  /** The metric's id. */
  readonly metric: string;
  /** The priority it applies to, or null for every priority. */
  readonly priority: PriorityId | null;
  /** The target, in business milliseconds. */
  readonly durationMs: number;
  /** The calendar's name, `"around_the_clock"`, or `"ticket_calendar"`. */
  readonly calendar: string;
  /** The earliest-reply window, in business milliseconds, or null. */
  readonly notBeforeMs: number | null;
  /** The statuses that pause it. */
  readonly pausedBy: readonly string[];
}

/**
 * A condition on tags: `any` needs at least one, `all` every one, `none` none of them.
 *
 * @example
 * ```ts
 * const tags: TagCondition = { any: ["vip"], none: ["spam"] };
 * ```
 */
export interface TagCondition {
  /** At least one of these tags. */
  readonly any?: readonly string[] | undefined;
  /** Every one of these tags. */
  readonly all?: readonly string[] | undefined;
  /** None of these tags. */
  readonly none?: readonly string[] | undefined;
}

/**
 * A policy's conditions; every field given must hold, and an empty object matches every ticket.
 *
 * @example
 * ```ts
 * const when: SlaConditions = { channel: ["disqus", "twitter", "facebook"] };
 * ```
 */
export interface SlaConditions {
  /** The ticket's channel is one of these. */
  readonly channel?: readonly Channel[] | undefined;
  /** The ticket's priority is one of these (`null` matches no priority). */
  readonly priority?: readonly (PriorityId | null)[] | undefined;
  /** The organization's plan is one of these plan ids (a ticket without a plan makes the policy undecidable). */
  readonly plan?: readonly string[] | undefined;
  /** The organization's support level is one of these (unknown: undecidable). */
  readonly supportLevel?: readonly SupportLevel[] | undefined;
  /** The ticket's form is one of these (`null` matches no form). */
  readonly form?: readonly (string | null)[] | undefined;
  /** A condition on the ticket's tags. */
  readonly tags?: TagCondition | undefined;
  /** A condition on the organization's tags. */
  readonly organizationTags?: TagCondition | undefined;
}

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
export interface SlaPolicyInput {
  /** A unique id. */
  readonly id: string;
  /** A name for people. */
  readonly name: string;
  /** What the policy is for. */
  readonly description?: string | undefined;
  /** When it applies (default: always): field lists, or a {@link Condition} over the ticket as it stands. */
  readonly conditions?: SlaConditions | Condition | undefined;
  /** At least one target, one per metric and priority. */
  readonly targets: readonly SlaTargetInput[];
}

/**
 * A validated SLA policy.
 *
 * @example
 * ```ts
 * const policy: SlaPolicy = { id: "p", name: "P", conditions: {}, targets: [] };
 * ```
 */
export interface SlaPolicy {
  /** A unique id. */
  readonly id: string;
  /** A name for people. */
  readonly name: string;
  /** What the policy is for. */
  readonly description?: string | undefined;
  /** When it applies: field lists, or a {@link Condition}. */
  readonly conditions: SlaConditions | Condition;
  /** Its targets. */
  readonly targets: readonly SlaTarget[];
}

/**
 * The statuses that pause each metric unless a target says otherwise: Zendesk's definitions,
 * with GitLab's rule that first and next reply never pause ("the SLA clock continues to run
 * until you've sent a public response", docs/rules.md §2).
 *
 * @example
 * ```ts
 * DEFAULT_PAUSED_BY.agent_work; // => ["pending", "on_hold"]
 * ```
 */
export const DEFAULT_PAUSED_BY: Readonly<Record<MetricId, readonly PausableStatus[]>> = deepFreeze({
  first_reply: [],
  next_reply: [],
  periodic_update: [],
  pausable_update: ["pending"],
  requester_wait: ["pending"],
  agent_work: ["pending", "on_hold"],
  total_resolution: [],
});

function isMetricId(value: string): value is MetricId {
  return (METRIC_IDS as readonly string[]).includes(value);
}

/** The `unknown_metric` message, naming the metrics a target may use. */
export function unknownMetricMessage(value: string, defined: readonly string[]): string {
  return `Unknown metric "${value}": expected one of ${[...METRIC_IDS, ...defined].join(", ")}`;
}

// A target may name a metric its policy set defines, so which ids exist is checked by the set
// (and by slaPolicySchema on its own, where only Zendesk's metrics exist).
const targetShape = z
  .strictObject({
    metric: z.string(),
    priority: priorityIdSchema.optional(),
    duration: durationSchema,
    calendar: z.string().min(1),
    notBefore: durationSchema.optional(),
    // Which statuses exist is the policy set's to say (it may declare its own).
    pausedBy: z.array(z.string()).optional(),
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
      // Absent, the metric's own pause statuses, which depend on the policy set's statuses: the
      // set fills them in (and slaTargetSchema on its own, with Zendesk's statuses).
      pausedBy: target.pausedBy ?? null,
    };
  });

/** A target parsed alone: its metric's pause statuses are Zendesk's defaults. */
function withDefaultPause<T extends { readonly metric: string; readonly pausedBy: readonly string[] | null }>(target: T): T & { readonly pausedBy: readonly string[] } {
  return { ...target, pausedBy: target.pausedBy ?? (isMetricId(target.metric) ? [...DEFAULT_PAUSED_BY[target.metric]] : []) };
}

const tagConditionSchema = z.strictObject({
  any: z.array(z.string().min(1)).optional(),
  all: z.array(z.string().min(1)).optional(),
  none: z.array(z.string().min(1)).optional(),
});

const CONDITION_FIELDS = ["channel", "priority", "plan", "supportLevel", "form", "tags", "organizationTags"] as const;

const conditionsShape = z
  .looseObject({
    channel: z.array(z.enum(CHANNELS)).optional(),
    priority: z.array(priorityIdSchema.nullable()).optional(),
    plan: z.array(planSchema).optional(),
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
          message: `Unknown condition field "${key}": expected one of ${CONDITION_FIELDS.join(", ")}, or a condition ({ field, operator, value }, { all, any }, { any }, { not })`,
          params: { code: "unknown_field" },
          input: key,
        });
      }
    }
    const { channel, priority, plan, supportLevel, form, tags, organizationTags } = conditions;
    return { channel, priority, plan, supportLevel, form, tags, organizationTags };
  });

/**
 * Adds an `unknown_value` issue for every priority a parsed policy names (its targets' and its
 * conditions') that is not one of `priorities`, and for every status its conditions name that is
 * not one of `statuses`, at its path under `path`.
 */
export function checkPolicyValues(policy: SlaPolicy, priorities: readonly string[], statuses: readonly string[], path: readonly PropertyKey[], ctx: z.core.$RefinementCtx): void {
  const check = (value: unknown, at: readonly PropertyKey[]): void => {
    // A value of the wrong shape has its own error from the schema.
    if (typeof value !== "string" || priorities.includes(value)) return;
    ctx.addIssue({ code: "custom", path: [...at], message: unknownPriorityMessage(value, priorities), params: { code: "unknown_value", allowed: priorities }, input: value });
  };
  policy.targets.forEach((target, index) => {
    check(target.priority, [...path, "targets", index, "priority"]);
  });
  const { conditions } = policy;
  if (isConditionTree(conditions)) {
    conditionValues(conditions, "priority", [...path, "conditions"], check);
    conditionValues(conditions, "status", [...path, "conditions"], (value, at) => {
      checkStatus(value, statuses, at, ctx);
    });
  } else {
    conditions.priority?.forEach((value, index) => {
      check(value, [...path, "conditions", "priority", index]);
    });
  }
}

/** A policy whose targets may name metrics defined elsewhere (in its policy set). */
export const openPolicyShape = z
  .strictObject({
    id: z.string().min(1),
    name: z.string().min(1),
    description: z.string().optional(),
    conditions: z
      .custom<SlaConditions | Condition | undefined>(() => true)
      .optional()
      .transform((value: unknown, ctx): SlaConditions | Condition => {
        const tree = typeof value === "object" && value !== null && ["field", "operator", "all", "any", "not"].some((key) => key in value);
        return parseWithin<SlaConditions | Condition>(tree ? conditionSchema : conditionsShape, value ?? {}, ctx) ?? z.NEVER;
      }),
    targets: z.array(targetShape),
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
 * The zod schema of one SLA target: for a metric and a priority (absent: every priority,
 * including tickets without one; a target naming the priority wins over it), the duration
 * (milliseconds or `{ hours, minutes, ... }`), the calendar it runs on (a name from the policy
 * set's `calendars`, `"around_the_clock"`, or `"ticket_calendar"`: the calendar the ticket has
 * at the cycle's fulfilment, or at `now` while it runs, Zendesk's business-hours target on the
 * ticket's schedule), optionally the earliest-reply window `notBefore`
 * (a reply sooner is reported as early), and the statuses that pause it (default:
 * {@link DEFAULT_PAUSED_BY}).
 *
 * @example
 * ```ts
 * slaTargetSchema.parse({ metric: "first_reply", priority: "high", duration: { hours: 4 }, calendar: "global" });
 * // => { metric: "first_reply", priority: "high", durationMs: 14400000, calendar: "global", notBeforeMs: null, pausedBy: [] }
 * ```
 */
export const slaTargetSchema = targetShape.transform(withDefaultPause) as z.ZodType<SlaTarget, SlaTargetInput>;

/**
 * The zod schema of a policy's conditions; every field present must hold (an empty object
 * matches every ticket). `channel`, `priority` (`null` matches a ticket without one), `plan`,
 * `supportLevel` and `form` (`null` matches no form) list accepted values; `tags` and
 * `organizationTags` take `any` (at least one), `all` and `none`. A field the engine does not
 * know is rejected with `unknown_field`. A policy's `conditions` may instead be a
 * {@link Condition} (`{ all, any }` of `{ field, operator, value }`, Zendesk's filter shape); the
 * field lists mean the same as a condition whose `all` lists one `is` per field.
 *
 * @example
 * ```ts
 * slaConditionsSchema.parse({ channel: ["emergency"], supportLevel: ["priority"], tags: { none: ["spam"] } }).channel;
 * // => ["emergency"]
 * ```
 */
export const slaConditionsSchema: z.ZodType<SlaConditions, SlaConditions> = conditionsShape;

/**
 * The zod schema of an SLA policy: an id, a name, declarative conditions and at least one
 * target (`no_targets` otherwise); one target per metric and priority (`duplicate_id`).
 * Policies are plain JSON; in a policy set the first whose conditions match applies
 * (docs/rules.md §2 "Policy choice"). `conditions` is either the field lists of
 * `slaConditionsSchema` or a {@link Condition} (see `conditionSchema`).
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
export const slaPolicySchema: z.ZodType<SlaPolicy, SlaPolicyInput> = openPolicyShape.superRefine((policy, ctx) => {
  // On its own a policy lives in Zendesk's world: Zendesk's metrics, statuses and priorities.
  checkPolicyValues(policy as SlaPolicy, PRIORITIES, TICKET_STATUSES, [], ctx);
  policy.targets.forEach((target, index) => {
    if (!isMetricId(target.metric)) {
      ctx.addIssue({ code: "custom", path: ["targets", index, "metric"], message: unknownMetricMessage(target.metric, []), params: { code: "unknown_metric", allowed: METRIC_IDS }, input: target.metric });
    }
    target.pausedBy?.forEach((status, statusIndex) => {
      if (!(PAUSABLE_STATUSES as readonly string[]).includes(status)) {
        ctx.addIssue({
          code: "custom",
          path: ["targets", index, "pausedBy", statusIndex],
          message: `Invalid option: expected one of ${PAUSABLE_STATUSES.map((entry) => `"${entry}"`).join("|")}, received ${describeValue(status)}`,
          params: { code: "unknown_value", allowed: PAUSABLE_STATUSES },
          input: status,
        });
      }
    });
  });
}).transform((policy) => ({ ...policy, targets: policy.targets.map(withDefaultPause) }));
