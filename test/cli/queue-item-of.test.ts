import { describe, expect, it } from "vitest";
import { evaluateTicketRecord } from "../../src/cli/evaluate-ticket-record.js";
import { type QueueItem, queueItemOf, queueItemValues, sharedQueueItem } from "../../src/cli/queue-item-of.js";
import { ticketAsOf } from "../../src/cli/ticket-as-of.js";
import type { TicketRecord } from "../../src/cli/parse-ticket-record.js";
import { orderQueue } from "../../src/routing/order-queue.js";
import { gitlab2026 } from "../../src/sla/editions/gitlab2026.js";
import type { SlaReport } from "../../src/sla/sla-report.js";
import { SAMPLE } from "./harness.js";

const NOW = new Date("2026-11-20T17:30:00Z");

/** The sample, and records that exercise what the item leaves out or reads another way. */
const RECORDS: readonly Record<string, unknown>[] = [
  ...SAMPLE,
  { id: "X-1", createdAt: "2026-11-20T09:00:00+01:00", channel: "twitter", organization: null, emergency: null, starred: null, preferredRegion: null },
  { id: "X-2", createdAt: "2026-11-20T12:00:00Z", channel: "ticket", waitingSince: "2026-11-20T13:15:00+02:00", organization: { id: "org-x", plan: "gold", dedicatedEngineer: "maria" } },
  { id: "X-3", createdAt: "2026-11-20T12:00:00Z", channel: "ticket", organization: { plan: "premium", dedicatedEngineer: "kenji" }, assignee: "maria", starred: true, form: "emergency" },
  { id: "X-4", createdAt: "2026-11-20T12:00:00Z", channel: "forum", status: "open", events: [{ type: "status_change", at: "2026-11-20T13:00:00Z", status: "solved" }], incident: true, accountEscalation: true, preferredRegion: "apac" },
];

function evaluated(): (TicketRecord & { readonly report: SlaReport })[] {
  return RECORDS.map((value, index) => {
    const outcome = evaluateTicketRecord("t.ndjson", gitlab2026, NOW, { label: `line ${index + 1}`, value });
    if (!("ticket" in outcome)) throw new Error("problem" in outcome ? outcome.problem : `${String(value["id"])} is not created yet`);
    return outcome.ticket;
  });
}

function ordered(items: readonly QueueItem[], edition: "gitlab2026" | "handbook2016"): ReturnType<typeof orderQueue> {
  return orderQueue(
    items.map((item) => item.ticket),
    { now: NOW, engineer: { id: "maria", region: "emea" }, edition, reports: new Map(items.map((item) => [item.ticket.id, item.report])) },
  );
}

describe("queueItemOf: what the pick-up order keeps of each ticket", () => {
  it.each(["gitlab2026", "handbook2016"] as const)("orders the queue exactly as the whole tickets with their whole reports do (docs/rules.md §3 pick-up order, %s)", (edition) => {
    const records = evaluated();
    const whole = records.map((record) => ({ ticket: ticketAsOf(record.queueTicket, record.ticket, NOW), report: record.report }));
    const values = queueItemValues();
    const items = records.map((record) => queueItemOf(record, NOW, values));
    expect(ordered(items, edition)).toEqual(ordered(whole, edition));
  });

  it("keeps only the running metrics, and no history", () => {
    const values = queueItemValues();
    for (const record of evaluated()) {
      const item = queueItemOf(record, NOW, values);
      expect(item.report.metrics).toEqual(
        record.report.metrics.filter((m) => m.state === "active" || m.state === "paused").map(({ metric, state, dueAt, breached }) => ({ metric, state, dueAt, breached })),
      );
      expect(item.ticket.events).toBeUndefined();
      expect(item.ticket.createdAt).toBe(record.ticket.createdAt);
    }
  });

  it("holds a repeated value once: the same status text and organization object for tickets of one organization", () => {
    const values = queueItemValues();
    const [a, b] = [{ id: "A", createdAt: "2026-11-20T10:00:00Z", channel: "ticket", status: "open", organization: { id: "org-1", plan: "gold" } }, { id: "B", createdAt: "2026-11-20T11:00:00Z", channel: "ticket", status: "open", organization: { id: "org-1", plan: "gold" } }].map((value) => {
      const outcome = evaluateTicketRecord("t.ndjson", gitlab2026, NOW, { label: "line 1", value: JSON.parse(JSON.stringify(value)) as unknown });
      if (!("ticket" in outcome)) throw new Error("not a valid ticket");
      return queueItemOf(outcome.ticket, NOW, values);
    }) as [QueueItem, QueueItem];
    expect(a.ticket.organization).toBe(b.ticket.organization);
    expect(a.ticket.organization).toEqual({ id: "org-1", dedicatedEngineer: null });
    expect(values.text(["op", "en"].join(""))).toBe(a.ticket.status);
  });

  it("gives an organization with a dedicated engineer its own object, and none to a ticket without an organization", () => {
    const values = queueItemValues();
    expect(values.organization("org-1", "maria")).not.toBe(values.organization("org-1", "maria"));
    expect(values.organization("org-1", "maria")).toEqual({ id: "org-1", dedicatedEngineer: "maria" });
    expect(values.organization(undefined, "maria")).toEqual({ id: undefined, dedicatedEngineer: "maria" });
    const [record] = evaluated().filter((r) => r.ticket.id === "X-1");
    expect(queueItemOf(record as TicketRecord & { readonly report: SlaReport }, NOW, values).ticket.organization).toBeUndefined();
  });

  it("sharedQueueItem: an item copied from another thread equals the original and takes its values from the table", () => {
    const values = queueItemValues();
    const items = evaluated().map((record) => queueItemOf(record, NOW, values));
    const received = items.map((item) => sharedQueueItem(structuredClone(item), values));
    expect(received).toEqual(items);
    for (const [index, item] of received.entries()) {
      expect(item.ticket.status).toBe((items[index] as QueueItem).ticket.status);
      if (item.ticket.organization?.dedicatedEngineer === null) expect(item.ticket.organization).toBe((items[index] as QueueItem).ticket.organization);
    }
  });
});
