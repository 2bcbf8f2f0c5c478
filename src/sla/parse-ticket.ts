import { isPreparedTicket, markTicketPrepared } from "./internal/clocks/prepared.js";
import { validateTicket } from "./internal/validate-ticket.js";
import type { Ticket, TicketInput } from "./ticket.js";

/**
 * Validates a ticket once and returns it parsed and frozen: instants in epoch milliseconds,
 * events sorted (ties in input order), defaults filled. {@link evaluateSla} trusts a ticket
 * returned from here without validating it again, which is the fast path for evaluating the same
 * ticket many times (a queue refresh, a report over an export). The input is not modified.
 *
 * @param input - the ticket, as JSON-able data
 * @returns the parsed ticket, deeply frozen
 * @throws {@link SupportPolicyError} with the path of the first bad field (`unknown_value` for an
 *   unknown status, channel or priority; `missing_field`; `event_before_creation`;
 *   `invalid_instant`; `inconsistent_facts`)
 *
 * @example
 * ```ts
 * const ticket = parseTicket({ id: 7, createdAt: "2026-03-02T09:00:00+01:00", channel: "ticket" });
 * ticket.id; // => "7"
 * ticket.createdAt; // => 1772438400000
 * ```
 */
export function parseTicket(input: TicketInput): Ticket {
  if (isPreparedTicket(input)) return input;
  return markTicketPrepared(validateTicket(input));
}
