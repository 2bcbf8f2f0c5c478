import { describe, expect, it } from "vitest";
import { PLANS, type Plan, checkEmergencyEligibility } from "../../src/routing/check-emergency-eligibility.js";
import { expectError, roundTrip } from "./helpers.js";

describe("checkEmergencyEligibility", () => {
  it('"emergency eligibility: Premium or above"', () => {
    for (const plan of ["premium", "ultimate"] as const) {
      const d = checkEmergencyEligibility({ plan });
      expect(d).toMatchObject({ outcome: "eligible", priority: "urgent" });
      expect(d.reasons[0]?.code).toBe("plan_premium_or_above");
    }
  });

  it('"otherwise the emergency is downgraded to priority High"', () => {
    for (const plan of PLANS.filter((p) => p !== "premium" && p !== "ultimate")) {
      expect(checkEmergencyEligibility({ plan })).toMatchObject({ outcome: "downgrade_to_high", priority: "high" });
    }
  });

  it("an unknown plan is not a no: cannot decide, with the missing fact", () => {
    const d = checkEmergencyEligibility({});
    expect(d).toMatchObject({ outcome: "cannot_decide", missing: ["plan"] });
    expect(d.priority).toBeUndefined();
    expect(roundTrip(d)).toEqual(d);
  });

  it("rejects a plan it does not know", () => {
    expectError(() => checkEmergencyEligibility({ plan: "platinum" as Plan }), "unknown_value", ["facts", "plan"], 'Unknown plan "platinum"');
  });
});
