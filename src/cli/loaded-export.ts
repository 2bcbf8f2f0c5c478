import type { SlaPolicySet } from "../sla/sla-policy-set.js";
import type { Ticket } from "../sla/ticket.js";

/**
 * An export directory read and imported by `--from` (Zendesk, Fivetran or JSM), as the commands
 * use it: the imported tickets, the export's own policy set, and one line per bad record.
 *
 * @example
 * ```ts
 * const loaded: LoadedExport = loadJsmExport("examples/jsm", io);
 * loaded.fatal; // => false
 * ```
 */
export interface LoadedExport {
  /** The directory, as given. */
  readonly dir: string;
  /** The file the tickets came from, inside the directory, for messages about a ticket. */
  readonly ticketsFile: string;
  /** The import: one result per ticket, and the export's policy set (null when it is bad). */
  readonly imported: {
    readonly tickets: readonly ({ readonly ok: true; readonly id: string; readonly ticket: Ticket } | { readonly ok: false; readonly id: string | null })[];
    readonly policySet: SlaPolicySet | null;
  };
  /** One line per bad record, naming the file, the record and the field. */
  readonly problems: readonly string[];
  /** The export's policies are bad, so no ticket can be evaluated (even with `--keep-going`). */
  readonly fatal: boolean;
}
