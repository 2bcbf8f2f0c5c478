import type { JsonValue } from "./json.js";

/**
 * One reason behind a decision: a stable code a program can branch on, the rule it applied (a
 * section of the library's `docs/rules.md`), a sentence for a person, and the facts that decided it.
 *
 * @example
 * ```ts
 * const reason: Reason<"owner_active"> = {
 *   code: "owner_active",
 *   rule: "§6 dormant usernames (2016): no activity for six months",
 *   message: "The owner was active on 2026-09-01, less than 6 months ago",
 *   facts: { lastActivityAt: "2026-09-01T00:00:00.000Z", inactiveMonthsRequired: 6 },
 * };
 * ```
 */
export interface Reason<Code extends string = string> {
  /** A stable identifier; never changes meaning. */
  readonly code: Code;
  /**
   * The rule applied: its section of `docs/rules.md` (`§6` is "§6 Releasing a dormant username"
   * there; each section names the handbook page and the edition) followed by the rule's name.
   */
  readonly rule: string;
  /** What was decided and why, for a person. */
  readonly message: string;
  /** The facts that decided it, JSON-serialisable. */
  readonly facts: Readonly<Record<string, JsonValue>>;
}

/**
 * What happens next after a decision, and when.
 *
 * @example
 * ```ts
 * const next: NextStep = {
 *   action: "send_second_notice",
 *   at: "2026-12-03T10:00:00.000Z",
 *   message: "Send the second notice on 2026-12-03",
 * };
 * ```
 */
export interface NextStep {
  /** A stable identifier of the step. */
  readonly action: string;
  /** When the step is due, as an ISO 8601 instant; absent when it can be taken now. */
  readonly at?: string;
  /** The step, for a person. */
  readonly message: string;
}

/**
 * The shape every policy decision shares: an outcome from a literal union, the reasons with
 * the rules they applied, and what happens next. "Cannot decide" is an outcome of its own that
 * lists the missing facts in `missing`, never a "no".
 *
 * @example
 * ```ts
 * const decision: Decision<"eligible" | "not_eligible" | "cannot_decide", "no_data"> = {
 *   outcome: "eligible",
 *   reasons: [{ code: "no_data", rule: "§6", message: "The namespace holds no data", facts: {} }],
 * };
 * ```
 */
export interface Decision<Outcome extends string, Code extends string = string> {
  /** The decision. */
  readonly outcome: Outcome;
  /** Why, in the order the rules were applied. */
  readonly reasons: readonly Reason<Code>[];
  /** What happens next, and when. */
  readonly next?: NextStep;
  /** For "cannot decide": the facts that are missing, as paths into the input. */
  readonly missing?: readonly string[];
}
