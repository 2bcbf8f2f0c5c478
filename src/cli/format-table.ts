import { tableLayout } from "./table-layout.js";

/**
 * Lays out rows as a plain-text table: a header, a rule, and columns padded to their widest
 * cell, separated by two spaces. The last column is not padded, so long explanations do not
 * leave trailing blanks.
 *
 * @param headers - the column titles
 * @param rows - the cells, one array per row, as many cells as headers
 * @returns the table, one line per row, ending with a newline
 *
 * @example
 * ```ts
 * formatTable(["ticket", "state"], [["T-1", "active"], ["T-22", "breached"]]);
 * // => "ticket  state\n------  --------\nT-1     active\nT-22    breached\n"
 * ```
 */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const layout = tableLayout(headers, rows);
  const parts = [`${layout.header}\n`, `${layout.rule}\n`];
  for (const row of rows) parts.push(`${layout.line(row)}\n`);
  return parts.join("");
}
