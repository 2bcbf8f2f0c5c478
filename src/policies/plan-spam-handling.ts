import type { Decision } from "../shared/decision.js";
import { fail, parseInput } from "../shared/errors.js";
import { type SpamHandlingFactsInput, spamHandlingFactsSchema } from "./spam-handling-facts.js";

/**
 * The next step with a suspected spammer, in the handbook's order.
 *
 * @example
 * ```ts
 * const outcome: SpamHandlingOutcome = "flag_issues_first";
 * ```
 */
export type SpamHandlingOutcome = "review_spam_log" | "flag_issues_first" | "verify_before_deleting" | "keep_account" | "delete_account" | "cannot_decide";

/**
 * The stable identifiers of the reasons behind a spam-handling step.
 *
 * @example
 * ```ts
 * const code: SpamHandlingCode = "unflagged_issues";
 * ```
 */
export type SpamHandlingCode = "ham_complaint" | "unflagged_issues" | "issues_flagged" | "not_verified" | "not_a_spammer" | "verified_spammer" | "facts_missing";

const RULE = "§11 spam";

/**
 * The next step with a suspected spammer on GitLab.com (docs/rules.md §11): flag the user's issues
 * as spam **before** deleting the account; delete only when sure; review the spam log for ham
 * when a user complains the filter blocks them. Never `delete_account` while an issue is
 * unflagged or the spammer is unconfirmed.
 *
 * @param facts - what is known (see {@link spamHandlingFactsSchema}).
 * @throws SupportPolicyError on bad input, or more flagged issues than issues.
 *
 * @example
 * ```ts
 * planSpamHandling({ issueCount: 3, flaggedIssueCount: 1, confirmedSpammer: true }).outcome; // => "flag_issues_first"
 * planSpamHandling({ issueCount: 3, flaggedIssueCount: 3, confirmedSpammer: true }).outcome; // => "delete_account"
 * ```
 */
export function planSpamHandling(facts: SpamHandlingFactsInput): Decision<SpamHandlingOutcome, SpamHandlingCode> {
  const valid = parseInput(spamHandlingFactsSchema, facts, ["facts"]);
  if (valid.hamComplaint === true) {
    return {
      outcome: "review_spam_log",
      reasons: [{ code: "ham_complaint", rule: `${RULE}: review spam logs for ham`, message: "The user says the filter blocks their issues: a possible false positive", facts: { hamComplaint: true } }],
      next: { action: "submit_as_ham", message: "Find the user's entry in the admin spam log and submit it as ham if it is not spam" },
    };
  }
  const missing = [
    ...(valid.issueCount === undefined ? ["issueCount"] : []),
    ...(valid.flaggedIssueCount === undefined ? ["flaggedIssueCount"] : []),
  ];
  // Stryker disable next-line ConditionalExpression,LogicalOperator: the presence checks narrow the types for the compiler; at run time a count left out compares false with ">" anyway
  if (valid.issueCount !== undefined && valid.flaggedIssueCount !== undefined && valid.flaggedIssueCount > valid.issueCount) {
    fail("inconsistent_facts", ["facts", "flaggedIssueCount"], `${valid.flaggedIssueCount} flagged issues is more than the user's ${valid.issueCount} issues`);
  }
  if (missing.length > 0) {
    return {
      outcome: "cannot_decide",
      missing,
      reasons: [{ code: "facts_missing", rule: `${RULE}: flag the spammer's issues before deleting the account`, message: `Not given: ${missing.join(", ")}`, facts: { missing } }],
      next: { action: "collect_facts", message: `Find out: ${missing.join(", ")}` },
    };
  }
  const issues = valid.issueCount ?? 0;
  const flagged = valid.flaggedIssueCount ?? 0;
  if (flagged < issues) {
    return {
      outcome: "flag_issues_first",
      reasons: [{ code: "unflagged_issues", rule: `${RULE}: flag the spammer's issues as spam before deleting the account`, message: `${issues - flagged} of ${issues} issues are not flagged yet`, facts: { issueCount: issues, flaggedIssueCount: flagged } }],
      next: { action: "submit_as_spam", message: 'Open each remaining issue and click "Submit as spam"' },
    };
  }
  const flaggedReason = { code: "issues_flagged" as const, rule: `${RULE}: flag the spammer's issues as spam before deleting the account`, message: "Every issue is flagged", facts: { issueCount: issues, flaggedIssueCount: flagged } };
  const deleteRule = `${RULE}: delete only when sure the user is a spammer`;
  if (valid.confirmedSpammer === undefined) {
    return {
      outcome: "verify_before_deleting",
      reasons: [flaggedReason, { code: "not_verified", rule: deleteRule, message: "It is not yet verified that the user is a spammer", facts: { confirmedSpammer: null } }],
      next: { action: "verify_spammer", message: "Verify that the user is a spammer before deleting the account" },
    };
  }
  if (!valid.confirmedSpammer) {
    return { outcome: "keep_account", reasons: [flaggedReason, { code: "not_a_spammer", rule: deleteRule, message: "Support is not sure the user is a spammer: the account stays", facts: { confirmedSpammer: false } }] };
  }
  return {
    outcome: "delete_account",
    reasons: [flaggedReason, { code: "verified_spammer", rule: deleteRule, message: "The user is verified to be a spammer", facts: { confirmedSpammer: true } }],
    next: { action: "delete_user", message: 'On the user\'s profile, click "Report Abuse", then "Delete user"' },
  };
}
