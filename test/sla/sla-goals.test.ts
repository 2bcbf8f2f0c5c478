import { describe, expect, it } from "vitest";
import { breachWarnings } from "../../src/sla/breach-warnings.js";
import { evaluateSla } from "../../src/sla/evaluate-sla.js";
import type { MetricDefinitionInput, MetricGoalInput } from "../../src/sla/metric-definition.js";
import { prepareSlaPolicies } from "../../src/sla/prepare-sla-policies.js";
import type { SlaPolicySetInput } from "../../src/sla/sla-policy-set.js";
import type { MetricReport, SlaReport } from "../../src/sla/sla-report.js";
import { AROUND_THE_CLOCK } from "../../src/sla/sla-vocabulary.js";
import type { TicketEventInput } from "../../src/sla/ticket.js";
import { globalSupportHours } from "../../src/sla/gitlab-calendars.js";
import { HOUR, MINUTE, agent, at, caught, nowAt, status, ticket } from "./sla-fixtures.js";

const JSM_PRIORITIES = ["lowest", "low", "medium", "high", "highest"];

const firstResponse = (goals: MetricGoalInput[]): MetricDefinitionInput => ({
  id: "time_to_first_response",
  name: "Time to first response",
  start: [{ on: "created" }],
  pause: [{ status: ["waiting_for_customer"] }],
  stop: [{ on: "comment", author: "agent", public: true }],
  cycles: "once",
  goals,
});

const JSM_GOALS: MetricGoalInput[] = [
  { when: "priority IN (Highest, High)", target: { hours: 1 }, calendar: AROUND_THE_CLOCK },
  { when: { field: "priority", operator: "is", value: "medium" }, target: { hours: 4 }, calendar: AROUND_THE_CLOCK },
  { when: { field: "type", operator: "is", value: "question" }, target: null, calendar: AROUND_THE_CLOCK },
  { target: { hours: 8 }, calendar: AROUND_THE_CLOCK },
];

const CATCH_ALL: MetricGoalInput[] = [{ target: { hours: 8 }, calendar: AROUND_THE_CLOCK }];

function jsmSet(goals: MetricGoalInput[] = JSM_GOALS, extra: Partial<SlaPolicySetInput> = {}): SlaPolicySetInput {
  return {
    policies: [],
    priorities: JSM_PRIORITIES,
    statuses: [{ id: "waiting_for_customer", name: "Waiting for customer", category: "pending" }],
    metrics: [firstResponse(goals)],
    ...extra,
  };
}

const jsmPriority = (minutes: number, value: string): TicketEventInput => ({ type: "priority_change", at: at(minutes), priority: value });

function firstResponseOf(report: SlaReport): MetricReport {
  const found = report.metrics.find((entry) => entry.metric === "time_to_first_response");
  if (found === undefined) throw new Error("no time_to_first_response in the report");
  return found;
}

