import { describe, expect, it } from "vitest";
import { orderQueue } from "../../src/routing/order-queue.js";
import type { OrderQueueOptions, QueueSlaReport } from "../../src/routing/order-queue-options.js";
import type { QueueTicket } from "../../src/routing/queue-ticket.js";
import type { Edition } from "../../src/shared/edition.js";
import { NOW, firstDue, h, nextDue, ticket } from "./queue-fixtures.js";
import { expectError } from "./helpers.js";

const order = (tickets: QueueTicket[], reports: Record<string, QueueSlaReport>, edition: Edition, more: Partial<OrderQueueOptions> = {}) =>
  orderQueue(tickets, { now: NOW, engineer: { id: "me", region: "emea", dedicatedAccounts: ["globex"] }, edition, reports, ...more });
const only = (t: QueueTicket, report: QueueSlaReport | undefined, edition: Edition, more: Partial<OrderQueueOptions> = {}) =>
  order([t], report === undefined ? {} : { [t.id]: report }, edition, more).entries[0];

const RULE_NEAR_FIRST = "§3 pick-up order (2016): close to breaching first reply; a ticket breaching or about to breach is picked up by any engineer";
const RULE_NEAR_NEXT = "§3 pick-up order (2016): close to breaching next reply; a ticket breaching or about to breach is picked up by any engineer";
const RULE_FIFO_2016 = "§3 pick-up order (2016): tickets assigned to you first, then new unassigned tickets, FIFO; channels in SLA-category order";
const RULE_ORDER_2026 = "§3 pick-up order (2026): emergencies, incidents, account escalations; your STARs; the shared view by weight; then the rest";
const noSlaReport = (ticketId: string) => ({
  code: "no_sla_report",
  rule: "§3 pick-up order: close to breaching is judged from the SLA",
  message: "No SLA report or policies for this ticket: it cannot be placed as close to breaching",
  facts: { ticketId },
});

// Every bucket and reason variant of both editions, one ticket each, with its SLA report.
const TABLE: readonly [QueueTicket, QueueSlaReport | undefined][] = [
  [ticket("emergency-due", { channel: "emergency" }), firstDue(0.4)],
  [ticket("emergency-flag", { emergency: true, assignee: "bob" }), undefined],
  [ticket("downtime", { channel: "gitlab_com_downtime" }), firstDue(0.2)],
  [ticket("first-past", { assignee: "bob" }), firstDue(-2)],
  [ticket("first-near", { assignee: "me" }), firstDue(0.5)],
  [ticket("next-past", { assignee: null, organization: { id: "acme", dedicatedEngineer: "carol" } }), nextDue(-1)],
  [ticket("next-near", { assignee: null }), nextDue(0.75)],
  [ticket("mine", { assignee: "me", waitingSince: h(-3) }), nextDue(30)],
  [ticket("my-dedicated", { assignee: null, status: "new", organization: { id: "globex" } }), firstDue(8)],
  [ticket("bobs-dedicated", { assignee: null, status: "new", organization: { id: "initech", dedicatedEngineer: "bob" } }), undefined],
  [ticket("new", { assignee: null, status: "new", channel: "twitter", createdAt: h(-4), waitingSince: h(-9) }), undefined],
  [ticket("open-unassigned", { assignee: null, channel: "forum", createdAt: h(-50) }), firstDue(12)],
  [ticket("bobs", { assignee: "bob", starred: true, preferredRegion: "apac" }), firstDue(3)],
  [ticket("incident", { incident: true, assignee: null }), nextDue(2)],
  [ticket("escalation", { accountEscalation: true, assignee: "bob", preferredRegion: "emea" }), undefined],
  [ticket("my-star", { assignee: "me", starred: true, preferredRegion: "amer" }), nextDue(5)],
  [ticket("solved", { status: "solved", assignee: "me", preferredRegion: "apac", channel: "twitter" }), undefined],
  [ticket("closed", { status: "closed", assignee: null }), firstDue(-5)],
];

describe("orderQueue, full entries", () => {
  for (const edition of ["handbook2016", "gitlab2026"] as const) {
    it(`${edition}: every bucket and reason over a named table of tickets`, () => {
      const reports = Object.fromEntries(TABLE.flatMap(([t, r]) => (r === undefined ? [] : [[t.id, r]])));
      expect(order(TABLE.map(([t]) => t), reports, edition)).toMatchSnapshot();
    });
  }
});

