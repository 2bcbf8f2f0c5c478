import { describe, expect, it } from "vitest";
import { importZendeskExport } from "../../../src/import/zendesk/import-zendesk-export.js";
import type { ZendeskExport, ZendeskImport } from "../../../src/import/zendesk/zendesk-export.js";
import { evaluateSla } from "../../../src/sla/evaluate-sla.js";
import type { SlaReport } from "../../../src/sla/sla-report.js";
import type { Ticket } from "../../../src/sla/ticket.js";
import {
  AGENT,
  CUSTOMER,
  NOW,
  T0,
  audit,
  byTrigger,
  change,
  comment,
  create,
  creationAudit,
  iso,
  minutes,
  notification,
  policy,
  users,
  weekdayIntervals,
  zTicket,
} from "./zendesk-fixtures.js";

function imported(data: Partial<ZendeskExport>): ZendeskImport {
  return importZendeskExport({ users, slaPolicies: { sla_policies: [policy(1)] }, tickets: { tickets: [] }, ...data });
}

function ticketOf(result: ZendeskImport, index = 0): Ticket {
  const entry = result.tickets[index];
  if (entry?.ok !== true) throw new Error(`ticket ${index} was not imported: ${JSON.stringify(entry)}`);
  return entry.ticket;
}

function report(result: ZendeskImport, now: Date, index = 0): SlaReport {
  if (result.policySet === null) throw new Error(`no policy set: ${JSON.stringify(result.errors)}`);
  return evaluateSla(ticketOf(result, index), result.policySet, now);
}

const metric = (result: SlaReport, id: string) => result.metrics.find((entry) => entry.metric === id);

describe("the responses as the API gives them", () => {
  const t1 = zTicket(1);
  const audits = { audits: [creationAudit(1), creationAudit(2)] };

  it("List Tickets' { tickets: [...] } is a list of tickets, not one ticket", () => {
    const result = imported({ tickets: { tickets: [t1, zTicket(2)], next_page: null, previous_page: null, count: 2 }, ticketAudits: audits });
    expect(result.tickets.map((entry) => [entry.ok, entry.id])).toEqual([
      [true, "1"],
      [true, "2"],
    ]);
  });

  it("an incremental export page, and an array of pages; a ticket on two pages is its last copy", () => {
    const page = { tickets: [t1], after_cursor: "MTU3", after_url: "https://example.zendesk.com/api/v2/incremental/tickets/cursor.json?cursor=MTU3", end_of_stream: false };
    expect(imported({ tickets: page, ticketAudits: audits }).tickets).toHaveLength(1);
    const reopened = zTicket(1, { status: "open" });
    const pages = [page, { tickets: [zTicket(2), reopened], end_of_stream: true }];
    const withChange = { audits: [...audits.audits, audit(1, minutes(10), [change("status", "open", "new")], { author_id: AGENT })] };
    const result = imported({ tickets: pages, ticketAudits: withChange });
    expect(result.tickets.map((entry) => entry.id)).toEqual(["2", "1"]);
    expect(ticketOf(result, 1).events.map((event) => event.type)).toEqual(["comment", "status_change"]);
  });

  it("a file that is not the API's response is one error naming it", () => {
    const result = imported({ tickets: [{ ticket: t1 }] });
    expect(result.errors).toEqual([{ source: "tickets", record: "page 0", path: ["tickets"], code: "missing_field", message: 'Expected the API\'s response { "tickets": [...] } (or an array of such pages), received an object with keys ["ticket"]' }]);
  });
});

