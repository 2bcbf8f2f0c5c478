// The pick-up order for one engineer, with the reasons for each place.
// Run: npx tsx examples/routing-queue.ts
import { type QueueTicket, orderQueue } from "support-policy/routing";
import { gitlab2026 } from "support-policy/sla";

const now = new Date("2026-11-20T17:30:00Z");

const tickets: QueueTicket[] = [
  { id: "T-1", channel: "ticket", createdAt: "2026-11-20T09:00:00-05:00", severity: 3, organization: { plan: "premium" } },
  { id: "T-2", channel: "emergency", createdAt: "2026-11-20T18:10:00+01:00", severity: 1, emergency: true, organization: { plan: "ultimate" } },
  { id: "T-3", channel: "ticket", createdAt: "2026-11-19T18:00:00Z", severity: 3, assignee: "maria", starred: true, organization: { plan: "ultimate" } },
  { id: "T-4", channel: "ticket", createdAt: "2026-11-20T16:00:00Z", severity: 2, assignee: "kenji", organization: { plan: "premium" } },
  { id: "T-5", channel: "ticket", createdAt: "2026-11-20T15:00:00+10:00", severity: 3, preferredRegion: "apac", organization: { plan: "ultimate" } },
];

// With `policies`, the queue evaluates each ticket's SLA itself; pass `reports` instead when
// they are already computed.
const queue = orderQueue(tickets, { now, engineer: { id: "maria", region: "emea" }, edition: "gitlab2026", policies: gitlab2026 });

for (const entry of queue.entries) {
  console.log(`${entry.position}. ${entry.ticketId} [${entry.bucket}] due ${entry.dueAt ?? "-"}`);
  for (const reason of entry.reasons) console.log(`     ${reason.message}  (${reason.rule})`);
}
