import type { OrderedQueue } from "../routing/order-queue.js";
import type { Duration } from "../sla/duration.js";
import type { SlaPolicySet } from "../sla/sla-policy-set.js";
import type { SlaReport } from "../sla/sla-report.js";
import type { InstantInput, Ticket, TicketInput } from "../sla/ticket.js";

/**
 * One ticket of the page: the ticket (as written, or parsed by `parseTicket`) and its SLA report
 * as of the page's `now` (from `evaluateSla` with the page's policy set).
 *
 * @example
 * ```ts
 * const ticket = parseTicket({ id: "T-1", createdAt: "2026-03-02T09:00:00Z", channel: "ticket", priority: "high" });
 * const entry: SlaReportPageTicket = { ticket, report: evaluateSla(ticket, gitlab2026, new Date("2026-03-02T12:00:00Z")) };
 * ```
 */
export interface SlaReportPageTicket {
  /** The ticket, with the history the report was computed from. */
  readonly ticket: TicketInput | Ticket;
  /** Its SLA report; its `ticketId` and `evaluatedAt` must match the ticket and the page's `now`. */
  readonly report: SlaReport;
}

/**
 * An engineer's pick-up order to show on the page, as `orderQueue` returned it.
 *
 * @example
 * ```ts
 * const queue: SlaReportPageQueue = { engineer: "maria", order: orderQueue(tickets, { now, engineer: { id: "maria" }, reports }) };
 * ```
 */
export interface SlaReportPageQueue {
  /** The engineer the order is for, as the page names them. */
  readonly engineer: string;
  /** The ordered queue. */
  readonly order: OrderedQueue;
}

/**
 * What {@link renderSlaReportPage} draws: the tickets with their reports, the policy set they
 * were evaluated with (its calendars shade the open hours, its targets say which statuses
 * paused each cycle), the instant `now`, and optionally an engineer's queue.
 *
 * @example
 * ```ts
 * const input: SlaReportPageInput = { now: "2026-03-02T12:00:00Z", policySet: gitlab2026, tickets: [], timeZone: "Europe/Berlin" };
 * ```
 */
export interface SlaReportPageInput {
  /** The instant the reports were computed for: an ISO 8601 instant with an offset, a `Date` or epoch ms. */
  readonly now: InstantInput;
  /** The edition or your own policies (`prepareSlaPolicies`) the reports come from. */
  readonly policySet: SlaPolicySet;
  /** The tickets, in the order the page lists them. */
  readonly tickets: readonly SlaReportPageTicket[];
  /** The IANA zone every instant is shown in (default `"UTC"`). */
  readonly timeZone?: string | undefined;
  /** The page's heading (default `"SLA report"`). */
  readonly title?: string | undefined;
  /** How soon a running metric's due instant puts it on the about-to-breach list (default 60 minutes). */
  readonly aboutToBreachWithin?: Duration | undefined;
  /** An engineer's pick-up order, shown after the summary. */
  readonly queue?: SlaReportPageQueue | undefined;
}
