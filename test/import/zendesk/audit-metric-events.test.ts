import { describe, expect, it } from "vitest";
import { auditMetricEvents } from "../../../src/import/zendesk/audit-metric-events.js";
import { evaluateSla } from "../../../src/sla/evaluate-sla.js";
import { prepareSlaPolicies } from "../../../src/sla/prepare-sla-policies.js";
import { globalSupportHours } from "../../../src/sla/gitlab-calendars.js";
import { deepFreeze } from "../../sla/sla-fixtures.js";
import { thrown } from "../../support/thrown.js";
import { NOW, type ZendeskEvent, applySla, events42, gold, report42 } from "./audit-fixtures.js";

const audit = (events: ZendeskEvent[], options?: { toleranceMs: number }) =>
  auditMetricEvents([report42()], { ticket_metric_events: events }, options);

/** The agreeing events with one changed: `change` returns the replacement (or null to drop it). */
function plant(match: (event: ZendeskEvent) => boolean, change: (event: ZendeskEvent) => ZendeskEvent | null): ZendeskEvent[] {
  const events = events42();
  const index = events.findIndex(match);
  if (index < 0) throw new Error("no such event");
  const replaced = change(events[index]!);
  if (replaced === null) events.splice(index, 1);
  else events.splice(index, 1, replaced);
  return events;
}
const is = (metric: string, instance: number, type: string) => (event: ZendeskEvent) =>
  event.metric === metric && event.instance_id === instance && event.type === type && event.deleted !== true;