describe("orderQueue 2016, one entry in full per bucket", () => {
  it('"close to breaching first reply", already past, assigned to someone else: anyone picks it up, with a courtesy check', () => {
    expect(only(ticket("a", { assignee: "bob" }), firstDue(-2), "handbook2016")).toEqual({
      ticketId: "a",
      position: 1,
      bucket: "near_breach_first_reply",
      dueAt: h(-2),
      dueMetric: "first_reply",
      breached: true,
      nearBreach: true,
      courtesyCheckWith: "bob",
      reasons: [
        {
          code: "near_breach_first_reply",
          rule: RULE_NEAR_FIRST,
          message: "The first reply is past due (see dueAt): anyone picks it up, whoever it is assigned to",
          facts: { dueAt: h(-2), breached: true, windowMinutes: 60, assignee: "bob", dedicatedEngineer: null },
        },
        {
          code: "courtesy_check_with_owner",
          rule: "§3 pick-up order (2016): courtesy: check with the assigned agent first, and offer to reply",
          message: "Check with bob first and offer to reply",
          facts: { owner: "bob", dedicated: false },
        },
      ],
    });
  });

  it("a first reply due exactly at `now` is near, not yet past; your own ticket needs no courtesy check", () => {
    expect(only(ticket("a", { assignee: "me" }), firstDue(0), "handbook2016")).toEqual({
      ticketId: "a",
      position: 1,
      bucket: "near_breach_first_reply",
      dueAt: h(0),
      dueMetric: "first_reply",
      breached: false,
      nearBreach: true,
      reasons: [
        {
          code: "near_breach_first_reply",
          rule: RULE_NEAR_FIRST,
          message: "The first reply is due within the near-breach window (see dueAt): anyone picks it up, whoever it is assigned to",
          facts: { dueAt: h(0), breached: false, windowMinutes: 60, assignee: "me", dedicatedEngineer: null },
        },
      ],
    });
  });

  it('"close to breaching next reply", past, unassigned with a dedicated engineer: the courtesy check names the dedicated engineer', () => {
    expect(only(ticket("a", { assignee: null, organization: { id: "acme", dedicatedEngineer: "carol" } }), nextDue(-1), "handbook2016")).toEqual({
      ticketId: "a",
      position: 1,
      bucket: "near_breach_next_reply",
      dueAt: h(-1),
      dueMetric: "next_reply",
      breached: true,
      nearBreach: true,
      courtesyCheckWith: "carol",
      reasons: [
        {
          code: "near_breach_next_reply",
          rule: RULE_NEAR_NEXT,
          message: "The next reply is past due (see dueAt): anyone picks it up, whoever it is assigned to",
          facts: { dueAt: h(-1), breached: true, windowMinutes: 60, assignee: null, dedicatedEngineer: "carol" },
        },
        {
          code: "courtesy_check_with_owner",
          rule: "§3 pick-up order (2016): courtesy: check with the assigned agent first, and offer to reply",
          message: "Check with carol first and offer to reply",
          facts: { owner: "carol", dedicated: true },
        },
      ],
    });
  });

  it("a next reply within the window, with a custom window: the window is in the facts, in minutes", () => {
    const entry = only(ticket("a", { assignee: null }), nextDue(1.25), "handbook2016", { nearBreachWindow: { minutes: 90 } });
    expect(entry?.reasons).toEqual([
      {
        code: "near_breach_next_reply",
        rule: RULE_NEAR_NEXT,
        message: "The next reply is due within the near-breach window (see dueAt): anyone picks it up, whoever it is assigned to",
        facts: { dueAt: h(1.25), breached: false, windowMinutes: 90, assignee: null, dedicatedEngineer: null },
      },
    ]);
  });

  it("the window's edge: due exactly one window away is near, a millisecond later is not", () => {
    const edge = new Date(NOW.getTime() + 3_600_000).toISOString();
    const after = new Date(NOW.getTime() + 3_600_001).toISOString();
    const report = (dueAt: string): QueueSlaReport => ({ metrics: [{ metric: "first_reply", state: "active", dueAt, breached: false }] });
    expect(only(ticket("a"), report(edge), "handbook2016")).toMatchObject({ bucket: "near_breach_first_reply", nearBreach: true });
    expect(only(ticket("a"), report(after), "handbook2016")).toMatchObject({ bucket: "other_open", nearBreach: false, breached: false, dueAt: after });
    const nextReport = (dueAt: string): QueueSlaReport => ({ metrics: [{ metric: "next_reply", state: "paused", dueAt, breached: false }] });
    expect(only(ticket("a"), nextReport(edge), "handbook2016")?.bucket).toBe("near_breach_next_reply");
    expect(only(ticket("a"), nextReport(after), "handbook2016")?.bucket).toBe("other_open");
  });

  it('"emergency tickets" first: the reason names the channel and the due instant; GitLab.com downtime says so', () => {
    expect(only(ticket("a", { channel: "emergency" }), firstDue(0.4), "handbook2016")).toEqual({
      ticketId: "a",
      position: 1,
      bucket: "emergency",
      dueAt: h(0.4),
      dueMetric: "first_reply",
      breached: false,
      nearBreach: true,
      reasons: [
        {
          code: "emergency",
          rule: "§3 pick-up order (2016): emergency tickets first",
          message: "An emergency ticket comes before everything else",
          facts: { channel: "emergency", dueAt: h(0.4) },
        },
      ],
    });
    expect(only(ticket("b", { channel: "gitlab_com_downtime" }), undefined, "handbook2016")?.reasons).toEqual([
      {
        code: "emergency",
        rule: "§3 pick-up order (2016): emergency tickets first",
        message: "An emergency (GitLab.com downtime) comes before everything else",
        facts: { channel: "gitlab_com_downtime", dueAt: null },
      },
      noSlaReport("b"),
    ]);
  });

  it('"tickets assigned to you first", FIFO by the oldest waiting comment, with the channel\'s SLA category', () => {
    expect(only(ticket("a", { assignee: "me", waitingSince: h(-3) }), nextDue(30), "handbook2016")).toEqual({
      ticketId: "a",
      position: 1,
      bucket: "assigned_to_you",
      dueAt: h(30),
      dueMetric: "next_reply",
      breached: false,
      nearBreach: false,
      reasons: [
        {
          code: "assigned_to_you",
          rule: RULE_FIFO_2016,
          message: "Assigned to you: your own tickets come first, by channel SLA category, then oldest waiting first",
          facts: { slaCategory: 2, waitingSince: h(-3), assignee: "me", dedicatedEngineer: null, status: "open" },
        },
      ],
    });
  });

  it("your dedicated organization's ticket counts as assigned to you, and says why", () => {
    expect(only(ticket("a", { assignee: null, status: "new", organization: { id: "globex" } }), firstDue(8), "handbook2016")?.reasons).toEqual([
      {
        code: "assigned_to_you",
        rule: RULE_FIFO_2016,
        message: "Your dedicated organization's ticket counts as assigned to you: by channel SLA category, then oldest waiting first",
        facts: { slaCategory: 2, waitingSince: h(-10), assignee: null, dedicatedEngineer: "me", status: "new" },
      },
    ]);
    expect(only(ticket("b", { assignee: null, organization: { id: "acme", dedicatedEngineer: "me" } }), firstDue(8), "handbook2016")?.bucket).toBe("assigned_to_you");
  });

  it("another engineer's dedicated organization: after the other open tickets, naming the engineer", () => {
    expect(only(ticket("a", { assignee: null, status: "new", organization: { id: "initech", dedicatedEngineer: "bob" } }), firstDue(8), "handbook2016")?.reasons).toEqual([
      {
        code: "dedicated_to_another_engineer",
        rule: RULE_FIFO_2016,
        message: "The organization's dedicated engineer is bob: it routes to them unless close to breaching; by channel SLA category, then oldest waiting first",
        facts: { slaCategory: 2, waitingSince: h(-10), assignee: null, dedicatedEngineer: "bob", status: "new" },
      },
    ]);
  });

  it('"then new unassigned tickets": a Twitter one goes by creation, oldest first, none skipped', () => {
    expect(only(ticket("a", { assignee: null, status: "new", channel: "twitter", createdAt: h(-4), waitingSince: h(-9) }), firstDue(8), "handbook2016")).toEqual({
      ticketId: "a",
      position: 1,
      bucket: "new_unassigned",
      dueAt: h(8),
      dueMetric: "first_reply",
      breached: false,
      nearBreach: false,
      reasons: [
        {
          code: "new_unassigned",
          rule: RULE_FIFO_2016,
          message: "A new unassigned ticket, after your own tickets: by channel SLA category, then oldest waiting first",
          facts: { slaCategory: 3, waitingSince: h(-4), assignee: null, dedicatedEngineer: null, status: "new" },
        },
        {
          code: "twitter_oldest_first",
          rule: "§3 Twitter: play mode, oldest first, skip none",
          message: "Twitter tickets go oldest first by creation, none skipped",
          facts: { createdAt: h(-4) },
        },
      ],
    });
  });

  it('"other open tickets": an open unassigned ticket, and a new one assigned to someone else', () => {
    expect(only(ticket("a", { assignee: null, channel: "forum" }), firstDue(12), "handbook2016")?.reasons).toEqual([
      {
        code: "other_open",
        rule: RULE_FIFO_2016,
        message: "Another open ticket, after the new ones: by channel SLA category, then oldest waiting first",
        facts: { slaCategory: 4, waitingSince: h(-10), assignee: null, dedicatedEngineer: null, status: "open" },
      },
    ]);
    expect(only(ticket("b", { assignee: "bob", status: "new" }), firstDue(12), "handbook2016")?.bucket).toBe("other_open");
  });

  it("solved and closed tickets: nothing to pick up, no missing-SLA or Twitter reason", () => {
    expect(only(ticket("a", { status: "solved", channel: "twitter" }), undefined, "handbook2016")).toEqual({
      ticketId: "a",
      position: 1,
      bucket: "solved",
      dueAt: null,
      dueMetric: null,
      breached: false,
      nearBreach: false,
      reasons: [
        {
          code: "solved",
          rule: RULE_FIFO_2016,
          message: "Solved or closed: nothing to pick up",
          facts: { slaCategory: 3, waitingSince: h(-10), assignee: null, dedicatedEngineer: null, status: "solved" },
        },
      ],
    });
    expect(only(ticket("b", { status: "closed" }), firstDue(-3), "handbook2016")?.bucket).toBe("solved");
  });

  it("a closed ticket goes after every open one, even one past due", () => {
    const result = order([ticket("closed", { status: "closed", assignee: "me" }), ticket("bobs-dedicated", { organization: { dedicatedEngineer: "bob" } })], {}, "handbook2016");
    expect(result.entries.map((e) => [e.ticketId, e.bucket])).toEqual([
      ["bobs-dedicated", "dedicated_to_another_engineer"],
      ["closed", "solved"],
    ]);
  });
});

