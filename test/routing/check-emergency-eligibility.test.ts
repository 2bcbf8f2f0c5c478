import { describe, expect, it } from "vitest";
import { checkEmergencyEligibility } from "../../src/routing/check-emergency-eligibility.js";
import { PLANS } from "../../src/shared/plan.js";
import { expectError, roundTrip } from "./helpers.js";

describe("checkEmergencyEligibility", () => {
  const PREMIUM_OR_ABOVE = ["silver", "premium", "gold", "ultimate", "dedicated", "us_government_12x5", "us_government_24x7"] as const;

  it('"emergency eligibility: Premium or above" (their legacy SaaS names, Dedicated and US Government included)', () => {
    for (const plan of PREMIUM_OR_ABOVE) {
      const d = checkEmergencyEligibility({ plan });
      expect(d).toMatchObject({ outcome: "eligible", priority: "urgent" });
      expect(d.reasons[0]?.code).toBe("plan_premium_or_above");
    }
  });

  it('"otherwise the emergency is downgraded to priority High"', () => {
    const below = PLANS.filter((p) => !(PREMIUM_OR_ABOVE as readonly string[]).includes(p));
    expect(below).toEqual(["free", "trial", "oss", "edu", "startup", "starter", "bronze"]);
    for (const plan of below) {
      expect(checkEmergencyEligibility({ plan })).toMatchObject({ outcome: "downgrade_to_high", priority: "high" });
    }
  });

  it("an unknown plan is not a no: cannot decide, with the missing fact", () => {
    const d = checkEmergencyEligibility({});
    expect(d).toMatchObject({ outcome: "cannot_decide", missing: ["plan"] });
    expect(d.priority).toBeUndefined();
    expect(roundTrip(d)).toEqual(d);
  });

  it("rejects a plan it does not know, naming the plan received and the nearest plan", () => {
    expectError(() => checkEmergencyEligibility({ plan: "platinum" }), "unknown_value", ["facts", "plan"], 'Unknown plan "platinum"');
    expectError(() => checkEmergencyEligibility({ plan: "startups" }), "unknown_value", ["facts", "plan"], /Unknown plan "startups"; expected one of free, trial, oss, .*; did you mean "startup"\?$/);
  });

  it("reads every plan id the SLA editions read, in any case (the plan vocabulary is one)", () => {
    for (const plan of PLANS) expect(checkEmergencyEligibility({ plan: plan.toUpperCase() }).reasons[0]?.facts).toEqual({ plan });
  });

  it('"the EDU, OSS and Startup programs" are plans of their own: the name of the three together is refused, saying which ids to use', () => {
    expectError(() => checkEmergencyEligibility({ plan: "community_program" }), "unknown_value", ["facts", "plan"], 'the community programs are plans of their own, "oss", "edu" and "startup"');
  });
});