describe("values at creation come from the audits; the ticket object's current values are checked against them", () => {
  // The case that went wrong: the ticket object says solved and high; it was created new and normal.
  const ticket = zTicket(1, { status: "solved", priority: "high", assignee_id: AGENT });
  const history = [
    creationAudit(1),
    audit(1, minutes(90), [comment(AGENT), change("assignee_id", AGENT)], { author_id: AGENT }),
    audit(1, minutes(95), [change("priority", "high", "normal")], { author_id: AGENT }),
    audit(1, minutes(100), [change("status", "solved", "open")], { author_id: AGENT }),
  ];

  it("a ticket solved at +100 min whose first reply came at +90 min (normal: 60 min, due +60) is breached, not met", () => {
    const result = imported({ tickets: { tickets: [ticket] }, ticketAudits: { audits: history } });
    const parsed = ticketOf(result);
    expect([parsed.status, parsed.priority, parsed.assignee]).toEqual(["new", "normal", null]);
    expect(metric(report(result, NOW(120)), "first_reply")).toMatchObject({ state: "closed", breached: true, dueAt: iso(60), fulfilledAt: iso(90) });
  });

  it("audits that miss the solve are an error naming the ticket's status, never a silent answer", () => {
    const result = imported({ tickets: { tickets: [ticket] }, ticketAudits: { audits: history.slice(0, 3) } });
    expect(result.tickets[0]).toMatchObject({ ok: false, id: "1", errors: [{ source: "tickets", record: "ticket 1", path: ["status"], code: "inconsistent_facts" }] });
  });

  it("a ticket without audits is an error: its creation values are unknown", () => {
    const result = imported({ tickets: { tickets: [ticket] } });
    expect(result.tickets[0]).toMatchObject({ ok: false, errors: [{ source: "tickets", record: "ticket 1", path: [], code: "missing_field" }] });
  });
});

