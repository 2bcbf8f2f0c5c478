import type { MetricId } from "../../sla/sla-vocabulary.js";

/**
 * The metric names of Zendesk's `ticket_metric_events`, each read as one of the library's
 * metrics: `reply_time` instance 1 is first reply and later instances are next replies;
 * `agent_work_time`, `requester_wait_time`, `pausable_update_time` and `periodic_update_time`
 * are agent work, requester wait, pausable update and periodic update; `resolution_time` is
 * total resolution.
 *
 * @example
 * ```ts
 * const metric: ZendeskMetricName = "reply_time";
 * ```
 */
export type ZendeskMetricName =
  | "reply_time"
  | "agent_work_time"
  | "requester_wait_time"
  | "pausable_update_time"
  | "periodic_update_time"
  | "resolution_time";

/**
 * The stable codes of the audit's disagreements, one per kind of difference between the
 * library's SLA report and Zendesk's recorded metric events:
 *
 * - `target_differs`: both applied a target to the metric, of different length or on different
 *   hours (business hours against around the clock).
 * - `target_only_in_library`: the library ran a target that Zendesk never applied (no `apply_sla`).
 * - `target_only_in_zendesk`: Zendesk applied a target (`apply_sla`) the library did not run.
 * - `breach_differs`: both say the metric breached, at different instants.
 * - `breach_only_in_library` / `breach_only_in_zendesk`: one side says it breached, the other not.
 * - `fulfilment_differs`: both say the metric was fulfilled, at different instants.
 * - `fulfilment_only_in_library` / `fulfilment_only_in_zendesk`: one side says it was fulfilled,
 *   the other that it still runs.
 *
 * @example
 * ```ts
 * const code: MetricEventDisagreementCode = "breach_differs";
 * ```
 */
export type MetricEventDisagreementCode =
  | "target_differs"
  | "target_only_in_library"
  | "target_only_in_zendesk"
  | "breach_differs"
  | "breach_only_in_library"
  | "breach_only_in_zendesk"
  | "fulfilment_differs"
  | "fulfilment_only_in_library"
  | "fulfilment_only_in_zendesk";

/**
 * What one side (the library's report, or Zendesk's events) says about one metric instance: the
 * target it applied, when it breached and when it was fulfilled, as of the report's instant.
 *
 * @example
 * ```ts
 * const side: MetricEventSide = {
 *   targetMs: 3_600_000, businessHours: true, policyId: "25", policyTitle: "Gold",
 *   breachedAt: null, fulfilledAt: "2026-03-02T09:40:00.000Z",
 * };
 * ```
 */
export interface MetricEventSide {
  /** The target, in milliseconds (of business time when `businessHours`); null when none applied. */
  readonly targetMs: number | null;
  /** Whether the target counts business hours only (false: around the clock); null when none applied. */
  readonly businessHours: boolean | null;
  /** The policy that set the target (Zendesk's policy id as a string), or null. */
  readonly policyId: string | null;
  /** The policy's title, as Zendesk's `apply_sla` event names it; null on the library's side. */
  readonly policyTitle: string | null;
  /** When the metric breached (ISO 8601, UTC), or null when it has not. */
  readonly breachedAt: string | null;
  /** When the metric was fulfilled (ISO 8601, UTC), or null while it runs. */
  readonly fulfilledAt: string | null;
}

/**
 * One disagreement between the library and Zendesk on one ticket's metric: what differs (`code`),
 * a sentence for a person, and both sides' facts.
 *
 * @example
 * ```ts
 * const disagreement: MetricEventDisagreement = {
 *   code: "breach_differs", ticketId: "42", metric: "first_reply", zendeskMetric: "reply_time",
 *   instanceId: 1, cycleIndex: 0,
 *   message: "Ticket 42, first reply (reply_time instance 1): Zendesk recorded the breach at 2026-03-02T13:00:00.000Z, the library at 2026-03-02T12:00:00.000Z (1 h later in Zendesk)",
 *   differenceMs: 3_600_000,
 *   library: { targetMs: 3_600_000, businessHours: true, policyId: "25", policyTitle: null, breachedAt: "2026-03-02T12:00:00.000Z", fulfilledAt: null },
 *   zendesk: { targetMs: 3_600_000, businessHours: true, policyId: "25", policyTitle: "Gold", breachedAt: "2026-03-02T13:00:00.000Z", fulfilledAt: null },
 * };
 * ```
 */
export interface MetricEventDisagreement {
  /** What differs, a stable identifier. */
  readonly code: MetricEventDisagreementCode;
  /** The ticket, as the report names it (Zendesk's numeric id as a string). */
  readonly ticketId: string;
  /** The library's metric. */
  readonly metric: MetricId;
  /** Zendesk's metric name for it. */
  readonly zendeskMetric: ZendeskMetricName;
  /** Zendesk's `instance_id`: the reply number for `reply_time`, the update number for the update metrics, 1 otherwise. */
  readonly instanceId: number;
  /** The library's cycle compared (its `index`), or null when the library has none. */
  readonly cycleIndex: number | null;
  /** What differs, for a person. */
  readonly message: string;
  /**
   * For `*_differs`: Zendesk's value minus the library's, in milliseconds (instants: how much later
   * Zendesk's is; targets: how much longer). Null otherwise.
   */
  readonly differenceMs: number | null;
  /** What the library's report says, or null when it has no cycle for this instance. */
  readonly library: MetricEventSide | null;
  /** What Zendesk's events say, or null when it applied no target to this instance. */
  readonly zendesk: MetricEventSide | null;
}

/**
 * The result of {@link auditMetricEvents}: every disagreement (none when the two agree), and how
 * much was compared.
 *
 * @example
 * ```ts
 * const audit: MetricEventAudit = {
 *   disagreements: [], ticketsCompared: 1, metricsCompared: 3,
 *   ticketsWithoutEvents: [], ticketsWithoutReport: ["77"],
 * };
 * ```
 */
export interface MetricEventAudit {
  /** The disagreements, by ticket (in the reports' order), metric (in `METRIC_IDS` order) and instance. */
  readonly disagreements: readonly MetricEventDisagreement[];
  /** Tickets that have both a report and metric events. */
  readonly ticketsCompared: number;
  /** Metric instances compared on those tickets (one per first reply, next reply, update, and per cumulative metric). */
  readonly metricsCompared: number;
  /** Tickets with a report but no metric event at all (for example, outside the export's time window): not compared. */
  readonly ticketsWithoutEvents: readonly string[];
  /** Tickets with metric events but no report: not compared. */
  readonly ticketsWithoutReport: readonly string[];
}

/**
 * Options of {@link auditMetricEvents}.
 *
 * @example
 * ```ts
 * const options: AuditMetricEventsOptions = { toleranceMs: 60_000 };
 * ```
 */
export interface AuditMetricEventsOptions {
  /**
   * Instants (and targets) at most this far apart, in milliseconds, agree. Default 1000: Zendesk
   * writes times to the second, the library to the millisecond. 0 asks for exact agreement.
   */
  readonly toleranceMs?: number;
}
