import { fc, test } from "../support/property.js";
import { describe, expect, it } from "vitest";
import { checkHostileUserIssue } from "../../src/policies/index.js";
import { describeError, thrown } from "./helpers.js";

describe("checkHostileUserIssue", () => {
  it('"a confidential issue with the communication history, links and a summary, including the Support Lead, VP of Engineering and Director of PeopleOps"', () => {
    const complete = checkHostileUserIssue({
      confidential: true,
      includesCommunicationHistory: true,
      includesLinks: true,
      includesSummary: true,
      people: ["support_lead", "vp_engineering", "director_people_ops"],
    });
    expect(complete.outcome).toBe("complete");
    expect(complete.unmet).toEqual([]);
    const draft = checkHostileUserIssue({ confidential: false, includesSummary: true, people: ["support_lead", "other"] });
    expect(draft.outcome).toBe("incomplete");
    expect(draft.unmet).toEqual(["confidential", "communication_history", "links", "vp_engineering", "director_people_ops"]);
    expect(draft.next?.message).toBe(
      "Before filing: make the issue confidential; add the history of the user's communication; add the relevant links; include the VP of Engineering; include the Director of PeopleOps",
    );
  });

  it("an unknown role is a typed error", () => {
    expect(describeError(thrown(() => checkHostileUserIssue({ people: ["ceo" as "other"] })))[1]).toEqual(["issue", "people", 0]);
  });

  test.prop([fc.record({ confidential: fc.boolean(), includesCommunicationHistory: fc.boolean(), includesLinks: fc.boolean(), includesSummary: fc.boolean() }, { requiredKeys: [] }), fc.subarray(["support_lead", "vp_engineering", "director_people_ops", "other"] as const)])(
    "complete exactly when nothing is unmet, and every unmet item has a reason",
    (flags, people) => {
      const decision = checkHostileUserIssue({ ...flags, people });
      expect(decision.outcome === "complete").toBe(decision.unmet.length === 0);
      if (decision.outcome === "incomplete") expect(decision.reasons).toHaveLength(decision.unmet.length);
    },
  );

  it("does not mutate its input and its decision survives a JSON round trip", () => {
    const issue = { confidential: true, people: Object.freeze(["support_lead" as const]) };
    Object.freeze(issue);
    const decision = checkHostileUserIssue(issue);
    expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
    expect(issue).toEqual({ confidential: true, people: ["support_lead"] });
  });
});
