import { describe, expect, it } from "vitest";
import { fc, test } from "../support/property.js";
import { evaluateSla } from "../../src/sla/evaluate-sla.js";
import type { MetricDefinitionInput } from "../../src/sla/metric-definition.js";
import { prepareSlaPolicies } from "../../src/sla/prepare-sla-policies.js";
import { DEFAULT_PAUSED_BY } from "../../src/sla/sla-policy.js";
import type { SlaPolicySetInput } from "../../src/sla/sla-policy-set.js";
import type { MetricCycle, SlaReport } from "../../src/sla/sla-report.js";
import { AROUND_THE_CLOCK, METRIC_IDS } from "../../src/sla/sla-vocabulary.js";
import type { TicketEventInput } from "../../src/sla/ticket.js";
import { ZENDESK_METRICS } from "../../src/sla/zendesk-metrics.js";
import { globalSupportHours } from "../../src/sla/gitlab-calendars.js";
import { nowArb, ticketArb } from "./sla-arbitraries.js";
import { MINUTE, agent, at, caught, customer, metricOf, nowAt, status, ticket } from "./sla-fixtures.js";

/** A set with one policy targeting the given defined metrics, each an hour around the clock. */
function defining(metrics: MetricDefinitionInput[], extra: Partial<SlaPolicySetInput> = {}): SlaPolicySetInput {
  return {
    metrics,
    policies: [{ id: "all", name: "All", targets: metrics.map((metric) => ({ metric: metric.id, duration: { hours: 1 }, calendar: AROUND_THE_CLOCK })) }],
    ...extra,
  };
}

const timeToFirstResponse: MetricDefinitionInput = {
  id: "time_to_first_response",
  name: "Time to first response",
  start: [{ on: "created" }],
  pause: [{ status: ["pending"] }],
  stop: [{ on: "comment", author: "agent", public: true }],
  cycles: "once",
};

const timeToResolution: MetricDefinitionInput = {
  id: "time_to_resolution",
  name: "Time to resolution",
  start: [{ on: "created" }, { on: "status_left", category: ["solved"] }],
  stop: [{ on: "status_entered", category: ["solved", "closed"] }],
  cycles: "repeat",
};

const cyclesOf = (report: SlaReport, metric: string): MetricCycle[] => {
  const found = report.metrics.find((entry) => entry.metric === metric);
  if (found === undefined) throw new Error(`no ${metric}`);
  return [...found.completed, ...(found.current === null ? [] : [found.current])];
};
const spans = (report: SlaReport, metric: string): [string, string | null, string | null][] =>
  cyclesOf(report, metric).map((cycle) => [cycle.startedAt, cycle.fulfilledAt, cycle.fulfilledBy]);

describe("Zendesk's seven metrics are presets in the metric language", () => {
  it("in report order, each pausing on the statuses DEFAULT_PAUSED_BY gives it", () => {
    expect(ZENDESK_METRICS.map((metric) => metric.id)).toEqual([...METRIC_IDS]);
    const set = prepareSlaPolicies({ policies: [{ id: "p", name: "P", targets: METRIC_IDS.map((metric) => ({ metric, duration: 1000, calendar: AROUND_THE_CLOCK })) }] });
    expect(Object.fromEntries(set.policies[0]?.targets.map((target) => [target.metric, target.pausedBy]) ?? [])).toEqual(DEFAULT_PAUSED_BY);
  });

  it("are plain JSON: a copy made through JSON.stringify is the same definition", () => {
    expect(JSON.parse(JSON.stringify(ZENDESK_METRICS))).toEqual(ZENDESK_METRICS);
  });

  // Every preset, defined again under another id, cuts the same cycles as the preset itself: the
  // engine runs a defined metric exactly as it runs Zendesk's.
  const copies = ZENDESK_METRICS.map((metric): MetricDefinitionInput => ({ ...metric, id: `own_${metric.id}` }));
  const both = prepareSlaPolicies({
    metrics: copies,
    calendars: { global: globalSupportHours },
    policies: [
      {
        id: "all",
        name: "Every metric twice",
        targets: [...METRIC_IDS, ...copies.map((copy) => copy.id)].map((metric) => ({ metric, duration: { hours: 3 }, calendar: "global" })),
      },
    ],
  });
  test.prop([ticketArb.chain((input) => fc.tuple(fc.constant(input), nowArb(input)))])("a preset copied under another id reports the same cycles", ([input, now]) => {
    const report = evaluateSla(input, both, now);
    for (const metric of METRIC_IDS) {
      const preset = report.metrics.find((entry) => entry.metric === metric);
      const copy = report.metrics.find((entry) => entry.metric === `own_${metric}`);
      expect({ ...copy, metric }).toEqual(preset);
    }
  });
});

