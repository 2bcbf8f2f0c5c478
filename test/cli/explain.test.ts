import { describe, expect, it } from "vitest";
import { EXIT_CODES } from "../../src/cli/exit-codes.js";
import { renderDecision } from "../../src/cli/render-decision.js";
import { NOW, run } from "./harness.js";

const reason = (code: string, facts: Record<string, unknown> = {}): Record<string, unknown> => ({ code, rule: `rule of ${code}`, message: `message of ${code}`, facts });

const RELEASE = { kind: "username-release", edition: "2026", now: NOW, facts: { username: "alice", requesterIsPaidCustomer: true, hasData: false, takenNames: ["alice_idle"] } };
const TWO_TARGETS = {
  kind: "2fa-removal",
  edition: "2016",
  request: { requester: { userId: "u1" }, targets: [{ userId: "u1", pushedGivenFile: true }, { userId: "u2", pushedGivenFile: true }] },
};

describe("renderDecision", () => {
  it("prints the outcome, a new name, each account's outcome, every reason with its code, rule and facts, what is next and what is missing", () => {
    const text = renderDecision("Title", {
      outcome: "release",
      newName: "alice_idle1",
      targets: [
        { userId: "u1", outcome: "approve" },
        { userId: "u2", outcome: "deny" },
      ],
      reasons: [reason("a", { n: 1 }), reason("b")] as never,
      next: { action: "do_it", message: "Do it" },
      missing: ["facts.one", "facts.two"],
    });
    expect(text).toBe(
      [
        "Title",
        "Outcome: release",
        "New name for the dormant account: alice_idle1",
        "  account u1: approve",
        "  account u2: deny",
        "Reasons:",
        "  - message of a",
        "      code: a",
        "      rule: rule of a",
        '      facts: {"n":1}',
        "  - message of b",
        "      code: b",
        "      rule: rule of b",
        "      facts: {}",
        "Next: Do it [do_it]",
        "Missing facts: facts.one, facts.two",
        "",
      ].join("\n"),
    );
  });

  it("without an outcome, reasons or missing facts, prints a dash and nothing else", () => {
    expect(renderDecision("Title", {})).toBe("Title\nOutcome: -\n");
    expect(renderDecision("Title", { outcome: "x", reasons: [], missing: [], targets: [], paths: [] })).toBe("Title\nOutcome: x\n");
  });

  it("prints each escalation path with its reasons, then the STAR, severity and emergency decisions behind it", () => {
    const text = renderDecision("Paths", {
      outcome: "escalate",
      paths: [
        {
          path: "star",
          handledBy: "support_manager",
          reasons: [reason("p")] as never,
          star: { outcome: "cannot_decide", missing: ["star.plan", "star.arr"], next: { action: "ask", message: "Ask", at: "2026-11-21T00:00:00.000Z" } },
          severity: { outcome: "classified", reasons: [reason("s")] as never, next: { action: "wait", message: "Wait" } },
          eligibility: {},
        },
        { path: "security_incident", handledBy: "security_on_call" },
      ],
      next: { action: "page", message: "Page", at: "2026-11-20T18:00:00.000Z" },
    });
    expect(text).toBe(
      [
        "Paths",
        "Outcome: escalate",
        "Path: star (handled by support_manager)",
        "  - message of p",
        "      code: p",
        "      rule: rule of p",
        "      facts: {}",
        "  STAR: cannot_decide",
        "    next: Ask (at 2026-11-21T00:00:00.000Z)",
        "    missing facts: star.plan, star.arr",
        "  severity: classified",
        "    - message of s",
        "        code: s",
        "        rule: rule of s",
        "        facts: {}",
        "    next: Wait",
        "  emergency eligibility: -",
        "Path: security_incident (handled by security_on_call)",
        "Next: Page (at 2026-11-20T18:00:00.000Z) [page]",
        "",
      ].join("\n"),
    );
  });
});

describe("renderDecision, refused paths", () => {
  it("prints a path considered and refused apart from the paths, after them, with its reasons", () => {
    const text = renderDecision("Paths", {
      outcome: "no_escalation",
      paths: [],
      refused: [{ path: "star", reasons: [reason("r")] as never }],
    });
    expect(text).toBe(["Paths", "Outcome: no_escalation", "Considered and refused: star", "  - message of r", "      code: r", "      rule: rule of r", "      facts: {}", ""].join("\n"));
  });
});

