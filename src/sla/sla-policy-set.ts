import * as z from "zod";
import { SupportPolicyError, parseInput, parseWithin } from "../shared/errors.js";
import { describeValue } from "../shared/describe-value.js";
import { idSchema } from "../shared/id-schema.js";
import { goalCondition, rememberGoalCondition } from "./internal/goal-condition.js";
import { checkStatus, declaredStatusIds, unknownStatusMessage } from "./internal/statuses.js";
import { compileJql } from "./compile-jql.js";
import { type Condition, conditionSchema } from "./condition.js";
import type { JsonValue } from "../shared/json.js";
import { BusinessCalendar } from "./business-calendar.js";
import {
  type ClockHit,
  type ClockState,
  type CustomStatus,
  DEFAULT_STATUS_CATEGORIES,
  type MetricDefinition,
  type MetricDefinitionInput,
  STATUS_CATEGORIES,
  type StatusCategory,
  metricDefinitionSchema,
} from "./metric-definition.js";
import { type SlaPolicy, type SlaPolicyInput, checkPolicyValues, openPolicyShape, unknownMetricMessage } from "./sla-policy.js";
import type { Ticket } from "./ticket.js";
import { AROUND_THE_CLOCK, METRIC_IDS, PRIORITIES, type PriorityId, SUPPORT_LEVELS, type SupportLevel, TICKET_CALENDAR } from "./sla-vocabulary.js";
import { conditionValues, failUnknownPriority, priorityIdSchema, unknownPriorityMessage } from "./internal/priorities.js";
import { compileMetrics } from "./internal/clocks/compile-metrics.js";
import { statusCategories } from "./internal/clocks/status-categories.js";
import { ZENDESK_METRICS } from "./zendesk-metrics.js";
import { recordSchema } from "../shared/record-schema.js";

/**
 * One custom status a policy set (or a JSM SLA configuration) declares: its id, an optional
 * display name (JSM's, matched by JQL in any case) and the status category it belongs to.
 *
 * @internal
 *
 * @example
 * ```ts
 * customStatusSchema.parse({ id: "waiting_for_customer", name: "Waiting for customer", category: "pending" });
 * ```
 */
export const customStatusSchema = z.strictObject({ id: idSchema("status"), name: z.string().min(1).optional(), category: z.enum(STATUS_CATEGORIES) });

const calendarSchema = z.custom<BusinessCalendar>((value) => value instanceof BusinessCalendar, {
  error: "Expected a calendar made by defineCalendar(spec)",
  params: { code: "not_a_calendar" },
});

const derivedFactsSchema = z.strictObject({
  priority: priorityIdSchema.nullable(),
  supportLevel: z.enum(SUPPORT_LEVELS).nullable(),
});

const deriveFactsSchema = z.custom<(ticket: Ticket) => DerivedFacts>((value) => typeof value === "function", {
  error: "Expected a function from a parsed ticket to its derived facts",
});

// The caller's function runs on every evaluation, so what it returns is checked there like any
// other input: the function is wrapped, and a wrong result (a priority the set does not declare
// included) is an error at `deriveFacts()`.
function checkedDerive(derive: (ticket: Ticket) => DerivedFacts, priorities: readonly string[]): (ticket: Ticket) => DerivedFacts {
  const path = ["policySet", "deriveFacts()"];
  return (ticket) => {
    const derived = derive(ticket);
    const fast = plainFacts(derived, priorities);
    if (fast !== undefined) return fast;
    const facts = parseInput(derivedFactsSchema, derived, path);
    if (facts.priority !== null && !priorities.includes(facts.priority)) failUnknownPriority(facts.priority, priorities, [...path, "priority"]);
    return facts;
  };
}

const SUPPORT_LEVEL_SET: ReadonlySet<unknown> = new Set(SUPPORT_LEVELS);

/**
 * The schema's result for derived facts that are plainly right (a plain object with exactly the
 * two keys, a declared priority or null, a support level or null), without the schema: the
 * function runs on every evaluation. Anything else, a getter that throws included, is undefined,
 * and the schema decides and words the error.
 */