describe("metrics defined as data: JSM's start, pause and stop conditions", () => {
  it('"Time to first response": starts on creation, paused while pending, stopped by the first public agent comment, once', () => {
    const set = defining([timeToFirstResponse]);
    const report = evaluateSla(ticket([status(10, "pending"), status(40, "open"), agent(60), customer(70), agent(80)]), set, nowAt(90));
    expect(spans(report, "time_to_first_response")).toEqual([[at(0), at(60), "agent_reply"]]);
    expect(metricOf(report, "time_to_first_response" as never)).toMatchObject({ state: "closed", elapsedBusinessMs: 30 * MINUTE, remainingBusinessMs: 30 * MINUTE, dueAt: at(90) });
  });

  it("a cycle ongoing while paused has no due instant; running again it is due after the time left", () => {
    const set = defining([timeToFirstResponse]);
    const paused = evaluateSla(ticket([status(10, "pending")]), set, nowAt(30));
    expect(metricOf(paused, "time_to_first_response" as never)).toMatchObject({ state: "paused", dueAt: null, elapsedBusinessMs: 10 * MINUTE });
    const running = evaluateSla(ticket([status(10, "pending"), status(40, "open")]), set, nowAt(45));
    expect(metricOf(running, "time_to_first_response" as never)).toMatchObject({ state: "active", dueAt: at(90), remainingBusinessMs: 45 * MINUTE });
  });

  it('"a stopped SLA whose start fires again begins a new cycle": repeat starts from zero, accumulate carries the time used', () => {
    const events = [status(30, "solved"), status(50, "open")];
    const repeat = evaluateSla(ticket(events), defining([timeToResolution]), nowAt(60));
    expect(spans(repeat, "time_to_resolution")).toEqual([
      [at(0), at(30), "solved"],
      [at(50), null, null],
    ]);
    expect(cyclesOf(repeat, "time_to_resolution")[1]).toMatchObject({ carriedBusinessMs: 0, dueAt: at(110) });
    const accumulate = evaluateSla(ticket(events), defining([{ ...timeToResolution, cycles: "accumulate" }]), nowAt(60));
    expect(cyclesOf(accumulate, "time_to_resolution")[1]).toMatchObject({ carriedBusinessMs: 30 * MINUTE, dueAt: at(80) });
  });

  it('a field change: "Assignee: from unassigned" starts the clock, and a status stop fulfils it', () => {
    const assigned: TicketEventInput = { type: "assignee_change", at: at(20), assignee: "ada" };
    const reassigned: TicketEventInput = { type: "assignee_change", at: at(30), assignee: "grace" };
    const set = defining([
      { id: "time_to_triage", name: "Time to triage", start: [{ on: "field_changed", field: "assignee", from: null }], stop: [{ on: "status_entered", status: ["pending"] }], cycles: "repeat" },
    ]);
    const report = evaluateSla(ticket([assigned, reassigned, status(45, "pending")]), set, nowAt(60));
    expect(spans(report, "time_to_triage")).toEqual([[at(20), at(45), "status_change"]]);
  });

  it("within one event a stop comes before a start, and start hits while a cycle runs are ignored", () => {
    const set = defining([
      { id: "between_replies", name: "Between replies", start: [{ on: "comment", author: "agent" }], stop: [{ on: "comment", author: "agent" }], cycles: "repeat" },
      { id: "first_customer_turn", name: "First customer turn", start: [{ on: "comment", author: "customer" }], stop: [{ on: "comment", author: "agent" }], cycles: "once" },
    ]);
    const report = evaluateSla(ticket([customer(5), customer(8), agent(10), customer(15), agent(20)]), set, nowAt(30));
    expect(spans(report, "between_replies")).toEqual([
      [at(10), at(20), "agent_reply"],
      [at(20), null, null],
    ]);
    expect(spans(report, "first_customer_turn")).toEqual([[at(5), at(10), "agent_reply"]]);
  });

  it("a guard reads the ticket before the event; a deferred start begins once its deferral stops holding", () => {
    const set = defining([
      {
        id: "reply_after_hours",
        name: "Reply to customers, waiting while on hold",
        start: [{ on: "comment", author: "customer", if: [{ not: { status: ["solved"] } }], deferWhile: [{ status: ["on_hold"] }] }],
        stop: [{ on: "comment", author: "agent", public: true }],
        cycles: "repeat",
      },
    ]);
    const report = evaluateSla(ticket([status(5, "on_hold"), customer(10), customer(12), status(30, "open"), agent(40), status(50, "solved"), customer(55)]), set, nowAt(60));
    expect(spans(report, "reply_after_hours")).toEqual([[at(30), at(40), "agent_reply"]]);
  });

  it("a defined metric is reported after Zendesk's, in the order the set defines them", () => {
    const set = defining([timeToResolution, timeToFirstResponse]);
    const withPreset = { ...set, policies: [{ ...set.policies[0], targets: [...(set.policies[0]?.targets ?? []), { metric: "first_reply", duration: { hours: 1 }, calendar: AROUND_THE_CLOCK }] }] } as SlaPolicySetInput;
    expect(evaluateSla(ticket([]), withPreset, nowAt(1)).metrics.map((entry) => entry.metric)).toEqual(["first_reply", "time_to_resolution", "time_to_first_response"]);
  });

  it("a target's pausedBy replaces the statuses its defined metric pauses on", () => {
    const set = prepareSlaPolicies({ metrics: [timeToFirstResponse], policies: [{ id: "p", name: "P", targets: [{ metric: "time_to_first_response", duration: { hours: 1 }, calendar: AROUND_THE_CLOCK }, { metric: "first_reply", duration: { hours: 1 }, calendar: AROUND_THE_CLOCK, pausedBy: ["on_hold"] }] }] });
    expect(set.policies[0]?.targets.map((target) => target.pausedBy)).toEqual([["pending"], ["on_hold"]]);
    const own = prepareSlaPolicies({ metrics: [timeToFirstResponse], policies: [{ id: "p", name: "P", targets: [{ metric: "time_to_first_response", duration: { hours: 1 }, calendar: AROUND_THE_CLOCK, pausedBy: [] }] }] });
    const report = evaluateSla(ticket([status(10, "pending")]), own, nowAt(30));
    expect(metricOf(report, "time_to_first_response" as never)).toMatchObject({ state: "active", elapsedBusinessMs: 30 * MINUTE });
  });
});

