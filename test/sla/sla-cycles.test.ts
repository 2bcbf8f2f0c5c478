import { describe, expect, it } from "vitest";
import { evaluateSla } from "../../src/sla/evaluate-sla.js";
import type { SlaReport } from "../../src/sla/sla-report.js";
import type { MetricId } from "../../src/sla/sla-vocabulary.js";
import { HOUR, MINUTE, agent, at, customer, fourBusinessHours, hourly, metricOf, nowAt, priority, status, ticket } from "./sla-fixtures.js";

/** Every cycle of a metric as [start, fulfilment, what fulfilled it]. */
function cycles(report: SlaReport, metric: MetricId): [string, string | null, string | null][] {
  const found = metricOf(report, metric);
  return [...found.completed, ...(found.current === null ? [] : [found.current])].map((cycle) => [cycle.startedAt, cycle.fulfilledAt, cycle.fulfilledBy]);
}

describe("§2 clock semantics: where cycles start and end", () => {
  it('a ticket solved as it was opened (a status change at its creation): "Solving a ticket fulfils every running reply and update clock" at its creation', () => {
    for (const arrived of ["solved", "closed"] as const) {
      const report = evaluateSla(ticket([status(0, arrived), customer(5)]), hourly, nowAt(10));
      expect(cycles(report, "first_reply")).toEqual([[at(0), at(0), "solved"]]);
      expect(cycles(report, "total_resolution")).toEqual([[at(0), at(0), "solved"]]);
      expect(cycles(report, "next_reply")).toEqual([]);
      expect(cycles(report, "periodic_update")).toEqual([]);
      expect(metricOf(report, "first_reply")).toMatchObject({ state: "closed", breached: false, elapsedBusinessMs: 0, remainingBusinessMs: HOUR });
      expect(report.nextBreachAt).toBeNull();
    }
  });

  it("an agent comment on a solved ticket fulfils nothing and starts no update clock", () => {
    const report = evaluateSla(ticket([agent(5), status(10, "solved"), agent(20)]), hourly, nowAt(30));
    expect(cycles(report, "periodic_update")).toEqual([[at(5), at(10), "solved"]]);
    expect(cycles(report, "pausable_update")).toEqual([[at(5), at(10), "solved"]]);
    expect(metricOf(report, "periodic_update")).toMatchObject({ state: "closed", breached: false, current: null });
  });

  it('"Reopening (solved → open) restarts: next reply at the next customer comment": a comment made while solved waits for the reopen', () => {
    const report = evaluateSla(ticket([agent(5), status(10, "solved"), customer(20), customer(25), status(40, "open")]), hourly, nowAt(50));
    expect(cycles(report, "next_reply")).toEqual([[at(40), null, null]]);
    expect(metricOf(report, "next_reply")).toMatchObject({ state: "active", dueAt: at(100), elapsedBusinessMs: 10 * MINUTE });
  });

  it("a reopen with no customer comment waiting starts no next reply, but restarts the resolution clocks", () => {
    const report = evaluateSla(ticket([agent(5), status(10, "solved"), status(40, "open")]), hourly, nowAt(50));
    expect(cycles(report, "next_reply")).toEqual([]);
    expect(cycles(report, "requester_wait")).toEqual([
      [at(0), at(10), "solved"],
      [at(40), null, null],
    ]);
    for (const metric of ["requester_wait", "agent_work", "total_resolution"] as const) {
      expect(metricOf(report, metric).current).toMatchObject({ index: 1, carriedBusinessMs: 10 * MINUTE, elapsedBusinessMs: 10 * MINUTE, remainingBusinessMs: 40 * MINUTE, dueAt: at(90) });
    }
  });

  it("a customer comment on a closed ticket starts nothing", () => {
    const report = evaluateSla(ticket([agent(5), status(10, "solved"), status(20, "closed"), customer(30)]), hourly, nowAt(40));
    expect(cycles(report, "next_reply")).toEqual([]);
    expect(metricOf(report, "requester_wait")).toMatchObject({ state: "closed", breached: false, fulfilledAt: at(10) });
  });

  it("moving between running statuses (new → open) changes no clock", () => {
    const report = evaluateSla(ticket([status(5, "open"), status(10, "open")]), hourly, nowAt(20));
    for (const metric of ["first_reply", "requester_wait", "agent_work", "total_resolution"] as const) {
      expect(metricOf(report, metric)).toMatchObject({ state: "active", dueAt: at(60), elapsedBusinessMs: 20 * MINUTE });
    }
  });

  it("solving from pending fulfils the paused clocks at the solve", () => {
    const report = evaluateSla(ticket([agent(5), status(10, "pending"), status(30, "solved")]), hourly, nowAt(40));
    expect(metricOf(report, "requester_wait")).toMatchObject({ state: "closed", breached: false, fulfilledAt: at(30), elapsedBusinessMs: 10 * MINUTE, dueAt: at(80) });
    expect(metricOf(report, "pausable_update")).toMatchObject({ state: "closed", breached: false, fulfilledAt: at(30), elapsedBusinessMs: 5 * MINUTE, dueAt: at(85) });
    expect(metricOf(report, "total_resolution")).toMatchObject({ state: "closed", breached: false, elapsedBusinessMs: 30 * MINUTE, dueAt: at(60) });
  });

  it('"requester wait (... paused while Pending)": solved while pending, before the target ran out, is met however long the pause', () => {
    const report = evaluateSla(ticket([status(55, "pending"), status(200, "solved")]), hourly, nowAt(210));
    for (const metric of ["requester_wait", "agent_work"] as const) {
      expect(metricOf(report, metric)).toMatchObject({
        state: "closed",
        breached: false,
        breachCount: 0,
        fulfilledAt: at(200),
        dueAt: at(205),
        elapsedBusinessMs: 55 * MINUTE,
        remainingBusinessMs: 5 * MINUTE,
        remainingCalendarMs: 5 * MINUTE,
        overdueBy: null,
      });
    }
    // Total resolution never pauses: it ran out at +60.
    expect(metricOf(report, "total_resolution")).toMatchObject({ state: "closed", breached: true, dueAt: at(60), overdueBy: { businessMs: 140 * MINUTE, calendarMs: 140 * MINUTE } });
    expect(report.reasons.map((reason) => reason.facts["metric"])).toEqual([undefined, "first_reply", "total_resolution"]);
  });

  it("a ticket pending from its creation and solved later never ran its pausable clocks", () => {
    const report = evaluateSla(ticket([], { status: "pending", events: [status(90, "solved")] }), hourly, nowAt(100));
    expect(metricOf(report, "requester_wait")).toMatchObject({ state: "closed", breached: false, elapsedBusinessMs: 0, dueAt: at(150), overdueBy: null });
    expect(metricOf(report, "first_reply")).toMatchObject({ state: "closed", breached: true, dueAt: at(60) });
  });

  it('a reopened cycle "carries the time already used": when that time already exceeds the target, it was due before the reopen', () => {
    const report = evaluateSla(ticket([agent(5), status(70, "solved"), status(80, "open")]), hourly, nowAt(90));
    const total = metricOf(report, "total_resolution");
    expect(total.completed).toEqual([expect.objectContaining({ outcome: "breached", dueAt: at(60), fulfilledAt: at(70) })]);
    expect(total.current).toMatchObject({
      index: 1,
      startedAt: at(80),
      dueAt: at(60),
      breached: true,
      carriedBusinessMs: 70 * MINUTE,
      elapsedBusinessMs: 10 * MINUTE,
      remainingBusinessMs: -20 * MINUTE,
      remainingCalendarMs: -30 * MINUTE,
      overdueBy: { businessMs: 20 * MINUTE, calendarMs: 30 * MINUTE },
    });
    expect(total.breachCount).toBe(2);
  });

  it("a reopened cycle whose carried time is exactly the target was due at the earlier cycle's due instant", () => {
    const report = evaluateSla(ticket([agent(5), status(60, "solved"), status(80, "open")]), hourly, nowAt(90));
    const total = metricOf(report, "total_resolution");
    expect(total.completed).toEqual([expect.objectContaining({ outcome: "met", dueAt: at(60), fulfilledAt: at(60) })]);
    expect(total.current).toMatchObject({ startedAt: at(80), dueAt: at(60), breached: true, carriedBusinessMs: HOUR, remainingBusinessMs: -10 * MINUTE });
  });

  it('events exactly at now count: "events after now are ignored", not those at it', () => {
    const report = evaluateSla(ticket([agent(10), customer(20)]), hourly, nowAt(20));
    expect(cycles(report, "first_reply")).toEqual([[at(0), at(10), "agent_reply"]]);
    expect(cycles(report, "next_reply")).toEqual([[at(20), null, null]]);
  });

  it("a ticket solved before any reply and reopened: the solve was its first reply, so the next customer comment starts next reply", () => {
    const report = evaluateSla(ticket([status(10, "solved"), status(20, "open"), customer(30)]), hourly, nowAt(40));
    expect(cycles(report, "first_reply")).toEqual([[at(0), at(10), "solved"]]);
    expect(cycles(report, "next_reply")).toEqual([[at(30), null, null]]);
    const arrivedSolved = evaluateSla(ticket([status(0, "solved"), status(20, "open"), customer(30)]), hourly, nowAt(40));
    expect(cycles(arrivedSolved, "next_reply")).toEqual([[at(30), null, null]]);
  });

  it('"next reply ... to the next public agent comment", "periodic update (from each public agent comment to the next)": fulfilled by the agent\'s reply', () => {
    const report = evaluateSla(ticket([agent(5), customer(10), agent(20)]), hourly, nowAt(30));
    expect(cycles(report, "next_reply")).toEqual([[at(10), at(20), "agent_reply"]]);
    for (const metric of ["periodic_update", "pausable_update"] as const) {
      expect(cycles(report, metric)).toEqual([
        [at(5), at(20), "agent_reply"],
        [at(20), null, null],
      ]);
    }
  });

  it("severity and assignee changes touch no clock", () => {
    const events = [
      { type: "severity_change" as const, at: at(5), severity: 1 as const, by: "customer" as const },
      { type: "assignee_change" as const, at: at(6), assignee: "sam" },
    ];
    const report = evaluateSla(ticket(events), hourly, nowAt(10));
    expect(metricOf(report, "first_reply")).toMatchObject({ state: "active", dueAt: at(60), current: { retargetedAt: null } });
  });
});

