import { describe, expect, it } from "vitest";
import { EXIT_CODES } from "../../src/cli/exit-codes.js";
import { NOW, run } from "./harness.js";

// Own policies on a 24x7 calendar, so every due time below is creation plus the target.
const OWN_POLICIES = JSON.stringify({
  calendars: { always: "24x7" },
  policies: [
    { id: "community", name: "Community", conditions: { channel: ["forum"] }, targets: [{ metric: "first_reply", duration: { hours: 336 }, notBefore: { hours: 48 }, calendar: "always" }] },
    { id: "urgent_only", name: "Urgent only", conditions: { channel: ["contact_form"] }, targets: [{ metric: "first_reply", priority: "urgent", duration: { hours: 1 }, calendar: "always" }] },
    {
      id: "next_only",
      name: "Next reply and periodic update",
      conditions: { channel: ["twitter"] },
      targets: [
        { metric: "next_reply", duration: { hours: 1 }, calendar: "always" },
        { metric: "periodic_update", duration: { hours: 4 }, calendar: "always" },
      ],
    },
    {
      id: "all",
      name: "Everything else",
      targets: [
        { metric: "first_reply", duration: { hours: 1 }, calendar: "always" },
        { metric: "requester_wait", duration: { hours: 2 }, calendar: "always" },
      ],
    },
  ],
});

const agentReply = (at: string): Record<string, unknown> => ({ type: "comment", at, author: "agent", public: true });
const pending = (at: string): Record<string, unknown> => ({ type: "status_change", at, status: "pending" });

const OWN_TICKETS = [
  { id: "E-1", createdAt: "2026-11-20T10:00:00Z", channel: "forum", events: [agentReply("2026-11-20T11:00:00Z")] },
  { id: "U-1", createdAt: "2026-11-20T10:00:00Z", channel: "contact_form", priority: "low" },
  { id: "N-1", createdAt: "2026-11-20T10:00:00Z", channel: "twitter" },
  { id: "A-1", createdAt: "2026-11-20T10:00:00Z", channel: "ticket", events: [agentReply("2026-11-20T12:00:00Z")] },
  { id: "A-2", createdAt: "2026-11-20T13:10:00Z", channel: "ticket", events: [pending("2026-11-20T13:30:00Z")] },
  { id: "A-3", createdAt: "2026-11-20T10:00:00Z", channel: "ticket", events: [pending("2026-11-20T13:00:00Z")] },
];

const AT_14 = "2026-11-20T14:00:00Z";
const files = { "own.json": OWN_POLICIES };

