import { describe, expect, it } from "vitest";
import { AGENT, CUSTOMER, comment, issue } from "../import/jsm/jsm-fixtures.js";
import { run } from "./harness.js";

// A small JSM export in a virtual directory v/: one SLA on a policy target of 1 h around the
// clock; SUP-1 created Mon 30 Nov 10:00 AEDT = Sun 23:00 UTC, answered at 10:30 AEDT.
const NOW = "2026-11-30T03:00:00Z";
const slaConfig = {
  name: "Support",
  metrics: [{ id: "time_to_first_response", name: "Time to first response", cycles: "repeat", start: ["Issue created"], stop: ["Comment: For customers"] }],
  policies: [{ id: "all", name: "All requests", targets: [{ metric: "time_to_first_response", duration: { hours: 1 }, calendar: "around_the_clock" }] }],
};
const sla = (cycle: Record<string, unknown>): Record<string, unknown> => ({ customfield_10030: { id: "1", name: "Time to first response", completedCycles: [cycle] } });
const date = (iso: string): Record<string, unknown> => ({ iso8601: iso, epochMillis: Date.parse(iso) });
const answered = issue({
  key: "SUP-1",
  comments: [comment(CUSTOMER, "2026-11-30T10:10:00.000+1100", true), comment(AGENT, "2026-11-30T10:30:00.000+1100", true)],
  fields: sla({ startTime: date("2026-11-29T23:00:00.000Z"), stopTime: date("2026-11-29T23:30:00.000Z"), breachTime: date("2026-11-30T00:00:00.000Z"), breached: false, goalDuration: { millis: 3_600_000 } }),
});
const unknownStatus = issue({ key: "SUP-2", status: "Triage", statusCategory: "new" });

function virtual(files: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([name, value]) => [`v/${name}`, JSON.stringify(value)]));
}

describe("support-policy sla --from jsm DIR", () => {
  it("reads issues.json (a search response) and sla-config.json: one row per issue and SLA", () => {
    const result = run(["sla", "--from", "jsm", "v/", "--now", NOW], { files: virtual({ "issues.json": { startAt: 0, maxResults: 50, total: 1, issues: [answered] }, "sla-config.json": slaConfig }) });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    // Due 23:00 + 1 h = 00:00 UTC; answered 23:30 UTC.
    expect(result.stdout).toMatch(/SUP-1 +all +time to first response +closed +no +Mon 2026-11-30 00:00 UTC/);
  });

  it("a bad issue is one line naming the file, the issue and the field; without --keep-going nothing is evaluated", () => {
    const files = virtual({ "issues.json": [answered, unknownStatus], "sla-config.json": slaConfig });
    const result = run(["sla", "--from", "jsm", "v", "--now", NOW], { files });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.split("\n")[0]).toMatch(/^v\/issues\.json: issue SUP-2: fields\.status\.name: Status "Triage" is not in the SLA configuration's statuses, so its category is unknown: expected one of /);
    expect(result.stderr).toContain("1 invalid record(s) in v; nothing evaluated (use --keep-going to evaluate the valid ones)\n");
    const kept = run(["sla", "--from", "jsm", "v", "--now", NOW, "--keep-going", "--format", "json"], { files });
    expect(kept.status).toBe(1);
    expect((JSON.parse(kept.stdout) as { reports: { ticketId: string }[] }).reports.map((report) => report.ticketId)).toEqual(["SUP-1"]);
  });

  it("a bad SLA configuration stops everything, even with --keep-going", () => {
    const bad = { ...slaConfig, metrics: [{ ...slaConfig.metrics[0], stop: ["Comment: For everyone"] }] };
    const result = run(["sla", "--from", "jsm", "v", "--now", NOW, "--keep-going"], { files: virtual({ "issues.json": [answered], "sla-config.json": bad }) });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^v\/sla-config\.json: the SLA configuration: metrics\[0\]\.stop\[0\]: Unknown JSM condition "Comment: For everyone"/);
    expect(result.stderr).toContain("The SLA policies or schedules of v cannot be used; nothing evaluated\n");
  });

  it("a missing sla-config.json, or an agents.json that is no list of ids, is a usage error naming the file (exit 2)", () => {
    const missing = run(["sla", "--from", "jsm", "v", "--now", NOW], { files: virtual({ "issues.json": [answered] }) });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("v/sla-config.json: cannot read the file");
    const agents = run(["sla", "--from", "jsm", "v", "--now", NOW], { files: virtual({ "issues.json": [answered], "sla-config.json": slaConfig, "agents.json": { agents: [] } }) });
    expect(agents.status).toBe(2);
    expect(agents.stderr).toContain("v/agents.json: expected an array of account ids (strings)\n");
  });

  it("agents.json makes an Atlassian account outside it the customer: the customer's reply then fulfils nothing", () => {
    const files = virtual({ "issues.json": [answered], "sla-config.json": slaConfig, "agents.json": ["someone-else"] });
    const result = run(["sla", "--from", "jsm", "v", "--now", NOW, "--format", "json"], { files });
    const [report] = (JSON.parse(result.stdout) as { reports: { metrics: { state: string; breached: boolean }[] }[] }).reports;
    expect(report?.metrics[0]).toMatchObject({ state: "active", breached: true });
  });
});

