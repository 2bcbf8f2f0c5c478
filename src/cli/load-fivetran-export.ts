import { fivetranToZendesk } from "../import/fivetran/fivetran-to-zendesk.js";
import { importZendeskExport } from "../import/zendesk/import-zendesk-export.js";
import type { CliIo } from "./cli-io.js";
import { formatPath } from "./format-path.js";
import { loadFivetranTables } from "./load-fivetran-tables.js";
import type { LoadedZendeskExport } from "./load-zendesk-export.js";

/**
 * Reads a directory of Fivetran Zendesk tables as CSV ({@link loadFivetranTables}), converts them
 * into the Zendesk REST responses (`fivetranToZendesk`) and imports those with the Zendesk
 * importer, so `--from fivetran` works wherever `--from zendesk` does. A bad row is one line
 * `DIR/TABLE.csv: line N: RECORD: COLUMN: MESSAGE` (line 1 is the header); a record the importer
 * rejects names the converted response it was in.
 *
 * @param dir - the directory
 * @param io - file access
 * @returns the converted responses, the import and the problem lines
 * @throws {@link CliError} (exit 2) when a file cannot be read or is not CSV
 *
 * @example
 * ```ts
 * loadFivetranExport("examples/fivetran", io).problems; // => []
 * ```
 */
export function loadFivetranExport(dir: string, io: CliIo): LoadedZendeskExport {
  const conversion = fivetranToZendesk(loadFivetranTables(dir, io));
  const imported = importZendeskExport(conversion.zendeskExport);
  const problems = [
    ...conversion.errors.map((error) => `${dir}/${error.table}.csv: line ${error.row + 2}: ${error.record}: ${error.column ?? "the row"}: ${error.message}`),
    ...[...imported.errors, ...imported.tickets.flatMap((entry) => (entry.ok ? [] : entry.errors))].map(
      (error) => `${dir} (converted ${error.source}.json): ${error.record}: ${formatPath(error.path)}: ${error.message}`,
    ),
  ];
  return { dir, ticketsFile: "ticket.csv", data: conversion.zendeskExport, imported, problems, fatal: imported.policySet === null };
}
