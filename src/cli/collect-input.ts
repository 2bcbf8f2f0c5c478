import type { SlaPolicySet } from "../sla/sla-policy-set.js";
import type { CliIo } from "./cli-io.js";
import { type CollectedTickets, collectTickets } from "./collect-tickets.js";
import { collectZendeskTickets } from "./collect-zendesk-tickets.js";
import type { LoadedExport } from "./loaded-export.js";
import { openSource } from "./open-source.js";
import { streamRecords } from "./read-records.js";

/**
 * The tickets of a command's input with their SLA reports as of `now`: the imported tickets of
 * a `--from` export, or else the records of the file (or standard input), read one at a time by
 * the one record reader. `source` names the input in messages.
 *
 * @param file - the file argument (absent or `-`: standard input); not read under `--from`
 * @param loaded - the export loaded by `--from`, if any
 * @param policySet - the policies for records read from the file
 * @param now - the instant the reports are evaluated at
 * @param io - where files are read from
 * @param verbose - `--verbose`: a bad record's problem lists every issue, one a line
 * @returns the evaluated tickets, one line per bad record, and the input's name
 *
 * @example
 * ```ts
 * collectInput("examples/tickets.json", undefined, gitlab2026, now, io).source; // => "examples/tickets.json"
 * ```
 */
export function collectInput(file: string | undefined, loaded: LoadedExport | undefined, policySet: SlaPolicySet, now: Date, io: CliIo, verbose = false): CollectedTickets & { readonly source: string } {
  if (loaded !== undefined) return { ...collectZendeskTickets(loaded, now, verbose), source: loaded.dir };
  const input = openSource(file, io);
  return { ...collectTickets(streamRecords(input.chunks, input.source), input.source, policySet, now, verbose), source: input.source };
}
