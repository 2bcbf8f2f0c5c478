import { describe, expect, it } from "vitest";
import { evaluateSla } from "../../src/sla/evaluate-sla.js";
import { prepareSlaPolicies } from "../../src/sla/prepare-sla-policies.js";
import { AROUND_THE_CLOCK } from "../../src/sla/sla-vocabulary.js";
import {
  HOUR,
  MINUTE,
  agent,
  at,
  autoReply,
  customer,
  fourBusinessHours,
  hourly,
  metricOf,
  note,
  nowAt,
  priority,
  status,
  ticket,
} from "./sla-fixtures.js";

describe("§2 clock semantics (Zendesk's model), one-hour targets around the clock", () => {
  it('"first reply (from creation to the first public agent comment)"', () => {
    const report = evaluateSla(ticket([agent(20)]), hourly, nowAt(30));
    const first = metricOf(report, "first_reply");
    expect(first).toMatchObject({
      state: "closed",
      breached: false,
      startedAt: at(0),
      dueAt: at(60),
      fulfilledAt: at(20),
      elapsedBusinessMs: 20 * MINUTE,
      elapsedCalendarMs: 20 * MINUTE,
      remainingBusinessMs: 40 * MINUTE,
      current: null,
    });
    expect(first.completed).toHaveLength(1);
    expect(first.completed[0]).toMatchObject({ outcome: "met", fulfilledBy: "agent_reply" });
  });

  it('"Private comments and automated replies fulfil nothing"', () => {
    const report = evaluateSla(ticket([note(5), autoReply(6)]), hourly, nowAt(70));
    const first = metricOf(report, "first_reply");
    expect(first).toMatchObject({ state: "active", breached: true, fulfilledAt: null, dueAt: at(60), overdueBy: { businessMs: 10 * MINUTE, calendarMs: 10 * MINUTE } });
    expect(metricOf(report, "periodic_update").state).toBe("not_started");
    expect(report.reasons.map((reason) => reason.code)).toContain("metric_breached");
  });

  it('"next reply (from the oldest unanswered public customer comment to the next public agent comment; repeats every customer turn)"', () => {
    const report = evaluateSla(ticket([agent(10), customer(20), customer(30), agent(50), customer(100), agent(110)]), hourly, nowAt(120));
    const next = metricOf(report, "next_reply");
    expect(next).toMatchObject({ state: "closed", breached: false });
    expect(next.completed.map((cycle) => [cycle.startedAt, cycle.fulfilledAt, cycle.outcome])).toEqual([
      [at(20), at(50), "met"],
      [at(100), at(110), "met"],
    ]);
  });

  it('"Next reply starts only after the first reply is fulfilled: customer comments before the first public agent reply belong to the first-reply cycle"', () => {
    const report = evaluateSla(ticket([customer(5), customer(10), agent(30)]), hourly, nowAt(40));
    expect(metricOf(report, "next_reply")).toMatchObject({ state: "not_started", current: null, completed: [], remainingBusinessMs: null });
    expect(metricOf(report, "first_reply").fulfilledAt).toBe(at(30));
  });

  it('"periodic update (from each public agent comment to the next)" and "pausable update (same, paused while Pending)"', () => {
    const report = evaluateSla(ticket([agent(10), agent(40), status(50, "pending")]), hourly, nowAt(100));
    const periodic = metricOf(report, "periodic_update");
    expect(periodic.completed.map((cycle) => [cycle.startedAt, cycle.fulfilledAt])).toEqual([[at(10), at(40)]]);
    // Due exactly at now: not breached yet.
    expect(periodic).toMatchObject({ state: "active", startedAt: at(40), dueAt: at(100), breached: false, elapsedBusinessMs: HOUR });
    const pausable = metricOf(report, "pausable_update");
    expect(pausable).toMatchObject({ state: "paused", startedAt: at(40), dueAt: null, breached: false, elapsedBusinessMs: 10 * MINUTE, remainingBusinessMs: 50 * MINUTE });
  });

  it('"requester wait (creation to Solved, paused while Pending), agent work (paused while Pending and On-hold), total resolution (never paused)"', () => {
    const events = [status(10, "open"), status(20, "pending"), status(30, "open"), status(40, "on_hold"), status(50, "open")];
    const report = evaluateSla(ticket(events), hourly, nowAt(60));
    expect(metricOf(report, "requester_wait")).toMatchObject({ elapsedBusinessMs: 50 * MINUTE, elapsedCalendarMs: 50 * MINUTE, dueAt: at(70) });
    expect(metricOf(report, "agent_work")).toMatchObject({ elapsedBusinessMs: 40 * MINUTE, dueAt: at(80) });
    expect(metricOf(report, "total_resolution")).toMatchObject({ elapsedBusinessMs: HOUR, dueAt: at(60), breached: false });
  });

  it('"Solving a ticket fulfils every running reply and update clock (a first reply never sent is fulfilled by the solve, breached if the solve came after the due time)"', () => {
    const late = evaluateSla(ticket([customer(5), status(90, "solved")]), hourly, nowAt(100));
    expect(metricOf(late, "first_reply")).toMatchObject({ state: "closed", breached: true, fulfilledAt: at(90), overdueBy: { calendarMs: 30 * MINUTE } });
    expect(metricOf(late, "first_reply").completed[0]?.fulfilledBy).toBe("solved");
    const early = evaluateSla(ticket([agent(10), status(30, "solved")]), hourly, nowAt(100));
    expect(metricOf(early, "first_reply")).toMatchObject({ state: "closed", breached: false });
    expect(metricOf(early, "periodic_update")).toMatchObject({ state: "closed", breached: false, fulfilledAt: at(30) });
    expect(metricOf(early, "total_resolution")).toMatchObject({ state: "closed", breached: false, fulfilledAt: at(30), elapsedBusinessMs: 30 * MINUTE });
    expect(early.nextBreachAt).toBeNull();
  });

  it('"solved freezes the clocks"', () => {
    const solved = ticket([agent(10), status(30, "solved")]);
    const soon = evaluateSla(solved, hourly, nowAt(40));
    const later = evaluateSla(solved, hourly, nowAt(5000));
    expect(later.metrics).toEqual(soon.metrics);
  });

  it('"Reopening (solved → open) restarts: next reply at the next customer comment; requester wait, agent work and total resolution as a new cycle that carries the time already used"', () => {
    const report = evaluateSla(ticket([agent(10), status(20, "solved"), customer(40), status(40, "open"), agent(70)]), hourly, nowAt(100));
    expect(metricOf(report, "next_reply").completed.map((cycle) => [cycle.startedAt, cycle.fulfilledAt])).toEqual([[at(40), at(70)]]);
    const total = metricOf(report, "total_resolution");
    expect(total.completed).toHaveLength(1);
    expect(total.current).toMatchObject({ index: 1, startedAt: at(40), carriedBusinessMs: 20 * MINUTE, elapsedBusinessMs: HOUR, remainingBusinessMs: -20 * MINUTE, dueAt: at(80), breached: true });
    expect(metricOf(report, "periodic_update").current?.startedAt).toBe(at(70));

    const agentReopens = evaluateSla(ticket([agent(10), status(20, "solved"), status(30, "open"), customer(50), agent(55)]), hourly, nowAt(60));
    expect(metricOf(agentReopens, "next_reply").completed.map((cycle) => cycle.startedAt)).toEqual([at(50)]);
  });

  it('"a metric fulfilled at or before its due instant is met; an active metric is breached only once now is strictly after its due instant"', () => {
    expect(metricOf(evaluateSla(ticket([agent(60)]), hourly, nowAt(61)), "first_reply")).toMatchObject({ state: "closed", breached: false });
    expect(metricOf(evaluateSla(ticket([agent(61)]), hourly, nowAt(61)), "first_reply")).toMatchObject({ state: "closed", breached: true });
    expect(metricOf(evaluateSla(ticket([]), hourly, nowAt(60)), "first_reply").breached).toBe(false);
    expect(metricOf(evaluateSla(ticket([]), hourly, new Date(T0Plus(60) + 1)), "first_reply").breached).toBe(true);
  });

  it('"GitLab\'s first and next reply do not pause on Pending or On-hold"', () => {
    const report = evaluateSla(ticket([status(10, "pending"), status(20, "on_hold")]), hourly, nowAt(70));
    expect(metricOf(report, "first_reply")).toMatchObject({ state: "active", breached: true, elapsedBusinessMs: 70 * MINUTE });
  });

  it('"Priority change mid-ticket: the new priority\'s targets apply, measured from the metric\'s original start, so raising priority can breach at once (reported, not hidden)"', () => {
    const raised = ticket([priority(40, "urgent")]);
    expect(metricOf(evaluateSla(raised, hourly, nowAt(35)), "first_reply")).toMatchObject({ dueAt: at(60), breached: false, targetMs: HOUR });
    const report = evaluateSla(raised, hourly, nowAt(41));
    expect(metricOf(report, "first_reply")).toMatchObject({ dueAt: at(30), breached: true, targetMs: 30 * MINUTE });
    expect(metricOf(report, "first_reply").current?.retargetedAt).toBe(at(40));
    const reason = report.reasons.find((entry) => entry.code === "breached_on_retarget");
    expect(reason?.facts).toMatchObject({ metric: "first_reply", dueAt: at(30), retargetedAt: at(40), priority: "urgent" });
    expect(reason?.message).toContain("breached at once when the priority changed to urgent");
  });

  it('"an active or paused metric can also be breached, as in Zendesk"', () => {
    const report = evaluateSla(ticket([status(70, "pending")]), hourly, nowAt(90));
    expect(metricOf(report, "requester_wait")).toMatchObject({ state: "paused", breached: true, dueAt: at(60), elapsedBusinessMs: 70 * MINUTE, overdueBy: { businessMs: 10 * MINUTE, calendarMs: 30 * MINUTE } });
    expect(metricOf(report, "total_resolution")).toMatchObject({ state: "active", breached: true });
    expect(report.nextBreachAt).toBeNull();
  });

  it("setting the priority a ticket already has re-targets nothing", () => {
    const report = evaluateSla(ticket([priority(20, "normal")]), hourly, nowAt(30));
    expect(metricOf(report, "first_reply").current?.retargetedAt).toBeNull();
  });

  it('"completed cycles are kept with met or breached"', () => {
    const report = evaluateSla(ticket([agent(5), customer(10), agent(100), customer(110), agent(120)]), hourly, nowAt(130));
    const next = metricOf(report, "next_reply");
    expect(next.completed.map((cycle) => cycle.outcome)).toEqual(["breached", "met"]);
    expect(next).toMatchObject({ state: "closed", breached: false, breachCount: 1 });
  });

  it('"events after now are ignored, so a report can be computed as of any past moment"', () => {
    const report = evaluateSla(ticket([agent(20)]), hourly, nowAt(10));
    expect(metricOf(report, "first_reply")).toMatchObject({ state: "active", elapsedBusinessMs: 10 * MINUTE, fulfilledAt: null });
  });

  it("the earliest next breach over all metrics, with the next step", () => {
    const report = evaluateSla(ticket([agent(10), customer(20)]), hourly, nowAt(30));
    expect(report.nextBreachAt).toBe(at(60));
    expect(report.nextBreachMetric).toBe("requester_wait");
    expect(report.next).toEqual({ action: "fulfil_requester_wait", at: at(60), message: `Fulfil requester_wait by ${at(60)} to avoid a breach` });
    expect(metricOf(report, "next_reply").dueAt).toBe(at(80));
  });
});

