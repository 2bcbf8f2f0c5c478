import type { Edition } from "../shared/edition.js";
import { gitlab2026 } from "../sla/editions/gitlab2026.js";
import { handbook2016 } from "../sla/editions/handbook2016.js";
import type { SlaPolicySet } from "../sla/sla-policy-set.js";
import type { CliIo } from "./cli-io.js";
import { type NotYetCreated, evaluateTicketRecord } from "./evaluate-ticket-record.js";
import { loadPolicyFile } from "./load-policy-file.js";
import { type QueueItem, queueItemOf, queueItemValues } from "./queue-item-of.js";
import type { InputRecord } from "./read-records.js";
import { type SlaOutputOptions, type SlaTicketOutput, slaTicketOutput } from "./sla-ticket-output.js";

/**
 * What a worker needs to evaluate `support-policy sla` (or `queue`) records: plain data, sent
 * once when the worker starts. The policies travel as the edition's name or the policy file's
 * text, and each worker prepares them itself, exactly as the command did.
 *
 * @example
 * ```ts
 * const setup: SlaWorkerSetup = { source: "t.ndjson", policies: { edition: "gitlab2026" }, output: { format: "ndjson", timeZone: "UTC", nowMs: 0, withinMinutes: 60 } };
 * ```
 */
export interface SlaWorkerSetup {
  /** The input's name, for the error lines. */
  readonly source: string;
  /** The edition, or the `--policies` file's path and text. */
  readonly policies: { readonly edition: Edition } | { readonly path: string; readonly text: string };
  /** The output options, `nowMs` being the instant evaluated at (`queue` reads only `nowMs`). */
  readonly output: SlaOutputOptions;
  /** `queue`: each valid ticket is answered with its {@link QueueItem} instead of its output. */
  readonly command?: "queue";
  /** `--verbose`: a bad record's problem lists every issue on its own line. */
  readonly verbose?: boolean;
}

/**
 * A record's answer from a worker: its ticket's id when it was a valid ticket, and either its
 * output or its problem line. The duplicate-id check happens afterwards, in input order.
 *
 * @example
 * ```ts
 * const result: SlaRecordResult = { problem: "t.ndjson: line 2: malformed JSON at column 1: Unexpected token" };
 * ```
 */
export interface SlaRecordResult {
  /** The ticket's id, when the record was a valid ticket. */
  readonly id?: string;
  /** The problem line, when the record has one. */
  readonly problem?: string;
  /** The ticket's output, when it was evaluated (`sla`). */
  readonly output?: SlaTicketOutput;
  /** What the pick-up order reads of the ticket, when it was evaluated (`queue`). */
  readonly item?: QueueItem;
  /** A ticket created after `now`: listed, not evaluated. */
  readonly notYetCreated?: NotYetCreated;
}

/** An input whose only file is the policy file's text already read. */
function textIo(path: string, text: string): CliIo {
  const refuse = (): never => {
    // Stryker disable next-line StringLiteral: never reached; a worker reads nothing but the policy text it was given
    throw new Error(`a worker reads no file but ${path}`);
  };
  return { stdout: refuse, stderr: refuse, readFile: () => text, readStdin: refuse, writeFile: refuse, now: refuse };
}

/**
 * Prepares a worker's evaluation of `support-policy sla` records: the policies once, then a
 * function that validates and evaluates one record on its own (the same
 * {@link evaluateTicketRecord} as on one thread) and works out a valid ticket's output, or
 * under `queue` its {@link QueueItem}.
 *
 * @param setup - the input's name, the policies and the output options
 * @returns the record evaluator: a record in, its result out
 *
 * @example
 * ```ts
 * const evaluate = slaRecordEvaluator({ source: "t.ndjson", policies: { edition: "gitlab2026" }, output });
 * evaluate({ label: "line 1", error: "malformed JSON at column 1: Unexpected token" });
 * // => { problem: "t.ndjson: line 1: malformed JSON at column 1: Unexpected token" }
 * ```
 */
export function slaRecordEvaluator(setup: SlaWorkerSetup): (record: InputRecord) => SlaRecordResult {
  const { policies } = setup;
  const policySet: SlaPolicySet =
    "edition" in policies ? (policies.edition === "handbook2016" ? handbook2016 : gitlab2026) : loadPolicyFile(policies.path, textIo(policies.path, policies.text));
  const now = new Date(setup.output.nowMs);
  const values = queueItemValues();
  return (record) => {
    const evaluated = evaluateTicketRecord(setup.source, policySet, now, record, setup.verbose === true);
    if ("problem" in evaluated || "notYetCreated" in evaluated) return evaluated;
    if (setup.command === "queue") return { id: evaluated.id, item: queueItemOf(evaluated.ticket, now, values) };
    return { id: evaluated.id, output: slaTicketOutput(evaluated.ticket.report, setup.output) };
  };
}
