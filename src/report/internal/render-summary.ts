import { formatDuration } from "../../shared/format-duration.js";
import { formatAt } from "./format-at.js";
import type { BreachWarning } from "../../sla/breach-warning.js";
import type { SlaReport } from "../../sla/sla-report.js";
import { METRIC_IDS } from "../../sla/sla-vocabulary.js";
import { escapeHtml } from "./escape-html.js";

/** The counts at the top of the page. */
export interface SummaryCounts {
  readonly tickets: number;
  readonly withSla: number;
  /** Metrics by the report's state (docs/rules.md §2.3 "Metric states"), a closed early one with the closed. */
  readonly active: number;
  readonly paused: number;
  readonly closed: number;
  readonly notStarted: number;
  /** Metrics the report says are breached, in any state. */
  readonly breached: number;
  /** Every breached cycle, completed or ongoing: the breach markers on the page. */
  readonly breaches: number;
}

/**
 * Counts the reports: tickets (and those with an SLA), metrics by the report's state (active,
 * paused, closed, not started) and, independently of the state, those breached, as the timelines
 * and the JSON say them; and breaches: every breached cycle of every metric.
 */
export function summaryCounts(reports: readonly SlaReport[]): SummaryCounts {
  const states = { active: 0, paused: 0, closed: 0, not_started: 0 };
  let breached = 0;
  let breaches = 0;
  for (const report of reports) {
    for (const metric of report.metrics) {
      breaches += metric.breachCount;
      states[metric.state]++;
      if (metric.breached) breached++;
    }
  }
  const withSla = reports.filter((report) => report.outcome === "policy_applied").length;
  return { tickets: reports.length, withSla, active: states.active, paused: states.paused, closed: states.closed, notStarted: states.not_started, breached, breaches };
}

function rank(metric: string): number {
  const index = (METRIC_IDS as readonly string[]).indexOf(metric);
  return index === -1 ? METRIC_IDS.length : index;
}

function breachTable(reports: readonly SlaReport[]): string {
  const counts = new Map<string, Map<string, number>>();
  const policies = new Set<string>();
  for (const report of reports) {
    for (const metric of report.metrics) {
      const cycles = metric.current === null ? metric.completed : [...metric.completed, metric.current];
      for (const cycle of cycles) {
        if (!cycle.breached) continue;
        // A cycle measured against its metric's own goal has no policy: its column is the goals'.
        const column = cycle.policyId ?? "(metric goals)";
        policies.add(column);
        const row = counts.get(metric.metric) ?? new Map<string, number>();
        row.set(column, (row.get(column) ?? 0) + 1);
        counts.set(metric.metric, row);
      }
    }
  }
  if (counts.size === 0) return "<p>No breaches.</p>";
  const columns = [...policies].sort();
  const head = columns.map((policy) => `<th scope="col">${escapeHtml(policy)}</th>`).join("");
  // Zendesk's metrics in their usual order, then the policy set's own, by name.
  const metrics = [...counts.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const body = metrics
    .map((metric) => {
      const row = counts.get(metric) ?? new Map<string, number>();
      const total = [...row.values()].reduce((sum, n) => sum + n, 0);
      return `<tr><th scope="row">${escapeHtml(metric.replaceAll("_", " "))}</th>${columns.map((policy) => `<td class="n">${row.get(policy) ?? 0}</td>`).join("")}<td class="n">${total}</td></tr>`;
    })
    .join("");
  return `<table><caption>Breaches by metric and policy</caption><thead><tr><th scope="col">metric</th>${head}<th scope="col">total</th></tr></thead><tbody>${body}</tbody></table>`;
}

function overdueTable(reports: readonly SlaReport[], anchors: ReadonlyMap<string, string>, timeZone: string): string {
  const rows = reports.flatMap((report) =>
    report.metrics
      .filter((metric) => metric.breached && metric.current !== null)
      .map((metric) => {
        const anchor = anchors.get(report.ticketId);
        const ticket = escapeHtml(report.ticketId);
        return `<tr><td>${anchor === undefined ? ticket : `<a href="#${anchor}">${ticket}</a>`}</td><td>${escapeHtml(metric.metric.replaceAll("_", " "))}</td><td>${metric.dueAt === null ? "-" : escapeHtml(formatAt(metric.dueAt, timeZone))}</td><td class="n">${metric.overdueBy === null ? "-" : formatDuration(metric.overdueBy.calendarMs)}</td></tr>`;
      }),
  );
  if (rows.length === 0) return "<p>No metric is past due and still waiting.</p>";
  return `<table><caption>Breached and still waiting</caption><thead><tr><th scope="col">ticket</th><th scope="col">metric</th><th scope="col">was due</th><th scope="col">overdue by</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function warningTable(warnings: readonly BreachWarning[], anchors: ReadonlyMap<string, string>, withinMs: number, timeZone: string): string {
  if (warnings.length === 0) return `<p>Nothing is due within ${formatDuration(withinMs)}.</p>`;
  const rows = warnings.map((warning) => {
    const anchor = anchors.get(warning.ticketId);
    const ticket = escapeHtml(warning.ticketId);
    return `<tr><td>${anchor === undefined ? ticket : `<a href="#${anchor}">${ticket}</a>`}</td><td>${escapeHtml(warning.metric.replaceAll("_", " "))}</td><td>${escapeHtml(formatAt(warning.dueAt, timeZone))}</td><td class="n">${formatDuration(warning.inMs)}</td></tr>`;
  });
  return `<table><caption>About to breach (due within ${formatDuration(withinMs)})</caption><thead><tr><th scope="col">ticket</th><th scope="col">metric</th><th scope="col">due</th><th scope="col">in</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

/**
 * The summary section: the counts as cards, the breaches by metric and policy, the metrics past
 * due and still waiting, and the about-to-breach list. Ticket ids link to their timelines.
 */
export function renderSummary(reports: readonly SlaReport[], warnings: readonly BreachWarning[], anchors: ReadonlyMap<string, string>, withinMs: number, timeZone: string): string {
  const counts = summaryCounts(reports);
  const card = (value: number, label: string, extra = ""): string => `<li${extra}><b>${value}</b>${label}</li>`;
  return (
    `<section id="summary" aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2><ul class="cards">` +
    card(counts.tickets, `tickets (${counts.withSla} with an SLA)`) +
    card(counts.active, "metrics active") +
    card(counts.paused, "metrics paused") +
    card(counts.closed, "metrics closed") +
    card(counts.notStarted, "metrics not started") +
    card(counts.breached, "of them breached", counts.breached > 0 ? ' class="bad"' : "") +
    card(counts.breaches, "breaches (all cycles)", ' id="breach-count"') +
    `</ul><div class="grid2"><div>${breachTable(reports)}${warningTable(warnings, anchors, withinMs, timeZone)}</div><div>${overdueTable(reports, anchors, timeZone)}</div></div></section>`
  );
}
