import { describe, expect, it } from "vitest";
import { importJsmExport } from "../../../src/import/jsm/import-jsm-export.js";
import type { JsmImport } from "../../../src/import/jsm/jsm-export.js";
import { JSM_PRIORITIES, JSM_STATUSES } from "../../../src/import/jsm/jsm-vocabulary.js";
import { evaluateSla } from "../../../src/sla/evaluate-sla.js";
import type { MetricReport } from "../../../src/sla/sla-report.js";
import { AGENT, CUSTOMER, assigneeItem, comment, history, issue, priorityItem, resolutionItem, statusItem } from "./jsm-fixtures.js";

// One metric at a time on an around-the-clock goal of 1 h, so due instants are the start + 1 h.
function configWith(metric: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { metrics: [{ id: "sla", name: "The SLA", cycles: "repeat", goals: [{ target: { hours: 1 }, calendar: "around_the_clock" }], ...metric }], ...extra };
}

function metricOf(result: JsmImport, now = "2026-12-01T00:00:00Z"): MetricReport {
  const entry = result.tickets[0];
  if (entry?.ok !== true || result.policySet === null) throw new Error(JSON.stringify(result.errors.length > 0 ? result.errors : entry));
  const report = evaluateSla(entry.ticket, result.policySet, new Date(now)).metrics.find((metric) => metric.metric === "sla");
  if (report === undefined) throw new Error("no report");
  return report;
}

// Created Mon 30 Nov 10:00 AEDT = Sun 29 Nov 23:00 UTC.
const CREATED = "2026-11-29T23:00:00.000Z";

describe("the SLA configuration: JSM's conditions", () => {
  it('"Issue created" starts, "Comment: For customers" (a public agent comment) stops: the internal note and the customer\'s comment do not', () => {
    const comments = [
      comment(AGENT, "2026-11-30T10:10:00.000+1100", false),
      comment(CUSTOMER, "2026-11-30T10:20:00.000+1100", true),
      comment(AGENT, "2026-11-30T10:30:00.000+1100", true),
    ];
    const result = importJsmExport({ issues: [issue({ comments })], slaConfig: configWith({ start: ["Issue created"], stop: ["Comment: For customers"] }) });
    expect(metricOf(result)).toMatchObject({ startedAt: CREATED, fulfilledAt: "2026-11-29T23:30:00.000Z", breached: false });
  });

  it('"Comment: By customer" starts a cycle (a customer\'s comment, accountType customer), "Comment: For customers" stops it', () => {
    const comments = [comment(CUSTOMER, "2026-11-30T11:00:00.000+1100", true), comment(AGENT, "2026-11-30T13:00:00.000+1100", true)];
    const result = importJsmExport({ issues: [issue({ comments })], slaConfig: configWith({ start: ["Comment: By customer"], stop: ["Comment: For customers"] }) });
    // Started 11:00 AEDT = 00:00 UTC, 1 h goal: due 01:00 UTC; answered 13:00 AEDT = 02:00 UTC, late.
    expect(metricOf(result)).toMatchObject({ startedAt: "2026-11-30T00:00:00.000Z", dueAt: "2026-11-30T01:00:00.000Z", fulfilledAt: "2026-11-30T02:00:00.000Z", breached: true });
  });

  it('"Resolution: Set" stops, "Resolution: Cleared" starts a new cycle from zero (a reopened request)', () => {
    const histories = [
      history("2026-11-30T10:30:00.000+1100", statusItem("Waiting for support", "Resolved"), resolutionItem(null, "Done")),
      history("2026-11-30T14:00:00.000+1100", statusItem("Resolved", "Waiting for support"), resolutionItem("Done", null)),
    ];
    const result = importJsmExport({ issues: [issue({ histories })], slaConfig: configWith({ start: ["Issue created", "Resolution: Cleared"], stop: ["Resolution: Set"] }) });
    const report = metricOf(result);
    expect(report.completed).toMatchObject([{ startedAt: CREATED, fulfilledAt: "2026-11-29T23:30:00.000Z" }]);
    // Cleared at 14:00 AEDT = 03:00 UTC: a new cycle, due 04:00 UTC.
    expect(report).toMatchObject({ state: "active", startedAt: "2026-11-30T03:00:00.000Z", dueAt: "2026-11-30T04:00:00.000Z" });
  });

  it('"Assignee: From unassigned" stops a time-to-assign SLA; a reassignment does not', () => {
    const histories = [history("2026-11-30T10:45:00.000+1100", assigneeItem(null, AGENT))];
    const result = importJsmExport({ issues: [issue({ assignee: AGENT, histories })], slaConfig: configWith({ start: ["Issue created"], stop: ["Assignee: From unassigned"] }) });
    expect(metricOf(result)).toMatchObject({ fulfilledAt: "2026-11-29T23:45:00.000Z", breached: false });
  });

  it('"Entered status: Waiting for customer" stops; "Status: Waiting for customer" pauses', () => {
    const histories = [history("2026-11-30T10:20:00.000+1100", statusItem("Waiting for support", "Waiting for customer"))];
    const stopped = importJsmExport({ issues: [issue({ status: "Waiting for customer", histories })], slaConfig: configWith({ start: ["Issue created"], stop: ["Entered status: Waiting for customer"] }) });
    expect(metricOf(stopped)).toMatchObject({ fulfilledAt: "2026-11-29T23:20:00.000Z" });
    const paused = importJsmExport({ issues: [issue({ status: "Waiting for customer", histories })], slaConfig: configWith({ start: ["Issue created"], pause: ["Status: Waiting for customer"], stop: ["Resolution: Set"] }) });
    expect(metricOf(paused)).toMatchObject({ state: "paused", elapsedCalendarMs: 20 * 60_000 });
  });

  it("conditions may be written in the library's terms, and names in any case", () => {
    const comments = [comment(AGENT, "2026-11-30T10:30:00.000+1100", true)];
    const result = importJsmExport({ issues: [issue({ comments })], slaConfig: configWith({ start: [{ on: "created" }], stop: ["comment: FOR customers"] }) });
    expect(metricOf(result)).toMatchObject({ fulfilledAt: "2026-11-29T23:30:00.000Z" });
  });

  it("an unknown condition, or a status no one declared, is an error at its place in the configuration; the policy set is null", () => {
    const result = importJsmExport({ issues: [issue()], slaConfig: configWith({ start: ["Issue viewed"], stop: ["Entered status: Archived"] }) });
    expect(result.policySet).toBeNull();
    expect(result.errors.map((error) => [error.source, error.record, error.path.join("."), error.code])).toEqual([
      ["sla-config", "the SLA configuration", "metrics.0.start.0", "unknown_value"],
      ["sla-config", "the SLA configuration", "metrics.0.stop.0", "unknown_value"],
    ]);
    expect(result.errors[0]?.message).toMatch(/^Unknown JSM condition "Issue viewed": expected one of "Issue created", "Comment: For customers"/);
    // The issues are still converted: only evaluating them needs the policy set.
    expect(result.tickets.map((entry) => entry.ok)).toEqual([true]);
  });

  it("a condition named like an object's own property (constructor, toString, __proto__, hasOwnProperty) is an unknown JSM condition", () => {
    const names = ["constructor", "toString", "__proto__", "hasOwnProperty"];
    const result = importJsmExport({ issues: [], slaConfig: configWith({ start: names, stop: ["Resolution: Set"] }) });
    expect(result.policySet).toBeNull();
    expect(result.errors.map((error) => [error.path.join("."), error.code, error.message.slice(0, error.message.indexOf(":"))])).toEqual(
      names.map((name, index) => [`metrics.0.start.${index}`, "unknown_value", `Unknown JSM condition "${name}"`]),
    );
  });

  it("a bad calendar spec is an error at calendars.<name>", () => {
    const result = importJsmExport({ issues: [], slaConfig: configWith({ start: ["Issue created"], stop: ["Resolution: Set"] }, { calendars: { sydney: { timeZone: "Australia/Sydnee", weekly: {} } } }) });
    expect(result.errors[0]).toMatchObject({ source: "sla-config", path: ["calendars", "sydney", "timeZone"], code: "invalid_time_zone" });
  });

  it("a calendar named __proto__ is an error at calendars.__proto__, not a calendar that vanishes", () => {
    const slaConfig = { ...(configWith({ start: ["Issue created"], stop: ["Resolution: Set"] }) as object), calendars: JSON.parse('{ "__proto__": { "timeZone": "Australia/Sydney", "weekly": {} } }') as unknown };
    const result = importJsmExport({ issues: [], slaConfig });
    expect(result.policySet).toBeNull();
    expect(result.errors[0]).toMatchObject({ source: "sla-config", path: ["calendars", "__proto__"], code: "duplicate_id", message: '"__proto__" cannot name a calendar: JavaScript objects reserve it' });
  });

  it("an invalid metric is the policy set's error, at its path in the configuration", () => {
    const result = importJsmExport({ issues: [], slaConfig: configWith({ start: ["Issue created"], stop: ["Resolution: Set"], goals: [{ target: { hours: 1 }, calendar: "nowhere" }] }) });
    expect(result.policySet).toBeNull();
    expect(result.errors[0]?.path.slice(0, 2)).toEqual(["metrics", 0]);
  });
});

