import * as z from "zod";

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
  issueCount: z.int().min(0).max(10_000_000).optional(),
  /** Of those, how many were already submitted as spam. */
  flaggedIssueCount: z.int().min(0).max(10_000_000).optional(),
  /** Whether Support is sure the user is a spammer. */
  confirmedSpammer: z.boolean().optional(),
  /** Whether the user complains that the spam filter stops them creating issues (a possible false positive). */
  hamComplaint: z.boolean().optional(),
});

/** Spam facts as a caller passes them. */
export type SpamHandlingFactsInput = z.input<typeof spamHandlingFactsSchema>;
