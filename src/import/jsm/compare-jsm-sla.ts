import * as z from "zod";
import { fail, parseInput } from "../../shared/errors.js";
import type { SlaReport } from "../../sla/sla-report.js";
import type { CompareJsmSlaOptions, JsmSlaComparison, JsmSlaCycleSide, JsmSlaDisagreement, JsmSlaDisagreementCode, JsmSlaValues } from "./jsm-sla-comparison.js";
import { idOfName } from "../../sla/internal/id-of-name.js";
import { type JsmSla, readSlaValues } from "./internal/read-sla-values.js";

const cycleShape = z.looseObject({
  startedAt: z.string(),
  fulfilledAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  breached: z.boolean(),
  paused: z.boolean(),
  targetMs: z.number(),
});
const reportShape = z.looseObject({
  ticketId: z.string(),
  metrics: z.array(z.looseObject({ metric: z.string(), current: cycleShape.nullable(), completed: z.array(cycleShape) })),
});
const optionsShape = z.object({
  metrics: z.array(z.looseObject({ id: z.string().min(1), name: z.string().min(1) })),
  toleranceMs: z.number().nonnegative().optional(),
});

type Cycle = z.infer<typeof cycleShape>;

function librarySide(cycle: Cycle, ongoing: boolean): JsmSlaCycleSide {
  return {
    startedAt: cycle.startedAt,
    stoppedAt: cycle.fulfilledAt,
    dueAt: cycle.dueAt,
    breached: cycle.breached,
    paused: ongoing ? cycle.paused : null,
    goalMs: cycle.targetMs,
  };
}

function describeDifference(ms: number): string {
  const abs = Math.abs(ms);
  const text = abs % 3_600_000 === 0 ? `${abs / 3_600_000} h` : abs % 60_000 === 0 ? `${abs / 60_000} min` : abs % 1000 === 0 ? `${abs / 1000} s` : `${abs} ms`;
  return `${text} ${ms > 0 ? "later" : "earlier"} in JSM`;
}

function describeGoal(ms: number): string {
  return ms % 60_000 === 0 ? `${ms / 60_000} min` : `${ms / 1000} s`;
}

interface Subject {
  readonly issueKey: string;
  readonly metric: string;
  readonly slaName: string;
  readonly cycle: number;
}

function compareCycle(subject: Subject, library: JsmSlaCycleSide | null, jsm: JsmSlaCycleSide | null, toleranceMs: number): JsmSlaDisagreement[] {
  const found: JsmSlaDisagreement[] = [];
  const make = (code: JsmSlaDisagreementCode, message: string, differenceMs: number | null = null): void => {
    found.push({ code, ...subject, message: `Issue ${subject.issueKey}, ${subject.slaName}, cycle ${subject.cycle + 1}: ${message}`, differenceMs, library, jsm });
  };
  if (library === null && jsm === null) return found;
  if (library === null) {
    make("cycle_only_in_jsm", `JSM has a cycle from ${(jsm as JsmSlaCycleSide).startedAt}; the library has none`);
    return found;
  }
  if (jsm === null) {
    make("cycle_only_in_library", `the library has a cycle from ${library.startedAt}; JSM has none`);
    return found;
  }
  const instant = (kind: "start" | "stop" | "due", theirs: string, mine: string): void => {
    const difference = Date.parse(theirs) - Date.parse(mine);
    if (Math.abs(difference) > toleranceMs) make(`${kind}_differs`, `JSM gives the ${kind === "due" ? "breach time" : kind} as ${theirs}, the library ${mine} (${describeDifference(difference)})`, difference);
  };
  instant("start", jsm.startedAt, library.startedAt);
  if (jsm.stoppedAt !== null && library.stoppedAt !== null) instant("stop", jsm.stoppedAt, library.stoppedAt);
  else if (jsm.stoppedAt !== null) make("stop_only_in_jsm", `JSM stopped it at ${jsm.stoppedAt}; the library still runs it`);
  else if (library.stoppedAt !== null) make("stop_only_in_library", `the library stopped it at ${library.stoppedAt}; JSM still runs it`);
  // JSM gives no breach time while a cycle is paused, the library none while paused before it: compared when both give one.
  if (jsm.dueAt !== null && library.dueAt !== null) instant("due", jsm.dueAt, library.dueAt);
  if (jsm.breached !== library.breached) {
    if (jsm.breached) make("breach_only_in_jsm", "JSM says it breached; the library says it has not");
    else make("breach_only_in_library", `the library says it breached${library.dueAt === null ? "" : ` at ${library.dueAt}`}; JSM says it has not`);
  }
  if (jsm.goalMs !== null && library.goalMs !== null && Math.abs(jsm.goalMs - library.goalMs) > toleranceMs) {
    make("goal_differs", `JSM's goal is ${describeGoal(jsm.goalMs)}, the library's ${describeGoal(library.goalMs)}`, jsm.goalMs - library.goalMs);
  }
  if (jsm.paused !== null && library.paused !== null && jsm.paused !== library.paused) {
    make("paused_differs", jsm.paused ? "JSM has it paused; the library runs it" : "the library has it paused; JSM runs it");
  }
  return found;
}

