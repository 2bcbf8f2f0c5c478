import { describe, expect, it } from "vitest";
import type { Channel } from "../../../src/shared/channel.js";
import { createHandbook2016Edition, handbook2016 } from "../../../src/sla/editions/handbook2016.js";
import { evaluateSla } from "../../../src/sla/evaluate-sla.js";
import type { TicketEventInput, TicketInput } from "../../../src/sla/ticket.js";
import { HOUR, MINUTE, agent, at, caught, customer, metricOf, nowAt } from "../sla-fixtures.js";

function ticket(channel: Channel, events: TicketEventInput[] = [], extra: Partial<TicketInput> = {}): TicketInput {
  return { id: "H-1", createdAt: at(0), channel, events, ...extra };
}

describe("handbook2016: the four SLA categories", () => {
  it('"Emergency tickets: answered within 30 minutes (around the clock). Zendesk priority Urgent."', () => {
    for (const channel of ["emergency", "gitlab_com_downtime"] as const) {
      // Saturday, 00:00 in Los Angeles.
      const report = evaluateSla(ticket(channel, [], { createdAt: "2026-03-21T07:00:00Z" }), handbook2016, new Date("2026-03-21T07:10:00Z"));
      expect(report.policyId).toBe("emergency");
      expect(metricOf(report, "first_reply")).toMatchObject({ dueAt: "2026-03-21T07:30:00.000Z", calendar: "around_the_clock" });
    }
  });

  it('"Security disclosures through regular tickets": within 1 business day (24 h on Global Support Hours)', () => {
    for (const channel of ["security", "hackerone", "ticket", "contact_form", "internal"] as const) {
      // Friday 10:00 in Los Angeles: 7 h on Friday, 9 h on Sunday, 8 h on Monday.
      const report = evaluateSla(ticket(channel, [], { createdAt: "2026-03-20T17:00:00Z" }), handbook2016, new Date("2026-03-21T17:00:00Z"));
      expect(report.policyId).toBe("security_through_regular");
      expect(metricOf(report, "first_reply").dueAt).toBe("2026-03-23T15:00:00.000Z");
    }
  });

  it('"Zendesk priority Urgent" in category 2 is answered within 30 minutes', () => {
    const report = evaluateSla(ticket("ticket", [], { priority: "urgent" }), handbook2016, nowAt(10));
    expect(metricOf(report, "first_reply")).toMatchObject({ dueAt: at(30), targetMs: 30 * MINUTE });
  });

  it('"Disqus and Twitter ... 1 business day (no Zendesk SLA, but response times are tracked and a late reply is reported as breached)"', () => {
    for (const channel of ["disqus", "twitter", "facebook"] as const) {
      const report = evaluateSla(ticket(channel, [agent(25 * 60)]), handbook2016, nowAt(26 * 60));
      expect(report.policyId).toBe("disqus_and_twitter");
      expect(metricOf(report, "first_reply")).toMatchObject({ state: "closed", breached: true, dueAt: at(24 * 60), overdueBy: { businessMs: HOUR, calendarMs: HOUR } });
      expect(report.reasons.some((reason) => reason.code === "metric_breached")).toBe(true);
    }
  });

  it('"Posted issues through the end": within two weeks, but not sooner than two days; a reply before 48 h is early', () => {
    const early = evaluateSla(ticket("forum", [agent(24 * 60)]), handbook2016, nowAt(25 * 60));
    expect(metricOf(early, "first_reply")).toMatchObject({ state: "closed", early: true, breached: false });
    expect(metricOf(early, "first_reply").completed[0]?.earliestAt).toBe(at(48 * 60));
    expect(early.reasons.find((reason) => reason.code === "reply_early")?.facts).toEqual({ metric: "first_reply", fulfilledAt: at(24 * 60), earliestAt: at(48 * 60) });

    const inWindow = evaluateSla(ticket("stack_overflow", [agent(72 * 60)]), handbook2016, nowAt(73 * 60));
    expect(metricOf(inWindow, "first_reply")).toMatchObject({ state: "closed", breached: false, early: false });

    const late = evaluateSla(ticket("reddit"), handbook2016, nowAt(15 * 24 * 60));
    expect(metricOf(late, "first_reply")).toMatchObject({ state: "active", breached: true, dueAt: at(14 * 24 * 60) });
  });

  it('"Next reply in the 2016 edition: categories 1–3 use the same target as their first reply ...; category 4 uses two weeks, with no earliest time"', () => {
    const social = evaluateSla(ticket("twitter", [agent(10), customer(20)]), handbook2016, nowAt(30));
    expect(metricOf(social, "next_reply")).toMatchObject({ targetMs: 24 * HOUR, calendar: "global_support_hours" });
    const posted = evaluateSla(ticket("forum", [agent(72 * 60), customer(73 * 60), agent(74 * 60)]), handbook2016, nowAt(75 * 60));
    expect(metricOf(posted, "next_reply")).toMatchObject({ targetMs: 336 * HOUR, early: false, state: "closed", breached: false });
    expect(metricOf(posted, "next_reply").completed[0]?.earliestAt).toBeNull();
  });

  it('"The higher a channel is in the list the sooner it should be answered": targets never loosen up the list', () => {
    const targets = handbook2016.policies.map((policy) => policy.targets.find((target) => target.metric === "first_reply" && target.priority === null)?.durationMs ?? 0);
    expect(targets).toEqual([...targets].sort((a, b) => a - b));
  });
});

describe("handbook2016: every number is overridable", () => {
  it("createHandbook2016Edition with a shorter emergency target and a one-day window", () => {
    const edition = createHandbook2016Edition({ emergency: { minutes: 15 }, postedIssues: { notBefore: { hours: 24 } } });
    expect(metricOf(evaluateSla(ticket("emergency"), edition, nowAt(1)), "first_reply").dueAt).toBe(at(15));
    expect(metricOf(evaluateSla(ticket("forum", [agent(30 * 60)]), edition, nowAt(31 * 60)), "first_reply").early).toBe(false);
    expect(edition.parameters).toEqual({ emergencyMs: 900_000, businessDayMs: 86_400_000, urgentMs: 1_800_000, postedIssuesNotBeforeMs: 86_400_000, postedIssuesWithinMs: 1_209_600_000 });
  });

  it("a window whose earliest time is not before its deadline is rejected", () => {
    const error = caught(() => createHandbook2016Edition({ postedIssues: { notBefore: { hours: 400 } } }));
    expect(error).toMatchObject({ code: "inconsistent_facts", path: ["policySet", "policies", 3, "targets", 0, "notBefore"] });
    expect(error.message).toBe("notBefore (1440000000 ms) must be shorter than the duration (1209600000 ms)");
  });
});
