import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, run } from "./harness.js";

// examples/jsm, evaluated at the instant the export was taken: Thu 2026-12-03 14:00 AEDT.
const NOW = "2026-12-03T03:00:00Z";
const EXPORT = "examples/jsm";
const ADA = "5b10a2844c20165700ede21g";

interface JsonReport {
  ticketId: string;
  metrics: { metric: string; breached: boolean; dueAt: string | null; fulfilledAt: string | null }[];
}

const issues = JSON.parse(readFileSync(join(ROOT, EXPORT, "issues.json"), "utf8")) as { issues: Record<string, { status?: unknown; customfield_10031?: { ongoingCycle?: Record<string, unknown> } } & Record<string, unknown>>[] };
const config = readFileSync(join(ROOT, EXPORT, "sla-config.json"), "utf8");

/** The example's issues with one changed, in a virtual directory v/. */
function virtual(change: (copy: typeof issues) => void): Record<string, string> {
  const copy = structuredClone(issues);
  change(copy);
  return { "v/issues.json": JSON.stringify(copy), "v/sla-config.json": config };
}

const withUnknownStatus = virtual((copy) => {
  const fields = copy.issues[4]?.["fields"] as { status: { name: string } };
  fields.status.name = "Triage";
});

describe("support-policy sla --from jsm DIR", () => {
  it("replays examples/jsm with no conversion: one row per issue and SLA", () => {
    const result = run(["sla", "--from", "jsm", EXPORT, "--now", NOW]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    // SUP-6's resolution: Highest, 4 h around the clock from Wed 15:00 AEDT = Wed 19:00 AEDT = 08:00 UTC, breached.
    expect(result.stdout).toMatch(/SUP-6 +\S+ +time to resolution +active +yes +Wed 2026-12-02 08:00 UTC/);
    expect(result.stdout).toContain("6 ticket(s)");
  });

  it("--format json: SUP-5's first response is due Fri 12:00 AEDT = 01:00 UTC (Thu 12-17 and Fri 09-12 of Sydney's business hours)", () => {
    const result = run(["sla", "--from", "jsm", `${EXPORT}/`, "--now", NOW, "--format", "json"]);
    const json = JSON.parse(result.stdout) as { reports: JsonReport[] };
    expect(json.reports.map((report) => report.ticketId)).toEqual(["SUP-1", "SUP-2", "SUP-3", "SUP-4", "SUP-5", "SUP-6"]);
    const sup5 = json.reports.find((report) => report.ticketId === "SUP-5");
    expect(sup5?.metrics.find((metric) => metric.metric === "time_to_first_response")).toMatchObject({ dueAt: "2026-12-04T01:00:00.000Z", breached: false });
  });

  it("a bad issue is one line naming the file, the issue and the field; without --keep-going nothing is evaluated", () => {
    const result = run(["sla", "--from", "jsm", "v", "--now", NOW], { files: withUnknownStatus });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^v\/issues\.json: issue SUP-5: fields\.status\.name: Status "Triage" is not in the SLA configuration's statuses, so its category is unknown: expected one of Waiting for support, /);
    expect(result.stderr).toContain("1 invalid record(s) in v; nothing evaluated (use --keep-going to evaluate the valid ones)\n");
  });

  it("--keep-going evaluates the other issues and still exits 1", () => {
    const result = run(["sla", "--from", "jsm", "v", "--now", NOW, "--keep-going", "--format", "json"], { files: withUnknownStatus });
    expect(result.status).toBe(1);
    expect((JSON.parse(result.stdout) as { reports: JsonReport[] }).reports.map((report) => report.ticketId)).toEqual(["SUP-1", "SUP-2", "SUP-3", "SUP-4", "SUP-6"]);
  });

  it("a bad SLA configuration stops everything, even with --keep-going", () => {
    const files = { "v/issues.json": JSON.stringify(issues), "v/sla-config.json": config.replace('"Status: Waiting for customer"', '"Status: Waiting for godot"') };
    const result = run(["sla", "--from", "jsm", "v", "--now", NOW, "--keep-going"], { files });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^v\/sla-config\.json: the SLA configuration: metrics\[1\]\.pause\[0\]: Unknown status "Waiting for godot"/);
    expect(result.stderr).toContain("cannot be used; nothing evaluated");
  });

  it("a missing sla-config.json is a usage error naming the file (exit 2)", () => {
    const result = run(["sla", "--from", "jsm", "v", "--now", NOW], { files: { "v/issues.json": JSON.stringify(issues) } });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("v/sla-config.json: cannot read the file");
  });
});

