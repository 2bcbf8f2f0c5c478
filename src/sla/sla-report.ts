import type { Decision } from "../shared/decision.js";
import type { Condition } from "./condition.js";
import type { PriorityId } from "./sla-vocabulary.js";

/**
 * How a report's policy choice came out: a policy applied; no policy matched (the ticket has no
 * SLA); or the facts needed to choose are missing (never reported as "no SLA").
 *
 * @example
 * ```ts
 * const outcome: SlaOutcome = "policy_applied";
 * ```
 */
export type SlaOutcome = "policy_applied" | "no_policy" | "cannot_decide";

/**
 * The stable reason codes of an SLA report.
 *
 * - `policy_matched`: the first policy whose conditions hold applies.
 * - `no_policy_matched`: no policy's conditions hold.
 * - `policy_undecidable`: an earlier policy's condition needs a fact the ticket lacks.
 * - `priority_missing`: the policy sets targets per priority and the ticket has none.
 * - `metric_breached`: a metric's latest cycle is past its due instant.
 * - `breached_on_retarget`: a priority change moved the due instant into the past.
 * - `reply_early`: a reply came before the target's earliest-reply window opened.
 * - `policy_changed`: a change of the ticket (a tag, a field, the priority) moved it to another
 *   policy at the instant in `facts.at`; cycles fulfilled before keep the earlier policy.
 * - `calendar_missing`: a target runs on the ticket's calendar and the ticket has none.
 * - `no_target_without_priority`: the policy sets targets per priority, the ticket has none, and
 *   the set says such a ticket has no target (`withoutPriority: "no_targets"`, Zendesk's rule).
 * - `goals_applied`: no policy applies (none matches, or the set has none), and the set's
 *   metrics with goals, which need no policy, are reported on their own (`policyId` is null).
 * - `goal_undecidable`: a metric's goal cannot be chosen: an earlier goal's condition needs a
 *   fact the ticket does not give (`missing`).
 *
 * @example
 * ```ts
 * const code: SlaReasonCode = "metric_breached";
 * ```
 */
export type SlaReasonCode =
  | "policy_matched"
  | "no_policy_matched"
  | "policy_undecidable"
  | "priority_missing"
  | "metric_breached"
  | "breached_on_retarget"
  | "reply_early"
  | "policy_changed"
  | "calendar_missing"
  | "no_target_without_priority"
  | "goals_applied"
  | "goal_undecidable";

/**
 * The goal of a metric (its `goals`, JSM's SLA goals) a cycle was measured against: its position
 * among the metric's goals, from 0, and its `when` as the metric writes it (a condition, JQL
 * text, or null for the catch-all, "All remaining issues").
 *
 * @example
 * ```ts
 * const goal: CycleGoal = { index: 0, when: "priority IN (Highest, High)" };
 * ```
 */
export interface CycleGoal {
  /** The goal's position among the metric's goals, from 0. */
  readonly index: number;
  /** The goal's `when` as written, or null for the catch-all. */
  readonly when: Condition | string | null;
}

/**
 * Where a metric's clock stands, Zendesk's way (docs/rules.md §2.3 "Metric states"):
 *
 * - `active`: the latest cycle is running.
 * - `paused`: the latest cycle is stopped by a pausing status (Pending, On-hold).
 * - `closed`: the latest cycle is fulfilled (by a public agent reply, or by solving the ticket).
 * - `not_started`: the metric has had no cycle yet (a next reply before the customer writes
 *   again after the first reply).
 *
 * Whether it is breached is the separate {@link MetricReport.breached}: an active, paused or
 * closed metric can each be breached or not, so "is it breached?" has one answer whatever the
 * state. A `not_started` metric is never breached.
 *
 * @example
 * ```ts
 * const state: MetricState = "paused";
 * ```
 */
export type MetricState = "active" | "paused" | "closed" | "not_started";

/**
 * How far past its due instant a cycle went: business milliseconds over the target, and real
 * milliseconds since the due instant. The business overrun can be 0 when the cycle went past its
 * due instant while the calendar was closed.
 *
 * @example
 * ```ts
 * const overdue: Overdue = { businessMs: 600_000, calendarMs: 600_000 };
 * ```
 */
