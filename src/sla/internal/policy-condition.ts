import type { Condition, FieldCondition } from "../condition.js";
import type { SlaConditions, TagCondition } from "../sla-policy.js";

const compiled = new WeakMap<object, Condition>();

function tagParts(field: "tags" | "organizationTags", condition: TagCondition | undefined): FieldCondition[] {
  if (condition === undefined) return [];
  const parts: FieldCondition[] = [];
  if (condition.any !== undefined) parts.push({ field, operator: "includes", value: condition.any });
  for (const tag of condition.all ?? []) parts.push({ field, operator: "includes", value: [tag] });
  if (condition.none !== undefined) parts.push({ field, operator: "not_includes", value: condition.none });
  return parts;
}

/** Whether a policy's conditions are written in the condition model rather than as the field lists. */
export function isConditionTree(conditions: SlaConditions | Condition): conditions is Condition {
  return "field" in conditions || "all" in conditions || "any" in conditions || "not" in conditions;
}

/**
 * A policy's conditions in the condition model, so one evaluator judges every policy: the field
 * lists (`channel: [...]`, `tags: { any, all, none }`, ...) become `is` one-of and `includes` /
 * `not_includes` conditions, all of which must hold. Cached per conditions object.
 */
export function policyCondition(conditions: SlaConditions | Condition): Condition {
  if (isConditionTree(conditions)) return conditions;
  let condition = compiled.get(conditions);
  if (condition === undefined) {
    const parts: FieldCondition[] = [];
    if (conditions.channel !== undefined) parts.push({ field: "channel", operator: "is", value: conditions.channel });
    if (conditions.priority !== undefined) parts.push({ field: "priority", operator: "is", value: conditions.priority });
    if (conditions.form !== undefined) parts.push({ field: "form", operator: "is", value: conditions.form });
    parts.push(...tagParts("tags", conditions.tags), ...tagParts("organizationTags", conditions.organizationTags));
    if (conditions.plan !== undefined) parts.push({ field: "plan", operator: "is", value: conditions.plan });
    if (conditions.supportLevel !== undefined) parts.push({ field: "supportLevel", operator: "is", value: conditions.supportLevel });
    condition = { all: parts };
    compiled.set(conditions, condition);
  }
  return condition;
}
