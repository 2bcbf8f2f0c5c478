import { isPreparedPolicySet, markPolicySetPrepared } from "./internal/clocks/prepared.js";
import { parseFields } from "./internal/clocks/parse-fields.js";
import { type SlaPolicySet, type SlaPolicySetInput, slaPolicySetSchema } from "./sla-policy-set.js";

/**
 * Validates a policy set once and returns it parsed and frozen; {@link evaluateSla} trusts a set
 * returned from here without validating it again. Both editions are prepared sets. The input is
 * not modified.
 *
 * @param input - the policies (first match wins, docs/rules.md §2 "Policy choice") and the calendars
 *   their targets name
 * @returns the parsed set, frozen
 * @throws {@link SupportPolicyError} `no_targets`, `unknown_metric`, `unknown_field`,
 *   `duplicate_id`, `not_a_calendar`, `invalid_duration`, with the path to the bad field
 *
 * @example
 * ```ts
 * const set = prepareSlaPolicies({
 *   policies: [{ id: "all", name: "Everything", targets: [{ metric: "first_reply", duration: { hours: 8 }, calendar: "global" }] }],
 *   calendars: { global: globalSupportHours },
 * });
 * set.policies[0]?.targets[0]?.durationMs; // => 28800000
 * ```
 */
export function prepareSlaPolicies(input: SlaPolicySetInput | SlaPolicySet): SlaPolicySet {
  if (isPreparedPolicySet(input)) return input;
  return markPolicySetPrepared(parseFields(slaPolicySetSchema, input, ["policySet"]));
}
