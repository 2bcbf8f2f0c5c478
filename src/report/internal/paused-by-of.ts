import { DEFAULT_PAUSED_BY } from "../../sla/sla-policy.js";
import type { SlaPolicySet } from "../../sla/sla-policy-set.js";
import type { MetricCycle } from "../../sla/sla-report.js";
import { METRIC_IDS, type MetricId } from "../../sla/sla-vocabulary.js";

/**
 * The statuses that paused a cycle: those of the target the cycle was measured against (its
 * policy's target for the metric at the cycle's priority, else the every-priority target), or
 * the metric's defaults when the policy set no longer holds that policy. The report names the
 * policy and priority of each cycle, so the target is found again rather than guessed. A
 * prepared policy set has every target's statuses filled in, its own metrics' included.
 */
export function pausedByOf(policySet: SlaPolicySet, metric: string, cycle: MetricCycle): readonly string[] {
  const policy = policySet.policies.find((candidate) => candidate.id === cycle.policyId);
  const targets = policy === undefined ? [] : policy.targets.filter((target) => target.metric === metric);
  const target = (cycle.priority === null ? undefined : targets.find((candidate) => candidate.priority === cycle.priority)) ?? targets.find((candidate) => candidate.priority === null);
  if (target !== undefined) return target.pausedBy;
  return (METRIC_IDS as readonly string[]).includes(metric) ? DEFAULT_PAUSED_BY[metric as MetricId] : [];
}
