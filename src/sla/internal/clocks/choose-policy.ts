import type { SlaPolicy, SlaTarget } from "../../sla-policy.js";
import type { PriorityId } from "../../sla-vocabulary.js";
import { type CompiledCondition, compiledCondition, evaluateCompiled } from "../evaluate-condition.js";
import { policyCondition } from "../policy-condition.js";
import type { TicketState } from "../ticket-state.js";

/** The policy in force for a ticket at one priority. */
export type PolicyChoice =
  | { readonly kind: "matched"; readonly policy: SlaPolicy }
  | { readonly kind: "none" }
  | { readonly kind: "unknown"; readonly policy: SlaPolicy; readonly missing: readonly string[] };

/** A set's policies ready to choose from: each one's compiled condition and its matched choice. */
interface Chooser {
  readonly conditions: readonly CompiledCondition[];
  readonly matched: readonly PolicyChoice[];
}

const choosers = new WeakMap<readonly SlaPolicy[], Chooser>();
const NONE: PolicyChoice = Object.freeze({ kind: "none" });

function chooserOf(policies: readonly SlaPolicy[]): Chooser {
  let chooser = choosers.get(policies);
  // Stryker disable next-line ConditionalExpression: a cache: compiling again gives the same chooser
  if (chooser === undefined) {
    chooser = {
      conditions: policies.map((policy) => compiledCondition(policyCondition(policy.conditions))),
      matched: policies.map((policy): PolicyChoice => Object.freeze({ kind: "matched", policy })),
    };
    choosers.set(policies, chooser);
  }
  return chooser;
}

/** The facts an undecidable condition lacks; one list for every choice, emptied before each condition. */
const missing: string[] = [];

/**
 * The first policy whose condition holds for the ticket as it stands (one evaluator for field
 * lists and condition trees). Three-valued: a condition on a fact the ticket does not give (its
 * plan or support level) is unknown, and an unknown earlier policy blocks later ones, because it
 * might have matched first. The conditions are compiled once per list of policies, and a matched
 * choice is one shared object per policy.
 */
export function choosePolicy(policies: readonly SlaPolicy[], state: TicketState): PolicyChoice {
  const { conditions, matched } = chooserOf(policies);
  for (let index = 0; index < conditions.length; index++) {
    if (missing.length !== 0) missing.length = 0;
    const verdict = evaluateCompiled(conditions[index] as CompiledCondition, state, missing);
    if (verdict === "yes") return matched[index] as PolicyChoice;
    if (verdict === "unknown") return { kind: "unknown", policy: policies[index] as SlaPolicy, missing: [...new Set(missing)] };
  }
  return NONE;
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

// The policy asked for last, and its targets: an evaluation asks for one policy's targets once
// per targeted metric and per cycle, and a WeakMap look-up each time cost more than the rest of
// the question.
let lastPolicy: SlaPolicy | null = null;
let lastIndex = new Map<string, TargetIndex>();

/** The policy's target for a metric at a priority: the priority's own, else the every-priority one. */
export function targetFor(policy: SlaPolicy, metric: string, priority: PriorityId | null): SlaTarget | undefined {
  // Stryker disable next-line ConditionalExpression: a cache: the look-up below answers alike
  if (policy !== lastPolicy) {
    lastIndex = targetIndexes.get(policy) ?? indexTargets(policy);
    lastPolicy = policy;
  }
  const entry = lastIndex.get(metric);
  if (entry === undefined) return undefined;
  return (priority === null ? undefined : entry.byPriority.get(priority)) ?? entry.anyPriority;
}
