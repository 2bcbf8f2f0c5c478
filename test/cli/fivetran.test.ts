import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, run } from "./harness.js";

const NOW = "2026-04-06T12:00:00Z";

interface JsonReport {
  ticketId: string;
  metrics: { metric: string; breached: boolean; dueAt: string | null; fulfilledAt: string | null }[];
}

describe("support-policy sla --from fivetran DIR", () => {
  it("replays examples/fivetran (CSV tables) with the Zendesk importer: 103 judged by the policy version in force when its policy was applied", () => {
    const result = run(["sla", "--from", "fivetran", "examples/fivetran", "--now", NOW, "--format", "json"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const reports = (JSON.parse(result.stdout) as { reports: JsonReport[] }).reports;
    expect(reports.map((report) => report.ticketId)).toEqual(["101", "102", "103", "104"]);
    // Version 1 (8 business hours): Fri 15–17 + Mon 09:00 + 6 h = Mon 2026-03-02 15:00; replied 14:00.
    expect(reports.find((report) => report.ticketId === "103")?.metrics.find((metric) => metric.metric === "first_reply")).toMatchObject({ dueAt: "2026-03-02T15:00:00.000Z", breached: false });
  });

  it("a bad row is one line naming the CSV file, its line, the record and the column", () => {
    const dir = "examples/fivetran";
    const files: Record<string, string> = {};
    for (const table of ["ticket", "ticket_field_history", "ticket_comment", "ticket_schedule", "schedule", "schedule_holiday", "sla_policy_metric_history", "ticket_sla_policy", "user", "organization"]) {
      files[`v/${table}.csv`] = readFileSync(join(ROOT, dir, `${table}.csv`), "utf8");
    }
    files["v/ticket_sla_policy.csv"] = (files["v/ticket_sla_policy.csv"] ?? "").replace("103,1001,2026-02-27 15:00:00", "103,1001,yesterday");
    const result = run(["sla", "--from", "fivetran", "v", "--now", NOW], { files });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'v/ticket_sla_policy.csv: line 4: ticket 103: policy_applied_at: Expected a timestamp such as "2026-03-16 10:00:00" (UTC unless it says otherwise), received "yesterday"\n1 invalid record(s) in v; nothing evaluated (use --keep-going to evaluate the valid ones)\n',
    );
  });

  it("a directory without ticket.csv, or a file that is not CSV", () => {
    const missing = run(["sla", "--from", "fivetran", "nowhere", "--now", NOW]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe("nowhere/ticket.csv: cannot read the file (no such file)\n");
    const broken = run(["sla", "--from", "fivetran", "v", "--now", NOW], { files: { "v/ticket.csv": 'id,created_at\n"42,2026' } });
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/^v\/ticket\.csv: not a CSV table with a header row \(/);
  });
});
