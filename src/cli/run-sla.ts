import { gitlab2026 } from "../sla/editions/gitlab2026.js";
import { handbook2016 } from "../sla/editions/handbook2016.js";
import type { SlaPolicySet } from "../sla/sla-policy-set.js";
import { CliError } from "./cli-error.js";
import type { CliIo } from "./cli-io.js";
import { bufferedOutput } from "./buffered-output.js";
import type { CollectedTickets } from "./collect-tickets.js";
import { collectZendeskTickets } from "./collect-zendesk-tickets.js";
import { editionOption } from "./edition-option.js";
import { EXIT_CODES, type ExitCode } from "./exit-codes.js";
import { formatDuration } from "../shared/format-duration.js";
import { formatInstant } from "../shared/format-instant.js";
import { formatOption } from "./format-option.js";
import { fromOption } from "./from-option.js";
import { instantOption } from "./instant-option.js";
import { jobsOption } from "./jobs-option.js";
import { jsonPieces } from "./json-pieces.js";
import { loadPolicyFile } from "./load-policy-file.js";
import { nearestWarnings } from "./nearest-warnings.js";
import { numberOption } from "./number-option.js";
import { parseOptions } from "./parse-options.js";
import { openSource } from "./open-source.js";
import { type SlaOutcome, parallelSlaOutcomes } from "./parallel-sla-outcomes.js";
import { progressLine } from "./progress-line.js";
import { readText } from "./read-text.js";
import { type InputRecord, streamRecords } from "./read-records.js";
import type { SlaWorkerSetup } from "./sla-batch.js";
import { type SlaOutputOptions, type SlaTicketOutput, slaTicketOutput } from "./sla-ticket-output.js";
import { type TableLayout, tableLayout } from "./table-layout.js";
import type { NotYetCreated } from "./evaluate-ticket-record.js";
import { ticketEvaluator } from "./ticket-evaluator.js";
import { timeZoneOption } from "./time-zone-option.js";
import { SLA_HELP } from "./usage.js";

/**
 * The first tickets are held back before anything is printed: a bad record among them prints
 * nothing, as for a whole file, and their rows set the table's column widths. Past them the
 * output streams, a ticket at a time.
 */
const HOLD_BACK = 1000;

/**
 * The closing sections keep this many lines each: the warnings nearest to breach, the first
 * tickets whose policy cannot be decided. The others are counted, and are in each ticket's own
 * record under --format ndjson or json; so memory does not grow with the tickets that warn.
 *
 * @example
 * ```ts
 * SECTION_LINES; // => 50
 * ```
 */
export const SECTION_LINES = 50;

const HEADERS = ["ticket", "policy", "metric", "state", "breached", "due", "business left", "real left"];

/** Each record's outcome with its label, evaluated as the input is read, on this thread. */
function* streamedOutcomes(records: Iterable<InputRecord>, source: string, policySet: SlaPolicySet, now: Date, options: SlaOutputOptions, verbose: boolean): Generator<SlaOutcome> {
  const evaluate = ticketEvaluator(source, policySet, now, verbose);
  for (const record of records) {
    const outcome = evaluate(record);
    yield { label: record.label, outcome: "ticket" in outcome ? { output: slaTicketOutput(outcome.ticket.report, options) } : outcome };
  }
}

/** The outcomes of an input collected whole (a Zendesk export): its problems, then its tickets. */
function* collectedOutcomes({ tickets, problems, notYetCreated }: CollectedTickets, options: SlaOutputOptions): Generator<SlaOutcome> {
  for (const problem of problems) yield { outcome: { problem } };
  for (const ticket of tickets) yield { outcome: { output: slaTicketOutput(ticket.report, options) } };
  for (const later of notYetCreated) yield { outcome: { notYetCreated: later } };
}

/**
 * `support-policy sla`: evaluates every ticket of a JSON array or NDJSON file (or standard input)
 * against an edition or your own policies as of `now`, and prints one row per ticket and metric
 * (ticket, policy, metric, state, breached, due, business and real time left), the tickets the
 * policy choice could not decide and why, the tickets about to breach, or everything as JSON
 * (docs/rules.md §2). The state and breached columns are the report's `state` and `breached`.
 *
 * @param args - the arguments after `sla`
 * @param io - streams, files and clock
 * @returns 0, or 1 when some records were invalid
 * @throws {@link CliError} (exit 2) for a usage error or unreadable input
 *
 * @example
 * ```ts
 * runSla(["examples/tickets.json", "--now", "2026-11-20T17:00:00Z"], io); // prints the table, returns 0
 * ```
 */
