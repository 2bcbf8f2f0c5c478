import { describe, expect, it } from "vitest";
import { checkEmergencyEligibility } from "../../src/routing/check-emergency-eligibility.js";
import { expectError } from "./helpers.js";

const RULE = "§4 emergencies (2026): emergency eligibility is Premium or above; otherwise downgraded to priority High";

describe("checkEmergencyEligibility, full decisions", () => {
  it('"emergency eligibility: Premium or above": premium and ultimate get priority Urgent', () => {
    for (const plan of ["silver", "premium", "gold", "ultimate", "dedicated", "us_government_12x5", "us_government_24x7"] as const) {
      expect(checkEmergencyEligibility({ plan })).toEqual({
        outcome: "eligible",
        priority: "urgent",
        reasons: [{ code: "plan_premium_or_above", rule: RULE, message: `The ${plan} plan includes emergency support`, facts: { plan } }],
      });
    }
  });

  it('"otherwise downgraded to priority High": every plan below Premium', () => {
    for (const plan of ["free", "trial", "oss", "edu", "startup", "starter", "bronze"] as const) {
      expect(checkEmergencyEligibility({ plan })).toEqual({
        outcome: "downgrade_to_high",
        priority: "high",
        reasons: [
          {
            code: "plan_below_premium",
            rule: RULE,
            message: `The ${plan} plan does not include emergency support: handle the ticket at priority High`,
            facts: { plan },
          },
        ],
      });
    }
  });

  it("no plan: cannot decide, with no priority", () => {
    expect(checkEmergencyEligibility({})).toEqual({
      outcome: "cannot_decide",
      reasons: [{ code: "plan_unknown", rule: RULE, message: "The plan is not given, so emergency eligibility cannot be decided", facts: { plan: null } }],
      missing: ["plan"],
    });
  });

  it("rejects a fact it does not know", () => {
    expectError(() => checkEmergencyEligibility({ tier: "gold" } as never), "unknown_key", ["facts", "tier"], "tier");
  });
});
