// An SLA report over a ticket export, and the imminent-breach warnings a chat bot would post.
// Run: npx tsx examples/sla-report.ts
import { readFileSync } from "node:fs";
import { SupportPolicyError, type TicketInput, breachWarnings, evaluateSla, gitlab2026, parseTicket } from "support-policy/sla";

const now = new Date("2026-11-20T17:30:00Z");
const exported = JSON.parse(readFileSync(new URL("./tickets.json", import.meta.url), "utf8")) as Record<string, unknown>[];

// The export also carries routing-only fields (starred, preferredRegion, ...) that the SLA engine's
// strict ticket schema does not accept: keep the SLA fields.
const ROUTING_ONLY = new Set(["emergency", "incident", "accountEscalation", "starred", "preferredRegion", "waitingSince"]);
const slaFields = (record: Record<string, unknown>): TicketInput => {
  const ticket = Object.fromEntries(Object.entries(record).filter(([key]) => !ROUTING_ONLY.has(key)));
  if (typeof ticket["organization"] === "object" && ticket["organization"] !== null) {
    ticket["organization"] = Object.fromEntries(Object.entries(ticket["organization"]).filter(([key]) => key !== "dedicatedEngineer"));
  }
  return ticket as unknown as TicketInput;
};

const reports = exported.flatMap((record, index) => {
  try {
    // parseTicket validates once; evaluateSla trusts its result, which is the fast path for a refresh loop.
    return [evaluateSla(parseTicket(slaFields(record)), gitlab2026, now)];
  } catch (error) {
    if (error instanceof SupportPolicyError) {
      console.error(`record ${index + 1}: ${error.path.join(".")}: ${error.message}`);
      return [];
    }
    throw error;
  }
});

for (const report of reports) {
  const firstReply = report.metrics.find((metric) => metric.metric === "first_reply");
  console.log(
    `${report.ticketId}  ${(report.policyId ?? report.outcome).padEnd(20)} first reply: ${firstReply?.state ?? "-"}${firstReply?.breached === true ? " (breached)" : ""}`,
  );
}

// "An email is sent to everyone in the support team when an SLA breach is imminent": the same
// list, ready to post to a chat channel.
for (const warning of breachWarnings(reports, now, { hours: 1 })) {
  console.log(`:warning: ${warning.ticketId}: ${warning.metric} due ${warning.dueAt}, in ${Math.round(warning.inMs / 60_000)} min`);
}