describe("orderQueue, the nearest running reply", () => {
  const both = (first: number, next: number): QueueSlaReport => ({
    metrics: [
      { metric: "first_reply", state: "active", dueAt: h(first), breached: false },
      { metric: "next_reply", state: "active", dueAt: h(next), breached: false },
    ],
  });

  it("the earlier of first and next reply is the one reported; on a tie, the first reply", () => {
    expect(only(ticket("a"), both(5, 3), "gitlab2026")).toMatchObject({ dueAt: h(3), dueMetric: "next_reply" });
    expect(only(ticket("a"), both(3, 5), "gitlab2026")).toMatchObject({ dueAt: h(3), dueMetric: "first_reply" });
    expect(only(ticket("a"), both(4, 4), "gitlab2026")).toMatchObject({ dueAt: h(4), dueMetric: "first_reply" });
  });

  it("breached is strict: a reply due at `now` is not yet breached, one due a millisecond before is", () => {
    const at = (ms: number): QueueSlaReport => ({ metrics: [{ metric: "next_reply", state: "active", dueAt: new Date(NOW.getTime() + ms).toISOString(), breached: false }] });
    expect(only(ticket("a"), at(0), "gitlab2026")).toMatchObject({ breached: false, nearBreach: true, weight: 100 });
    expect(only(ticket("a"), at(-1), "gitlab2026")).toMatchObject({ breached: true, nearBreach: true });
  });

  it("only running metrics count: achieved, breached, inactive, or without a due instant, are ignored", () => {
    const report: QueueSlaReport = {
      metrics: [
        { metric: "first_reply", state: "closed", dueAt: h(-1), breached: true },
        { metric: "next_reply", state: "not_started", dueAt: h(0.1), breached: false },
        { metric: "next_reply", state: "active", dueAt: null, breached: false },
      ],
    };
    expect(only(ticket("a"), report, "handbook2016")).toMatchObject({ bucket: "other_open", dueAt: null, dueMetric: null, breached: false, nearBreach: false });
  });

  it("a report naming its own ticket is accepted; an offset due instant is reported in UTC", () => {
    const report: QueueSlaReport = { ticketId: "a", metrics: [{ metric: "first_reply", state: "active", dueAt: "2026-11-18T19:30:00+01:00", breached: false }] };
    expect(only(ticket("a"), report, "handbook2016")).toMatchObject({ bucket: "near_breach_first_reply", dueAt: "2026-11-18T18:30:00.000Z" });
  });
});