export interface Overdue {
  /** Business time past the target, in milliseconds. */
  readonly businessMs: number;
  /** Real time since the due instant, in milliseconds. */
  readonly calendarMs: number;
}

/**
 * What fulfilled (stopped) a cycle, by the kind of its stop hit: `agent_reply` (a comment by an
 * agent), `customer_comment` or `comment` (by the customer, or by anyone), `solved` (a status
 * change into the solved or closed category), `status_change` (another status change),
 * `field_change` (a field such as the assignee changed) or `created`.
 *
 * @example
 * ```ts
 * const by: FulfilmentKind = "agent_reply";
 * ```
 */
export type FulfilmentKind = "agent_reply" | "customer_comment" | "comment" | "solved" | "status_change" | "field_change" | "created";

/**
 * One cycle of a metric: from its start to its fulfilment (or to `now` while it runs).
 *
 * @example
 * ```ts
 * const cycle: MetricCycle = {
 *   index: 0, outcome: "met", breached: false, paused: false,
 *   startedAt: "2026-03-02T09:00:00.000Z", dueAt: "2026-03-02T13:00:00.000Z", earliestAt: null,
 *   fulfilledAt: "2026-03-02T10:00:00.000Z", fulfilledBy: "agent_reply", early: false,
 *   priority: "high", policyId: "priority", calendar: "global", targetMs: 14_400_000,
 *   carriedBusinessMs: 0, elapsedBusinessMs: 3_600_000, elapsedCalendarMs: 3_600_000,
 *   remainingBusinessMs: 10_800_000, remainingCalendarMs: 10_800_000, overdueBy: null, retargetedAt: null,
 *   goal: null, withinCalendarHours: true,
 * };
 * ```
 */
export interface MetricCycle {
  /** Position among the metric's cycles, from 0. */
  readonly index: number;
  /** `ongoing` while it runs or is paused; `met` or `breached` once fulfilled. */
  readonly outcome: "ongoing" | "met" | "breached";
  /** Whether the cycle went past its due instant (an ongoing cycle can be breached). */
  readonly breached: boolean;
  /** Whether an ongoing cycle is paused at `now`. */
  readonly paused: boolean;
  /** When the cycle started (ISO 8601, UTC). */
  readonly startedAt: string;
  /** When the target is (or was) reached; null while paused before reaching it. */
  readonly dueAt: string | null;
  /** The start of the earliest-reply window (`notBefore`), or null when the target has none. */
  readonly earliestAt: string | null;
  /** When the cycle was fulfilled, or null while ongoing. */
  readonly fulfilledAt: string | null;
  /** What fulfilled it: a public agent reply, solving the ticket, or another stop hit of a defined metric. */
  readonly fulfilledBy: FulfilmentKind | null;
  /** Whether a reply came before `earliestAt`. */
  readonly early: boolean;
  /** The priority whose target applies: the one in force at fulfilment, or at `now`. */
  readonly priority: PriorityId | null;
  /** The policy whose target applies, or null when the metric's own goal does. */
  readonly policyId: string | null;
  /**
   * The metric's goal that applies (the first whose `when` holds for the ticket as it stands at
   * fulfilment, or at `now`), or null when a policy's target does.
   */
  readonly goal: CycleGoal | null;
  /** The calendar the target runs on (a calendar name or `"around_the_clock"`). */
  readonly calendar: string;
  /** The target, in business milliseconds; null for a goal with "No target" (never due, never breached). */
  readonly targetMs: number | null;
  /** Business time used by the metric's earlier cycles and carried into this one (requester wait, agent work, total resolution after a reopen). */
  readonly carriedBusinessMs: number;
  /** Business time the clock ran in this cycle, pauses excluded, in milliseconds. */
  readonly elapsedBusinessMs: number;
  /** Real time the clock ran in this cycle, pauses excluded, in milliseconds. */
  readonly elapsedCalendarMs: number;
  /** Target minus carried and elapsed business time; negative once overrun; null without a target. */
  readonly remainingBusinessMs: number | null;
  /** Real time from fulfilment (or `now`) to the due instant; negative once past; null when the due instant is unknown. */
  readonly remainingCalendarMs: number | null;
  /** How far past due, when breached. */
  readonly overdueBy: Overdue | null;
  /**
   * The last change inside the cycle that re-targeted it (ISO 8601): a priority change, or for a
   * metric with goals a change that moved the ticket to another goal; or null.
   */
  readonly retargetedAt: string | null;
  /**
   * Whether the cycle's calendar is open at its fulfilment, or at `now` while it runs (JSM's
   * `withinCalendarHours`); always true around the clock.
   */
  readonly withinCalendarHours: boolean;
}

