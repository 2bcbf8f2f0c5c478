import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importZendeskExport } from "../../../src/import/zendesk/import-zendesk-export.js";
import { evaluateSla } from "../../../src/sla/evaluate-sla.js";
import type { MetricReport, SlaReport } from "../../../src/sla/sla-report.js";

// examples/zendesk: Americas (schedule 360001, "Pacific Time (US & Canada)", Mon-Fri 09:00-17:00,
// PST = UTC-8 in late November, so 17:00-01:00 UTC; Thanksgiving Thu 26 and Fri 27 November
// closed) is the default schedule; EMEA (360002, "London", Mon-Fri 09:00-17:00 GMT = UTC).
// Policies by position: Enterprise (11), Billing (13), Standard (12). Evaluated on Wednesday
// 2026-11-25 18:00 UTC (10:00 PST).
const DIR = join(import.meta.dirname, "..", "..", "..", "examples", "zendesk");
const read = (name: string): unknown => (existsSync(join(DIR, name)) ? (JSON.parse(readFileSync(join(DIR, name), "utf8")) as unknown) : undefined);
const result = importZendeskExport({
  tickets: read("tickets.json"),
  ticketAudits: read("ticket_audits.json"),
  users: read("users.json"),
  organizations: read("organizations.json"),
  slaPolicies: read("sla_policies.json"),
  schedules: read("schedules.json"),
  holidays: { 360001: read("schedules/360001/holidays.json"), 360002: read("schedules/360002/holidays.json") },
});
const NOW = new Date("2026-11-25T18:00:00Z");

function reportOf(id: string): SlaReport {
  const entry = result.tickets.find((ticket) => ticket.id === id);
  if (entry?.ok !== true || result.policySet === null) throw new Error(`ticket ${id} not imported`);
  return evaluateSla(entry.ticket, result.policySet, NOW);
}
function metricOf(id: string, metric: string): MetricReport | undefined {
  return reportOf(id).metrics.find((entry) => entry.metric === metric);
}

describe("examples/zendesk replays with no conversion", () => {
  it("every record imports", () => {
    expect(result.errors).toEqual([]);
    expect(result.tickets.map((ticket) => [ticket.id, ticket.ok])).toEqual(["101", "102", "103", "104", "105", "106", "107", "108", "109"].map((id) => [id, true]));
    expect(result.policySet?.policies.map((policy) => policy.id)).toEqual(["11", "13", "12"]);
  });

  it("101 (Acme, Enterprise through organization 501, normal): first reply Mon 09:30 PST + 240 business min = 13:30 PST = 21:30 UTC, met at 20:00; next reply from Tue 08:00 PST: opens 09:00 + 480 min = Tue 17:00 PST = Wed 01:00 UTC, breached", () => {
    expect(reportOf("101").policyId).toBe("11");
    expect(metricOf("101", "first_reply")).toMatchObject({ dueAt: "2026-11-23T21:30:00.000Z", fulfilledAt: "2026-11-23T20:00:00.000Z", breached: false });
    expect(metricOf("101", "next_reply")).toMatchObject({ state: "active", dueAt: "2026-11-25T01:00:00.000Z", breached: true });
  });

  it("102 (Standard, normal): the trigger's auto-reply at 10:01 UTC fulfils nothing; first reply opens Mon 09:00 PST + 960 min (8 h Mon + 8 h Tue) = Tue 17:00 PST = Wed 01:00 UTC, met by Ada on Tue 22:00 UTC", () => {
    expect(metricOf("102", "first_reply")).toMatchObject({ dueAt: "2026-11-25T01:00:00.000Z", fulfilledAt: "2026-11-24T22:00:00.000Z", breached: false });
    // Agent work: Mon 09:00-17:00 PST (8 h) + Tue 09:00-14:00 PST (5 h) until pending = 13 h of 24 h; paused.
    expect(metricOf("102", "agent_work")).toMatchObject({ state: "paused", elapsedBusinessMs: 13 * 3_600_000 });
  });

  it("103 (Acme, high): first reply Tue 01:00 PST, opens 09:00 + 120 min = 11:00 PST = 19:00 UTC, met at 18:00; solved, reopened by the customer Wed 08:30 PST: next reply opens 09:00 + 240 min = 13:00 PST = 21:00 UTC", () => {
    expect(metricOf("103", "first_reply")).toMatchObject({ dueAt: "2026-11-24T19:00:00.000Z", breached: false });
    expect(metricOf("103", "next_reply")).toMatchObject({ state: "active", startedAt: "2026-11-25T16:30:00.000Z", dueAt: "2026-11-25T21:00:00.000Z" });
  });

  it("104 (Globex, Standard): on hold Mon 10:05 to Tue 12:00 PST; agent work 65 min + Tue 12:00-17:00 (300) + Wed 09:00-10:00 (60) = 425 of 1440 min; 1015 left: Wed 420, Thanksgiving Thu and Fri closed, Mon 30 480, Tue 1 Dec 115 = 10:55 PST = 18:55 UTC", () => {
    expect(metricOf("104", "agent_work")).toMatchObject({ state: "active", elapsedBusinessMs: 425 * 60_000, dueAt: "2026-12-01T18:55:00.000Z" });
  });

  it("105 (low, raised to urgent at 19:30 UTC): urgent is 120 calendar min from creation at 17:00 UTC, due 19:00, already past when raised: breached on retarget, replied 19:45", () => {
    const report = reportOf("105");
    expect(metricOf("105", "first_reply")).toMatchObject({ breached: true, dueAt: "2026-11-24T19:00:00.000Z", fulfilledAt: "2026-11-24T19:45:00.000Z" });
    expect(report.reasons.map((reason) => reason.code)).toContain("breached_on_retarget");
  });

  it("106 (created by Bo for Erin): his opening comment is not a reply; first reply opens Wed 09:00 PST + 960 min = Wed 8 h, Thanksgiving closed, Mon 30 8 h = Mon 17:00 PST = Tue 1 Dec 01:00 UTC", () => {
    expect(metricOf("106", "first_reply")).toMatchObject({ state: "active", dueAt: "2026-12-01T01:00:00.000Z" });
  });

  it("107 (billing custom field: Billing policy; a trigger sets the EMEA schedule at 10:01 UTC): first reply Mon 10:00 GMT + 180 business min = 13:00 UTC on EMEA, met at 12:00", () => {
    expect(reportOf("107").policyId).toBe("13");
    expect(metricOf("107", "first_reply")).toMatchObject({ calendar: "360002", dueAt: "2026-11-23T13:00:00.000Z", fulfilledAt: "2026-11-23T12:00:00.000Z", breached: false });
  });

  it("108 (no priority): Standard applies and no metric does", () => {
    expect(reportOf("108")).toMatchObject({ outcome: "policy_applied", policyId: "12", metrics: [] });
  });

  it("109 (closed by an automation): first reply Mon 09:00 PST + 240 min = 13:00 PST = 21:00 UTC, met at 17:30 UTC", () => {
    expect(metricOf("109", "first_reply")).toMatchObject({ dueAt: "2026-11-23T21:00:00.000Z", fulfilledAt: "2026-11-23T17:30:00.000Z", breached: false });
  });
});
