import { match } from "ts-pattern";
import { breachWarnings } from "../sla/breach-warnings.js";
import { gitlab2026 } from "../sla/editions/gitlab2026.js";
import { handbook2016 } from "../sla/editions/handbook2016.js";
import type { BreachWarning } from "../sla/breach-warning.js";
import type { SlaPolicySet } from "../sla/sla-policy-set.js";
import { METRIC_IDS } from "../sla/sla-vocabulary.js";
import type { MetricReport, SlaReport } from "../sla/sla-report.js";
import { CliError } from "./cli-error.js";
import type { CliIo } from "./cli-io.js";
import { bufferedOutput } from "./buffered-output.js";
import type { CollectedTickets } from "./collect-tickets.js";
import { collectZendeskTickets } from "./collect-zendesk-tickets.js";
import { editionOption } from "./edition-option.js";
import { EXIT_CODES, type ExitCode } from "./exit-codes.js";
import { formatDuration } from "./format-duration.js";
import { formatInstant } from "./format-instant.js";
import { formatOption } from "./format-option.js";
import { fromOption } from "./from-option.js";
import { instantOption } from "./instant-option.js";
import { jsonPieces } from "./json-pieces.js";
import { loadPolicyFile } from "./load-policy-file.js";
import { numberOption } from "./number-option.js";
import { parseOptions } from "./parse-options.js";
import { openSource } from "./open-source.js";
import { progressLine } from "./progress-line.js";
import { streamRecords } from "./read-records.js";
import { type TableLayout, tableLayout } from "./table-layout.js";
import { type TicketOutcome, ticketEvaluator } from "./ticket-evaluator.js";
import { timeZoneOption } from "./time-zone-option.js";
import { SLA_HELP } from "./usage.js";

/** The report's own state words (docs/rules.md §2.3 "Metric states"), so the table and the JSON say the same. */
function stateOf(metric: MetricReport): string {
  return match(metric.state)
    .with("active", () => "active")
    .with("paused", () => "paused")
    .with("closed", () => (metric.early ? "closed early" : "closed"))
    .with("not_started", () => "not started")
    .exhaustive();
}

/**
 * The first tickets are held back before anything is printed: a bad record among them prints
 * nothing, as for a whole file, and their rows set the table's column widths. Past them the
 * output streams, a ticket at a time.
 */
const HOLD_BACK = 1000;

const HEADERS = ["ticket", "policy", "metric", "state", "breached", "due", "business left", "real left"];

/** Whether a report may hold a warning within the window: breachWarnings decides, on these few. */
function mayWarn(report: SlaReport, now: number, windowMs: number): boolean {
  return report.metrics.some(({ current }) => {
    if (current === null || current.paused || current.breached || current.dueAt === null) return false;
    const inMs = Date.parse(current.dueAt) - now;
    return inMs >= 0 && inMs <= windowMs;
  });
}

/** Each record's outcome with its label, evaluated as the input is read. */
function* streamedOutcomes(chunks: Iterable<string>, source: string, policySet: SlaPolicySet, now: Date): Generator<{ readonly label?: string; readonly outcome: TicketOutcome }> {
  const evaluate = ticketEvaluator(source, policySet, now);
  for (const record of streamRecords(chunks, source)) yield { label: record.label, outcome: evaluate(record) };
}

/** The outcomes of an input collected whole (a Zendesk export): its problems, then its tickets. */
function* collectedOutcomes({ tickets, problems }: CollectedTickets): Generator<{ readonly label?: string; readonly outcome: TicketOutcome }> {
  for (const problem of problems) yield { outcome: { problem } };
  for (const ticket of tickets) yield { outcome: { ticket } };
}

