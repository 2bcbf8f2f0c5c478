import { match } from "ts-pattern";
import { breachWarnings } from "../sla/breach-warnings.js";
import { gitlab2026 } from "../sla/editions/gitlab2026.js";
import { handbook2016 } from "../sla/editions/handbook2016.js";
import type { MetricReport, SlaReport } from "../sla/sla-report.js";
import { CliError } from "./cli-error.js";
import type { CliIo } from "./cli-io.js";
import { collectTickets } from "./collect-tickets.js";
import { collectZendeskTickets } from "./collect-zendesk-tickets.js";
import { editionOption } from "./edition-option.js";
import { EXIT_CODES, type ExitCode } from "./exit-codes.js";
import { formatDuration } from "./format-duration.js";
import { formatInstant } from "./format-instant.js";
import { formatOption } from "./format-option.js";
import { formatTable } from "./format-table.js";
import { fromOption } from "./from-option.js";
import { instantOption } from "./instant-option.js";
import { loadPolicyFile } from "./load-policy-file.js";
import { numberOption } from "./number-option.js";
import { parseOptions } from "./parse-options.js";
import { readRecords } from "./read-records.js";
import { readSource } from "./read-source.js";
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
  const format = formatOption(values["format"] as string | undefined);
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
  let collected;
  let source: string;
  if (zendesk === undefined) {
    const input = readSource(positionals[0], io);
    source = input.source;
    collected = collectTickets(readRecords(input.text, source), source, policySet, now);
  } else {
    source = zendesk.dir;
    collected = collectZendeskTickets(zendesk, now);
  }
  const { tickets, problems } = collected;
  for (const problem of problems) io.stderr(`${problem}\n`);
  const keepGoing = values["keep-going"] === true;
  if (problems.length > 0 && !keepGoing) {
    io.stderr(`${problems.length} invalid record(s) in ${source}; nothing evaluated (use --keep-going to evaluate the valid ones)\n`);
    return EXIT_CODES.invalidRecords;
  }
  const reports = tickets.map((t) => t.report);
  const warnings = breachWarnings(reports, now, { minutes: withinMinutes });
  if (format === "json") {
    io.stdout(`${JSON.stringify({ evaluatedAt: now.toISOString(), policySet: policySet.name ?? null, reports, warnings }, null, 2)}\n`);
  } else {
    const rows = reports.flatMap((report) => rowsOf(report, timeZone));
    io.stdout(`SLA as of ${now.toISOString()} (${policySet.name ?? "custom policies"}), times in ${timeZone}\n\n`);
    io.stdout(formatTable(["ticket", "policy", "metric", "state", "breached", "due", "business left", "real left"], rows));
    const undecided = reports.filter((r) => r.outcome === "cannot_decide" && r.metrics.length === 0);
    if (undecided.length > 0) {
      io.stdout("\nCannot decide the policy:\n");
      for (const r of undecided) io.stdout(`  ${r.ticketId}  ${r.reasons.map((reason) => reason.message).join("; ")}\n`);
    }
    const breached = reports.filter((r) => r.metrics.some((m) => m.breached && (m.state === "active" || m.state === "paused"))).length;
    const noSla = reports.filter((r) => r.outcome !== "policy_applied").length;
    io.stdout(`\n${reports.length} ticket(s): ${breached} breached (active or paused), ${warnings.length} metric(s) due within ${withinMinutes} min, ${noSla} without an SLA\n`);
    if (warnings.length > 0) {
      io.stdout(`\nAbout to breach (within ${withinMinutes} min):\n`);
      for (const w of warnings) io.stdout(`  ${w.ticketId}  ${w.metric.replaceAll("_", " ")} due ${formatInstant(w.dueAt, timeZone)}, in ${formatDuration(w.inMs)}\n`);
    }
  }
  return problems.length > 0 ? EXIT_CODES.invalidRecords : EXIT_CODES.ok;
}