describe("the SLA configuration: statuses and priorities", () => {
  it("without statuses or priorities, JSM's defaults apply: Jira's five priorities and the service project statuses", () => {
    expect(JSM_PRIORITIES).toEqual(["lowest", "low", "medium", "high", "highest"]);
    expect(JSM_STATUSES.find((status) => status.name === "Waiting for customer")?.category).toBe("pending");
    const result = importJsmExport({ issues: [issue({ priority: "Highest" })], slaConfig: configWith({ start: ["Issue created"], stop: ["Resolution: Set"] }) });
    expect(result.tickets[0]).toMatchObject({ ok: true, ticket: { priority: "highest" } });
  });

  it("a goal's JQL reads the priority the import gives: priority = Highest after a raise from High", () => {
    const histories = [history("2026-11-30T10:15:00.000+1100", priorityItem("High", "Highest"))];
    const slaConfig = configWith({ start: ["Issue created"], stop: ["Comment: For customers"], goals: [{ when: "priority = Highest", target: { minutes: 30 }, calendar: "around_the_clock" }, { target: { hours: 4 }, calendar: "around_the_clock" }] });
    const result = importJsmExport({ issues: [issue({ priority: "Highest", histories })], slaConfig });
    expect(metricOf(result)).toMatchObject({ dueAt: "2026-11-29T23:30:00.000Z" });
  });

  it("declared statuses replace the defaults: a status only the defaults know is then unknown", () => {
    const slaConfig = configWith({ start: ["Issue created"], stop: ["Resolution: Set"] }, { statuses: [{ id: "triage", name: "Triage", category: "new" }] });
    const result = importJsmExport({ issues: [issue({ status: "Triage", statusCategory: "new" }), issue({ key: "SUP-2" })], slaConfig });
    expect(result.tickets.map((entry) => [entry.id, entry.ok])).toEqual([["SUP-1", true], ["SUP-2", false]]);
  });
});
