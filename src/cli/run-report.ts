import { renderSlaReportPage } from "../report/render-sla-report-page.js";
import { SupportPolicyError } from "../shared/errors.js";
import { breachWarnings } from "../sla/breach-warnings.js";
import { gitlab2026 } from "../sla/editions/gitlab2026.js";
import { handbook2016 } from "../sla/editions/handbook2016.js";
import { CliError } from "./cli-error.js";
import type { CliIo } from "./cli-io.js";
import { collectInput } from "./collect-input.js";
import { editionOption } from "./edition-option.js";
import { engineerQueue } from "./engineer-queue.js";
import { queueItemOf, queueItemValues, queueItems } from "./queue-item-of.js";
import { EXIT_CODES, type ExitCode } from "./exit-codes.js";
import { formatPath } from "./format-path.js";
import { fromOption } from "./from-option.js";
import { instantOption } from "./instant-option.js";
import { loadPolicyFile } from "./load-policy-file.js";
import { numberOption } from "./number-option.js";
import { parseOptions } from "./parse-options.js";
import { timeZoneOption } from "./time-zone-option.js";
import { REPORT_HELP } from "./usage.js";

function writeText(path: string, text: string, io: CliIo): string {
  try {
    return io.writeFile(path, text);
  } catch (error) {
    const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
    const why = code === "ENOENT" ? "no such folder" : code === "EISDIR" ? "is a directory" : code === "EACCES" ? "permission denied" : error instanceof Error ? error.message : String(error);
    throw new CliError(`${path}: cannot write the file (${why})`);
  }
}

/**
 * `support-policy report`: evaluates every ticket of a JSON array or NDJSON file (or standard
 * input, or a Zendesk export directory with `--from zendesk`) as of `now`, like `sla`, optionally orders them for one engineer, like `queue`, and
 * writes the SLA report page ({@link renderSlaReportPage}) to `--out`: one self-contained HTML
 * file with the summary, the queue and each ticket's timeline. Prints the path written.
 *
 * @param args - the arguments after `report`
 * @param io - streams, files and clock
 * @returns 0, or 1 when some records were invalid
 * @throws {@link CliError} (exit 2) for a usage error, unreadable input or an unwritable `--out`
 *
 * @example
 * ```ts
 * runReport(["examples/tickets.json", "--now", "2026-11-20T17:30:00Z", "--out", "report.html"], io);
 * // writes report.html, prints "Wrote /…/report.html: 26 ticket(s), …", returns 0
 * ```
 */
export function runReport(args: readonly string[], io: CliIo): ExitCode {
  const { values, positionals } = parseOptions("report", args, {
    out: { type: "string", short: "o" },
    now: { type: "string" },
    edition: { type: "string", short: "e" },
    policies: { type: "string", short: "p" },
    "time-zone": { type: "string" },
    within: { type: "string" },
    agent: { type: "string", short: "a" },
    region: { type: "string" },
    dedicated: { type: "string" },
    window: { type: "string" },
    title: { type: "string" },
    from: { type: "string" },
    "keep-going": { type: "boolean", short: "k" },
    verbose: { type: "boolean" },
  });
  if (values["help"] === true) {
    io.stdout(REPORT_HELP);
    return EXIT_CODES.ok;
  }
  if (positionals.length > 1) throw new CliError(`support-policy report: expected one FILE, received ${positionals.length}; see "support-policy report --help"`);
  const out = values["out"];
  if (typeof out !== "string" || out === "") throw new CliError('support-policy report: --out FILE.html is required; see "support-policy report --help"');
  const timeZone = timeZoneOption(values["time-zone"] as string | undefined);
  const edition = editionOption(values["edition"] as string | undefined);
  const withinText = values["within"];
  const withinMinutes = typeof withinText === "string" ? numberOption("within", withinText) : 60;
  const windowText = values["window"];
  const windowMinutes = typeof windowText === "string" ? numberOption("window", windowText) : 60;
  const nowText = values["now"];
  const now = typeof nowText === "string" ? instantOption("now", nowText) : io.now();
  const policiesFile = values["policies"];
  if (typeof policiesFile === "string" && values["edition"] !== undefined) {
    throw new CliError('support-policy report: give --edition or --policies, not both; see "support-policy report --help"');
  }
  const agent = values["agent"];
  const region = values["region"];
  const dedicated = values["dedicated"];
  if (typeof agent !== "string" && (region !== undefined || dedicated !== undefined || windowText !== undefined)) {
    throw new CliError('support-policy report: --region, --dedicated and --window describe the engineer of --agent; give --agent too');
  }
  const title = values["title"];
  // The tickets come from a file of the library's ticket records, or from a Zendesk export
  // directory (--from zendesk), whose own SLA policies and schedules then apply.
  const zendesk = fromOption("report", values["from"] as string | undefined, positionals[0], values["edition"] !== undefined || typeof policiesFile === "string", io);
  if (zendesk?.fatal === true) {
    for (const problem of zendesk.problems) io.stderr(`${problem}\n`);
    io.stderr(`The SLA policies or schedules of ${zendesk.dir} cannot be used; no page written\n`);
    return EXIT_CODES.invalidRecords;
  }
  const policySet = zendesk?.imported.policySet ?? (typeof policiesFile === "string" ? loadPolicyFile(policiesFile, io) : edition === "handbook2016" ? handbook2016 : gitlab2026);
  const { tickets, problems, notYetCreated, source } = collectInput(positionals[0], zendesk, policySet, now, io, values["verbose"] === true);
  for (const problem of problems) io.stderr(`${problem}\n`);
  if (problems.length > 0 && values["keep-going"] !== true) {
    io.stderr(`${problems.length} invalid record(s) in ${source}; no page written (use --keep-going to report the valid ones)\n`);
    return EXIT_CODES.invalidRecords;
  }
  const shared = queueItemValues();
  const queue =
    typeof agent === "string"
      ? {
          engineer: agent,
          order: engineerQueue(
            queueItems(tickets.map((ticket) => queueItemOf(ticket, now, shared))),
            { command: "report", agent, region: typeof region === "string" ? region : undefined, dedicated: typeof dedicated === "string" ? dedicated : undefined, windowMinutes },
            edition,
            now,
            policySet,
          ),
        }
      : undefined;
  let html: string;
  try {
    html = renderSlaReportPage({
      now,
      policySet,
      tickets: tickets.map(({ ticket, report }) => ({ ticket, report })),
      timeZone,
      aboutToBreachWithin: { minutes: withinMinutes },
      queue,
      title: typeof title === "string" && title !== "" ? title : undefined,
    });
  } catch (error) {
    if (!(error instanceof SupportPolicyError)) throw error;
    throw new CliError(error.path[0] === "title" ? `--title: ${error.message}` : `support-policy report: ${formatPath(error.path)}: ${error.message}`);
  }
  const written = writeText(out, html, io);
  const reports = tickets.map((t) => t.report);
  const breaches = reports.reduce((sum, report) => sum + report.metrics.reduce((n, metric) => n + metric.breachCount, 0), 0);
  const soon = breachWarnings(reports, now, { minutes: withinMinutes }).length;
  io.stdout(`Wrote ${written}: ${tickets.length} ticket(s), ${breaches} breach(es), ${soon} metric(s) due within ${withinMinutes} min${queue === undefined ? "" : `, the pick-up order for ${agent ?? ""}`}${notYetCreated.length > 0 ? `; ${notYetCreated.length} ticket(s) not yet created as of ${now.toISOString()} left out` : ""}. Open it in a browser.\n`);
  return problems.length > 0 ? EXIT_CODES.invalidRecords : EXIT_CODES.ok;
}
