// Tickets and SLA reports for the queue's example tests, placed in hours around NOW.
import type { QueueSlaReport } from "../../src/routing/order-queue-options.js";
import type { QueueTicket } from "../../src/routing/queue-ticket.js";
import { NOW } from "./arbitraries.js";

export { NOW };

/** The instant `hours` after NOW (before it when negative), as ISO 8601. */
export const h = (hours: number): string => new Date(NOW.getTime() + hours * 3_600_000).toISOString();

/** A report whose first reply is running and due in `hours` (breached when negative). */
export const firstDue = (hours: number): QueueSlaReport => ({ metrics: [{ metric: "first_reply", state: "active", dueAt: h(hours), breached: hours < 0 }] });

/** A report whose first reply is met and whose next reply is due in `hours` (breached when negative). */
export const nextDue = (hours: number): QueueSlaReport => ({
  metrics: [
    { metric: "first_reply", state: "closed", dueAt: h(-40), breached: false },
    { metric: "next_reply", state: "active", dueAt: h(hours), breached: hours < 0 },
  ],
});

/** An open ticket created ten hours before NOW. */
export const ticket = (id: string, extra: Partial<QueueTicket> = {}): QueueTicket => ({ id, channel: "ticket", createdAt: h(-10), status: "open", ...extra });
