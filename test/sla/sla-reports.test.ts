import { describe, expect, it } from "vitest";
import { evaluateSla } from "../../src/sla/evaluate-sla.js";
import { prepareSlaPolicies } from "../../src/sla/prepare-sla-policies.js";
import type { MetricCycle } from "../../src/sla/sla-report.js";
import { AROUND_THE_CLOCK } from "../../src/sla/sla-vocabulary.js";
import { HOUR, MINUTE, agent, at, customer, hourly, metricOf, nowAt, priority, status, ticket } from "./sla-fixtures.js";

const RULE_CHOICE = "§2 clock semantics: policy choice, the first policy whose conditions match applies";
const RULE_BREACH = "§2 clock semantics: met when fulfilled at or before the due instant; an active metric breaches once now is after it";
const RULE_RETARGET = "§2 clock semantics: a priority change re-targets from the metric's original start, so raising priority can breach at once";
const RULE_EARLY = "§2 2016 edition: posted issues, within two weeks but not sooner than two days";

/** First reply in one hour, next reply in two, around the clock; Urgent first reply in 30 minutes. */
const replies = prepareSlaPolicies({
  policies: [
    {
      id: "replies",
      name: "Replies",
      targets: [
        { metric: "first_reply", duration: { hours: 1 }, calendar: AROUND_THE_CLOCK },
        { metric: "next_reply", duration: { hours: 2 }, calendar: AROUND_THE_CLOCK },
        { metric: "first_reply", priority: "urgent", duration: { minutes: 30 }, calendar: AROUND_THE_CLOCK },
      ],
    },
  ],
});

const matched = (priorityValue: string | null = "normal") => ({
  code: "policy_matched",
  rule: RULE_CHOICE,
  message: 'Policy "Replies" applies: it is the first whose conditions match',
  facts: { policyId: "replies", priority: priorityValue, channel: "ticket", supportLevel: null, plan: null },
});

function cycle(fields: Partial<MetricCycle>): MetricCycle {
  return {
    index: 0,
    outcome: "ongoing",
    breached: false,
    paused: false,
    startedAt: at(0),
    dueAt: at(60),
    earliestAt: null,
    fulfilledAt: null,
    fulfilledBy: null,
    early: false,
    priority: "normal",
    policyId: "replies",
    goal: null,
    calendar: AROUND_THE_CLOCK,
    targetMs: HOUR,
    carriedBusinessMs: 0,
    elapsedBusinessMs: 0,
    elapsedCalendarMs: 0,
    remainingBusinessMs: HOUR,
    remainingCalendarMs: HOUR,
    overdueBy: null,
    retargetedAt: null,
    withinCalendarHours: true,
    ...fields,
  };
}

const inactiveNextReply = {
  metric: "next_reply",
  state: "not_started",
  breached: false,
  breachCount: 0,
  targetMs: 2 * HOUR,
  goal: null,
  calendar: AROUND_THE_CLOCK,
  startedAt: null,
  dueAt: null,
  fulfilledAt: null,
  elapsedBusinessMs: 0,
  elapsedCalendarMs: 0,
  remainingBusinessMs: null,
  remainingCalendarMs: null,
  overdueBy: null,
  early: false,
  current: null,
  completed: [],
};

