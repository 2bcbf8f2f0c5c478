// Rejecting a huge input lists the first 100 problems and counts the rest, so it costs about what
// accepting it would. The time bounds only guard against a hang (they are generous); the figures
// are measured in the benchmarks.
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";
import { SupportPolicyError } from "../../src/shared/errors.js";
import { thrown } from "../support/thrown.js";

function timed(run: () => unknown): [SupportPolicyError, number] {
  const started = performance.now();
  const error = thrown(run);
  return [error, performance.now() - started];
}

describe("a rejection collects at most 100 issues and counts the rest", () => {
  it("planDashboardViews on 100,000 bad channels: 100 issues, 'and 99999 more'", () => {
    const [error, ms] = timed(() => api.planDashboardViews(Array.from({ length: 100_000 }, () => 42) as never));
    expect(error.issues).toHaveLength(100);
    expect(error.omittedIssues).toBe(99_900);
    expect(error.message).toMatch(/ \(and 99999 more\)$/);
    expect(ms).toBeLessThan(10_000);
  });

  it("100,000 unknown keys on a ticket: 100 unknown_key issues, each naming its key only", () => {
    const keys = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, 1]));
    const [error, ms] = timed(() => api.parseTicket({ id: "x", createdAt: "2026-11-20T08:00:00Z", channel: "ticket", ...keys } as never));
    expect(error.issues).toHaveLength(100);
    expect(error.issues.every((issue) => issue.code === "unknown_key" && issue.message.length < 200)).toBe(true);
    expect(error.message).toMatch(/^Unknown key "k0".* \(and 99999 more\)$/);
    expect(ms).toBeLessThan(10_000);
  });

  it("a few issues are all listed, none omitted", () => {
    const error = thrown(() => api.planDashboardViews([42, 43] as never));
    expect(error.issues).toHaveLength(2);
    expect(error.omittedIssues).toBe(0);
    expect(error.message).toMatch(/ \(and 1 more\)$/);
  });
});