function plainFacts(value: unknown, priorities: readonly string[]): DerivedFacts | undefined {
  try {
    if (typeof value !== "object" || value === null || Object.getPrototypeOf(value) !== Object.prototype) return undefined;
    let keys = 0;
    for (const key in value) {
      if (key !== "priority" && key !== "supportLevel") return undefined;
      keys++;
    }
    if (keys !== 2) return undefined;
    const { priority, supportLevel } = value as Record<string, unknown>;
    if (priority !== null && (typeof priority !== "string" || !priorities.includes(priority))) return undefined;
    if (supportLevel !== null && !SUPPORT_LEVEL_SET.has(supportLevel)) return undefined;
    return { priority, supportLevel: supportLevel as SupportLevel | null };
  } catch {
    return undefined;
  }
}

/**
 * What a policy set may derive from a ticket before its policies are matched: the priority the
 * ticket was created with and the organization's support level (the 2026 edition derives them
 * from severity and plan). They replace the ticket's own `priority` and
 * `organization.supportLevel`; later priority changes still come from the events.
 *
 * @example
 * ```ts
 * const facts: DerivedFacts = { priority: "high", supportLevel: "priority" };
 * ```
 */
export interface DerivedFacts {
  /** The priority on creation (one the policy set declares), or null for none. */
  readonly priority: PriorityId | null;
  /** The organization's support level, or null when unknown. */
  readonly supportLevel: SupportLevel | null;
}

/**
 * A policy set as the caller writes it: JSON policies plus the calendars they name.
 *
 * @example
 * ```ts
 * const set: SlaPolicySetInput = {
 *   policies: [{ id: "all", name: "Everything", targets: [{ metric: "first_reply", duration: { hours: 1 }, calendar: "around_the_clock" }] }],
 * };
 * ```
 */
export interface SlaPolicySetInput {
  /** A name for the set. */
  readonly name?: string | undefined;
  /** The policies, in order: the first that matches applies. */
  readonly policies: readonly SlaPolicyInput[];
  /** Metrics defined as data, beside Zendesk's seven; targets name them by id. */
  readonly metrics?: readonly MetricDefinitionInput[] | undefined;
  /**
   * Custom statuses beside Zendesk's six, each in a category; tickets give them as
   * `customStatus`. Conditions, goals (their JQL by name, any case) and clock states may name
   * only these and Zendesk's six.
   */
  readonly statuses?: readonly CustomStatus[] | undefined;
  /**
   * The set's priority ids, lowest first (the order `less_than` and `greater_than` on priority
   * compare in), at least one, no duplicates, each lower-case letters, digits and underscores;
   * default Zendesk's `PRIORITIES` (`low`, `normal`, `high`, `urgent`). Tickets, priority
   * changes, targets, conditions, goals and `deriveFacts` may name only these.
   */
  readonly priorities?: readonly string[] | undefined;
  /** The calendars targets name, by name (made by `defineCalendar`). */
  readonly calendars?: Readonly<Record<string, BusinessCalendar>> | undefined;
  /** Derives the ticket's priority on creation and support level before the policies are matched. */
  readonly deriveFacts?: ((ticket: Ticket) => DerivedFacts) | undefined;
  /** JSON describing how the set was built (an edition's numbers). */
  readonly parameters?: JsonValue | undefined;
  /**
   * What a ticket without a priority gets from a policy that sets its targets per priority:
   * `"cannot_decide"` (default: the priority is a missing fact) or `"no_targets"` (Zendesk: no
   * policy metric applies, so the ticket has no SLA target).
   */
  readonly withoutPriority?: "cannot_decide" | "no_targets" | undefined;
}

/**
 * A validated policy set, as {@link prepareSlaPolicies} returns it.
 *
 * @example
 * ```ts
 * const set: SlaPolicySet = prepareSlaPolicies({ policies: [] });
 * ```
 */
export interface SlaPolicySet {
  /** A name for the set. */
  readonly name?: string | undefined;
  /** The policies, in order. */
  readonly policies: readonly SlaPolicy[];
  /** The metrics the set defines, beside Zendesk's seven. */
  readonly metrics: readonly MetricDefinition[];
  /** The custom statuses the set declares, beside Zendesk's six. */
  readonly statuses: readonly CustomStatus[];
  /** The set's priority ids, lowest first (Zendesk's `PRIORITIES` unless it declares its own). */
  readonly priorities: readonly string[];
  /** The calendars targets name, by name. */
  readonly calendars: Readonly<Record<string, BusinessCalendar>>;
  /** Derives the ticket's priority on creation and support level before the policies are matched. */
  readonly deriveFacts?: ((ticket: Ticket) => DerivedFacts) | undefined;
  /** JSON describing how the set was built. */
  readonly parameters?: JsonValue | undefined;
  /** What a ticket without a priority gets from a policy that sets its targets per priority. */
  readonly withoutPriority?: "cannot_decide" | "no_targets" | undefined;
}

