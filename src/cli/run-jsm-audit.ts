import { compareJsmSla } from "../import/jsm/compare-jsm-sla.js";
import type { JsmSlaCycleSide, JsmSlaDisagreementCode } from "../import/jsm/jsm-sla-comparison.js";
import { SupportPolicyError } from "../shared/errors.js";
import { CliError } from "./cli-error.js";
import type { CliIo } from "./cli-io.js";
import { collectZendeskTickets } from "./collect-zendesk-tickets.js";
import { EXIT_CODES, type ExitCode } from "./exit-codes.js";
import { describeIssues } from "./describe-record-error.js";
import { formatTable } from "./format-table.js";
import { JSM_FILES, type LoadedJsmExport } from "./load-jsm-export.js";

/** The value a disagreement is about, on one side. */
function sideText(side: JsmSlaCycleSide | null, code: JsmSlaDisagreementCode): string {
  if (side === null) return "-";
  if (code === "start_differs") return side.startedAt;
  if (code.startsWith("stop")) return side.stoppedAt ?? "running";
  if (code === "due_differs") return side.dueAt ?? "-";
  if (code.startsWith("breach")) return side.breached ? "breached" : "not breached";
  if (code === "goal_differs") return side.goalMs === null ? "-" : `${side.goalMs / 60_000} min`;
  if (code === "paused_differs") return side.paused === true ? "paused" : "running";
  return `from ${side.startedAt}`;
}

/**
 * `support-policy audit --from jsm DIR`: the issues replayed as `sla --from jsm` does, then each
 * report compared with JSM's own SLA values ({@link compareJsmSla}): the issues' SLA fields, or
 * DIR/request-sla.json when present. One row per disagreement (issue, SLA, cycle, what differs,
 * the library's and JSM's values), or the comparison as JSON. Disagreements are findings: the exit
 * code is 0 when every record was valid.
 *
 * @param loaded - the export, as {@link loadJsmExport} read it
 * @param now - the instant to evaluate at (the moment JSM's values were read)
 * @param format - `table` or `json`
 * @param toleranceMs - instants and goals at most this far apart agree
 * @param flags - `keepGoing`: compare the valid issues even when some are invalid; `verbose`:
 *   a bad record's or SLA value's problems listed one a line
 * @param io - the streams
 * @returns 0, or 1 when some records were invalid
 * @throws {@link CliError} (exit 2) for a malformed SLA value
 *
 * @example
 * ```ts
 * runJsmAudit(loadJsmExport("examples/jsm", io), new Date("2026-12-03T03:00:00Z"), "table", 1000, { keepGoing: false, verbose: false }, io); // => 0
 * ```
 */
export function runJsmAudit(loaded: LoadedJsmExport, now: Date, format: "table" | "json", toleranceMs: number, flags: { readonly keepGoing: boolean; readonly verbose: boolean }, io: CliIo): ExitCode {
  const { keepGoing, verbose } = flags;
  const { policySet } = loaded.imported;
  if (loaded.fatal || policySet === null) {
    for (const problem of loaded.problems) io.stderr(`${problem}\n`);
    io.stderr(`The SLA configuration of ${loaded.dir} cannot be used; nothing audited\n`);
    return EXIT_CODES.invalidRecords;
  }
  const { tickets, problems } = collectZendeskTickets(loaded, now, verbose);
  for (const problem of problems) io.stderr(`${problem}\n`);
  if (problems.length > 0 && !keepGoing) {
    io.stderr(`${problems.length} invalid record(s) in ${loaded.dir}; nothing audited (use --keep-going to audit the valid ones)\n`);
    return EXIT_CODES.invalidRecords;
  }
  const requestSla = loaded.data.requestSla;
  const against = requestSla === undefined ? `${loaded.dir}/${JSM_FILES.issues}` : `${loaded.dir}/${JSM_FILES.requestSla}`;
  let comparison;
  try {
    comparison = compareJsmSla(
      tickets.map((entry) => entry.report),
      { issues: loaded.data.issues, ...(requestSla === undefined ? {} : { requestSla }) },
      { metrics: policySet.metrics, toleranceMs },
    );
  } catch (error) {
    // The reports are the library's own; a bad input here is an SLA value of the files.
    if (error instanceof SupportPolicyError) throw new CliError(describeIssues(against, error, verbose, 2));
    throw error;
  }
  if (format === "json") {
    io.stdout(`${JSON.stringify({ evaluatedAt: now.toISOString(), ...comparison }, null, 2)}\n`);
  } else {
    io.stdout(`Audit against JSM's SLA values in ${against} as of ${now.toISOString()}\n\n`);
    if (comparison.disagreements.length > 0) {
      const rows = comparison.disagreements.map((d) => [d.issueKey, d.slaName, String(d.cycle + 1), d.code, sideText(d.library, d.code), sideText(d.jsm, d.code)]);
      io.stdout(formatTable(["issue", "sla", "cycle", "disagreement", "library", "jsm"], rows));
      io.stdout("\n");
    }
    io.stdout(`${comparison.disagreements.length} disagreement(s); ${comparison.issuesCompared} issue(s), ${comparison.slasCompared} SLA(s) and ${comparison.cyclesCompared} cycle(s) compared\n`);
    if (comparison.issuesWithoutSla.length > 0) io.stdout(`Not compared, no SLA values: ${comparison.issuesWithoutSla.join(", ")}\n`);
    if (comparison.issuesWithoutReport.length > 0) io.stdout(`Not compared, not among the evaluated issues: ${comparison.issuesWithoutReport.join(", ")}\n`);
    if (comparison.slasWithoutMetric.length > 0) {
      io.stdout(`Not compared, no metric of that name: ${comparison.slasWithoutMetric.map((entry) => `${entry.issueKey} "${entry.slaName}"`).join(", ")}\n`);
    }
  }
  return problems.length > 0 ? EXIT_CODES.invalidRecords : EXIT_CODES.ok;
}
