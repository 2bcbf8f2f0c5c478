import { describe, expect, it } from "vitest";
import { run } from "./harness.js";

const NOW = "2026-11-25T18:00:00Z";
const EXPORT = "examples/zendesk";

interface JsonReport {
  ticketId: string;
  policyId: string | null;
  metrics: { metric: string; breached: boolean; dueAt: string | null; fulfilledAt: string | null }[];
}

// A small export written in a virtual directory: the files a test gives, nothing else.
function virtual(files: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([name, value]) => [`v/${name}`, JSON.stringify(value)]));
}

const users = { users: [{ id: 1, role: "end-user" }, { id: 2, role: "agent" }] };
const creation = (ticket: number, id: number) => ({ id, ticket_id: ticket, created_at: "2026-11-25T10:00:00Z", author_id: 1, events: [{ type: "Comment", author_id: 1, public: true }, { type: "Create", field_name: "status", value: "new" }, { type: "Create", field_name: "priority", value: "normal" }] });
const zTicket = (id: number) => ({ id, created_at: "2026-11-25T10:00:00Z", status: "new", priority: "normal", requester_id: 1, tags: [], via: { channel: "web" } });
const policies = { sla_policies: [{ id: 1, title: "All", position: 1, filter: { all: [], any: [] }, policy_metrics: [{ priority: "normal", metric: "first_reply_time", target: 60, business_hours: false }] }] };
const badAudit = { id: 9, ticket_id: 2, created_at: "2026-11-25T10:05:00Z", author_id: 2, events: [{ type: "Change", field_name: "status", value: "archived", previous_value: "new" }] };
const twoTickets = { "tickets.json": { tickets: [zTicket(1), zTicket(2)] }, "ticket_audits.json": { audits: [creation(1, 5), creation(2, 6), badAudit] }, "users.json": users, "sla_policies.json": policies };

describe("support-policy sla --from zendesk EXPORT_DIR", () => {
  it("replays examples/zendesk with no conversion: one row per ticket and metric", () => {
    const result = run(["sla", "--from", "zendesk", EXPORT, "--now", NOW]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    // 101: the customer wrote Tue 08:00 PST; next reply 480 business min on Americas hours, 09:00-17:00 PST, is due Tue 17:00 PST = Wed 01:00 UTC.
    expect(result.stdout).toMatch(/101 +11 +next reply +active +yes +Wed 2026-11-25 01:00 UTC/);
    // 108 has no priority: no policy metric applies.
    expect(result.stdout).toMatch(/108 +12 +- +no targets/);
    expect(result.stdout).toContain("9 ticket(s): 1 breached (active or paused)");
  });

  it("--format json keeps the sla shape: reports[] with ticketId and metrics[] of metric, breached, dueAt, fulfilledAt", () => {
    const result = run(["sla", "--from", "zendesk", `${EXPORT}/`, "--now", NOW, "--format", "json"]);
    const json = JSON.parse(result.stdout) as { evaluatedAt: string; reports: JsonReport[] };
    expect(json.evaluatedAt).toBe("2026-11-25T18:00:00.000Z");
    expect(json.reports.map((report) => report.ticketId)).toEqual(["101", "102", "103", "104", "105", "106", "107", "108", "109"]);
    const t105 = json.reports.find((report) => report.ticketId === "105");
    // Low at creation Tue 17:00 UTC, raised to urgent at 19:30: urgent is 120 calendar min from creation, due 19:00, so already breached; replied 19:45.
    expect(t105?.metrics.find((metric) => metric.metric === "first_reply")).toMatchObject({ breached: true, dueAt: "2026-11-24T19:00:00.000Z", fulfilledAt: "2026-11-24T19:45:00.000Z" });
  });

  it("a bad record is one line naming the file, the record and the field; without --keep-going nothing is evaluated", () => {
    const result = run(["sla", "--from", "zendesk", "v", "--now", NOW], { files: virtual(twoTickets) });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      'v/ticket_audits.json: audit 9 (ticket 2): events[0].value: Unknown status "archived": expected one of new, open, pending, hold, solved, closed\n1 invalid record(s) in v; nothing evaluated (use --keep-going to evaluate the valid ones)\n',
    );
  });

  it("--keep-going evaluates the other tickets and still exits 1", () => {
    const result = run(["sla", "--from", "zendesk", "v", "--now", NOW, "--keep-going", "--format", "json"], { files: virtual(twoTickets) });
    expect(result.status).toBe(1);
    expect((JSON.parse(result.stdout) as { reports: JsonReport[] }).reports.map((report) => report.ticketId)).toEqual(["1"]);
  });

  it("a bad schedule stops everything, even with --keep-going: tickets would be judged on the wrong hours", () => {
    const files = virtual({ ...twoTickets, "ticket_audits.json": { audits: [creation(1, 5)] }, "tickets.json": { tickets: [zTicket(1)] }, "schedules.json": { schedules: [{ id: 7, name: "Office", time_zone: "Atlantis", intervals: [] }] } });
    const result = run(["sla", "--from", "zendesk", "v", "--now", NOW, "-k"], { files });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'v/schedules.json: schedule 7 "Office": time_zone: Unknown time zone "Atlantis": expected a Rails time-zone name (such as "Pacific Time (US & Canada)") or an IANA zone\nThe SLA policies or schedules of v cannot be used; nothing evaluated\n',
    );
  });

  it.each([
    [["sla", "--from", "fivetrn", "v"], '--from: expected "zendesk", "fivetran" or "jsm", received "fivetrn"; did you mean "fivetran"?; see "support-policy sla --help"\n'],
    [["sla", "--from", "zendesk"], 'support-policy sla --from zendesk: expected an EXPORT_DIR; see "support-policy sla --help"\n'],
    [["sla", "--from", "zendesk", EXPORT, "--edition", "2016"], "support-policy sla --from zendesk: the export's own SLA policies apply; --policies and --edition do not combine with it\n"],
    [["sla", "--from", "zendesk", "nowhere"], "nowhere/tickets.json: cannot read the file (no such file)\n"],
  ])("usage errors exit 2: %j", (args, message) => {
    const result = run(args, { now: NOW });
    expect(result).toMatchObject({ status: 2, stderr: message });
  });

  it("a file that is not JSON names the file", () => {
    const result = run(["sla", "--from", "zendesk", "v"], { files: { "v/tickets.json": "{ tickets: [" }, now: NOW });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^v\/tickets\.json: malformed JSON/);
  });
});

describe("support-policy queue --from zendesk EXPORT_DIR", () => {
  it("orders the export's open tickets for an agent named by their Zendesk user id", () => {
    const result = run(["queue", "--from", "zendesk", EXPORT, "--agent", "2001", "--now", NOW, "--format", "json"]);
    expect(result.status).toBe(0);
    const queue = JSON.parse(result.stdout) as { entries: { ticketId: string; bucket: string }[] };
    expect(queue.entries.map((entry) => [entry.ticketId, entry.bucket])).toEqual([
      ["108", "shared_view"],
      ["101", "your_other"],
      ["104", "your_other"],
      ["102", "your_other"],
      ["103", "rest"],
      ["106", "rest"],
      ["105", "rest"],
      ["107", "solved"],
      ["109", "solved"],
    ]);
  });
});
