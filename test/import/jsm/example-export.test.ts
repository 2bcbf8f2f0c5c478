import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareJsmSla } from "../../../src/import/jsm/compare-jsm-sla.js";
import { forSchemas } from "./jsm-fixtures.js";
import { importJsmExport } from "../../../src/import/jsm/import-jsm-export.js";
import { evaluateSla } from "../../../src/sla/evaluate-sla.js";
import type { MetricReport, SlaReport } from "../../../src/sla/sla-report.js";

// examples/jsm: a JSM service project's search response (expand=changelog) and its SLA
// configuration. The calendar sydney_support is Mon-Fri 09:00-17:00 Australia/Sydney; in
// November and December Sydney keeps daylight time, AEDT = UTC+11, so a business day is
// 22:00 UTC (the day before) to 06:00 UTC. Mon 2026-11-30 to Fri 2026-12-04; evaluated on
// Thu 2026-12-03 14:00 AEDT = 03:00 UTC, the instant the export was taken.
// Goals: first response Highest 1 h around the clock, High 2 h business, else 8 h business;
// resolution Highest 4 h around the clock, High 8 h, Medium 16 h, else 24 h business, paused
// in Waiting for customer, restarted by "Resolution: Cleared".
const DIR = join(import.meta.dirname, "..", "..", "..", "examples", "jsm");
const read = (name: string): unknown => JSON.parse(readFileSync(join(DIR, name), "utf8")) as unknown;
const issues = read("issues.json");
const result = importJsmExport({ issues, slaConfig: read("sla-config.json") });
const NOW = new Date("2026-12-03T03:00:00Z");

function reportOf(key: string): SlaReport {
  const entry = result.tickets.find((ticket) => ticket.id === key);
  if (entry?.ok !== true || result.policySet === null) throw new Error(`issue ${key} not imported`);
  return evaluateSla(entry.ticket, result.policySet, NOW);
}
function metricOf(key: string, metric: "time_to_first_response" | "time_to_resolution"): MetricReport {
  const found = reportOf(key).metrics.find((entry) => entry.metric === metric);
  if (found === undefined) throw new Error(`${key} has no ${metric}`);
  return found;
}

