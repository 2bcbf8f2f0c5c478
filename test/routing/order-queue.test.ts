import { describe, expect, it } from "vitest";
import { orderQueue } from "../../src/routing/order-queue.js";
import type { OrderQueueOptions, QueueSlaReport } from "../../src/routing/order-queue-options.js";
import type { QueueBucket } from "../../src/routing/queue-buckets.js";
import type { QueueTicket } from "../../src/routing/queue-ticket.js";
import type { Edition } from "../../src/shared/edition.js";
import { NOW, firstDue, h, nextDue, ticket } from "./queue-fixtures.js";
import { deepFreeze, expectError, roundTrip } from "./helpers.js";

const order = (tickets: QueueTicket[], reports: Record<string, QueueSlaReport>, edition: Edition, more: Partial<OrderQueueOptions> = {}) =>
  orderQueue(tickets, { now: NOW, engineer: { id: "me", region: "emea" }, edition, reports, ...more });
const ids = (result: ReturnType<typeof orderQueue>): string[] => result.entries.map((e) => e.ticketId);
const buckets = (result: ReturnType<typeof orderQueue>): Record<string, QueueBucket> => Object.fromEntries(result.entries.map((e) => [e.ticketId, e.bucket]));

describe("orderQueue, 2016 edition", () => {
  it('"Answer the tickets assigned to you first, then new unassigned tickets, again FIFO"', () => {
    const tickets = [
      ticket("new-late", { status: "new", assignee: null, createdAt: h(-1) }),
      ticket("mine", { assignee: "me", createdAt: h(-2) }),
      ticket("new-early", { status: "new", assignee: null, createdAt: h(-3) }),
      ticket("other", { assignee: "bob", createdAt: h(-30) }),
    ];
    const result = order(tickets, {}, "handbook2016");
    expect(ids(result)).toEqual(["mine", "new-early", "new-late", "other"]);
    expect(buckets(result)).toEqual({ mine: "assigned_to_you", "new-early": "new_unassigned", "new-late": "new_unassigned", other: "other_open" });
    expect(result.entries.map((e) => e.position)).toEqual([1, 2, 3, 4]);
  });

  it('"SLA workflow order: 1. close to breaching first reply; 2. close to breaching next reply; 3. new; 4. other open"', () => {
    const tickets = [ticket("other", { createdAt: h(-50) }), ticket("new", { status: "new", assignee: null }), ticket("next"), ticket("first", { status: "new", assignee: null })];
    const result = order(tickets, { first: firstDue(0.5), next: nextDue(0.25), new: firstDue(20), other: nextDue(20) }, "handbook2016");
    expect(ids(result)).toEqual(["first", "next", "new", "other"]);
  });

  it('"emergency tickets" come first, before anything close to breaching', () => {
    const result = order([ticket("near"), ticket("fire", { channel: "emergency" }), ticket("down", { channel: "gitlab_com_downtime" })], { near: firstDue(-1), fire: firstDue(0.4), down: firstDue(0.2) }, "handbook2016");
    expect(ids(result)).toEqual(["down", "fire", "near"]);
    expect(result.entries[0]?.bucket).toBe("emergency");
  });

  it('"in 2–3, the earliest due first (the most overdue first)"', () => {
    const result = order([ticket("soon"), ticket("overdue"), ticket("very-overdue")], { soon: firstDue(0.5), overdue: firstDue(-1), "very-overdue": firstDue(-5) }, "handbook2016");
    expect(ids(result)).toEqual(["very-overdue", "overdue", "soon"]);
    expect(result.entries[0]).toMatchObject({ breached: true, nearBreach: true, dueAt: h(-5), dueMetric: "first_reply" });
  });

  it('"a ticket breaching or about to breach must be picked up by any engineer ... courtesyCheckWith names the assignee"', () => {
    const result = order([ticket("mine", { assignee: "me", createdAt: h(-40) }), ticket("bobs", { assignee: "bob" })], { bobs: nextDue(0.5) }, "handbook2016");
    expect(ids(result)).toEqual(["bobs", "mine"]);
    expect(result.entries[0]).toMatchObject({ bucket: "near_breach_next_reply", courtesyCheckWith: "bob" });
    expect(result.entries[0]?.reasons.map((r) => r.code)).toEqual(["near_breach_next_reply", "courtesy_check_with_owner"]);
    expect(result.entries[1]?.courtesyCheckWith).toBeUndefined();
  });

  it('"Premium customers\' dedicated engineers included": close to breaching, anyone picks it up and checks with the dedicated engineer', () => {
    const result = order([ticket("premium", { assignee: null, organization: { id: "acme", dedicatedEngineer: "bob" } })], { premium: firstDue(0.1) }, "handbook2016");
    expect(result.entries[0]).toMatchObject({ bucket: "near_breach_first_reply", courtesyCheckWith: "bob" });
  });

  it('"a Premium organization\'s ticket with a dedicated engineer counts as assigned to that engineer; for everyone else it goes after bucket 6"', () => {
    const tickets = [
      ticket("bobs-premium", { status: "new", assignee: null, organization: { id: "acme", dedicatedEngineer: "bob" }, createdAt: h(-50) }),
      ticket("plain", { assignee: "carol" }),
      ticket("my-premium", { status: "new", assignee: null, organization: { id: "globex" } }),
    ];
    const result = orderQueue(tickets, { now: NOW, engineer: { id: "me", dedicatedAccounts: ["globex"] }, edition: "handbook2016" });
    expect(ids(result)).toEqual(["my-premium", "plain", "bobs-premium"]);
    expect(buckets(result)).toMatchObject({ "my-premium": "assigned_to_you", plain: "other_open", "bobs-premium": "dedicated_to_another_engineer" });
    const bobs = orderQueue(tickets, { now: NOW, engineer: { id: "bob" }, edition: "handbook2016" });
    expect(buckets(bobs)["bobs-premium"]).toBe("assigned_to_you");
  });

  it('"Channels are worked in SLA-category order: the strictest SLA first", then FIFO', () => {
    const tickets = [
      ticket("forum", { channel: "forum", assignee: "me", createdAt: h(-90) }),
      ticket("tweet", { channel: "twitter", assignee: "me", createdAt: h(-50) }),
      ticket("email", { channel: "ticket", assignee: "me", createdAt: h(-1) }),
      ticket("form", { channel: "contact_form", assignee: "me", createdAt: h(-2) }),
    ];
    expect(ids(order(tickets, {}, "handbook2016"))).toEqual(["form", "email", "tweet", "forum"]);
  });

  it('"FIFO (oldest waiting first)": the oldest unanswered comment, not the creation, decides', () => {
    const tickets = [ticket("old-but-answered", { assignee: "me", createdAt: h(-90), waitingSince: h(-1) }), ticket("young-waiting", { assignee: "me", createdAt: h(-5) })];
    expect(ids(order(tickets, {}, "handbook2016"))).toEqual(["young-waiting", "old-but-answered"]);
  });

  it('"Twitter: play mode, oldest first, skip none": tweets go by creation', () => {
    const tickets = [ticket("tweet-b", { channel: "twitter", assignee: null, status: "new", createdAt: h(-2), waitingSince: h(-9) }), ticket("tweet-a", { channel: "twitter", assignee: null, status: "new", createdAt: h(-3), waitingSince: h(-1) })];
    const result = order(tickets, {}, "handbook2016");
    expect(ids(result)).toEqual(["tweet-a", "tweet-b"]);
    expect(result.entries[0]?.reasons.map((r) => r.code)).toContain("twitter_oldest_first");
  });

  it("solved tickets go last; a ticket without SLA facts says so and is never close to breaching", () => {
    const result = order([ticket("done", { status: "solved", assignee: "me" }), ticket("unknown", { assignee: "bob" })], {}, "handbook2016");
    expect(ids(result)).toEqual(["unknown", "done"]);
    expect(result.entries[0]?.reasons.map((r) => r.code)).toContain("no_sla_report");
  });

  it("the near-breach window is a parameter (default 1 hour)", () => {
    const reports = { a: firstDue(1.5) };
    expect(order([ticket("a")], reports, "handbook2016").entries[0]?.bucket).toBe("other_open");
    expect(order([ticket("a")], reports, "handbook2016", { nearBreachWindow: { hours: 2 } }).entries[0]?.bucket).toBe("near_breach_first_reply");
    expect(order([ticket("a")], { a: firstDue(1) }, "handbook2016").entries[0]?.bucket).toBe("near_breach_first_reply");
  });

  it("the bucket order is a parameter too", () => {
    const tickets = [ticket("mine", { assignee: "me" }), ticket("new", { status: "new", assignee: null })];
    const custom: QueueBucket[] = ["emergency", "near_breach_first_reply", "near_breach_next_reply", "new_unassigned", "assigned_to_you", "other_open", "dedicated_to_another_engineer", "solved"];
    expect(ids(order(tickets, {}, "handbook2016", { bucketOrder: custom }))).toEqual(["new", "mine"]);
  });

  it("paused or fulfilled reply metrics: only running ones count", () => {
    const reports: Record<string, QueueSlaReport> = {
      achieved: { metrics: [{ metric: "first_reply", state: "closed", dueAt: h(0.1), breached: false }] },
      paused: { metrics: [{ metric: "next_reply", state: "paused", dueAt: h(0.1), breached: false }] },
      other: { metrics: [{ metric: "requester_wait", state: "active", dueAt: h(0.1), breached: false }] },
    };
    const result = order([ticket("achieved"), ticket("paused"), ticket("other")], reports, "handbook2016");
    expect(buckets(result)).toEqual({ paused: "near_breach_next_reply", achieved: "other_open", other: "other_open" });
  });
});

