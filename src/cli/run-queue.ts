import { gitlab2026 } from "../sla/editions/gitlab2026.js";
import { handbook2016 } from "../sla/editions/handbook2016.js";
import { CliError } from "./cli-error.js";
import type { CliIo } from "./cli-io.js";
import { collectTickets } from "./collect-tickets.js";
import { editionOption } from "./edition-option.js";
import { engineerQueue } from "./engineer-queue.js";
import { EXIT_CODES, type ExitCode } from "./exit-codes.js";
import { formatDuration } from "./format-duration.js";
import { formatInstant } from "./format-instant.js";
import { formatOption } from "./format-option.js";
import { formatTable } from "./format-table.js";
import { instantOption } from "./instant-option.js";
import { loadPolicyFile } from "./load-policy-file.js";
import { numberOption } from "./number-option.js";
import { parseOptions } from "./parse-options.js";
import { readRecords } from "./read-records.js";
import { readSource } from "./read-source.js";
import { timeZoneOption } from "./time-zone-option.js";
import { QUEUE_HELP } from "./usage.js";

/**
 * `support-policy queue`: the order in which one engineer should pick up the tickets of a JSON
 * array or NDJSON file (or standard input) at `now`, each with its bucket, its nearest reply due
 * and the reasons that placed it (docs/rules.md §3). SLA reports come from the edition (or your own
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
  });
  if (values["help"] === true) {
    io.stdout(QUEUE_HELP);
    return EXIT_CODES.ok;
  }
  if (positionals.length > 1) throw new CliError(`support-policy queue: expected one FILE, received ${positionals.length}; see "support-policy queue --help"`);
  const agent = values["agent"];
  if (typeof agent !== "string") throw new CliError('support-policy queue: --agent is required; see "support-policy queue --help"');
  const format = formatOption(values["format"] as string | undefined);
  const timeZone = timeZoneOption(values["time-zone"] as string | undefined);
  const edition = editionOption(values["edition"] as string | undefined);
  const windowText = values["window"];
  const windowMinutes = typeof windowText === "string" ? numberOption("window", windowText) : 60;
  const nowText = values["now"];
  const now = typeof nowText === "string" ? instantOption("now", nowText) : io.now();
  const policiesFile = values["policies"];
  const policySet = typeof policiesFile === "string" ? loadPolicyFile(policiesFile, io) : edition === "handbook2016" ? handbook2016 : gitlab2026;
  const { text, source } = readSource(positionals[0], io);
  const { tickets, problems } = collectTickets(readRecords(text, source), source, policySet, now);
  for (const problem of problems) io.stderr(`${problem}\n`);
  if (problems.length > 0 && values["keep-going"] !== true) {
    io.stderr(`${problems.length} invalid record(s) in ${source}; no queue printed (use --keep-going to order the valid ones)\n`);
    return EXIT_CODES.invalidRecords;
  }
  const region = values["region"];
  const dedicated = values["dedicated"];
  const queue = engineerQueue(
    tickets,
    { command: "queue", agent, region: typeof region === "string" ? region : undefined, dedicated: typeof dedicated === "string" ? dedicated : undefined, windowMinutes },
    edition,
    now,
  );
  if (format === "json") {
    io.stdout(`${JSON.stringify(queue, null, 2)}\n`);
  } else {
    io.stdout(`Pick-up order for ${agent} as of ${queue.now} (${edition}), times in ${timeZone}\n\n`);
    const rows = queue.entries.map((entry) => [
      String(entry.position),
      entry.ticketId,
      entry.bucket,
      entry.dueAt === null ? "-" : `${entry.dueMetric === "first_reply" ? "first" : "next"} ${formatInstant(entry.dueAt, timeZone)}`,
      entry.dueAt === null ? "-" : formatDuration(Date.parse(entry.dueAt) - now.getTime()),
      entry.reasons.map((reason) => reason.message).join("; "),
    ]);
    io.stdout(formatTable(["#", "ticket", "bucket", "reply due", "in", "why"], rows));
  }
  return problems.length > 0 ? EXIT_CODES.invalidRecords : EXIT_CODES.ok;
}
