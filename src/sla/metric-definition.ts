import * as z from "zod";
import { CHANGEABLE_FIELDS } from "./ticket.js";
import { deepFreeze } from "../shared/deep-freeze.js";
import { parseWithin, SupportPolicyError } from "../shared/errors.js";
import { idSchema } from "../shared/id-schema.js";
import { compileJql } from "./compile-jql.js";
import { type Condition, conditionSchema } from "./condition.js";
import { durationSchema } from "./internal/clocks/duration-schema.js";
import { rememberGoalCondition } from "./internal/goal-condition.js";
import type { TargetDuration } from "./sla-policy.js";
import type { TicketStatus } from "./sla-vocabulary.js";

/**
 * The category a ticket status belongs to: Zendesk's status categories (`new`, `open`,
 * `pending`, `hold`, `solved`) and `closed`, which never reopens. Metric conditions may name a
 * category instead of its statuses, so a policy set's own statuses fit the same metrics.
 *
 * @example
 * ```ts
 * STATUS_CATEGORIES.includes("hold"); // => true
 * ```
 */
export const STATUS_CATEGORIES = deepFreeze(["new", "open", "pending", "hold", "solved", "closed"] as const);

/**
 * A status category.
 *
 * @example
 * ```ts
 * const category: StatusCategory = "solved";
 * ```
 */
export type StatusCategory = (typeof STATUS_CATEGORIES)[number];

/**
 * The ticket status of each status category: the `status` a ticket in a custom status of that
 * category gives beside its `customStatus`. Zendesk's categories are its own statuses (its API's
 * `hold` is On-hold, `on_hold`); JSM's statuses are each declared in one of these categories.
 *
 * @example
 * ```ts
 * STATUS_OF_CATEGORY.hold; // => "on_hold"
 * ```
 */
export const STATUS_OF_CATEGORY: Readonly<Record<StatusCategory, TicketStatus>> = deepFreeze({
  new: "new",
  open: "open",
  pending: "pending",
  hold: "on_hold",
  solved: "solved",
  closed: "closed",
});

/** The category of each of Zendesk's statuses: {@link STATUS_OF_CATEGORY} read the other way. */
function categoriesOfStatuses(): Readonly<Record<string, StatusCategory>> {
  const categories: Record<string, StatusCategory> = {};
  for (const category of STATUS_CATEGORIES) categories[STATUS_OF_CATEGORY[category]] = category;
  return deepFreeze(categories);
}

/**
 * How a metric's cycles repeat once one is stopped: `once` (a single cycle ever, like first
 * reply), `repeat` (a start hit after a stop begins a new cycle that starts from zero, like JSM's
 * SLAs and next reply) or `accumulate` (a new cycle that carries the business time the earlier
 * ones used, like Zendesk's requester wait, agent work and total resolution after a reopen).
 *
 * @example
 * ```ts
 * const cycles: MetricCycles = "repeat";
 * ```
 */
export type MetricCycles = "once" | "repeat" | "accumulate";

/**
 * A state of the ticket at one moment, for pause conditions, guards and deferrals: its status is
 * one of `status`; its status belongs to one of `category`; the metric `completed` has finished at
 * least one cycle (guards only); or the negation of another state.
 *
 * @example
 * ```ts
 * const waiting: ClockState = { status: ["pending"] };
 * const answered: ClockState = { completed: "first_reply" };
 * ```
 */
export type ClockState =
  | {
      /** The ticket's status is one of these. */
      readonly status: readonly string[];
    }
  | {
      /** The ticket's status belongs to one of these categories. */
      readonly category: readonly StatusCategory[];
    }
  | {
      /** This metric (by id) has finished at least one cycle; in guards only. */
      readonly completed: string;
    }
  | {
      /** This state does not hold. */
      readonly not: ClockState;
    };

/**
 * What every hit condition may add: a guard, and (for start conditions) a deferral.
 *
 * @example
 * ```ts
 * const onlyWhileOpen: ClockHitOptions = { if: [{ category: ["open"] }] };
 * ```
 */
export interface ClockHitOptions {
  /** The hit counts only when every one of these states holds just before the event. */
  readonly if?: readonly ClockState[] | undefined;
  /**
   * Start conditions only: a hit while one of these states holds starts the cycle at the moment
   * none of them holds any more (Zendesk: a customer's comment on a solved ticket starts next
   * reply when the ticket reopens).
   */
  readonly deferWhile?: readonly ClockState[] | undefined;
}

