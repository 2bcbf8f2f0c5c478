import { gitlab2026 } from "../sla/editions/gitlab2026.js";
import { handbook2016 } from "../sla/editions/handbook2016.js";
import { CliError } from "./cli-error.js";
import type { CliIo } from "./cli-io.js";
import { bufferedOutput } from "./buffered-output.js";
import { type QueueWorkers, collectQueueInput } from "./collect-queue-input.js";
import { editionOption } from "./edition-option.js";
import { engineerQueue } from "./engineer-queue.js";
import { EXIT_CODES, type ExitCode } from "./exit-codes.js";
import { formatDuration } from "../shared/format-duration.js";
import { formatInstant } from "../shared/format-instant.js";
import { formatOption } from "./format-option.js";
import { fromOption } from "./from-option.js";
import { instantOption } from "./instant-option.js";
import { jobsOption } from "./jobs-option.js";
import { jsonPieces } from "./json-pieces.js";
import { loadPolicyFile } from "./load-policy-file.js";
import { numberOption } from "./number-option.js";
import { parseOptions } from "./parse-options.js";
import { readText } from "./read-text.js";
import { tableLayout } from "./table-layout.js";
import { timeZoneOption } from "./time-zone-option.js";
import { QUEUE_HELP } from "./usage.js";

/** The terminal width tables are laid out for. */
const TABLE_WIDTH = 120;
const REASON_INDENT = "    ";

/** Splits text into lines of at most `width` characters at spaces (a longer word stays whole). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line === "") line = word;
    else if (line.length + 1 + word.length <= width) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  lines.push(line);
  return lines;
}

/**
 * `support-policy queue`: the order in which one engineer should pick up the tickets of a JSON
 * array or NDJSON file (or standard input) at `now`, each with its bucket, the nearest due of its
 * running metrics (of any kind) and the reasons that placed it (docs/rules.md §3). SLA reports come from the edition (or your own
 * `--policies`); status, priority and assignee are taken as of `now` from each ticket's events.
 *
 * @param args - the arguments after `queue`
 * @param io - streams, files and clock
 * @returns 0, or 1 when some records were invalid
 * @throws {@link CliError} (exit 2) for a usage error or unreadable input
 *
 * @example
 * ```ts
 * runQueue(["examples/tickets.json", "--agent", "maria", "--now", "2026-11-20T17:00:00Z"], io); // prints the queue, returns 0
 * ```
 */
