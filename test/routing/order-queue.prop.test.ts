import { fc, test } from "../support/property.js";
import { describe, expect, it } from "vitest";
import { parseInput } from "../../src/shared/errors.js";
import { checkQueueTicketFast } from "../../src/routing/internal/check-queue-ticket-fast.js";
import { orderQueue } from "../../src/routing/order-queue.js";
import type { OrderQueueOptions } from "../../src/routing/order-queue-options.js";
import { queueTicketSchema } from "../../src/routing/queue-ticket.js";
import type { Edition } from "../../src/shared/edition.js";
import { gitlab2026 } from "../../src/sla/editions/gitlab2026.js";
import { evaluateSla } from "../../src/sla/evaluate-sla.js";
import { NOW, type QueueCase, queueCase } from "./arbitraries.js";
import { deepFreeze, roundTrip } from "./helpers.js";

const edition = fc.constantFrom<Edition>("handbook2016", "gitlab2026");
const run = (c: QueueCase, ed: Edition, tickets = c.tickets) =>
  orderQueue(tickets, { now: NOW, engineer: { id: "me", region: "emea", dedicatedAccounts: ["org-2"] }, edition: ed, reports: c.reports });
const ids = (result: ReturnType<typeof orderQueue>): string[] => result.entries.map((e) => e.ticketId);

/** Buckets ordered by due instant: every 2026 bucket; in 2016 emergencies and the two near-breach buckets. */
const DUE_ORDERED = new Set(["emergency", "near_breach_first_reply", "near_breach_next_reply", "incident", "account_escalation", "your_starred", "shared_view", "your_other", "rest", "solved"]);