describe("goals: the first goal whose condition holds applies (JSM's SLA goals)", () => {
  const set = prepareSlaPolicies(jsmSet());

  it('"a set with only goal-bearing metrics and no policies evaluates": the goals apply on their own', () => {
    const report = evaluateSla(ticket([], { priority: "highest" }), set, nowAt(10));
    expect(report).toMatchObject({ outcome: "policy_applied", policyId: null, policyName: null, nextBreachMetric: "time_to_first_response", nextBreachAt: at(60) });
    expect(report.reasons[0]).toMatchObject({ code: "goals_applied", message: "The policy set has no policies: its metrics with goals apply on their own" });
  });

  it('"the first goal whose when holds applies": a Highest ticket gets the 1 h goal, index 0, its JQL as written', () => {
    const metric = firstResponseOf(evaluateSla(ticket([], { priority: "highest" }), set, nowAt(10)));
    expect(metric).toMatchObject({ state: "active", targetMs: HOUR, dueAt: at(60), goal: { index: 0, when: "priority IN (Highest, High)" } });
    expect(metric.current).toMatchObject({ policyId: null, goal: { index: 0, when: "priority IN (Highest, High)" }, targetMs: HOUR, withinCalendarHours: true });
  });

  it('"first match": a Medium question matches the Medium goal before the question goal', () => {
    const metric = firstResponseOf(evaluateSla(ticket([], { priority: "medium", fields: { type: "question" } }), set, nowAt(10)));
    expect(metric.goal).toEqual({ index: 1, when: { field: "priority", operator: "is", value: "medium" } });
    expect(metric.dueAt).toBe(at(240));
  });

  it('"a goal without when is the catch-all (All remaining issues)": a Low ticket gets 8 h', () => {
    const metric = firstResponseOf(evaluateSla(ticket([], { priority: "low" }), set, nowAt(10)));
    expect(metric).toMatchObject({ goal: { index: 3, when: null }, targetMs: 8 * HOUR, dueAt: at(480) });
  });

  it('"No target": the clock runs and never breaches; target, due instant and remaining time are null', () => {
    const report = evaluateSla(ticket([], { priority: "low", fields: { type: "question" } }), set, nowAt(24 * 60));
    const metric = firstResponseOf(report);
    expect(metric).toMatchObject({ state: "active", breached: false, targetMs: null, dueAt: null, remainingBusinessMs: null, remainingCalendarMs: null, elapsedBusinessMs: 24 * HOUR, goal: { index: 2 } });
    expect(metric.current).toMatchObject({ targetMs: null, dueAt: null, breached: false, overdueBy: null, remainingBusinessMs: null });
    expect(report.nextBreachAt).toBeNull();
  });

  it('"a goal is recalculated when the ticket changes while a cycle runs": a Low ticket raised to High at 90 min is due 1 h after its start, so breached at once', () => {
    const report = evaluateSla(ticket([jsmPriority(90, "high")], { priority: "low" }), set, nowAt(100));
    const metric = firstResponseOf(report);
    expect(metric).toMatchObject({ goal: { index: 0 }, targetMs: HOUR, dueAt: at(60), breached: true });
    expect(metric.current).toMatchObject({ retargetedAt: at(90), priority: "high" });
  });

  it('"a completed cycle keeps the goal in force at its fulfilment": answered at 30 min as Low, then raised', () => {
    const metric = firstResponseOf(evaluateSla(ticket([agent(30), jsmPriority(90, "highest")], { priority: "low" }), set, nowAt(100)));
    expect(metric.completed[0]).toMatchObject({ goal: { index: 3, when: null }, targetMs: 8 * HOUR, outcome: "met", retargetedAt: null });
    // The report's top level names the goal at now.
    expect(metric.goal).toMatchObject({ index: 0 });
  });

  it('"a pending-category status pauses the clock": Waiting for customer stops the count', () => {
    const events: TicketEventInput[] = [{ type: "status_change", at: at(10), status: "pending", customStatus: "waiting_for_customer" }, { type: "status_change", at: at(70), status: "open" }];
    const metric = firstResponseOf(evaluateSla(ticket(events, { priority: "high" }), set, nowAt(80)));
    expect(metric).toMatchObject({ elapsedBusinessMs: 20 * MINUTE, dueAt: at(120), breached: false });
  });

  it('"no goal applies": without a catch-all a ticket no goal matches has no such metric, and without other metrics no SLA', () => {
    const onlyHigh = prepareSlaPolicies(jsmSet([{ when: "priority = High", target: { hours: 1 }, calendar: AROUND_THE_CLOCK }]));
    const report = evaluateSla(ticket([], { priority: "low" }), onlyHigh, nowAt(10));
    expect(report).toMatchObject({ outcome: "no_policy", metrics: [] });
  });

  it('"metrics with goals sit beside a policy\'s targets": a matched policy reports both', () => {
    const both = prepareSlaPolicies(
      jsmSet(JSM_GOALS, { policies: [{ id: "replies", name: "Replies", targets: [{ metric: "first_reply", duration: { hours: 2 }, calendar: AROUND_THE_CLOCK }] }] }),
    );
    const report = evaluateSla(ticket([], { priority: "high" }), both, nowAt(10));
    expect(report.policyId).toBe("replies");
    expect(report.metrics.map((metric) => [metric.metric, metric.goal?.index ?? null, metric.targetMs])).toEqual([
      ["first_reply", null, 2 * HOUR],
      ["time_to_first_response", 0, HOUR],
    ]);
  });

  it('"a goal on a calendar": business hours of the calendar it names', () => {
    const onCalendar = prepareSlaPolicies(jsmSet([{ target: { hours: 1 }, calendar: "global" }], { calendars: { global: globalSupportHours } }));
    // Saturday 2026-03-21 10:00 UTC: Global Support Hours are closed for the weekend.
    const saturday = { ...ticket([], { priority: "low" }), createdAt: "2026-03-21T10:00:00Z" };
    const metric = firstResponseOf(evaluateSla(saturday, onCalendar, new Date("2026-03-21T12:00:00Z")));
    expect(metric.current).toMatchObject({ calendar: "global", elapsedBusinessMs: 0, withinCalendarHours: false });
  });

  it('"a condition a goal cannot decide blocks later goals": cannot decide, naming the missing fact', () => {
    const undecidable = prepareSlaPolicies(jsmSet([{ when: { field: "plan", operator: "is", value: "premium" }, target: { hours: 1 }, calendar: AROUND_THE_CLOCK }, { target: { hours: 8 }, calendar: AROUND_THE_CLOCK }]));
    const report = evaluateSla(ticket([], { priority: "low" }), undecidable, nowAt(10));
    expect(report).toMatchObject({ outcome: "cannot_decide", missing: ["organization.plan"], metrics: [] });
    expect(report.reasons.at(-1)).toMatchObject({ code: "goal_undecidable", facts: { metric: "time_to_first_response", goal: 0 } });
  });
});