describe("explain", () => {
  it("titles each decision with what was decided, and separates decisions with a blank line", () => {
    const result = run(["explain"], { stdin: [JSON.stringify(RELEASE), JSON.stringify(TWO_TARGETS)].join("\n") });
    expect(result.status).toBe(EXIT_CODES.ok);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^Dormant username "alice" \(gitlab2026\) as of 2026-11-20T17:30:00\.000Z\nOutcome: release\nNew name for the dormant account: alice_idle1\n/);
    expect(result.stdout).toContain("\n\n2FA removal (handbook2016) for u1, u2\nOutcome: ");
    expect(result.stdout).toMatch(/\n {2}account u1: approve\n {2}account u2: approve\n/);
  });

  it("--format json prints each request's kind and decision, nothing else", () => {
    const result = run(["explain", "-", "--format", "json"], { stdin: JSON.stringify([RELEASE]) });
    const out = JSON.parse(result.stdout) as { kind: string; decision: { outcome: string; newName: string } }[];
    expect(out).toHaveLength(1);
    expect(Object.keys(out[0] ?? {})).toEqual(["kind", "decision"]);
    expect(out[0]).toMatchObject({ kind: "username-release", decision: { outcome: "release", newName: "alice_idle1" } });
    expect(result.stdout).toMatch(/^\[\n {2}\{\n {4}"kind": "username-release",\n/);
    expect(result.stdout.endsWith("]\n")).toBe(true);
  });

  describe("bad requests", () => {
    const stdin = [
      JSON.stringify(RELEASE),
      "{oops",
      JSON.stringify({ kind: "escalation", now: "2026-02-30T10:00:00Z", situation: {} }),
      JSON.stringify({ kind: "username-release", edition: "2019", now: NOW, facts: {} }),
      JSON.stringify({ kind: "escalation", now: "2026-11-20T10:00:00", situation: {} }),
      JSON.stringify({ kind: "2fa-removal", edition: "2026", request: {}, extra: 1 }),
    ].join("\n");
    const lines = [
      "stdin: line 2: malformed JSON at column 2: Expected property name or '}'",
      // A day that does not exist is not rolled over into March.
      'stdin: line 3: now: Expected an ISO 8601 date-time with "Z" or an offset (e.g. "2026-11-20T10:00:00Z"), a Date or epoch milliseconds; received the string "2026-02-30T10:00:00Z"',
      // The one edition parser's message, as every function gives it.
      'stdin: line 4: edition: Unknown edition "2019"; expected one of handbook2016 (or 2016), gitlab2026 (or 2026)',
      // Without an offset the instant would depend on the host's zone.
      'stdin: line 5: now: Expected an ISO 8601 date-time with "Z" or an offset (e.g. "2026-11-20T10:00:00Z"), a Date or epoch milliseconds; received the string "2026-11-20T10:00:00"',
      'stdin: line 6: extra: Unknown key "extra"',
    ];

    it("without --keep-going: one line each, a closing line, nothing decided, exit 1", () => {
      expect(run(["explain"], { stdin })).toEqual({
        status: EXIT_CODES.invalidRecords,
        stdout: "",
        stderr: [...lines, "5 invalid request(s) in stdin; nothing decided (use --keep-going to decide the valid ones)", ""].join("\n"),
      });
    });

    it("with --keep-going: the same lines, the valid requests decided, exit 1", () => {
      const result = run(["explain", "-k", "--format", "json"], { stdin });
      expect(result.status).toBe(EXIT_CODES.invalidRecords);
      expect(result.stderr).toBe([...lines, ""].join("\n"));
      expect((JSON.parse(result.stdout) as { kind: string }[]).map((d) => d.kind)).toEqual(["username-release"]);
    });
  });

  it("a request with more problems than one line shows: the first and a count pointing at --verbose without it, every problem on its own line with it", () => {
    const stdin = JSON.stringify({ kind: "username-release", edition: "2019", now: "nope", facts: {}, extra: 1 });
    const terse = run(["explain"], { stdin });
    expect(terse.status).toBe(EXIT_CODES.invalidRecords);
    expect(terse.stderr.split("\n")[0]).toBe('stdin: record 1: edition: Unknown edition "2019"; expected one of handbook2016 (or 2016), gitlab2026 (or 2026) (and 2 more; --verbose lists them)');
    const verbose = run(["explain", "--verbose"], { stdin });
    expect(verbose.status).toBe(EXIT_CODES.invalidRecords);
    expect(verbose.stderr.split("\n").slice(0, 5)).toEqual([
      "stdin: record 1: 3 problems:",
      '  edition: Unknown edition "2019"; expected one of handbook2016 (or 2016), gitlab2026 (or 2026)',
      '  now: Expected an ISO 8601 date-time with "Z" or an offset (e.g. "2026-11-20T10:00:00Z"), a Date or epoch milliseconds; received the string "nope"',
      '  extra: Unknown key "extra"; allowed: "kind", "edition", "now", "facts", "parameters"',
      "1 invalid request(s) in stdin; nothing decided (use --keep-going to decide the valid ones)",
    ]);
  });

  it("--help prints the explain help; a bad --format is a usage error", () => {
    const help = run(["explain", "--help"]);
    expect(help.status).toBe(EXIT_CODES.ok);
    expect(help.stdout).toMatch(/^Usage: support-policy explain \[FILE\] \[--format table\|json\] \[--keep-going\]\n/);
    expect(run(["explain", "--format", "csv"], { stdin: JSON.stringify(RELEASE) })).toEqual({ status: EXIT_CODES.usage, stdout: "", stderr: '--format: expected table or json, received "csv"\n' });
    expect(run(["explain", "--colour"]).stderr).toBe('support-policy explain: Unknown option \'--colour\'; see "support-policy explain --help"\n');
  });
});

describe("explain: what each request kind takes", () => {
  it.each([
    [{ kind: "parking-ticket" }, 'stdin: record 1: kind: Unknown kind: expected "username-release", "2fa-removal" or "escalation"'],
    [{ edition: "2026" }, 'stdin: record 1: kind: Unknown kind: expected "username-release", "2fa-removal" or "escalation"'],
    [{ ...RELEASE, parameters: { inactiveYearsCountsAsNoData: "two" } }, expect.stringMatching(/^stdin: record 1: parameters\.inactiveYearsCountsAsNoData: .+$/)],
    [{ ...TWO_TARGETS, parameters: { maxNonEnterpriseTargetsPerTicket: "two" } }, expect.stringMatching(/^stdin: record 1: parameters\.maxNonEnterpriseTargetsPerTicket: .+$/)],
    [{ ...TWO_TARGETS, parameters: 3 }, expect.stringMatching(/^stdin: record 1: parameters: .+$/)],
    [{ kind: "escalation", now: NOW, situation: { edition: "gitlab2026", plan: "platinum" } }, expect.stringMatching(/^stdin: record 1: situation\.plan: .+$/)],
  ])("%j is a bad request naming the field", (request, line) => {
    const result = run(["explain"], { stdin: JSON.stringify(request) });
    expect(result.status).toBe(EXIT_CODES.invalidRecords);
    expect(result.stderr.split("\n")[0]).toEqual(line);
  });

  it("parameters override the edition's numbers", () => {
    // Active 1 year and 8 months before: data under the 2-year rule, none under a 1-year one.
    const facts = { username: "bob", requesterIsPaidCustomer: true, hasData: true, lastActivityAt: "2025-03-02T10:00:00Z" };
    const outcome = (parameters?: Record<string, unknown>): string =>
      (JSON.parse(run(["explain", "--format", "json"], { stdin: JSON.stringify({ ...RELEASE, facts, ...(parameters === undefined ? {} : { parameters }) }) }).stdout) as { decision: { outcome: string } }[])[0]?.decision.outcome ?? "";
    expect(outcome()).not.toBe("release");
    expect(outcome({ inactiveYearsCountsAsNoData: 1 })).toBe("release");
  });
});
