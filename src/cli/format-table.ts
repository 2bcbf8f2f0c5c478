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
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: readonly string[]): string =>
    headers
      .map((_, column) => {
        const cell = cells[column] ?? "";
        // Stryker disable next-line ConditionalExpression,ArithmeticOperator: the line is trimmed at its end, so padding the last cell shows nothing
        return column === headers.length - 1 ? cell : cell.padEnd(widths[column] ?? 0);
      })
      .join("  ")
      .trimEnd();
  const rule = widths.map((width) => "-".repeat(width));
  return [line(headers), line(rule), ...rows.map(line)].map((text) => `${text}\n`).join("");
}