/**
 * An event a metric starts or stops on (JSM's "start" and "stop" conditions):
 * - `created`: the ticket was created;
 * - `comment`: a comment, optionally narrowed by author, visibility and whether a bot wrote it;
 * - `status_entered` / `status_left`: the status changed into (out of) the statuses named by
 *   `status` and `category` together (both absent: any change). A ticket's status on creation
 *   counts as entered at its creation, after the `created` hit;
 * - `field_changed`: `priority`, `assignee`, `severity` or a field a `field_change` event changes
 *   (`type`, `group`, `brand`, `requester`, `form`, `organization`, `custom_fields.<id>`; JSM's
 *   resolution is `custom_fields.resolution`) changed, optionally `from` and `to` given values
 *   (`null`: empty; JSM's "Assignee: from unassigned" is `{ field: "assignee", from: null }`).
 *
 * @example
 * ```ts
 * const publicAgentReply: ClockHit = { on: "comment", author: "agent", public: true, automated: false };
 * const solved: ClockHit = { on: "status_entered", category: ["solved", "closed"] };
 * ```
 */
export type ClockHit =
  | ({
      /** The ticket was created. */
      readonly on: "created";
    } & ClockHitOptions)
  | ({
      /** A comment was added. */
      readonly on: "comment";
      /** Who wrote it; absent: anyone. */
      readonly author?: "customer" | "agent" | undefined;
      /** Whether the requester sees it; absent: either. */
      readonly public?: boolean | undefined;
      /** Whether a trigger or bot wrote it; absent: either. */
      readonly automated?: boolean | undefined;
    } & ClockHitOptions)
  | ({
      /** The status changed into, or out of, the named statuses. */
      readonly on: "status_entered" | "status_left";
      /** Status names. */
      readonly status?: readonly string[] | undefined;
      /** Status categories. */
      readonly category?: readonly StatusCategory[] | undefined;
    } & ClockHitOptions)
  | ({
      /** A field changed. */
      readonly on: "field_changed";
      /** The field. */
      readonly field: ClockField;
      /** The value it changed from; absent: any. */
      readonly from?: string | number | null | undefined;
      /** The value it changed to; absent: any. */
      readonly to?: string | number | null | undefined;
    } & ClockHitOptions);

/**
 * The ticket fields a `field_changed` hit can watch: the priority, assignee and severity (each
 * with its own event) and the fields `field_change` events change.
 *
 * @example
 * ```ts
 * const field: ClockField = "custom_fields.resolution";
 * ```
 */
export type ClockField = "priority" | "assignee" | "severity" | (typeof CHANGEABLE_FIELDS)[number] | `custom_fields.${string}`;

const CLOCK_FIELDS: readonly string[] = ["priority", "assignee", "severity", ...CHANGEABLE_FIELDS];

/**
 * A metric defined as data (Jira Service Management's model): a cycle starts at the first
 * `start` hit, runs on the target's calendar except while one of the `pause` states holds, and
 * is fulfilled by the first `stop` hit; `cycles` says what a start hit after a stop does.
 * Zendesk's seven metrics are written in this language too (`ZENDESK_METRICS`).
 *
 * Within one event a running cycle is stopped before a new one may start, so a public reply can
 * both fulfil one periodic-update cycle and begin the next. Start hits while a cycle runs are
 * ignored.
 *
 * @example
 * ```ts
 * const timeToResolution: MetricDefinition = {
 *   id: "time_to_resolution", name: "Time to resolution",
 *   start: [{ on: "created" }],
 *   pause: [{ status: ["waiting_for_customer"] }],
 *   stop: [{ on: "status_entered", category: ["solved", "closed"] }],
 *   cycles: "repeat",
 * };
 * ```
 */
export interface MetricDefinition {
  /** A unique id, `[a-z0-9_]`, which reports name the metric by. */
  readonly id: string;
  /** A name for people. */
  readonly name: string;
  /** What it measures. */
  readonly description?: string | undefined;
  /** Any of these events starts a cycle (at least one). */
  readonly start: readonly ClockHit[];
  /** While any of these states holds, the clock is paused. */
  readonly pause: readonly ClockState[];
  /** Any of these events fulfils the running cycle (at least one). */
  readonly stop: readonly ClockHit[];
  /** What a start after a stop does. */
  readonly cycles: MetricCycles;
  /**
   * The metric's own targets (JSM's goals), in order: the first whose `when` holds applies; the
   * last may be the catch-all. Absent: policies target the metric.
   */
  readonly goals?: readonly MetricGoal[] | undefined;
}

/**
 * One goal of a metric as the caller writes it (JSM's SLA goal): when it applies, the target and
 * the calendar it runs on. A goal without `when` is the catch-all ("All remaining issues") and
 * must be the metric's last.
 *
 * @example
 * ```ts
 * const urgent: MetricGoalInput = { when: "priority IN (Highest, High)", target: { hours: 1 }, calendar: "support_hours" };
 * const rest: MetricGoalInput = { target: { hours: 8 }, calendar: "support_hours" };
 * const none: MetricGoalInput = { when: { field: "type", operator: "is", value: "question" }, target: null, calendar: "around_the_clock" };
 * ```
 */
