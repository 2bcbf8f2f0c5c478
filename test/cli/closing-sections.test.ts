// sla's closing sections are bounded: the table lists the SECTION_LINES warnings nearest to
// breach and the first SECTION_LINES tickets whose policy cannot be decided, with exact counts
// of the rest; JSON and NDJSON carry every ticket's warnings in its own record.
import { describe, expect, it } from "vitest";
import type { BreachWarning } from "../../src/sla/breach-warning.js";
import { compareWarnings, nearestWarnings } from "../../src/cli/nearest-warnings.js";
import { SECTION_LINES } from "../../src/cli/run-sla.js";
import { fc, test } from "../support/property.js";
import { NOW, SAMPLE, run } from "./harness.js";

const warning = fc.record({
  ticketId: fc.constantFrom("T-1", "T-2", "T-10", "A"),
  policyId: fc.constant(null),
  priority: fc.constant(null),
  metric: fc.constantFrom("first_reply", "next_reply", "periodic_update", "custom_b", "custom_a"),
  dueAt: fc.constant("2026-11-20T18:00:00.000Z"),
  inMs: fc.integer({ min: 0, max: 5 }),
  remainingBusinessMs: fc.constant(0),
}) satisfies fc.Arbitrary<BreachWarning>;

describe("nearestWarnings: the N nearest to breach, in breachWarnings' order", () => {
  test.prop([fc.array(warning, { maxLength: 60 }), fc.nat(12)])("keeps exactly the first `limit` of the whole list sorted soonest first, and counts every warning", (warnings, limit) => {
    const kept = nearestWarnings(limit);
    for (const w of warnings) kept.add(w);
    expect(kept.count()).toBe(warnings.length);
    // Equal warnings are interchangeable: compare what the order sees.
    const key = (w: BreachWarning): string => `${String(w.inMs)} ${w.ticketId} ${w.metric}`;
    expect(kept.nearest().map(key)).toEqual([...warnings].sort(compareWarnings).slice(0, limit).map(key));
  });

  it("orders Zendesk's metrics before a policy set's own, as breachWarnings does", () => {
    const at = (metric: string): BreachWarning => ({ ticketId: "T-1", policyId: null, priority: null, metric, dueAt: NOW, inMs: 0, remainingBusinessMs: 0 });
    expect([at("custom"), at("next_reply"), at("first_reply")].sort(compareWarnings).map((w) => w.metric)).toEqual(["first_reply", "next_reply", "custom"]);
  });
});

describe("sla: the closing sections hold a bounded number of lines", () => {
  // 26 sample tickets repeated: about one in nine warns within the hour, three in 26 cannot be decided.
  const input = Array.from({ length: 600 }, (_, i) => JSON.stringify({ ...SAMPLE[i % SAMPLE.length], id: `T-${String(i).padStart(4, "0")}` })).join("\n");
  const records = run(["sla", "-", "--format", "ndjson", "--now", NOW], { stdin: input })
    .stdout.trimEnd()
    .split("\n")
    .map((line) => JSON.parse(line) as { ticketId: string; outcome: string; metrics: unknown[]; warnings: BreachWarning[] });
  const all = records.flatMap((r) => r.warnings).sort(compareWarnings);
  const undecided = records.filter((r) => r.outcome === "cannot_decide" && r.metrics.length === 0).map((r) => r.ticketId);

  it("the input has more warnings and undecided tickets than the sections list", () => {
    expect(all.length).toBeGreaterThan(SECTION_LINES);
    expect(undecided.length).toBeGreaterThan(SECTION_LINES);
  });

  it(`table: "About to breach" lists the ${String(SECTION_LINES)} nearest, then "and K more" with K exact; the summary counts them all`, () => {
    const { stdout, status } = run(["sla", "-", "--now", NOW], { stdin: input });
    expect(status).toBe(0);
    expect(stdout).toContain(`600 ticket(s): `);
    expect(stdout).toContain(`, ${String(all.length)} metric(s) due within 60 min, `);
    const section = stdout.slice(stdout.indexOf(`\nAbout to breach (within 60 min), the ${String(SECTION_LINES)} nearest:\n`)).trimEnd().split("\n").slice(2);
    expect(section).toHaveLength(SECTION_LINES + 1);
    expect(section.slice(0, SECTION_LINES).map((line) => line.trim().split("  ")[0])).toEqual(all.slice(0, SECTION_LINES).map((w) => w.ticketId));
    expect(section.at(-1)).toBe(`  and ${String(all.length - SECTION_LINES)} more; see --format ndjson`);
  });

  it(`table: "Cannot decide the policy" lists the first ${String(SECTION_LINES)} in input order, then "and K more" with K exact`, () => {
    const { stdout } = run(["sla", "-", "--now", NOW], { stdin: input });
    const from = stdout.indexOf("\nCannot decide the policy:\n");
    const section = stdout.slice(from, stdout.indexOf("\n\n", from + 1)).trim().split("\n").slice(1);
    expect(section.slice(0, SECTION_LINES).map((line) => line.trim().split("  ")[0])).toEqual(undecided.slice(0, SECTION_LINES));
    expect(section.slice(SECTION_LINES)).toEqual([`  and ${String(undecided.length - SECTION_LINES)} more; see --format ndjson`]);
  });

  it('JSON: every report carries its own "warnings"; the top-level "warnings" are the nearest, "warningCount" all of them', () => {
    const out = JSON.parse(run(["sla", "-", "--format", "json", "--now", NOW], { stdin: input }).stdout) as { reports: { warnings: BreachWarning[] }[]; warningCount: number; warnings: BreachWarning[] };
    expect(out.reports.flatMap((r) => r.warnings).sort(compareWarnings)).toEqual(all);
    expect(out.warningCount).toBe(all.length);
    expect(out.warnings).toEqual(all.slice(0, SECTION_LINES));
  });

  it("a short input is listed whole, with no \"more\" line", () => {
    const { stdout } = run(["sla", "examples/tickets.json", "--now", NOW]);
    expect(stdout).toContain("\nAbout to breach (within 60 min):\n");
    expect(stdout).not.toContain("more; see --format ndjson");
  });
});
