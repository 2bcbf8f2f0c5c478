import { auditMetricEvents } from "../import/zendesk/audit-metric-events.js";
import type { MetricEventSide } from "../import/zendesk/metric-event-audit.js";
import { SupportPolicyError } from "../shared/errors.js";
import { CliError } from "./cli-error.js";
import type { CliIo } from "./cli-io.js";
import { collectZendeskTickets } from "./collect-zendesk-tickets.js";
import { EXIT_CODES, type ExitCode } from "./exit-codes.js";
import { formatOption } from "./format-option.js";
import { describeIssues } from "./describe-record-error.js";
import { formatTable } from "./format-table.js";
import { instantOption } from "./instant-option.js";
import { loadJsmExport } from "./load-jsm-export.js";
import { loadZendeskExport } from "./load-zendesk-export.js";
import { parseOptions } from "./parse-options.js";
import { runJsmAudit } from "./run-jsm-audit.js";
import { AUDIT_HELP } from "./usage.js";

function sideText(side: MetricEventSide | null, field: "breachedAt" | "fulfilledAt" | "target"): string {
  if (side === null) return "-";
  if (field !== "target") return side[field] ?? "-";
  if (side.targetMs === null) return "-";
  return `${side.targetMs / 60_000} min ${side.businessHours === true ? "business" : "calendar"}`;
}

/**
 * `support-policy audit --from zendesk EXPORT_DIR`: replays a Zendesk export as `sla --from
 * zendesk` does, then compares each report with Zendesk's own `ticket_metric_events.json`
 * ({@link auditMetricEvents}) and prints one row per disagreement (ticket, metric, Zendesk's
 * metric instance, what differs, the library's and Zendesk's values), or the audit as JSON.
 * Disagreements are findings, not errors: the exit code is 0 when every record was valid.
 *
 * @param args - the arguments after `audit`
 * @param io - streams, files and clock
 * @returns 0, or 1 when some records were invalid
 * @throws {@link CliError} (exit 2) for a usage error, unreadable input, or an export without ticket_metric_events.json
 *
 * @example
 * ```ts
 * runAudit(["--from", "zendesk", "export", "--now", "2026-03-16T16:00:00Z"], io); // prints the disagreements, returns 0
 * ```
 */
export function runAudit(args: readonly string[], io: CliIo): ExitCode {
  const { values, positionals } = parseOptions("audit", args, {
    now: { type: "string" },
    format: { type: "string" },
    from: { type: "string" },
    tolerance: { type: "string" },
    "keep-going": { type: "boolean", short: "k" },
    verbose: { type: "boolean" },
  });
  if (values["help"] === true) {
    io.stdout(AUDIT_HELP);
    return EXIT_CODES.ok;
  }
  if (positionals.length !== 1) throw new CliError(`support-policy audit: expected one EXPORT_DIR, received ${positionals.length}; see "support-policy audit --help"`);
  const from = values["from"] as string | undefined;
  if (from !== "zendesk" && from !== "jsm") {
    throw new CliError('support-policy audit: --from zendesk or --from jsm is required (the audit compares with Zendesk\'s ticket_metric_events or JSM\'s SLA values); see "support-policy audit --help"');
  }
  const format = formatOption(values["format"] as string | undefined);
  const nowText = values["now"];
  const now = typeof nowText === "string" ? instantOption("now", nowText) : io.now();
  const toleranceText = values["tolerance"];
  let toleranceMs = 1000;
  if (typeof toleranceText === "string") {
    if (!/^\d+(\.\d+)?$/.test(toleranceText)) throw new CliError(`--tolerance: expected a number of seconds, 0 or more, received "${toleranceText}"`);
    toleranceMs = Number(toleranceText) * 1000;
  }
  const dir = (positionals[0] as string).replace(/\/+$/, "");
  if (from === "jsm") return runJsmAudit(loadJsmExport(dir, io), now, format === "json" ? "json" : "table", toleranceMs, { keepGoing: values["keep-going"] === true, verbose: values["verbose"] === true }, io);
  const loaded = loadZendeskExport(dir, io);
  if (loaded.data.ticketMetricEvents === undefined) {
    throw new CliError(`${loaded.dir}/ticket_metric_events.json: cannot read the file (no such file); the audit compares with it`);
  }
  if (loaded.fatal) {
    for (const problem of loaded.problems) io.stderr(`${problem}\n`);
    io.stderr(`The SLA policies or schedules of ${loaded.dir} cannot be used; nothing audited\n`);
    return EXIT_CODES.invalidRecords;
  }
  const { tickets, problems } = collectZendeskTickets(loaded, now, values["verbose"] === true);
  for (const problem of problems) io.stderr(`${problem}\n`);
  if (problems.length > 0 && values["keep-going"] !== true) {
    io.stderr(`${problems.length} invalid record(s) in ${loaded.dir}; nothing audited (use --keep-going to audit the valid ones)\n`);
    return EXIT_CODES.invalidRecords;
  }
  let audit;
  try {
    audit = auditMetricEvents(
      tickets.map((entry) => entry.report),
      loaded.data.ticketMetricEvents,
      { toleranceMs },
    );
  } catch (error) {
    // The reports are the library's own; a bad input here is a record of the events file.
    if (error instanceof SupportPolicyError) throw new CliError(describeIssues(`${loaded.dir}/ticket_metric_events.json`, error, values["verbose"] === true, 1));
    throw error;
  }
  if (format === "json") {
    io.stdout(`${JSON.stringify({ evaluatedAt: now.toISOString(), ...audit }, null, 2)}\n`);
  } else {
    io.stdout(`Audit against ${loaded.dir}/ticket_metric_events.json as of ${now.toISOString()}\n\n`);
    if (audit.disagreements.length > 0) {
      const rows = audit.disagreements.map((d) => {
        const field = d.code.startsWith("breach") ? "breachedAt" : d.code.startsWith("fulfilment") ? "fulfilledAt" : "target";
        return [d.ticketId, d.metric.replaceAll("_", " "), `${d.zendeskMetric} #${d.instanceId}`, d.code, sideText(d.library, field), sideText(d.zendesk, field)];
      });
      io.stdout(formatTable(["ticket", "metric", "zendesk metric", "disagreement", "library", "zendesk"], rows));
      io.stdout("\n");
    }
    io.stdout(`${audit.disagreements.length} disagreement(s); ${audit.ticketsCompared} ticket(s) and ${audit.metricsCompared} metric(s) compared\n`);
    if (audit.ticketsWithoutEvents.length > 0) io.stdout(`Not compared, no metric events: ${audit.ticketsWithoutEvents.join(", ")}\n`);
    if (audit.ticketsWithoutReport.length > 0) io.stdout(`Not compared, not in the export's tickets: ${audit.ticketsWithoutReport.join(", ")}\n`);
  }
  return problems.length > 0 ? EXIT_CODES.invalidRecords : EXIT_CODES.ok;
}
