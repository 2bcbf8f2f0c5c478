import { fail } from "../../shared/errors.js";
import type { SlaReport } from "../../sla/sla-report.js";
import { METRIC_IDS, type MetricId } from "../../sla/sla-vocabulary.js";
import { type AuditedCycle, parseAuditReports } from "./internal/parse-audit-reports.js";
import { type AppliedTarget, type MetricEvent, parseMetricEvents } from "./internal/parse-metric-events.js";
import type {
  AuditMetricEventsOptions,
  MetricEventAudit,
  MetricEventDisagreement,
  MetricEventDisagreementCode,
  MetricEventSide,
  ZendeskMetricName,
} from "./metric-event-audit.js";

// Metrics Zendesk measures once per ticket (instance 1), however often the ticket is reopened;
// the library keeps a cycle per reopening, carrying the time used, so its cycles are read as one.
const CUMULATIVE: ReadonlySet<MetricId> = new Set<MetricId>(["requester_wait", "agent_work", "total_resolution"]);

const ZENDESK_NAME: Readonly<Record<MetricId, ZendeskMetricName>> = {
  first_reply: "reply_time",
  next_reply: "reply_time",
  periodic_update: "periodic_update_time",
  pausable_update: "pausable_update_time",
  requester_wait: "requester_wait_time",
  agent_work: "agent_work_time",
  total_resolution: "resolution_time",
};

/** Which library metric and cycle ordinal a Zendesk metric instance is. */
function libraryMetricOf(metric: ZendeskMetricName, instanceId: number): { metric: MetricId; ordinal: number } {
  switch (metric) {
    case "reply_time":
      // Instance 1 is the first reply; every later instance is the next reply to a customer turn.
      return instanceId === 1 ? { metric: "first_reply", ordinal: 0 } : { metric: "next_reply", ordinal: instanceId - 2 };
    case "periodic_update_time":
      return { metric: "periodic_update", ordinal: instanceId - 1 };
    case "pausable_update_time":
      return { metric: "pausable_update", ordinal: instanceId - 1 };
    case "requester_wait_time":
      return { metric: "requester_wait", ordinal: 0 };
    case "agent_work_time":
      return { metric: "agent_work", ordinal: 0 };
    case "resolution_time":
      return { metric: "total_resolution", ordinal: 0 };
  }
}

function instanceIdOf(metric: MetricId, ordinal: number): number {
  if (metric === "first_reply") return 1;
  if (metric === "next_reply") return ordinal + 2;
  return CUMULATIVE.has(metric) ? 1 : ordinal + 1;
}

interface LibraryEntry {
  readonly cycleIndex: number;
  readonly side: MetricEventSide;
}

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

function librarySide(latest: AuditedCycle, breachedAt: number | null): MetricEventSide {
  return {
    targetMs: latest.targetMs,
    businessHours: latest.calendar !== "around_the_clock",
    policyId: latest.policyId,
    policyTitle: null,
    breachedAt: iso(breachedAt),
    fulfilledAt: iso(latest.fulfilledAt),
  };
}

function libraryEntries(metric: MetricId, cycles: readonly AuditedCycle[], entries: Map<string, LibraryEntry>): void {
  const latest = cycles.at(-1);
  if (latest === undefined) return;
  if (CUMULATIVE.has(metric)) {
    // Zendesk records the breach once, when the time used first exceeds the target.
    const firstBreached = cycles.find((cycle) => cycle.breached);
    entries.set(`${metric}#0`, { cycleIndex: latest.index, side: librarySide(latest, firstBreached?.dueAt ?? null) });
    return;
  }
  for (const cycle of cycles) {
    entries.set(`${metric}#${cycle.index}`, { cycleIndex: cycle.index, side: librarySide(cycle, cycle.breached ? cycle.dueAt : null) });
  }
}

/**
 * Zendesk's side for one metric instance, as of `now`: the instance is fulfilled by its last
 * `fulfill` unless an `activate` came after it (reopened, or a new turn); breached at its first
 * breach before `now` (a breach at `now` exactly has not happened yet, as in the library); its
 * target is the last `apply_sla` up to its fulfilment, or up to `now` while it runs.
 */
function zendeskSide(events: readonly MetricEvent[], now: number): MetricEventSide | null {
  let fulfilledAt: number | null = null;
  let breachedAt: number | null = null;
  for (const event of events) {
    if (event.type === "fulfill" && event.at <= now) fulfilledAt = event.at;
    else if (event.type === "activate" && event.at <= now && fulfilledAt !== null && event.at >= fulfilledAt) fulfilledAt = null;
    else if (event.type === "breach" && event.at < now && breachedAt === null) breachedAt = event.at;
  }
  const until = fulfilledAt ?? now;
  let target: AppliedTarget | null = null;
  for (const event of events) {
    if (event.sla !== null && event.at <= until) target = event.sla;
  }
  if (target === null) return null;
  return { ...target, breachedAt: iso(breachedAt), fulfilledAt: iso(fulfilledAt) };
}

