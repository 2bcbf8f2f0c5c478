// The README's size table states each import's budget as .size-limit.json enforces it: one row per
// budgeted import, the same budget, and a stated size within it, so the page never promises a
// figure the check does not hold.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../cli/built-cli.js";

interface Budget {
  readonly name: string;
  readonly limit: string;
}

const budgets = JSON.parse(readFileSync(join(ROOT, ".size-limit.json"), "utf8")) as Budget[];
const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const section = readme.slice(readme.indexOf("\n## Size\n"), readme.indexOf("\n## ", readme.indexOf("\n## Size\n") + 1));

/** "`import { a, b } from "support-policy/sla"`" or "`support-policy` (everything)" as .size-limit.json names it. */
const nameOf = (cell: string): string => cell.replaceAll("`", "").replace(/^import /, "").replaceAll('"', "");
const kB = (text: string): number => {
  const match = /^([\d.]+) kB$/.exec(text.trim());
  if (match === null) throw new Error(`not a size in kB: ${text}`);
  return Number(match[1]);
};
const rows = section
  .split("\n")
  .filter((line) => line.startsWith("| `"))
  .map((line) => {
    const [name, size, budget] = line.split("|").slice(1, 4).map((cell) => cell.trim()) as [string, string, string];
    return { name: nameOf(name), size: kB(size), budget: kB(budget) };
  });

describe("the README's size table", () => {
  it("has one row per budgeted import, in the budgets' order", () => {
    expect(rows.map((row) => row.name)).toEqual(budgets.map((budget) => budget.name));
  });

  it("states each import's budget as .size-limit.json enforces it, and a size within it", () => {
    for (const budget of budgets) {
      const row = rows.find((entry) => entry.name === budget.name);
      expect(row?.budget, budget.name).toBe(kB(budget.limit));
      expect(row?.size, budget.name).toBeLessThanOrEqual(kB(budget.limit));
    }
  });
});
