import { describe, expect, it } from "vitest";
import { fivetranToZendesk } from "../../../src/import/fivetran/fivetran-to-zendesk.js";
import type { FivetranRow, FivetranTables } from "../../../src/import/fivetran/fivetran-tables.js";
import { deepFreeze } from "../../sla/sla-fixtures.js";
import { thrown } from "../../support/thrown.js";

const anyId = expect.any(Number) as unknown as number;

// Policy 1001 as sla_policy_metric_history holds it: version 1 from 2026-01-01, and an update on
// 2026-03-01 that shortened the normal first reply only (the other rows keep their values).
const history: FivetranRow[] = [
  { sla_policy_id: "1001", index: "0", sla_policy_updated_at: "2026-01-01 00:00:00", business_hours: "TRUE", metric: "first_reply_time", priority: "normal", target: "480" },
  { sla_policy_id: "1001", index: "1", sla_policy_updated_at: "2026-01-01 00:00:00", business_hours: "TRUE", metric: "first_reply_time", priority: "high", target: "240" },
  { sla_policy_id: "1001", index: "2", sla_policy_updated_at: "2026-01-01 00:00:00", business_hours: "TRUE", metric: "next_reply_time", priority: "normal", target: "240" },
  { sla_policy_id: "1001", index: "0", sla_policy_updated_at: "2026-03-01 00:00:00", business_hours: "TRUE", metric: "first_reply_time", priority: "normal", target: "120" },
];

const ticket = (id: string, createdAt: string, extra: FivetranRow = {}): FivetranRow => ({
  id,
  created_at: createdAt,
  updated_at: createdAt,
  status: "solved",
  priority: "normal",
  requester_id: "501",
  via_channel: "email",
  ...extra,
});

function tables(extra: Partial<FivetranTables> = {}): FivetranTables {
  return {
    ticket: [ticket("101", "2026-02-27 15:00:00")],
    ticket_field_history: [
      { ticket_id: "101", field_name: "status", updated: "2026-02-27 15:00:00", value: "new", user_id: "501" },
      { ticket_id: "101", field_name: "priority", updated: "2026-02-27 15:00:00", value: "normal", user_id: "501" },
      { ticket_id: "101", field_name: "status", updated: "2026-03-02 14:00:00", value: "open", user_id: "900" },
      // The history repeats some rows; a repeated value is no change.
      { ticket_id: "101", field_name: "status", updated: "2026-03-02 14:00:00", value: "open", user_id: "900" },
      { ticket_id: "101", field_name: "status", updated: "2026-03-02 15:00:00", value: "on-hold", user_id: "900" },
      { ticket_id: "101", field_name: "status", updated: "2026-03-03 09:00:00", value: "solved", user_id: "900" },
      // Not a ticket field: Fivetran's history tracks the SLA policy and targets too.
      { ticket_id: "101", field_name: "sla_policy", updated: "2026-02-27 15:00:00", value: "Standard", user_id: "" },
    ],
    ticket_comment: [
      { id: "7001", ticket_id: "101", created: "2026-02-27 15:00:00", public: "TRUE", user_id: "501", body: "It broke" },
      { id: "7002", ticket_id: "101", created: "2026-03-02 14:00:00", public: "TRUE", user_id: "900", body: "Fixed" },
      { id: "7003", ticket_id: "101", created: "2026-03-02 14:30:00", public: "FALSE", user_id: "900", body: "note" },
    ],
    ticket_tag: [{ ticket_id: "101", tag: "vip" }],
    ticket_schedule: [{ ticket_id: "101", schedule_id: "360000", created_at: "2026-02-27 15:00:00" }],
    schedule: [
      { id: "360000", name: "EMEA", time_zone: "London", start_time: "3420", end_time: "3900", created_at: "2025-11-18 20:23:34", _fivetran_deleted: "FALSE" },
      { id: "360000", name: "EMEA", time_zone: "London", start_time: "1980", end_time: "2460", created_at: "2025-11-18 20:23:34", _fivetran_deleted: "FALSE" },
      { id: "360001", name: "Old", time_zone: "London", start_time: "1980", end_time: "2460", created_at: "2025-01-01 00:00:00", _fivetran_deleted: "TRUE" },
    ],
    schedule_holiday: [{ id: "1", schedule_id: "360000", name: "Good Friday", start_date: "2026-04-03", end_date: "2026-04-03", _fivetran_deleted: "FALSE" }],
    sla_policy_metric_history: history,
    sla_policy_history: [{ id: "1001", title: "Standard", updated_at: "2026-01-01 00:00:00" }],
    ticket_sla_policy: [{ ticket_id: "101", sla_policy_id: "1001", policy_applied_at: "2026-02-27 15:00:00" }],
    user: [
      { id: "501", role: "end-user", name: "Cy Customer", organization_id: "3001" },
      { id: "900", role: "agent", name: "Ada Agent" },
    ],
    organization: [{ id: "3001", name: "Acme" }],
    organization_tag: [{ organization_id: "3001", tag: "enterprise" }],
    ...extra,
  };
}

