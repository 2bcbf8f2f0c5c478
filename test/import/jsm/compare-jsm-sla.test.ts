import { describe, expect, it } from "vitest";
import { compareJsmSla } from "../../../src/import/jsm/compare-jsm-sla.js";
import { SupportPolicyError } from "../../../src/shared/errors.js";
import type { MetricCycle, MetricReport, SlaReport } from "../../../src/sla/sla-report.js";

// Hand-made reports and SLA values: the comparison reads only the cycles' instants, flags and
// targets, so each test states exactly what each side says.
const METRICS = [
  { id: "time_to_first_response", name: "Time to first response" },
  { id: "time_to_resolution", name: "Time to resolution" },
];
const H = 3_600_000;

function cycle(part: Partial<MetricCycle> & { startedAt: string }): MetricCycle {
  return {
    index: 0, outcome: "ongoing", breached: false, paused: false, dueAt: null, earliestAt: null, fulfilledAt: null, fulfilledBy: null, early: false,
    priority: null, policyId: "goals", calendar: "sydney_support", targetMs: 8 * H, carriedBusinessMs: 0, elapsedBusinessMs: 0, elapsedCalendarMs: 0,
    remainingBusinessMs: 0, remainingCalendarMs: null, overdueBy: null, retargetedAt: null, goal: null, withinCalendarHours: true, ...part,
  };
}

function metric(id: string, completed: MetricCycle[], current: MetricCycle | null): MetricReport {
  const latest = current ?? completed.at(-1) ?? null;
  return {
    metric: id, state: current === null ? "closed" : "active", breached: latest?.breached ?? false, breachCount: 0, targetMs: 8 * H, goal: null, calendar: "sydney_support",
    startedAt: latest?.startedAt ?? null, dueAt: latest?.dueAt ?? null, fulfilledAt: latest?.fulfilledAt ?? null, elapsedBusinessMs: 0, elapsedCalendarMs: 0,
    remainingBusinessMs: null, remainingCalendarMs: null, overdueBy: null, early: false, current, completed,
  };
}

function report(ticketId: string, metrics: MetricReport[]): SlaReport {
  return { ticketId, evaluatedAt: "2026-12-03T03:00:00.000Z", outcome: "policy_applied", reasons: [], policyId: "goals", policyName: null, priority: null, metrics, nextBreachAt: null, nextBreachMetric: null } as unknown as SlaReport;
}

const date = (iso: string): { iso8601: string; epochMillis: number; friendly: string } => ({ iso8601: iso, epochMillis: Date.parse(iso), friendly: iso });
const duration = (millis: number): { millis: number; friendly: string } => ({ millis, friendly: `${millis / H}h` });

// SUP-3 as both sides see it: first response met Tue 13:00 AEDT; resolution met, then reopened Thu 09:30 and running.
const ttfrCompleted = { startTime: date("2026-11-30T21:00:00.000Z"), stopTime: date("2026-12-01T02:00:00.000Z"), breachTime: date("2026-12-01T06:00:00.000Z"), breached: false, goalDuration: duration(8 * H) };
const ttrCompleted = { startTime: date("2026-11-30T21:00:00.000Z"), stopTime: date("2026-12-02T01:00:00.000Z"), breachTime: date("2026-12-02T06:00:00.000Z"), breached: false, goalDuration: duration(16 * H) };
const ttrOngoing = { startTime: date("2026-12-02T22:30:00.000Z"), breachTime: date("2026-12-06T22:30:00.000Z"), breached: false, paused: false, withinCalendarHours: true, goalDuration: duration(16 * H) };

function issueWith(ttr: unknown, ttfr: unknown = { id: "1", name: "Time to first response", completedCycles: [ttfrCompleted] }): unknown {
  return { key: "SUP-3", fields: { customfield_10030: ttfr, customfield_10031: ttr, summary: "New starter needs a laptop" } };
}

const agreeing = report("SUP-3", [
  metric("time_to_first_response", [cycle({ startedAt: "2026-11-30T21:00:00.000Z", fulfilledAt: "2026-12-01T02:00:00.000Z", dueAt: "2026-12-01T06:00:00.000Z", outcome: "met" })], null),
  metric(
    "time_to_resolution",
    [cycle({ startedAt: "2026-11-30T21:00:00.000Z", fulfilledAt: "2026-12-02T01:00:00.000Z", dueAt: "2026-12-02T06:00:00.000Z", outcome: "met", targetMs: 16 * H })],
    cycle({ index: 1, startedAt: "2026-12-02T22:30:00.000Z", dueAt: "2026-12-06T22:30:00.000Z", targetMs: 16 * H }),
  ),
]);