function describeDifference(ms: number): string {
  const abs = Math.abs(ms);
  const text =
    abs % 3_600_000 === 0 ? `${abs / 3_600_000} h` : abs % 60_000 === 0 ? `${abs / 60_000} min` : abs % 1000 === 0 ? `${abs / 1000} s` : `${abs} ms`;
  return `${text} ${ms > 0 ? "later" : "earlier"} in Zendesk`;
}

function describeTarget(side: MetricEventSide): string {
  const ms = side.targetMs ?? 0;
  const length = ms % 60_000 === 0 ? `${ms / 60_000} min` : `${ms / 1000} s`;
  return `${length} ${side.businessHours === true ? "of business hours" : "around the clock"}`;
}

interface Compared {
  readonly ticketId: string;
  readonly metric: MetricId;
  readonly ordinal: number;
  readonly library: LibraryEntry | undefined;
  readonly zendesk: MetricEventSide | null;
}

function disagreementsOf(compared: Compared, toleranceMs: number): MetricEventDisagreement[] {
  const { ticketId, metric, ordinal, library, zendesk } = compared;
  const instanceId = instanceIdOf(metric, ordinal);
  const zendeskMetric = ZENDESK_NAME[metric];
  const subject = `Ticket ${ticketId}, ${metric.replaceAll("_", " ")} (${zendeskMetric} instance ${instanceId})`;
  const make = (code: MetricEventDisagreementCode, message: string, differenceMs: number | null = null): MetricEventDisagreement => ({
    code,
    ticketId,
    metric,
    zendeskMetric,
    instanceId,
    cycleIndex: library?.cycleIndex ?? null,
    message: `${subject}: ${message}`,
    differenceMs,
    library: library?.side ?? null,
    zendesk,
  });
  if (library === undefined) {
    return zendesk === null ? [] : [make("target_only_in_zendesk", `Zendesk applied a target of ${describeTarget(zendesk)}; the library ran none`)];
  }
  const ours = library.side;
  if (zendesk === null) return [make("target_only_in_library", `the library ran a target of ${describeTarget(ours)}; Zendesk applied none`)];

  const found: MetricEventDisagreement[] = [];
  const targetDifference = (zendesk.targetMs ?? 0) - (ours.targetMs ?? 0);
  if (Math.abs(targetDifference) > toleranceMs || zendesk.businessHours !== ours.businessHours) {
    found.push(make("target_differs", `Zendesk applied ${describeTarget(zendesk)}, the library ${describeTarget(ours)}`, targetDifference));
  }
  const instants = [
    ["breach", "breachedAt", "breached"],
    ["fulfilment", "fulfilledAt", "fulfilled"],
  ] as const;
  for (const [kind, field, verb] of instants) {
    const theirs = zendesk[field];
    const mine = ours[field];
    if (theirs === null && mine === null) continue;
    if (theirs === null) found.push(make(`${kind}_only_in_library`, `the library says it ${verb} at ${mine as string}; Zendesk recorded no ${kind}`));
    else if (mine === null) found.push(make(`${kind}_only_in_zendesk`, `Zendesk recorded the ${kind} at ${theirs}; the library says it has not ${verb}`));
    else {
      const difference = Date.parse(theirs) - Date.parse(mine);
      if (Math.abs(difference) > toleranceMs) {
        found.push(make(`${kind}_differs`, `Zendesk recorded the ${kind} at ${theirs}, the library at ${mine} (${describeDifference(difference)})`, difference));
      }
    }
  }
  return found;
}

