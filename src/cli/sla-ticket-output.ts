import { match } from "ts-pattern";
import { breachWarnings } from "../sla/breach-warnings.js";
import type { BreachWarning } from "../sla/breach-warning.js";
import type { MetricReport, SlaReport } from "../sla/sla-report.js";
import { formatDuration } from "../shared/format-duration.js";
import { formatInstant } from "../shared/format-instant.js";

/**
 * What `support-policy sla` writes for one ticket, worked out from its report alone, so that it can
 * be worked out anywhere (in a worker thread too) and the report itself dropped at once.
 *
 * @example
 * ```ts
 * const output: SlaTicketOutput = { text: "", rows: [["T-1", "priority_support", "first reply", "active", "no", "-", "-", "-"]], breached: false, noSla: false, undecided: null, warnings: [] };
 * ```
 */
export interface SlaTicketOutput {
  /** `json`: the report with its `warnings` as indented JSON, its lines indented to sit in the `reports` array; `ndjson`: the same on one line, with its newline; `table`: empty. */
  readonly text: string;
  /** `table`: the ticket's rows (ticket, policy, metric, state, breached, due, business left, real left); otherwise empty. */
  readonly rows: readonly (readonly string[])[];
  /** Whether a running (active or paused) metric is breached. */
  readonly breached: boolean;
  /** Whether no policy was applied (no SLA, or the policy could not be decided). */
  readonly noSla: boolean;
  /** The line for "Cannot decide the policy" (with its newline), or null. */
  readonly undecided: string | null;
  /** The ticket's metrics due within the `--within` window. */
  readonly warnings: readonly BreachWarning[];
}

/**
 * The options {@link slaTicketOutput} needs: plain data, so they can be sent to a worker thread.
 *
 * @example
 * ```ts
 * const options: SlaOutputOptions = { format: "table", timeZone: "UTC", nowMs: Date.parse("2026-11-20T17:30:00Z"), withinMinutes: 60 };
 * ```
 */
export interface SlaOutputOptions {
  /** The output format. */
  readonly format: "table" | "json" | "ndjson";
  /** The IANA zone times are shown in (table). */
  readonly timeZone: string;
  /** The instant evaluated at, epoch milliseconds. */
  readonly nowMs: number;
  /** `--within`: the breach-warning window in minutes. */
  readonly withinMinutes: number;
}

/** The report's own state words (docs/rules.md §2.3 "Metric states"), so the table and the JSON say the same. */
function stateOf(metric: MetricReport): string {
  return match(metric.state)
    .with("active", () => "active")
    .with("paused", () => "paused")
    .with("closed", () => (metric.early ? "closed early" : "closed"))
    .with("not_started", () => "not started")
    .exhaustive();
}

/** Whether a report may hold a warning within the window: breachWarnings decides, on these few. */
function mayWarn(report: SlaReport, now: number, windowMs: number): boolean {
  return report.metrics.some(({ current }) => {
    if (current === null || current.paused || current.breached || current.dueAt === null) return false;
    const inMs = Date.parse(current.dueAt) - now;
    return inMs >= 0 && inMs <= windowMs;
  });
}

function rowsOf(report: SlaReport, timeZone: string): string[][] {
  const policy = report.policyId ?? "-";
  if (report.metrics.length === 0) {
    const state = match(report.outcome)
      .with("no_policy", () => "no SLA")
      // The missing facts are listed under the table: they would widen the column past a terminal.
      .with("cannot_decide", () => "cannot decide")
      .with("policy_applied", () => "no targets")
      .exhaustive();
    return [[report.ticketId, policy, "-", state, "-", "-", "-", "-"]];
  }
  // A metric with no cycle yet (a next reply before the customer writes again) says nothing: keep
  // the table to the metrics that ran, or the first one when none has.
  const ran = report.metrics.filter((metric) => metric.state !== "not_started");
  return (ran.length > 0 ? ran : report.metrics.slice(0, 1)).map((metric) => {
    const running = metric.state === "active" || metric.state === "paused";
    return [
      report.ticketId,
      policy,
      metric.metric.replaceAll("_", " "),
      stateOf(metric),
      metric.state === "not_started" ? "-" : metric.breached ? "yes" : "no",
      metric.dueAt === null ? "-" : formatInstant(metric.dueAt, timeZone),
      running && metric.remainingBusinessMs !== null ? formatDuration(metric.remainingBusinessMs) : "-",
      running && metric.remainingCalendarMs !== null ? formatDuration(metric.remainingCalendarMs) : "-",
    ];
  });
}

/**
 * Works out what `support-policy sla` prints for one ticket's report (docs/rules.md §2): its
 * table rows or its JSON text (the report and a last key, `warnings`, its breach warnings), whether it counts as breached or without an SLA, its line under
 * "Cannot decide the policy", and its breach warnings within the window.
 *
 * @param report - the ticket's SLA report
 * @param options - the format, zone, instant and warning window
 * @returns the ticket's output
 *
 * @example
 * ```ts
 * slaTicketOutput(evaluateSla(ticket, gitlab2026, now), { format: "ndjson", timeZone: "UTC", nowMs: now.getTime(), withinMinutes: 60 }).text;
 * // => '{"ticketId":"T-1",…,"warnings":[]}\n'
 * ```
 */
export function slaTicketOutput(report: SlaReport, options: SlaOutputOptions): SlaTicketOutput {
  const { format, timeZone, nowMs, withinMinutes } = options;
  const warnings = mayWarn(report, nowMs, withinMinutes * 60_000) ? breachWarnings([report], nowMs, { minutes: withinMinutes }) : [];
  // Each record carries its own warnings, so that nothing has to be held until the end for them.
  const text =
    format === "json"
      ? `\n    ${JSON.stringify({ ...report, warnings }, null, 2).replaceAll("\n", "\n    ")}`
      : format === "ndjson"
        ? `${JSON.stringify({ ...report, warnings })}\n`
        : "";
  return {
    text,
    rows: format === "table" ? rowsOf(report, timeZone) : [],
    breached: report.metrics.some((m) => m.breached && (m.state === "active" || m.state === "paused")),
    noSla: report.outcome !== "policy_applied",
    undecided: report.outcome === "cannot_decide" && report.metrics.length === 0 ? `  ${report.ticketId}  ${report.reasons.map((reason) => reason.message).join("; ")}\n` : null,
    warnings,
  };
}
