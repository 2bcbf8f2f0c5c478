import { fc, test } from "../support/property.js";
import { describe, expect } from "vitest";
import { breachWarnings } from "../../src/sla/breach-warnings.js";
import { businessTimeBetween } from "../../src/sla/business-time-between.js";
import { gitlab2026 } from "../../src/sla/editions/gitlab2026.js";
import { evaluateSla } from "../../src/sla/evaluate-sla.js";
import { globalSupportHours, twentyFourSeven } from "../../src/sla/gitlab-calendars.js";
import { parseTicket } from "../../src/sla/parse-ticket.js";
import { prepareSlaPolicies } from "../../src/sla/prepare-sla-policies.js";
import type { SlaPolicySet } from "../../src/sla/sla-policy-set.js";
import type { SlaReport } from "../../src/sla/sla-report.js";
import { AROUND_THE_CLOCK, METRIC_IDS, PRIORITIES } from "../../src/sla/sla-vocabulary.js";
import type { TicketInput } from "../../src/sla/ticket.js";
import { MINUTE, eventTime, nowArb, ticketArb, toEvent } from "./sla-arbitraries.js";
import { deepFreeze } from "./sla-fixtures.js";

/** Every metric on a calendar, with targets that differ by priority so priority changes re-target. */
function everyMetricOn(calendar: string, calendars: SlaPolicySet["calendars"]): SlaPolicySet {
  return prepareSlaPolicies({
    policies: [
      {
        id: "all",
        name: "Every metric",
        targets: METRIC_IDS.flatMap((metric, m) =>
          PRIORITIES.map((priority, p) => ({ metric, priority, duration: { minutes: 30 + 97 * (m + 1) * (4 - p) }, calendar })),
        ),
      },
    ],
    calendars,
  });
}

const onGlobal = everyMetricOn("global", { global: globalSupportHours });
const onTwentyFourSeven = everyMetricOn("24x7", { "24x7": twentyFourSeven });
const aroundTheClock = everyMetricOn(AROUND_THE_CLOCK, {});
const sets = { onGlobal, gitlab2026 } as const;
const setArb = fc.constantFrom<keyof typeof sets>("onGlobal", "gitlab2026");

const withNow = ticketArb.chain((ticket) => fc.tuple(fc.constant(ticket), nowArb(ticket)));

