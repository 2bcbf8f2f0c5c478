import type { SlaPolicySet } from "../sla/sla-policy-set.js";
import type { SlaReport } from "../sla/sla-report.js";
import { evaluateSla } from "../sla/evaluate-sla.js";
import { describeRecordError } from "./describe-record-error.js";
import type { InputRecord } from "./read-records.js";
import { parseTicketRecord, type TicketRecord } from "./parse-ticket-record.js";

/**
 * A ticket created after the instant a replay is "as of": not an error, it did not exist yet.
 *
 * @example
 * ```ts
 * const later: NotYetCreated = { id: "L-3", createdAt: "2026-11-21T00:00:00.000Z" };
 * ```
 */
export interface NotYetCreated {
  /** The ticket's id. */
  readonly id: string;
  /** Its creation, ISO 8601 UTC. */
  readonly createdAt: string;
}

/**
 * One record validated and evaluated on its own, before any check against the other records:
 * its ticket with the SLA report, or the line describing its problem; `id` is the ticket's id
 * whenever the record was a valid ticket, even one whose evaluation then failed, so that a
 * repeated id can still be reported (see {@link duplicateCheck}); a ticket created after `now`
 * is not evaluated but listed as not yet created, and its id counts for duplicates too.
 *
 * @example
 * ```ts
 * const evaluated: RecordEvaluation = { problem: "t.ndjson: line 2: malformed JSON at column 1: Unexpected token" };
 * ```
 */
export type RecordEvaluation =
  | {
      /** The ticket's id. */
      readonly id: string;
      /** A ticket created after `now`: not evaluated, and no error. */
      readonly notYetCreated: NotYetCreated;
    }
  | {
      /** The ticket's id. */
      readonly id: string;
      /** The valid ticket with its report. */
      readonly ticket: TicketRecord & { readonly report: SlaReport };
    }
  | {
      /** The ticket's id, when the record was a valid ticket. */
      readonly id?: string;
      /** The line describing the problem. */
      readonly problem: string;
    };

/**
 * Validates one ticket record and evaluates its SLA as of `now` (docs/rules.md §2), alone: the
 * part of reading an input that can run on any thread, in any order. Whatever the record raises,
 * even an error that is a bug, costs that record only: it gets its line.
 *
 * @param source - the file name, or `stdin`, for the error lines
 * @param policySet - the edition or your own policies
 * @param now - the instant to evaluate at
 * @param record - the record as read
 * @param verbose - `--verbose`: the problem lists every issue of the record (see {@link describeRecordError})
 * @returns the ticket with its report, or the problem
 *
 * @example
 * ```ts
 * evaluateTicketRecord("t.ndjson", gitlab2026, now, { label: "line 1", value: { id: "T-1", createdAt: "2026-11-20T10:00:00Z", channel: "ticket" } }).id;
 * // => "T-1"
 * ```
 */
export function evaluateTicketRecord(source: string, policySet: SlaPolicySet, now: Date, record: InputRecord, verbose = false): RecordEvaluation {
  if ("error" in record) return { problem: `${source}: ${record.label}: ${record.error}` };
  let id: string | undefined;
  try {
    const parsed = parseTicketRecord(record.value);
    id = parsed.ticket.id;
    // A replay "as of" a moment before the ticket existed lists it as not yet created.
    if (parsed.ticket.createdAt > now.getTime()) return { id, notYetCreated: { id, createdAt: new Date(parsed.ticket.createdAt).toISOString() } };
    return { id, ticket: { ...parsed, report: evaluateSla(parsed.ticket, policySet, now) } };
  } catch (error) {
    const problem = describeRecordError(source, record.label, record.value, error, verbose);
    return id === undefined ? { problem } : { id, problem };
  }
}