describe("custom priorities: a set declares its own, lowest first", () => {
  it('"less_than and greater_than on priority use the declared order": medium is above low and below high', () => {
    const set = prepareSlaPolicies({
      priorities: JSM_PRIORITIES,
      policies: [
        { id: "urgentish", name: "Above medium", conditions: { field: "priority", operator: "greater_than", value: "medium" }, targets: [{ metric: "first_reply", duration: { hours: 1 }, calendar: AROUND_THE_CLOCK }] },
        { id: "rest", name: "The rest", conditions: { field: "priority", operator: "less_than_equal", value: "medium" }, targets: [{ metric: "first_reply", duration: { hours: 8 }, calendar: AROUND_THE_CLOCK }] },
      ],
    });
    const policyOf = (value: string) => evaluateSla(ticket([], { priority: value }), set, nowAt(1)).policyId;
    expect(JSM_PRIORITIES.map(policyOf)).toEqual(["rest", "rest", "rest", "urgentish", "urgentish"]);
  });

  it('"targets per priority name declared priorities": the report carries the id as given', () => {
    const set = prepareSlaPolicies({
      priorities: JSM_PRIORITIES,
      policies: [{ id: "p", name: "P", targets: [{ metric: "first_reply", priority: "highest", duration: { minutes: 30 }, calendar: AROUND_THE_CLOCK }, { metric: "first_reply", duration: { hours: 4 }, calendar: AROUND_THE_CLOCK }] }],
    });
    const report = evaluateSla(ticket([jsmPriority(5, "highest")], { priority: "lowest" }), set, nowAt(10));
    expect(report.priority).toBe("highest");
    expect(report.metrics[0]).toMatchObject({ targetMs: 30 * MINUTE, current: { priority: "highest", retargetedAt: at(5) } });
  });

  it('"an undeclared priority is an error naming the value, the declared list and the nearest one": on the ticket', () => {
    const set = prepareSlaPolicies(jsmSet());
    const error = caught(() => evaluateSla(ticket([], { priority: "hihgest" }), set, nowAt(1)));
    expect([error.code, error.path, error.message]).toEqual([
      "unknown_value",
      ["ticket", "priority"],
      'Unknown priority "hihgest": expected one of the policy set\'s priorities lowest, low, medium, high, highest; did you mean "highest"?',
    ]);
  });

  it('"an undeclared priority is an error": in a priority change, at the event', () => {
    const error = caught(() => evaluateSla(ticket([status(1, "open"), jsmPriority(2, "urgent")], { priority: "low" }), prepareSlaPolicies(jsmSet()), nowAt(3)));
    expect([error.code, error.path]).toEqual(["unknown_value", ["ticket", "events", 1, "priority"]]);
    expect(error.message).toContain('Unknown priority "urgent"');
  });

  it('"Zendesk\'s priorities are the default": a Zendesk set rejects JSM\'s highest', () => {
    const error = caught(() => evaluateSla(ticket([], { priority: "highest" }), { policies: [{ id: "p", name: "P", targets: [{ metric: "first_reply", duration: 1000, calendar: AROUND_THE_CLOCK }] }] }, nowAt(1)));
    expect(error.message).toBe('Unknown priority "highest": expected one of the policy set\'s priorities low, normal, high, urgent');
  });

  it('"deriveFacts may derive only a declared priority"', () => {
    const set = prepareSlaPolicies({ ...jsmSet(), deriveFacts: () => ({ priority: "urgent", supportLevel: null }) });
    const error = caught(() => evaluateSla(ticket([], { priority: "low" }), set, nowAt(1)));
    expect([error.code, error.path]).toEqual(["unknown_value", ["policySet", "deriveFacts()", "priority"]]);
    expect(error.message).toContain("lowest, low, medium, high, highest");
  });
});