describe("laws of evaluateSla", () => {
  test.prop([withNow, fc.integer({ min: 1, max: 3 * 60 * 60 * 1000 }), setArb])(
    "while a metric is active and the calendar open, remaining business time falls exactly as now advances",
    ([ticket, now], step, setName) => {
      const later = new Date(now.getTime() + step);
      fc.pre(ticket.events?.every((event) => eventTime(event) <= now.getTime() || eventTime(event) > later.getTime()) ?? true);
      fc.pre(businessTimeBetween(globalSupportHours, now, later) === step);
      const set = sets[setName];
      const before = evaluateSla(ticket, set, now);
      const after = evaluateSla(ticket, set, later);
      for (const metric of before.metrics) {
        if (metric.state !== "active" || metric.calendar !== "global_support_hours" && metric.calendar !== "global") continue;
        const next = after.metrics.find((entry) => entry.metric === metric.metric);
        expect(next?.remainingBusinessMs).toBe((metric.remainingBusinessMs ?? 0) - step);
        expect(next?.dueAt).toBe(metric.dueAt);
      }
    },
  );

  test.prop([ticketArb.chain((ticket) => fc.tuple(fc.constant(ticket), nowArb(ticket), fc.shuffledSubarray([...(ticket.events ?? [])], { minLength: ticket.events?.length ?? 0 }))), setArb])(
    "shuffling events gives the same report",
    ([ticket, now, shuffled], setName) => {
      expect(evaluateSla({ ...ticket, events: shuffled }, sets[setName], now)).toEqual(evaluateSla(ticket, sets[setName], now));
    },
  );

  test.prop([withNow, fc.integer({ min: 1, max: 48 * 60 }), fc.integer({ min: 0, max: 6 }), setArb])(
    "appending a later event never changes cycles completed before it",
    ([ticket, now], gapMinutes, kindIndex, setName) => {
      const events = ticket.events ?? [];
      const last = Math.max(Date.parse(ticket.createdAt as string), ...events.map(eventTime));
      const appendedAt = last + gapMinutes * MINUTE;
      const kinds = [
        { kind: "customer" },
        { kind: "agent" },
        { kind: "status", status: "solved" },
        { kind: "status", status: "pending" },
        { kind: "status", status: "open" },
        { kind: "priority", priority: "urgent" },
        { kind: "priority", priority: "low" },
      ] as const;
      const appended: TicketInput = { ...ticket, events: [...events, toEvent(appendedAt, kinds[kindIndex] ?? kinds[0])] };
      const at = new Date(Math.max(now.getTime(), appendedAt));
      const before = evaluateSla(ticket, sets[setName], at);
      const after = evaluateSla(appended, sets[setName], at);
      for (const metric of before.metrics) {
        const next = after.metrics.find((entry) => entry.metric === metric.metric);
        if (next === undefined) continue;
        const afterCycles = [...next.completed, ...(next.current === null ? [] : [next.current])];
        for (const cycle of metric.completed) {
          if (cycle.fulfilledAt !== null && Date.parse(cycle.fulfilledAt) < appendedAt) expect(afterCycles[cycle.index]).toEqual(cycle);
        }
      }
    },
  );

  test.prop([withNow, setArb])("evaluating at now equals evaluating the ticket truncated to its events up to now", ([ticket, now], setName) => {
    const truncated = { ...ticket, events: (ticket.events ?? []).filter((event) => eventTime(event) <= now.getTime()) };
    expect(evaluateSla(truncated, sets[setName], now)).toEqual(evaluateSla(ticket, sets[setName], now));
  });

  test.prop([withNow, fc.constantFrom(onTwentyFourSeven, aroundTheClock)])("on 24x7 calendars business time equals calendar time", ([ticket, now], set) => {
    const report = evaluateSla(ticket, set, now);
    for (const metric of report.metrics) {
      for (const cycle of [...metric.completed, ...(metric.current === null ? [] : [metric.current])]) {
        expect(cycle.elapsedBusinessMs).toBe(cycle.elapsedCalendarMs);
        // Once past due, the real overrun also counts paused and solved time since the due instant.
        if (cycle.outcome === "ongoing" && !cycle.paused && !cycle.breached) expect(cycle.remainingCalendarMs).toBe(cycle.remainingBusinessMs);
      }
    }
  });

  test.prop([withNow, setArb])("output is JSON-serialisable and inputs are not mutated", ([ticket, now], setName) => {
    const copy = structuredClone(ticket);
    const frozen = deepFreeze(structuredClone(ticket));
    const report: SlaReport = evaluateSla(frozen, sets[setName], now);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    expect(ticket).toEqual(copy);
    expect(frozen).toEqual(copy);
  });

  test.prop([withNow, setArb])("the validated fast path gives the same report as raw input", ([ticket, now], setName) => {
    expect(evaluateSla(parseTicket(ticket), sets[setName], now)).toEqual(evaluateSla(ticket, sets[setName], now));
  });

  test.prop([withNow, setArb])("every metric's state agrees with its cycles, and the next breach is the earliest running due instant", ([ticket, now], setName) => {
    const report = evaluateSla(ticket, sets[setName], now);
    const dues: number[] = [];
    for (const metric of report.metrics) {
      const cycles = [...metric.completed, ...(metric.current === null ? [] : [metric.current])];
      expect(metric.breachCount).toBe(cycles.filter((cycle) => cycle.breached).length);
      for (const cycle of metric.completed) expect(cycle.outcome).toBe(cycle.breached ? "breached" : "met");
      if (metric.current !== null) {
        expect(metric.state).toBe(metric.current.paused ? "paused" : "active");
        if (metric.current.breached) expect(Date.parse(metric.current.dueAt ?? "")).toBeLessThan(now.getTime());
        else if (!metric.current.paused && metric.current.dueAt !== null) dues.push(Date.parse(metric.current.dueAt));
      }
    }
    expect(report.nextBreachAt).toBe(dues.length === 0 ? null : new Date(Math.min(...dues)).toISOString());
  });

  test.prop([fc.array(withNow, { maxLength: 8 }), fc.integer({ min: 0, max: 48 * 60 })])("breachWarnings lists only upcoming breaches within the window, soonest first", (cases, windowMinutes) => {
    const now = new Date(Math.max(...cases.map(([ticket, at]) => Math.max(at.getTime(), Date.parse(ticket.createdAt as string))), 0));
    const reports = cases.map(([ticket], index) => evaluateSla({ ...ticket, id: `T-${index}` }, onGlobal, now));
    const warnings = breachWarnings(reports, now, windowMinutes * MINUTE);
    for (const [index, warning] of warnings.entries()) {
      expect(warning.inMs).toBeGreaterThanOrEqual(0);
      expect(warning.inMs).toBeLessThanOrEqual(windowMinutes * MINUTE);
      if (index > 0) expect(warning.inMs).toBeGreaterThanOrEqual(warnings[index - 1]?.inMs ?? 0);
    }
  });
});
