import type { Condition } from "../../condition.js";
import type { SlaPolicySet } from "../../sla-policy-set.js";
import type { CycleGoal } from "../../sla-report.js";
import { conditionFields } from "../evaluate-condition.js";
import { goalCondition } from "../goal-condition.js";
import type { CompiledMetrics } from "./compile-metrics.js";
import type { MeasuredTarget } from "./measure-cycle.js";

/** A metric's goals, ready to choose from: the condition, target and report entry of each. */
export interface GoalPlan {
  readonly conditions: readonly (Condition | null)[];
  readonly targets: readonly MeasuredTarget[];
  readonly refs: readonly CycleGoal[];
}

/** Per metric index, its goals (undefined for a metric that policies target), and every field the goals read. */
export interface SetGoals {
  readonly plans: readonly (GoalPlan | undefined)[];
  readonly fields: ReadonlySet<string>;
  /** Whether any metric of the set has goals. */
  readonly any: boolean;
}

const NO_GOALS: SetGoals = { plans: [], fields: new Set(), any: false };
const cache = new WeakMap<SlaPolicySet, SetGoals>();

/**
 * The goals of a set's metrics, built once per set: each goal becomes the target a cycle is
 * measured against (its metric, the goal's target and calendar, the metric's own pause
 * statuses), so choosing a goal for a cycle costs one condition evaluation per goal tried.
 */
export function goalsOfSet(set: SlaPolicySet, metrics: CompiledMetrics): SetGoals {
  if (set.metrics.length === 0) return NO_GOALS;
  let found = cache.get(set);
  if (found === undefined) {
    const plans: (GoalPlan | undefined)[] = new Array<GoalPlan | undefined>(metrics.metrics.length).fill(undefined);
    const fields = new Set<string>();
    for (const definition of set.metrics) {
      const compiled = metrics.byId.get(definition.id);
      if (definition.goals === undefined || compiled === undefined) continue;
      const conditions = definition.goals.map((goal) => goalCondition(goal));
      for (const condition of conditions) if (condition !== null) conditionFields(condition, fields);
      plans[compiled.index] = {
        conditions,
        targets: definition.goals.map((goal) => ({ metric: definition.id, priority: null, durationMs: goal.target, calendar: goal.calendar, notBeforeMs: null, pausedBy: compiled.pausedStatuses })),
        refs: definition.goals.map((goal, index) => ({ index, when: goal.when })),
      };
    }
    found = { plans, fields, any: plans.some((plan) => plan !== undefined) };
    cache.set(set, found);
  }
  return found;
}
