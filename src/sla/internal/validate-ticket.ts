import { type Ticket, type TicketInput, ticketSchema } from "../ticket.js";
import { parseFields } from "./clocks/parse-fields.js";
import { parseTicketFast } from "./parse-ticket-fast.js";

/**
 * A raw ticket validated: the fast path's result for a well-formed one, else the schema's (which
 * throws the library's error, its paths under `ticket`). Both give the same ticket.
 *
 * @internal
 */
export function validateTicket(input: TicketInput): Ticket {
  return parseTicketFast(input) ?? parseFields(ticketSchema, input, ["ticket"]);
}