describe("orderQueue, 2026 edition", () => {
  it('"emergencies, incidents, account escalations first", each naming the role that handles it', () => {
    const tickets = [
      ticket("shared", { assignee: null }),
      ticket("escalation", { accountEscalation: true, assignee: "bob" }),
      ticket("incident", { incident: true }),
      ticket("emergency", { emergency: true, assignee: "bob" }),
    ];
    const result = order(tickets, { shared: firstDue(-3) }, "gitlab2026");
    expect(ids(result)).toEqual(["emergency", "incident", "escalation", "shared"]);
    expect(result.entries.map((e) => e.handledBy ?? null)).toEqual(["on_call_engineer", "incident_manager", "escalation_owner", null]);
  });

  it('"then your own STARred tickets; then the shared view; 4. your own other tickets, even when close to breaching; 5. the rest"', () => {
    const tickets = [
      ticket("bobs-star", { assignee: "bob", starred: true }),
      ticket("mine-burning", { assignee: "me" }),
      ticket("shared-calm", { assignee: null }),
      ticket("my-star", { assignee: "me", starred: true }),
    ];
    const result = order(tickets, { "mine-burning": firstDue(-2), "shared-calm": nextDue(20), "bobs-star": firstDue(-9) }, "gitlab2026");
    expect(ids(result)).toEqual(["my-star", "shared-calm", "mine-burning", "bobs-star"]);
    expect(buckets(result)).toEqual({ "my-star": "your_starred", "shared-calm": "shared_view", "mine-burning": "your_other", "bobs-star": "rest" });
  });

  it('"the shared view top-down, weighted so that soon-to-breach tickets rise"', () => {
    const tickets = ["a", "b", "c", "d", "e"].map((id, i) => ticket(id, { assignee: null, createdAt: h(-10 - i) }));
    const result = order(tickets, { a: firstDue(5), b: nextDue(0.5), c: firstDue(-2), d: nextDue(1) }, "gitlab2026");
    expect(ids(result)).toEqual(["c", "b", "d", "a", "e"]);
    expect(result.entries.map((e) => e.weight)).toEqual([102, 66.667, 50, 16.667, 0]);
  });

  it('"a ticket whose preferred region is not yours is not reordered; its entry says to rehome it after the first reply"', () => {
    const tickets = [ticket("apac", { assignee: null, preferredRegion: "apac" }), ticket("emea", { assignee: null, preferredRegion: "emea" })];
    const result = order(tickets, { apac: firstDue(1), emea: firstDue(2) }, "gitlab2026");
    expect(ids(result)).toEqual(["apac", "emea"]);
    expect(result.entries[0]?.rehomeAfterFirstReply).toBe("apac");
    expect(result.entries[0]?.reasons.map((r) => r.code)).toContain("rehome_after_first_reply");
    expect(result.entries[1]?.rehomeAfterFirstReply).toBeUndefined();
  });

  it("ties fall to creation time, then id", () => {
    const tickets = [ticket("b", { assignee: null, createdAt: h(-1) }), ticket("a", { assignee: null, createdAt: h(-1) }), ticket("c", { assignee: null, createdAt: h(-2) })];
    expect(ids(order(tickets, {}, "gitlab2026"))).toEqual(["c", "a", "b"]);
  });
});

