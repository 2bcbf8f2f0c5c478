import { describe, expect, it } from "vitest";
import { run } from "./harness.js";

const NOW = "2026-03-16T16:00:00Z";

// One ticket, first reply 60 min around the clock: created 10:00 by the customer, an agent's public
// reply at 10:40, so met; Zendesk's events say the same.
const users = { users: [{ id: 1, role: "end-user" }, { id: 2, role: "agent" }] };
const ticket = { id: 42, created_at: "2026-03-16T10:00:00Z", status: "open", priority: "normal", requester_id: 1, tags: [], via: { channel: "web" } };
const audits = {
  audits: [
    { id: 5, ticket_id: 42, created_at: "2026-03-16T10:00:00Z", author_id: 1, events: [{ type: "Comment", author_id: 1, public: true }, { type: "Create", field_name: "status", value: "new" }, { type: "Create", field_name: "priority", value: "normal" }] },
    { id: 6, ticket_id: 42, created_at: "2026-03-16T10:40:00Z", author_id: 2, events: [{ type: "Comment", author_id: 2, public: true }, { type: "Change", field_name: "status", value: "open", previous_value: "new" }] },
  ],
};
const policies = { sla_policies: [{ id: 25, title: "Gold", position: 1, filter: { all: [], any: [] }, policy_metrics: [{ priority: "normal", metric: "first_reply_time", target: 60, business_hours: false }] }] };
const agreeing = [
  { id: 1, ticket_id: 42, metric: "reply_time", instance_id: 1, type: "activate", time: "2026-03-16T10:00:00Z" },
  { id: 2, ticket_id: 42, metric: "reply_time", instance_id: 1, type: "apply_sla", time: "2026-03-16T10:00:00Z", sla: { target: 60, business_hours: false, policy: { id: 25, title: "Gold", description: null } } },
  { id: 3, ticket_id: 42, metric: "reply_time", instance_id: 1, type: "breach", time: "2026-03-16T11:00:00Z", deleted: true },
  { id: 4, ticket_id: 42, metric: "reply_time", instance_id: 1, type: "fulfill", time: "2026-03-16T10:40:00Z" },
];

function exportDir(events: unknown): Record<string, string> {
  const files: Record<string, unknown> = { "tickets.json": { tickets: [ticket] }, "ticket_audits.json": audits, "users.json": users, "sla_policies.json": policies };
  if (events !== undefined) files["ticket_metric_events.json"] = events;
  return Object.fromEntries(Object.entries(files).map(([name, value]) => [`v/${name}`, JSON.stringify(value)]));
}

describe("support-policy audit --from zendesk EXPORT_DIR", () => {
  it("is silent on agreeing events: the summary only, exit 0", () => {
    const result = run(["audit", "--from", "zendesk", "v", "--now", NOW], { files: exportDir({ ticket_metric_events: agreeing }) });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("Audit against v/ticket_metric_events.json as of 2026-03-16T16:00:00.000Z\n\n0 disagreement(s); 1 ticket(s) and 1 metric(s) compared\n");
  });

  it("finds a planted disagreement: Zendesk fulfilled the first reply at 10:45, the library at the 10:40 reply", () => {
    const planted = agreeing.map((event) => (event.type === "fulfill" ? { ...event, time: "2026-03-16T10:45:00Z" } : event));
    const result = run(["audit", "--from", "zendesk", "v", "--now", NOW], { files: exportDir({ ticket_metric_events: planted }) });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("ticket  metric       zendesk metric  disagreement        library                   zendesk\n");
    expect(result.stdout).toContain("42      first reply  reply_time #1   fulfilment_differs  2026-03-16T10:40:00.000Z  2026-03-16T10:45:00.000Z\n");
    expect(result.stdout).toContain("1 disagreement(s); 1 ticket(s) and 1 metric(s) compared\n");
  });

  it("--format json prints the audit with its stable codes and both sides", () => {
    const planted = agreeing.filter((event) => event.type !== "apply_sla");
    const result = run(["audit", "--from", "zendesk", "v", "--now", NOW, "--format", "json"], { files: exportDir({ ticket_metric_events: planted }) });
    const json = JSON.parse(result.stdout) as { evaluatedAt: string; disagreements: { code: string; ticketId: string; library: unknown; zendesk: unknown }[] };
    expect(json.evaluatedAt).toBe("2026-03-16T16:00:00.000Z");
    expect(json.disagreements.map((d) => [d.code, d.ticketId, d.zendesk])).toEqual([["target_only_in_library", "42", null]]);
  });

  it("--tolerance widens what agrees: 5 min apart agree with --tolerance 300", () => {
    const planted = agreeing.map((event) => (event.type === "fulfill" ? { ...event, time: "2026-03-16T10:45:00Z" } : event));
    const result = run(["audit", "--from", "zendesk", "v", "--now", NOW, "--tolerance", "300"], { files: exportDir({ ticket_metric_events: planted }) });
    expect(result.stdout).toContain("0 disagreement(s)");
  });

  it("needs ticket_metric_events.json, --from zendesk, and a readable events file", () => {
    const missing = run(["audit", "--from", "zendesk", "v", "--now", NOW], { files: exportDir(undefined) });
    expect([missing.status, missing.stderr]).toEqual([2, "v/ticket_metric_events.json: cannot read the file (no such file); the audit compares with it\n"]);
    const noFrom = run(["audit", "v", "--now", NOW], { files: exportDir({ ticket_metric_events: agreeing }) });
    expect(noFrom.status).toBe(2);
    expect(noFrom.stderr).toContain("--from zendesk or --from jsm is required");
    const bad = run(["audit", "--from", "zendesk", "v", "--now", NOW], { files: exportDir([{ ticket_metric_events: [{ ...agreeing[0], time: "soon" }] }]) });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^v\/ticket_metric_events\.json: \[0\]\.ticket_metric_events\[0\]\.time: Expected an ISO 8601 date-time/);
    const tolerance = run(["audit", "--from", "zendesk", "v", "--tolerance=-1"], { files: exportDir({ ticket_metric_events: agreeing }) });
    expect([tolerance.status, tolerance.stderr]).toEqual([2, '--tolerance: expected a number of seconds, 0 or more, received "-1"\n']);
  });

  it("an events file with more problems than one line shows: the first and a count pointing at --verbose without it, every problem on its own line with it", () => {
    const files = exportDir({ ticket_metric_events: [{ ...agreeing[0], time: "soon" }, agreeing[1], { ...agreeing[3], time: "later" }] });
    const terse = run(["audit", "--from", "zendesk", "v", "--now", NOW], { files });
    expect(terse.status).toBe(2);
    expect(terse.stderr).toMatch(/^v\/ticket_metric_events\.json: ticket_metric_events\[0\]\.time: Expected an ISO 8601 date-time .*; received the string "soon" \(and 1 more; --verbose lists them\)\n$/);
    const verbose = run(["audit", "--from", "zendesk", "v", "--now", NOW, "--verbose"], { files });
    expect(verbose.status).toBe(2);
    expect(verbose.stderr.split("\n").map((line) => line.replace(/: Expected an ISO 8601 date-time .*; received/, ": ... received"))).toEqual([
      "v/ticket_metric_events.json: 2 problems:",
      '  ticket_metric_events[0].time: ... received the string "soon"',
      '  ticket_metric_events[2].time: ... received the string "later"',
      "",
    ]);
  });

  it("prints its help", () => {
    const result = run(["audit", "--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Usage: support-policy audit --from zendesk EXPORT_DIR");
  });
});