describe("bad goals and priorities: code, path and message", () => {
  const bad = (set: SlaPolicySetInput) => {
    const error = caught(() => prepareSlaPolicies(set));
    return [error.code, error.path, error.message];
  };

  it("a catch-all that is not the last goal", () => {
    expect(bad(jsmSet([{ target: { hours: 8 }, calendar: AROUND_THE_CLOCK }, { when: "priority = High", target: { hours: 1 }, calendar: AROUND_THE_CLOCK }]))).toEqual([
      "inconsistent_facts",
      ["policySet", "metrics", 0, "goals", 0, "when"],
      'Goal 0 has no "when": the catch-all ("All remaining issues") must be the last goal, and 1 more follow it',
    ]);
  });

  it("a priority declared twice", () => {
    expect(bad(jsmSet(CATCH_ALL, { priorities: ["low", "high", "low"] }))[0]).toBe("duplicate_id");
    expect(bad(jsmSet(CATCH_ALL, { priorities: ["low", "high", "low"] })).slice(1)).toEqual([["policySet", "priorities", 2], 'The priority "low" is declared twice (priorities: low, high, low)']);
  });

  it("a priority id that is not lower-case letters, digits and underscores", () => {
    expect(bad(jsmSet(CATCH_ALL, { priorities: ["Low"] }))).toEqual(["invalid_format", ["policySet", "priorities", 0], "A priority id is lower-case letters, digits and underscores"]);
  });

  it("no priorities at all", () => {
    expect(bad(jsmSet(CATCH_ALL, { priorities: [] })).slice(0, 2)).toEqual(["too_small", ["policySet", "priorities"]]);
  });

  it("an unknown calendar in a goal", () => {
    expect(bad(jsmSet([{ target: { hours: 8 }, calendar: "emea" }]))).toEqual([
      "not_a_calendar",
      ["policySet", "metrics", 0, "goals", 0, "calendar"],
      'Unknown calendar "emea": expected "around_the_clock", "ticket_calendar" or one of the set\'s calendars (none)',
    ]);
  });

  it("bad JQL in a goal names the token, at the goal's when", () => {
    expect(bad(jsmSet([{ when: "priority = High ORDER BY created", target: { hours: 1 }, calendar: AROUND_THE_CLOCK }]))).toEqual([
      "invalid_input",
      ["policySet", "metrics", 0, "goals", 0, "when"],
      'Unexpected "ORDER" at position 17: expected AND, OR or the end of the query (the subset has no ORDER BY, functions or other operators) (in the JQL "priority = High ORDER BY created")',
    ]);
  });

  it("a goal's condition with a stray key names it once, at its path under the goal's when", () => {
    expect(bad(jsmSet([{ when: { field: "type", operator: "is", value: "incident", valeu: 1 } as never, target: { hours: 1 }, calendar: AROUND_THE_CLOCK }]))).toEqual([
      "unknown_key",
      ["policySet", "metrics", 0, "goals", 0, "when", "valeu"],
      'Unknown key "valeu"; did you mean "value"?',
    ]);
  });

  it("a goal's JQL naming an undeclared priority", () => {
    expect(bad(jsmSet([{ when: "priority = Urgent", target: { hours: 1 }, calendar: AROUND_THE_CLOCK }]))).toEqual([
      "unknown_value",
      ["policySet", "metrics", 0, "goals", 0, "when"],
      'Unknown priority "urgent": expected one of the policy set\'s priorities lowest, low, medium, high, highest',
    ]);
  });

  it("a target for an undeclared priority", () => {
    const set = jsmSet(JSM_GOALS, { policies: [{ id: "p", name: "P", targets: [{ metric: "first_reply", priority: "urgent", duration: 1000, calendar: AROUND_THE_CLOCK }] }] });
    expect(bad(set).slice(0, 2)).toEqual(["unknown_value", ["policySet", "policies", 0, "targets", 0, "priority"]]);
  });

  it("a condition on an undeclared priority", () => {
    const set = jsmSet(JSM_GOALS, { policies: [{ id: "p", name: "P", conditions: { priority: ["urgent"] }, targets: [{ metric: "first_reply", duration: 1000, calendar: AROUND_THE_CLOCK }] }] });
    expect(bad(set).slice(0, 2)).toEqual(["unknown_value", ["policySet", "policies", 0, "conditions", "priority", 0]]);
  });

  it("a goal target of zero", () => {
    expect(bad(jsmSet([{ target: 0, calendar: AROUND_THE_CLOCK }]))).toEqual(["invalid_duration", ["policySet", "metrics", 0, "goals", 0, "target"], "A goal's target must be more than zero (null: no target)"]);
  });

  it("a policy targeting a metric that has goals", () => {
    const set = jsmSet(JSM_GOALS, { policies: [{ id: "p", name: "P", targets: [{ metric: "time_to_first_response", duration: 1000, calendar: AROUND_THE_CLOCK }] }] });
    expect(bad(set)).toEqual([
      "inconsistent_facts",
      ["policySet", "policies", 0, "targets", 0, "metric"],
      'The metric "time_to_first_response" sets its own targets in its goals, so a policy cannot target it: change the metric\'s goals, or remove its goals and target it from the policies',
    ]);
  });
});

