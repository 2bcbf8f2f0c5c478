import type { Overrides } from "../shared/overrides.js";
import * as z from "zod";
import type { Decision } from "../shared/decision.js";
import { parseInput, parseOverrides } from "../shared/errors.js";
import { type CallSuggestionFactsInput, callSuggestionFactsSchema } from "./call-suggestion-facts.js";
import { deepFreeze } from "../shared/deep-freeze.js";

/**
 * Whether to suggest a call: `suggest_call`, `keep_emailing`, or `cannot_decide`.
 *
 * @example
 * ```ts
 * const outcome: CallSuggestionOutcome = "suggest_call";
 * ```
 */
export type CallSuggestionOutcome = "suggest_call" | "keep_emailing" | "cannot_decide";

/**
 * The stable identifiers of the reasons behind a call suggestion.
 *
 * @example
 * ```ts
 * const code: CallSuggestionCode = "several_emails_unresolved";
 * ```
 */
export type CallSuggestionCode = "several_emails_unresolved" | "few_emails" | "close_to_resolution" | "facts_missing";

/**
 * The numbers of the call-suggestion rule.
 *
 * @example
 * ```ts
 * const parameters: CallSuggestionParameters = { severalEmails: 4 };
 * ```
 */
export interface CallSuggestionParameters {
  /** How many back-and-forth emails count as "several". */
  readonly severalEmails: number;
}

/**
 * The default: "several" is read as 3 or more emails, the smallest count the word covers.
 *
 * @example
 * ```ts
 * callSuggestionParameters.severalEmails; // => 3
 * ```
 */
export const callSuggestionParameters: CallSuggestionParameters = deepFreeze({ severalEmails: 3 });

const parametersSchema = z.strictObject({ severalEmails: z.int().min(1).max(1000) });

const RULE = "§11 unscheduled calls: suggest a call when several back-and-forth emails haven't brought the ticket close to resolution";

/**
 * Decides whether to suggest a call on a ticket (docs/rules.md §11): when several back-and-forth
 * emails have not brought it close to resolution. The assignee keeps the ticket after someone
 * else took the call.
 *
 * @param facts - the conversation so far (see {@link callSuggestionFactsSchema}).
 * @param parameters - what counts as "several" (see {@link callSuggestionParameters}).
 * @throws SupportPolicyError on bad input (a negative or fractional count, wrong types).
 *
 * @example
 * ```ts
 * shouldSuggestCall({ backAndForthEmails: 5, closeToResolution: false }).outcome; // => "suggest_call"
 * shouldSuggestCall({ backAndForthEmails: 1 }).outcome; // => "keep_emailing"
 * ```
 */
export function shouldSuggestCall(facts: CallSuggestionFactsInput, parameters: Overrides<CallSuggestionParameters> = {}): Decision<CallSuggestionOutcome, CallSuggestionCode> {
  const valid = parseInput(callSuggestionFactsSchema, facts, ["facts"]);
  const p = parseOverrides(parametersSchema, callSuggestionParameters, parameters, ["parameters"]);
  const missing = (path: string): Decision<CallSuggestionOutcome, CallSuggestionCode> => ({
    outcome: "cannot_decide",
    missing: [path],
    reasons: [{ code: "facts_missing", rule: RULE, message: `Not given: ${path}`, facts: { missing: path } }],
    next: { action: "collect_facts", message: `Find out: ${path}` },
  });
  if (valid.backAndForthEmails === undefined) return missing("backAndForthEmails");
  const emails = valid.backAndForthEmails;
  if (emails < p.severalEmails) {
    return { outcome: "keep_emailing", reasons: [{ code: "few_emails", rule: RULE, message: `${emails} emails so far, fewer than ${p.severalEmails}`, facts: { backAndForthEmails: emails, severalEmails: p.severalEmails } }] };
  }
  if (valid.closeToResolution === undefined) return missing("closeToResolution");
  if (valid.closeToResolution) {
    return { outcome: "keep_emailing", reasons: [{ code: "close_to_resolution", rule: RULE, message: "The ticket is close to resolution", facts: { backAndForthEmails: emails, closeToResolution: true } }] };
  }
  return {
    outcome: "suggest_call",
    reasons: [{ code: "several_emails_unresolved", rule: RULE, message: `${emails} back-and-forth emails and the problem is not close to resolution`, facts: { backAndForthEmails: emails, severalEmails: p.severalEmails, closeToResolution: false } }],
    next: { action: "suggest_call", message: "Suggest a call; if someone more experienced takes it, the ticket stays with its assignee" },
  };
}
