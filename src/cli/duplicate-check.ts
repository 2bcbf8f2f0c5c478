import { SupportPolicyError } from "../shared/errors.js";
import { describeRecordError } from "./describe-record-error.js";
import { idRegistry } from "./id-registry.js";
import type { InputRecord } from "./read-records.js";

/**
 * The check of each record against the records before it, in input order: a record whose valid
 * ticket repeats the id of an earlier evaluated ticket is a problem of its own, whatever its
 * evaluation gave. Only a record that was evaluated claims its id: a rejected one must not make a
 * later valid record with the same id a duplicate. Ids are kept in an {@link idRegistry}, so a
 * million tickets cost about 20 MB, outside the JavaScript heap.
 *
 * @param source - the file name, or `stdin`, for the error lines
 * @returns the check: the record, its ticket's id (when it is a valid ticket) and its problem
 *   (when it has one) in; the record's final problem line out, or undefined when it is valid
 *
 * @example
 * ```ts
 * const check = duplicateCheck("t.ndjson");
 * check({ label: "line 1", value: { id: "T-1" } }, "T-1", undefined); // => undefined
 * check({ label: "line 2", value: { id: "T-1" } }, "T-1", undefined);
 * // => 't.ndjson: line 2 (id "T-1"): id: Ticket id "T-1" already appears in line 1'
 * ```
 */
export function duplicateCheck(source: string): (record: InputRecord, id: string | undefined, problem: string | undefined) => string | undefined {
  const seen = idRegistry();
  return (record, id, problem) => {
    if (id !== undefined && !("error" in record)) {
      const earlier = seen.earlier(id);
      if (earlier !== undefined) {
        // Stryker disable next-line StringLiteral: reported by path and message; the code is never shown
        const error = new SupportPolicyError([{ code: "duplicate_id", path: ["id"], message: `Ticket id "${id}" already appears in ${earlier}` }]);
        return describeRecordError(source, record.label, record.value, error);
      }
      if (problem === undefined) seen.add(id, record.label);
    }
    return problem;
  };
}