describe("custom statuses: a policy set declares its statuses, each in a category", () => {
  const statuses = [
    { id: "waiting_for_support", name: "Waiting for support", category: "open" },
    { id: "waiting_for_customer", name: "Waiting for customer", category: "pending" },
    { id: "escalated", category: "open" },
    { id: "resolved", category: "solved" },
  ] as const;
  const toStatus = (minutes: number, value: "open" | "pending" | "solved", custom: string | null): TicketEventInput => ({ type: "status_change", at: at(minutes), status: value, customStatus: custom });
  const customTicket = (events: TicketEventInput[]) => ticket(events, { status: "open", customStatus: "waiting_for_support" });

  it("a defined metric pauses on a custom status by name, and Zendesk's metrics treat it as its category does", () => {
    const set = prepareSlaPolicies({
      statuses,
      metrics: [{ ...timeToResolution, pause: [{ status: ["waiting_for_customer"] }] }],
      policies: [
        {
          id: "p",
          name: "P",
          targets: [
            { metric: "time_to_resolution", duration: { hours: 1 }, calendar: AROUND_THE_CLOCK },
            { metric: "requester_wait", duration: { hours: 1 }, calendar: AROUND_THE_CLOCK },
            { metric: "total_resolution", duration: { hours: 1 }, calendar: AROUND_THE_CLOCK },
          ],
        },
      ],
    });
    expect(set.policies[0]?.targets.map((target) => target.pausedBy)).toEqual([["waiting_for_customer"], ["pending", "waiting_for_customer"], []]);
    const report = evaluateSla(customTicket([toStatus(10, "pending", "waiting_for_customer"), toStatus(30, "open", "escalated"), toStatus(40, "solved", "resolved")]), set, nowAt(50));
    expect(metricOf(report, "time_to_resolution" as never)).toMatchObject({ state: "closed", elapsedBusinessMs: 20 * MINUTE, fulfilledAt: at(40) });
    expect(cyclesOf(report, "time_to_resolution")[0]?.fulfilledBy).toBe("solved");
    expect(metricOf(report, "requester_wait")).toMatchObject({ elapsedBusinessMs: 20 * MINUTE });
    expect(metricOf(report, "total_resolution")).toMatchObject({ elapsedBusinessMs: 40 * MINUTE });
  });

  it("a move between two custom statuses of one category is a status change for the clocks", () => {
    const set = defining(
      [{ id: "time_escalated", name: "Time escalated", start: [{ on: "status_entered", status: ["escalated"] }], stop: [{ on: "status_left", status: ["escalated"] }], cycles: "repeat" }],
      { statuses: [...statuses] },
    );
    const report = evaluateSla(customTicket([toStatus(10, "open", "escalated"), toStatus(25, "open", "waiting_for_support")]), set, nowAt(30));
    expect(spans(report, "time_escalated")).toEqual([[at(10), at(25), "status_change"]]);
  });

  it("a custom status the set does not declare, or outside its status's category, is an error on the ticket", () => {
    const set = defining([timeToResolution], { statuses: [...statuses] });
    expect(caught(() => evaluateSla(ticket([], { customStatus: "archived" }), set, nowAt(1)))).toMatchObject({
      code: "unknown_value",
      path: ["ticket", "customStatus"],
      message: 'Unknown custom status "archived": expected one the policy set declares (waiting_for_support, waiting_for_customer, escalated, resolved)',
    });
    expect(caught(() => evaluateSla(customTicket([toStatus(5, "open", "pending")]), set, nowAt(10)))).toMatchObject({ code: "unknown_value", path: ["ticket", "events", 0, "customStatus"] });
    expect(caught(() => evaluateSla(customTicket([toStatus(5, "open", "waiting_for_customer")]), set, nowAt(10)))).toMatchObject({
      code: "inconsistent_facts",
      path: ["ticket", "events", 0, "customStatus"],
      message: 'The custom status "waiting_for_customer" is in the category pending, and the ticket\'s status "open" is in open',
    });
  });

  it("a status id that clashes with Zendesk's, and a target pausing on a solved status", () => {
    expect(caught(() => prepareSlaPolicies(defining([timeToResolution], { statuses: [{ id: "pending", category: "pending" }] })))).toMatchObject({
      code: "duplicate_id",
      path: ["policySet", "statuses", 0, "id"],
      message: 'Two statuses have the id "pending"',
    });
    const pausedOnResolved = { statuses: [...statuses], policies: [{ id: "p", name: "P", targets: [{ metric: "agent_work", duration: 1000, calendar: AROUND_THE_CLOCK, pausedBy: ["resolved"] }] }] };
    expect(caught(() => prepareSlaPolicies(pausedOnResolved))).toMatchObject({
      code: "unknown_value",
      path: ["policySet", "policies", 0, "targets", 0, "pausedBy", 0],
      message: 'Invalid option: expected one of "new"|"open"|"pending"|"on_hold"|"waiting_for_support"|"waiting_for_customer"|"escalated", received "resolved"',
    });
  });
});

