import type * as z from "zod";
import { describeValue } from "../../shared/describe-value.js";
import { SupportPolicyError } from "../../shared/errors.js";
import { nearestValue } from "../../shared/nearest-value.js";
import { idOfName } from "./id-of-name.js";
import type { CustomStatus } from "../metric-definition.js";
import { TICKET_STATUSES } from "../sla-vocabulary.js";

/**
 * Every status id a policy set knows, in order: Zendesk's six, then the custom statuses it
 * declares. Conditions, clock states and targets may name only these.
 */
export function declaredStatusIds(custom: readonly CustomStatus[]): string[] {
  return [...TICKET_STATUSES, ...custom.map((status) => status.id)];
}

/**
 * The message for a status the set does not declare: the value received and the declared ids.
 * Where it is a zod issue, `params.allowed` carries the list and the error adds the nearest
 * ("did you mean"); {@link failUnknownStatus} adds it itself.
 */
export function unknownStatusMessage(value: unknown, declared: readonly string[]): string {
  return `Unknown status ${describeValue(value)}: expected one of the policy set's statuses ${declared.join(", ")}`;
}

/** Adds an `unknown_value` issue when `value` (a text of the right shape) is not one of the `declared` status ids. */
export function checkStatus(value: unknown, declared: readonly string[], path: readonly PropertyKey[], ctx: z.core.$RefinementCtx): void {
  // A value of the wrong shape has its own error from the schema.
  if (typeof value !== "string" || declared.includes(value)) return;
  ctx.addIssue({ code: "custom", path: [...path], message: unknownStatusMessage(value, declared), params: { code: "unknown_value", allowed: declared }, input: value });
}

/** Throws `unknown_value` for a status the set does not declare, suggesting the nearest declared one when one is close. */
export function failUnknownStatus(value: string, declared: readonly string[], path: readonly PropertyKey[], message = unknownStatusMessage(value, declared)): never {
  const suggestion = nearestValue(value, declared);
  const full = message + (suggestion === undefined ? "" : `; did you mean ${JSON.stringify(suggestion)}?`);
  throw new SupportPolicyError([{ code: "unknown_value", path, message: full, allowed: declared, ...(suggestion === undefined ? {} : { suggestion }) }]);
}

/**
 * The status id a name written in JQL stands for, among Zendesk's six and the `custom` statuses
 * (JQL compares case-insensitively): a custom status by its name, then any status by its id
 * (`"On hold"` is `on_hold`); undefined when none is.
 */
export function statusOfName(name: string, custom: readonly CustomStatus[]): string | undefined {
  const wanted = name.trim().toLowerCase();
  for (const status of custom) if (status.name?.toLowerCase() === wanted) return status.id;
  const id = idOfName(name);
  if ((TICKET_STATUSES as readonly string[]).includes(id)) return id;
  return custom.find((status) => status.id === id)?.id;
}
