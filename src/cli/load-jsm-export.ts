import { importJsmExport } from "../import/jsm/import-jsm-export.js";
import type { JsmExport, JsmImport, JsmRecordError } from "../import/jsm/jsm-export.js";
import { CliError } from "./cli-error.js";
import type { CliIo } from "./cli-io.js";
import { formatPath } from "./format-path.js";
import type { LoadedExport } from "./loaded-export.js";
import { parseJsonText } from "./parse-json-text.js";
import { readOptionalText, readText } from "./read-text.js";

/**
 * A Jira Service Management export directory, read and imported: the files as parsed, what the
 * importer made of them, and one line per bad record.
 *
 * @example
 * ```ts
 * const loaded: LoadedJsmExport = loadJsmExport("examples/jsm", io);
 * loaded.problems.length; // => 0
 * ```
 */
export interface LoadedJsmExport extends LoadedExport {
  /** The files, parsed. */
  readonly data: JsmExport & { readonly requestSla?: unknown };
  /** The importer's result. */
  readonly imported: JsmImport;
}

/** The files of a JSM export directory. */
export const JSM_FILES = {
  issues: "issues.json",
  slaConfig: "sla-config.json",
  agents: "agents.json",
  requestSla: "request-sla.json",
} as const;

function readJson(path: string, io: CliIo, required: boolean): unknown {
  const text = required ? readText(path, io) : readOptionalText(path, io);
  if (text === undefined) return undefined;
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new CliError(`${path}: ${parsed.message}`);
  return parsed.value;
}

/**
 * Reads a JSM export directory and imports it with `importJsmExport`: `issues.json` (a Jira
 * search response with `expand=changelog`, an array of such pages, or an array of issues) and
 * `sla-config.json` (the SLA configuration in the library's JSON), both required;
 * `agents.json` (optional: the agents' account ids, an array of strings, so a customer with an
 * Atlassian account is told from an agent); `request-sla.json` (optional: `{ [issueKey]: the
 * response of GET /rest/servicedeskapi/request/{key}/sla }`, for `audit`). Every bad record
 * becomes one line `DIR/FILE: RECORD: FIELD: MESSAGE`.
 *
 * @param dir - the export directory
 * @param io - file access
 * @returns the files, the import and the problem lines
 * @throws {@link CliError} (exit 2) when a file cannot be read or is not JSON, or agents.json is not a list of ids
 *
 * @example
 * ```ts
 * const { imported, problems } = loadJsmExport("examples/jsm", io);
 * imported.tickets.filter((entry) => entry.ok).length; // => 6
 * ```
 */
export function loadJsmExport(dir: string, io: CliIo): LoadedJsmExport {
  const agentsPath = `${dir}/${JSM_FILES.agents}`;
  const agents = readJson(agentsPath, io, false);
  if (agents !== undefined && !(Array.isArray(agents) && agents.every((id) => typeof id === "string" && id !== ""))) {
    throw new CliError(`${agentsPath}: expected an array of account ids (strings)`);
  }
  const data = {
    issues: readJson(`${dir}/${JSM_FILES.issues}`, io, true),
    slaConfig: readJson(`${dir}/${JSM_FILES.slaConfig}`, io, true),
    ...(agents === undefined ? {} : { agentAccountIds: agents as string[] }),
    requestSla: readJson(`${dir}/${JSM_FILES.requestSla}`, io, false),
  };
  const imported = importJsmExport(data);
  const line = (error: JsmRecordError): string => `${dir}/${error.source}.json: ${error.record}: ${formatPath(error.path)}: ${error.message}`;
  const problems = [...imported.errors.map(line), ...imported.tickets.flatMap((entry) => (entry.ok ? [] : entry.errors.map(line)))];
  return { dir, ticketsFile: JSM_FILES.issues, data, imported, problems, fatal: imported.policySet === null };
}
