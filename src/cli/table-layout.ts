/**
 * A plain-text table's layout: columns as wide as their widest cell among the header and the
 * sample rows, separated by two spaces, the last column unpadded. Rows beyond the sample are laid
 * out with the same widths (a longer cell pushes the rest of its line right), so a table can be
 * printed a row at a time with memory that does not grow with its length.
 *
 * @example
 * ```ts
 * const layout = tableLayout(["ticket", "state"], [["T-1", "active"]]);
 * layout.line(["T-22", "breached"]); // => "T-22    breached"
 * layout.rule; // => "------  ------"
 * ```
 */
export interface TableLayout {
  /** The header line. */
  readonly header: string;
  /** The rule under the header: dashes as wide as each column. */
  readonly rule: string;
  /** One row laid out on one line, without its newline. */
  readonly line: (cells: readonly string[]) => string;
}

/**
 * Measures a table's columns from its header and sample rows (see {@link TableLayout}). Widths
 * are taken in one pass over the cells, never by spreading the rows into `Math.max`, which
 * overflows the stack past about 100,000 rows.
 *
 * @param headers - the column titles
 * @param sample - the rows that set the widths
 * @returns the layout
 *
 * @example
 * ```ts
 * tableLayout(["#", "ticket"], [["1", "T-1"]]).header; // => "#  ticket"
 * ```
 */
export function tableLayout(headers: readonly string[], sample: Iterable<readonly string[]>): TableLayout {
  const widths = headers.map((header) => header.length);
  for (const row of sample) {
    for (let column = 0; column < widths.length; column++) {
      const length = (row[column] ?? "").length;
      if (length > (widths[column] as number)) widths[column] = length;
    }
  }
  const last = headers.length - 1;
  const line = (cells: readonly string[]): string =>
    headers
      .map((_, column) => {
        const cell = cells[column] ?? "";
        // Stryker disable next-line ConditionalExpression,ArithmeticOperator: the line is trimmed at its end, so padding the last cell shows nothing
        return column === last ? cell : cell.padEnd(widths[column] ?? 0);
      })
      .join("  ")
      .trimEnd();
  return { header: line(headers), rule: line(widths.map((width) => "-".repeat(width))), line };
}