export function runQueue(args: readonly string[], io: CliIo): ExitCode {
  const { values, positionals } = parseOptions("queue", args, {
    agent: { type: "string", short: "a" },
    region: { type: "string" },
    dedicated: { type: "string" },
    window: { type: "string" },
    now: { type: "string" },
    edition: { type: "string", short: "e" },
    policies: { type: "string", short: "p" },
    format: { type: "string" },
    "time-zone": { type: "string" },
    "keep-going": { type: "boolean", short: "k" },
    from: { type: "string" },
    jobs: { type: "string", short: "j" },
    verbose: { type: "boolean" },
  });
  if (values["help"] === true) {
    io.stdout(QUEUE_HELP);
    return EXIT_CODES.ok;
  }
  if (positionals.length > 1) throw new CliError(`support-policy queue: expected one FILE, received ${positionals.length}; see "support-policy queue --help"`);
  const agent = values["agent"];
  if (typeof agent !== "string") throw new CliError('support-policy queue: --agent is required; see "support-policy queue --help"');
  const format = formatOption(values["format"] as string | undefined, ["table", "json", "ndjson"]);
  const timeZone = timeZoneOption(values["time-zone"] as string | undefined);
  const edition = editionOption(values["edition"] as string | undefined);
  const windowText = values["window"];
  const windowMinutes = typeof windowText === "string" ? numberOption("window", windowText) : 60;
  const nowText = values["now"];
  const now = typeof nowText === "string" ? instantOption("now", nowText) : io.now();
  const policiesFile = values["policies"];
  const zendesk = fromOption("queue", values["from"] as string | undefined, positionals[0], typeof policiesFile === "string", io);
  if (zendesk?.fatal === true) {
    for (const problem of zendesk.problems) io.stderr(`${problem}\n`);
    io.stderr(`The SLA policies or schedules of ${zendesk.dir} cannot be used; no queue printed\n`);
    return EXIT_CODES.invalidRecords;
  }
  const policySet = zendesk?.imported.policySet ?? (typeof policiesFile === "string" ? loadPolicyFile(policiesFile, io) : edition === "handbook2016" ? handbook2016 : gitlab2026);
  const jobs = jobsOption(values["jobs"] as string | undefined, io.parallelism ?? 1);
  // --jobs spreads the evaluation of a file's records; an export (--from) is imported on this thread.
  const workers: QueueWorkers | undefined =
    jobs > 1 && io.startWorker !== undefined && zendesk === undefined
      ? { policies: typeof policiesFile === "string" ? { path: policiesFile, text: readText(policiesFile, io) } : { edition }, jobs, startWorker: io.startWorker }
      : undefined;
  const { items, problems, notYetCreated, source } = collectQueueInput(positionals[0], zendesk, policySet, now, io, workers, values["verbose"] === true);
  for (const problem of problems) io.stderr(`${problem}\n`);
  if (problems.length > 0 && values["keep-going"] !== true) {
    io.stderr(`${problems.length} invalid record(s) in ${source}; no queue printed (use --keep-going to order the valid ones)\n`);
    return EXIT_CODES.invalidRecords;
  }
  const region = values["region"];
  const dedicated = values["dedicated"];
  const queue = engineerQueue(
    items,
    { command: "queue", agent, region: typeof region === "string" ? region : undefined, dedicated: typeof dedicated === "string" ? dedicated : undefined, windowMinutes },
    edition,
    now,
    policySet,
  );
  // Written in batches: a queue of a million tickets is millions of lines.
  const out = bufferedOutput(io.stdout);
  if (format === "json") {
    // In pieces: a queue of a few hundred thousand tickets is past the longest string V8 can hold.
    for (const piece of jsonPieces({ ...queue, notYetCreated })) out.write(piece);
    out.write("\n");
  } else if (format === "ndjson") {
    // One entry per line in pick-up order, then one line per ticket not yet created, told apart by its one key.
    for (const entry of queue.entries) out.write(`${JSON.stringify(entry)}\n`);
    for (const later of notYetCreated) out.write(`${JSON.stringify({ notYetCreated: later })}\n`);
  } else {
    // Under --policies the SLA comes from the file; the edition still sets the pick-up order.
    if (typeof policiesFile === "string") {
      out.write(`Pick-up order for ${agent} as of ${queue.now}, times in ${timeZone}\n`);
      out.write(`SLA from the policies ${policySet.name ?? policiesFile}; the order of ${edition}\n\n`);
    } else out.write(`Pick-up order for ${agent} as of ${queue.now} (${edition}), times in ${timeZone}\n\n`);
    // The rows are worked out twice, for the column widths and for the lines, rather than held.
    const rowOf = (entry: (typeof queue.entries)[number]): string[] => [
      String(entry.position),
      entry.ticketId,
      entry.bucket,
      entry.dueMetric === null ? "-" : entry.dueMetric.replaceAll("_", " "),
      entry.dueAt === null ? "-" : formatInstant(entry.dueAt, timeZone),
      entry.dueAt === null ? "-" : formatDuration(Date.parse(entry.dueAt) - now.getTime()),
    ];
    const rows = function* (): Generator<string[]> {
      for (const entry of queue.entries) yield rowOf(entry);
    };
    const layout = tableLayout(["#", "ticket", "bucket", "next due", "due", "in"], rows());
    out.write(`${layout.header}\n${layout.rule}\n`);
    // The reasons go on the lines under their row, wrapped, so the table fits a terminal.
    for (const entry of queue.entries) {
      out.write(`${layout.line(rowOf(entry))}\n`);
      for (const text of wrap(entry.reasons.map((reason) => reason.message).join("; "), TABLE_WIDTH - REASON_INDENT.length)) out.write(`${REASON_INDENT}${text}\n`);
    }
    // A replay "as of" a moment before some tickets existed: listed, not ordered, no error.
    if (notYetCreated.length > 0) {
      out.write(`\nNot yet created as of ${queue.now}:\n`);
      for (const later of notYetCreated) out.write(`  ${later.id}  created ${formatInstant(later.createdAt, timeZone)}\n`);
    }
  }
  out.flush();
  return problems.length > 0 ? EXIT_CODES.invalidRecords : EXIT_CODES.ok;
}
