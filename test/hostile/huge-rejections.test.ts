// Rejecting a huge input lists the first 100 problems and counts the rest, and costs no more than
// accepting an input of the same size: each case measures both in the same test and compares the
// two (a ratio, generous so a busy machine does not fail it, with a fixed allowance for the small
// baselines), never a fixed timeout.
import * as z from "zod";
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";
import { channelSchema } from "../../src/routing/channel-request.js";
import { SupportPolicyError, parseInput } from "../../src/shared/errors.js";
import { thrown } from "../support/thrown.js";

const NOW = Date.parse("2026-11-20T09:00:00Z");

function elapsed(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

function rejected(run: () => unknown): [SupportPolicyError, number] {
  let error: SupportPolicyError | undefined;
  const ms = elapsed(() => {
    error = thrown(run);
  });
  return [error as SupportPolicyError, ms];
}

/**
 * Accepting and rejecting, each twice in turn so a busy moment hits both alike: the faster
 * rejection costs at most a few times the faster acceptance (4x, plus a second for a small
 * baseline). Returns the first rejection's error.
 */
function expectNoDearer(accept: () => unknown, reject: () => unknown): SupportPolicyError {
  const acceptMs: number[] = [];
  const rejectMs: number[] = [];
  let error: SupportPolicyError | undefined;
  for (let round = 0; round < 2; round++) {
    acceptMs.push(elapsed(accept));
    const [thrownError, ms] = rejected(reject);
    error ??= thrownError;
    rejectMs.push(ms);
  }
  expect(Math.min(...rejectMs)).toBeLessThan(4 * Math.min(...acceptMs) + 1000);
  return error as SupportPolicyError;
}

describe("rejecting a huge input costs no more than accepting one", () => {
  it("planDashboardViews on 1,000,000 bad channels: 100 issues, the rest counted, against 1,000,000 channels accepted", () => {
    const good = Array.from({ length: 1_000_000 }, () => "ticket");
    // The same list schema accepting a million channels (planDashboardViews itself refuses a repeated channel).
    const bad = Array.from({ length: 1_000_000 }, () => 42);
    const error = expectNoDearer(
      () => parseInput(z.object({ channels: z.array(channelSchema) }), { channels: good }),
      () => api.planDashboardViews(bad as never),
    );
    expect(error.issues).toHaveLength(100);
    expect(error.omittedIssues).toBe(999_900);
    expect(error.issues[99]?.path).toEqual(["channels", 99]);
    expect(error.message).toMatch(/^Unknown channel 42; .* \(and 999999 more\)$/);
  });

  it("breachWarnings on 1,000,000 empty reports: the first reports' issues, one more counted for each further report", () => {
    const report = api.evaluateSla({ id: "T", createdAt: "2026-11-20T08:00:00Z", channel: "ticket", priority: "high" } as never, api.gitlab2026, NOW);
    const good = Array.from({ length: 1_000_000 }, () => report);
    const bad = Array.from({ length: 1_000_000 }, () => ({}));
    const error = expectNoDearer(
      () => api.breachWarnings(good, NOW, { hours: 1 }),
      () => api.breachWarnings(bad as never, NOW, { hours: 1 }),
    );
    expect(error.code).toBe("missing_field");
    expect(error.path).toEqual(["reports", 0, "ticketId"]);
    expect(error.issues).toHaveLength(100);
    // Past the first 100 issues each bad report counts once: at least that many problems.
    expect(error.omittedIssues).toBeGreaterThanOrEqual(1_000_000 - 100);
  });

  it("orderQueue on 200,000 bad tickets stops at the first, against 200,000 tickets ordered", () => {
    const options = { now: NOW, engineer: { id: "maria" }, edition: "gitlab2026" } as never;
    const good = Array.from({ length: 200_000 }, (_, i) => ({ id: `T-${i}`, createdAt: "2026-11-20T08:00:00Z", channel: "ticket" }));
    const bad = Array.from({ length: 200_000 }, () => ({ channel: "fax" }));
    const error = expectNoDearer(
      () => api.orderQueue(good as never, options),
      () => api.orderQueue(bad as never, options),
    );
    expect(error.path).toEqual(["tickets", 0, "id"]);
  });

  it("a 200,000-character string spread into a ticket: 200,000 unknown keys, against a ticket with 200,000 custom fields", () => {
    const base = { id: "x", createdAt: "2026-11-20T08:00:00Z", channel: "ticket" };
    const fields = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`custom_fields.${i}`, "v"]));
    const error = expectNoDearer(
      () => api.parseTicket({ ...base, fields } as never),
      () => api.parseTicket({ ...base, ...("x".repeat(200_000) as unknown as object) } as never),
    );
    expect(error.issues).toHaveLength(100);
    expect(error.omittedIssues).toBe(199_900);
    expect(error.issues.every((issue) => issue.code === "unknown_key" && issue.message.length < 200)).toBe(true);
    expect(error.message).toMatch(/^Unknown key "0" \(and 199999 more\)$/);
  });

  it("a ticket with 200,000 unknown field names: 100 issues and the rest counted exactly, against 200,000 custom fields accepted", () => {
    const base = { id: "x", createdAt: "2026-11-20T08:00:00Z", channel: "ticket" };
    const good = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`custom_fields.${i}`, "v"]));
    const bad = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`field_${i}`, "v"]));
    const error = expectNoDearer(
      () => api.parseTicket({ ...base, fields: good } as never),
      () => api.parseTicket({ ...base, fields: bad } as never),
    );
    expect([error.code, error.path]).toEqual(["unknown_field", ["ticket", "fields", "field_0"]]);
    expect(error.issues).toHaveLength(100);
    expect(error.omittedIssues).toBe(199_900);
    expect(error.message).toBe('Unknown ticket field "field_0": expected one of type, group, brand, via, requester or custom_fields.<id> (and 199999 more)');
  });
});