describe("orderQueue 2026, one entry in full per bucket", () => {
  it("an emergency: first, for the on-call engineer, with its weight", () => {
    expect(only(ticket("a", { channel: "emergency", assignee: "bob" }), firstDue(1), "gitlab2026")).toEqual({
      ticketId: "a",
      position: 1,
      bucket: "emergency",
      dueAt: h(1),
      dueMetric: "first_reply",
      breached: false,
      nearBreach: true,
      weight: 50,
      handledBy: "on_call_engineer",
      reasons: [
        {
          code: "emergency",
          rule: RULE_ORDER_2026,
          message: "An emergency: first, for the on-call engineer",
          facts: { dueAt: h(1), dueMetric: "first_reply", weight: 50, assignee: "bob", starred: false },
        },
      ],
    });
  });

  it('"Emergency tickets are those that came in through an emergency channel or on the support portal\'s emergency form": the form on the ticket channel is the emergency bucket, for the on-call engineer', () => {
    expect(only(ticket("a", { channel: "ticket", form: "emergency" }), firstDue(1), "gitlab2026")).toMatchObject({ bucket: "emergency", handledBy: "on_call_engineer" });
    expect(only(ticket("a", { channel: "ticket", form: "general" }), firstDue(1), "gitlab2026")?.bucket).not.toBe("emergency");
  });

  it("an incident (GitLab.com downtime): for the incident manager", () => {
    expect(only(ticket("a", { channel: "gitlab_com_downtime" }), nextDue(-2), "gitlab2026")).toEqual({
      ticketId: "a",
      position: 1,
      bucket: "incident",
      dueAt: h(-2),
      dueMetric: "next_reply",
      breached: true,
      nearBreach: true,
      weight: 102,
      handledBy: "incident_manager",
      reasons: [
        {
          code: "incident",
          rule: RULE_ORDER_2026,
          message: "Part of a GitLab.com incident: after emergencies, for the incident manager",
          facts: { dueAt: h(-2), dueMetric: "next_reply", weight: 102, assignee: null, starred: false },
        },
      ],
    });
  });

  it("an account escalation: for the escalation owner; nothing due, weight 0, SLA unknown", () => {
    expect(only(ticket("a", { accountEscalation: true, assignee: "bob" }), undefined, "gitlab2026")).toEqual({
      ticketId: "a",
      position: 1,
      bucket: "account_escalation",
      dueAt: null,
      dueMetric: null,
      breached: false,
      nearBreach: false,
      weight: 0,
      handledBy: "escalation_owner",
      reasons: [
        {
          code: "account_escalation",
          rule: RULE_ORDER_2026,
          message: "Part of an account escalation: after incidents, for the escalation owner",
          facts: { dueAt: null, dueMetric: null, weight: 0, assignee: "bob", starred: false },
        },
        noSlaReport("a"),
      ],
    });
  });

  it("your STARred ticket, preferring another region: before the shared view, and rehome it after the first reply", () => {
    expect(only(ticket("a", { assignee: "me", starred: true, preferredRegion: "amer" }), nextDue(3), "gitlab2026")).toEqual({
      ticketId: "a",
      position: 1,
      bucket: "your_starred",
      dueAt: h(3),
      dueMetric: "next_reply",
      breached: false,
      nearBreach: false,
      weight: 25,
      rehomeAfterFirstReply: "amer",
      reasons: [
        {
          code: "your_starred",
          rule: RULE_ORDER_2026,
          message: "Your STARred ticket: before the shared view",
          facts: { dueAt: h(3), dueMetric: "next_reply", weight: 25, assignee: "me", starred: true },
        },
        {
          code: "rehome_after_first_reply",
          rule: "§3 pick-up order (2026): a ticket whose preferred region is not yours is not reordered",
          message: "The customer prefers another region: rehome the ticket there after the first reply",
          facts: { preferredRegion: "amer", engineerRegion: "emea" },
        },
      ],
    });
  });

  it("the shared view: by weight when a reply is due, after every due ticket when nothing is", () => {
    expect(only(ticket("a", { assignee: null }), firstDue(0.5), "gitlab2026")?.reasons).toEqual([
      {
        code: "shared_view",
        rule: RULE_ORDER_2026,
        message: "Unassigned: the shared view, by weight (the nearest breach first)",
        facts: { dueAt: h(0.5), dueMetric: "first_reply", weight: 66.667, assignee: null, starred: false },
      },
    ]);
    expect(only(ticket("b", { assignee: null, starred: true }), { metrics: [] }, "gitlab2026")?.reasons).toEqual([
      {
        code: "shared_view",
        rule: RULE_ORDER_2026,
        message: "Unassigned: the shared view; nothing is due, so after every ticket with a due reply",
        facts: { dueAt: null, dueMetric: null, weight: 0, assignee: null, starred: true },
      },
    ]);
  });

  it("your own other ticket, even when close to breaching; the rest, with another engineer's STAR", () => {
    expect(only(ticket("a", { assignee: "me" }), firstDue(-0.5), "gitlab2026")?.reasons).toEqual([
      {
        code: "your_other",
        rule: RULE_ORDER_2026,
        message: "Your own ticket: after the shared view, even when close to breaching",
        facts: { dueAt: h(-0.5), dueMetric: "first_reply", weight: 100.5, assignee: "me", starred: false },
      },
    ]);
    expect(only(ticket("b", { assignee: "bob", starred: true }), firstDue(4), "gitlab2026")?.reasons).toEqual([
      {
        code: "rest",
        rule: RULE_ORDER_2026,
        message: "Assigned to bob (their STAR): after your own tickets",
        facts: { dueAt: h(4), dueMetric: "first_reply", weight: 20, assignee: "bob", starred: true },
      },
    ]);
    expect(only(ticket("c", { assignee: "bob" }), firstDue(4), "gitlab2026")?.reasons[0]?.message).toBe("Assigned to bob: after your own tickets");
  });

  it("solved: nothing to pick up, no rehoming and no missing-SLA reason", () => {
    expect(only(ticket("a", { status: "solved", preferredRegion: "apac" }), undefined, "gitlab2026")).toEqual({
      ticketId: "a",
      position: 1,
      bucket: "solved",
      dueAt: null,
      dueMetric: null,
      breached: false,
      nearBreach: false,
      weight: 0,
      reasons: [
        {
          code: "solved",
          rule: RULE_ORDER_2026,
          message: "Solved or closed: nothing to pick up",
          facts: { dueAt: null, dueMetric: null, weight: 0, assignee: null, starred: false },
        },
      ],
    });
  });

  it("no rehoming when the region is the engineer's, or the engineer has none", () => {
    expect(only(ticket("a", { preferredRegion: "emea" }), firstDue(9), "gitlab2026")).not.toHaveProperty("rehomeAfterFirstReply");
    const noRegion = orderQueue([ticket("a", { preferredRegion: "apac" })], { now: NOW, engineer: { id: "me" }, edition: "gitlab2026", reports: { a: firstDue(9) } });
    expect(noRegion.entries[0]).not.toHaveProperty("rehomeAfterFirstReply");
    expect(noRegion.entries[0]?.reasons).toHaveLength(1);
  });

  it("the weight is 100 / (1 + hours to due), rounded to thousandths; 100 + hours overdue once past", () => {
    const weights = [1 / 3, 2, 7, -0.25, -10].map((hours) => only(ticket("a", { assignee: null }), firstDue(hours), "gitlab2026")?.weight);
    expect(weights).toEqual([75, 33.333, 12.5, 100.25, 110]);
  });

  it("in 2026 an emergency with nothing due goes after the emergencies that have a due reply, oldest created first", () => {
    const tickets = [ticket("undue-young", { emergency: true, createdAt: h(-1) }), ticket("undue-old", { emergency: true, createdAt: h(-2) }), ticket("due-late", { emergency: true })];
    expect(order(tickets, { "due-late": firstDue(50) }, "gitlab2026").entries.map((e) => e.ticketId)).toEqual(["due-late", "undue-old", "undue-young"]);
  });

  it("in 2016 an emergency with nothing due goes after the emergencies that have a due reply", () => {
    const tickets = [ticket("undue", { emergency: true, createdAt: h(-90) }), ticket("due-late", { emergency: true })];
    expect(order(tickets, { "due-late": firstDue(50) }, "handbook2016").entries.map((e) => e.ticketId)).toEqual(["due-late", "undue"]);
  });

  it("2016 FIFO buckets: the SLA category comes before the waiting time, whatever the gap", () => {
    const tickets = [ticket("forum-ancient", { channel: "forum", assignee: "me", createdAt: "1950-01-01T00:00:00Z" }), ticket("ticket-now", { assignee: "me", createdAt: h(0) })];
    expect(order(tickets, {}, "handbook2016").entries.map((e) => e.ticketId)).toEqual(["ticket-now", "forum-ancient"]);
  });

  it("2026: a due reply far in the future still goes before a bucket's tickets with nothing due", () => {
    const tickets = [ticket("nothing-due", { assignee: null, createdAt: "1950-01-01T00:00:00Z" }), ticket("due-2190", { assignee: null })];
    expect(order(tickets, { "due-2190": { metrics: [{ metric: "first_reply", state: "active", dueAt: "2190-01-01T00:00:00Z", breached: false }] } }, "gitlab2026").entries.map((e) => e.ticketId)).toEqual([
      "due-2190",
      "nothing-due",
    ]);
  });
});

