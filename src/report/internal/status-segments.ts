import type { Ticket } from "../../sla/ticket.js";
import type { TicketStatus } from "../../sla/sla-vocabulary.js";

/**
 * One stretch of a ticket's history with a single status, in epoch milliseconds; `to` is the
 * next status change, or `now` for the last one.
 */
export interface StatusSegment {
  readonly from: number;
  readonly to: number;
  readonly status: TicketStatus;
}

/**
 * The ticket's statuses from its creation to `now`: the status it was created with, then each
 * status change up to `now` (events after `now` are not yet known to the report). A change to
 * the status the ticket already has starts nothing; changes at the same instant leave the last.
 */
export function statusSegments(ticket: Ticket, now: number): StatusSegment[] {
  const segments: StatusSegment[] = [];
  let from = ticket.createdAt;
  let status = ticket.status;
  for (const event of ticket.events) {
    if (event.at > now) break;
    if (event.type !== "status_change" || event.status === status) continue;
    if (event.at > from) segments.push({ from, to: event.at, status });
    from = event.at;
    status = event.status;
  }
  segments.push({ from, to: Math.max(from, now), status });
  return segments;
}