describe('§2 "Priority change mid-ticket": which priority a cycle is measured at', () => {
  it("a priority set at the cycle's start is its priority from the start, not a re-target", () => {
    const report = evaluateSla(ticket([priority(0, "urgent")]), hourly, nowAt(10));
    expect(metricOf(report, "first_reply").current).toMatchObject({ priority: "urgent", dueAt: at(30), retargetedAt: null });
  });

  it("a priority change at the very instant of the reply applies to that reply", () => {
    const report = evaluateSla(ticket([priority(40, "urgent"), agent(40)]), hourly, nowAt(50));
    expect(metricOf(report, "first_reply").completed).toEqual([
      expect.objectContaining({ priority: "urgent", dueAt: at(30), fulfilledAt: at(40), outcome: "breached", retargetedAt: at(40) }),
    ]);
    expect(report.reasons.map((reason) => reason.code)).toEqual(["policy_matched", "breached_on_retarget"]);
  });

  it("a priority change after the reply leaves the completed cycle alone", () => {
    const report = evaluateSla(ticket([agent(40), priority(41, "urgent")]), hourly, nowAt(50));
    expect(metricOf(report, "first_reply").completed).toEqual([
      expect.objectContaining({ priority: "normal", dueAt: at(60), outcome: "met", retargetedAt: null }),
    ]);
    expect(report.priority).toBe("urgent");
  });

  it("of several changes inside a cycle, the last one is the re-target", () => {
    const report = evaluateSla(ticket([priority(10, "high"), priority(20, "low"), priority(25, "urgent")]), hourly, nowAt(26));
    expect(metricOf(report, "first_reply").current).toMatchObject({ priority: "urgent", retargetedAt: at(25), dueAt: at(30), breached: false });
    expect(metricOf(evaluateSla(ticket([priority(10, "high"), priority(20, "low")]), hourly, nowAt(15)), "first_reply").current).toMatchObject({ priority: "high", retargetedAt: at(10) });
  });
});

