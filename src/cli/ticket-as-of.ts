import type { QueueTicket } from "../routing/queue-ticket.js";
import type { Ticket } from "../sla/ticket.js";

/**
 * The queue's view of a ticket at `now`: a ticket record holds the status, priority and
 * assignee it was created with plus later changes as events (the SLA engine's model), while
 * the pick-up order needs their values at `now`, so the events up to `now` are applied. When
 * the record does not say since when the customer has waited, it is derived from the history:
 * the first public customer comment after the last public agent reply, or the creation while no
 * agent has replied publicly (docs/rules.md §3 "FIFO"). A public agent reply moves a New ticket to
 * Open, as Zendesk does, so a ticket an agent has answered is never "new unassigned".
 *
 * @param queueTicket - the record as the queue reads it
 * @param ticket - the same record parsed by the SLA engine (events sorted, instants in ms)
 * @param now - the instant the queue is ordered for
 * @returns the queue ticket as of `now`
 *
 * @example
 * ```ts
 * ticketAsOf(record.queueTicket, record.ticket, new Date("2026-11-20T12:00:00Z")).status; // => "pending"
 * ```
 */
export function ticketAsOf(queueTicket: QueueTicket, ticket: Ticket, now: Date): QueueTicket {
  const at = now.getTime();
  let status = ticket.status;
  let priority = ticket.priority;
  let assignee = ticket.assignee;
  let lastAgentReply: number | null = null;
  let waitingSince: number | null = ticket.createdAt;
  for (const event of ticket.events) {
    if (event.at > at) break;
    switch (event.type) {
      case "status_change":
        status = event.status;
        break;
      case "priority_change":
        priority = event.priority;
        break;
      case "assignee_change":
        assignee = event.assignee;
        break;
      case "comment":
        if (!event.public || event.automated) break;
        if (event.author === "agent") {
          // Zendesk never leaves a ticket New once an agent has replied: the reply opens it.
          if (status === "new") status = "open";
          lastAgentReply = event.at;
          waitingSince = null;
          // Stryker disable next-line ConditionalExpression: the wait is null only after an agent reply, so lastAgentReply is then never null
        } else if (waitingSince === null && lastAgentReply !== null) {
          waitingSince = event.at;
        }
        break;
      // Stryker disable StringLiteral,ConditionalExpression: these events change nothing the queue reads; the switch has no default, so unmatched they do nothing too
      case "created":
      case "severity_change":
      case "field_change":
      case "tags_change":
      case "calendar_change":
        break;
      // Stryker restore StringLiteral,ConditionalExpression
    }
  }
  const derivedWaiting = waitingSince === null ? null : new Date(waitingSince).toISOString();
  return {
    ...queueTicket,
    status,
    priority,
    assignee,
    waitingSince: queueTicket.waitingSince ?? derivedWaiting,
  };
}