const policySetShape = z
  .strictObject({
    name: z.string().min(1).optional(),
    policies: z.array(openPolicyShape),
    metrics: z.array(metricDefinitionSchema).default([]),
    statuses: z.array(customStatusSchema).default([]),
    priorities: z.array(priorityIdSchema).min(1).default([...PRIORITIES]),
    calendars: recordSchema(z.string().min(1), calendarSchema, "a calendar").default({}),
    deriveFacts: deriveFactsSchema.optional(),
    parameters: z.custom<JsonValue>(() => true).optional(),
    withoutPriority: z.enum(["cannot_decide", "no_targets"]).optional(),
  })
  .superRefine((set, ctx) => {
    for (const reserved of [AROUND_THE_CLOCK, TICKET_CALENDAR]) {
      if (Object.hasOwn(set.calendars, reserved)) {
        ctx.addIssue({
          code: "custom",
          path: ["calendars", reserved],
          message: `"${reserved}" is reserved (${reserved === AROUND_THE_CLOCK ? "elapsed time" : "the ticket's own calendar"}) and cannot name a calendar`,
          params: { code: "duplicate_id" },
          input: set.calendars,
        });
      }
    }
    const statuses = new Map(Object.entries(DEFAULT_STATUS_CATEGORIES));
    set.statuses.forEach((status, index) => {
      if (statuses.has(status.id)) {
        ctx.addIssue({ code: "custom", path: ["statuses", index, "id"], message: `Two statuses have the id "${status.id}"`, params: { code: "duplicate_id" }, input: status.id });
      }
      statuses.set(status.id, status.category);
    });
    const priorities = new Set<string>();
    set.priorities.forEach((priority, index) => {
      if (priorities.has(priority)) {
        ctx.addIssue({ code: "custom", path: ["priorities", index], message: `The priority "${priority}" is declared twice (priorities: ${set.priorities.join(", ")})`, params: { code: "duplicate_id" }, input: priority });
      }
      priorities.add(priority);
    });
    const calendarProblem = (calendar: string): string | null =>
      calendar === AROUND_THE_CLOCK || calendar === TICKET_CALENDAR || Object.hasOwn(set.calendars, calendar)
        ? null
        : `Unknown calendar "${calendar}": expected "${AROUND_THE_CLOCK}", "${TICKET_CALENDAR}" or one of the set's calendars (${Object.keys(set.calendars).join(", ") || "none"})`;
    const checkPriority = (value: unknown, path: readonly PropertyKey[]): void => {
      if (typeof value !== "string" || priorities.has(value)) return;
      ctx.addIssue({ code: "custom", path: [...path], message: unknownPriorityMessage(value, set.priorities), params: { code: "unknown_value", allowed: set.priorities }, input: value });
    };
    const statusIds = declaredStatusIds(set.statuses);
    const withGoals = new Set<string>();
    set.metrics.forEach((metric, index) => {
      if (metric.goals !== undefined) withGoals.add(metric.id);
      metric.goals?.forEach((goal, goalIndex) => {
        const at = ["metrics", index, "goals", goalIndex];
        const problem = calendarProblem(goal.calendar);
        if (problem !== null) ctx.addIssue({ code: "custom", path: [...at, "calendar"], message: problem, params: { code: "not_a_calendar" }, input: goal.calendar });
        // A JQL goal is compiled again knowing the set's statuses, so a status is named as JSM
        // names it ("Waiting for customer"); its priorities are checked on the condition it
        // compiled to, at its `when`.
        let condition = goalCondition(goal);
        if (typeof goal.when === "string") {
          let compiled: Condition;
          try {
            compiled = compileJql(goal.when, { statuses: set.statuses });
          } catch (error) {
            if (!(error instanceof SupportPolicyError)) throw error;
            ctx.addIssue({ code: "custom", path: [...at, "when"], message: `${error.message} (in the JQL ${JSON.stringify(goal.when)})`, params: { code: error.code }, input: goal.when });
            return;
          }
          // What the JQL compiled to is checked as a condition written by hand would be, and any
          // problem is an issue at the goal's `when`, never an exception out of the refinement.
          const parsed = parseWithin(conditionSchema, compiled, ctx, () => [...at, "when"]);
          if (parsed === undefined) return;
          condition = parsed;
          rememberGoalCondition(goal, condition);
        }
        if (condition !== null) {
          conditionValues(condition, "priority", [...at, "when"], (value, path) => {
            checkPriority(value, typeof goal.when === "string" ? [...at, "when"] : path);
          });
          conditionValues(condition, "status", [...at, "when"], (value, path) => {
            checkStatus(value, statusIds, path, ctx);
          });
        }
      });
    });
    const metricIds = new Set<string>(METRIC_IDS);
    const defined = set.metrics.map((metric) => metric.id);
    const vocabulary: Vocabulary = { metricIds, defined, statuses };
    set.metrics.forEach((metric, index) => {
      if (metricIds.has(metric.id)) {
        ctx.addIssue({ code: "custom", path: ["metrics", index, "id"], message: `Two metrics have the id "${metric.id}"`, params: { code: "duplicate_id" }, input: metric.id });
      }
      metricIds.add(metric.id);
    });
    set.metrics.forEach((metric, index) => {
      checkMetric(metric, vocabulary, ["metrics", index], ctx);
    });
    const ids = new Set<string>();
    set.policies.forEach((policy, index) => {
      if (ids.has(policy.id)) {
        ctx.addIssue({ code: "custom", path: ["policies", index, "id"], message: `Two policies have the id "${policy.id}"`, params: { code: "duplicate_id" }, input: policy.id });
      }
      ids.add(policy.id);
      checkPolicyValues(policy as SlaPolicy, set.priorities, statusIds, ["policies", index], ctx);
      policy.targets.forEach((target, targetIndex) => {
        if (withGoals.has(target.metric)) {
          ctx.addIssue({
            code: "custom",
            path: ["policies", index, "targets", targetIndex, "metric"],
            message: `The metric "${target.metric}" sets its own targets in its goals, so a policy cannot target it: change the metric's goals, or remove its goals and target it from the policies`,
            params: { code: "inconsistent_facts" },
            input: target.metric,
          });
        }
        if (!metricIds.has(target.metric)) {
          ctx.addIssue({
            code: "custom",
            path: ["policies", index, "targets", targetIndex, "metric"],
            message: unknownMetricMessage(target.metric, defined),
            params: { code: "unknown_metric", allowed: [...METRIC_IDS, ...defined] },
            input: target.metric,
          });
        }
        checkPausedBy(target.pausedBy, vocabulary, ["policies", index, "targets", targetIndex, "pausedBy"], ctx);
        const problem = calendarProblem(target.calendar);
        if (problem !== null) {
          ctx.addIssue({ code: "custom", path: ["policies", index, "targets", targetIndex, "calendar"], message: problem, params: { code: "not_a_calendar" }, input: target.calendar });
        }
      });
    });
  })
  .transform((set) => {
    // A target pauses on its metric's own pause statuses (custom ones of a paused category
    // included) unless it says otherwise.
    const compiled = compileMetrics([...ZENDESK_METRICS, ...set.metrics], statusCategories(set.statuses));
    const policies = set.policies.map((policy) => ({
      ...policy,
      targets: policy.targets.map((target) => (target.pausedBy !== null ? target : { ...target, pausedBy: compiled.byId.get(target.metric)?.pausedStatuses ?? [] })),
    }));
    const deriveFacts = set.deriveFacts === undefined ? undefined : checkedDerive(set.deriveFacts, set.priorities);
    return { ...set, policies, ...(deriveFacts === undefined ? {} : { deriveFacts }) } as SlaPolicySet;
  });