describe("compareJsmSla", () => {
  it("is silent when the report and JSM's SLA fields agree cycle by cycle", () => {
    const comparison = compareJsmSla([agreeing], { issues: { issues: [issueWith({ id: "2", name: "Time to resolution", completedCycles: [ttrCompleted], ongoingCycle: ttrOngoing })] } }, { metrics: METRICS });
    expect(comparison).toEqual({ disagreements: [], issuesCompared: 1, slasCompared: 2, cyclesCompared: 3, issuesWithoutSla: [], issuesWithoutReport: [], slasWithoutMetric: [] });
  });

  it("a planted disagreement is found: JSM's ongoing cycle breaches a day later and says it breached (due_differs, breach_only_in_jsm)", () => {
    const planted = { ...ttrOngoing, breachTime: date("2026-12-07T22:30:00.000Z"), breached: true };
    const comparison = compareJsmSla([agreeing], { issues: [issueWith({ id: "2", name: "Time to resolution", completedCycles: [ttrCompleted], ongoingCycle: planted })] }, { metrics: METRICS });
    expect(comparison.disagreements.map((d) => [d.code, d.metric, d.cycle, d.differenceMs])).toEqual([
      ["due_differs", "time_to_resolution", 1, 24 * H],
      ["breach_only_in_jsm", "time_to_resolution", 1, null],
    ]);
    expect(comparison.disagreements[0]?.message).toBe("Issue SUP-3, Time to resolution, cycle 2: JSM gives the breach time as 2026-12-07T22:30:00.000Z, the library 2026-12-06T22:30:00.000Z (24 h later in JSM)");
  });

  it("a cycle on one side only: JSM never saw the reopening (cycle_only_in_library); a stop only JSM has (stop_only_in_jsm)", () => {
    const noReopen = compareJsmSla([agreeing], { issues: [issueWith({ name: "Time to resolution", completedCycles: [ttrCompleted] })] }, { metrics: METRICS });
    expect(noReopen.disagreements.map((d) => d.code)).toEqual(["cycle_only_in_library"]);
    const stopped = { ...ttrCompleted, startTime: ttrOngoing.startTime, stopTime: date("2026-12-03T01:00:00.000Z"), breachTime: ttrOngoing.breachTime };
    const stoppedInJsm = compareJsmSla([agreeing], { issues: [issueWith({ name: "Time to resolution", completedCycles: [ttrCompleted, stopped] })] }, { metrics: METRICS });
    expect(stoppedInJsm.disagreements.map((d) => d.code)).toEqual(["stop_only_in_jsm"]);
  });

  it("different starts, stops and goals each have their code, with JSM's value minus the library's", () => {
    const ttfr = { name: "Time to first response", completedCycles: [{ ...ttfrCompleted, startTime: date("2026-11-30T21:01:00.000Z"), stopTime: date("2026-12-01T02:30:00.000Z"), goalDuration: duration(4 * H) }] };
    const comparison = compareJsmSla([agreeing], { issues: [issueWith({ name: "Time to resolution", completedCycles: [ttrCompleted], ongoingCycle: ttrOngoing }, ttfr)] }, { metrics: METRICS });
    expect(comparison.disagreements.map((d) => [d.code, d.differenceMs])).toEqual([
      ["start_differs", 60_000],
      ["stop_differs", 30 * 60_000],
      ["goal_differs", -4 * H],
    ]);
  });

  it("a paused cycle: JSM gives no breach time, so due instants are not compared; paused on one side only is paused_differs", () => {
    const paused = { ...ttrOngoing, paused: true };
    delete (paused as { breachTime?: unknown }).breachTime;
    const comparison = compareJsmSla([agreeing], { issues: [issueWith({ name: "Time to resolution", completedCycles: [ttrCompleted], ongoingCycle: paused })] }, { metrics: METRICS });
    expect(comparison.disagreements.map((d) => d.code)).toEqual(["paused_differs"]);
  });

  it("instants within the tolerance agree (default 1 s; 0 asks for exact agreement)", () => {
    const late = { ...ttrOngoing, breachTime: date("2026-12-06T22:30:00.500Z") };
    const values = { issues: [issueWith({ name: "Time to resolution", completedCycles: [ttrCompleted], ongoingCycle: late })] };
    expect(compareJsmSla([agreeing], values, { metrics: METRICS }).disagreements).toEqual([]);
    expect(compareJsmSla([agreeing], values, { metrics: METRICS, toleranceMs: 0 }).disagreements.map((d) => d.code)).toEqual(["due_differs"]);
  });

  it("the request SLA responses (GET /rest/servicedeskapi/request/{key}/sla) replace the issue's fields", () => {
    const requestSla = { "SUP-3": { size: 2, start: 0, limit: 50, isLastPage: true, values: [{ id: "1", name: "Time to first response", completedCycles: [ttfrCompleted] }, { id: "2", name: "Time to resolution", completedCycles: [ttrCompleted], ongoingCycle: { ...ttrOngoing, breached: true } }] } };
    const comparison = compareJsmSla([agreeing], { requestSla }, { metrics: METRICS });
    expect(comparison.disagreements.map((d) => d.code)).toEqual(["breach_only_in_jsm"]);
  });

  it("issues and SLAs on one side only are listed, not compared", () => {
    const other = { key: "SUP-9", fields: { customfield_10030: { name: "Time to first response", completedCycles: [ttfrCompleted] } } };
    const unknownSla = issueWith({ name: "Time to close after resolution", completedCycles: [] });
    const comparison = compareJsmSla([agreeing, report("SUP-4", [])], { issues: [unknownSla, other] }, { metrics: METRICS });
    expect(comparison).toMatchObject({ issuesWithoutSla: ["SUP-4"], issuesWithoutReport: ["SUP-9"], slasWithoutMetric: [{ issueKey: "SUP-3", slaName: "Time to close after resolution" }] });
  });

  it("a malformed SLA value is an error with its path; a ticket reported twice is duplicate_id", () => {
    const bad = issueWith({ name: "Time to resolution", completedCycles: [{ ...ttrCompleted, stopTime: { friendly: "yesterday" } }] });
    try {
      compareJsmSla([agreeing], { issues: [bad] }, { metrics: METRICS });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SupportPolicyError);
      expect((error as SupportPolicyError).path).toEqual(["values", "issues", 0, "fields", "customfield_10031", "completedCycles", 0, "stopTime"]);
    }
    expect(() => compareJsmSla([agreeing, agreeing], { issues: [] }, { metrics: METRICS })).toThrow(/reported twice/);
  });
});
