import type { QueueSlaReport } from "../routing/order-queue-options.js";
import type { QueueTicket } from "../routing/queue-ticket.js";
import type { SlaReport } from "../sla/sla-report.js";
import type { TicketRecord } from "./parse-ticket-record.js";
import { ticketAsOf } from "./ticket-as-of.js";

/**
 * What the pick-up order reads of one ticket: the ticket as of `now` (no events) and, of its
 * SLA report, only its running metrics' id, state, due instant and breach. A queue of a million
 * tickets keeps these, not the tickets with their histories and the full reports.
 *
 * @example
 * ```ts
 * const item: QueueItem = { ticket: { id: "T-1", channel: "ticket", createdAt: "2026-11-20T10:00:00Z", status: "open" }, report: { ticketId: "T-1", metrics: [] } };
 * ```
 */
export interface QueueItem {
  /** The ticket as of `now`: status, priority and assignee after its events, and since when the customer waits. */
  readonly ticket: QueueTicket;
  /** The running metrics of its SLA report. */
  readonly report: QueueSlaReport;
}

/**
 * Cuts a valid ticket record with its SLA report down to its {@link QueueItem} at `now`. Metrics
 * that are not running (closed, not started) are left out: ordering reads only running ones.
 *
 * @param record - the valid ticket record with its SLA report as of `now`
 * @param now - the instant the queue is ordered for
 * @returns the queue's view of the ticket
 *
 * @example
 * ```ts
 * queueItemOf(record, new Date("2026-11-20T12:00:00Z")).report.metrics.map((m) => m.metric); // => ["first_reply"]
 * ```
 */
export function queueItemOf(record: TicketRecord & { readonly report: SlaReport }, now: Date): QueueItem {
  const { report } = record;
  const metrics: QueueSlaReport["metrics"][number][] = [];
  for (const m of report.metrics) {
    if (m.state === "active" || m.state === "paused") metrics.push({ metric: m.metric, state: m.state, dueAt: m.dueAt, breached: m.breached });
  }
  return { ticket: ticketAsOf(record.queueTicket, record.ticket, now), report: { ticketId: report.ticketId, metrics } };
}
