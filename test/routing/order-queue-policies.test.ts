import { describe, expect, it } from "vitest";
import { orderQueue } from "../../src/routing/order-queue.js";
import type { QueueTicket } from "../../src/routing/queue-ticket.js";
import { gitlab2026 } from "../../src/sla/editions/gitlab2026.js";
import { handbook2016 } from "../../src/sla/editions/handbook2016.js";
import { evaluateSla } from "../../src/sla/evaluate-sla.js";
import type { SlaPolicySetInput } from "../../src/sla/sla-policy-set.js";
import type { TicketInput } from "../../src/sla/ticket.js";

// Wednesday, inside Global Support Hours.
const NOW = new Date("2026-11-18T18:00:00.000Z");

// Each queue ticket beside the same ticket written out for the SLA engine by hand.
const PAIRS: readonly [QueueTicket, TicketInput][] = [
  [
    { id: "premium-high", channel: "ticket", createdAt: "2026-11-18T16:00:00Z", status: "new", priority: "high", organization: { id: "o1", plan: "premium" } },
    { id: "premium-high", channel: "ticket", createdAt: "2026-11-18T16:00:00Z", status: "new", priority: "high", organization: { id: "o1", plan: "premium", supportLevel: null, tags: [] } },
  ],
  [
    { id: "priority-severity", channel: "ticket", createdAt: "2026-11-18T17:00:00Z", severity: 2, organization: { supportLevel: "priority" } },
    { id: "priority-severity", channel: "ticket", createdAt: "2026-11-18T17:00:00Z", severity: 2, organization: { plan: null, supportLevel: "priority", tags: [] } },
  ],
  [
    { id: "standard", channel: "ticket", createdAt: "2026-11-17T20:00:00Z", status: "open", assignee: "bob", organization: { supportLevel: "standard" }, tags: ["x"] },
    { id: "standard", channel: "ticket", createdAt: "2026-11-17T20:00:00Z", status: "open", assignee: "bob", organization: { plan: null, supportLevel: "standard", tags: [] }, tags: ["x"] },
  ],
  [
    { id: "licensing", channel: "ticket", createdAt: "2026-11-18T15:00:00Z", form: "licensing_renewals" },
    { id: "licensing", channel: "ticket", createdAt: "2026-11-18T15:00:00Z", form: "licensing_renewals", organization: { plan: null, supportLevel: null, tags: [] } },
  ],
  [
    {
      id: "answered",
      channel: "ticket",
      createdAt: "2026-11-18T09:00:00Z",
      priority: "normal",
      organization: { supportLevel: "priority" },
      events: [
        { type: "comment", at: "2026-11-18T10:00:00Z", author: "agent", public: true },
        { type: "comment", at: "2026-11-18T12:00:00Z", author: "customer", public: true },
      ],
    },
    {
      id: "answered",
      channel: "ticket",
      createdAt: "2026-11-18T09:00:00Z",
      priority: "normal",
      organization: { plan: null, supportLevel: "priority", tags: [] },
      events: [
        { type: "comment", at: "2026-11-18T10:00:00Z", author: "agent", public: true },
        { type: "comment", at: "2026-11-18T12:00:00Z", author: "customer", public: true },
      ],
    },
  ],
  [
    { id: "emergency", channel: "emergency", createdAt: "2026-11-18T17:50:00Z", organization: { plan: "ultimate", tags: ["vip"] } },
    { id: "emergency", channel: "emergency", createdAt: "2026-11-18T17:50:00Z", organization: { plan: "ultimate", supportLevel: null, tags: ["vip"] } },
  ],
];

