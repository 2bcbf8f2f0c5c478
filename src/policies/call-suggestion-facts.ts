import * as z from "zod";

/**
 * What is known about an email conversation on a ticket (docs/rules.md §11, unscheduled calls).
 *
 * @example
 * ```ts
 * const facts: CallSuggestionFactsInput = { backAndForthEmails: 4, closeToResolution: false };
 * ```
 */
export const callSuggestionFactsSchema = z.strictObject({
  /** Emails exchanged back and forth with the customer so far. */
  backAndForthEmails: z.int().min(0).max(100_000).optional(),
  /** Whether the problem is close to being resolved. */
  closeToResolution: z.boolean().optional(),
});

/** Call-suggestion facts as a caller passes them. */
export type CallSuggestionFactsInput = z.input<typeof callSuggestionFactsSchema>;