export interface MetricGoalInput {
  /**
   * When the goal applies: a {@link Condition}, or JQL text compiled by `compileJql` (JSM's goal
   * JQL); absent or null: always (the catch-all).
   */
  readonly when?: Condition | string | null | undefined;
  /** The target: milliseconds or `{ hours, minutes, ... }`, more than zero; `null`: "No target" (the clock runs and never breaches). */
  readonly target: TargetDuration | null;
  /** A calendar name of the policy set, `"around_the_clock"` or `"ticket_calendar"`. */
  readonly calendar: string;
}

/**
 * A validated goal: its `when` (a parsed condition, the JQL text as written, or null for the
 * catch-all), the target in business milliseconds (null: no target) and the calendar's name.
 * A validated goal is also a valid {@link MetricGoalInput}.
 *
 * @example
 * ```ts
 * const goal: MetricGoal = { when: "priority = Highest", target: 3_600_000, calendar: "support_hours" };
 * ```
 */
export interface MetricGoal {
  /** When the goal applies: a condition, JQL text (as written), or null for the catch-all. */
  readonly when: Condition | string | null;
  /** The target, in business milliseconds, or null for "No target". */
  readonly target: number | null;
  /** The calendar's name, `"around_the_clock"` or `"ticket_calendar"`. */
  readonly calendar: string;
}

/**
 * A metric definition as the caller writes it: {@link MetricDefinition} with `pause` optional.
 *
 * @example
 * ```ts
 * const input: MetricDefinitionInput = {
 *   id: "time_to_first_response", name: "Time to first response",
 *   start: [{ on: "created" }], stop: [{ on: "comment", author: "agent", public: true }], cycles: "once",
 * };
 * ```
 */
export type MetricDefinitionInput = Omit<MetricDefinition, "pause" | "goals"> & {
  /** While any of these states holds, the clock is paused (default: never). */
  readonly pause?: readonly ClockState[] | undefined;
  /** The metric's own targets, in order (first match applies; the catch-all last); absent: policies target it. */
  readonly goals?: readonly MetricGoalInput[] | undefined;
};

/**
 * Zendesk's statuses and the category each belongs to: the statuses a policy set has unless it
 * declares its own.
 *
 * @example
 * ```ts
 * DEFAULT_STATUS_CATEGORIES.on_hold; // => "hold"
 * ```
 */
export const DEFAULT_STATUS_CATEGORIES: Readonly<Record<string, StatusCategory>> = /* @__PURE__ */ categoriesOfStatuses();

/**
 * A custom status a policy set declares (Zendesk's custom ticket statuses, JSM's workflow
 * statuses): an id tickets give as `customStatus`, an optional name for people, and the category
 * it belongs to. Metric conditions may name it like any status, or reach it by its category.
 *
 * @example
 * ```ts
 * const waiting: CustomStatus = { id: "waiting_for_customer", name: "Waiting for customer", category: "pending" };
 * ```
 */
export interface CustomStatus {
  /** The id, lower-case letters, digits and underscores. */
  readonly id: string;
  /** A name for people. */
  readonly name?: string | undefined;
  /** The category it belongs to. */
  readonly category: StatusCategory;
}

const stringList = z.array(z.string().min(1)).min(1);

const clockStateSchema: z.ZodType<ClockState, ClockState> = z.lazy(() =>
  z.union([
    z.strictObject({ status: stringList }),
    z.strictObject({ category: z.array(z.enum(STATUS_CATEGORIES)).min(1) }),
    z.strictObject({ completed: z.string().min(1) }),
    z.strictObject({ not: clockStateSchema }),
  ]),
);

const hitOptions = {
  if: z.array(clockStateSchema).optional(),
  deferWhile: z.array(clockStateSchema).min(1).optional(),
};

const fieldValue = z.union([z.string(), z.number(), z.null()]).optional();

const clockHitSchema = z.discriminatedUnion("on", [
  z.strictObject({ on: z.literal("created"), ...hitOptions }),
  z.strictObject({
    on: z.literal("comment"),
    author: z.enum(["customer", "agent"]).optional(),
    public: z.boolean().optional(),
    automated: z.boolean().optional(),
    ...hitOptions,
  }),
  z.strictObject({
    on: z.enum(["status_entered", "status_left"]),
    status: stringList.optional(),
    category: z.array(z.enum(STATUS_CATEGORIES)).min(1).optional(),
    ...hitOptions,
  }),
  z.strictObject({
    on: z.literal("field_changed"),
    field: z.string().refine((field) => CLOCK_FIELDS.includes(field) || /^custom_fields\.[^.]+$/.test(field), {
      message: `Expected a field a clock can watch: one of ${["priority", "assignee", "severity", ...CHANGEABLE_FIELDS].join(", ")} or custom_fields.<id>`,
      params: { code: "unknown_field" },
    }) as unknown as z.ZodType<ClockField, ClockField>,
    from: fieldValue,
    to: fieldValue,
    ...hitOptions,
  }),
]);

