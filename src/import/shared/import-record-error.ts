import type { SupportPolicyErrorCode } from "../../shared/errors.js";

/**
 * One bad record of a helpdesk export: which part of the export it came from, which record, which
 * field, and what is wrong. It never stops the other records. Each importer names its parts
 * (`Source`): the Zendesk importer's errors are `ImportRecordError<ZendeskSource>`, the JSM
 * importer's `ImportRecordError<JsmSource>`.
 *
 * @typeParam Source - the parts of the export, named as the CLI's files for them (without `.json`)
 *
 * @example
 * ```ts
 * const error: ImportRecordError<"tickets" | "ticket_audits"> = {
 *   source: "ticket_audits", record: "audit 9001 (ticket 17)", path: ["events", 2, "value"],
 *   code: "unknown_value", message: 'Unknown status "archived"',
 * };
 * ```
 */
export interface ImportRecordError<Source extends string = string> {
  /** The part of the export. */
  readonly source: Source;
  /** The record, for people: `ticket 17`, `audit 9001 (ticket 17)`, `issue SUP-7`, `the SLA configuration`. */
  readonly record: string;
  /** The field inside the record (`[]`: the record as a whole). */
  readonly path: readonly (string | number)[];
  /** The kind of problem. */
  readonly code: SupportPolicyErrorCode;
  /** What is wrong. */
  readonly message: string;
}