describe("fivetranToZendesk: Fivetran's tables as the Zendesk REST responses", () => {
  it("the policy versions: one Zendesk SLA policy per sla_policy_updated_at, each target at its latest value up to then", () => {
    const { zendeskExport, policyVersions, errors } = fivetranToZendesk(tables());
    expect(errors).toEqual([]);
    expect(policyVersions).toEqual([
      { policyId: "1001", version: 1, updatedAt: "2026-01-01T00:00:00Z", zendeskPolicyId: "1001001", tag: "fivetran_sla_policy_1001_v1" },
      { policyId: "1001", version: 2, updatedAt: "2026-03-01T00:00:00Z", zendeskPolicyId: "1001002", tag: "fivetran_sla_policy_1001_v2" },
    ]);
    const [v1, v2] = zendeskExport.slaPolicies.sla_policies;
    expect(v1).toMatchObject({ id: 1001001, title: "Standard (targets of 2026-01-01T00:00:00Z)", position: 1, filter: { all: [{ field: "current_tags", operator: "includes", value: "fivetran_sla_policy_1001_v1" }], any: [] } });
    // Version 2 changed the normal first reply to 120 min; high first reply and next reply carry over.
    expect(v2?.["policy_metrics"]).toEqual([
      { priority: "normal", metric: "first_reply_time", target: 120, business_hours: true },
      { priority: "high", metric: "first_reply_time", target: 240, business_hours: true },
      { priority: "normal", metric: "next_reply_time", target: 240, business_hours: true },
    ]);
  });

  it("a ticket is judged by the version in force when its policy was applied (2026-02-27: version 1), not the one in force later", () => {
    const { zendeskExport } = fivetranToZendesk(tables());
    const [creation] = zendeskExport.ticketAudits.audits;
    expect(creation?.["events"]).toContainEqual({ id: anyId, type: "Create", field_name: "tags", value: ["vip", "fivetran_sla_policy_1001_v1"] });
    expect(zendeskExport.tickets.tickets[0]?.["tags"]).toEqual(["vip", "fivetran_sla_policy_1001_v1"]);
  });

  it("a policy applied at or after an update takes the updated version; applied later than creation, it is a tags change at that instant", () => {
    const { zendeskExport } = fivetranToZendesk(tables({ ticket_sla_policy: [{ ticket_id: "101", sla_policy_id: "1001", policy_applied_at: "2026-03-01 00:00:00" }] }));
    const audits = zendeskExport.ticketAudits.audits;
    expect(audits[0]?.["events"]).toContainEqual(expect.objectContaining({ type: "Create", field_name: "tags", value: ["vip"] }));
    expect(audits[1]).toMatchObject({ created_at: "2026-03-01T00:00:00Z", events: [{ type: "Change", field_name: "tags", value: ["vip", "fivetran_sla_policy_1001_v2"], previous_value: ["vip"] }] });
  });

  it("another policy applied later swaps the tag", () => {
    const { zendeskExport } = fivetranToZendesk(
      tables({
        sla_policy_metric_history: [...history, { sla_policy_id: "1002", sla_policy_updated_at: "2026-01-01 00:00:00", business_hours: "FALSE", metric: "first_reply_time", priority: "normal", target: "60" }],
        ticket_sla_policy: [
          { ticket_id: "101", sla_policy_id: "1001", policy_applied_at: "2026-02-27 15:00:00" },
          { ticket_id: "101", sla_policy_id: "1002", policy_applied_at: "2026-02-28 10:00:00" },
        ],
      }),
    );
    const change = zendeskExport.ticketAudits.audits.find((audit) => audit["created_at"] === "2026-02-28T10:00:00Z");
    expect(change?.["events"]).toEqual([{ id: anyId, type: "Change", field_name: "tags", value: ["vip", "fivetran_sla_policy_1002_v1"], previous_value: ["vip", "fivetran_sla_policy_1001_v1"] }]);
  });

  it("a policy applied before its first recorded version cannot be judged: the ticket is left out with an error", () => {
    const { zendeskExport, errors } = fivetranToZendesk(tables({ ticket_sla_policy: [{ ticket_id: "101", sla_policy_id: "1001", policy_applied_at: "2025-12-31 23:59:59" }] }));
    expect(zendeskExport.tickets.tickets).toEqual([]);
    expect(errors).toEqual([
      {
        table: "ticket_sla_policy",
        row: 0,
        record: "ticket 101",
        column: "sla_policy_id",
        code: "out_of_range",
        message: "SLA policy 1001 was applied at 2025-12-31T23:59:59Z, before its first recorded targets (2026-01-01T00:00:00Z)",
      },
    ]);
  });

  it("a policy with no targets, or a bad target row, leaves its tickets out", () => {
    const unknown = fivetranToZendesk(tables({ ticket_sla_policy: [{ ticket_id: "101", sla_policy_id: "9", policy_applied_at: "2026-02-27 15:00:00" }] }));
    expect(unknown.errors.map((error) => error.message)).toEqual(["SLA policy 9 has no targets in sla_policy_metric_history"]);
    const bad = fivetranToZendesk(tables({ sla_policy_metric_history: [...history, { sla_policy_id: "1001", sla_policy_updated_at: "2026-01-01 00:00:00", business_hours: "TRUE", metric: "next_reply_time", priority: "high", target: "soon" }] }));
    expect(bad.errors.map((error) => [error.table, error.row, error.column, error.message])).toEqual([
      ["sla_policy_metric_history", 4, "target", 'Expected a whole number, received "soon"'],
      ["ticket_sla_policy", 0, "sla_policy_id", "SLA policy 1001 has a bad row in sla_policy_metric_history"],
    ]);
    expect(bad.zendeskExport.tickets.tickets).toEqual([]);
    expect(bad.zendeskExport.slaPolicies.sla_policies).toEqual([]);
  });

  it("the creation audit: the history's values at the creation instant as Create events, and the opening comment", () => {
    const [creation] = fivetranToZendesk(tables()).zendeskExport.ticketAudits.audits;
    expect(creation).toEqual({
      id: anyId,
      ticket_id: 101,
      created_at: "2026-02-27T15:00:00Z",
      author_id: 501,
      via: { channel: "email" },
      events: [
        { id: anyId, type: "Create", field_name: "status", value: "new" },
        { id: anyId, type: "Create", field_name: "priority", value: "normal" },
        { id: anyId, type: "Create", field_name: "tags", value: ["vip", "fivetran_sla_policy_1001_v1"] },
        { id: anyId, type: "Create", field_name: "schedule_id", value: 360000 },
        { id: 7001, type: "Comment", public: true, author_id: 501, body: "It broke" },
      ],
    });
  });

  it("later rows: one audit per instant, Change events with the previous value, on-hold read as the API's hold, a repeated value left out", () => {
    const audits = fivetranToZendesk(tables()).zendeskExport.ticketAudits.audits.slice(1);
    expect(audits.map((audit) => [audit["created_at"], audit["author_id"], audit["events"]])).toEqual([
      [
        "2026-03-02T14:00:00Z",
        900,
        [
          { id: anyId, type: "Change", field_name: "status", value: "open", previous_value: "new" },
          { id: 7002, type: "Comment", public: true, author_id: 900, body: "Fixed" },
        ],
      ],
      ["2026-03-02T14:30:00Z", 900, [{ id: 7003, type: "Comment", public: false, author_id: 900, body: "note" }]],
      ["2026-03-02T15:00:00Z", 900, [{ id: anyId, type: "Change", field_name: "status", value: "hold", previous_value: "open" }]],
      ["2026-03-03T09:00:00Z", 900, [{ id: anyId, type: "Change", field_name: "status", value: "solved", previous_value: "hold" }]],
    ]);
    // Audit ids grow with time, so an importer ordering by (created_at, id) reads them in order.
    const ids = fivetranToZendesk(tables()).zendeskExport.ticketAudits.audits.map((audit) => audit["id"] as number);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it("a status named like an object's own property (constructor, toString, __proto__, hasOwnProperty) is no alias: it is passed on as written, for the importer to refuse as unknown", () => {
    const names = ["constructor", "toString", "__proto__", "hasOwnProperty"];
    const converted = fivetranToZendesk(
      tables({
        ticket: names.map((status, index) => ticket(String(201 + index), "2026-02-27 15:00:00", { status })),
        ticket_field_history: names.map((value, index) => ({ ticket_id: String(201 + index), field_name: "status", updated: "2026-02-27 15:00:00", value, user_id: "501" })),
        ticket_comment: [],
        ticket_schedule: [],
        ticket_sla_policy: [],
      }),
    ).zendeskExport;
    expect(converted.tickets.tickets.map((record) => record["status"])).toEqual(names);
    expect(converted.ticketAudits.audits.map((audit) => (audit["events"] as { field_name?: string; value?: unknown }[]).find((event) => event.field_name === "status")?.value)).toEqual(names);
  });

  it("the ticket object keeps the current values, never read as creation values", () => {
    const [record] = fivetranToZendesk(tables()).zendeskExport.tickets.tickets;
    expect(record).toMatchObject({ id: 101, status: "solved", priority: "normal", requester_id: 501, via: { channel: "email" }, created_at: "2026-02-27T15:00:00Z" });
  });

  it("a schedule change becomes a schedule_id Change", () => {
    const { zendeskExport } = fivetranToZendesk(
      tables({
        ticket_schedule: [
          { ticket_id: "101", schedule_id: "360000", created_at: "2026-02-27 15:00:00" },
          { ticket_id: "101", schedule_id: "360002", created_at: "2026-03-02 09:00:00" },
        ],
      }),
    );
    const change = zendeskExport.ticketAudits.audits.find((audit) => audit["created_at"] === "2026-03-02T09:00:00Z");
    expect(change?.["events"]).toEqual([{ id: anyId, type: "Change", field_name: "schedule_id", value: 360002, previous_value: 360000 }]);
  });

  it("a tags history replaces the current tags, with the policy's tag kept beside them", () => {
    const { zendeskExport } = fivetranToZendesk(
      tables({
        ticket_field_history: [
          { ticket_id: "101", field_name: "status", updated: "2026-02-27 15:00:00", value: "new" },
          { ticket_id: "101", field_name: "tags", updated: "2026-02-27 15:00:00", value: "billing" },
          { ticket_id: "101", field_name: "tags", updated: "2026-03-02 10:00:00", value: "billing vip" },
        ],
      }),
    );
    const [creation, change] = zendeskExport.ticketAudits.audits;
    expect(creation?.["events"]).toContainEqual(expect.objectContaining({ field_name: "tags", value: ["billing", "fivetran_sla_policy_1001_v1"] }));
    expect(change?.["events"]).toEqual([{ id: anyId, type: "Change", field_name: "tags", value: ["billing", "vip", "fivetran_sla_policy_1001_v1"], previous_value: ["billing", "fivetran_sla_policy_1001_v1"] }]);
  });

  it("schedules: one per id with its intervals in weekly order, deleted ones left out, the earliest created first; holidays by schedule id", () => {
    const { zendeskExport } = fivetranToZendesk(
      tables({ schedule: [...(tables().schedule ?? []), { id: "360009", name: "Later", time_zone: "Pacific Time (US & Canada)", start_time: "1980", end_time: "2460", created_at: "2026-01-01 00:00:00" }] }),
    );
    expect(zendeskExport.schedules.schedules).toEqual([
      { id: 360000, name: "EMEA", time_zone: "London", created_at: "2025-11-18T20:23:34Z", intervals: [{ start_time: 1980, end_time: 2460 }, { start_time: 3420, end_time: 3900 }] },
      { id: 360009, name: "Later", time_zone: "Pacific Time (US & Canada)", created_at: "2026-01-01T00:00:00Z", intervals: [{ start_time: 1980, end_time: 2460 }] },
    ]);
    expect(zendeskExport.holidays).toEqual({ "360000": { holidays: [{ id: 1, name: "Good Friday", start_date: "2026-04-03", end_date: "2026-04-03" }] } });
  });

  it("users and organizations with their tags", () => {
    const { zendeskExport } = fivetranToZendesk(tables());
    expect(zendeskExport.users.users).toEqual([
      { id: 501, name: "Cy Customer", email: null, role: "end-user", organization_id: 3001, time_zone: null },
      { id: 900, name: "Ada Agent", email: null, role: "agent", organization_id: null, time_zone: null },
    ]);
    expect(zendeskExport.organizations.organizations).toEqual([{ id: 3001, name: "Acme", tags: ["enterprise"] }]);
  });

  it.each([
    ["2026-02-27 15:00:00", "2026-02-27T15:00:00Z"],
    ["2026-02-27 15:00:00.426", "2026-02-27T15:00:00.426Z"],
    ["2026-02-27T15:00:00Z", "2026-02-27T15:00:00Z"],
    ["2026-02-27 15:00:00 UTC", "2026-02-27T15:00:00Z"],
    ["2026-02-27 16:00:00+01:00", "2026-02-27T15:00:00Z"],
    ["2026-02-27 16:00:00+0100", "2026-02-27T15:00:00Z"],
    ["2026-02-27 10:00:00-05:00", "2026-02-27T15:00:00Z"],
    ["2028-02-29 15:00", "2028-02-29T15:00:00Z"],
  ])("reads the timestamp %s as %s (UTC without an offset)", (text, iso) => {
    const { zendeskExport } = fivetranToZendesk({ ticket: [ticket("101", text)] });
    expect(zendeskExport.tickets.tickets[0]?.["created_at"]).toBe(iso);
  });

  it("does not modify its input, and gives the same export twice", () => {
    const input = deepFreeze(tables());
    const before = JSON.stringify(input);
    const first = fivetranToZendesk(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(fivetranToZendesk(input)).toEqual(first);
  });
});

describe("fivetranToZendesk: a bad row is an error naming its table, row and column, and leaves out only what depends on it", () => {
  it("a ticket without created_at", () => {
    const { zendeskExport, errors } = fivetranToZendesk({ ticket: [ticket("101", ""), ticket("102", "2026-03-02 09:00:00")] });
    expect(errors).toEqual([{ table: "ticket", row: 0, record: "ticket 101", column: "created_at", code: "missing_field", message: 'Missing required column "created_at"' }]);
    expect(zendeskExport.tickets.tickets.map((record) => record["id"])).toEqual([102]);
  });

  it.each(["2026-02-30 10:00:00", "2027-02-29 10:00:00", "2026-02-27 24:00:00", "2026-02-27 10:60:00", "2026-02-27", "1899-12-31 23:59:59", "2026-02-27 10:00:00 PST"])(
    "a timestamp that does not exist or cannot be read (%s)",
    (text) => {
      const { errors } = fivetranToZendesk({ ticket: [ticket("101", text)] });
      expect(errors.map((error) => [error.column, error.code])).toEqual([["created_at", "invalid_instant"]]);
    },
  );

  it("a history row with an unreadable time leaves its ticket out (a missed change would replay it wrong)", () => {
    const bad = tables();
    const { zendeskExport, errors } = fivetranToZendesk({ ...bad, ticket_field_history: [...(bad.ticket_field_history ?? []), { ticket_id: "101", field_name: "status", updated: "yesterday", value: "open" }] });
    expect(errors).toEqual([
      { table: "ticket_field_history", row: 7, record: "ticket 101", column: "updated", code: "invalid_instant", message: 'Expected a timestamp such as "2026-03-16 10:00:00" (UTC unless it says otherwise), received "yesterday"' },
    ]);
    expect(zendeskExport.tickets.tickets).toEqual([]);
  });

  it("a comment without public (it decides whether the comment is a reply)", () => {
    const { errors, zendeskExport } = fivetranToZendesk(tables({ ticket_comment: [{ id: "1", ticket_id: "101", created: "2026-03-02 14:00:00", user_id: "900" }] }));
    expect(errors.map((error) => [error.table, error.column, error.code])).toEqual([["ticket_comment", "public", "missing_field"]]);
    expect(zendeskExport.tickets.tickets).toEqual([]);
  });

  it("a schedule with a bad interval is left out whole", () => {
    const { errors, zendeskExport } = fivetranToZendesk(tables({ schedule: [{ id: "360000", time_zone: "London", start_time: "1980", end_time: "late" }, { id: "360000", time_zone: "London", start_time: "3420", end_time: "3900" }] }));
    expect(errors).toEqual([{ table: "schedule", row: 0, record: "schedule 360000", column: "end_time", code: "invalid_format", message: 'Expected a whole number, received "late"' }]);
    expect(zendeskExport.schedules.schedules).toEqual([]);
  });

  it("a holiday without its dates", () => {
    const { errors } = fivetranToZendesk(tables({ schedule_holiday: [{ id: "1", schedule_id: "360000", start_date: "2026-04-31" }] }));
    expect(errors.map((error) => [error.record, error.column, error.message])).toEqual([
      ["holiday 1 (schedule 360000)", "start_date", 'Expected a date "YYYY-MM-DD", received "2026-04-31"'],
      ["holiday 1 (schedule 360000)", "end_date", 'Missing required column "end_date"'],
    ]);
  });

  it("tables that are not arrays of rows", () => {
    expect(thrown(() => fivetranToZendesk(null as never)).message).toBe("Expected the tables as an object of row arrays, such as { ticket: [...] }");
    const missing = thrown(() => fivetranToZendesk({} as never));
    expect([missing.code, missing.path, missing.message]).toEqual(["missing_field", ["tables", "ticket"], "Expected the ticket table as an array of rows"]);
    const row = thrown(() => fivetranToZendesk({ ticket: ["42"] as never }));
    expect([row.code, row.path]).toEqual(["invalid_type", ["tables", "ticket", 0]]);
  });
});