describe("auditMetricEvents: the library's reports against Zendesk's ticket_metric_events", () => {
  it("is silent on events that agree: met first reply, next reply breached at 13:00, requester wait met", () => {
    expect(audit(events42())).toEqual({ disagreements: [], ticketsCompared: 1, metricsCompared: 3, ticketsWithoutEvents: [], ticketsWithoutReport: [] });
  });

  it("finds a planted breach instant: Zendesk's next reply breach at 13:05 against the library's 11:00 + 120 min = 13:00", () => {
    const result = audit(plant(is("reply_time", 2, "breach"), (event) => ({ ...event, time: "2026-03-16T13:05:00Z" })));
    expect(result.disagreements).toEqual([
      {
        code: "breach_differs",
        ticketId: "42",
        metric: "next_reply",
        zendeskMetric: "reply_time",
        instanceId: 2,
        cycleIndex: 0,
        message:
          "Ticket 42, next reply (reply_time instance 2): Zendesk recorded the breach at 2026-03-16T13:05:00.000Z, the library at 2026-03-16T13:00:00.000Z (5 min later in Zendesk)",
        differenceMs: 300_000,
        library: { targetMs: 7_200_000, businessHours: false, policyId: "25", policyTitle: null, breachedAt: "2026-03-16T13:00:00.000Z", fulfilledAt: "2026-03-16T13:20:00.000Z" },
        zendesk: { targetMs: 7_200_000, businessHours: false, policyId: "25", policyTitle: "Gold", breachedAt: "2026-03-16T13:05:00.000Z", fulfilledAt: "2026-03-16T13:20:00.000Z" },
      },
    ]);
  });

  it("a breach only the library saw: Zendesk has no breach event for the next reply", () => {
    const [found] = audit(plant(is("reply_time", 2, "breach"), () => null)).disagreements;
    expect(found?.code).toBe("breach_only_in_library");
    expect(found?.message).toBe("Ticket 42, next reply (reply_time instance 2): the library says it breached at 2026-03-16T13:00:00.000Z; Zendesk recorded no breach");
    expect(found?.differenceMs).toBeNull();
  });

  it("a breach only Zendesk saw: a breach of the first reply that Zendesk did not delete", () => {
    const [found, ...rest] = audit(plant((event) => event.metric === "reply_time" && event.type === "breach" && event.deleted === true, (event) => ({ ...event, time: "2026-03-16T10:30:00Z", deleted: false }))).disagreements;
    expect(rest).toEqual([]);
    expect(found?.code).toBe("breach_only_in_zendesk");
    expect(found?.message).toBe("Ticket 42, first reply (reply_time instance 1): Zendesk recorded the breach at 2026-03-16T10:30:00.000Z; the library says it has not breached");
  });

  it("a different target applied: Zendesk's 90 min first reply against the policy's 60 (+30 min)", () => {
    const [found, ...rest] = audit(plant(is("reply_time", 1, "apply_sla"), () => applySla("reply_time", 1, "2026-03-16T10:00:00Z", 90))).disagreements;
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ code: "target_differs", metric: "first_reply", instanceId: 1, differenceMs: 1_800_000 });
    expect(found?.message).toBe("Ticket 42, first reply (reply_time instance 1): Zendesk applied 90 min around the clock, the library 60 min around the clock");
  });

  it("the same length on other hours is a different target: Zendesk counts business hours, the policy runs around the clock", () => {
    const [found] = audit(plant(is("reply_time", 1, "apply_sla"), () => applySla("reply_time", 1, "2026-03-16T10:00:00Z", 60, true))).disagreements;
    expect(found).toMatchObject({ code: "target_differs", differenceMs: 0 });
    expect(found?.message).toContain("Zendesk applied 60 min of business hours, the library 60 min around the clock");
  });

  it("reads sla.target in minutes when target_in_seconds is absent, and target_in_seconds first when both are there", () => {
    const minutesOnly = plant(is("reply_time", 1, "apply_sla"), (event) => ({ ...event, sla: { target: 60, business_hours: false, policy: { id: 25, title: "Gold", description: null } } }));
    expect(audit(minutesOnly).disagreements).toEqual([]);
    const seconds = plant(is("reply_time", 1, "apply_sla"), (event) => ({ ...event, sla: { target: 60, target_in_seconds: 3630, business_hours: false, policy: { id: 25, title: "Gold", description: null } } }));
    expect(audit(seconds).disagreements.map((d) => [d.code, d.differenceMs])).toEqual([["target_differs", 30_000]]);
  });

  it("takes the last target applied before fulfilment: a later apply_sla (after the solve) does not count", () => {
    const events = [...events42(), applySla("requester_wait_time", 1, "2026-03-16T15:30:00Z", 240)];
    expect(audit(events).disagreements).toEqual([]);
    const retargeted = [...events42(), applySla("requester_wait_time", 1, "2026-03-16T12:00:00Z", 240)];
    expect(audit(retargeted).disagreements.map((d) => d.code)).toEqual(["target_differs"]);
  });

  it("a fulfilment at another instant: Zendesk's requester wait fulfilled at 15:10, the solve at 15:00", () => {
    const [found] = audit(plant(is("requester_wait_time", 1, "fulfill"), (event) => ({ ...event, time: "2026-03-16T15:10:00Z" }))).disagreements;
    expect(found).toMatchObject({ code: "fulfilment_differs", metric: "requester_wait", zendeskMetric: "requester_wait_time", differenceMs: 600_000 });
  });

  it("a fulfilment only the library has: Zendesk re-activated the requester wait after fulfilling it (still running)", () => {
    const events = [...events42(), { id: 1, ticket_id: 42, metric: "requester_wait_time", instance_id: 1, type: "activate", time: "2026-03-16T15:30:00Z" }];
    const [found] = audit(events).disagreements;
    expect(found?.code).toBe("fulfilment_only_in_library");
    expect(found?.zendesk?.fulfilledAt).toBeNull();
  });

  it("a fulfilment only Zendesk has: Zendesk fulfilled a first reply the library still runs", () => {
    const report = evaluateSla({ id: "42", createdAt: "2026-03-16T10:00:00Z", channel: "ticket", priority: "normal" }, gold, new Date("2026-03-16T10:50:00Z"));
    const events = events42().filter((event) => event.metric === "reply_time" && event.instance_id === 1);
    const result = auditMetricEvents([report], { ticket_metric_events: events });
    expect(result.disagreements.map((d) => d.code)).toEqual(["fulfilment_only_in_zendesk", "target_only_in_library"]);
  });

  it("a target only Zendesk applied (agent work, which the policy does not target), and one only the library ran (requester wait)", () => {
    const events = [...events42().filter((event) => !(event.metric === "requester_wait_time" && event.type === "apply_sla")), applySla("agent_work_time", 1, "2026-03-16T10:00:00Z", 300)];
    const found = audit(events).disagreements;
    expect(found.map((d) => [d.code, d.metric, d.cycleIndex])).toEqual([
      ["target_only_in_library", "requester_wait", 0],
      ["target_only_in_zendesk", "agent_work", null],
    ]);
    expect(found[0]?.message).toBe("Ticket 42, requester wait (requester_wait_time instance 1): the library ran a target of 480 min around the clock; Zendesk applied none");
    expect(found[1]?.library).toBeNull();
  });

  it("instants at most the tolerance apart agree: 1 s by default (Zendesk writes seconds), exact with toleranceMs 0", () => {
    const at = (time: string) => plant(is("reply_time", 2, "breach"), (event) => ({ ...event, time }));
    expect(audit(at("2026-03-16T13:00:00.500Z")).disagreements).toEqual([]);
    expect(audit(at("2026-03-16T13:00:01Z")).disagreements).toEqual([]);
    expect(audit(at("2026-03-16T13:00:01.001Z")).disagreements.map((d) => [d.code, d.differenceMs])).toEqual([["breach_differs", 1001]]);
    expect(audit(at("2026-03-16T13:00:00.500Z"), { toleranceMs: 0 }).disagreements.map((d) => [d.code, d.differenceMs])).toEqual([["breach_differs", 500]]);
    expect(audit(events42(), { toleranceMs: 0 }).disagreements).toEqual([]);
  });

  it("compares as of the report's instant: events after it are left out, and a breach at that instant has not happened yet", () => {
    const early = evaluateSla({ id: "42", createdAt: "2026-03-16T10:00:00Z", channel: "ticket", priority: "normal" }, gold, new Date("2026-03-16T11:00:00Z"));
    // At 11:00 exactly the first reply is due, not yet breached, on both sides; Zendesk's events
    // from later on (the reply at 10:40 is not in this ticket) do not count.
    const events = [
      { id: 1, ticket_id: 42, metric: "reply_time", instance_id: 1, type: "activate", time: "2026-03-16T10:00:00Z" },
      applySla("reply_time", 1, "2026-03-16T10:00:00Z", 60),
      { id: 2, ticket_id: 42, metric: "reply_time", instance_id: 1, type: "breach", time: "2026-03-16T11:00:00Z" },
      { id: 3, ticket_id: 42, metric: "reply_time", instance_id: 1, type: "fulfill", time: "2026-03-16T11:30:00Z" },
    ];
    const fewer = { ...early, metrics: early.metrics.filter((metric) => metric.metric === "first_reply") };
    expect(auditMetricEvents([fewer], { ticket_metric_events: events }).disagreements).toEqual([]);
  });

  it("lists tickets on one side only, without comparing them", () => {
    const other = evaluateSla({ id: "7", createdAt: "2026-03-16T10:00:00Z", channel: "ticket", priority: "normal" }, gold, NOW);
    const events = [...events42(), { id: 5, ticket_id: 77, metric: "reply_time", instance_id: 1, type: "activate", time: "2026-03-16T10:00:00Z" }];
    expect(auditMetricEvents([report42(), other], { ticket_metric_events: events })).toMatchObject({
      disagreements: [],
      ticketsCompared: 1,
      ticketsWithoutEvents: ["7"],
      ticketsWithoutReport: ["77"],
    });
  });

  it("reads the incremental export's pages (an array of { ticket_metric_events, next_page, ... })", () => {
    const all = events42();
    const pages = [
      { ticket_metric_events: all.slice(0, 6), next_page: "https://example.zendesk.com/api/v2/incremental/ticket_metric_events.json?start_time=1", count: 6, end_time: 1 },
      { ticket_metric_events: all.slice(6), next_page: null, count: all.length - 6, end_time: 2 },
    ];
    expect(auditMetricEvents([report42()], pages).disagreements).toEqual([]);
  });

  it("orders disagreements by ticket, then metric in the library's order, then instance", () => {
    const events = events42()
      .filter((event) => event.type !== "breach")
      .map((event) => (event.type === "fulfill" ? { ...event, time: event.time.replace(":00Z", ":30Z") } : event));
    const found = audit(events).disagreements.map((d) => `${d.metric}#${d.instanceId}:${d.code}`);
    expect(found).toEqual([
      "first_reply#1:fulfilment_differs",
      "next_reply#2:breach_only_in_library",
      "next_reply#2:fulfilment_differs",
      "requester_wait#1:fulfilment_differs",
    ]);
  });

  it("compares the cumulative metrics once across reopenings: the latest fulfilment and the first breach", () => {
    // Requester wait 1 h on Global Support Hours (24x5, Monday): 10:00 to 10:30 solved (30 min),
    // reopened 11:00, solved again 11:45: 30 + 45 = 75 min, so it breached at 11:00 + 30 min = 11:30.
    const hourly = prepareSlaPolicies({
      policies: [{ id: "25", name: "Gold", targets: [{ metric: "requester_wait", duration: { hours: 1 }, calendar: "global" }] }],
      calendars: { global: globalSupportHours },
    });
    const report = evaluateSla(
      {
        id: "42",
        createdAt: "2026-03-16T10:00:00Z",
        channel: "ticket",
        priority: "normal",
        events: [
          { type: "status_change", at: "2026-03-16T10:30:00Z", status: "solved" },
          { type: "comment", at: "2026-03-16T11:00:00Z", author: "customer", public: true },
          { type: "status_change", at: "2026-03-16T11:00:00Z", status: "open" },
          { type: "status_change", at: "2026-03-16T11:45:00Z", status: "solved" },
        ],
      },
      hourly,
      NOW,
    );
    const events = [
      { id: 1, ticket_id: 42, metric: "requester_wait_time", instance_id: 1, type: "activate", time: "2026-03-16T10:00:00Z" },
      applySla("requester_wait_time", 1, "2026-03-16T10:00:00Z", 60, true),
      { id: 2, ticket_id: 42, metric: "requester_wait_time", instance_id: 1, type: "fulfill", time: "2026-03-16T10:30:00Z" },
      { id: 3, ticket_id: 42, metric: "requester_wait_time", instance_id: 1, type: "activate", time: "2026-03-16T11:00:00Z" },
      { id: 4, ticket_id: 42, metric: "requester_wait_time", instance_id: 1, type: "breach", time: "2026-03-16T11:30:00Z" },
      { id: 5, ticket_id: 42, metric: "requester_wait_time", instance_id: 1, type: "fulfill", time: "2026-03-16T11:45:00Z" },
    ];
    const result = auditMetricEvents([report], { ticket_metric_events: events });
    expect(result.metricsCompared).toBe(1);
    expect(result.disagreements).toEqual([]);
  });

  it("does not modify its inputs", () => {
    const reports = deepFreeze([report42()]);
    const events = deepFreeze({ ticket_metric_events: events42() });
    const before = JSON.stringify([reports, events]);
    auditMetricEvents(reports, events);
    expect(JSON.stringify([reports, events])).toBe(before);
  });
});

