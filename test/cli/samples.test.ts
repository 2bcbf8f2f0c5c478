import { describe, expect, it } from "vitest";
import { NOW, run } from "./harness.js";

// The bundled examples through every command and format, output kept whole: the e2e suite checks
// chosen lines of them against the handbook, these pin every other line of the reports.
const COMMANDS: Readonly<Record<string, readonly string[]>> = {
  "sla table, 2026": ["sla", "examples/tickets.json", "--now", NOW],
  "sla table, 2016, Berlin time": ["sla", "examples/tickets.json", "--now", NOW, "--edition", "2016", "--time-zone", "Europe/Berlin"],
  "sla table, own policies": ["sla", "examples/tickets.json", "--now", NOW, "--policies", "examples/policies.json", "--within", "120"],
  "queue table, maria in EMEA, 2026": ["queue", "examples/tickets.json", "--agent", "maria", "--region", "emea", "--now", NOW],
  "queue table, kenji, 2016, own policies": ["queue", "examples/tickets.json", "--agent", "kenji", "--edition", "2016", "--policies", "examples/policies.json", "--now", NOW, "--window", "90"],
  "explain, dormant username": ["explain", "examples/username-release.json"],
  "explain, 2FA removal": ["explain", "examples/2fa-removal.json"],
  "explain, escalations": ["explain", "examples/escalation.json"],
  "due, 24 hours on Global Support Hours": ["due", "--calendar", "global", "--from", "2026-03-07T00:00:00Z", "--hours", "24"],
  "due, 8 hours on the Berlin office calendar": ["due", "--calendar", "examples/calendar.json", "--from", "2026-12-22T15:00:00Z", "--hours", "8"],
};

describe("the bundled examples", () => {
  it.each(Object.entries(COMMANDS))("%s", (_, args) => {
    const result = run(args);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatchSnapshot();
  });
});

describe("the tables fit a 120-column terminal", () => {
  it.each(Object.entries(COMMANDS).filter(([name]) => name.startsWith("queue table")))("%s: every line within 120 columns", (_, args) => {
    expect(run(args).stdout.split("\n").filter((line) => line.length > 120)).toEqual([]);
  });

  it.each(Object.entries(COMMANDS).filter(([name]) => name.startsWith("sla table")))("%s: every line within 120 columns, a blank line between sections", (_, args) => {
    const lines = run(args).stdout.split("\n");
    expect(lines.filter((line) => line.length > 120)).toEqual([]);
    // The heading, the table, the summary and the lists are separated by one blank line each.
    expect(lines[1]).toBe("");
    const tableEnd = lines.findIndex((line, i) => i > 2 && line === "");
    expect(lines.slice(3, tableEnd).every((line) => line !== "")).toBe(true);
    expect(lines[tableEnd + 1]).toMatch(/^(\d+ ticket\(s\): |Cannot decide the policy:)/);
  });
});

describe("the help texts", () => {
  it.each([
    ["support-policy --help", ["--help"]],
    ["support-policy due --help", ["due", "--help"]],
    ["support-policy sla --help", ["sla", "-h"]],
    ["support-policy queue --help", ["queue", "--help"]],
    ["support-policy explain --help", ["explain", "--help"]],
    ["support-policy report --help", ["report", "--help"]],
  ])("%s", (_, args) => {
    const result = run(args);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatchSnapshot();
  });
});