describe("orderQueue with SLA policies instead of reports", () => {
  for (const [name, policies] of [
    ["gitlab2026", gitlab2026],
    ["handbook2016", handbook2016],
  ] as const) {
    it(`the ${name} policies place each ticket as its evaluated SLA report would`, () => {
      const reports = Object.fromEntries(PAIRS.map(([, input]) => [String(input.id), evaluateSla(input, policies, NOW)]));
      const tickets = PAIRS.map(([t]) => t);
      const engineer = { id: "me" };
      for (const edition of ["handbook2016", "gitlab2026"] as const) {
        const withPolicies = orderQueue(tickets, { now: NOW, engineer, edition, policies });
        expect(withPolicies).toEqual(orderQueue(tickets, { now: NOW, engineer, edition, reports }));
        expect(withPolicies.entries.some((e) => e.dueMetric === "first_reply")).toBe(true);
        expect(withPolicies.entries.some((e) => e.dueMetric === "next_reply")).toBe(true);
        expect(withPolicies.entries.every((e) => e.reasons.every((r) => r.code !== "no_sla_report"))).toBe(true);
      }
    });
  }

  it("a report given for a ticket wins over the policies", () => {
    const report = { metrics: [{ metric: "first_reply", state: "active", dueAt: "2026-11-18T18:10:00.000Z", breached: false }] };
    const entry = orderQueue([PAIRS[2]?.[0] as QueueTicket], { now: NOW, engineer: { id: "me" }, edition: "handbook2016", policies: gitlab2026, reports: { standard: report } }).entries[0];
    expect(entry).toMatchObject({ dueAt: "2026-11-18T18:10:00.000Z", bucket: "near_breach_first_reply" });
  });

  it("each fact of a ticket reaches the policies: tags, organization tags, plan, support level, form, priority, channel", () => {
    const hours = (n: number) => [{ metric: "first_reply" as const, duration: { hours: n }, calendar: "around_the_clock" }];
    const policies: SlaPolicySetInput = {
      policies: [
        { id: "vip", name: "VIP tickets", conditions: { tags: { any: ["vip"] } }, targets: hours(1) },
        { id: "gold", name: "Gold organizations", conditions: { organizationTags: { any: ["gold"] } }, targets: hours(2) },
        { id: "premium", name: "Premium plan", conditions: { plan: ["premium"] }, targets: hours(3) },
        { id: "priority", name: "Priority support", conditions: { supportLevel: ["priority"] }, targets: hours(4) },
        { id: "special", name: "Special form", conditions: { form: ["special"] }, targets: hours(5) },
        { id: "high", name: "High priority", conditions: { priority: ["high"] }, targets: hours(6) },
        { id: "forum", name: "Forum", conditions: { channel: ["forum"] }, targets: hours(7) },
        { id: "rest", name: "Everything else", conditions: { plan: ["free"], supportLevel: ["none"], priority: [null], form: [null] }, targets: hours(10) },
      ],
    };
    const at = (n: number): string => new Date(NOW.getTime() + n * 3_600_000).toISOString();
    const base = { channel: "ticket", createdAt: NOW, assignee: "me", organization: { plan: "free", supportLevel: "none" } } as const;
    const tickets: QueueTicket[] = [
      { ...base, id: "vip", tags: ["vip"] },
      { ...base, id: "gold", organization: { ...base.organization, tags: ["gold"] } },
      { ...base, id: "premium", organization: { plan: "premium", supportLevel: "none" } },
      { ...base, id: "priority", organization: { plan: "free", supportLevel: "priority" } },
      { ...base, id: "special", form: "special" },
      { ...base, id: "high", priority: "high" },
      { ...base, id: "forum", channel: "forum" },
      { ...base, id: "plain", organization: { id: "o9", plan: "free", supportLevel: "none" } },
    ];
    const result = orderQueue(tickets, { now: NOW, engineer: { id: "me" }, edition: "gitlab2026", policies });
    expect(result.entries.map((e) => [e.ticketId, e.dueAt])).toEqual([
      ["vip", at(1)],
      ["gold", at(2)],
      ["premium", at(3)],
      ["priority", at(4)],
      ["special", at(5)],
      ["high", at(6)],
      ["forum", at(7)],
      ["plain", at(10)],
    ]);
  });

  it("a ticket without organization or status is read as a new ticket of no plan", () => {
    const policies: SlaPolicySetInput = {
      policies: [
        { id: "low", name: "Low priority", conditions: { priority: ["low"] }, targets: [{ metric: "first_reply", duration: { hours: 1 }, calendar: "around_the_clock" }] },
        { id: "any", name: "Any", targets: [{ metric: "first_reply", duration: { hours: 2 }, calendar: "around_the_clock" }] },
      ],
    };
    const entry = orderQueue([{ id: "bare", channel: "ticket", createdAt: NOW }], { now: NOW, engineer: { id: "me" }, edition: "handbook2016", policies }).entries[0];
    expect(entry).toMatchObject({ bucket: "new_unassigned", dueAt: "2026-11-18T20:00:00.000Z", dueMetric: "first_reply" });
  });
});