describe("SLA reports, in full", () => {
  it('"first reply (from creation to the first public agent comment)" met, "next reply" running: the next breach and the next step', () => {
    const report = evaluateSla(ticket([agent(20), customer(30)]), replies, nowAt(40));
    const firstReply = cycle({ outcome: "met", fulfilledAt: at(20), fulfilledBy: "agent_reply", elapsedBusinessMs: 20 * MINUTE, elapsedCalendarMs: 20 * MINUTE, remainingBusinessMs: 40 * MINUTE, remainingCalendarMs: 40 * MINUTE });
    const nextReply = cycle({ startedAt: at(30), dueAt: at(150), targetMs: 2 * HOUR, elapsedBusinessMs: 10 * MINUTE, elapsedCalendarMs: 10 * MINUTE, remainingBusinessMs: 110 * MINUTE, remainingCalendarMs: 110 * MINUTE });
    expect(report).toEqual({
      ticketId: "T-1",
      evaluatedAt: at(40),
      priority: "normal",
      outcome: "policy_applied",
      policyId: "replies",
      policyName: "Replies",
      metrics: [
        {
          metric: "first_reply",
          state: "closed",
          breached: false,
          breachCount: 0,
          targetMs: HOUR,
          goal: null,
          calendar: AROUND_THE_CLOCK,
          startedAt: at(0),
          dueAt: at(60),
          fulfilledAt: at(20),
          elapsedBusinessMs: 20 * MINUTE,
          elapsedCalendarMs: 20 * MINUTE,
          remainingBusinessMs: 40 * MINUTE,
          remainingCalendarMs: 40 * MINUTE,
          overdueBy: null,
          early: false,
          current: null,
          completed: [firstReply],
        },
        {
          metric: "next_reply",
          state: "active",
          breached: false,
          breachCount: 0,
          targetMs: 2 * HOUR,
          goal: null,
          calendar: AROUND_THE_CLOCK,
          startedAt: at(30),
          dueAt: at(150),
          fulfilledAt: null,
          elapsedBusinessMs: 10 * MINUTE,
          elapsedCalendarMs: 10 * MINUTE,
          remainingBusinessMs: 110 * MINUTE,
          remainingCalendarMs: 110 * MINUTE,
          overdueBy: null,
          early: false,
          current: nextReply,
          completed: [],
        },
      ],
      nextBreachAt: at(150),
      nextBreachMetric: "next_reply",
      reasons: [matched()],
      next: { action: "fulfil_next_reply", at: at(150), message: `Fulfil next_reply by ${at(150)} to avoid a breach` },
    });
  });

  it('"an active metric is breached only once now is strictly after its due instant": still unfulfilled, no next step', () => {
    const report = evaluateSla(ticket([customer(5)]), replies, nowAt(70));
    const overdue = { businessMs: 10 * MINUTE, calendarMs: 10 * MINUTE };
    const current = cycle({ breached: true, elapsedBusinessMs: 70 * MINUTE, elapsedCalendarMs: 70 * MINUTE, remainingBusinessMs: -10 * MINUTE, remainingCalendarMs: -10 * MINUTE, overdueBy: overdue });
    expect(report).toEqual({
      ticketId: "T-1",
      evaluatedAt: at(70),
      priority: "normal",
      outcome: "policy_applied",
      policyId: "replies",
      policyName: "Replies",
      metrics: [
        {
          metric: "first_reply",
          state: "active",
          breached: true,
          breachCount: 1,
          targetMs: HOUR,
          goal: null,
          calendar: AROUND_THE_CLOCK,
          startedAt: at(0),
          dueAt: at(60),
          fulfilledAt: null,
          elapsedBusinessMs: 70 * MINUTE,
          elapsedCalendarMs: 70 * MINUTE,
          remainingBusinessMs: -10 * MINUTE,
          remainingCalendarMs: -10 * MINUTE,
          overdueBy: overdue,
          early: false,
          current,
          completed: [],
        },
        inactiveNextReply,
      ],
      nextBreachAt: null,
      nextBreachMetric: null,
      reasons: [
        matched(),
        {
          code: "metric_breached",
          rule: RULE_BREACH,
          message: `first_reply is breached: it was due at ${at(60)} and is still unfulfilled`,
          facts: { metric: "first_reply", startedAt: at(0), dueAt: at(60), fulfilledAt: null, targetMs: HOUR, priority: "normal", overdueByCalendarMs: 10 * MINUTE },
        },
      ],
    });
  });

  it('"completed cycles are kept with met or breached": a reply after the due instant', () => {
    const report = evaluateSla(ticket([agent(75)]), replies, nowAt(80));
    const late = cycle({
      outcome: "breached",
      breached: true,
      fulfilledAt: at(75),
      fulfilledBy: "agent_reply",
      elapsedBusinessMs: 75 * MINUTE,
      elapsedCalendarMs: 75 * MINUTE,
      remainingBusinessMs: -15 * MINUTE,
      remainingCalendarMs: -15 * MINUTE,
      overdueBy: { businessMs: 15 * MINUTE, calendarMs: 15 * MINUTE },
    });
    expect(metricOf(report, "first_reply")).toEqual({
      metric: "first_reply",
      state: "closed",
      breached: true,
      breachCount: 1,
      targetMs: HOUR,
      goal: null,
      calendar: AROUND_THE_CLOCK,
      startedAt: at(0),
      dueAt: at(60),
      fulfilledAt: at(75),
      elapsedBusinessMs: 75 * MINUTE,
      elapsedCalendarMs: 75 * MINUTE,
      remainingBusinessMs: -15 * MINUTE,
      remainingCalendarMs: -15 * MINUTE,
      overdueBy: { businessMs: 15 * MINUTE, calendarMs: 15 * MINUTE },
      early: false,
      current: null,
      completed: [late],
    });
    expect(report.reasons).toEqual([
      matched(),
      {
        code: "metric_breached",
        rule: RULE_BREACH,
        message: `first_reply breached: due at ${at(60)}, fulfilled at ${at(75)}`,
        facts: { metric: "first_reply", startedAt: at(0), dueAt: at(60), fulfilledAt: at(75), targetMs: HOUR, priority: "normal", overdueByCalendarMs: 15 * MINUTE },
      },
    ]);
    expect(report.nextBreachAt).toBeNull();
    expect(report).not.toHaveProperty("next");
  });

  it('"raising priority can breach at once (reported, not hidden)"', () => {
    const report = evaluateSla(ticket([priority(40, "urgent")]), replies, nowAt(45));
    expect(metricOf(report, "first_reply").current).toEqual(
      cycle({
        breached: true,
        priority: "urgent",
        dueAt: at(30),
        targetMs: 30 * MINUTE,
        elapsedBusinessMs: 45 * MINUTE,
        elapsedCalendarMs: 45 * MINUTE,
        remainingBusinessMs: -15 * MINUTE,
        remainingCalendarMs: -15 * MINUTE,
        overdueBy: { businessMs: 15 * MINUTE, calendarMs: 15 * MINUTE },
        retargetedAt: at(40),
      }),
    );
    expect(report.reasons).toEqual([
      matched("urgent"),
      {
        code: "breached_on_retarget",
        rule: RULE_RETARGET,
        message: `first_reply breached at once when the priority changed to urgent at ${at(40)}: measured from ${at(0)}, the new target was due at ${at(30)}`,
        facts: { metric: "first_reply", startedAt: at(0), dueAt: at(30), fulfilledAt: null, targetMs: 30 * MINUTE, priority: "urgent", overdueByCalendarMs: 15 * MINUTE, retargetedAt: at(40) },
      },
    ]);
  });

  it("a priority raised exactly at the new due instant was not yet breached when it changed: a plain breach afterwards", () => {
    const report = evaluateSla(ticket([priority(30, "urgent")]), replies, nowAt(31));
    expect(report.reasons.map((reason) => reason.code)).toEqual(["policy_matched", "metric_breached"]);
    expect(metricOf(report, "first_reply")).toMatchObject({ dueAt: at(30), breached: true, current: { retargetedAt: at(30) } });
  });

  it("a priority lowered mid-cycle re-targets without a breach", () => {
    const report = evaluateSla(ticket([], { priority: "urgent", events: [priority(20, "low")] }), replies, nowAt(40));
    expect(report.priority).toBe("low");
    expect(metricOf(report, "first_reply")).toMatchObject({ dueAt: at(60), breached: false, targetMs: HOUR, current: { retargetedAt: at(20), priority: "low" } });
    expect(report.reasons).toEqual([matched("low")]);
  });
});

