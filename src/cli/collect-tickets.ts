import { SupportPolicyError } from "../shared/errors.js";
import { evaluateSla } from "../sla/evaluate-sla.js";
import type { SlaPolicySet } from "../sla/sla-policy-set.js";
import type { SlaReport } from "../sla/sla-report.js";
import { describeRecordError } from "./describe-record-error.js";
import type { InputRecord } from "./read-records.js";
import { parseTicketRecord, type TicketRecord } from "./parse-ticket-record.js";

/**
 * The valid tickets of an input with their SLA reports, and one line per bad record.
 *
 * @example
 * ```ts
 * const collected: CollectedTickets = { tickets: [], problems: ['t.json: record 1: createdAt: Missing required field "createdAt"'] };
 * ```
 */
export interface CollectedTickets {
  /** The valid tickets, in input order, each with its SLA report as of `now`. */
  readonly tickets: readonly (TicketRecord & { readonly report: SlaReport })[];
  /** One line per bad record, in input order. */
  readonly problems: readonly string[];
}

/**
 * Validates every ticket record and evaluates its SLA as of `now` (docs/rules.md §2), keeping going
 * past bad records so each gets its own line: a record that is not JSON, fails the ticket
 * schema, repeats an earlier id, or was created after `now`. An unexpected error while
 * evaluating one record (a bug) is reported on that record's line as an internal error, and
 * never loses the other records.
 *
 * @param records - the input's records
 * @param source - the file name, or `stdin`, for the error lines
 * @param policySet - the edition or your own policies
 * @param now - the instant to evaluate at
 * @returns the valid tickets with their reports, and the problems
 *
 * @example
 * ```ts
 * const { tickets, problems } = collectTickets(readRecords(text, "t.json"), "t.json", gitlab2026, new Date("2026-11-20T10:00:00Z"));
 * tickets[0]?.report.policyId; // => "priority_support"
 * ```
 */
export function collectTickets(records: readonly InputRecord[], source: string, policySet: SlaPolicySet, now: Date): CollectedTickets {
  const tickets: (TicketRecord & { report: SlaReport })[] = [];
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const record of records) {
    if ("error" in record) {
      problems.push(`${source}: ${record.label}: ${record.error}`);
      continue;
    }
    try {
      const parsed = parseTicketRecord(record.value);
      const earlier = seen.get(parsed.ticket.id);
      if (earlier !== undefined) {
        // Stryker disable next-line StringLiteral: caught below and reported by path and message; the code is never shown
        throw new SupportPolicyError([{ code: "duplicate_id", path: ["id"], message: `Ticket id "${parsed.ticket.id}" already appears in ${earlier}` }]);
      }
      const report = evaluateSla(parsed.ticket, policySet, now);
      // Only a record that was evaluated claims its id: a rejected one must not make a later
      // valid record with the same id a duplicate.
      seen.set(parsed.ticket.id, record.label);
      tickets.push({ ...parsed, report });
    } catch (error) {
      // Whatever a record raises, even an error that is a bug, costs that record only: it gets
      // its line and the others are still evaluated.
      problems.push(describeRecordError(source, record.label, record.value, error));
    }
  }
  return { tickets, problems };
}