/** What a set's metrics and targets may name. */
interface Vocabulary {
  readonly metricIds: ReadonlySet<string>;
  readonly defined: readonly string[];
  /** Every status the clocks know, with its category: Zendesk's and the set's own. */
  readonly statuses: ReadonlyMap<string, StatusCategory>;
}

function checkState(state: ClockState, vocabulary: Vocabulary, path: PropertyKey[], ctx: z.core.$RefinementCtx): void {
  if ("not" in state) checkState(state.not, vocabulary, [...path, "not"], ctx);
  else if ("completed" in state && !vocabulary.metricIds.has(state.completed)) {
    ctx.addIssue({ code: "custom", path: [...path, "completed"], message: unknownMetricMessage(state.completed, vocabulary.defined), params: { code: "unknown_metric", allowed: [...METRIC_IDS, ...vocabulary.defined] }, input: state.completed });
  } else if ("status" in state) checkStatuses(state.status, vocabulary, [...path, "status"], ctx);
}

function checkStates(states: readonly ClockState[] | undefined, vocabulary: Vocabulary, path: PropertyKey[], ctx: z.core.$RefinementCtx): void {
  states?.forEach((state, index) => {
    checkState(state, vocabulary, [...path, index], ctx);
  });
}

function checkStatuses(statuses: readonly string[] | undefined, vocabulary: Vocabulary, path: PropertyKey[], ctx: z.core.$RefinementCtx): void {
  statuses?.forEach((status, index) => {
    if (!vocabulary.statuses.has(status)) {
      ctx.addIssue({
        code: "custom",
        path: [...path, index],
        message: unknownStatusMessage(status, [...vocabulary.statuses.keys()]),
        params: { code: "unknown_value", allowed: [...vocabulary.statuses.keys()] },
        input: status,
      });
    }
  });
}