describe("SLA reports without metrics", () => {
  const set = prepareSlaPolicies({
    policies: [
      { id: "emergency", name: "Emergency", conditions: { channel: ["emergency"] }, targets: [{ metric: "first_reply", duration: { minutes: 30 }, calendar: AROUND_THE_CLOCK }] },
      { id: "paid", name: "Paid plans", conditions: { plan: ["premium"], supportLevel: ["priority"] }, targets: [{ metric: "first_reply", priority: "high", duration: { hours: 4 }, calendar: AROUND_THE_CLOCK }] },
      { id: "social", name: "Social", conditions: { channel: ["twitter"] }, targets: [{ metric: "first_reply", duration: { hours: 24 }, calendar: AROUND_THE_CLOCK }] },
    ],
  });

  it('"the first that matches applies": none matches, so the ticket has no SLA', () => {
    const report = evaluateSla(ticket([agent(5)], { organization: { plan: "free", supportLevel: "none" } }), set, nowAt(10));
    expect(report).toEqual({
      ticketId: "T-1",
      evaluatedAt: at(10),
      priority: "normal",
      metrics: [],
      nextBreachAt: null,
      nextBreachMetric: null,
      outcome: "no_policy",
      policyId: null,
      policyName: null,
      reasons: [
        {
          code: "no_policy_matched",
          rule: RULE_CHOICE,
          message: "No policy's conditions match this ticket (3 checked), so it has no SLA",
          facts: { checked: ["emergency", "paid", "social"], channel: "ticket", priority: "normal", supportLevel: "none" },
        },
      ],
    });
  });

  it('a fact the ticket does not give makes the choice undecidable, "never reported as no SLA"', () => {
    const report = evaluateSla(ticket([], { channel: "twitter" }), set, nowAt(10));
    expect(report).toEqual({
      ticketId: "T-1",
      evaluatedAt: at(10),
      priority: "normal",
      metrics: [],
      nextBreachAt: null,
      nextBreachMetric: null,
      outcome: "cannot_decide",
      policyId: null,
      policyName: null,
      missing: ["organization.plan", "organization.supportLevel"],
      reasons: [
        {
          code: "policy_undecidable",
          rule: RULE_CHOICE,
          message: 'Cannot tell whether policy "paid" applies: the ticket does not give organization.plan and organization.supportLevel',
          facts: { policyId: "paid", missing: ["organization.plan", "organization.supportLevel"] },
        },
      ],
    });
  });

  it("a known plan that the policy does not list rules it out before the unknown support level is asked", () => {
    const report = evaluateSla(ticket([], { channel: "twitter", organization: { plan: "free" } }), set, nowAt(10));
    expect(report).toMatchObject({ outcome: "policy_applied", policyId: "social" });
    const known = evaluateSla(ticket([], { channel: "twitter", organization: { plan: "premium" } }), set, nowAt(10));
    expect(known).toMatchObject({ outcome: "cannot_decide", missing: ["organization.supportLevel"] });
  });

  it("a policy that sets targets per priority cannot decide a ticket without a priority", () => {
    const report = evaluateSla(ticket([], { priority: null, organization: { plan: "premium", supportLevel: "priority" } }), set, nowAt(10));
    expect(report).toEqual({
      ticketId: "T-1",
      evaluatedAt: at(10),
      priority: null,
      metrics: [],
      nextBreachAt: null,
      nextBreachMetric: null,
      outcome: "cannot_decide",
      policyId: "paid",
      policyName: "Paid plans",
      missing: ["priority"],
      reasons: [
        {
          code: "policy_matched",
          rule: RULE_CHOICE,
          message: 'Policy "Paid plans" applies: it is the first whose conditions match',
          facts: { policyId: "paid", priority: null, channel: "ticket", supportLevel: "priority", plan: "premium" },
        },
        {
          code: "priority_missing",
          rule: "§2 targets per priority and metric",
          message: 'Policy "Paid plans" sets its targets per priority and the ticket has no priority',
          facts: { policyId: "paid" },
        },
      ],
    });
  });

  it("a policy with no target at the ticket's priority reports no metrics, and is not undecidable", () => {
    const report = evaluateSla(ticket([], { priority: "low", organization: { plan: "premium", supportLevel: "priority" } }), set, nowAt(10));
    expect(report).toMatchObject({ outcome: "policy_applied", policyId: "paid", metrics: [], nextBreachAt: null });
    expect(report.reasons.map((reason) => reason.code)).toEqual(["policy_matched"]);
  });
});

