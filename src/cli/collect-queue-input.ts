import type { SlaPolicySet } from "../sla/sla-policy-set.js";
import type { CliIo } from "./cli-io.js";
import { collectZendeskTickets } from "./collect-zendesk-tickets.js";
import type { LoadedExport } from "./loaded-export.js";
import { openSource } from "./open-source.js";
import { progressLine } from "./progress-line.js";
import { type QueueItem, queueItemOf } from "./queue-item-of.js";
import { streamRecords } from "./read-records.js";
import type { NotYetCreated } from "./evaluate-ticket-record.js";
import { ticketEvaluator } from "./ticket-evaluator.js";

/**
 * The tickets of `support-policy queue`'s input as the pick-up order reads them (docs/rules.md §3):
 * each valid ticket cut down to its {@link QueueItem} as soon as it is evaluated, so a million
 * tickets are held as a million small records instead of whole tickets with full reports; one
 * line per bad record. The records are those {@link collectInput} reads: the `--from` export's
 * imported tickets, or the file's records read one at a time.
 *
 * @param file - the file argument (absent or `-`: standard input); not read under `--from`
 * @param loaded - the export loaded by `--from`, if any
 * @param policySet - the policies for records read from the file
 * @param now - the instant the reports are evaluated at and the queue ordered for
 * @param io - where files are read from, and the progress line's terminal
 * @returns the queue items in input order, the problems, and the input's name
 *
 * @example
 * ```ts
 * collectQueueInput("examples/tickets.json", undefined, gitlab2026, now, io).items.length; // => 26
 * ```
 */
export function collectQueueInput(
  file: string | undefined,
  loaded: LoadedExport | undefined,
  policySet: SlaPolicySet,
  now: Date,
  io: CliIo,
): { readonly items: readonly QueueItem[]; readonly problems: readonly string[]; readonly notYetCreated: readonly NotYetCreated[]; readonly source: string } {
  if (loaded !== undefined) {
    const { tickets, problems, notYetCreated } = collectZendeskTickets(loaded, now);
    return { items: tickets.map((ticket) => queueItemOf(ticket, now)), problems, notYetCreated, source: loaded.dir };
  }
  const input = openSource(file, io);
  const evaluate = ticketEvaluator(input.source, policySet, now);
  const progress = progressLine(io);
  const items: QueueItem[] = [];
  const problems: string[] = [];
  // A replay "as of" a moment before some tickets existed lists them; they are no error.
  const notYetCreated: NotYetCreated[] = [];
  for (const record of streamRecords(input.chunks, input.source)) {
    progress.tick();
    const outcome = evaluate(record);
    if ("problem" in outcome) problems.push(outcome.problem);
    else if ("notYetCreated" in outcome) notYetCreated.push(outcome.notYetCreated);
    else items.push(queueItemOf(outcome.ticket, now));
  }
  progress.clear();
  return { items, problems, notYetCreated, source: input.source };
}