/**
 * Where one metric stands: its latest cycle summarised at the top level, plus the ongoing cycle
 * and every completed one.
 *
 * @example
 * ```ts
 * const report = evaluateSla(ticket, gitlab2026, now).metrics[0];
 * report?.state; // => "active"
 * ```
 */
export interface MetricReport {
  /** The metric's id: one of Zendesk's seven (`METRIC_IDS`) or one the policy set defines. */
  readonly metric: string;
  /** The metric's state, from its latest cycle. */
  readonly state: MetricState;
  /**
   * The one answer to "is it breached?": whether the latest cycle went past its due instant
   * (an active or paused metric past due, or a closed one fulfilled late).
   */
  readonly breached: boolean;
  /** How many cycles breached, completed or ongoing. */
  readonly breachCount: number;
  /** The target at `now`'s priority (or `now`'s goal), in business milliseconds; null for a goal with "No target". */
  readonly targetMs: number | null;
  /** The metric's goal in force at `now`, or null when a policy targets the metric. */
  readonly goal: CycleGoal | null;
  /** The calendar of the target at `now`'s priority. */
  readonly calendar: string;
  /** The latest cycle's start, or null when not started. */
  readonly startedAt: string | null;
  /** The latest cycle's due instant, or null when not started or paused before reaching it. */
  readonly dueAt: string | null;
  /** The latest cycle's fulfilment, or null while active, paused or not started. */
  readonly fulfilledAt: string | null;
  /** The latest cycle's business time, in milliseconds (0 when not started). */
  readonly elapsedBusinessMs: number;
  /** The latest cycle's real running time, in milliseconds (0 when not started). */
  readonly elapsedCalendarMs: number;
  /** The latest cycle's remaining business time, negative once overrun; null when not started. */
  readonly remainingBusinessMs: number | null;
  /** The latest cycle's real time to its due instant; null when unknown. */
  readonly remainingCalendarMs: number | null;
  /** How far past due the latest cycle is, when breached. */
  readonly overdueBy: Overdue | null;
  /** Whether the latest cycle's reply came before the earliest-reply window. */
  readonly early: boolean;
  /** The ongoing cycle, or null. */
  readonly current: MetricCycle | null;
  /** Every completed cycle, oldest first. */
  readonly completed: readonly MetricCycle[];
}

/**
 * An SLA report for one ticket as of `now`: which policy applied and why, where every targeted
 * metric stands, and the earliest next breach. JSON-serialisable: instants are ISO 8601 strings
 * in UTC, durations milliseconds.
 *
 * @example
 * ```ts
 * const report: SlaReport = evaluateSla(ticket, gitlab2026, new Date("2026-03-02T10:00:00Z"));
 * report.nextBreachAt; // => "2026-03-02T13:00:00.000Z"
 * ```
 */
export interface SlaReport extends Decision<SlaOutcome, SlaReasonCode> {
  /** The ticket's id. */
  readonly ticketId: string;
  /** The instant the report is computed for (ISO 8601). */
  readonly evaluatedAt: string;
  /** The policy in force at `now`, or null (none, or only the set's metrics with goals apply). */
  readonly policyId: string | null;
  /** That policy's name, or null. */
  readonly policyName: string | null;
  /** The ticket's priority at `now` (from the policy set's `deriveFacts` on creation, then priority changes), or null. */
  readonly priority: PriorityId | null;
  /**
   * One report per metric the policy targets at `now`'s priority, and per metric with goals one
   * of whose goals applies at `now`: Zendesk's in `METRIC_IDS` order, then the set's own in the
   * order it defines them.
   */
  readonly metrics: readonly MetricReport[];
  /** The earliest due instant among running metrics not yet breached, or null. */
  readonly nextBreachAt: string | null;
  /** The metric of `nextBreachAt`, or null. */
  readonly nextBreachMetric: string | null;
}