describe("sla: the table", () => {
  it("shows each metric's state and, apart, whether it is breached: closed (early or late), no targets, not started, active, paused", () => {
    const result = run(["sla", "--policies", "own.json", "--now", AT_14, "--within", "15"], { files, stdin: JSON.stringify(OWN_TICKETS) });
    expect(result).toEqual({
      status: EXIT_CODES.ok,
      stderr: "",
      stdout: [
        "SLA as of 2026-11-20T14:00:00.000Z (custom policies), times in UTC",
        "",
        "ticket  policy       metric          state         breached  due                       business left  real left",
        "------  -----------  --------------  ------------  --------  ------------------------  -------------  ---------",
        // A forum reply before the 48 hours of "not sooner than two days" is early; the target is 336 h.
        "E-1     community    first reply     closed early  no        Fri 2026-12-04 10:00 UTC  -              -",
        // The policy applies, but its one target is for Urgent tickets only.
        "U-1     urgent_only  -               no targets    -         -                         -              -",
        // No customer turn and no agent comment yet: neither metric has a cycle; the first says so rather than vanish.
        "N-1     next_only    next reply      not started   -         -                         -              -",
        // Replied at 12:00 to a 1 h target from 10:00: closed, and breached. Nothing is left to run.
        "A-1     all          first reply     closed        yes       Fri 2026-11-20 11:00 UTC  -              -",
        "A-1     all          requester wait  active        yes       Fri 2026-11-20 12:00 UTC  -2h 00m        -2h 00m",
        "A-2     all          first reply     active        no        Fri 2026-11-20 14:10 UTC  10m            10m",
        // Pending since 13:30 after 20 minutes: 1 h 40 m of business time left, no due instant while paused.
        "A-2     all          requester wait  paused        no        -                         1h 40m         -",
        "A-3     all          first reply     active        yes       Fri 2026-11-20 11:00 UTC  -3h 00m        -3h 00m",
        // Three hours ran before Pending: one past the target; the due instant was 12:00, two hours ago.
        "A-3     all          requester wait  paused        yes       Fri 2026-11-20 12:00 UTC  -1h 00m        -2h 00m",
        "",
        "6 ticket(s): 2 breached (active or paused), 1 metric(s) due within 15 min, 0 without an SLA",
        "",
        "About to breach (within 15 min):",
        "  A-2  first reply due Fri 2026-11-20 14:10 UTC, in 10m",
        "",
      ].join("\n"),
    });
  });

  it("with nothing due within --within minutes, prints no list of metrics about to breach", () => {
    const result = run(["sla", "--policies", "own.json", "--now", AT_14, "--within", "5"], { files, stdin: JSON.stringify(OWN_TICKETS) });
    expect(result.status).toBe(EXIT_CODES.ok);
    expect(result.stdout.endsWith("\n6 ticket(s): 2 breached (active or paused), 0 metric(s) due within 5 min, 0 without an SLA\n")).toBe(true);
    expect(result.stdout).not.toContain("About to breach");
  });

  it("a named policy file is named in the heading; --time-zone shows due times on that zone's wall clock", () => {
    const named = { "named.json": JSON.stringify({ ...(JSON.parse(OWN_POLICIES) as object), name: "Our own" }) };
    const result = run(["sla", "-p", "named.json", "--now", AT_14, "--time-zone", "Asia/Kolkata"], { files: named, stdin: JSON.stringify([OWN_TICKETS[4]]) });
    expect(result.stdout).toBe(
      [
        "SLA as of 2026-11-20T14:00:00.000Z (Our own), times in Asia/Kolkata",
        "",
        "ticket  policy  metric          state   breached  due                       business left  real left",
        "------  ------  --------------  ------  --------  ------------------------  -------------  ---------",
        "A-2     all     first reply     active  no        Fri 2026-11-20 19:40 IST  10m            10m",
        "A-2     all     requester wait  paused  no        -                         1h 40m         -",
        "",
        "1 ticket(s): 0 breached (active or paused), 1 metric(s) due within 60 min, 0 without an SLA",
        "",
        "About to breach (within 60 min):",
        "  A-2  first reply due Fri 2026-11-20 19:40 IST, in 10m",
        "",
      ].join("\n"),
    );
  });

  it('counts "without an SLA" the tickets with no policy and those whose facts cannot choose one', () => {
    const stdin = JSON.stringify([
      { id: "F-1", createdAt: "2026-11-20T10:00:00Z", channel: "ticket", organization: { plan: "free" } },
      { id: "W-1", createdAt: "2026-11-20T10:00:00Z", channel: "twitter" },
    ]);
    const result = run(["sla", "-e", "2026", "--now", AT_14], { stdin });
    expect(result.stdout).toContain("\n2 ticket(s): 0 breached (active or paused), 0 metric(s) due within 60 min, 2 without an SLA\n");
    expect(result.stdout).toContain("\nF-1     -       -       no SLA  ");
  });
});

describe("sla: breached and still active or paused", () => {
  const count = {
    "count.json": JSON.stringify({
      calendars: { always: "24x7" },
      policies: [
        { id: "wait", name: "Wait", conditions: { channel: ["contact_form"] }, targets: [{ metric: "requester_wait", duration: { hours: 2 }, calendar: "always" }] },
        { id: "reply", name: "Reply", targets: [{ metric: "first_reply", duration: { hours: 1 }, calendar: "always" }] },
      ],
    }),
  };
  const summary = (ticket: Record<string, unknown>): string | undefined =>
    /\n(1 ticket\(s\): \d+ breached \(active or paused\))/.exec(run(["sla", "--policies", "count.json", "--now", AT_14], { files: count, stdin: JSON.stringify(ticket) }).stdout)?.[1];

  it("counts a paused metric past its target, and not one that was met late", () => {
    expect(summary({ id: "P-1", createdAt: "2026-11-20T10:00:00Z", channel: "contact_form", events: [pending("2026-11-20T13:00:00Z")] })).toBe("1 ticket(s): 1 breached (active or paused)");
    expect(summary({ id: "M-1", createdAt: "2026-11-20T10:00:00Z", channel: "ticket", events: [agentReply("2026-11-20T12:00:00Z")] })).toBe("1 ticket(s): 0 breached (active or paused)");
  });
});

