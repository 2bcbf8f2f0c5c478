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

describe("checkHostileUserIssue, full decisions", () => {
  const RULE =
    "§11 hostile or threatening users: a confidential issue with the communication history, links and a summary, including the Support Lead, VP of Engineering and Director of PeopleOps";

  it("a complete issue is filed in the Support issue tracker", () => {
    expect(
      checkHostileUserIssue({
        confidential: true,
        includesCommunicationHistory: true,
        includesLinks: true,
        includesSummary: true,
        people: ["director_people_ops", "other", "vp_engineering", "support_lead"],
      }),
    ).toEqual({
      outcome: "complete",
      unmet: [],
      reasons: [{ code: "all_items_present", rule: RULE, message: "The issue has everything it must", facts: {} }],
      next: { action: "file_issue", message: "File the confidential issue in the Support issue tracker" },
    });
  });

  it("an empty draft lists every item, in the handbook's order, each with its own reason", () => {
    expect(checkHostileUserIssue({ people: [] })).toEqual({
      outcome: "incomplete",
      unmet: ["confidential", "communication_history", "links", "summary", "support_lead", "vp_engineering", "director_people_ops"],
      reasons: [
        { code: "item_missing", rule: RULE, message: "Still to do: make the issue confidential", facts: { item: "confidential" } },
        { code: "item_missing", rule: RULE, message: "Still to do: add the history of the user's communication", facts: { item: "communication_history" } },
        { code: "item_missing", rule: RULE, message: "Still to do: add the relevant links", facts: { item: "links" } },
        { code: "item_missing", rule: RULE, message: "Still to do: add a summary of the high-level issues", facts: { item: "summary" } },
        { code: "item_missing", rule: RULE, message: "Still to do: include the Support Lead", facts: { item: "support_lead" } },
        { code: "item_missing", rule: RULE, message: "Still to do: include the VP of Engineering", facts: { item: "vp_engineering" } },
        { code: "item_missing", rule: RULE, message: "Still to do: include the Director of PeopleOps", facts: { item: "director_people_ops" } },
      ],
      next: {
        action: "complete_issue",
        message:
          "Before filing: make the issue confidential; add the history of the user's communication; add the relevant links; add a summary of the high-level issues; include the Support Lead; include the VP of Engineering; include the Director of PeopleOps",
      },
    });
  });

  it("each item left out, or stated false, is the one item missing", () => {
    const complete = {
      confidential: true,
      includesCommunicationHistory: true,
      includesLinks: true,
      includesSummary: true,
      people: ["support_lead", "vp_engineering", "director_people_ops"] as const,
    };
    expect(checkHostileUserIssue({ ...complete, confidential: false }).unmet).toEqual(["confidential"]);
    expect(checkHostileUserIssue({ ...complete, includesCommunicationHistory: false }).unmet).toEqual(["communication_history"]);
    expect(checkHostileUserIssue({ ...complete, includesLinks: false }).unmet).toEqual(["links"]);
    expect(checkHostileUserIssue({ ...complete, includesSummary: false }).unmet).toEqual(["summary"]);
    expect(checkHostileUserIssue({ ...complete, people: ["vp_engineering", "director_people_ops"] }).unmet).toEqual(["support_lead"]);
    expect(checkHostileUserIssue({ ...complete, people: ["support_lead", "director_people_ops"] }).unmet).toEqual(["vp_engineering"]);
    expect(checkHostileUserIssue({ ...complete, people: ["support_lead", "vp_engineering", "other"] }).unmet).toEqual(["director_people_ops"]);
  });

  it("bad input is reported under issue", () => {
    expect(describeError(thrown(() => checkHostileUserIssue({ confidential: "yes" as unknown as boolean, people: [] })))[1]).toEqual(["issue", "confidential"]);
  });
});