describe("orderQueue, shared behaviour", () => {
  it("accepts reports as a Map, Dates as instants and offsets; the output is JSON and the input is untouched", () => {
    const tickets = deepFreeze([ticket("x", { createdAt: "2026-11-18T12:00:00+05:30" }), { ...ticket("y"), createdAt: new Date(h(-3)) }]);
    const reports = new Map([["x", firstDue(0.5)]]);
    const result = orderQueue(tickets, { now: NOW, engineer: { id: "me" }, edition: "handbook2016", reports });
    expect(ids(result)).toEqual(["x", "y"]);
    expect(roundTrip(result)).toEqual(result);
    expect(result.now).toBe("2026-11-18T18:00:00.000Z");
  });

  it("a ticket id that names an Object.prototype member is not mistaken for a report", () => {
    const result = order([ticket("constructor"), ticket("__proto__"), ticket("toString")], {}, "handbook2016");
    expect(result.entries.every((e) => e.reasons.some((r) => r.code === "no_sla_report"))).toBe(true);
  });

  it("an empty queue is an empty result", () => {
    expect(order([], {}, "gitlab2026")).toEqual({ edition: "gitlab2026", now: "2026-11-18T18:00:00.000Z", entries: [] });
  });
});

describe("orderQueue types", () => {
  it("unknown buckets, channels and editions do not compile", () => {
    // @ts-expect-error "vip" is not a bucket
    const bucket: QueueBucket = "vip";
    // @ts-expect-error "telegram" is not a channel
    const t: QueueTicket = { id: "a", channel: "telegram", createdAt: h(0) };
    // @ts-expect-error "2027" is not an edition
    const edition: Edition = "2027";
    expect([bucket, t.id, edition]).toHaveLength(3);
  });
});

