import { describe, expect } from "vitest";
import { cycleSegments } from "../../src/report/internal/cycle-segments.js";
import { pausedByOf } from "../../src/report/internal/paused-by-of.js";
import { statusSegments } from "../../src/report/internal/status-segments.js";
import { renderSlaReportPage } from "../../src/report/render-sla-report-page.js";
import { gitlab2026 } from "../../src/sla/editions/gitlab2026.js";
import { evaluateSla } from "../../src/sla/evaluate-sla.js";
import { parseTicket } from "../../src/sla/parse-ticket.js";
import type { SlaPolicySet } from "../../src/sla/sla-policy-set.js";
import { fc, test } from "../support/property.js";
import { runs } from "../support/runs.js";
import { nowArb, ticketArb } from "../sla/sla-arbitraries.js";
import { elements, everyMetric } from "./fixtures.js";

const caseArb = ticketArb.chain((ticket) => fc.record({ ticket: fc.constant(ticket), now: nowArb(ticket), policySet: fc.constantFrom<SlaPolicySet>(everyMetric, gitlab2026) }));

describe("the page against the report it draws", () => {
  test.prop([caseArb], { numRuns: runs(150) })("a cycle's running stretches add up to the real time the report says its clock ran, and lie within the cycle", ({ ticket: input, now, policySet }) => {
    const ticket = parseTicket(input);
    const report = evaluateSla(ticket, policySet, now);
    const statuses = statusSegments(ticket, now.getTime());
    for (const metric of report.metrics) {
      for (const cycle of metric.current === null ? metric.completed : [...metric.completed, metric.current]) {
        const start = Date.parse(cycle.startedAt);
        const end = cycle.fulfilledAt === null ? now.getTime() : Date.parse(cycle.fulfilledAt);
        const pieces = cycleSegments(statuses, start, end, pausedByOf(policySet, metric.metric, cycle));
        const running = pieces.filter((piece) => piece.running).reduce((sum, piece) => sum + (piece.to - piece.from), 0);
        expect(running, `${metric.metric} cycle ${cycle.index}`).toBe(cycle.elapsedCalendarMs);
        expect(pieces.every((piece) => piece.from >= start && piece.to <= end && piece.from < piece.to)).toBe(true);
        // An ongoing cycle ends paused exactly when the report says it is paused.
        if (cycle.fulfilledAt === null && pieces.length > 0) expect(pieces[pieces.length - 1]?.running).toBe(!cycle.paused);
      }
    }
  });

  test.prop([caseArb], { numRuns: runs(60) })("every breach is one marker, every mark and bar lies on the plot, and the page has one script", ({ ticket: input, now, policySet }) => {
    const ticket = parseTicket(input);
    const report = evaluateSla(ticket, policySet, now);
    const page = renderSlaReportPage({ now, policySet, tickets: [{ ticket, report }] });
    const html = page.slice(page.indexOf('<svg class="timeline"'));
    const breaches = report.metrics.reduce((sum, metric) => sum + metric.breachCount, 0);
    expect(elements(html, "g", "mark breach")).toHaveLength(breaches);
    for (const rect of [...elements(html, "rect", "run"), ...elements(html, "rect", "pause"), ...elements(html, "rect", "over"), ...elements(html, "rect", "open")]) {
      expect(Number(rect["x"])).toBeGreaterThanOrEqual(170);
      expect(Number(rect["x"]) + Number(rect["width"])).toBeLessThanOrEqual(985.5);
    }
    for (const mark of elements(html, "g", "mark")) {
      const x = Number(/translate\(([-\d.]+) /.exec(mark["transform"] ?? "")?.[1]);
      expect(x).toBeGreaterThanOrEqual(170);
      expect(x).toBeLessThanOrEqual(985);
    }
    expect(page.match(/<script/g)).toHaveLength(1);
  });
});
