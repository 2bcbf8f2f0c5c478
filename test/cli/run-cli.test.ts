import { fc, test } from "../support/property.js";
import { describe, expect, it } from "vitest";
import { EXIT_CODES } from "../../src/cli/exit-codes.js";
import { breachWarnings } from "../../src/sla/breach-warnings.js";
import { evaluateSla } from "../../src/sla/evaluate-sla.js";
import { gitlab2026 } from "../../src/sla/editions/gitlab2026.js";
import { parseTicketRecord } from "../../src/cli/parse-ticket-record.js";
import { NOW, SAMPLE, run } from "./harness.js";
import { runs } from "../support/runs.js";

interface SlaJson {
  readonly evaluatedAt: string;
  readonly reports: readonly { readonly ticketId: string }[];
  readonly warnings: readonly unknown[];
}

const slaJson = (stdout: string): SlaJson => JSON.parse(stdout) as SlaJson;
const ndjson = (records: readonly unknown[]): string => records.map((r) => JSON.stringify(r)).join("\n");

describe("usage errors exit 2 with one line", () => {
  it.each([
    [["frobnicate"], 'support-policy: unknown command "frobnicate"; expected due, sla, queue, explain, report or audit (see "support-policy --help")\n'],
    [["sla", "a.json", "b.json"], 'support-policy sla: expected one FILE, received 2; see "support-policy sla --help"\n'],
    [["sla", "examples/tickets.json", "--now", "yesterday"], '--now: expected an ISO 8601 instant with an offset, e.g. 2026-11-20T10:00:00Z; received "yesterday"\n'],
    [["sla", "examples/tickets.json", "--now", "2026-11-20T17:30:00"], '--now: expected an ISO 8601 instant with an offset, e.g. 2026-11-20T10:00:00Z; received "2026-11-20T17:30:00"\n'],
    [["sla", "examples/tickets.json", "--edition", "2019"], '--edition: expected 2016 or 2026, received "2019"\n'],
    [["sla", "examples/tickets.json", "--format", "xml"], '--format: expected table, json or ndjson, received "xml"\n'],
    [["sla", "examples/tickets.json", "--format", "tabel"], '--format: expected table, json or ndjson, received "tabel"; did you mean "table"?\n'],
    [["sla", "examples/tickets.json", "--formt", "json"], 'support-policy sla: Unknown option \'--formt\'; did you mean "--format"?; see "support-policy sla --help"\n'],
    [["queu"], 'support-policy: unknown command "queu"; expected due, sla, queue, explain, report or audit; did you mean "queue"? (see "support-policy --help")\n'],
    [["sla", "examples/tickets.json", "--time-zone", "Mars/Olympus"], '--time-zone: unknown time zone "Mars/Olympus"; expected an IANA name such as Europe/Berlin\n'],
    [["sla", "examples/tickets.json", "--edition", "2016", "--policies", "examples/policies.json"], 'support-policy sla: give --edition or --policies, not both; see "support-policy sla --help"\n'],
    [["queue", "examples/tickets.json"], 'support-policy queue: --agent is required; see "support-policy queue --help"\n'],
    [["queue", "examples/tickets.json", "--agent", "maria", "--region", "mars"], '--region: Unknown region "mars"; expected one of amer, apac, emea\n'],
    [["queue", "examples/tickets.json", "--agent", "maria", "--window", "soon"], '--window: expected a non-negative number, received "soon"\n'],
    [["due", "--from", NOW, "--hours", "1"], 'support-policy due: --calendar is required; see "support-policy due --help"\n'],
    [["due", "--calendar", "global", "--hours", "1"], 'support-policy due: --from is required; see "support-policy due --help"\n'],
    [["due", "--calendar", "global", "--from", NOW], 'support-policy due: give the duration with --hours and/or --minutes; see "support-policy due --help"\n'],
    [["due", "--calendar", "global", "--from", NOW, "--hours=-1"], '--hours: expected a non-negative number, received "-1"\n'],
    [["due", "--calendar", "global", "--from", NOW, "--hours", "-1"], expect.stringMatching(/^support-policy due: Option '--hours' argument is ambiguous\. [^\n]+; see "support-policy due --help"\n$/)],
    [["due", "--calendar", "global", "--from", NOW, "--hours"], expect.stringMatching(/^support-policy due: Option '--hours <value>' argument missing; see "support-policy due --help"\n$/)],
    [["due", "--calendar", "mars", "--from", NOW, "--hours", "1"], 'Unknown calendar "mars": expected one of global, 24x5, 24x7, amer, apac, emea, usgov, usgov-emergency, or a FILE.json calendar spec\n'],
    [["due", "--calendar", "missing.json", "--from", NOW, "--hours", "1"], "missing.json: cannot read the file (no such file)\n"],
    [["explain", "a.json", "b.json"], 'support-policy explain: expected one FILE, received 2; see "support-policy explain --help"\n'],
  ])("%j", (args, stderr) => {
    const result = run(args);
    expect(result.status).toBe(EXIT_CODES.usage);
    expect(result.stdout).toBe("");
    expect(result.stderr).toEqual(stderr);
  });

  it("an empty input is unreadable", () => {
    expect(run(["sla", "--now", NOW], { stdin: " \n" })).toEqual({ status: 2, stdout: "", stderr: "stdin: the input is empty; expected a JSON array, a JSON object or NDJSON\n" });
  });

  it("a policy file naming an unknown calendar, or with a bad spec, names the file and the field", () => {
    const files = {
      "p1.json": JSON.stringify({ calendars: { office: "moon" }, policies: [] }),
      "p2.json": JSON.stringify({ calendars: { office: { timeZone: "Nowhere/Land", weekly: { mon: [["09:00", "17:00"]] } } }, policies: [] }),
      "p3.json": JSON.stringify({ policies: [], extra: true }),
      "p4.json": JSON.stringify({ policies: [{ id: "p", name: "P", targets: [] }] }),
    };
    expect(run(["sla", "examples/tickets.json", "--policies", "p1.json"], { files }).stderr).toBe(
      'p1.json: calendars.office: Unknown calendar "moon": expected one of global, 24x5, 24x7, amer, apac, emea, usgov, usgov-emergency, or a calendar spec\n',
    );
    expect(run(["sla", "examples/tickets.json", "--policies", "p2.json"], { files }).stderr).toMatch(/^p2\.json: calendars\.office\.timeZone: Unknown time zone "Nowhere\/Land"/);
    expect(run(["sla", "examples/tickets.json", "--policies", "p3.json"], { files }).stderr).toMatch(/^p3\.json: extra: Unknown key "extra"/);
    const noTargets = run(["sla", "examples/tickets.json", "--policies", "p4.json"], { files });
    expect(noTargets.status).toBe(2);
    expect(noTargets.stderr).toMatch(/^p4\.json: policies\[0\]\.targets: /);
  });
});

