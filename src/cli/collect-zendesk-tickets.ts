import type { QueueTicket } from "../routing/queue-ticket.js";
import { evaluateSla } from "../sla/evaluate-sla.js";
import type { Ticket } from "../sla/ticket.js";
import type { CollectedTickets } from "./collect-tickets.js";
import { describeRecordError } from "./describe-record-error.js";
import type { LoadedExport } from "./loaded-export.js";

/** The queue's view of an imported ticket: its creation values; `ticketAsOf` applies the events. */
function queueTicketOf(ticket: Ticket): QueueTicket {
  return {
    id: ticket.id,
    channel: ticket.channel,
    createdAt: new Date(ticket.createdAt),
    status: ticket.status,
    priority: ticket.priority,
    severity: ticket.severity,
    assignee: ticket.assignee,
    organization: { ...(ticket.organization.id === undefined ? {} : { id: ticket.organization.id }), plan: ticket.organization.plan, supportLevel: ticket.organization.supportLevel, tags: [...ticket.organization.tags] },
    form: ticket.form,
    tags: [...ticket.tags],
    events: [],
  };
}

/**
 * The imported tickets of an export (Zendesk, Fivetran or JSM) with their SLA reports as of
 * `now` (against the export's own SLA policies and schedules, or SLA configuration), in the shape {@link collectTickets} gives for a
 * ticket file, plus the export's problem lines and one per ticket that cannot be evaluated (one
 * created after `now`). Call only when the export's policy set could be built.
 *
 * @param loaded - the export, as `--from` read it (`loadZendeskExport`, `loadJsmExport`, ...)
 * @param now - the instant to evaluate at
 * @param verbose - `--verbose`: a bad record's problem lists every issue, one a line
 * @returns the tickets with their reports, and every problem line
 *
 * @example
 * ```ts
 * const { tickets, problems } = collectZendeskTickets(loadZendeskExport("examples/zendesk", io), new Date("2026-03-20T12:00:00Z"));
 * ```
 */
export function collectZendeskTickets(loaded: LoadedExport, now: Date, verbose = false): CollectedTickets {
  const { policySet } = loaded.imported;
  const problems = [...loaded.problems];
  const tickets: CollectedTickets["tickets"][number][] = [];
  const notYetCreated: CollectedTickets["notYetCreated"][number][] = [];
  if (policySet === null) return { tickets, problems, notYetCreated };
  for (const entry of loaded.imported.tickets) {
    if (!entry.ok) continue;
    // A replay "as of" a moment before the ticket existed: listed, not evaluated, not an error.
    if (entry.ticket.createdAt > now.getTime()) {
      notYetCreated.push({ id: entry.ticket.id, createdAt: new Date(entry.ticket.createdAt).toISOString() });
      continue;
    }
    try {
      tickets.push({ ticket: entry.ticket, queueTicket: queueTicketOf(entry.ticket), report: evaluateSla(entry.ticket, policySet, now) });
    } catch (error) {
      problems.push(describeRecordError(`${loaded.dir}/${loaded.ticketsFile}`, `ticket ${entry.id}`, undefined, error, verbose));
    }
  }
  return { tickets, problems, notYetCreated };
}
