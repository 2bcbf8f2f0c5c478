import type { PriorityId } from "./sla-vocabulary.js";

/**
 * A metric that will breach soon: which ticket and metric, when it is due, and how long is left.
 *
 * @example
 * ```ts
 * const warning: BreachWarning = {
 *   ticketId: "42", policyId: "priority_support", priority: "high", metric: "first_reply",
 *   dueAt: "2026-03-02T13:00:00.000Z", inMs: 1_800_000, remainingBusinessMs: 1_800_000,
 * };
 * ```
 */
export interface BreachWarning {
  /** The ticket. */
  readonly ticketId: string;
  /** The policy in force in the report. */
  readonly policyId: string | null;
  /** The ticket's priority in the report. */
  readonly priority: PriorityId | null;
  /** The metric about to breach: one of Zendesk's seven or one the policy set defines. */
  readonly metric: string;
  /** Its due instant (ISO 8601). */
  readonly dueAt: string;
  /** Real time from `now` to the due instant, in milliseconds. */
  readonly inMs: number;
  /** Business time left in the report, in milliseconds. */
  readonly remainingBusinessMs: number;
}