describe("bad metric definitions get the library's typed error with the path to the bad field", () => {
  const error = (metrics: unknown[], targets?: unknown[]) =>
    caught(() =>
      prepareSlaPolicies({
        metrics,
        policies: [{ id: "p", name: "P", targets: targets ?? [{ metric: "first_reply", duration: { hours: 1 }, calendar: AROUND_THE_CLOCK }] }],
      } as never),
    );

  it("a status the set does not have", () => {
    expect(error([{ ...timeToFirstResponse, pause: [{ status: ["waiting"] }] }])).toMatchObject({
      code: "unknown_value",
      path: ["policySet", "metrics", 0, "pause", 0, "status", 0],
      message: 'Unknown status "waiting": expected one of the policy set\'s statuses new, open, pending, on_hold, solved, closed',
    });
    expect(error([{ ...timeToFirstResponse, stop: [{ on: "status_entered", status: ["done"] }] }])).toMatchObject({ code: "unknown_value", path: ["policySet", "metrics", 0, "stop", 0, "status", 0] });
  });

  it("a guard on a metric that does not exist, and a target of one", () => {
    expect(error([{ ...timeToFirstResponse, start: [{ on: "created", if: [{ not: { completed: "frist_reply" } }] }] }])).toMatchObject({
      code: "unknown_metric",
      path: ["policySet", "metrics", 0, "start", 0, "if", 0, "not", "completed"],
      message: 'Unknown metric "frist_reply": expected one of first_reply, next_reply, periodic_update, pausable_update, requester_wait, agent_work, total_resolution, time_to_first_response; did you mean "first_reply"?',
    });
    expect(error([timeToFirstResponse], [{ metric: "time_to_resolution", duration: 1000, calendar: AROUND_THE_CLOCK }])).toMatchObject({
      code: "unknown_metric",
      path: ["policySet", "policies", 0, "targets", 0, "metric"],
    });
  });

  it("an id taken by Zendesk's metrics or by another defined metric, and an id that is not snake case", () => {
    expect(error([{ ...timeToFirstResponse, id: "first_reply" }])).toMatchObject({ code: "duplicate_id", path: ["policySet", "metrics", 0, "id"], message: 'Two metrics have the id "first_reply"' });
    expect(error([timeToFirstResponse, timeToFirstResponse])).toMatchObject({ code: "duplicate_id", path: ["policySet", "metrics", 1, "id"] });
    expect(error([{ ...timeToFirstResponse, id: "Time to first response" }])).toMatchObject({
      code: "invalid_format",
      path: ["policySet", "metrics", 0, "id"],
      message: "A metric id is lower-case letters, digits and underscores",
    });
  });

  it("no start or no stop condition, a stop that defers, a pause on a metric's completion, an unknown hit", () => {
    expect(error([{ ...timeToFirstResponse, stop: [] }])).toMatchObject({ code: "too_small", path: ["policySet", "metrics", 0, "stop"] });
    expect(error([{ ...timeToFirstResponse, start: [] }])).toMatchObject({ code: "too_small", path: ["policySet", "metrics", 0, "start"] });
    expect(error([{ ...timeToFirstResponse, stop: [{ on: "created", deferWhile: [{ status: ["new"] }] }] }])).toMatchObject({
      code: "inconsistent_facts",
      path: ["policySet", "metrics", 0, "stop", 0, "deferWhile"],
      message: "deferWhile applies to start conditions only: a stop is never postponed",
    });
    expect(error([{ ...timeToFirstResponse, pause: [{ not: { completed: "first_reply" } }] }])).toMatchObject({
      code: "inconsistent_facts",
      path: ["policySet", "metrics", 0, "pause", 0],
      message: "A pause condition is a state of the ticket; whether a metric completed belongs in a hit's if",
    });
    expect(error([{ ...timeToFirstResponse, start: [{ on: "resolution_set" }] }])).toMatchObject({ path: ["policySet", "metrics", 0, "start", 0, "on"] });
  });
});