describe("support-policy audit --from jsm DIR", () => {
  it("agrees with the SLA field the issue carries: only the summary", () => {
    const result = run(["audit", "--from", "jsm", "v", "--now", NOW], { files: virtual({ "issues.json": [answered], "sla-config.json": slaConfig }) });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("Audit against JSM's SLA values in v/issues.json as of 2026-11-30T03:00:00.000Z\n\n0 disagreement(s); 1 issue(s), 1 SLA(s) and 1 cycle(s) compared\n");
  });

  it("finds a planted disagreement: JSM stopped the cycle at the customer's comment (10:10 AEDT), the library at the agent's reply", () => {
    const planted = { ...answered, fields: { ...(answered["fields"] as object), ...sla({ startTime: date("2026-11-29T23:00:00.000Z"), stopTime: date("2026-11-29T23:10:00.000Z"), breached: false }) } };
    const result = run(["audit", "--from", "jsm", "v", "--now", NOW, "--format", "json"], { files: virtual({ "issues.json": [planted], "sla-config.json": slaConfig }) });
    const audit = JSON.parse(result.stdout) as { disagreements: { code: string; issueKey: string; differenceMs: number }[] };
    expect(audit.disagreements).toMatchObject([{ code: "stop_differs", issueKey: "SUP-1", differenceMs: -20 * 60_000 }]);
    const table = run(["audit", "--from", "jsm", "v", "--now", NOW], { files: virtual({ "issues.json": [planted], "sla-config.json": slaConfig }) });
    expect(table.stdout).toMatch(/SUP-1 +Time to first response +1 +stop_differs +2026-11-29T23:30:00.000Z +2026-11-29T23:10:00.000Z/);
  });

  it("the request SLA responses in request-sla.json are compared instead, when present", () => {
    const requestSla = { "SUP-1": { values: [{ name: "Time to first response", completedCycles: [{ startTime: date("2026-11-29T23:00:00.000Z"), stopTime: date("2026-11-29T23:30:00.000Z"), breached: true }] }] } };
    const result = run(["audit", "--from", "jsm", "v", "--now", NOW], { files: virtual({ "issues.json": [answered], "sla-config.json": slaConfig, "request-sla.json": requestSla }) });
    expect(result.stdout).toContain("Audit against JSM's SLA values in v/request-sla.json");
    expect(result.stdout).toMatch(/SUP-1 +Time to first response +1 +breach_only_in_jsm +not breached +breached/);
  });

  it("a malformed SLA value is a usage error naming the file and the field", () => {
    const bad = { ...answered, fields: { ...(answered["fields"] as object), ...sla({ startTime: { friendly: "today" }, stopTime: date("2026-11-29T23:30:00.000Z"), breached: false }) } };
    const result = run(["audit", "--from", "jsm", "v", "--now", NOW], { files: virtual({ "issues.json": [bad], "sla-config.json": slaConfig }) });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("v/issues.json: [0].fields.customfield_10030.completedCycles[0].startTime: ");
  });
});
