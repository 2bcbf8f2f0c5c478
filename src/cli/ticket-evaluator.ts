import { SupportPolicyError } from "../shared/errors.js";
import { evaluateSla } from "../sla/evaluate-sla.js";
import type { SlaPolicySet } from "../sla/sla-policy-set.js";
import type { SlaReport } from "../sla/sla-report.js";
import { describeRecordError } from "./describe-record-error.js";
import type { InputRecord } from "./read-records.js";
import { parseTicketRecord, type TicketRecord } from "./parse-ticket-record.js";

/**
 * One record's outcome: the valid ticket with its SLA report, or the line describing the problem.
 *
 * @example
 * ```ts
 * const outcome: TicketOutcome = { problem: 't.json: line 2: malformed JSON at column 1: Unexpected token' };
 * ```
 */
export type TicketOutcome = { readonly ticket: TicketRecord & { readonly report: SlaReport } } | { readonly problem: string };

/**
 * A function that validates one ticket record at a time and evaluates its SLA as of `now`
 * (docs/rules.md §2), for inputs read a record at a time: what {@link collectTickets} does to
 * each record. It remembers only each evaluated ticket's id, to report a repeated one.
 *
 * @param source - the file name, or `stdin`, for the error lines
 * @param policySet - the edition or your own policies
 * @param now - the instant to evaluate at
 * @returns the evaluator: a record in, its outcome out
 *
 * @example
 * ```ts
 * const evaluate = ticketEvaluator("t.ndjson", gitlab2026, new Date("2026-11-20T10:00:00Z"));
 * for (const record of streamRecords(chunks, "t.ndjson")) console.log(evaluate(record));
 * ```
 */
export function ticketEvaluator(source: string, policySet: SlaPolicySet, now: Date): (record: InputRecord) => TicketOutcome {
  const seen = new Map<string, string>();
  return (record) => {
    if ("error" in record) return { problem: `${source}: ${record.label}: ${record.error}` };
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
      return { ticket: { ...parsed, report } };
    } catch (error) {
      // Whatever a record raises, even an error that is a bug, costs that record only: it gets
      // its line and the others are still evaluated.
      return { problem: describeRecordError(source, record.label, record.value, error) };
    }
  };
}