function rowsOf(report: SlaReport, timeZone: string): string[][] {
  const policy = report.policyId ?? "-";
  if (report.metrics.length === 0) {
    const state = match(report.outcome)
      .with("no_policy", () => "no SLA")
      // The missing facts are listed under the table: they would widen the column past a terminal.
      .with("cannot_decide", () => "cannot decide")
      .with("policy_applied", () => "no targets")
      .exhaustive();
    return [[report.ticketId, policy, "-", state, "-", "-", "-", "-"]];
  }
  // A metric with no cycle yet (a next reply before the customer writes again) says nothing: keep
  // the table to the metrics that ran, or the first one when none has.
  const ran = report.metrics.filter((metric) => metric.state !== "not_started");
  return (ran.length > 0 ? ran : report.metrics.slice(0, 1)).map((metric) => {
    const running = metric.state === "active" || metric.state === "paused";
    return [
      report.ticketId,
      policy,
      metric.metric.replaceAll("_", " "),
      stateOf(metric),
      metric.state === "not_started" ? "-" : metric.breached ? "yes" : "no",
      metric.dueAt === null ? "-" : formatInstant(metric.dueAt, timeZone),
      running && metric.remainingBusinessMs !== null ? formatDuration(metric.remainingBusinessMs) : "-",
      running && metric.remainingCalendarMs !== null ? formatDuration(metric.remainingCalendarMs) : "-",
    ];
  });
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
  let source: string;
  let outcomes: Iterable<{ readonly label?: string; readonly outcome: TicketOutcome }>;
  if (zendesk === undefined) {
    const input = openSource(positionals[0], io);
    source = input.source;
    outcomes = streamedOutcomes(input.chunks, source, policySet, now);
  } else {
    source = zendesk.dir;
    outcomes = collectedOutcomes(collectZendeskTickets(zendesk, now));
  }
  const out = bufferedOutput(io.stdout);
  const progress = progressLine(io);
  const at = now.getTime();
  const windowMs = withinMinutes * 60_000;

  let held: SlaReport[] | undefined = [];
  let layout: TableLayout | undefined;
  let problems = 0;
  let stoppedAt: string | undefined;
  let count = 0;
  let breached = 0;
  let noSla = 0;
  const undecided: string[] = [];
  // Only the warnings are kept, never the reports: a year of tickets may hold many due soon.
  const warnings: BreachWarning[] = [];

  const begin = (first: readonly SlaReport[]): void => {
    if (format === "json") {
      out.write(`{\n  "evaluatedAt": ${JSON.stringify(now.toISOString())},\n  "policySet": ${JSON.stringify(policySet.name ?? null)},\n  "reports": [`);
    } else if (format === "table") {
      layout = tableLayout(HEADERS, first.flatMap((report) => rowsOf(report, timeZone)));
      out.write(`SLA as of ${now.toISOString()} (${policySet.name ?? "custom policies"}), times in ${timeZone}\n\n${layout.header}\n${layout.rule}\n`);
    }
  };
  const print = (report: SlaReport): void => {
    if (format === "json") out.write(`${count === 0 ? "" : ","}\n    ${JSON.stringify(report, null, 2).replaceAll("\n", "\n    ")}`);
    else if (format === "ndjson") out.write(`${JSON.stringify(report)}\n`);
    else for (const row of rowsOf(report, timeZone)) out.write(`${(layout as TableLayout).line(row)}\n`);
    count += 1;
    if (report.metrics.some((m) => m.breached && (m.state === "active" || m.state === "paused"))) breached += 1;
    if (report.outcome !== "policy_applied") noSla += 1;
    if (report.outcome === "cannot_decide" && report.metrics.length === 0) {
      undecided.push(`  ${report.ticketId}  ${report.reasons.map((reason) => reason.message).join("; ")}\n`);
    }
    if (mayWarn(report, at, windowMs)) warnings.push(...breachWarnings([report], now, { minutes: withinMinutes }));
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
    if (held === undefined) {
      print(outcome.ticket.report);
      continue;
    }
    held.push(outcome.ticket.report);
    if (held.length >= HOLD_BACK) {
      begin(held);
      for (const report of held) print(report);
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
    for (const report of held) print(report);
  }
  // The order breachWarnings gives a whole list: soonest first, then by ticket and metric.
  warnings.sort((a, b) => a.inMs - b.inMs || (a.ticketId < b.ticketId ? -1 : a.ticketId > b.ticketId ? 1 : 0) || METRIC_IDS.indexOf(a.metric) - METRIC_IDS.indexOf(b.metric));
  if (format === "json") {
    out.write(count === 0 ? "]" : "\n  ]");
    out.write(',\n  "warnings": ');
    for (const piece of jsonPieces(warnings, "  ")) out.write(piece);
    out.write("\n}\n");
  } else if (format === "table") {
    if (undecided.length > 0) out.write(`\nCannot decide the policy:\n${undecided.join("")}`);
    out.write(`\n${count} ticket(s): ${breached} breached (active or paused), ${warnings.length} metric(s) due within ${withinMinutes} min, ${noSla} without an SLA\n`);
    if (warnings.length > 0) {
      out.write(`\nAbout to breach (within ${withinMinutes} min):\n`);
      for (const w of warnings) out.write(`  ${w.ticketId}  ${w.metric.replaceAll("_", " ")} due ${formatInstant(w.dueAt, timeZone)}, in ${formatDuration(w.inMs)}\n`);
    }
  }
  out.flush();
  if (problems > 0 && !keepGoing) {
    io.stderr(`${problems} invalid record(s) in ${source}; the output stops before ${stoppedAt ?? "the first of them"}, the tickets before it were printed (use --keep-going to evaluate the valid ones)\n`);
  }
  return problems > 0 ? EXIT_CODES.invalidRecords : EXIT_CODES.ok;
}