describe("the earliest-reply window", () => {
  const window = prepareSlaPolicies({
    policies: [{ id: "posted", name: "Posted issues", targets: [{ metric: "first_reply", duration: { hours: 10 }, notBefore: { hours: 2 }, calendar: AROUND_THE_CLOCK }] }],
  });

  it('"a reply before 48 h is early": reported with the window\'s opening', () => {
    const report = evaluateSla(ticket([agent(60)]), window, nowAt(70));
    expect(metricOf(report, "first_reply").completed[0]).toMatchObject({ early: true, earliestAt: at(120), outcome: "met" });
    expect(report.reasons[1]).toEqual({
      code: "reply_early",
      rule: RULE_EARLY,
      message: `first_reply was answered at ${at(60)}, before the window opened at ${at(120)}`,
      facts: { metric: "first_reply", fulfilledAt: at(60), earliestAt: at(120) },
    });
  });

  it("a reply exactly when the window opens is not early; solving early is not a reply", () => {
    expect(metricOf(evaluateSla(ticket([agent(120)]), window, nowAt(130)), "first_reply").completed[0]).toMatchObject({ early: false, earliestAt: at(120) });
    const solved = evaluateSla(ticket([status(60, "solved")]), window, nowAt(70));
    expect(metricOf(solved, "first_reply")).toMatchObject({ early: false, fulfilledAt: at(60) });
    expect(solved.reasons.map((reason) => reason.code)).toEqual(["policy_matched"]);
  });

  it("a running cycle is never early", () => {
    const report = evaluateSla(ticket([]), window, nowAt(30));
    expect(metricOf(report, "first_reply")).toMatchObject({ early: false, current: { earliestAt: at(120), early: false } });
  });
});