describe("orderQueue properties", () => {
  test.prop([queueCase(), edition])("the result is a permutation of the input: every ticket once", (c, ed) => {
    const result = run(c, ed);
    expect([...ids(result)].sort()).toEqual(c.tickets.map((t) => t.id).sort());
    expect(result.entries.map((e) => e.position)).toEqual(c.tickets.map((_, i) => i + 1));
  });

  const withShuffle = queueCase().chain((c) =>
    fc.shuffledSubarray(c.tickets, { minLength: c.tickets.length, maxLength: c.tickets.length }).map((shuffled) => [c, shuffled] as const),
  );

  test.prop([withShuffle, edition])("the order is total and deterministic: a permutation of the input gives the same order", ([c, shuffled], ed) => {
    expect(run(c, ed, shuffled)).toEqual(run(c, ed));
    expect(run(c, ed, [...c.tickets].reverse())).toEqual(run(c, ed));
  });

  test.prop([queueCase(), edition, fc.nat()])("adding or removing a ticket never reorders the others", (c, ed, pick) => {
    fc.pre(c.tickets.length > 0);
    const removed = c.tickets[pick % c.tickets.length]?.id;
    const without = run(c, ed, c.tickets.filter((t) => t.id !== removed));
    expect(ids(without)).toEqual(ids(run(c, ed)).filter((id) => id !== removed));
  });

  test.prop([queueCase(), edition])("buckets appear in the edition's order, each contiguous", (c, ed) => {
    const result = run(c, ed);
    const order: string[] = ed === "handbook2016"
      ? ["emergency", "near_breach_first_reply", "near_breach_next_reply", "assigned_to_you", "new_unassigned", "other_open", "dedicated_to_another_engineer", "solved"]
      : ["emergency", "incident", "account_escalation", "your_starred", "shared_view", "your_other", "rest", "solved"];
    const ranks = result.entries.map((e) => order.indexOf(e.bucket));
    expect(ranks.every((r) => r >= 0)).toBe(true);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  test.prop([queueCase(), edition])("within a bucket ordered by due, a ticket nearer its breach never ranks below one further from it", (c, ed) => {
    const entries = run(c, ed).entries;
    for (const [i, b] of entries.entries()) {
      const a = entries[i - 1];
      if (a?.bucket !== b.bucket || !DUE_ORDERED.has(a.bucket)) continue;
      if (ed === "handbook2016" && a.bucket === "solved") continue;
      const due = (e: typeof a): number => (e.dueAt === null ? Number.POSITIVE_INFINITY : Date.parse(e.dueAt));
      const key = (e: typeof a): number => (ed === "handbook2016" && e.bucket !== "emergency" ? Date.parse(e.reasons[0]?.facts["dueAt"] as string) : due(e));
      expect(key(a)).toBeLessThanOrEqual(key(b));
    }
  });

  test.prop([queueCase(), edition])("2026: the weight never falls as the due instant nears; 2016 has none", (c, ed) => {
    const entries = run(c, ed).entries;
    for (const a of entries) {
      if (ed === "handbook2016") expect(a.weight).toBeUndefined();
      for (const b of entries) {
        if (ed === "gitlab2026" && a.dueAt !== null && b.dueAt !== null && Date.parse(a.dueAt) <= Date.parse(b.dueAt)) {
          expect(a.weight ?? 0).toBeGreaterThanOrEqual(b.weight ?? 0);
        }
      }
    }
  });

  test.prop([queueCase(), edition])("2016: anything close to breaching with someone else owning it names them in courtesyCheckWith", (c, ed) => {
    fc.pre(ed === "handbook2016");
    for (const entry of run(c, ed).entries) {
      const t = c.tickets.find((x) => x.id === entry.ticketId);
      const owner = t?.assignee ?? t?.organization?.dedicatedEngineer ?? (t?.organization?.id === "org-2" ? "me" : null);
      const near = entry.bucket === "near_breach_first_reply" || entry.bucket === "near_breach_next_reply";
      expect(entry.courtesyCheckWith).toBe(near && owner !== null && owner !== "me" ? owner : undefined);
    }
  });

  test.prop([queueCase(12), edition])("does not mutate its input; the output survives JSON", (c, ed) => {
    const copy = structuredClone(c);
    const frozen = deepFreeze(structuredClone(c));
    const result = run(frozen, ed);
    expect(frozen).toEqual(copy);
    expect(roundTrip(result)).toEqual(result);
  });

  const agrees = (ticket: unknown): void => {
    const waiting = new Float64Array(1);
    const fast = checkQueueTicketFast(ticket, waiting, 0);
    const slow = queueTicketSchema.safeParse(ticket);
    if (!Number.isNaN(fast)) {
      expect(slow.success).toBe(true);
      expect(fast).toBe(slow.data?.createdAt);
      expect(Number.isNaN(waiting[0]) ? null : waiting[0]).toBe(slow.data?.waitingSince);
    }
  };

  test.prop([fc.anything(), fc.array(fc.constantFrom("id", "channel", "createdAt", "status", "assignee", "organization", "tags", "events", "severity", "waitingSince", "starred", "priority"), { maxLength: 4 })])(
    "the fast ticket check accepts only what the schema accepts, with the same instants",
    (junk, keys) => {
      const base: Record<string, unknown> = { id: "t1", channel: "ticket", createdAt: "2026-11-18T10:00:00.000Z" };
      for (const key of keys) base[key] = junk;
      agrees(base);
      agrees({ ...base, organization: { id: "o", [keys[0] ?? "plan"]: junk } });
    },
  );

  test.prop([queueCase(20)])("the fast ticket check accepts every generated ticket", (c) => {
    for (const t of c.tickets) {
      expect(Number.isNaN(checkQueueTicketFast(t, new Float64Array(1), 0))).toBe(false);
      agrees(t);
    }
    expect(parseInput(queueTicketSchema, c.tickets[0] ?? { id: "x", channel: "ticket", createdAt: "2026-11-18T10:00:00Z" }).id).toBeTruthy();
  });
});

describe("orderQueue with SLA policies", () => {
  it("evaluates tickets without a report through the SLA engine, and matches precomputed reports", () => {
    const tickets = [
      { id: "sev2", channel: "ticket" as const, createdAt: "2026-11-18T15:00:00Z", severity: 2 as const, organization: { plan: "premium" }, assignee: null },
      { id: "sev4", channel: "ticket" as const, createdAt: "2026-11-18T17:30:00Z", severity: 4 as const, organization: { plan: "premium" }, assignee: null },
    ];
    const options: OrderQueueOptions = { now: NOW, engineer: { id: "me" }, edition: "gitlab2026", policies: gitlab2026 };
    const viaPolicies = orderQueue(tickets, options);
    const reports = Object.fromEntries(tickets.map((t) => [t.id, evaluateSla(t, gitlab2026, NOW)]));
    const viaReports = orderQueue(tickets, { now: NOW, engineer: { id: "me" }, edition: "gitlab2026", reports });
    expect(viaPolicies).toEqual(viaReports);
    expect(viaPolicies.entries.map((e) => e.ticketId)).toEqual(["sev2", "sev4"]);
    expect(viaPolicies.entries[0]?.dueAt).toBe(reports["sev2"]?.metrics.find((m) => m.metric === "first_reply")?.dueAt);
  });
});