export function runSla(args: readonly string[], io: CliIo): ExitCode {
  const { values, positionals } = parseOptions("sla", args, {
    now: { type: "string" },
    edition: { type: "string", short: "e" },
    policies: { type: "string", short: "p" },
    format: { type: "string" },
    "time-zone": { type: "string" },
    within: { type: "string" },
    "keep-going": { type: "boolean", short: "k" },
    from: { type: "string" },
    jobs: { type: "string", short: "j" },
    verbose: { type: "boolean" },
  });
  if (values["help"] === true) {
    io.stdout(SLA_HELP);
    return EXIT_CODES.ok;
  }
  if (positionals.length > 1) throw new CliError(`support-policy sla: expected one FILE, received ${positionals.length}; see "support-policy sla --help"`);
  const format = formatOption(values["format"] as string | undefined, ["table", "json", "ndjson"]);
  const timeZone = timeZoneOption(values["time-zone"] as string | undefined);
  const edition = editionOption(values["edition"] as string | undefined);
  const withinText = values["within"];
  const withinMinutes = typeof withinText === "string" ? numberOption("within", withinText) : 60;
  const nowText = values["now"];
  const now = typeof nowText === "string" ? instantOption("now", nowText) : io.now();
  const policiesFile = values["policies"];
  if (typeof policiesFile === "string" && values["edition"] !== undefined) {
    throw new CliError('support-policy sla: give --edition or --policies, not both; see "support-policy sla --help"');
  }
  const zendesk = fromOption("sla", values["from"] as string | undefined, positionals[0], values["edition"] !== undefined || typeof policiesFile === "string", io);
  if (zendesk?.fatal === true) {
    for (const problem of zendesk.problems) io.stderr(`${problem}\n`);
    io.stderr(`The SLA policies or schedules of ${zendesk.dir} cannot be used; nothing evaluated\n`);
    return EXIT_CODES.invalidRecords;
  }
  const policySet = zendesk?.imported.policySet ?? (typeof policiesFile === "string" ? loadPolicyFile(policiesFile, io) : edition === "handbook2016" ? handbook2016 : gitlab2026);
  const keepGoing = values["keep-going"] === true;
  const verbose = values["verbose"] === true;
  const jobs = jobsOption(values["jobs"] as string | undefined, io.parallelism ?? 1);
  const output: SlaOutputOptions = { format, timeZone, nowMs: now.getTime(), withinMinutes };
  let source: string;
  let outcomes: Iterable<SlaOutcome>;
  if (zendesk === undefined) {
    const input = openSource(positionals[0], io);
    source = input.source;
    const records = streamRecords(input.chunks, source);
    if (jobs > 1 && io.startWorker !== undefined) {
      const setup: SlaWorkerSetup = {
        source,
        policies: typeof policiesFile === "string" ? { path: policiesFile, text: readText(policiesFile, io) } : { edition },
        output,
        verbose,
      };
      outcomes = parallelSlaOutcomes(records, setup, jobs, io.startWorker);
    } else outcomes = streamedOutcomes(records, source, policySet, now, output, verbose);
  } else {
    // An export is imported whole, on this thread: --jobs spreads only the records of a file.
    source = zendesk.dir;
    outcomes = collectedOutcomes(collectZendeskTickets(zendesk, now, verbose), output);
  }
  const out = bufferedOutput(io.stdout);
  const progress = progressLine(io);
  // NDJSON holds its not-yet-created lines in input order too: they stream with the reports.
  let held: (SlaTicketOutput | { readonly notYetCreated: NotYetCreated })[] | undefined = [];
  let layout: TableLayout | undefined;
  let problems = 0;
  let stoppedAt: string | undefined;
  let count = 0;
  let breached = 0;
  let noSla = 0;
  // The first lines of "Cannot decide the policy" and how many there are in all.
  const undecided: string[] = [];
  let undecidedCount = 0;
  // A replay "as of" a moment before some tickets existed lists them; they are no error. JSON lists
  // every one after the reports (an id and an instant each), the table the first ones; NDJSON
  // prints a line for each where the ticket stands in the input, so nothing is held for them.
  const notYetCreated: NotYetCreated[] = [];
  let notYetCreatedCount = 0;
  // Only the nearest warnings are kept, never the reports: a year of tickets may hold many due soon.
  const warnings = nearestWarnings(SECTION_LINES);

  const begin = (first: NonNullable<typeof held>): void => {
    if (format === "json") {
      out.write(`{\n  "evaluatedAt": ${JSON.stringify(now.toISOString())},\n  "policySet": ${JSON.stringify(policySet.name ?? null)},\n  "reports": [`);
    } else if (format === "table") {
      layout = tableLayout(HEADERS, first.flatMap((entry) => ("rows" in entry ? entry.rows : [])));
      out.write(`SLA as of ${now.toISOString()} (${policySet.name ?? "custom policies"}), times in ${timeZone}\n\n${layout.header}\n${layout.rule}\n`);
    }
  };
  const print = (entry: NonNullable<typeof held>[number]): void => {
    if ("notYetCreated" in entry) {
      out.write(`${JSON.stringify(entry)}\n`);
      return;
    }
    const ticket = entry;
    if (format === "json") out.write(`${count === 0 ? "" : ","}${ticket.text}`);
    else if (format === "ndjson") out.write(ticket.text);
    else for (const row of ticket.rows) out.write(`${(layout as TableLayout).line(row)}\n`);
    count += 1;
    if (ticket.breached) breached += 1;
    if (ticket.noSla) noSla += 1;
    if (ticket.undecided !== null) {
      undecidedCount += 1;
      if (undecided.length < SECTION_LINES) undecided.push(ticket.undecided);
    }
    for (const warning of ticket.warnings) warnings.add(warning);
  };

  for (const { label, outcome } of outcomes) {
    progress.tick();
    if ("problem" in outcome) {
      progress.clear();
      io.stderr(`${outcome.problem}\n`);
      problems += 1;
      // Without --keep-going nothing more is printed; the rest is still read, to list every problem.
      stoppedAt ??= label;
      continue;
    }
    if (problems > 0 && !keepGoing) continue;
    let entry: NonNullable<typeof held>[number];
    if ("notYetCreated" in outcome) {
      notYetCreatedCount += 1;
      if (format !== "ndjson") {
        if (format === "json" || notYetCreated.length < SECTION_LINES) notYetCreated.push(outcome.notYetCreated);
        continue;
      }
      entry = { notYetCreated: outcome.notYetCreated };
    } else entry = outcome.output;
    if (held === undefined) {
      print(entry);
      continue;
    }
    held.push(entry);
    if (held.length >= HOLD_BACK) {
      begin(held);
      for (const ticket of held) print(ticket);
      held = undefined;
    }
  }
  progress.clear();
  if (problems > 0 && !keepGoing && held !== undefined) {
    io.stderr(`${problems} invalid record(s) in ${source}; nothing evaluated (use --keep-going to evaluate the valid ones)\n`);
    return EXIT_CODES.invalidRecords;
  }
  if (held !== undefined) {
    begin(held);
    for (const ticket of held) print(ticket);
  }
  // The order breachWarnings gives a whole list: soonest first, then by ticket and metric.
  const nearest = warnings.nearest();
  const more = warnings.count() - nearest.length;
  if (format === "json") {
    out.write(count === 0 ? "]" : "\n  ]");
    // The nearest warnings across all tickets; every ticket's own are in its report's "warnings".
    out.write(`,\n  "warningCount": ${warnings.count()},\n  "warnings": `);
    for (const piece of jsonPieces(nearest, "  ")) out.write(piece);
    out.write(',\n  "notYetCreated": ');
    for (const piece of jsonPieces(notYetCreated, "  ")) out.write(piece);
    out.write("\n}\n");
  } else if (format === "table") {
    if (undecidedCount > 0) {
      out.write(`\nCannot decide the policy:\n${undecided.join("")}`);
      if (undecidedCount > undecided.length) out.write(`  and ${undecidedCount - undecided.length} more; see --format ndjson\n`);
    }
    if (notYetCreatedCount > 0) {
      out.write(`\nNot yet created as of ${now.toISOString()}:\n`);
      for (const later of notYetCreated) out.write(`  ${later.id}  created ${formatInstant(later.createdAt, timeZone)}\n`);
      if (notYetCreatedCount > notYetCreated.length) out.write(`  and ${notYetCreatedCount - notYetCreated.length} more; see --format ndjson\n`);
    }
    out.write(`\n${count} ticket(s): ${breached} breached (active or paused), ${warnings.count()} metric(s) due within ${withinMinutes} min, ${noSla} without an SLA\n`);
    if (nearest.length > 0) {
      out.write(`\nAbout to breach (within ${withinMinutes} min)${more > 0 ? `, the ${nearest.length} nearest` : ""}:\n`);
      for (const w of nearest) out.write(`  ${w.ticketId}  ${w.metric.replaceAll("_", " ")} due ${formatInstant(w.dueAt, timeZone)}, in ${formatDuration(w.inMs)}\n`);
      if (more > 0) out.write(`  and ${more} more; see --format ndjson\n`);
    }
  }
  out.flush();
  if (problems > 0 && !keepGoing) {
    io.stderr(`${problems} invalid record(s) in ${source}; the output stops before ${stoppedAt ?? "the first of them"}, the tickets before it were printed (use --keep-going to evaluate the valid ones)\n`);
  }
  return problems > 0 ? EXIT_CODES.invalidRecords : EXIT_CODES.ok;
}