describe("Zendesk's semantics", () => {
  it("a comment made by a trigger (via.channel rule) is automated and fulfils nothing: first reply still due at +60 min", () => {
    const audits = [creationAudit(1), audit(1, minutes(5), [comment(-1, true), notification()], byTrigger)];
    const result = imported({ tickets: { tickets: [zTicket(1)] }, ticketAudits: { audits } });
    expect(ticketOf(result).events).toContainEqual(expect.objectContaining({ type: "comment", author: "agent", automated: true }));
    expect(metric(report(result, NOW(30)), "first_reply")).toMatchObject({ state: "active", dueAt: iso(60) });
  });

  it("a comment whose own via says an automation made it is automated too", () => {
    const audits = [creationAudit(1), audit(1, minutes(5), [comment(AGENT, true, { via: { channel: "rule", source: { rel: "automation" } } })], { author_id: AGENT })];
    expect(ticketOf(imported({ tickets: { tickets: [zTicket(1)] }, ticketAudits: { audits } })).events[1]).toMatchObject({ automated: true });
  });

  it('an agent-created ticket\'s opening comment is not a first reply: "timing ... ends at the agent\'s next public comment" (+30 min)', () => {
    const opening = audit(1, T0, [comment(AGENT), create("status", "open"), create("priority", "normal"), create("requester_id", CUSTOMER)], { author_id: AGENT });
    const audits = [opening, audit(1, minutes(30), [comment(AGENT)], { author_id: AGENT })];
    const result = imported({ tickets: { tickets: [zTicket(1, { status: "open", submitter_id: AGENT })] }, ticketAudits: { audits } });
    expect(metric(report(result, NOW(10)), "first_reply")).toMatchObject({ state: "active", dueAt: iso(60) });
    expect(metric(report(result, NOW(40)), "first_reply")).toMatchObject({ state: "closed", breached: false, fulfilledAt: iso(30) });
  });

  it('"hold" is on-hold: agent work pauses from +10 min, 10 min elapsed at +60', () => {
    const audits = [creationAudit(1), audit(1, minutes(10), [change("status", "hold", "new")], { author_id: AGENT })];
    const result = imported({ tickets: { tickets: [zTicket(1, { status: "hold" })] }, ticketAudits: { audits } });
    expect(metric(report(result, NOW(60)), "agent_work")).toMatchObject({ state: "paused", elapsedBusinessMs: 10 * 60_000 });
  });

  it("a custom status counts as its status_category: Waiting on vendor (pending) pauses agent work", () => {
    const audits = [creationAudit(1), audit(1, minutes(10), [change("custom_status_id", 77, 1)], { author_id: AGENT })];
    const customStatuses = { custom_statuses: [{ id: 77, status_category: "pending", agent_label: "Waiting on vendor", active: true }] };
    const result = imported({ tickets: { tickets: [zTicket(1, { status: "pending", custom_status_id: 77 })] }, ticketAudits: { audits }, customStatuses });
    expect(ticketOf(result).events).toContainEqual(expect.objectContaining({ type: "status_change", status: "pending" }));
    expect(metric(report(result, NOW(60)), "agent_work")?.state).toBe("paused");
    const unknown = imported({ tickets: { tickets: [zTicket(1, { status: "pending" })] }, ticketAudits: { audits } });
    expect(unknown.tickets[0]).toMatchObject({ ok: false, errors: [{ source: "ticket_audits", path: ["events", 0, "value"], code: "unknown_value" }] });
  });

  it("a ticket with no priority gets no SLA target (no policy metric applies), reported as such, not as cannot decide", () => {
    const result = imported({ tickets: { tickets: [zTicket(1, { priority: null })] }, ticketAudits: { audits: [creationAudit(1, [], null)] } });
    const noTarget = report(result, NOW(30));
    expect(noTarget).toMatchObject({ outcome: "policy_applied", policyId: "1", metrics: [] });
    expect(noTarget.reasons.map((reason) => reason.code)).toEqual(["policy_matched", "no_target_without_priority"]);
  });

  it("closed and deleted tickets replay: replied at +30 (met, due +60), solved at +40, closed four days later", () => {
    const audits = (id: number) => [
      creationAudit(id),
      audit(id, minutes(30), [comment(AGENT)], { author_id: AGENT }),
      audit(id, minutes(40), [change("status", "solved", "open")], { author_id: AGENT }),
      audit(id, minutes(40 + 4 * 1440), [change("status", "closed", "solved")], { author_id: -1, via: { channel: "rule", source: { rel: "automation" } } }),
    ];
    const result = imported({ tickets: { tickets: [zTicket(1, { status: "closed" }), zTicket(2, { status: "deleted" })] }, ticketAudits: { audits: [...audits(1), ...audits(2)] } });
    for (const index of [0, 1]) expect(metric(report(result, NOW(10_000), index), "first_reply")).toMatchObject({ state: "closed", breached: false, dueAt: iso(60), fulfilledAt: iso(30) });
  });

  it("group, type, tags and custom fields at creation and as they change", () => {
    const creation = creationAudit(1, [create("group_id", 20), create("type", "incident"), create("tags", ["vip"]), create("360001", "eu")]);
    const audits = [creation, audit(1, minutes(10), [change("group_id", 21, 20), change("tags", ["vip", "billing"], ["vip"]), change("360001", "us", "eu")], { author_id: AGENT })];
    const ticket = ticketOf(imported({ tickets: { tickets: [zTicket(1, { group_id: 21, type: "incident", tags: ["vip", "billing"], custom_fields: [{ id: 360001, value: "us" }] })] }, ticketAudits: { audits } }));
    expect(ticket.fields).toEqual({ group: "20", type: "incident", via: "email", requester: String(CUSTOMER), "custom_fields.360001": "eu" });
    expect(ticket.tags).toEqual(["vip"]);
    expect(ticket.events.slice(1).map((event) => event.type)).toEqual(["field_change", "tags_change", "field_change"]);
  });
});