function T0Plus(minutes: number): number {
  return nowAt(minutes).getTime();
}

describe("§2 business calendars: pauses subtract business time; status views need both clocks", () => {
  // Friday 2026-03-20 16:00 in Los Angeles: one hour of Global Support Hours left before the weekend.
  const friday = "2026-03-20T23:00:00Z";

  it('"Status views need both business and calendar time remaining, and a negative overrun once breached"', () => {
    const report = evaluateSla(ticket([], { createdAt: friday }), fourBusinessHours, new Date("2026-03-21T20:00:00Z"));
    expect(metricOf(report, "first_reply")).toMatchObject({
      dueAt: "2026-03-23T01:00:00.000Z",
      elapsedBusinessMs: HOUR,
      elapsedCalendarMs: 21 * HOUR,
      remainingBusinessMs: 3 * HOUR,
      remainingCalendarMs: 29 * HOUR,
    });
    const late = evaluateSla(ticket([], { createdAt: friday }), fourBusinessHours, new Date("2026-03-23T03:00:00Z"));
    expect(metricOf(late, "first_reply")).toMatchObject({ breached: true, remainingBusinessMs: -2 * HOUR, remainingCalendarMs: -2 * HOUR, overdueBy: { businessMs: 2 * HOUR, calendarMs: 2 * HOUR } });
  });

  it('"pauses subtract business time"', () => {
    const events = [
      { type: "status_change" as const, at: "2026-03-20T23:30:00Z", status: "pending" as const },
      { type: "status_change" as const, at: "2026-03-22T23:00:00Z", status: "open" as const },
    ];
    const report = evaluateSla(ticket(events, { createdAt: friday }), fourBusinessHours, new Date("2026-03-23T00:00:00Z"));
    expect(metricOf(report, "requester_wait")).toMatchObject({ state: "active", elapsedBusinessMs: 90 * MINUTE, elapsedCalendarMs: 90 * MINUTE });
    expect(metricOf(report, "total_resolution")).toMatchObject({ elapsedBusinessMs: 3 * HOUR, elapsedCalendarMs: 49 * HOUR });
  });

  it('"Each target says whether it runs on a business calendar or around the clock"', () => {
    const report = evaluateSla(ticket([], { createdAt: friday }), hourly, new Date("2026-03-21T20:00:00Z"));
    expect(metricOf(report, "first_reply")).toMatchObject({ calendar: AROUND_THE_CLOCK, dueAt: "2026-03-21T00:00:00.000Z", breached: true });
  });
});

