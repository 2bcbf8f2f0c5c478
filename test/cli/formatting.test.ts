import { fc, test } from "../support/property.js";
import { describe, expect, it } from "vitest";
import { formatPath } from "../../src/cli/format-path.js";
import { formatTable } from "../../src/cli/format-table.js";

describe("formatPath", () => {
  it("joins keys with dots and puts indexes in brackets", () => {
    expect(formatPath(["events", 2, "author"])).toBe("events[2].author");
    expect(formatPath([0, "id"])).toBe("[0].id");
    expect(formatPath(["weekly", "tue", 1, 0])).toBe("weekly.tue[1][0]");
    expect(formatPath([])).toBe("(root)");
  });
});

describe("formatTable", () => {
  it("pads every column but the last to its widest cell", () => {
    expect(formatTable(["ticket", "state"], [["T-1", "active"], ["T-22", "breached"]])).toBe("ticket  state\n------  --------\nT-1     active\nT-22    breached\n");
  });

  it("a missing cell is blank, and a line never ends in blanks", () => {
    expect(formatTable(["a", "b", "c"], [["x"], ["yy", "z", ""]])).toBe("a   b  c\n--  -  -\nx\nyy  z\n");
    expect(formatTable(["only"], [])).toBe("only\n----\n");
  });

  const cell = fc.string({ unit: fc.constantFrom("a", "b", "-", ":", "1"), maxLength: 12 });
  test.prop([fc.integer({ min: 1, max: 5 }).chain((width) => fc.tuple(fc.array(cell, { minLength: width, maxLength: width }), fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 8 })))])(
    "every column starts at the same offset on every line",
    ([headers, rows]) => {
      const lines = formatTable(headers, rows).split("\n").slice(0, -1);
      expect(lines).toHaveLength(rows.length + 2);
      const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? "").length)));
      for (const line of lines) expect(line).toBe(line.trimEnd());
      const full = widths.reduce((sum, w) => sum + w + 2, 0);
      [headers, widths.map((w) => "-".repeat(w)), ...rows].forEach((cells, index) => {
        let offset = 0;
        cells.forEach((text, c) => {
          // Trailing blanks are trimmed from a line, so compare against the line padded back out.
          const line = (lines[index] ?? "").padEnd(full);
          if (c === cells.length - 1) expect(line.slice(offset).trimEnd()).toBe(text);
          else expect(line.slice(offset, offset + (widths[c] ?? 0))).toBe(text.padEnd(widths[c] ?? 0));
          offset += (widths[c] ?? 0) + 2;
        });
      });
    },
  );
});
