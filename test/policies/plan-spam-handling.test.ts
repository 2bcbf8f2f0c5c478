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

describe("planSpamHandling, full decisions", () => {
  const FLAG_RULE = "§11 spam: flag the spammer's issues as spam before deleting the account";
  const DELETE_RULE = "§11 spam: delete only when sure the user is a spammer";
  const everyIssueFlagged = {
    code: "issues_flagged",
    rule: FLAG_RULE,
    message: "Every issue is flagged",
    facts: { issueCount: 3, flaggedIssueCount: 3 },
  };

  it('"review spam logs for ham": a complaint about the filter comes before every count', () => {
    expect(planSpamHandling({ hamComplaint: true, issueCount: 3, flaggedIssueCount: 0, confirmedSpammer: true })).toEqual({
      outcome: "review_spam_log",
      reasons: [
        {
          code: "ham_complaint",
          rule: "§11 spam: review spam logs for ham",
          message: "The user says the filter blocks their issues: a possible false positive",
          facts: { hamComplaint: true },
        },
      ],
      next: { action: "submit_as_ham", message: "Find the user's entry in the admin spam log and submit it as ham if it is not spam" },
    });
  });

  it("a user who does not complain about the filter is handled as a suspected spammer", () => {
    expect(planSpamHandling({ hamComplaint: false, issueCount: 3, flaggedIssueCount: 3, confirmedSpammer: true }).outcome).toBe("delete_account");
  });

  it("'flag the user's issues as spam' first: the decision counts the issues still unflagged", () => {
    expect(planSpamHandling({ issueCount: 5, flaggedIssueCount: 2, confirmedSpammer: true })).toEqual({
      outcome: "flag_issues_first",
      reasons: [{ code: "unflagged_issues", rule: FLAG_RULE, message: "3 of 5 issues are not flagged yet", facts: { issueCount: 5, flaggedIssueCount: 2 } }],
      next: { action: "submit_as_spam", message: 'Open each remaining issue and click "Submit as spam"' },
    });
  });

  it("one unflagged issue is enough to flag first; none left moves on to the account", () => {
    expect(planSpamHandling({ issueCount: 3, flaggedIssueCount: 2, confirmedSpammer: true }).reasons[0]?.message).toBe("1 of 3 issues are not flagged yet");
    expect(planSpamHandling({ issueCount: 3, flaggedIssueCount: 3, confirmedSpammer: true }).reasons[0]).toEqual(everyIssueFlagged);
  });

  it('"only if you are sure this user is a spammer": unverified, the account waits for verification', () => {
    expect(planSpamHandling({ issueCount: 3, flaggedIssueCount: 3 })).toEqual({
      outcome: "verify_before_deleting",
      reasons: [
        everyIssueFlagged,
        { code: "not_verified", rule: DELETE_RULE, message: "It is not yet verified that the user is a spammer", facts: { confirmedSpammer: null } },
      ],
      next: { action: "verify_spammer", message: "Verify that the user is a spammer before deleting the account" },
    });
  });

  it('"only if you are sure this user is a spammer": not sure, the account stays', () => {
    expect(planSpamHandling({ issueCount: 3, flaggedIssueCount: 3, confirmedSpammer: false })).toEqual({
      outcome: "keep_account",
      reasons: [
        everyIssueFlagged,
        { code: "not_a_spammer", rule: DELETE_RULE, message: "Support is not sure the user is a spammer: the account stays", facts: { confirmedSpammer: false } },
      ],
    });
  });

  it('"Click on \\"Delete user\\"" once every issue is flagged and the spammer is verified', () => {
    expect(planSpamHandling({ issueCount: 3, flaggedIssueCount: 3, confirmedSpammer: true })).toEqual({
      outcome: "delete_account",
      reasons: [everyIssueFlagged, { code: "verified_spammer", rule: DELETE_RULE, message: "The user is verified to be a spammer", facts: { confirmedSpammer: true } }],
      next: { action: "delete_user", message: 'On the user\'s profile, click "Report Abuse", then "Delete user"' },
    });
  });

  it("a user without issues has nothing to flag", () => {
    expect(planSpamHandling({ issueCount: 0, flaggedIssueCount: 0, confirmedSpammer: true }).reasons[0]).toEqual({
      ...everyIssueFlagged,
      facts: { issueCount: 0, flaggedIssueCount: 0 },
    });
  });

  it("missing counts are named in the decision, its reason and its next step", () => {
    expect(planSpamHandling({ confirmedSpammer: true })).toEqual({
      outcome: "cannot_decide",
      missing: ["issueCount", "flaggedIssueCount"],
      reasons: [
        {
          code: "facts_missing",
          rule: "§11 spam: flag the spammer's issues before deleting the account",
          message: "Not given: issueCount, flaggedIssueCount",
          facts: { missing: ["issueCount", "flaggedIssueCount"] },
        },
      ],
      next: { action: "collect_facts", message: "Find out: issueCount, flaggedIssueCount" },
    });
    expect(planSpamHandling({ issueCount: 2 }).missing).toEqual(["flaggedIssueCount"]);
    expect(planSpamHandling({ flaggedIssueCount: 2 }).missing).toEqual(["issueCount"]);
  });

  it("as many flagged issues as issues is consistent; one more is a typed error under facts", () => {
    expect(planSpamHandling({ issueCount: 2, flaggedIssueCount: 2 }).outcome).toBe("verify_before_deleting");
    expect(describeError(thrown(() => planSpamHandling({ issueCount: 0, flaggedIssueCount: 1 })))).toEqual([
      "inconsistent_facts",
      ["facts", "flaggedIssueCount"],
      "1 flagged issues is more than the user's 0 issues",
    ]);
  });

  it("bad input is reported under facts", () => {
    expect(describeError(thrown(() => planSpamHandling({ issueCount: -1 })))[1]).toEqual(["facts", "issueCount"]);
  });
});