describe("sla: JSON", () => {
  it("names the policy set, or null for an unnamed policy file, and lists the warnings", () => {
    const result = run(["sla", "-", "--policies", "own.json", "--now", AT_14, "--format", "json", "--within", "15"], { files, stdin: JSON.stringify(OWN_TICKETS) });
    const out = JSON.parse(result.stdout) as { evaluatedAt: string; policySet: string | null; reports: { ticketId: string }[]; warnings: { ticketId: string; metric: string; dueAt: string; inMs: number }[] };
    expect(out.evaluatedAt).toBe("2026-11-20T14:00:00.000Z");
    expect(out.policySet).toBeNull();
    expect(out.reports.map((r) => r.ticketId)).toEqual(["E-1", "U-1", "N-1", "A-1", "A-2", "A-3"]);
    expect(out.warnings).toMatchObject([{ ticketId: "A-2", metric: "first_reply", dueAt: "2026-11-20T14:10:00.000Z", inMs: 600_000 }]);
    expect(result.stdout.endsWith("}\n")).toBe(true);
    expect(result.stdout.startsWith('{\n  "evaluatedAt": ')).toBe(true);
  });

  it("the 2016 edition is named handbook2016", () => {
    const result = run(["sla", "examples/tickets.json", "--edition", "handbook2016", "--now", NOW, "--format", "json"]);
    expect((JSON.parse(result.stdout) as { policySet: string }).policySet).toBe("handbook2016");
    expect(run(["sla", "examples/tickets.json", "--edition", "gitlab2026", "--now", NOW]).stdout).toMatch(/^SLA as of 2026-11-20T17:30:00\.000Z \(gitlab2026\), times in UTC\n/);
  });
});

