import * as z from "zod";
import { orNone } from "../shared/or-none.js";

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
  backAndForthEmails: orNone(z.int().min(0).max(100_000)),
  /** Whether the problem is close to being resolved. */
  closeToResolution: orNone(z.boolean()),
});

/** Call-suggestion facts as a caller passes them. */
export type CallSuggestionFactsInput = z.input<typeof callSuggestionFactsSchema>;