/**
 * Audits the library's SLA reports against Zendesk's own record of the same tickets, its
 * `ticket_metric_events`: for each ticket and metric, where the two disagree on the target
 * applied, the breach instant or the fulfilment, or where one side has a target the other has
 * not. Agreeing tickets give no disagreement, so an empty list means the replay matches Zendesk.
 *
 * Zendesk's metrics are read as the library's: `reply_time` instance 1 is `first_reply` and
 * instance *n* ≥ 2 is the library's `next_reply` cycle *n* − 2; `periodic_update_time` and
 * `pausable_update_time` instance *n* are cycle *n* − 1; `requester_wait_time`,
 * `agent_work_time` and `resolution_time` are measured once per ticket by Zendesk, so the library's
 * cycles of those metrics (one per reopening) are compared as one: its latest target and
 * fulfilment, and its first breach. Each ticket is compared as of its report's `evaluatedAt`:
 * events after it are left out. An instance is fulfilled by its last `fulfill` unless an
 * `activate` followed; it breached at its first `breach`; its target is the last `apply_sla`
 * up to the fulfilment (`sla.target_in_seconds`, else `sla.target` in minutes, and
 * `sla.business_hours`). Deleted events, `pause` and `update_status` (which state no instant the
 * report has), other metrics (`group_ownership_time`) and other types (`apply_group_sla`) are not
 * compared. Ticket ids match as strings (`"42"` for Zendesk's `42`). Tickets on one side only
 * are listed, not compared. Pure: no input is modified.
 *
 * @param reports - `evaluateSla`'s reports, one per ticket
 * @param ticketMetricEvents - the parsed JSON of `GET /api/v2/ticket_metric_events` (or the
 *   incremental export): `{ ticket_metric_events: [...] }`, or an array of such pages
 * @param options - `toleranceMs`: instants and targets at most this far apart agree (default 1000)
 * @returns every disagreement, and how much was compared
 * @throws {@link SupportPolicyError} for a malformed report or event, with its path
 *   (`["ticketMetricEvents", "ticket_metric_events", 3, "time"]`); `duplicate_id` for a ticket
 *   reported twice
 *
 * @example
 * ```ts
 * const report = evaluateSla(ticket, policySet, new Date("2026-03-02T12:00:00Z"));
 * const audit = auditMetricEvents([report], {
 *   ticket_metric_events: [
 *     { id: 1, ticket_id: 42, metric: "reply_time", instance_id: 1, type: "activate", time: "2026-03-02T09:00:00Z" },
 *     { id: 2, ticket_id: 42, metric: "reply_time", instance_id: 1, type: "apply_sla", time: "2026-03-02T09:00:00Z",
 *       sla: { target: 60, business_hours: false, policy: { id: 25, title: "Gold" } } },
 *     { id: 3, ticket_id: 42, metric: "reply_time", instance_id: 1, type: "fulfill", time: "2026-03-02T09:40:00Z" },
 *   ],
 * });
 * audit.disagreements; // => [] when the library also has the first reply fulfilled at 09:40 on a 60-minute target
 * ```
 */
export function auditMetricEvents(
  reports: readonly SlaReport[],
  ticketMetricEvents: unknown,
  options: AuditMetricEventsOptions = {},
): MetricEventAudit {
  const parsedReports = parseAuditReports(reports, ["reports"]);
  const events = parseMetricEvents(ticketMetricEvents, ["ticketMetricEvents"]);
  const tolerance: unknown = (options as AuditMetricEventsOptions | null | undefined)?.toleranceMs ?? 1000;
  if (typeof tolerance !== "number" || !Number.isFinite(tolerance) || tolerance < 0) {
    fail("invalid_input", ["options", "toleranceMs"], "Expected toleranceMs to be a finite number of milliseconds, 0 or more");
  }
  const toleranceMs = tolerance;

  const byTicket = new Map<string, MetricEvent[]>();
  for (const event of events) {
    const list = byTicket.get(event.ticketId);
    if (list === undefined) byTicket.set(event.ticketId, [event]);
    else list.push(event);
  }

  const disagreements: MetricEventDisagreement[] = [];
  const ticketsWithoutEvents: string[] = [];
  let ticketsCompared = 0;
  let metricsCompared = 0;
  for (const report of parsedReports) {
    const ticketEvents = byTicket.get(report.ticketId);
    if (ticketEvents === undefined) {
      ticketsWithoutEvents.push(report.ticketId);
      continue;
    }
    ticketsCompared++;
    const library = new Map<string, LibraryEntry>();
    for (const { metric, cycles } of report.metrics) libraryEntries(metric, cycles, library);

    const zendeskEvents = new Map<string, MetricEvent[]>();
    for (const event of ticketEvents) {
      const { metric, ordinal } = libraryMetricOf(event.metric, event.instanceId);
      const key = `${metric}#${ordinal}`;
      const list = zendeskEvents.get(key);
      if (list === undefined) zendeskEvents.set(key, [event]);
      else list.push(event);
    }

    const keys = new Set([...library.keys(), ...zendeskEvents.keys()]);
    const compared: Compared[] = [];
    for (const key of keys) {
      const [metricText = "", ordinalText = "0"] = key.split("#");
      const metric = metricText as MetricId;
      const instances = (zendeskEvents.get(key) ?? []).sort((a, b) => a.at - b.at || a.order - b.order);
      const zendesk = zendeskSide(instances, report.evaluatedAt);
      const entry = library.get(key);
      if (entry === undefined && zendesk === null) continue;
      compared.push({ ticketId: report.ticketId, metric, ordinal: Number(ordinalText), library: entry, zendesk });
    }
    compared.sort((a, b) => METRIC_IDS.indexOf(a.metric) - METRIC_IDS.indexOf(b.metric) || a.ordinal - b.ordinal);
    metricsCompared += compared.length;
    for (const item of compared) disagreements.push(...disagreementsOf(item, toleranceMs));
    byTicket.delete(report.ticketId);
  }
  return { disagreements, ticketsCompared, metricsCompared, ticketsWithoutEvents, ticketsWithoutReport: [...byTicket.keys()] };
}