describe("SLA policies: filter all / any, position order, targets", () => {
  const vip = policy(
    1,
    {
      title: "VIP",
      position: 1,
      filter: {
        all: [{ field: "priority", operator: "greater_than", value: "normal" }],
        any: [
          { field: "group_id", operator: "is", value: 20 },
          { field: "current_tags", operator: "includes", value: "vip enterprise" },
        ],
      },
    },
    [{ priority: "high", metric: "first_reply_time", target: 30, target_in_seconds: 1800, business_hours: false }],
  );
  const everyone = policy(2, { title: "Everyone", position: 2 });

  function policyFor(extra: Record<string, unknown>, created: Record<string, unknown>[]): string | null {
    const result = imported({ slaPolicies: { sla_policies: [everyone, vip] }, tickets: { tickets: [zTicket(1, extra)] }, ticketAudits: { audits: [creationAudit(1, created, String(extra["priority"]))] } });
    return report(result, NOW(1)).policyId;
  }

  it.each([
    ["high in group 20: VIP (all holds, the first any)", { priority: "high", group_id: 20 }, [create("group_id", 20)], "1"],
    ["high tagged enterprise: VIP (the second any, a space-delimited tag list)", { priority: "high", tags: ["enterprise"] }, [create("tags", ["enterprise"])], "1"],
    ["high, neither group 20 nor a tag: Everyone (no any holds)", { priority: "high" }, [], "2"],
    ["normal in group 20: Everyone (all does not hold)", { priority: "normal", group_id: 20 }, [create("group_id", 20)], "2"],
  ])("%s", (_, extra, created, expected) => {
    expect(policyFor(extra, created)).toBe(expected);
  });

  it("target_in_seconds wins over target minutes: 1800 s is due at +30 min", () => {
    const result = imported({ slaPolicies: { sla_policies: [everyone, vip] }, tickets: { tickets: [zTicket(1, { priority: "high", group_id: 20 })] }, ticketAudits: { audits: [creationAudit(1, [create("group_id", 20)], "high")] } });
    expect(metric(report(result, NOW(1)), "first_reply")?.dueAt).toBe(iso(30));
  });

  it("a filter field the importer cannot read, and an unknown metric, are errors naming the policy and the field; the set is not built", () => {
    const bad = policy(3, { filter: { all: [{ field: "via_id", operator: "is", value: 4 }], any: [] } }, [{ priority: "low", metric: "first_response_time", target: 10, business_hours: false }]);
    const result = imported({ slaPolicies: { sla_policies: [bad] } });
    expect(result.policySet).toBeNull();
    expect(result.errors.map((error) => [error.source, error.record, error.path, error.code])).toEqual([
      ["sla_policies", "SLA policy 3", ["filter", "all", 0, "field"], "unknown_field"],
      ["sla_policies", "SLA policy 3", ["policy_metrics", 0, "metric"], "unknown_metric"],
    ]);
  });

  it("a filter value the condition model rejects names the Zendesk field", () => {
    const result = imported({ slaPolicies: { sla_policies: [policy(4, { filter: { all: [{ field: "priority", operator: "is", value: "hihg" }] } })] } });
    expect(result.errors).toEqual([{ source: "sla_policies", record: "SLA policy 4", path: ["filter", "all", 0, "value"], code: "unknown_value", message: 'Unknown priority "hihg": expected one of the policy set\'s priorities low, normal, high, urgent' }]);
  });
});

