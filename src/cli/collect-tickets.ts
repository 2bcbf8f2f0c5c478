import type { SlaPolicySet } from "../sla/sla-policy-set.js";
import type { SlaReport } from "../sla/sla-report.js";
import type { InputRecord } from "./read-records.js";
import type { TicketRecord } from "./parse-ticket-record.js";
import type { NotYetCreated } from "./evaluate-ticket-record.js";
import { ticketEvaluator } from "./ticket-evaluator.js";

/**
 * The valid tickets of an input with their SLA reports, and one line per bad record.
 *
 * @example
 * ```ts
 * const collected: CollectedTickets = { tickets: [], notYetCreated: [], problems: ['t.json: record 1: createdAt: Missing required field "createdAt"'] };
 * ```
 */
export interface CollectedTickets {
  /** The valid tickets, in input order, each with its SLA report as of `now`. */
  readonly tickets: readonly (TicketRecord & { readonly report: SlaReport })[];
  /** One line per bad record, in input order. */
  readonly problems: readonly string[];
  /**
   * The tickets created after `now`, in input order: a replay "as of" an earlier moment lists
   * them as not yet created rather than failing them. Their ids still count for duplicates.
   */
  readonly notYetCreated: readonly NotYetCreated[];
}

/**
 * Validates every ticket record and evaluates its SLA as of `now` (docs/rules.md §2), keeping going
 * past bad records so each gets its own line: a record that is not JSON, fails the ticket
 * schema, or repeats an earlier id. A ticket created after `now` is no error: it is listed in
 * `notYetCreated` and not evaluated. An unexpected error while
 * evaluating one record (a bug) is reported on that record's line as an internal error, and
 * never loses the other records.
 *
 * @param records - the input's records
 * @param source - the file name, or `stdin`, for the error lines
 * @param policySet - the edition or your own policies
 * @param now - the instant to evaluate at
 * @param verbose - `--verbose`: a bad record's problem lists every issue, one a line
 * @returns the valid tickets with their reports, and the problems
 *
 * @example
 * ```ts
 * const { tickets, problems } = collectTickets(readRecords(text, "t.json"), "t.json", gitlab2026, new Date("2026-11-20T10:00:00Z"));
 * tickets[0]?.report.policyId; // => "priority_support"
 * ```
 */
export function collectTickets(records: Iterable<InputRecord>, source: string, policySet: SlaPolicySet, now: Date, verbose = false): CollectedTickets {
  const tickets: (TicketRecord & { report: SlaReport })[] = [];
  const problems: string[] = [];
  const notYetCreated: NotYetCreated[] = [];
  const evaluate = ticketEvaluator(source, policySet, now, verbose);
  for (const record of records) {
    const outcome = evaluate(record);
    if ("problem" in outcome) problems.push(outcome.problem);
    else if ("notYetCreated" in outcome) notYetCreated.push(outcome.notYetCreated);
    else tickets.push(outcome.ticket);
  }
  return { tickets, problems, notYetCreated };
}