describe("sla: bad records", () => {
  const stdin = [JSON.stringify(OWN_TICKETS[4]), "{oops", JSON.stringify({ id: "A-2", createdAt: "2026-11-20T13:00:00Z", channel: "ticket" }), JSON.stringify({ id: "Z-1", createdAt: "2026-11-20T15:00:00Z", channel: "ticket" })].join("\n");

  it("without --keep-going: one line per bad record, a closing line, nothing printed, exit 1", () => {
    const result = run(["sla", "--policies", "own.json", "--now", AT_14], { files, stdin });
    expect(result.status).toBe(EXIT_CODES.invalidRecords);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      [
        "stdin: line 2: malformed JSON at column 2: Expected property name or '}'",
        'stdin: line 3 (id "A-2"): id: Ticket id "A-2" already appears in line 1',
        "2 invalid record(s) in stdin; nothing evaluated (use --keep-going to evaluate the valid ones)",
        "",
      ].join("\n"),
    );
  });

  it('a replay "as of" before some tickets existed: the others evaluated, those listed as not yet created, exit 0', () => {
    const result = run(["sla", "--policies", "own.json", "--now", AT_14], { files, stdin: [JSON.stringify(OWN_TICKETS[4]), JSON.stringify({ id: "Z-1", createdAt: "2026-11-20T15:00:00Z", channel: "ticket" })].join("\n") });
    expect(result.status).toBe(EXIT_CODES.ok);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("\nNot yet created as of 2026-11-20T14:00:00.000Z:\n  Z-1  created Fri 2026-11-20 15:00 UTC\n");
  });

  it('a replay "as of" before some tickets existed, as JSON and NDJSON: the reports of the others, then the tickets not yet created, exit 0', () => {
    const stdin = [JSON.stringify(OWN_TICKETS[4]), JSON.stringify({ id: "Z-1", createdAt: "2026-11-20T15:00:00Z", channel: "ticket" })].join("\n");
    const json = run(["sla", "--policies", "own.json", "--now", AT_14, "--format", "json"], { files, stdin });
    expect([json.status, json.stderr]).toEqual([EXIT_CODES.ok, ""]);
    const out = JSON.parse(json.stdout) as { reports: { ticketId: string }[]; notYetCreated: unknown };
    expect(out.reports).toHaveLength(1);
    expect(out.notYetCreated).toEqual([{ id: "Z-1", createdAt: "2026-11-20T15:00:00.000Z" }]);
    const ndjson = run(["sla", "--policies", "own.json", "--now", AT_14, "--format", "ndjson"], { files, stdin });
    expect([ndjson.status, ndjson.stderr]).toEqual([EXIT_CODES.ok, ""]);
    const lines = ndjson.stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toHaveProperty("ticketId");
    expect(lines[1]).toEqual({ notYetCreated: { id: "Z-1", createdAt: "2026-11-20T15:00:00.000Z" } });
  });

  it('NDJSON streams a "not yet created" line where the ticket stands in the input, between the reports, holding none back to the end', () => {
    const future = (id: string): string => JSON.stringify({ id, createdAt: "2026-11-20T15:00:00Z", channel: "ticket" });
    const stdin = [future("Z-1"), JSON.stringify(OWN_TICKETS[4]), future("Z-2"), JSON.stringify({ ...OWN_TICKETS[4], id: "Y-2" })].join("\n");
    const ndjson = run(["sla", "--policies", "own.json", "--now", AT_14, "--format", "ndjson"], { files, stdin });
    expect([ndjson.status, ndjson.stderr]).toEqual([EXIT_CODES.ok, ""]);
    const lines = ndjson.stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as { ticketId?: string; notYetCreated?: { id: string } });
    expect(lines.map((line) => line.ticketId ?? `later ${line.notYetCreated?.id}`)).toEqual(["later Z-1", (OWN_TICKETS[4] as { id: string }).id, "later Z-2", "Y-2"]);
  });

  it('a replay "as of" before some tickets existed: queue and report leave them out and say so, exit 0', () => {
    const stdin = [JSON.stringify(OWN_TICKETS[4]), JSON.stringify({ id: "Z-1", createdAt: "2026-11-20T15:00:00Z", channel: "ticket" })].join("\n");
    const queue = run(["queue", "--agent", "maria", "--now", AT_14, "--format", "json"], { files, stdin });
    expect([queue.status, queue.stderr]).toEqual([EXIT_CODES.ok, ""]);
    expect((JSON.parse(queue.stdout) as { notYetCreated: unknown }).notYetCreated).toEqual([{ id: "Z-1", createdAt: "2026-11-20T15:00:00.000Z" }]);
    const report = run(["report", "--now", AT_14, "--out", "r.html"], { files, stdin });
    expect([report.status, report.stderr]).toEqual([EXIT_CODES.ok, ""]);
    expect(report.stdout).toContain("; 1 ticket(s) not yet created as of 2026-11-20T14:00:00.000Z left out.");
  });

  it("with --keep-going: the same lines, the valid tickets evaluated, exit 1", () => {
    const result = run(["sla", "--policies", "own.json", "--now", AT_14, "-k", "--format", "json"], { files, stdin });
    expect(result.status).toBe(EXIT_CODES.invalidRecords);
    const out = JSON.parse(result.stdout) as { reports: { ticketId: string }[]; notYetCreated: unknown };
    expect(out.reports.map((r) => r.ticketId)).toEqual(["A-2"]);
    // Created at 15:00, after --now 14:00: not yet created, not a bad record.
    expect(out.notYetCreated).toEqual([{ id: "Z-1", createdAt: "2026-11-20T15:00:00.000Z" }]);
    expect(result.stderr.split("\n")).toHaveLength(3);
    expect(result.stderr).not.toContain("invalid record(s)");
  });
});

