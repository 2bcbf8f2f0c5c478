import type { SlaPolicy, SlaTarget } from "../../sla-policy.js";
import type { PriorityId } from "../../sla-vocabulary.js";
import { evaluateCondition } from "../evaluate-condition.js";
import { policyCondition } from "../policy-condition.js";
import type { TicketState } from "../ticket-state.js";

/** The policy in force for a ticket at one priority. */
export type PolicyChoice =
  | { readonly kind: "matched"; readonly policy: SlaPolicy }
  | { readonly kind: "none" }
  | { readonly kind: "unknown"; readonly policy: SlaPolicy; readonly missing: readonly string[] };

/**
 * The first policy whose condition holds for the ticket as it stands (one evaluator for field
 * lists and condition trees). Three-valued: a condition on a fact the ticket does not give (its
 * plan or support level) is unknown, and an unknown earlier policy blocks later ones, because it
 * might have matched first.
 */
export function choosePolicy(policies: readonly SlaPolicy[], state: TicketState): PolicyChoice {
  for (const policy of policies) {
    const missing: string[] = [];
    const verdict = evaluateCondition(policyCondition(policy.conditions), state, missing);
    if (verdict === "yes") return { kind: "matched", policy };
    if (verdict === "unknown") return { kind: "unknown", policy, missing: [...new Set(missing)] };
  }
  return { kind: "none" };
}

interface TargetIndex {
  readonly byPriority: Map<PriorityId, SlaTarget>;
  anyPriority: SlaTarget | undefined;
}

const targetIndexes = new WeakMap<SlaPolicy, Map<string, TargetIndex>>();

function indexTargets(policy: SlaPolicy): Map<string, TargetIndex> {
  const index = new Map<string, TargetIndex>();
  for (const target of policy.targets) {
    let entry = index.get(target.metric);
    if (entry === undefined) {
      entry = { byPriority: new Map(), anyPriority: undefined };
      index.set(target.metric, entry);
    }
    if (target.priority === null) entry.anyPriority = target;
    else entry.byPriority.set(target.priority, target);
  }
  targetIndexes.set(policy, index);
  return index;
}

/** The policy's target for a metric at a priority: the priority's own, else the every-priority one. */
export function targetFor(policy: SlaPolicy, metric: string, priority: PriorityId | null): SlaTarget | undefined {
  const entry = (targetIndexes.get(policy) ?? indexTargets(policy)).get(metric);
  if (entry === undefined) return undefined;
  return (priority === null ? undefined : entry.byPriority.get(priority)) ?? entry.anyPriority;
}