describe("§2 policy choice", () => {
  const set = prepareSlaPolicies({
    policies: [
      { id: "emergency", name: "Emergency", conditions: { channel: ["emergency"] }, targets: [{ metric: "first_reply", duration: { minutes: 30 }, calendar: AROUND_THE_CLOCK }] },
      { id: "premium", name: "Premium", conditions: { supportLevel: ["priority"] }, targets: [{ metric: "first_reply", priority: "high", duration: { hours: 4 }, calendar: AROUND_THE_CLOCK }] },
      { id: "vip", name: "VIP tags", conditions: { tags: { any: ["vip"], none: ["spam"] } }, targets: [{ metric: "first_reply", duration: { hours: 2 }, calendar: AROUND_THE_CLOCK }] },
    ],
  });

  it('"an ordered list of policies with conditions; the first that matches applies; one policy per ticket at a time"', () => {
    const report = evaluateSla(ticket([], { channel: "emergency", organization: { supportLevel: "priority" }, priority: "high" }), set, nowAt(1));
    expect(report).toMatchObject({ outcome: "policy_applied", policyId: "emergency" });
    expect(report.reasons[0]).toMatchObject({ code: "policy_matched", facts: { policyId: "emergency" } });
    const premium = evaluateSla(ticket([], { organization: { supportLevel: "priority" }, priority: "high" }), set, nowAt(1));
    expect(premium.policyId).toBe("premium");
    expect(metricOf(premium, "first_reply").dueAt).toBe(at(240));
  });

  it("no policy matches: the ticket has no SLA", () => {
    const report = evaluateSla(ticket([], { organization: { supportLevel: "none" }, tags: ["vip", "spam"] }), set, nowAt(1));
    expect(report).toMatchObject({ outcome: "no_policy", policyId: null, metrics: [], nextBreachAt: null });
    expect(report.reasons[0]?.code).toBe("no_policy_matched");
  });

  it('"Cannot decide, facts missing" is its own outcome, never a "no"', () => {
    const report = evaluateSla(ticket([], { tags: ["vip"] }), set, nowAt(1));
    expect(report).toMatchObject({ outcome: "cannot_decide", missing: ["organization.supportLevel"], policyId: null });
    expect(report.reasons[0]?.code).toBe("policy_undecidable");
  });

  it("a policy with targets per priority cannot decide a ticket without one", () => {
    const report = evaluateSla(ticket([], { organization: { supportLevel: "priority" }, priority: null }), set, nowAt(1));
    expect(report).toMatchObject({ outcome: "cannot_decide", missing: ["priority"], policyId: "premium" });
    expect(report.reasons.map((reason) => reason.code)).toEqual(["policy_matched", "priority_missing"]);
  });
});
