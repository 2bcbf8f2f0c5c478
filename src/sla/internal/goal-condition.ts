import { compileJql } from "../compile-jql.js";
import { type Condition, conditionSchema } from "../condition.js";
import type { MetricGoal } from "../metric-definition.js";

// The condition each parsed goal compiled to, so a goal's JQL is compiled once, when its set is
// prepared; a goal built by hand is compiled on first use.
const conditions = new WeakMap<MetricGoal, Condition | null>();

/** Records the condition a goal was parsed to. */
export function rememberGoalCondition(goal: MetricGoal, condition: Condition | null): void {
  conditions.set(goal, condition);
}

/** The condition a goal applies under (its JQL compiled), or null for the catch-all. */
export function goalCondition(goal: MetricGoal): Condition | null {
  let condition = conditions.get(goal);
  if (condition === undefined) {
    condition = goal.when === null ? null : conditionSchema.parse(typeof goal.when === "string" ? compileJql(goal.when) : goal.when);
    conditions.set(goal, condition);
  }
  return condition;
}
