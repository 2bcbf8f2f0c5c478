import type { Ticket } from "../../sla/ticket.js";
import type { ImportRecordError } from "./import-record-error.js";

/**
 * One ticket of a helpdesk export (a Zendesk ticket, a JSM issue): converted and validated, or the
 * errors that kept it out.
 *
 * @typeParam Source - the parts of the export its errors name (see {@link ImportRecordError})
 *
 * @example
 * ```ts
 * const result: ImportTicketResult<"tickets"> = { ok: false, id: "17", errors: [] };
 * ```
 */
export type ImportTicketResult<Source extends string = string> =
  | {
      /** Converted. */
      readonly ok: true;
      /** The ticket's id (for a JSM issue, its key). */
      readonly id: string;
      /** The ticket, parsed (as `parseTicket` returns it), ready for `evaluateSla`. */
      readonly ticket: Ticket;
    }
  | {
      /** Not converted. */
      readonly ok: false;
      /** The ticket's id (for a JSM issue, its key), when the record gives one. */
      readonly id: string | null;
      /** Why, at least one. */
      readonly errors: readonly ImportRecordError<Source>[];
    };
