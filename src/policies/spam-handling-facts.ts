import * as z from "zod";
import { orNone } from "../shared/or-none.js";

/**
 * What is known about a suspected spammer on GitLab.com (docs/rules.md §11, spam).
 *
 * @example
 * ```ts
 * const facts: SpamHandlingFactsInput = { issueCount: 4, flaggedIssueCount: 4, confirmedSpammer: true };
 * ```
 */
export const spamHandlingFactsSchema = z.strictObject({
  /** Issues the user created. */
  issueCount: orNone(z.int().min(0).max(10_000_000)),
  /** Of those, how many were already submitted as spam. */
  flaggedIssueCount: orNone(z.int().min(0).max(10_000_000)),
  /** Whether Support is sure the user is a spammer. */
  confirmedSpammer: orNone(z.boolean()),
  /** Whether the user complains that the spam filter stops them creating issues (a possible false positive). */
  hamComplaint: orNone(z.boolean()),
});

/** Spam facts as a caller passes them. */
export type SpamHandlingFactsInput = z.input<typeof spamHandlingFactsSchema>;
