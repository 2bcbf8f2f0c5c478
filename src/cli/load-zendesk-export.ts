import { importZendeskExport } from "../import/zendesk/import-zendesk-export.js";
import type { ZendeskExport, ZendeskImport, ZendeskRecordError } from "../import/zendesk/zendesk-export.js";
import { CliError } from "./cli-error.js";
import type { CliIo } from "./cli-io.js";
import { formatPath } from "./format-path.js";
import type { LoadedExport } from "./loaded-export.js";
import { parseJsonText } from "./parse-json-text.js";
import { readOptionalText, readText } from "./read-text.js";

/**
 * A Zendesk export directory, read and imported: the API responses as parsed, what the importer
 * made of them, and one line per bad record.
 *
 * @example
 * ```ts
 * const loaded: LoadedZendeskExport = loadZendeskExport("examples/zendesk", io);
 * loaded.problems.length; // => 0
 * ```
 */
export interface LoadedZendeskExport extends LoadedExport {
  /** The API responses, parsed (`ticketMetricEvents` included when the file is there). */
  readonly data: ZendeskExport;
  /** The importer's result: tickets, policy set, calendars, errors. */
  readonly imported: ZendeskImport;
}

const FILES = {
  tickets: "tickets.json",
  ticketAudits: "ticket_audits.json",
  users: "users.json",
  organizations: "organizations.json",
  slaPolicies: "sla_policies.json",
  schedules: "schedules.json",
  customStatuses: "custom_statuses.json",
  ticketMetricEvents: "ticket_metric_events.json",
} as const;

/** A file's parsed JSON; undefined when an optional file is not there. */
function readJson(dir: string, name: string, io: CliIo, required: boolean): unknown {
  const path = `${dir}/${name}`;
  const text = required ? readText(path, io) : readOptionalText(path, io);
  if (text === undefined) return undefined;
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new CliError(`${path}: ${parsed.message}`);
  return parsed.value;
}

function scheduleIds(schedules: unknown): string[] {
  const list = typeof schedules === "object" && schedules !== null && "schedules" in schedules ? (schedules).schedules : undefined;
  if (!Array.isArray(list)) return [];
  return list.flatMap((schedule: unknown) => {
    const id = typeof schedule === "object" && schedule !== null ? (schedule as { id?: unknown }).id : undefined;
    return typeof id === "number" || typeof id === "string" ? [String(id)] : [];
  });
}

/** The file a record error belongs to, as the directory holds it. */
function fileOf(error: ZendeskRecordError, perSchedule: boolean): string {
  if (error.source !== "holidays" || !perSchedule) return `${error.source}.json`;
  const schedule = /schedule (\S+?)\)?$/.exec(error.record)?.[1];
  return schedule === undefined ? "schedules/<id>/holidays.json" : `schedules/${schedule}/holidays.json`;
}

/**
 * Reads a Zendesk export directory, the API responses as files named for their endpoints
 * (`tickets.json`, `ticket_audits.json`, `users.json`, `organizations.json`, `sla_policies.json`,
 * `schedules.json`, `holidays.json` for the only schedule or `schedules/<id>/holidays.json` for
 * each, `custom_statuses.json`, `ticket_metric_events.json`), and imports it with
 * `importZendeskExport`. Only `tickets.json` is required. Every bad record becomes one line
 * `DIR/FILE: RECORD: FIELD: MESSAGE`.
 *
 * @param dir - the export directory
 * @param io - file access
 * @returns the responses, the import and the problem lines
 * @throws {@link CliError} (exit 2) when a file cannot be read or is not JSON
 *
 * @example
 * ```ts
 * const { imported, problems } = loadZendeskExport("examples/zendesk", io);
 * imported.tickets.filter((entry) => entry.ok).length; // => 8
 * ```
 */
export function loadZendeskExport(dir: string, io: CliIo): LoadedZendeskExport {
  const read = (name: string, required = false): unknown => readJson(dir, name, io, required);
  const schedules = read(FILES.schedules);
  let holidays = read("holidays.json");
  let perSchedule = false;
  if (holidays === undefined) {
    const byId: Record<string, unknown> = {};
    for (const id of scheduleIds(schedules)) {
      const own = read(`schedules/${id}/holidays.json`);
      if (own !== undefined) byId[id] = own;
    }
    if (Object.keys(byId).length > 0) {
      holidays = byId;
      perSchedule = true;
    }
  }
  const data: ZendeskExport = {
    tickets: read(FILES.tickets, true),
    ticketAudits: read(FILES.ticketAudits),
    users: read(FILES.users),
    organizations: read(FILES.organizations),
    slaPolicies: read(FILES.slaPolicies),
    schedules,
    holidays,
    customStatuses: read(FILES.customStatuses),
    ticketMetricEvents: read(FILES.ticketMetricEvents),
  };
  const imported = importZendeskExport(data);
  const line = (error: ZendeskRecordError): string => `${dir}/${fileOf(error, perSchedule)}: ${error.record}: ${formatPath(error.path)}: ${error.message}`;
  const problems = [...imported.errors.map(line), ...imported.tickets.flatMap((entry) => (entry.ok ? [] : entry.errors.map(line)))];
  return { dir, ticketsFile: FILES.tickets, data, imported, problems, fatal: imported.policySet === null };
}
