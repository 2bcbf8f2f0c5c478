import type { SlaPolicySet } from "../sla/sla-policy-set.js";
import type { CliIo } from "./cli-io.js";
import { collectZendeskTickets } from "./collect-zendesk-tickets.js";
import type { LoadedExport } from "./loaded-export.js";
import { openSource } from "./open-source.js";
import { parallelRecordResults } from "./parallel-sla-outcomes.js";
import { progressLine } from "./progress-line.js";
import { type QueueItem, type QueueItems, queueItemOf, queueItemValues, queueItems, sharedQueueItem } from "./queue-item-of.js";
import { streamRecords } from "./read-records.js";
import type { NotYetCreated } from "./evaluate-ticket-record.js";
import type { SlaWorkerSetup } from "./sla-batch.js";
import { ticketEvaluator } from "./ticket-evaluator.js";

/**
 * `queue --jobs N`: the workers that evaluate the records of a file, and what each needs.
 *
 * @example
 * ```ts
 * const workers: QueueWorkers = { policies: { edition: "gitlab2026" }, jobs: 2, startWorker: io.startWorker };
 * ```
 */
export interface QueueWorkers {
  /** The policies each worker prepares: the edition, or the `--policies` file's path and text. */
  readonly policies: SlaWorkerSetup["policies"];
  /** How many workers, 2 or more. */
  readonly jobs: number;
  /** Starts one worker. */
  readonly startWorker: NonNullable<CliIo["startWorker"]>;
}

/**
 * The tickets of `support-policy queue`'s input as the pick-up order reads them (docs/rules.md §3):
 * each valid ticket cut down to its {@link QueueItem} as soon as it is evaluated, so a million
 * tickets are held as a million small records instead of whole tickets with full reports; one
 * line per bad record. The records are those {@link collectInput} reads: the `--from` export's
 * imported tickets, or the file's records read one at a time, evaluated on this thread or, with
 * `workers`, on worker threads, the results taken in input order (the same items, problems and
 * order either way).
 *
 * @param file - the file argument (absent or `-`: standard input); not read under `--from`
 * @param loaded - the export loaded by `--from`, if any
 * @param policySet - the policies for records read from the file
 * @param now - the instant the reports are evaluated at and the queue ordered for
 * @param io - where files are read from, and the progress line's terminal
 * @param workers - `--jobs N`: the workers for a file's records (not used under `--from`)
 * @param verbose - `--verbose`: a bad record's problem lists every issue, one a line
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
  workers?: QueueWorkers,
  verbose = false,
): { readonly items: QueueItems; readonly problems: readonly string[]; readonly notYetCreated: readonly NotYetCreated[]; readonly source: string } {
  // One table of shared values for the whole queue: a million items hold each status, assignee or organization once.
  const values = queueItemValues();
  if (loaded !== undefined) {
    const { tickets, problems, notYetCreated } = collectZendeskTickets(loaded, now, verbose);
    return { items: queueItems(tickets.map((ticket) => queueItemOf(ticket, now, values))), problems, notYetCreated, source: loaded.dir };
  }
  const input = openSource(file, io);
  const progress = progressLine(io);
  const items = queueItems();
  const problems: string[] = [];
  // A replay "as of" a moment before some tickets existed lists them; they are no error.
  const notYetCreated: NotYetCreated[] = [];
  const records = streamRecords(input.chunks, input.source);
  if (workers === undefined) {
    const evaluate = ticketEvaluator(input.source, policySet, now, verbose);
    for (const record of records) {
      progress.tick();
      const outcome = evaluate(record);
      if ("problem" in outcome) problems.push(outcome.problem);
      else if ("notYetCreated" in outcome) notYetCreated.push(outcome.notYetCreated);
      else items.add(queueItemOf(outcome.ticket, now, values));
    }
  } else {
    // Only the instant of the output options matters to a queue item.
    const setup: SlaWorkerSetup = { source: input.source, policies: workers.policies, output: { format: "ndjson", timeZone: "UTC", nowMs: now.getTime(), withinMinutes: 0 }, command: "queue", verbose };
    for (const { problem, result } of parallelRecordResults(records, setup, workers.jobs, workers.startWorker)) {
      progress.tick();
      if (problem !== undefined) problems.push(problem);
      else if (result.notYetCreated !== undefined) notYetCreated.push(result.notYetCreated);
      else items.add(sharedQueueItem(result.item as QueueItem, values));
    }
  }
  progress.clear();
  return { items, problems, notYetCreated, source: input.source };
}