describe("schedules: Rails zones, intervals from Sunday 00:00, holidays, a schedule per ticket", () => {
  const businessHours = policy(1, {}, [{ priority: "normal", metric: "first_reply_time", target: 60, business_hours: true }]);
  const pacific = { id: 501, name: "Americas", time_zone: "Pacific Time (US & Canada)", intervals: weekdayIntervals(), created_at: T0, updated_at: T0 };
  const london = { id: 502, name: "EMEA", time_zone: "London", intervals: weekdayIntervals() };
  const sydney = { id: 503, name: "APAC", time_zone: "Sydney", intervals: weekdayIntervals() };
  const base = { slaPolicies: { sla_policies: [businessHours] }, tickets: { tickets: [zTicket(1)] }, ticketAudits: { audits: [creationAudit(1)] } };

  it("Pacific Time (US & Canada), 09:00-17:00 PDT (UTC-7 in mid-March): Monday 10:00 UTC is 03:00 PDT, opens 09:00 PDT (16:00 UTC), + 60 min = 17:00 UTC", () => {
    const result = imported({ ...base, schedules: { schedules: [pacific] } });
    expect(metric(report(result, NOW(1)), "first_reply")).toMatchObject({ dueAt: "2026-03-16T17:00:00.000Z", calendar: "501" });
  });

  it("holidays.json for the only schedule: London closed Monday 16 and Tuesday 17 March (end_date included), so 60 min from Wednesday 09:00 GMT = 10:00 UTC", () => {
    const holidays = { holidays: [{ id: 9, name: "Spring break", start_date: "2026-03-16", end_date: "2026-03-17" }] };
    const result = imported({ ...base, schedules: { schedules: [london] }, holidays });
    expect(metric(report(result, NOW(1)), "first_reply")?.dueAt).toBe("2026-03-18T10:00:00.000Z");
    const keyed = imported({ ...base, schedules: { schedules: [london, sydney] }, holidays: { 502: holidays } });
    expect(metric(report(keyed, NOW(1)), "first_reply")?.dueAt).toBe("2026-03-18T10:00:00.000Z");
  });

  it("a trigger sets the APAC schedule at +5 min: the running first reply runs on Sydney from creation, Tuesday 09:00 AEDT (Monday 22:00 UTC) + 60 min = 23:00 UTC", () => {
    const audits = [creationAudit(1), audit(1, minutes(5), [change("schedule_id", 503, 502)], byTrigger)];
    const result = imported({ ...base, ticketAudits: { audits }, schedules: { schedules: [london, sydney] } });
    expect(ticketOf(result).calendar).toBe("502");
    expect(metric(report(result, NOW(10)), "first_reply")).toMatchObject({ dueAt: "2026-03-16T23:00:00.000Z", calendar: "503" });
  });

  it("an unknown zone is an error naming the schedule, and the set is not built", () => {
    const result = imported({ ...base, schedules: { schedules: [{ ...pacific, time_zone: "Pacific Time" }] } });
    expect(result.policySet).toBeNull();
    expect(result.errors).toEqual([
      { source: "schedules", record: 'schedule 501 "Americas"', path: ["time_zone"], code: "invalid_time_zone", message: 'Unknown time zone "Pacific Time": expected a Rails time-zone name (such as "Pacific Time (US & Canada)") or an IANA zone' },
    ]);
  });

  it("an interval across midnight, and one schedule's holidays with two schedules, are errors", () => {
    const across = imported({ ...base, schedules: { schedules: [{ ...london, intervals: [{ start_time: 1380, end_time: 1500 }] }] } });
    expect(across.errors).toMatchObject([{ source: "schedules", path: ["intervals", 0], code: "invalid_time" }]);
    const ambiguous = imported({ ...base, schedules: { schedules: [london, sydney] }, holidays: { holidays: [] } });
    expect(ambiguous.errors).toMatchObject([{ source: "holidays", code: "inconsistent_facts" }]);
  });
});