describe("orderQueue, bad input", () => {
  const options: OrderQueueOptions = { now: NOW, engineer: { id: "me" }, edition: "gitlab2026" };
  it("a ticket without an id, or with an empty one", () => {
    expectError(() => orderQueue([{ channel: "ticket", createdAt: h(0) } as QueueTicket], options), "missing_field", ["tickets", 0, "id"], 'Missing required field "tickets.0.id"');
    expectError(() => orderQueue([ticket("")], options), "too_small", ["tickets", 0, "id"], "Expected a ticket id");
  });

  it("a ticket without a channel", () => {
    expectError(() => orderQueue([{ id: "a", createdAt: h(0) } as QueueTicket], options), "missing_field", ["tickets", 0, "channel"], 'Missing required field "tickets.0.channel"');
  });

  it("duplicate ids in one queue", () => {
    expectError(() => orderQueue([ticket("a"), ticket("b"), ticket("a")], options), "duplicate_id", ["tickets", 2, "id"], 'Ticket id "a" appears twice in the queue (at 0 and 2)');
  });

  it("unknown channels, statuses, priorities, regions, editions and buckets", () => {
    expectError(() => orderQueue([ticket("a", { channel: "telegram" } as never)], options), "unknown_value", ["tickets", 0, "channel"], 'Unknown channel "telegram"');
    expectError(() => orderQueue([ticket("a", { status: "archived" } as never)], options), "unknown_value", ["tickets", 0, "status"], 'Unknown status "archived"');
    expectError(() => orderQueue([ticket("a", { priority: "critical" })], options), "unknown_value", ["tickets", 0, "priority"], 'Unknown priority "critical"');
    expectError(() => orderQueue([ticket("a", { preferredRegion: "mars" } as never)], options), "unknown_value", ["tickets", 0, "preferredRegion"], 'Unknown region "mars"');
    expectError(() => orderQueue([], { ...options, edition: "gitlab2027" as Edition }), "unknown_value", ["options", "edition"], 'Unknown edition "gitlab2027"');
    expectError(() => orderQueue([], { ...options, bucketOrder: ["emergency", "vip"] as QueueBucket[] }), "unknown_value", ["options", "bucketOrder", 1], 'Unknown bucket "vip"');
    expectError(() => orderQueue([], { ...options, bucketOrder: ["assigned_to_you"] }), "unknown_value", ["options", "bucketOrder", 0], "for the gitlab2026 edition");
    expectError(() => orderQueue([], { ...options, bucketOrder: ["emergency"] }), "missing_field", ["options", "bucketOrder"], 'leaves out "incident"');
  });

  it("malformed instants, a bad window, a report filed under another ticket, a broken report", () => {
    expectError(() => orderQueue([ticket("a", { createdAt: "2026-11-31T00:00:00Z" })], options), "invalid_instant", ["tickets", 0, "createdAt"], '"2026-11-31T00:00:00Z"');
    expectError(() => orderQueue([ticket("a", { createdAt: "2026-11-18 10:00" })], options), "invalid_instant", ["tickets", 0, "createdAt"], "ISO 8601");
    expectError(() => orderQueue([], { ...options, nearBreachWindow: -5 }), "invalid_duration", ["options", "nearBreachWindow"], "non-negative");
    expectError(() => orderQueue([ticket("a")], { ...options, reports: { a: { ticketId: "b", metrics: [] } } }), "inconsistent_facts", ["options", "reports", "a", "ticketId"], 'for ticket "b"');
    expectError(
      () => orderQueue([ticket("a")], { ...options, reports: { a: { metrics: [{ metric: "first_reply", state: "late", dueAt: null, breached: true }] } } }),
      "unknown_value",
      ["options", "reports", "a", "metrics", 0, "state"],
      'Unknown metric state "late"',
    );
    expectError(() => orderQueue([ticket("a")], { ...options, reports: { a: {} as QueueSlaReport } }), "missing_field", ["options", "reports", "a", "metrics"], "metrics");
    expectError(() => orderQueue("tickets" as never, options), "invalid_type", ["tickets"], "array");
    expectError(() => orderQueue([], { ...options, now: "2026-11-18" }), "invalid_instant", ["options", "now"], 'received the string "2026-11-18"');
  });
});
