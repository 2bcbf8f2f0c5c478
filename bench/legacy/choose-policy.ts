import type { SlaConditions, SlaPolicy, SlaTarget } from "../../src/sla/sla-policy.js";
import type { MetricId, PriorityId, SupportLevel } from "../../src/sla/sla-vocabulary.js";
import type { Ticket } from "../../src/sla/ticket.js";

/** The policy in force for a ticket at one priority. */
export type PolicyChoice =
  | { readonly kind: "matched"; readonly policy: SlaPolicy }
  | { readonly kind: "none" }
  | { readonly kind: "unknown"; readonly policy: SlaPolicy; readonly missing: readonly string[] };

type Verdict = "yes" | "no" | "unknown";

function tagsHold(condition: SlaConditions["tags"], tags: readonly string[]): boolean {
  if (condition === undefined) return true;
  const has = (tag: string): boolean => tags.includes(tag);
  if (condition.any !== undefined && !condition.any.some(has)) return false;
  if (condition.all !== undefined && !condition.all.every(has)) return false;
  if (condition.none?.some(has) === true) return false;
  return true;
}

/**
 * Three-valued: a condition on a fact the ticket does not give (its plan or support level) is
 * unknown, and an unknown earlier policy blocks later ones, because it might have matched first.
 */
function judge(conditions: SlaConditions, ticket: Ticket, priority: PriorityId | null, supportLevel: SupportLevel | null, missing: string[]): Verdict {
  const { organization } = ticket;
  // Stryker disable StringLiteral: choosePolicy only asks whether a verdict is "yes" or "unknown", so any other text reads as "no"
  if (conditions.channel !== undefined && !conditions.channel.includes(ticket.channel)) return "no";
  if (conditions.priority !== undefined && !conditions.priority.includes(priority)) return "no";
  if (conditions.form !== undefined && !conditions.form.includes(ticket.form)) return "no";
  if (!tagsHold(conditions.tags, ticket.tags)) return "no";
  if (!tagsHold(conditions.organizationTags, organization.tags)) return "no";
  // Stryker restore StringLiteral
  let verdict: Verdict = "yes";
  if (conditions.plan !== undefined) {
    if (organization.plan === null) {
      missing.push("organization.plan");
      verdict = "unknown";
    } else if (!conditions.plan.includes(organization.plan)) return "no";
  }
  if (conditions.supportLevel !== undefined) {
    if (supportLevel === null) {
      missing.push("organization.supportLevel");
      verdict = "unknown";
    } else if (!conditions.supportLevel.includes(supportLevel)) return "no";
  }
  return verdict;
}

/** The first policy whose conditions hold for the ticket at `priority`, with its (derived) support level. */
export function choosePolicy(policies: readonly SlaPolicy[], ticket: Ticket, priority: PriorityId | null, supportLevel: SupportLevel | null): PolicyChoice {
  for (const policy of policies) {
    const missing: string[] = [];
    const verdict = judge(policy.conditions as SlaConditions, ticket, priority, supportLevel, missing);
    if (verdict === "yes") return { kind: "matched", policy };
    if (verdict === "unknown") return { kind: "unknown", policy, missing };
  }
  return { kind: "none" };
}

interface TargetIndex {
  readonly byPriority: Map<PriorityId, SlaTarget>;
  anyPriority: SlaTarget | undefined;
}

const targetIndexes = new WeakMap<SlaPolicy, Map<MetricId, TargetIndex>>();

function indexTargets(policy: SlaPolicy): Map<MetricId, TargetIndex> {
  const index = new Map<MetricId, TargetIndex>();
  for (const target of policy.targets) {
    const metric = target.metric as MetricId;
    let entry = index.get(metric);
    if (entry === undefined) {
      entry = { byPriority: new Map(), anyPriority: undefined };
      index.set(metric, entry);
    }
    if (target.priority === null) entry.anyPriority = target;
    else entry.byPriority.set(target.priority, target);
  }
  targetIndexes.set(policy, index);
  return index;
}

/** The policy's target for a metric at a priority: the priority's own, else the every-priority one. */
export function targetFor(policy: SlaPolicy, metric: MetricId, priority: PriorityId | null): SlaTarget | undefined {
  const entry = (targetIndexes.get(policy) ?? indexTargets(policy)).get(metric);
  if (entry === undefined) return undefined;
  return (priority === null ? undefined : entry.byPriority.get(priority)) ?? entry.anyPriority;
}