describe("a bad record never sinks the others", () => {
  it("a status named like an object's own method (constructor, toString) is unknown, not looked up on the prototype", () => {
    const audits = [creationAudit(1), audit(1, minutes(5), [change("status", "constructor", "new")], { author_id: AGENT }), creationAudit(2), audit(2, minutes(5), [change("status", "toString", "new")], { author_id: AGENT })];
    const result = imported({ tickets: { tickets: [zTicket(1), zTicket(2)] }, ticketAudits: { audits } });
    expect(result.tickets.flatMap((entry) => (entry.ok ? [] : entry.errors.map((error) => [error.path, error.code, error.message])))).toEqual([
      [["events", 0, "value"], "unknown_value", 'Unknown status "constructor": expected one of new, open, pending, hold, solved, closed'],
      [["events", 0, "value"], "unknown_value", 'Unknown status "toString": expected one of new, open, pending, hold, solved, closed'],
    ]);
  });

  const INHERITED = ["constructor", "toString", "__proto__", "hasOwnProperty"];

  it("a priority named like an object's own property (constructor, toString, __proto__, hasOwnProperty) is unknown, not looked up on the prototype", () => {
    const audits = INHERITED.flatMap((name, index) => [creationAudit(index + 1), audit(index + 1, minutes(5), [change("priority", name, "normal")], { author_id: AGENT })]);
    const result = imported({ tickets: { tickets: INHERITED.map((_, index) => zTicket(index + 1)) }, ticketAudits: { audits } });
    expect(result.tickets.flatMap((entry) => (entry.ok ? [] : entry.errors.map((error) => [error.path, error.code, error.message])))).toEqual(
      INHERITED.map((name) => [["events", 0, "value"], "unknown_value", `Unknown priority "${name}": expected one of low, normal, high, urgent or none`]),
    );
  });

  it("an audit field named like an object's own property is not a ticket field the importer reads: the change is skipped", () => {
    const audits = [creationAudit(1), audit(1, minutes(5), INHERITED.map((name) => change(name, "x")), { author_id: AGENT })];
    const ticket = ticketOf(imported({ tickets: { tickets: [zTicket(1)] }, ticketAudits: { audits } }));
    expect(ticket.events.map((event) => event.type)).toEqual(["comment"]);
  });

  it("a filter field or a metric named like an object's own property is unsupported / unknown, naming the policy and the field", () => {
    const bad = policy(
      3,
      { filter: { all: INHERITED.map((field) => ({ field, operator: "is", value: "x" })), any: [] } },
      INHERITED.map((metric) => ({ priority: "low", metric, target: 10, business_hours: false })),
    );
    const result = imported({ slaPolicies: { sla_policies: [bad] } });
    expect(result.policySet).toBeNull();
    expect(result.errors.map((error) => [error.path, error.code, error.message])).toEqual([
      ...INHERITED.map((name, index) => [["filter", "all", index, "field"], "unknown_field", `Unsupported filter field "${name}": the importer reads status, priority, type, ticket_type_id, group_id, assignee_id, organization_id, brand_id, ticket_form_id, requester_id, current_tags and custom_fields_<id>`]),
      ...INHERITED.map((name, index) => [["policy_metrics", index, "metric"], "unknown_metric", `Unknown metric "${name}": expected one of first_reply_time, next_reply_time, periodic_update_time, pausable_update_time, requester_wait_time, agent_work_time, total_resolution_time`]),
    ]);
  });

  it("an unknown status, an unknown author and a malformed ticket each fail alone, naming file, record and field", () => {
    const audits = [
      creationAudit(1),
      creationAudit(2),
      audit(2, minutes(5), [comment(AGENT), change("status", "archived", "new")], { author_id: AGENT }),
      creationAudit(3),
      audit(3, minutes(5), [comment(99)], { author_id: 99 }),
    ];
    const result = imported({ tickets: { tickets: [zTicket(1), zTicket(2), zTicket(3), { id: 4, status: "new" }] }, ticketAudits: { audits } });
    expect(result.tickets.map((entry) => entry.ok)).toEqual([true, false, false, false]);
    const errorsOf = (index: number) => {
      const entry = result.tickets[index];
      return entry?.ok === false ? entry.errors.map((error) => [error.source, error.record.replace(/audit \d+/, "audit N"), error.path, error.code, error.message]) : [];
    };
    expect(errorsOf(1)).toEqual([["ticket_audits", "audit N (ticket 2)", ["events", 1, "value"], "unknown_value", 'Unknown status "archived": expected one of new, open, pending, hold, solved, closed']]);
    expect(errorsOf(2)).toEqual([["ticket_audits", "audit N (ticket 3)", ["events", 0, "author_id"], "missing_field", "The comment's author 99 is not in users.json: cannot tell a customer's comment from an agent's"]]);
    expect(errorsOf(3)).toEqual([["tickets", "ticket 4", ["created_at"], "missing_field", 'Missing required field "created_at"']]);
  });

  it("the import does not modify its input", () => {
    const data = { users, slaPolicies: { sla_policies: [policy(1)] }, tickets: { tickets: [zTicket(1)] }, ticketAudits: { audits: [creationAudit(1)] } };
    const copy = structuredClone(data);
    importZendeskExport(data);
    expect(data).toEqual(copy);
  });
});