describe("queue", () => {
  it("--format ndjson: one queue entry per line, in pick-up order, the entries --format json prints, then the tickets not yet created", () => {
    const stdin = JSON.stringify([...OWN_TICKETS, { id: "Z-1", createdAt: "2026-11-20T15:00:00Z", channel: "ticket" }]);
    const args = ["queue", "--agent", "maria", "--now", AT_14];
    const json = JSON.parse(run([...args, "--format", "json"], { files, stdin }).stdout) as { entries: { position: number }[]; notYetCreated: unknown[] };
    const ndjson = run([...args, "--format", "ndjson"], { files, stdin });
    expect([ndjson.status, ndjson.stderr]).toEqual([EXIT_CODES.ok, ""]);
    const lines = ndjson.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as unknown);
    expect(json.entries.map((e) => e.position)).toEqual(json.entries.map((_, i) => i + 1));
    expect(lines).toEqual([...json.entries, ...json.notYetCreated.map((later) => ({ notYetCreated: later }))]);
    expect(json.notYetCreated).toHaveLength(1);
  });

  const unassigned = (id: string, org: string): Record<string, unknown> => ({ id, createdAt: "2026-11-20T10:00:00Z", channel: "ticket", severity: 3, organization: { id: org, plan: "premium" } });

  it("prints the pick-up order as a table: position, ticket, bucket, the nearest due of any running metric, how soon, and why on the lines below; under --policies the header names the policies", () => {
    const stdin = JSON.stringify([
      { ...unassigned("Q-1", "org-a"), assignee: "maria", events: [agentReply("2026-11-20T11:00:00Z"), { type: "comment", at: "2026-11-20T12:00:00Z", author: "customer", public: true }] },
      unassigned("Q-2", "org-b"),
    ]);
    const result = run(["queue", "--agent", "maria", "--now", AT_14, "--policies", "own.json"], { files, stdin });
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(
      [
        "Pick-up order for maria as of 2026-11-20T14:00:00.000Z, times in UTC",
        "SLA from the policies own.json; the order of gitlab2026",
        "",
        "#  ticket  bucket       next due        due                       in",
        "-  ------  -----------  --------------  ------------------------  -------",
        "1  Q-2     shared_view  first reply     Fri 2026-11-20 11:00 UTC  -3h 00m",
        "    Unassigned: the shared view, by weight (the nearest breach first)",
        "2  Q-1     your_other   requester wait  Fri 2026-11-20 12:00 UTC  -2h 00m",
        "    Your own ticket: after the shared view, even when close to breaching",
        "",
      ].join("\n"),
    );
  });

  it("--dedicated takes a comma-separated list of organization ids, blanks ignored: in 2016 their tickets count as yours", () => {
    const stdin = JSON.stringify([unassigned("D-1", "org-x"), unassigned("D-2", "org-y")]);
    const buckets = (args: readonly string[]): string[] =>
      (JSON.parse(run(["queue", "-a", "maria", "-e", "2016", "--now", AT_14, "--format", "json", ...args], { stdin }).stdout) as { entries: { ticketId: string; bucket: string }[] }).entries.map(
        (e) => `${e.ticketId} ${e.bucket}`,
      );
    expect(buckets([])).toEqual(expect.arrayContaining(["D-1 new_unassigned", "D-2 new_unassigned"]));
    expect(buckets(["--dedicated", " org-y , ,"])).toEqual(expect.arrayContaining(["D-2 assigned_to_you", "D-1 new_unassigned"]));
  });

  it("--window sets how close to due counts as close to breaching (2016)", () => {
    const stdin = JSON.stringify([{ ...unassigned("W-1", "org-w"), createdAt: "2026-11-20T13:00:00Z" }]);
    const bucket = (window: string): string | undefined =>
      (JSON.parse(run(["queue", "-a", "maria", "-e", "2016", "--now", AT_14, "--policies", "own.json", "--format", "json", "--window", window], { files, stdin }).stdout) as { entries: { bucket: string }[] }).entries[0]?.bucket;
    // Due at 14:00 from the 1 h target: at 14:00 it is due now, close to breaching with any window.
    expect(bucket("0")).toBe("near_breach_first_reply");
    expect(bucket("30")).toBe("near_breach_first_reply");
  });

  it("--window: a reply due in 15 minutes is close to breaching within 30 minutes, not within 10 (2016)", () => {
    const stdin = JSON.stringify([{ ...unassigned("W-2", "org-w"), createdAt: "2026-11-20T13:15:00Z" }]);
    const bucket = (window: string): string | undefined =>
      (JSON.parse(run(["queue", "-a", "maria", "-e", "2016", "--now", AT_14, "--policies", "own.json", "--format", "json", "--window", window], { files, stdin }).stdout) as { entries: { bucket: string }[] }).entries[0]?.bucket;
    expect(bucket("30")).toBe("near_breach_first_reply");
    expect(bucket("10")).toBe("new_unassigned");
  });

  it("an empty --agent is an --agent error", () => {
    const result = run(["queue", "--agent", "", "--now", AT_14], { stdin: JSON.stringify([unassigned("Q-2", "org-b")]) });
    expect(result.status).toBe(EXIT_CODES.usage);
    expect(result.stderr).toMatch(/^--agent: .+\n$/);
  });

  it("bad records: a closing line and no queue without --keep-going; the valid tickets ordered with it", () => {
    const stdin = `${JSON.stringify(unassigned("Q-2", "org-b"))}\n[1]\n`;
    const strict = run(["queue", "-a", "maria", "--now", AT_14], { stdin });
    expect(strict).toEqual({
      status: EXIT_CODES.invalidRecords,
      stdout: "",
      stderr: "stdin: line 2: (root): Expected a ticket object, received an array\n1 invalid record(s) in stdin; no queue printed (use --keep-going to order the valid ones)\n",
    });
    const lenient = run(["queue", "-a", "maria", "--now", AT_14, "--keep-going", "--edition", "2016"], { stdin });
    expect(lenient.status).toBe(EXIT_CODES.invalidRecords);
    expect(lenient.stderr).toBe("stdin: line 2: (root): Expected a ticket object, received an array\n");
    expect(lenient.stdout).toMatch(/^Pick-up order for maria as of 2026-11-20T14:00:00\.000Z \(handbook2016\), times in UTC\n\n# {2}ticket/);
    expect(lenient.stdout).toMatch(/^1 {2}Q-2 {5}new_unassigned {2}first reply {2}Mon 2026-11-23 08:00 UTC {2}2d 18h\n {4}A new unassigned ticket/m);
  });

  it("a bad --now is a usage error naming the option", () => {
    expect(run(["queue", "--agent", "maria", "--now", "2026-11-20 14:00Z"], { stdin: "[]" })).toEqual({
      status: EXIT_CODES.usage,
      stdout: "",
      stderr: '--now: expected an ISO 8601 instant with an offset, e.g. 2026-11-20T10:00:00Z; received "2026-11-20 14:00Z"\n',
    });
  });

  it("expects at most one FILE, and reads the clock only without --now", () => {
    expect(run(["queue", "a.json", "b.json", "--agent", "maria"]).stderr).toBe('support-policy queue: expected one FILE, received 2; see "support-policy queue --help"\n');
    const json = run(["queue", "--agent", "maria", "--format", "json"], { stdin: JSON.stringify([unassigned("Q-2", "org-b")]), now: "2026-11-20T16:00:00Z" }).stdout;
    expect((JSON.parse(json) as { now: string }).now).toBe("2026-11-20T16:00:00.000Z");
  });
});