describe("support-policy queue --from jsm DIR", () => {
  it("queue --agent takes the agent's Atlassian account id", () => {
    const result = run(["queue", "--from", "jsm", EXPORT, "--agent", ADA, "--now", NOW, "--format", "json"]);
    expect(result.stderr).toBe("");
    const queue = JSON.parse(result.stdout) as { entries: { ticketId: string }[] };
    expect(queue.entries.map((entry) => entry.ticketId)).toContain("SUP-3");
  });

});

describe("support-policy audit --from jsm DIR", () => {
  it("examples/jsm agrees with JSM's own SLA fields: no row, only the summary", () => {
    const result = run(["audit", "--from", "jsm", EXPORT, "--now", NOW]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`Audit against JSM's SLA values in ${EXPORT}/issues.json as of 2026-12-03T03:00:00.000Z\n\n0 disagreement(s); 6 issue(s), 12 SLA(s) and 13 cycle(s) compared\n`);
  });

  it("a planted disagreement is found: SUP-5's resolution breach time moved a day later in JSM's field", () => {
    const files = virtual((copy) => {
      const cycle = (copy.issues[4]?.["fields"] as { customfield_10031: { ongoingCycle: { breachTime: { epochMillis: number; iso8601: string } } } }).customfield_10031.ongoingCycle;
      cycle.breachTime = { epochMillis: cycle.breachTime.epochMillis + 86_400_000, iso8601: "2026-12-09T12:00:00+1100" };
    });
    const result = run(["audit", "--from", "jsm", "v", "--now", NOW], { files });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/SUP-5 +Time to resolution +1 +due_differs +2026-12-08T01:00:00.000Z +2026-12-09T01:00:00.000Z/);
    expect(result.stdout).toContain("1 disagreement(s)");
  });

  it("SLA values with more problems than one line shows: the first and a count pointing at --verbose without it, every problem on its own line with it", () => {
    const files = virtual((copy) => {
      const cycle = (copy.issues[4]?.["fields"] as { customfield_10031: { ongoingCycle: { breachTime: unknown; startTime: unknown } } }).customfield_10031.ongoingCycle;
      cycle.breachTime = { epochMillis: "soon" };
      cycle.startTime = { epochMillis: "now" };
    });
    const terse = run(["audit", "--from", "jsm", "v", "--now", NOW], { files });
    expect(terse.status).toBe(2);
    expect(terse.stderr.split("\n")).toHaveLength(2);
    expect(terse.stderr).toMatch(/^v\/issues\.json: \S*Time\.epochMillis: .* \(and 1 more; --verbose lists them\)\n$/);
    const verbose = run(["audit", "--from", "jsm", "v", "--now", NOW, "--verbose"], { files });
    expect(verbose.status).toBe(2);
    const lines = verbose.stderr.split("\n");
    expect(lines[0]).toBe("v/issues.json: 2 problems:");
    expect(lines.slice(1, 3).map((line) => /^ {2}\S*\.ongoingCycle\.(start|breach)Time\.epochMillis: /.test(line))).toEqual([true, true]);
    expect(lines.slice(3)).toEqual([""]);
  });

  it("--format json prints the comparison", () => {
    const result = run(["audit", "--from", "jsm", EXPORT, "--now", NOW, "--format", "json"]);
    expect(JSON.parse(result.stdout)).toMatchObject({ evaluatedAt: "2026-12-03T03:00:00.000Z", disagreements: [], issuesCompared: 6 });
  });
});
