// Orders 100,000 tickets and compares the time with Array.prototype.sort on 100,000 numbers,
// measured in the same run; also times the whole path from raw tickets through the SLA engine.
import { orderQueue } from "../src/routing/order-queue.js";
import type { QueueSlaReport } from "../src/routing/order-queue-options.js";
import type { QueueTicket } from "../src/routing/queue-ticket.js";
import { consume, measure, printTable } from "./lib/measure.js";

const N = 100_000;
const HOUR = 3_600_000;
const now = new Date("2026-11-18T18:00:00.000Z");
const base = now.getTime() - 48 * HOUR;

// A deterministic generator, so every run orders the same queue.
let seed = 42;
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
}

const CHANNELS = ["ticket", "ticket", "ticket", "twitter", "contact_form", "forum", "emergency", "internal", "disqus"] as const;
const ASSIGNEES = ["me", null, null, "bob", "carol"] as const;
const tickets: QueueTicket[] = [];
const reports: Record<string, QueueSlaReport> = {};
for (let i = 0; i < N; i++) {
  const id = `t${i}`;
  const createdAt = base + Math.floor(random() * 47 * HOUR);
  const firstDue = createdAt + Math.floor(random() * 24 * HOUR);
  const replied = random() < 0.6;
  tickets.push({
    id,
    channel: CHANNELS[Math.floor(random() * CHANNELS.length)] ?? "ticket",
    createdAt: new Date(createdAt).toISOString(),
    status: replied ? "open" : "new",
    assignee: ASSIGNEES[Math.floor(random() * ASSIGNEES.length)] ?? null,
    starred: random() < 0.02,
    preferredRegion: random() < 0.3 ? "apac" : null,
  });
  reports[id] = {
    ticketId: id,
    metrics: [
      { metric: "first_reply", state: replied ? "achieved" : "active", dueAt: new Date(firstDue).toISOString(), breached: !replied && firstDue < now.getTime() },
      {
        metric: "next_reply",
        state: replied ? "active" : "inactive",
        dueAt: replied ? new Date(createdAt + Math.floor(random() * 30 * HOUR)).toISOString() : null,
        breached: false,
      },
    ],
  };
}
const numbers = Array.from({ length: N }, () => random());

const engineer = { id: "me", region: "emea" } as const;
const rows: string[][] = [];
const baseline = measure("Array.prototype.sort, 100,000 numbers", () => [...numbers].sort((a, b) => a - b), 2000);
const cases = [
  measure("orderQueue 2016, 100,000 tickets, precomputed reports", () => orderQueue(tickets, { now, engineer, edition: "handbook2016", reports }), 3000),
  measure("orderQueue 2026, 100,000 tickets, precomputed reports", () => orderQueue(tickets, { now, engineer, edition: "gitlab2026", reports }), 3000),
];
for (const m of [baseline, ...cases]) {
  rows.push([m.name, (m.nsPerOp / 1e6).toFixed(1), (m.nsPerOp / baseline.nsPerOp).toFixed(2)]);
}
printTable(["case", "ms per run", "× sort"], rows);
consume(rows);