describe("a rejection collects at most 100 issues and counts the rest", () => {
  it("a few issues are all listed, none omitted", () => {
    const error = thrown(() => api.planDashboardViews([42, 43] as never));
    expect(error.issues).toHaveLength(2);
    expect(error.omittedIssues).toBe(0);
    expect(error.message).toMatch(/ \(and 1 more\)$/);
  });

  it("a long list with a few bad elements lists each of them, at its index", () => {
    const channels = Array.from({ length: 5000 }, (_, i) => (i === 10 || i === 4000 ? "fax" : 42));
    const error = thrown(() => parseInput(z.array(z.literal(42)), channels, ["list"]));
    expect(error.issues.map((issue) => issue.path)).toEqual([["list", 10], ["list", 4000]]);
    expect(error.omittedIssues).toBe(0);
  });

  it("a long list whose elements are all fine is left to zod whole, so its own refinement still decides", () => {
    const list = z.array(z.number()).refine((numbers) => numbers.length < 2000, { message: "too many" });
    const error = thrown(() => parseInput(list, Array.from({ length: 3000 }, () => 1)));
    expect(error.issues).toEqual([{ code: "invalid_input", path: [], message: "too many" }]);
  });

  it("bad fields beside a long bad list are all found, in the schema's order", () => {
    const schema = z.strictObject({ name: z.string(), list: z.array(z.number()), kind: z.enum(["a", "b"]) });
    const error = thrown(() => parseInput(schema, { name: 1, list: Array.from({ length: 2000 }, () => "x"), kind: "c", extra: 1 }));
    expect(error.issues[0]?.path).toEqual(["name"]);
    expect(error.issues[1]?.path).toEqual(["list", 0]);
    expect(error.issues).toHaveLength(100);
    // 2,003 problems (the name, 2,000 elements, the kind, the unknown key), 100 listed.
    expect(error.omittedIssues).toBe(1903);
    expect(error.message).toMatch(/ \(and 2002 more\)$/);
  });
});
