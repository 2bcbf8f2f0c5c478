import { parse } from "csv-parse/sync";
import { FIVETRAN_TABLE_NAMES, type FivetranRow, type FivetranTableName, type FivetranTables } from "../import/fivetran/fivetran-tables.js";
import { CliError } from "./cli-error.js";
import type { CliIo } from "./cli-io.js";
import { readOptionalText, readText } from "./read-text.js";

/** One CSV file's rows, its header naming the columns; undefined when an optional file is absent. */
function readTable(path: string, io: CliIo, required: boolean): FivetranRow[] | undefined {
  const text = required ? readText(path, io) : readOptionalText(path, io);
  if (text === undefined) return undefined;
  try {
    return parse<FivetranRow>(text, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: false });
  } catch (error) {
    throw new CliError(`${path}: not a CSV table with a header row (${error instanceof Error ? error.message : String(error)})`);
  }
}

/**
 * Reads the Fivetran Zendesk tables of a directory, one CSV file per table named for it
 * (`ticket.csv`, `ticket_field_history.csv`, `ticket_comment.csv`, `ticket_schedule.csv`,
 * `schedule.csv`, `schedule_holiday.csv`, `sla_policy_metric_history.csv`,
 * `ticket_sla_policy.csv`, `user.csv`, ...), each with a header row naming its columns. Only
 * `ticket.csv` is required. The CSV parser lives here, in the command line, and never in a
 * library entry.
 *
 * @param dir - the directory
 * @param io - file access
 * @returns the tables as rows, for `fivetranToZendesk`
 * @throws {@link CliError} (exit 2) when a file cannot be read or is not CSV
 *
 * @example
 * ```ts
 * loadFivetranTables("examples/fivetran", io).ticket.length; // => 4
 * ```
 */
export function loadFivetranTables(dir: string, io: CliIo): FivetranTables {
  const tables: Partial<Record<FivetranTableName, FivetranRow[]>> = {};
  for (const name of FIVETRAN_TABLE_NAMES) {
    const rows = readTable(`${dir}/${name}.csv`, io, name === "ticket");
    if (rows !== undefined) tables[name] = rows;
  }
  return { ...tables, ticket: tables.ticket ?? [] };
}