describe("due", () => {
  const calendar = { "cal.json": JSON.stringify({ timeZone: "UTC", weekly: { mon: [["09:00", "17:00"]] } }) };

  it("prints the calendar (a file's path when the spec has no name), the start, the target, the due instant and the business share of the wait", () => {
    const result = run(["due", "-c", "cal.json", "--from", "2026-03-02T08:00:00Z", "--hours", "1.5", "--minutes", "30"], { files: calendar });
    expect(result).toEqual({
      status: EXIT_CODES.ok,
      stderr: "",
      stdout: [
        "Calendar  cal.json (UTC)",
        "From      2026-03-02T08:00:00.000Z  Mon 2026-03-02 08:00 UTC",
        "Target    2h 00m of business time",
        // Open from 09:00: two business hours end at 11:00, three hours after the start.
        "Due       2026-03-02T11:00:00.000Z  Mon 2026-03-02 11:00 UTC",
        "Elapsed   3h 00m of real time, of which 2h 00m business time (67%)",
        "",
      ].join("\n"),
    });
  });

  it("--time-zone shows the times on another zone's wall clock, as in sla and queue, with the zone's abbreviation; a bad zone is a usage error", () => {
    const result = run(["due", "--calendar", "global", "--from", "2026-03-07T00:00:00Z", "--hours", "24", "--time-zone", "Europe/Berlin"]);
    expect(result.status).toBe(EXIT_CODES.ok);
    expect(result.stdout.split("\n").slice(0, 4)).toEqual([
      "Calendar  Global Support Hours (24x5) (America/Los_Angeles), times in Europe/Berlin",
      "From      2026-03-07T00:00:00.000Z  Sat 2026-03-07 01:00 CET",
      "Target    24h 00m of business time",
      "Due       2026-03-09T21:00:00.000Z  Mon 2026-03-09 22:00 CET",
    ]);
    expect(run(["due", "--calendar", "global", "--from", "2026-03-07T00:00:00Z", "--hours", "1", "--time-zone", "Mars/Base"]).status).toBe(EXIT_CODES.usage);
  });

  it('"Adding zero returns the start": all of no wait is business time', () => {
    const result = run(["due", "--calendar", "24x7", "--from", "2026-03-02T09:00:00+01:00", "--minutes", "0"]);
    expect(result.stdout).toContain("\nTarget    0m of business time\n");
    expect(result.stdout).toContain("\nElapsed   0m of real time, of which 0m business time (100%)\n");
  });

  it("--hours alone, and a calendar file named in capitals", () => {
    const result = run(["due", "--calendar", "CAL.JSON", "--from", "2026-03-02T08:00:00Z", "--hours", "2", "--format", "json"], { files: { "CAL.JSON": calendar["cal.json"] } });
    expect(JSON.parse(result.stdout)).toEqual({ calendar: "CAL.JSON", timeZone: "UTC", from: "2026-03-02T08:00:00.000Z", due: "2026-03-02T11:00:00.000Z", businessMs: 7_200_000, elapsedMs: 10_800_000 });
  });

  it.each([
    [["due", "extra", "--calendar", "global", "--from", NOW, "--hours", "1"], 'support-policy due: unexpected argument "extra"; see "support-policy due --help"\n'],
    [["due", "--calendar", "toString", "--from", NOW, "--hours", "1"], 'Unknown calendar "toString": expected one of global, 24x5, 24x7, amer, apac, emea, usgov, usgov-emergency, or a FILE.json calendar spec\n'],
    [["due", "--calendar", "bad.json", "--from", NOW, "--hours", "1"], "bad.json: malformed JSON at line 1, column 2: Expected property name or '}'\n"],
    [["due", "--calendar", "wrong.json", "--from", NOW, "--hours", "1"], 'wrong.json: timeZone: Unknown time zone "Nowhere/Land": expected an IANA name such as "America/Los_Angeles"\n'],
    [["due", "--calendar", "global", "--from", NOW, "--minutes", "ten"], '--minutes: expected a non-negative number, received "ten"\n'],
    [["due", "--calendar", "global", "--from", "2026-02-30T10:00:00Z", "--hours", "1"], '--from: expected an ISO 8601 instant with an offset, e.g. 2026-11-20T10:00:00Z; received "2026-02-30T10:00:00Z"\n'],
    [["due", "--calendar", "global", "--from", NOW, "--hours", "1", "--colour"], 'support-policy due: Unknown option \'--colour\'; see "support-policy due --help"\n'],
    [["due", "--calendar", "global", "--from", NOW, "--hours", "1", "--format", "yaml"], '--format: expected table or json, received "yaml"\n'],
  ])("%j is a usage error", (args, stderr) => {
    const result = run(args, { files: { "bad.json": "{oops}", "wrong.json": JSON.stringify({ timeZone: "Nowhere/Land", weekly: { mon: [["09:00", "17:00"]] } }) } });
    expect(result).toEqual({ status: EXIT_CODES.usage, stdout: "", stderr });
  });
});
