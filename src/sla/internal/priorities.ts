import * as z from "zod";
import { describeValue } from "../../shared/describe-value.js";
import { SupportPolicyError } from "../../shared/errors.js";
import { nearestValue } from "../../shared/nearest-value.js";
import { idSchema } from "../../shared/id-schema.js";
import type { Condition, ConditionScalar } from "../condition.js";

/**
 * A priority id as a ticket, a target or a condition writes it: lower-case letters, digits and
 * underscores. Whether the id is one the policy set declares is checked by the set (its
 * `priorities`, Zendesk's by default), since a ticket is parsed without knowing its set.
 */
export const priorityIdSchema: z.ZodString = idSchema("priority");

/**
 * The message for a priority the set does not declare: the value received and the declared ids
 * (lowest first). Where it is a zod issue, `params.allowed` carries the list and the error adds
 * the nearest ("did you mean"); {@link failUnknownPriority} adds it itself.
 */
export function unknownPriorityMessage(value: unknown, declared: readonly string[]): string {
  return `Unknown priority ${describeValue(value)}: expected one of the policy set's priorities ${declared.join(", ")}`;
}

/** Throws `unknown_value` for a priority the set does not declare, suggesting the nearest declared one when one is close. */
export function failUnknownPriority(value: string, declared: readonly string[], path: readonly PropertyKey[]): never {
  const suggestion = nearestValue(value, declared);
  const message = unknownPriorityMessage(value, declared) + (suggestion === undefined ? "" : `; did you mean ${JSON.stringify(suggestion)}?`);
  throw new SupportPolicyError([{ code: "unknown_value", path, message, allowed: declared, ...(suggestion === undefined ? {} : { suggestion }) }]);
}

/**
 * Calls `visit` with every value a condition compares `field` with (`"priority"`, `"status"`) and
 * its path, so a policy set can check them against what it declares. `null` (no value) is not a
 * value to check.
 */
export function conditionValues(condition: Condition, field: "priority" | "status", path: readonly PropertyKey[], visit: (value: ConditionScalar, path: readonly PropertyKey[]) => void): void {
  if ("field" in condition) {
    if (condition.field !== field || condition.value === undefined) return;
    const { value } = condition;
    if (Array.isArray(value)) {
      value.forEach((item: ConditionScalar, index: number) => {
        if (item !== null) visit(item, [...path, "value", index]);
      });
    } else if (value !== null) visit(value as ConditionScalar, [...path, "value"]);
    return;
  }
  if ("not" in condition) {
    conditionValues(condition.not, field, [...path, "not"], visit);
    return;
  }
  if ("all" in condition) {
    condition.all.forEach((part, index) => {
      conditionValues(part, field, [...path, "all", index], visit);
    });
  }
  condition.any?.forEach((part, index) => {
    conditionValues(part, field, [...path, "any", index], visit);
  });
}