describe("orderQueue, large queues", () => {
  const dueIn = (ms: number): QueueSlaReport => ({ metrics: [{ metric: "first_reply", state: "active", dueAt: new Date(NOW.getTime() + ms).toISOString(), breached: false }] });

  it("due instants a millisecond apart keep their order in a queue of hundreds", () => {
    const count = 600;
    // Given latest-due first, and created in the opposite order, so neither input order nor creation decides.
    const tickets = Array.from({ length: count }, (_, i) => ticket(`t${String(count - 1 - i).padStart(3, "0")}`, { assignee: null, createdAt: new Date(NOW.getTime() - 3_600_000 - i).toISOString() }));
    const reports = Object.fromEntries(Array.from({ length: count }, (_, i) => [`t${String(i).padStart(3, "0")}`, dueIn(i)]));
    const result = order(tickets, reports, "gitlab2026");
    expect(result.entries.map((e) => e.ticketId)).toEqual(Array.from({ length: count }, (_, i) => `t${String(i).padStart(3, "0")}`));
    expect(result.entries.map((e) => e.position)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  });

  it("among hundreds due at one instant, the earliest created first, then the id", () => {
    const count = 300;
    const tickets = Array.from({ length: count }, (_, i) => ticket(`t${String(i).padStart(3, "0")}`, { assignee: null, createdAt: new Date(NOW.getTime() - 3_600_000 - Math.floor(i / 2)).toISOString() }));
    const reports = Object.fromEntries(tickets.map((t) => [t.id, dueIn(1000)]));
    const expected = [...tickets].sort((a, b) => Date.parse(String(a.createdAt)) - Date.parse(String(b.createdAt)) || (a.id < b.id ? -1 : 1)).map((t) => t.id);
    expect(expected[0]).toBe("t298");
    expect(expected[1]).toBe("t299");
    expect(order([...tickets].reverse(), reports, "gitlab2026").entries.map((e) => e.ticketId)).toEqual(expected);
  });
});

describe("orderQueue, reading its input", () => {
  it("instants written in lower case come out in the canonical upper-case form", () => {
    const entry = only(ticket("a", { assignee: "me", channel: "twitter", createdAt: "2026-11-18t08:00:00.000z" }), undefined, "handbook2016");
    expect(entry?.reasons[0]?.facts["waitingSince"]).toBe("2026-11-18T08:00:00.000Z");
    expect(entry?.reasons[1]?.facts).toEqual({ createdAt: "2026-11-18T08:00:00.000Z" });
    const waiting = only(ticket("b", { assignee: "me", waitingSince: "2026-11-18t09:00:00.000z" }), undefined, "handbook2016");
    expect(waiting?.reasons[0]?.facts["waitingSince"]).toBe("2026-11-18T09:00:00.000Z");
    const report: QueueSlaReport = {
      metrics: [
        { metric: "first_reply", state: "active", dueAt: "2026-11-18t18:30:00.000z", breached: false },
        { metric: "next_reply", state: "active", dueAt: "2026-11-18t18:20:00.000z", breached: false },
      ],
    };
    expect(only(ticket("c"), report, "gitlab2026")).toMatchObject({ dueAt: "2026-11-18T18:20:00.000Z", dueMetric: "next_reply" });
    expect(only(ticket("c"), report, "handbook2016")?.reasons[0]?.facts["dueAt"]).toBe("2026-11-18T18:30:00.000Z");
  });

  it("a ticket the quick check leaves to the schema is read the same: creation and waiting instants", () => {
    const entry = only(ticket("a", { assignee: "me", organization: new Date(0) as never, waitingSince: h(-3), createdAt: h(-20) }), undefined, "handbook2016");
    expect(entry?.reasons[0]?.facts).toEqual({ slaCategory: 2, waitingSince: h(-3), assignee: "me", dedicatedEngineer: null, status: "open" });
    const fifo = order([ticket("slow", { assignee: "me", organization: new Date(0) as never, createdAt: h(-2) }), ticket("quick", { assignee: "me", createdAt: h(-1) })], {}, "handbook2016");
    expect(fifo.entries.map((e) => [e.ticketId, e.reasons[0]?.facts["waitingSince"]])).toEqual([
      ["slow", h(-2)],
      ["quick", h(-1)],
    ]);
  });

  it("a report filed under an id that names an Object.prototype member is found when it is the reports' own", () => {
    const entry = order([ticket("constructor")], { constructor: firstDue(0.5) }, "handbook2016").entries[0];
    expect(entry).toMatchObject({ bucket: "near_breach_first_reply", dueAt: h(0.5) });
  });

  it("reports in a Map: a ticket missing from it has no SLA report", () => {
    const result = orderQueue([ticket("a"), ticket("b")], { now: NOW, engineer: { id: "me" }, edition: "gitlab2026", reports: new Map([["a", firstDue(2)]]) });
    expect(result.entries.map((e) => [e.ticketId, e.dueAt, e.reasons.map((r) => r.code)])).toEqual([
      ["a", h(2), ["shared_view"]],
      ["b", null, ["shared_view", "no_sla_report"]],
    ]);
  });

  it("the bucket order: each mistake with its code, path and message", () => {
    const options: OrderQueueOptions = { now: NOW, engineer: { id: "me" }, edition: "gitlab2026" };
    expectError(
      () => orderQueue([], { ...options, bucketOrder: ["emergency", "vip" as never] }),
      "unknown_value",
      ["options", "bucketOrder", 1],
      'Unknown bucket "vip" for the gitlab2026 edition; expected one of emergency, incident, account_escalation, your_starred, shared_view, your_other, rest, solved',
    );
    expectError(() => orderQueue([], { ...options, bucketOrder: ["emergency", "incident", "emergency"] }), "duplicate_id", ["options", "bucketOrder", 2], 'Bucket "emergency" is listed twice');
    expectError(
      () => orderQueue([], { ...options, bucketOrder: ["emergency", "incident", "account_escalation", "your_starred", "shared_view", "your_other", "solved"] }),
      "missing_field",
      ["options", "bucketOrder"],
      'The bucket order leaves out "rest"; list every bucket of the edition',
    );
  });

  it("a custom bucket order puts solved tickets first when asked", () => {
    const bucketOrder = ["solved", "emergency", "incident", "account_escalation", "your_starred", "shared_view", "your_other", "rest"] as const;
    const result = order([ticket("open", { emergency: true }), ticket("done", { status: "solved" })], {}, "gitlab2026", { bucketOrder: [...bucketOrder] });
    expect(result.entries.map((e) => e.ticketId)).toEqual(["done", "open"]);
  });
});

describe("orderQueue, more edges", () => {
  it("instants given as Dates, or in mixed case, come out as canonical ISO strings", () => {
    const tweet = only(ticket("a", { channel: "twitter", assignee: "me", createdAt: new Date(h(-4)) }), undefined, "handbook2016");
    expect(tweet?.reasons[1]?.facts).toEqual({ createdAt: h(-4) });
    expect(tweet?.reasons[0]?.facts["waitingSince"]).toBe(h(-4));
    const dated: QueueSlaReport = { metrics: [{ metric: "first_reply", state: "active", dueAt: new Date(h(0.5)) as unknown as string, breached: false }] };
    expect(only(ticket("b"), dated, "gitlab2026")?.dueAt).toBe(h(0.5));
    const upperT: QueueSlaReport = { metrics: [{ metric: "first_reply", state: "active", dueAt: "2026-11-18T18:30:00.000z", breached: false }] };
    expect(only(ticket("c"), upperT, "gitlab2026")?.dueAt).toBe("2026-11-18T18:30:00.000Z");
    const upperZ: QueueSlaReport = { metrics: [{ metric: "next_reply", state: "active", dueAt: "2026-11-18t18:40:00.000Z", breached: false }] };
    expect(only(ticket("d"), upperZ, "gitlab2026")?.dueAt).toBe("2026-11-18T18:40:00.000Z");
  });

  it("a running metric without a due instant is skipped, whether null or left out", () => {
    const report = { metrics: [{ metric: "first_reply", state: "active", breached: false }] } as unknown as QueueSlaReport;
    expect(only(ticket("a"), report, "gitlab2026")).toMatchObject({ dueAt: null, dueMetric: null, weight: 0 });
  });

  it("a duplicate id names both places it appears", () => {
    expectError(() => orderQueue([ticket("x"), ticket("a"), ticket("a")], { now: NOW, engineer: { id: "me" }, edition: "gitlab2026" }), "duplicate_id", ["tickets", 2, "id"], 'Ticket id "a" appears twice in the queue (at 1 and 2)');
  });

  it("a duplicate id is reported before a malformed ticket further down", () => {
    const tickets = [ticket("a"), ticket("a"), { id: "b", channel: "fax", createdAt: h(0) } as unknown as QueueTicket];
    expectError(() => orderQueue(tickets, { now: NOW, engineer: { id: "me" }, edition: "gitlab2026" }), "duplicate_id", ["tickets", 1, "id"], 'Ticket id "a" appears twice');
  });

  it("2016: your dedicated organization's ticket assigned to another engineer is theirs, not yours nor a dedicated one", () => {
    const entry = only(ticket("a", { assignee: "bob", organization: { id: "globex" } }), firstDue(9), "handbook2016");
    expect(entry?.bucket).toBe("other_open");
    expect(entry?.reasons[0]?.facts).toMatchObject({ assignee: "bob", dedicatedEngineer: "me" });
  });

  it("2016: emergencies with nothing due go oldest created first", () => {
    const tickets = [ticket("young", { emergency: true, createdAt: h(-1) }), ticket("old", { emergency: true, createdAt: h(-2) })];
    expect(order(tickets, {}, "handbook2016").entries.map((e) => e.ticketId)).toEqual(["old", "young"]);
  });
});

describe("orderQueue, broken SLA reports", () => {
  const options: OrderQueueOptions = { now: NOW, engineer: { id: "me" }, edition: "gitlab2026" };
  const withReport = (report: unknown) => () => orderQueue([ticket("a")], { ...options, reports: { a: report as QueueSlaReport } });
  const metric = (m: Record<string, unknown>) => withReport({ metrics: [{ metric: "first_reply", state: "active", dueAt: h(1), breached: false, ...m }] });

  it("a report that is not an object", () => {
    expectError(withReport(5), "invalid_type", ["options", "reports", "a"], "Expected an SLA report object");
    expectError(withReport(null), "invalid_type", ["options", "reports", "a"], "Expected an SLA report object");
  });

  it("a report filed under another ticket's id, with both ids in the message", () => {
    expectError(withReport({ ticketId: "b", metrics: [] }), "inconsistent_facts", ["options", "reports", "a", "ticketId"], 'The report is for ticket "b", filed under "a"');
  });

  it("metrics missing, or not an array", () => {
    expectError(withReport({}), "missing_field", ["options", "reports", "a", "metrics"], "Expected the report's `metrics` array");
    expectError(withReport({ metrics: "none" }), "invalid_type", ["options", "reports", "a", "metrics"], "Expected the report's `metrics` array");
  });

  it("a metric that is not an object", () => {
    expectError(withReport({ metrics: [null] }), "invalid_type", ["options", "reports", "a", "metrics", 0], "Expected a metric report object");
    expectError(withReport({ metrics: [7] }), "invalid_type", ["options", "reports", "a", "metrics", 0], "Expected a metric report object");
  });

  it("an unknown state, a non-boolean breached, a malformed due instant", () => {
    expectError(metric({ state: "late" }), "unknown_value", ["options", "reports", "a", "metrics", 0, "state"], 'Unknown metric state "late"; expected active, paused, closed or not_started');
    expectError(metric({ state: "closed", breached: "no" }), "invalid_type", ["options", "reports", "a", "metrics", 0, "breached"], "Expected `breached` to be a boolean");
    expectError(metric({ dueAt: "soon" }), "invalid_instant", ["options", "reports", "a", "metrics", 0, "dueAt"], "ISO 8601");
    expectError(metric({ dueAt: "2300-01-01T00:00:00Z" }), "out_of_range", ["options", "reports", "a", "metrics", 0, "dueAt"], "outside the supported range");
  });

  it("every metric is read and checked, not only the replies", () => {
    expectError(withReport({ metrics: [{ metric: "requester_wait", state: "weird", dueAt: "soon", breached: 3 }] }), "unknown_value", ["options", "reports", "a", "metrics", 0, "state"], 'Unknown metric state "weird"');
  });

  it("the queue considers every running metric it is given: a ticket with periodic update and agent work breached is due, at the earliest of them", () => {
    const metrics = [
      { metric: "first_reply", state: "closed", dueAt: h(-3), breached: false },
      { metric: "periodic_update", state: "active", dueAt: h(-1), breached: true },
      { metric: "agent_work", state: "active", dueAt: h(-0.5), breached: true },
      { metric: "total_resolution", state: "closed", dueAt: h(-4), breached: false },
    ];
    expect(withReport({ metrics })().entries[0]).toMatchObject({ dueAt: h(-1), dueMetric: "periodic_update", breached: true, nearBreach: true });
  });
});
