import { fc, test } from "../support/property.js";
import { describe, expect, it } from "vitest";
import { planSpamHandling } from "../../src/policies/index.js";
import { describeError, thrown } from "./helpers.js";

describe("planSpamHandling", () => {
  it('"before deleting the account, flag the user\'s issues as spam"', () => {
    const decision = planSpamHandling({ issueCount: 3, flaggedIssueCount: 1, confirmedSpammer: true });
    expect(decision.outcome).toBe("flag_issues_first");
    expect(decision.next?.message).toBe('Open each remaining issue and click "Submit as spam"');
  });

  it('"Click on \\"Delete user\\" only if you are sure this user is a spammer"', () => {
    expect(planSpamHandling({ issueCount: 3, flaggedIssueCount: 3, confirmedSpammer: true }).outcome).toBe("delete_account");
    expect(planSpamHandling({ issueCount: 3, flaggedIssueCount: 3 }).outcome).toBe("verify_before_deleting");
    expect(planSpamHandling({ issueCount: 0, flaggedIssueCount: 0, confirmedSpammer: false }).outcome).toBe("keep_account");
  });

  it('"review spam logs for ham" when a user complains', () => {
    const decision = planSpamHandling({ hamComplaint: true });
    expect(decision.outcome).toBe("review_spam_log");
    expect(decision.next?.action).toBe("submit_as_ham");
  });

  it("missing counts are cannot decide; impossible counts are a typed error", () => {
    expect(planSpamHandling({ confirmedSpammer: true }).missing).toEqual(["issueCount", "flaggedIssueCount"]);
    expect(describeError(thrown(() => planSpamHandling({ issueCount: 1, flaggedIssueCount: 2 })))).toEqual([
      "inconsistent_facts",
      ["facts", "flaggedIssueCount"],
      "2 flagged issues is more than the user's 1 issues",
    ]);
  });

  test.prop([fc.nat(20), fc.nat(20), fc.option(fc.boolean(), { nil: undefined }), fc.option(fc.boolean(), { nil: undefined })])(
    "never deletes while an issue is unflagged or the spammer is unconfirmed",
    (a, b, confirmedSpammer, hamComplaint) => {
      const [flaggedIssueCount, issueCount] = a <= b ? [a, b] : [b, a];
      const facts = { issueCount, flaggedIssueCount, ...(confirmedSpammer === undefined ? {} : { confirmedSpammer }), ...(hamComplaint === undefined ? {} : { hamComplaint }) };
      const decision = planSpamHandling(facts);
      if (decision.outcome === "delete_account") {
        expect(flaggedIssueCount).toBe(issueCount);
        expect(confirmedSpammer).toBe(true);
        expect(hamComplaint).not.toBe(true);
      }
    },
  );

  it("does not mutate its input and its decision survives a JSON round trip", () => {
    const facts = Object.freeze({ issueCount: 2, flaggedIssueCount: 2, confirmedSpammer: true });
    const decision = planSpamHandling(facts);
    expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
    expect(facts).toEqual({ issueCount: 2, flaggedIssueCount: 2, confirmedSpammer: true });
  });
});
