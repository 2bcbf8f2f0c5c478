import { duplicateCheck } from "./duplicate-check.js";
import type { NotYetCreated } from "./evaluate-ticket-record.js";
import { parallelMap } from "./parallel-map.js";
import type { InputRecord } from "./read-records.js";
import type { SlaRecordResult, SlaWorkerSetup } from "./sla-batch.js";
import type { SlaTicketOutput } from "./sla-ticket-output.js";
import type { WorkerChannel } from "./worker-channel.js";

/** Records per message to a worker: large enough that posting costs little, small enough to keep memory flat. */
const BATCH = 128;
/** Batches each worker may hold at once: one being evaluated, one waiting, so no worker idles. */
const DEPTH = 2;

/**
 * One record's outcome in `support-policy sla`: its output, or its problem line.
 *
 * @example
 * ```ts
 * const outcome: SlaOutcome = { label: "line 2", outcome: { problem: "t.ndjson: line 2: malformed JSON at column 1: Unexpected token" } };
 * ```
 */
export interface SlaOutcome {
  /** Where the record is (`line 2`), when it was read from a file. */
  readonly label?: string;
  /** The ticket's output, or the record's problem line. */
  readonly outcome: { readonly output: SlaTicketOutput } | { readonly notYetCreated: NotYetCreated } | { readonly problem: string };
}

function* batchesOf(records: Iterable<InputRecord>, size: number): Generator<InputRecord[]> {
  let batch: InputRecord[] = [];
  for (const record of records) {
    batch.push(record);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * Every record's result from the workers, in input order, after the check for repeated ids:
 * records go to `jobs` workers in batches of 128, at most two batches per worker at a time, so
 * memory does not grow with the input. Each worker validates and evaluates its records; the
 * check for repeated ids needs every record before it, so it runs here, in input order, on the
 * workers' answers, and a record it rejects comes with its problem line. The workers are stopped
 * when the results end, are abandoned or fail; a worker's own failure (not a record's) is an
 * internal error.
 *
 * @param records - the input's records, as read
 * @param setup - what each worker needs
 * @param jobs - how many workers
 * @param startWorker - starts one worker
 * @returns each record's label with its final problem line, or its worker's result
 * @throws Error when a worker fails or stops answering
 *
 * @example
 * ```ts
 * for (const { label, problem, result } of parallelRecordResults(records, { ...setup, command: "queue" }, 2, io.startWorker)) collect(label, problem, result);
 * ```
 */
export function* parallelRecordResults(
  records: Iterable<InputRecord>,
  setup: SlaWorkerSetup,
  jobs: number,
  startWorker: (setup: SlaWorkerSetup) => WorkerChannel,
): Generator<{ readonly label: InputRecord["label"]; readonly problem: string | undefined; readonly result: SlaRecordResult }> {
  const check = duplicateCheck(setup.source);
  const channels: WorkerChannel[] = [];
  try {
    for (let i = 0; i < jobs; i++) channels.push(startWorker(setup));
    for (const [batch, answer] of parallelMap(batchesOf(records, BATCH), channels, DEPTH)) {
      const { results, fatal } = answer as { readonly results?: readonly SlaRecordResult[]; readonly fatal?: string };
      if (results?.length !== batch.length) throw new Error(`a worker thread failed: ${fatal ?? "its answer does not match the records sent"}`);
      for (let i = 0; i < batch.length; i++) {
        const record = batch[i] as InputRecord;
        const result = results[i] as SlaRecordResult;
        yield { label: record.label, problem: check(record, result.id, result.problem), result };
      }
    }
  } finally {
    for (const channel of channels) channel.close();
  }
}

/**
 * `support-policy sla --jobs N`: the records' outcomes with the evaluation spread over `jobs`
 * worker threads ({@link parallelRecordResults}), yielded in input order and the same as on one
 * thread, line for line: each worker also works out its tickets' output.
 *
 * @param records - the input's records, as read
 * @param setup - what each worker needs
 * @param jobs - how many workers
 * @param startWorker - starts one worker
 * @returns the outcomes, in input order
 * @throws Error when a worker fails or stops answering
 *
 * @example
 * ```ts
 * for (const { label, outcome } of parallelSlaOutcomes(streamRecords(chunks, "t.ndjson"), setup, 2, io.startWorker)) print(label, outcome);
 * ```
 */
export function* parallelSlaOutcomes(records: Iterable<InputRecord>, setup: SlaWorkerSetup, jobs: number, startWorker: (setup: SlaWorkerSetup) => WorkerChannel): Generator<SlaOutcome> {
  for (const { label, problem, result } of parallelRecordResults(records, setup, jobs, startWorker)) {
    yield {
      label,
      outcome: problem !== undefined ? { problem } : result.notYetCreated !== undefined ? { notYetCreated: result.notYetCreated } : { output: result.output as SlaTicketOutput },
    };
  }
}