describe("examples/jsm replays with no conversion", () => {
  it("every issue imports, and the SLA configuration is a policy set of two metrics with goals", () => {
    expect(result.errors).toEqual([]);
    expect(result.tickets.map((ticket) => [ticket.id, ticket.ok])).toEqual(["SUP-1", "SUP-2", "SUP-3", "SUP-4", "SUP-5", "SUP-6"].map((key) => [key, true]));
    expect(result.policySet?.metrics.map((metric) => metric.id)).toEqual(["time_to_first_response", "time_to_resolution"]);
  });

  it("SUP-1 (Highest, created Mon 10:00 AEDT = Sun 23:00 UTC): first response 1 h around the clock, due Mon 00:00 UTC, met by the public reply at 23:40; resolution 4 h, due 03:00 UTC, met at 12:30 AEDT = 01:30 UTC", () => {
    expect(metricOf("SUP-1", "time_to_first_response")).toMatchObject({ state: "closed", dueAt: "2026-11-30T00:00:00.000Z", fulfilledAt: "2026-11-29T23:40:00.000Z", breached: false });
    expect(metricOf("SUP-1", "time_to_resolution")).toMatchObject({ state: "closed", dueAt: "2026-11-30T03:00:00.000Z", fulfilledAt: "2026-11-30T01:30:00.000Z", breached: false });
  });

  it("SUP-2 (High, created Mon 16:00 AEDT): first response 2 h business = Mon 16-17 + Tue 09-10 AEDT, due Mon 23:00 UTC; the internal note at 09:30 and the customer's comment fulfil nothing, the public reply at Tue 11:00 AEDT (00:00 UTC) is late", () => {
    expect(metricOf("SUP-2", "time_to_first_response")).toMatchObject({ dueAt: "2026-11-30T23:00:00.000Z", fulfilledAt: "2026-12-01T00:00:00.000Z", breached: true });
  });

  it("SUP-2: resolution 8 h business, 3 h used (Mon 16-17, Tue 09-11) before Waiting for customer pauses it until Wed 10:00 AEDT; 5 h more is Wed 15:00 AEDT = 04:00 UTC; resolved at 16:00 AEDT, an hour late", () => {
    expect(metricOf("SUP-2", "time_to_resolution")).toMatchObject({ dueAt: "2026-12-02T04:00:00.000Z", fulfilledAt: "2026-12-02T05:00:00.000Z", breached: true, elapsedBusinessMs: 9 * 3_600_000 });
  });

  it("SUP-3 (Medium, created Tue 08:00 AEDT, before opening): first response 8 h from 09:00 = Tue 17:00 AEDT = 06:00 UTC, met at 13:00 AEDT; the customer's comment on reopening starts no new cycle (its only start is Issue created)", () => {
    const ttfr = metricOf("SUP-3", "time_to_first_response");
    expect(ttfr).toMatchObject({ dueAt: "2026-12-01T06:00:00.000Z", fulfilledAt: "2026-12-01T02:00:00.000Z", breached: false, current: null });
    expect(ttfr.completed).toHaveLength(1);
  });

  it("SUP-3: resolution 16 h = Tue 09-17 + Wed 09-17, due Wed 17:00 AEDT = 06:00 UTC, met Wed 12:00; Resolution: Cleared at Thu 09:30 AEDT starts cycle 2 from zero: Thu 7.5 h + Fri 8 h + Mon 0.5 h = Mon 7 Dec 09:30 AEDT = Sun 22:30 UTC", () => {
    const ttr = metricOf("SUP-3", "time_to_resolution");
    expect(ttr.completed).toMatchObject([{ dueAt: "2026-12-02T06:00:00.000Z", fulfilledAt: "2026-12-02T01:00:00.000Z", breached: false }]);
    expect(ttr).toMatchObject({ state: "active", startedAt: "2026-12-02T22:30:00.000Z", dueAt: "2026-12-06T22:30:00.000Z", breached: false });
  });

  it("SUP-4 (Low, created Wed 09:00 AEDT): first response 8 h, due Wed 17:00 AEDT = 06:00 UTC, met at 10:00; resolution paused in Waiting for customer since 10:00 after 1 h of 24, so no due instant yet", () => {
    expect(metricOf("SUP-4", "time_to_first_response")).toMatchObject({ dueAt: "2026-12-02T06:00:00.000Z", fulfilledAt: "2026-12-01T23:00:00.000Z", breached: false });
    expect(metricOf("SUP-4", "time_to_resolution")).toMatchObject({ state: "paused", dueAt: null, elapsedBusinessMs: 3_600_000, breached: false });
  });

  it("SUP-5 (Lowest, created Thu 12:00 AEDT, nothing since): first response 8 h = Thu 12-17 + Fri 09-12, due Fri 12:00 AEDT = 01:00 UTC; resolution 24 h = Thu 5 + Fri 8 + Mon 8 + Tue 3, due Tue 8 Dec 12:00 AEDT = 01:00 UTC", () => {
    expect(metricOf("SUP-5", "time_to_first_response")).toMatchObject({ state: "active", dueAt: "2026-12-04T01:00:00.000Z" });
    expect(metricOf("SUP-5", "time_to_resolution")).toMatchObject({ state: "active", dueAt: "2026-12-08T01:00:00.000Z" });
  });

  it("SUP-6 (High, raised to Highest Wed 16:00 AEDT): the Highest goal applies, 1 h around the clock from 15:00 AEDT, due 16:00 AEDT = 05:00 UTC, met only Thu 09:00 AEDT; resolution 4 h, due Wed 19:00 AEDT = 08:00 UTC, breached and running", () => {
    expect(metricOf("SUP-6", "time_to_first_response")).toMatchObject({ dueAt: "2026-12-02T05:00:00.000Z", fulfilledAt: "2026-12-02T22:00:00.000Z", breached: true });
    expect(metricOf("SUP-6", "time_to_resolution")).toMatchObject({ state: "active", dueAt: "2026-12-02T08:00:00.000Z", breached: true });
  });

  it("the replay agrees with JSM's own SLA fields in the export, cycle by cycle", () => {
    const reports = ["SUP-1", "SUP-2", "SUP-3", "SUP-4", "SUP-5", "SUP-6"].map(reportOf);
    const comparison = compareJsmSla(reports, { issues }, { metrics: result.policySet?.metrics ?? [] });
    expect(comparison.disagreements).toEqual([]);
    expect(comparison).toMatchObject({ issuesCompared: 6, slasCompared: 12, cyclesCompared: 13, issuesWithoutSla: [], slasWithoutMetric: [] });
  });
});