/** A defined metric names only known statuses and metrics. */
function checkMetric(metric: MetricDefinition, vocabulary: Vocabulary, path: PropertyKey[], ctx: z.core.$RefinementCtx): void {
  const checkHits = (hits: readonly ClockHit[], key: string): void => {
    hits.forEach((hit, index) => {
      const at = [...path, key, index];
      if (hit.on === "status_entered" || hit.on === "status_left") checkStatuses(hit.status, vocabulary, [...at, "status"], ctx);
      checkStates(hit.if, vocabulary, [...at, "if"], ctx);
      checkStates(hit.deferWhile, vocabulary, [...at, "deferWhile"], ctx);
    });
  };
  checkHits(metric.start, "start");
  checkHits(metric.stop, "stop");
  checkStates(metric.pause, vocabulary, [...path, "pause"], ctx);
}

/** A target's pausedBy names statuses in which a ticket is still unsolved. */
function checkPausedBy(pausedBy: readonly string[] | null, vocabulary: Vocabulary, path: PropertyKey[], ctx: z.core.$RefinementCtx): void {
  const pausable = [...vocabulary.statuses].filter(([, category]) => category !== "solved" && category !== "closed").map(([status]) => status);
  pausedBy?.forEach((status, index) => {
    if (!pausable.includes(status)) {
      ctx.addIssue({
        code: "custom",
        path: [...path, index],
        message: `Invalid option: expected one of ${pausable.map((entry) => `"${entry}"`).join("|")}, received ${describeValue(status)}`,
        params: { code: "unknown_value", allowed: pausable },
        input: status,
      });
    }
  });
}

/**
 * The zod schema of a policy set: the ordered policies (first match wins), the calendars their
 * targets name, an optional `deriveFacts` function that derives the ticket's priority on
 * creation and support level before the policies are matched (the 2026 edition derives them
 * from severity and plan), an optional name and optional JSON `parameters` describing how the set was built.
 *
 * Checks: policy ids are unique (`duplicate_id`); every target names a calendar of the set,
 * `"around_the_clock"` or `"ticket_calendar"` (`not_a_calendar`); neither reserved name is
 * redefined. A ticket's own calendar (for `"ticket_calendar"` targets) must name one of the
 * set's calendars when it is used (`not_a_calendar` from `evaluateSla`).
 *
 * @example
 * ```ts
 * slaPolicySetSchema.parse({
 *   policies: [{ id: "all", name: "Everything", targets: [{ metric: "first_reply", duration: { hours: 8 }, calendar: "global" }] }],
 *   calendars: { global: globalSupportHours },
 * }).policies.length;
 * // => 1
 * ```
 */
export const slaPolicySetSchema: z.ZodType<SlaPolicySet, SlaPolicySetInput> = policySetShape;