describe("§2 due instants across pauses and closed hours", () => {
  it('"null while paused before reaching it": a paused metric has no due instant and no calendar time remaining', () => {
    const report = evaluateSla(ticket([status(20, "pending")]), hourly, nowAt(30));
    expect(metricOf(report, "requester_wait")).toMatchObject({ state: "paused", dueAt: null, remainingBusinessMs: 40 * MINUTE, remainingCalendarMs: null, overdueBy: null });
    expect(metricOf(report, "requester_wait").current).toMatchObject({ paused: true, dueAt: null, remainingCalendarMs: null });
  });

  it("a paused metric's due instant moves by the length of the pause", () => {
    const report = evaluateSla(ticket([status(20, "pending"), status(50, "open")]), hourly, nowAt(100));
    expect(metricOf(report, "requester_wait")).toMatchObject({ state: "active", breached: true, dueAt: at(90), elapsedBusinessMs: 70 * MINUTE, elapsedCalendarMs: 70 * MINUTE, overdueBy: { businessMs: 10 * MINUTE, calendarMs: 10 * MINUTE } });
    expect(metricOf(report, "total_resolution")).toMatchObject({ dueAt: at(60), elapsedBusinessMs: 100 * MINUTE });
  });

  it('"Adding N business time returns the earliest instant": a target that runs out at Friday\'s close is due then, and the overrun in business time stays 0 over the weekend', () => {
    // Friday 13:00 in Los Angeles; Global Support Hours close at 17:00 (00:00 UTC).
    const report = evaluateSla(ticket([], { createdAt: "2026-03-20T20:00:00Z" }), fourBusinessHours, new Date("2026-03-21T19:00:00Z"));
    expect(metricOf(report, "first_reply")).toMatchObject({
      state: "active",
      breached: true,
      dueAt: "2026-03-21T00:00:00.000Z",
      elapsedBusinessMs: 4 * HOUR,
      elapsedCalendarMs: 23 * HOUR,
      remainingBusinessMs: 0,
      remainingCalendarMs: -19 * HOUR,
      overdueBy: { businessMs: 0, calendarMs: 19 * HOUR },
    });
  });
});