/**
 * Compares the library's SLA reports with JSM's own SLA values for the same issues: the SLA
 * fields an export carries (`completedCycles[]` with `startTime`, `stopTime`, `breached`,
 * `goalDuration`; `ongoingCycle` with `breachTime`, `breached`, `paused`), or the Service Desk
 * API's request SLA responses. Each SLA maps onto the metric of its name (any case), else of the
 * id its name makes (`Time to resolution` → `time_to_resolution`); its cycles are matched in order
 * with the report's (completed, then the ongoing one) and every difference is one disagreement
 * with a stable code. Agreeing issues give none, so an empty list means the replay matches JSM.
 *
 * Compare as of the moment JSM's values were read (the export's instant as the reports' `now`):
 * JSM's ongoing `breached` and `paused` are as of then. JSM gives no breach time while a cycle is
 * paused, so due instants are compared where both sides give one. Issues or SLAs on one side only
 * are listed, not compared. Pure: no input is modified.
 *
 * @param reports - `evaluateSla`'s reports, one per issue (the ticket id is the issue key)
 * @param values - the issues as exported, and/or the request SLA responses by issue key
 * @param options - `metrics`: the policy set's metrics (id and name); `toleranceMs` (default 1000)
 * @returns every disagreement, and how much was compared
 * @throws `SupportPolicyError` for a malformed report or SLA value, with its path
 *   (`["values", "issues", 0, "fields", "customfield_10030", "ongoingCycle", "breachTime"]`)
 *
 * @example
 * ```ts
 * const imported = importJsmExport({ issues, slaConfig });
 * const reports = imported.tickets.flatMap((entry) => (entry.ok ? [evaluateSla(entry.ticket, imported.policySet!, exportedAt)] : []));
 * const comparison = compareJsmSla(reports, { issues }, { metrics: imported.policySet!.metrics });
 * comparison.disagreements; // => [] when the replay agrees with JSM
 * ```
 */
export function compareJsmSla(reports: readonly SlaReport[], values: JsmSlaValues, options: CompareJsmSlaOptions): JsmSlaComparison {
  const parsedReports = parseInput(z.array(reportShape), reports, ["reports"]);
  const { metrics, toleranceMs = 1000 } = parseInput(optionsShape, options, ["options"]);
  const source = parseInput(z.object({ issues: z.unknown().optional(), requestSla: z.unknown().optional() }), values, ["values"]);
  const slas = readSlaValues(source.issues, source.requestSla);
  const metricOf = (name: string): string | undefined => metrics.find((metric) => metric.name.toLowerCase() === name.toLowerCase())?.id ?? metrics.find((metric) => metric.id === idOfName(name))?.id;
  const order = new Map(metrics.map((metric, index) => [metric.id, index]));

  const disagreements: JsmSlaDisagreement[] = [];
  const issuesWithoutSla: string[] = [];
  const slasWithoutMetric: { issueKey: string; slaName: string }[] = [];
  const seen = new Set<string>();
  let issuesCompared = 0;
  let slasCompared = 0;
  let cyclesCompared = 0;
  parsedReports.forEach((report, index) => {
    if (seen.has(report.ticketId)) fail("duplicate_id", ["reports", index, "ticketId"], `Issue ${report.ticketId} is reported twice`);
    seen.add(report.ticketId);
    const issueSlas = slas.get(report.ticketId);
    if (issueSlas === undefined) {
      issuesWithoutSla.push(report.ticketId);
      return;
    }
    issuesCompared++;
    const mapped: { sla: JsmSla; metric: string }[] = [];
    for (const sla of issueSlas) {
      const metric = metricOf(sla.name);
      if (metric === undefined) slasWithoutMetric.push({ issueKey: report.ticketId, slaName: sla.name });
      else mapped.push({ sla, metric });
    }
    mapped.sort((a, b) => (order.get(a.metric) ?? 0) - (order.get(b.metric) ?? 0));
    for (const { sla, metric } of mapped) {
      slasCompared++;
      const reported = report.metrics.find((entry) => entry.metric === metric);
      const library = reported === undefined ? [] : [...reported.completed.map((cycle) => librarySide(cycle, false)), ...(reported.current === null ? [] : [librarySide(reported.current, true)])];
      const jsm = [...sla.completed, ...(sla.ongoing === null ? [] : [sla.ongoing])];
      const count = Math.max(library.length, jsm.length);
      cyclesCompared += count;
      for (let cycle = 0; cycle < count; cycle++) {
        disagreements.push(...compareCycle({ issueKey: report.ticketId, metric, slaName: sla.name, cycle }, library[cycle] ?? null, jsm[cycle] ?? null, toleranceMs));
      }
    }
  });
  return { disagreements, issuesCompared, slasCompared, cyclesCompared, issuesWithoutSla, issuesWithoutReport: [...slas.keys()].filter((key) => !seen.has(key)), slasWithoutMetric };
}