describe("help", () => {
  it.each([["--help"], ["help"], ["-h"], ["sla", "--help"], ["queue", "--help"], ["due", "--help"], ["explain", "-h"], ["report", "--help"]])("%s documents every exit code and exits 0", (...args) => {
    const result = run(args);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Exit codes:\n  0  every record was valid");
    expect(result.stdout).toContain("\n  1  some records were invalid");
    expect(result.stdout).toContain("\n  2  usage error");
  });

  it("no arguments prints the help on stdout and exits 2; --version prints the version", () => {
    const none = run([]);
    expect(none.status).toBe(2);
    expect(none.stdout).toContain("Usage:");
    expect(run(["--version"])).toEqual({ status: 0, stdout: "1.2.3\n", stderr: "" });
  });
});

describe("sla", () => {
  it("without --now, evaluates at the clock the CLI is given", () => {
    const result = run(["sla", "examples/tickets.json", "--format", "json"], { now: "2026-11-20T18:00:00Z" });
    expect(slaJson(result.stdout).evaluatedAt).toBe("2026-11-20T18:00:00.000Z");
  });

  it("its JSON reports are the library's reports after a JSON round trip, each with its own breachWarnings within --within last", () => {
    const result = run(["sla", "examples/tickets.json", "--now", NOW, "--format", "json"]);
    expect(result.status).toBe(0);
    const expected = SAMPLE.map((record) => {
      const report = evaluateSla(parseTicketRecord(record).ticket, gitlab2026, new Date(NOW));
      return { ...report, warnings: breachWarnings([report], NOW, { minutes: 60 }) };
    });
    expect(slaJson(result.stdout).reports).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it("--policies evaluates your own policies and calendars", () => {
    const result = run(["sla", "examples/tickets.json", "--now", NOW, "--policies", "examples/policies.json", "--format", "json"]);
    expect(result.status).toBe(0);
    const reports = slaJson(result.stdout).reports as readonly { ticketId: string; policyId: string | null }[];
    expect(reports.find((r) => r.ticketId === "T-1001")?.policyId).toBe("emergency");
    expect(reports.find((r) => r.ticketId === "T-1015")?.policyId).toBe("community");
    expect(reports.find((r) => r.ticketId === "T-1002")?.policyId).toBe("business");
  });

  it("--time-zone changes how times are shown, never what is due", () => {
    const utc = run(["sla", "examples/tickets.json", "--now", NOW]).stdout;
    const berlin = run(["sla", "examples/tickets.json", "--now", NOW, "--time-zone", "Europe/Berlin"]).stdout;
    expect(utc).toMatch(/^T-1001\s+emergency\s+first reply\s+active\s+no\s+Fri 2026-11-20 17:40 UTC/m);
    expect(berlin).toMatch(/^T-1001\s+emergency\s+first reply\s+active\s+no\s+Fri 2026-11-20 18:40 CET/m);
  });

  test.prop([fc.shuffledSubarray(SAMPLE, { minLength: 1 })], { numRuns: runs(15) })("JSON array and NDJSON inputs give the same reports", (records) => {
    const fromArray = run(["sla", "--now", NOW, "--format", "json"], { stdin: JSON.stringify(records) });
    const fromNdjson = run(["sla", "--now", NOW, "--format", "json"], { stdin: ndjson(records) });
    expect(fromNdjson).toEqual(fromArray);
    expect(slaJson(fromArray.stdout).reports.map((r) => r.ticketId)).toEqual(records.map((r) => r["id"]));
  });

  test.prop(
    [fc.shuffledSubarray(SAMPLE, { minLength: 1 }), fc.array(fc.constantFrom("not json", '{"id":"X"}', '{"id":"Y","createdAt":"soon","channel":"ticket"}', "[1,2]", "42"), { minLength: 1, maxLength: 3 }), fc.nat()],
    { numRuns: runs(15) },
  )("with --keep-going, bad records get one line each and never change the valid records' reports", (records, bad, seed) => {
    const clean = run(["sla", "--now", NOW, "--format", "json"], { stdin: ndjson(records) });
    const lines = records.map((r) => JSON.stringify(r));
    bad.forEach((line, i) => lines.splice((seed + i * 7) % (lines.length + 1), 0, line));
    const mixed = run(["sla", "--now", NOW, "--format", "json", "--keep-going"], { stdin: lines.join("\n") });
    expect(mixed.status).toBe(EXIT_CODES.invalidRecords);
    expect(mixed.stdout).toBe(clean.stdout);
    expect(mixed.stderr.trimEnd().split("\n")).toHaveLength(bad.length);
    for (const line of mixed.stderr.trimEnd().split("\n")) expect(line).toMatch(/^stdin: line \d+( \(id "[XY]"\))?: /);
    const strict = run(["sla", "--now", NOW, "--format", "json"], { stdin: lines.join("\n") });
    expect(strict.status).toBe(EXIT_CODES.invalidRecords);
    expect(strict.stdout).toBe("");
  });
});

describe("queue", () => {
  test.prop([fc.shuffledSubarray(SAMPLE, { minLength: 2 })], { numRuns: runs(10) })("the order does not depend on the input order", (records) => {
    const order = (stdin: string): string => run(["queue", "--agent", "maria", "--now", NOW, "--format", "json"], { stdin }).stdout;
    expect(order(JSON.stringify([...records].reverse()))).toBe(order(JSON.stringify(records)));
  });

  it("takes status, priority and assignee at --now from the events: a ticket solved later is still open now", () => {
    const ticket = {
      id: "S-1",
      createdAt: "2026-11-20T16:00:00Z",
      channel: "ticket",
      severity: 3,
      organization: { plan: "premium" },
      events: [
        { type: "assignee_change", at: "2026-11-20T16:10:00Z", assignee: "maria" },
        { type: "status_change", at: "2026-11-20T18:00:00Z", status: "solved" },
      ],
    };
    const before = JSON.parse(run(["queue", "--agent", "maria", "--now", NOW, "--format", "json"], { stdin: JSON.stringify(ticket) }).stdout) as { entries: { bucket: string }[] };
    const after = JSON.parse(run(["queue", "--agent", "maria", "--now", "2026-11-20T18:30:00Z", "--format", "json"], { stdin: JSON.stringify(ticket) }).stdout) as { entries: { bucket: string }[] };
    expect(before.entries[0]?.bucket).toBe("your_other");
    expect(after.entries[0]?.bucket).toBe("solved");
  });

  it("the 2016 edition names the owner to check with for a ticket close to breaching", () => {
    const result = run(["queue", "examples/tickets.json", "--agent", "kenji", "--edition", "2016", "--now", NOW, "--format", "json"]);
    expect(result.status).toBe(0);
    const entries = (JSON.parse(result.stdout) as { entries: { ticketId: string; bucket: string; courtesyCheckWith?: string }[] }).entries;
    // GitLab.com downtime is an emergency channel in 2016, and its 30 minutes are already past.
    expect(entries[0]).toMatchObject({ ticketId: "T-1012", bucket: "emergency" });
    // Maria's Bronze ticket is past its first reply: anyone picks it up, after checking with her.
    expect(entries[3]).toMatchObject({ ticketId: "T-1023", bucket: "near_breach_first_reply", courtesyCheckWith: "maria" });
  });
});

describe("explain", () => {
  it("prints JSON decisions with --format json", () => {
    const result = run(["explain", "examples/escalation.json", "--format", "json"]);
    const decisions = JSON.parse(result.stdout) as { kind: string; decision: { outcome: string; paths: { path: string }[] } }[];
    expect(decisions.map((d) => [d.kind, d.decision.outcome, d.decision.paths.map((p) => p.path)])).toEqual([
      ["escalation", "escalate", ["account_escalation", "gitlab_com_incident"]],
      ["escalation", "escalate", ["security_incident"]],
    ]);
  });

  it('accepts the editions "2016" and "handbook2016" alike', () => {
    const request = (edition: string): string =>
      JSON.stringify({ kind: "2fa-removal", edition, request: { requester: { userId: "u1" }, targets: [{ userId: "u1", pushedGivenFile: true }] } });
    const short = run(["explain", "--format", "json"], { stdin: request("2016") });
    expect(short.status).toBe(0);
    expect(short.stdout).toBe(run(["explain", "--format", "json"], { stdin: request("handbook2016") }).stdout);
    expect(short.stdout).toContain('"outcome": "approve"');
  });

  it("prints the decisions behind an escalation path: a severity 1 on a Starter plan is downgraded to High", () => {
    const stdin = JSON.stringify({ kind: "escalation", now: NOW, situation: { edition: "gitlab2026", plan: "starter", impact: { instance: "unavailable" } } });
    const result = run(["explain"], { stdin });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Path: emergency_ticket \(handled by on_call_engineer\)$/m);
    expect(result.stdout).toMatch(/^ {2}severity: classified$/m);
    expect(result.stdout).toMatch(/^ {2}emergency eligibility: downgrade_to_high\n {4}- .+\n {8}code: plan_below_premium$/m);
  });

  it("a missing fact is a decision that lists it, never an error", () => {
    const stdin = JSON.stringify({ kind: "username-release", edition: "2026", now: NOW, facts: { username: "someone" } });
    const result = run(["explain"], { stdin });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Outcome: cannot_decide");
    expect(result.stdout).toContain("Missing facts: ");
  });
});

describe("due", () => {
  it('"Adding zero returns the start"', () => {
    const result = run(["due", "--calendar", "amer", "--from", "2026-11-21T12:00:00Z", "--minutes", "0", "--format", "json"]);
    expect(JSON.parse(result.stdout)).toMatchObject({ from: "2026-11-21T12:00:00.000Z", due: "2026-11-21T12:00:00.000Z", businessMs: 0, elapsedMs: 0 });
  });

  test.prop([fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 59 })], { numRuns: runs(25) })(
    '"between(a, add(a, d)) = d": the business time reported equals the duration asked for',
    (from, hours, minutes) => {
      const result = run(["due", "--calendar", "global", "--from", new Date(from).toISOString(), "--hours", String(hours), "--minutes", String(minutes), "--format", "json"]);
      const out = JSON.parse(result.stdout) as { businessMs: number; elapsedMs: number };
      expect(out.businessMs).toBe((hours * 60 + minutes) * 60_000);
      expect(out.elapsedMs).toBeGreaterThanOrEqual(out.businessMs);
    },
  );
});