describe("a goal on a JSM status, through the import (docs/rules.md §2.3 Statuses: \"In JQL a status is named as JSM names it\")", () => {
  // The example's configuration with one goal more, first: resolution in 40 h while Waiting for customer.
  const config = read("sla-config.json") as { metrics: { id: string; goals: unknown[] }[] };
  const withStatusGoal = { ...config, metrics: config.metrics.map((metric) => (metric.id === "time_to_resolution" ? { ...metric, goals: [{ when: 'status = "Waiting for customer"', target: { hours: 40 }, calendar: "sydney_support" }, ...metric.goals] } : metric)) };
  const imported = importJsmExport({ issues, slaConfig: withStatusGoal });
  const resolutionOf = (key: string): MetricReport | undefined => {
    const entry = imported.tickets.find((ticket) => ticket.id === key);
    if (entry?.ok !== true || imported.policySet === null) throw new Error(`issue ${key} not imported`);
    return evaluateSla(entry.ticket, imported.policySet, NOW).metrics.find((metric) => metric.metric === "time_to_resolution");
  };

  it('status = "Waiting for customer" selects the 40 h target for SUP-4, in that status now; SUP-5 (Waiting for support) keeps the catch-all 24 h', () => {
    expect(imported.errors).toEqual([]);
    expect(resolutionOf("SUP-4")).toMatchObject({ state: "paused", targetMs: 40 * 3_600_000, elapsedBusinessMs: 3_600_000 });
    expect(resolutionOf("SUP-5")?.targetMs).toBe(24 * 3_600_000);
  });

  it("a goal naming a status the configuration does not declare is an error at the goal's when", () => {
    const bad = { ...config, metrics: config.metrics.map((metric, index) => (index === 0 ? { ...metric, goals: [{ when: 'status = "Waiting for custmer"', target: { hours: 1 }, calendar: "around_the_clock" }, ...metric.goals] } : metric)) };
    const errors = importJsmExport({ issues, slaConfig: bad }).errors;
    expect(errors.map((error) => [error.path, error.code, error.message])).toEqual([
      [
        ["metrics", 0, "goals", 0, "when"],
        "unknown_value",
        'Unknown status "Waiting for custmer" at position 10: expected one of the policy set\'s statuses new, open, pending, on_hold, solved, closed, Waiting for support, In progress, Waiting for customer, Resolved; did you mean "Waiting for customer"? (in the JQL "status = \\"Waiting for custmer\\"")',
      ],
    ]);
  });
});

describe("importJsmExport: well-formed issues read by hand", () => {
  // An issue of another prototype is left to the schemas: the same export made of such issues
  // takes the schemas' path for every issue, and must give the same result.
  it("gives the tickets and errors the schemas give (docs/guide.md, Replay your Jira Service Management export)", () => {
    const page = issues as { issues: unknown[] };
    const viaSchemas = importJsmExport({ issues: { ...page, issues: page.issues.map(forSchemas) }, slaConfig: read("sla-config.json") });
    expect(result.tickets.filter((entry) => entry.ok).length).toBeGreaterThan(0);
    expect(viaSchemas).toEqual(result);
  });
});
