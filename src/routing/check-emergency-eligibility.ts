import { match } from "ts-pattern";
import * as z from "zod";
import type { Decision } from "../shared/decision.js";
import { parseInput } from "../shared/errors.js";
import { planSchema } from "../shared/plan.js";
import { orNone } from "../shared/or-none.js";

/**
 * The plan behind an emergency request; the plan may be unknown.
 *
 * @example
 * ```ts
 * emergencyEligibilityFactsSchema.parse({ plan: "premium" }); // => { plan: "premium" }
 * ```
 */
export const emergencyEligibilityFactsSchema = z.strictObject({
  /** The requesting organization's plan, by the library's one plan parser (any case). */
  plan: orNone(planSchema),
});

/**
 * The facts `checkEmergencyEligibility` takes.
 *
 * @example
 * ```ts
 * const facts: EmergencyEligibilityFacts = { plan: "bronze" };
 * ```
 */
export type EmergencyEligibilityFacts = z.input<typeof emergencyEligibilityFactsSchema>;

/**
 * Why an emergency is or is not accepted as one.
 *
 * @example
 * ```ts
 * const code: EmergencyEligibilityCode = "plan_below_premium";
 * ```
 */
export type EmergencyEligibilityCode = "plan_premium_or_above" | "plan_below_premium" | "plan_unknown";

/**
 * The decision: `eligible`, `downgrade_to_high`, or `cannot_decide` when the plan is not given.
 *
 * @example
 * ```ts
 * const d: EmergencyEligibility = { outcome: "downgrade_to_high", priority: "high", reasons: [] };
 * ```
 */
export interface EmergencyEligibility extends Decision<"eligible" | "downgrade_to_high" | "cannot_decide", EmergencyEligibilityCode> {
  /** The priority the ticket gets: urgent when eligible, high when downgraded, absent when undecided. */
  readonly priority?: "urgent" | "high";
}

const RULE = "§4 emergencies (2026): emergency eligibility is Premium or above; otherwise downgraded to priority High";

/**
 * Decides whether an emergency request is accepted as an emergency (docs/rules.md §4, 2026): only
 * Premium or above (Premium, Ultimate, their legacy SaaS names Silver and Gold, Dedicated and the
 * US Government packages); any other plan (free, trial, the `oss`, `edu` and `startup` programs,
 * legacy Starter and Bronze) is downgraded to priority High.
 *
 * @example
 * ```ts
 * checkEmergencyEligibility({ plan: "ultimate" }).outcome; // => "eligible"
 * checkEmergencyEligibility({ plan: "starter" }).priority; // => "high"
 * checkEmergencyEligibility({}).missing; // => ["plan"]
 * ```
 *
 * @throws {SupportPolicyError} `unknown_value` for an unknown plan (naming it and the nearest plan), `unknown_key` for an unknown fact.
 */
export function checkEmergencyEligibility(facts: EmergencyEligibilityFacts): EmergencyEligibility {
  const { plan } = parseInput(emergencyEligibilityFactsSchema, facts, ["facts"]);
  if (plan === undefined) {
    return {
      outcome: "cannot_decide",
      reasons: [{ code: "plan_unknown", rule: RULE, message: "The plan is not given, so emergency eligibility cannot be decided", facts: { plan: null } }],
      missing: ["plan"],
    };
  }
  return match(plan)
    .returnType<EmergencyEligibility>()
    .with("premium", "ultimate", "silver", "gold", "dedicated", "us_government_12x5", "us_government_24x7", (p) => ({
      outcome: "eligible",
      priority: "urgent",
      reasons: [{ code: "plan_premium_or_above", rule: RULE, message: `The ${p} plan includes emergency support`, facts: { plan: p } }],
    }))
    .with("free", "trial", "oss", "edu", "startup", "starter", "bronze", (p) => ({
      outcome: "downgrade_to_high",
      priority: "high",
      reasons: [
        { code: "plan_below_premium", rule: RULE, message: `The ${p} plan does not include emergency support: handle the ticket at priority High`, facts: { plan: p } },
      ],
    }))
    .exhaustive();
}
