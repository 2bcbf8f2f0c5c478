import type { SlaPolicySet } from "../sla/sla-policy-set.js";
import type { SlaReport } from "../sla/sla-report.js";
import { duplicateCheck } from "./duplicate-check.js";
import { type NotYetCreated, evaluateTicketRecord } from "./evaluate-ticket-record.js";
import type { InputRecord } from "./read-records.js";
import type { TicketRecord } from "./parse-ticket-record.js";

/**
 * One record's outcome: the valid ticket with its SLA report, or the line describing the problem.
 *
 * @example
 * ```ts
 * const outcome: TicketOutcome = { problem: 't.json: line 2: malformed JSON at column 1: Unexpected token' };
 * ```
 */
export type TicketOutcome = { readonly ticket: TicketRecord & { readonly report: SlaReport } } | { readonly notYetCreated: NotYetCreated } | { readonly problem: string };

/**
 * A function that validates one ticket record at a time and evaluates its SLA as of `now`
 * (docs/rules.md §2), for inputs read a record at a time: what {@link collectTickets} does to
 * each record. It remembers only each evaluated ticket's id and label, compactly, to report a repeated one
 * ({@link evaluateTicketRecord} then {@link duplicateCheck}).
 *
 * @param source - the file name, or `stdin`, for the error lines
 * @param policySet - the edition or your own policies
 * @param now - the instant to evaluate at
 * @param verbose - `--verbose`: a bad record's problem lists every issue, one a line
 * @returns the evaluator: a record in, its outcome out
 *
 * @example
 * ```ts
 * const evaluate = ticketEvaluator("t.ndjson", gitlab2026, new Date("2026-11-20T10:00:00Z"));
 * for (const record of streamRecords(chunks, "t.ndjson")) console.log(evaluate(record));
 * ```
 */
export function ticketEvaluator(source: string, policySet: SlaPolicySet, now: Date, verbose = false): (record: InputRecord) => TicketOutcome {
  const check = duplicateCheck(source);
  return (record) => {
    const evaluated = evaluateTicketRecord(source, policySet, now, record, verbose);
    const problem = check(record, evaluated.id, "problem" in evaluated ? evaluated.problem : undefined);
    if (problem !== undefined) return { problem };
    if ("notYetCreated" in evaluated) return { notYetCreated: evaluated.notYetCreated };
    return { ticket: (evaluated as { readonly ticket: TicketRecord & { readonly report: SlaReport } }).ticket };
  };
}
