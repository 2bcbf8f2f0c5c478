/**
 * The stable codes of the comparison's disagreements, one per kind of difference between a cycle
 * of the library's SLA report and the same cycle of JSM's SLA field (cycles are matched in order:
 * JSM's `completedCycles` then its `ongoingCycle`, against the report's `completed` then `current`):
 *
 * - `cycle_only_in_library` / `cycle_only_in_jsm`: one side has a cycle the other has not.
 * - `start_differs`: the cycle started at different instants.
 * - `stop_differs`: both stopped it, at different instants.
 * - `stop_only_in_library` / `stop_only_in_jsm`: one side stopped it, the other still runs it.
 * - `due_differs`: both give its due instant (JSM's `breachTime`), and they differ.
 * - `breach_only_in_library` / `breach_only_in_jsm`: one side says it breached, the other not.
 * - `goal_differs`: the goals' lengths differ (JSM's `goalDuration` against the report's target).
 * - `paused_differs`: both run it, and one has it paused.
 *
 * @example
 * ```ts
 * const code: JsmSlaDisagreementCode = "due_differs";
 * ```
 */
export type JsmSlaDisagreementCode =
  | "cycle_only_in_library"
  | "cycle_only_in_jsm"
  | "start_differs"
  | "stop_differs"
  | "stop_only_in_library"
  | "stop_only_in_jsm"
  | "due_differs"
  | "breach_only_in_library"
  | "breach_only_in_jsm"
  | "goal_differs"
  | "paused_differs";

/**
 * What one side says about one cycle of one SLA: instants as ISO 8601 in UTC, the goal in
 * milliseconds (business time on the goal's calendar).
 *
 * @example
 * ```ts
 * const side: JsmSlaCycleSide = {
 *   startedAt: "2026-03-02T09:00:00.000Z", stoppedAt: null, dueAt: "2026-03-02T13:00:00.000Z",
 *   breached: false, paused: false, goalMs: 14_400_000,
 * };
 * ```
 */
export interface JsmSlaCycleSide {
  /** When the cycle started. */
  readonly startedAt: string;
  /** When it stopped (fulfilled), or null while it runs. */
  readonly stoppedAt: string | null;
  /** When it breaches (breached), or null when that side gives none (JSM while paused; the library while paused before it). */
  readonly dueAt: string | null;
  /** Whether it breached. */
  readonly breached: boolean;
  /** Whether it is paused; null once stopped. */
  readonly paused: boolean | null;
  /** The goal, in milliseconds; null when that side gives none. */
  readonly goalMs: number | null;
}

/**
 * One disagreement between the library and JSM on one cycle of one issue's SLA: what differs
 * (`code`), a sentence for a person, and both sides' facts.
 *
 * @example
 * ```ts
 * const disagreement: JsmSlaDisagreement = {
 *   code: "breach_only_in_jsm", issueKey: "SUP-7", metric: "time_to_resolution", slaName: "Time to resolution",
 *   cycle: 0, message: "Issue SUP-7, Time to resolution, cycle 1: JSM says it breached; the library says it has not",
 *   differenceMs: null, library: null, jsm: null,
 * };
 * ```
 */
export interface JsmSlaDisagreement {
  /** What differs, a stable identifier. */
  readonly code: JsmSlaDisagreementCode;
  /** The issue's key (the ticket's id). */
  readonly issueKey: string;
  /** The library's metric id. */
  readonly metric: string;
  /** JSM's SLA name, as its field value gives it. */
  readonly slaName: string;
  /** The cycle, from 0: completed cycles in order, then the ongoing one. */
  readonly cycle: number;
  /** What differs, for a person. */
  readonly message: string;
  /** For `*_differs` on instants and goals: JSM's value minus the library's, in milliseconds; null otherwise. */
  readonly differenceMs: number | null;
  /** What the library's report says, or null when it has no such cycle. */
  readonly library: JsmSlaCycleSide | null;
  /** What JSM's SLA field says, or null when it has no such cycle. */
  readonly jsm: JsmSlaCycleSide | null;
}

/**
 * The result of {@link compareJsmSla}: every disagreement (none when the two agree), and what was
 * and was not compared.
 *
 * @example
 * ```ts
 * const comparison: JsmSlaComparison = {
 *   disagreements: [], issuesCompared: 2, slasCompared: 4, cyclesCompared: 5,
 *   issuesWithoutSla: [], issuesWithoutReport: [], slasWithoutMetric: [],
 * };
 * ```
 */
export interface JsmSlaComparison {
  /** The disagreements, by issue (in the reports' order), SLA (in the metrics' order) and cycle. */
  readonly disagreements: readonly JsmSlaDisagreement[];
  /** Issues with both a report and SLA values. */
  readonly issuesCompared: number;
  /** SLAs compared on those issues. */
  readonly slasCompared: number;
  /** Cycles compared (each side's cycles matched in order; one side's extra cycles count too). */
  readonly cyclesCompared: number;
  /** Issues with a report but no SLA value: not compared. */
  readonly issuesWithoutSla: readonly string[];
  /** Issues with SLA values but no report: not compared. */
  readonly issuesWithoutReport: readonly string[];
  /** SLA values whose name is no metric's: not compared. */
  readonly slasWithoutMetric: readonly {
    /** The issue's key. */
    readonly issueKey: string;
    /** The SLA field's name, as JSM gives it. */
    readonly slaName: string;
  }[];
}

/**
 * What {@link compareJsmSla} compares against: JSM's SLA field values, carried by the issues'
 * fields (`customfield_…` values with `completedCycles` and `ongoingCycle`), or the Service Desk
 * API's `GET /rest/servicedeskapi/request/{issueIdOrKey}/sla` responses, by issue key.
 *
 * @example
 * ```ts
 * const values: JsmSlaValues = { issues: { issues: [] }, requestSla: { "SUP-1": { values: [] } } };
 * ```
 */
export interface JsmSlaValues {
  /** The issues as exported (the same forms `importJsmExport` takes); their SLA fields are read. */
  readonly issues?: unknown;
  /** `{ [issueKey]: { values: [...] } }`: the request SLA responses (a page, or an array of pages), which replace an issue's SLA fields. */
  readonly requestSla?: unknown;
}

/**
 * Options of {@link compareJsmSla}.
 *
 * @example
 * ```ts
 * const options: CompareJsmSlaOptions = { metrics: [{ id: "time_to_first_response", name: "Time to first response" }], toleranceMs: 1000 };
 * ```
 */
export interface CompareJsmSlaOptions {
  /** The metrics an SLA name maps onto, by `name` (any case) or by `id`: the policy set's `metrics`. */
  readonly metrics: readonly {
    /** The metric's id. */
    readonly id: string;
    /** The metric's name, which JSM's SLA fields carry. */
    readonly name: string;
  }[];
  /** Instants and goals at most this far apart, in milliseconds, agree. Default 1000: a clock that rounds to the second agrees. */
  readonly toleranceMs?: number | undefined;
}