describe("the earliest next breach", () => {
  it("is the earliest due instant among running metrics not yet breached, in metric order on ties", () => {
    // First reply (30 min, Urgent) is due before total resolution (1 h).
    const urgent = evaluateSla(ticket([], { priority: "urgent" }), hourly, nowAt(10));
    expect([urgent.nextBreachAt, urgent.nextBreachMetric]).toEqual([at(30), "first_reply"]);
    // First reply, requester wait, agent work and total resolution are all due at +60.
    const tie = evaluateSla(ticket([]), hourly, nowAt(10));
    expect([tie.nextBreachAt, tie.nextBreachMetric]).toEqual([at(60), "first_reply"]);
    // Once first reply is met, the update clocks started by it come due later than requester wait.
    const answered = evaluateSla(ticket([agent(10)]), hourly, nowAt(20));
    expect([answered.nextBreachAt, answered.nextBreachMetric]).toEqual([at(60), "requester_wait"]);
  });

  it("a metric already breached is skipped for the next one still to come", () => {
    const report = evaluateSla(ticket([], { priority: "urgent" }), hourly, nowAt(40));
    expect([report.nextBreachAt, report.nextBreachMetric]).toEqual([at(60), "requester_wait"]);
    expect(report.next).toEqual({ action: "fulfil_requester_wait", at: at(60), message: `Fulfil requester_wait by ${at(60)} to avoid a breach` });
  });
});

describe("cycles completed under a priority without a target", () => {
  const normalOnly = prepareSlaPolicies({
    policies: [
      {
        id: "normal",
        name: "Normal tickets",
        conditions: { priority: ["normal"] },
        targets: [
          { metric: "first_reply", duration: { hours: 1 }, calendar: AROUND_THE_CLOCK },
          { metric: "next_reply", duration: { hours: 1 }, calendar: AROUND_THE_CLOCK },
        ],
      },
    ],
  });
  const perPriority = prepareSlaPolicies({
    policies: [
      {
        id: "per_priority",
        name: "Per priority",
        targets: [
          { metric: "first_reply", priority: "normal", duration: { hours: 1 }, calendar: AROUND_THE_CLOCK },
          { metric: "next_reply", priority: "normal", duration: { hours: 1 }, calendar: AROUND_THE_CLOCK },
        ],
      },
    ],
  });

  it.each([
    ["no policy applied at the earlier priority", normalOnly],
    ["the policy set no target at the earlier priority", perPriority],
  ])("were not tracked: %s", (_, set) => {
    const report = evaluateSla(ticket([agent(10), priority(20, "normal"), customer(30)], { priority: "low" }), set, nowAt(40));
    expect(metricOf(report, "first_reply")).toMatchObject({ state: "not_started", current: null, completed: [], breachCount: 0 });
    expect(metricOf(report, "next_reply")).toMatchObject({ state: "active", startedAt: at(30), dueAt: at(90) });
    expect([report.nextBreachAt, report.nextBreachMetric]).toEqual([at(90), "next_reply"]);
  });
});

describe("a priority removed mid-cycle", () => {
  const set = prepareSlaPolicies({
    policies: [
      {
        id: "p",
        name: "P",
        targets: [
          { metric: "first_reply", duration: { minutes: 30 }, calendar: AROUND_THE_CLOCK },
          { metric: "first_reply", priority: "low", duration: { hours: 2 }, calendar: AROUND_THE_CLOCK },
        ],
      },
    ],
  });

  it('"the new priority\'s targets apply, measured from the metric\'s original start": no priority falls back to the every-priority target', () => {
    const report = evaluateSla(ticket([priority(40, null)], { priority: "low" }), set, nowAt(45));
    expect(report.priority).toBeNull();
    expect(report.reasons[1]).toEqual({
      code: "breached_on_retarget",
      rule: RULE_RETARGET,
      message: `first_reply breached at once when the priority changed to none at ${at(40)}: measured from ${at(0)}, the new target was due at ${at(30)}`,
      facts: { metric: "first_reply", startedAt: at(0), dueAt: at(30), fulfilledAt: null, targetMs: 30 * MINUTE, priority: null, overdueByCalendarMs: 15 * MINUTE, retargetedAt: at(40) },
    });
  });
});