const goalShape = z
  .strictObject({
    when: z.union([z.string(), z.custom<Condition>((value) => typeof value === "object" && value !== null)]).nullable().optional(),
    target: durationSchema.nullable(),
    calendar: z.string().min(1),
  })
  .transform((goal, ctx): MetricGoal => {
    if (goal.target !== null && goal.target <= 0) {
      ctx.addIssue({ code: "custom", path: ["target"], message: "A goal's target must be more than zero (null: no target)", params: { code: "invalid_duration" }, input: goal.target });
      return z.NEVER;
    }
    let compiled: unknown = goal.when ?? null;
    if (typeof goal.when === "string") {
      try {
        compiled = compileJql(goal.when);
      } catch (error) {
        // A JQL error names its token; here it belongs at the goal's `when`.
        if (!(error instanceof SupportPolicyError)) throw error;
        ctx.addIssue({ code: "custom", path: ["when"], message: `${error.message} (in the JQL ${JSON.stringify(goal.when)})`, params: { code: error.code }, input: goal.when });
        return z.NEVER;
      }
    }
    let condition: Condition | null = null;
    if (compiled !== null) {
      condition = parseWithin(conditionSchema, compiled, ctx, (path) => ["when", ...(typeof goal.when === "string" ? [] : path)]) ?? null;
      if (condition === null) return z.NEVER;
    }
    const parsed: MetricGoal = { when: typeof goal.when === "string" ? goal.when : condition, target: goal.target, calendar: goal.calendar };
    rememberGoalCondition(parsed, condition);
    return parsed;
  });

const metricDefinitionShape = z
  .strictObject({
    id: idSchema("metric"),
    name: z.string().min(1),
    description: z.string().optional(),
    start: z.array(clockHitSchema).min(1),
    pause: z.array(clockStateSchema).default([]),
    stop: z.array(clockHitSchema).min(1),
    cycles: z.enum(["once", "repeat", "accumulate"]),
    goals: z.array(goalShape).min(1).optional(),
  })
  .superRefine((metric, ctx) => {
    const goals = metric.goals ?? [];
    goals.forEach((goal, index) => {
      if (goal.when === null && index < goals.length - 1) {
        ctx.addIssue({
          code: "custom",
          path: ["goals", index, "when"],
          message: `Goal ${index} has no "when": the catch-all ("All remaining issues") must be the last goal, and ${goals.length - 1 - index} more follow it`,
          params: { code: "inconsistent_facts" },
          input: goal,
        });
      }
    });
    metric.stop.forEach((hit, index) => {
      if (hit.deferWhile !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["stop", index, "deferWhile"],
          message: "deferWhile applies to start conditions only: a stop is never postponed",
          params: { code: "inconsistent_facts" },
          input: hit.deferWhile,
        });
      }
    });
    const inPause = (state: ClockState): boolean => ("completed" in state ? true : "not" in state ? inPause(state.not) : false);
    metric.pause.forEach((state, index) => {
      if (inPause(state)) {
        ctx.addIssue({
          code: "custom",
          path: ["pause", index],
          message: "A pause condition is a state of the ticket; whether a metric completed belongs in a hit's if",
          params: { code: "inconsistent_facts" },
          input: state,
        });
      }
    });
  });

/**
 * The zod schema of a metric definition (see {@link MetricDefinition}): `id`, `name`, at least
 * one `start` and one `stop` hit, `pause` states (default none), `cycles`, and optionally
 * `goals` (see {@link MetricGoalInput}): a goal's JQL `when` is compiled by `compileJql` (an
 * error names the token, at the goal's `when`), a target is more than zero or null (no target),
 * and only the last goal may lack `when` (`inconsistent_facts`). Statuses, priorities, the
 * calendars goals name and the metrics a guard names are checked against the policy set the
 * metric belongs to.
 *
 * @example
 * ```ts
 * metricDefinitionSchema.parse({
 *   id: "time_to_first_response", name: "Time to first response",
 *   start: [{ on: "created" }], stop: [{ on: "comment", author: "agent", public: true }], cycles: "once",
 * }).pause;
 * // => []
 * ```
 */
export const metricDefinitionSchema: z.ZodType<MetricDefinition, MetricDefinitionInput> = metricDefinitionShape;