describe("the guide's JSM example (docs/guide.md, Define your own SLA clocks)", () => {
  it("reads as written: the guide's JSON block prepares and evaluates, goals named on every cycle", async () => {
    const { readFile } = await import("node:fs/promises");
    const guide = await readFile(new URL("../../docs/guide.md", import.meta.url), "utf8");
    const block = /```json\n(\{\n {2}"priorities"[\s\S]*?)\n```/.exec(guide)?.[1];
    if (block === undefined) throw new Error("the guide's goals example is missing");
    const set = prepareSlaPolicies({ ...(JSON.parse(block) as SlaPolicySetInput), calendars: { office: globalSupportHours } });
    const report = evaluateSla(ticket([], { priority: "highest" }), set, nowAt(10));
    expect(report.metrics.map((metric) => [metric.metric, metric.goal?.index, metric.targetMs])).toEqual([
      ["time_to_first_response", 0, HOUR],
      ["time_to_resolution", 0, 8 * HOUR],
    ]);
  });
});

describe("reports with custom priorities and goals read by breachWarnings", () => {
  it('"a report carries the priority id as given": breach warnings take a goal\'s report with JSM\'s priorities, and skip a cycle with no target', () => {
    const set = prepareSlaPolicies(jsmSet(JSM_GOALS));
    const now = nowAt(30);
    const highest = evaluateSla(ticket([], { priority: "highest" }), set, now);
    const question = evaluateSla({ ...ticket([], { priority: "low", fields: { type: "question" } }), id: "T-2" }, set, now);
    expect(breachWarnings([highest, question], now, { hours: 1 })).toEqual([
      { ticketId: "T-1", policyId: null, priority: "highest", metric: "time_to_first_response", dueAt: at(60), inMs: 30 * MINUTE, remainingBusinessMs: 30 * MINUTE },
    ]);
  });
});