describe("auditMetricEvents: bad input is a clear error naming the record and field", () => {
  const withEvent = (event: Record<string, unknown>) => ({ ticket_metric_events: [...events42(), event] });

  it("an event without a time", () => {
    const error = thrown(() => auditMetricEvents([report42()], withEvent({ id: 9, ticket_id: 42, metric: "reply_time", instance_id: 1, type: "fulfill" })));
    expect(error.code).toBe("missing_field");
    expect(error.path).toEqual(["ticketMetricEvents", "ticket_metric_events", 16, "time"]);
    expect(error.message).toBe('Missing required field "ticketMetricEvents.ticket_metric_events.16.time"');
  });

  it("an event whose time has no offset", () => {
    const error = thrown(() => auditMetricEvents([report42()], withEvent({ id: 9, ticket_id: 42, metric: "reply_time", instance_id: 1, type: "fulfill", time: "2026-03-16 10:00" })));
    expect(error.code).toBe("invalid_instant");
    expect(error.message).toMatch(/^Expected an ISO 8601 date-time with "Z" or an offset/);
  });

  it("an apply_sla event without its sla, or without a target", () => {
    const noSla = thrown(() => auditMetricEvents([report42()], withEvent({ id: 9, ticket_id: 42, metric: "reply_time", instance_id: 1, type: "apply_sla", time: "2026-03-16T10:00:00Z" })));
    expect([noSla.code, noSla.path, noSla.message]).toEqual(["missing_field", ["ticketMetricEvents", "ticket_metric_events", 16, "sla"], 'Missing required field "sla" on an apply_sla event']);
    const noTarget = thrown(() =>
      auditMetricEvents([report42()], withEvent({ id: 9, ticket_id: 42, metric: "reply_time", instance_id: 1, type: "apply_sla", time: "2026-03-16T10:00:00Z", sla: { business_hours: true } })),
    );
    expect([noTarget.code, noTarget.path.at(-1), noTarget.message]).toEqual(["missing_field", "target", "An apply_sla event needs sla.target (minutes) or sla.target_in_seconds"]);
  });

  it("an instance_id below 1", () => {
    const error = thrown(() => auditMetricEvents([report42()], withEvent({ id: 9, ticket_id: 42, metric: "reply_time", instance_id: 0, type: "fulfill", time: "2026-03-16T10:00:00Z" })));
    expect([error.code, error.path.at(-1)]).toEqual(["too_small", "instance_id"]);
  });

  it("a file that is not the endpoint's response, in a page of several", () => {
    const error = thrown(() => auditMetricEvents([report42()], [{ ticket_metric_events: [] }, { tickets: [] }]));
    expect([error.code, error.path]).toEqual(["missing_field", ["ticketMetricEvents", 1, "ticket_metric_events"]]);
  });

  it("a ticket reported twice", () => {
    const error = thrown(() => auditMetricEvents([report42(), report42()], { ticket_metric_events: [] }));
    expect([error.code, error.path, error.message]).toEqual(["duplicate_id", ["reports", 1, "ticketId"], "Ticket 42 has more than one report"]);
  });

  it("something that is not a report", () => {
    const error = thrown(() => auditMetricEvents([{ ticketId: "42" } as never], { ticket_metric_events: [] }));
    expect(error.code).toBe("missing_field");
    expect(error.path).toEqual(["reports", 0, "evaluatedAt"]);
  });

  it("a negative tolerance", () => {
    const error = thrown(() => auditMetricEvents([report42()], { ticket_metric_events: [] }, { toleranceMs: -1 }));
    expect([error.code, error.path, error.message]).toEqual(["invalid_input", ["options", "toleranceMs"], "Expected toleranceMs to be a finite number of milliseconds, 0 or more"]);
  });
});
