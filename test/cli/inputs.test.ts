import { thrown as thrownAs } from "../support/thrown.js";
import { describe, expect, it } from "vitest";
import { CliError } from "../../src/cli/cli-error.js";
import type { CliIo } from "../../src/cli/cli-io.js";
import { describeRecordError } from "../../src/cli/describe-record-error.js";
import { editionOption } from "../../src/cli/edition-option.js";
import { formatOption } from "../../src/cli/format-option.js";
import { timeZoneOption } from "../../src/cli/time-zone-option.js";
import { EXIT_CODES } from "../../src/cli/exit-codes.js";
import { parseJsonText } from "../../src/cli/parse-json-text.js";
import { parseTicketRecord } from "../../src/cli/parse-ticket-record.js";
import { readRecords } from "../../src/cli/read-records.js";
import { readOptionalText, readText } from "../../src/cli/read-text.js";
import { ticketAsOf } from "../../src/cli/ticket-as-of.js";
import { runCli } from "../../src/cli/run-cli.js";
import { SupportPolicyError } from "../../src/shared/errors.js";
import { NOW, run } from "./harness.js";

/** An io whose every file read throws `thrown`. */
function failingIo(thrown: unknown): CliIo {
  return {
    stdout: () => undefined,
    stderr: () => undefined,
    readFile: () => {
      throw thrown;
    },
    readStdin: () => "",
    writeFile: (path) => path,
    now: () => new Date(NOW),
  };
}

const cliErrorOf = (action: () => unknown): CliError => thrownAs(action, CliError);

describe("CliError", () => {
  it("is named CliError, and ends the command with exit 2 unless told otherwise", () => {
    const usage = new CliError("t.json: cannot read the file (no such file)");
    expect([usage.name, usage.message, usage.exitCode]).toEqual(["CliError", "t.json: cannot read the file (no such file)", 2]);
    expect(new CliError("1 invalid record", EXIT_CODES.invalidRecords).exitCode).toBe(1);
    expect(String(usage)).toBe("CliError: t.json: cannot read the file (no such file)");
  });
});

describe("readText", () => {
  it.each([
    [Object.assign(new Error("ENOENT: no such file or directory"), { code: "ENOENT" }), "t.json: cannot read the file (no such file)"],
    [Object.assign(new Error("EISDIR: illegal operation on a directory"), { code: "EISDIR" }), "t.json: cannot read the file (is a directory)"],
    [Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" }), "t.json: cannot read the file (permission denied)"],
    [Object.assign(new Error("EMFILE: too many open files"), { code: "EMFILE" }), "t.json: cannot read the file (EMFILE: too many open files)"],
    [new Error("disk on fire"), "t.json: cannot read the file (disk on fire)"],
    ["a bare string", "t.json: cannot read the file (a bare string)"],
    [{ code: "ENOENT" }, "t.json: cannot read the file (no such file)"],
    [null, "t.json: cannot read the file (null)"],
  ])("a read failing with %j is one line naming the file, exit 2", (thrown, message) => {
    const error = cliErrorOf(() => readText("t.json", failingIo(thrown)));
    expect(error.message).toBe(message);
    expect(error.exitCode).toBe(EXIT_CODES.usage);
  });

  it("a directory given as the input is unreadable", () => {
    expect(run(["sla", "examples", "--now", NOW])).toEqual({ status: 2, stdout: "", stderr: "examples: cannot read the file (is a directory)\n" });
  });
});

describe("readOptionalText", () => {
  it("an absent optional file is undefined; any other failure is the same line as readText's", () => {
    expect(readOptionalText("holidays.json", failingIo(Object.assign(new Error("ENOENT"), { code: "ENOENT" })))).toBeUndefined();
    const error = cliErrorOf(() => readOptionalText("holidays.json", failingIo(Object.assign(new Error("EISDIR"), { code: "EISDIR" }))));
    expect([error.message, error.exitCode]).toEqual(["holidays.json: cannot read the file (is a directory)", EXIT_CODES.usage]);
    expect(readOptionalText("holidays.json", { ...failingIo(null), readFile: () => "[]" })).toBe("[]");
  });
});

describe("parseJsonText", () => {
  it("says where the text is malformed by line and column, counting columns from 1", () => {
    expect(parseJsonText('{"a":1,}')).toEqual({ ok: false, message: "malformed JSON at line 1, column 8: Expected double-quoted property name" });
    expect(parseJsonText('{\n  "a" 1\n}')).toEqual({ ok: false, message: "malformed JSON at line 2, column 7: Expected ':' after property name" });
    expect(parseJsonText("[1,\n2,\n3")).toEqual({ ok: false, message: "malformed JSON at line 3, column 2: Expected ',' or ']' after array element" });
  });

  it("without a position, gives the parser's message on one line", () => {
    expect(parseJsonText('{"a":')).toEqual({ ok: false, message: "malformed JSON: Unexpected end of JSON input" });
    expect(parseJsonText('\n{"a":}\n')).toEqual({ ok: false, message: `malformed JSON: Unexpected token '}', " {"a":} " is not valid JSON` });
  });

  it("returns the value of well-formed text", () => {
    expect(parseJsonText(' [1, {"a": null}] ')).toEqual({ ok: true, value: [1, { a: null }] });
  });
});

describe("readRecords", () => {
  it("one value that is not an array or an object is one record; one malformed line too", () => {
    expect(readRecords("42\n", "t.json")).toEqual([{ label: "record 1", value: 42 }]);
    expect(readRecords("nope", "t.json")).toEqual([{ label: "record 1", error: `malformed JSON: Unexpected token 'o', "nope" is not valid JSON` }]);
  });

  it("a one-line document starting with [ that is malformed makes the input unreadable", () => {
    expect(cliErrorOf(() => readRecords("[1,2", "t.json")).message).toBe("t.json: malformed JSON at line 1, column 5: Expected ',' or ']' after array element");
  });

  it("lines of JSON arrays are NDJSON, each array one record", () => {
    expect(readRecords("[1]\n[2]\n", "t.ndjson")).toEqual([
      { label: "line 1", value: [1] },
      { label: "line 2", value: [2] },
    ]);
  });

  it("lines holding only blanks are skipped, before the first record too", () => {
    expect(readRecords('  \n{"a":1}\n \t\n{"b":2}\n', "t.ndjson")).toEqual([
      { label: "line 2", value: { a: 1 } },
      { label: "line 4", value: { b: 2 } },
    ]);
    expect(readRecords("nope\n  \n", "t.json")).toEqual([{ label: "record 1", error: `malformed JSON: Unexpected token 'o', "nope" is not valid JSON` }]);
  });

  it("only a leading byte order mark is dropped", () => {
    expect(readRecords('\uFEFF{"id":"a\uFEFFb"}', "t.json")).toEqual([{ label: "record 1", value: { id: "a\uFEFFb" } }]);
  });

  it("an empty input names its source", () => {
    expect(cliErrorOf(() => readRecords("\uFEFF\n\t\n", "t.json")).message).toBe("t.json: the input is empty; expected a JSON array, a JSON object or NDJSON");
  });
});

describe("describeRecordError", () => {
  const issue = (field: string): { code: "missing_field"; path: string[]; message: string } => ({ code: "missing_field", path: [field], message: `Missing ${field}` });

  it.each([
    [{ id: "T-2" }, ' (id "T-2")'],
    [{ id: 7 }, ' (id "7")'],
    [{ id: true }, ""],
    [{ id: null }, ""],
    [{}, ""],
    [["T-2"], ""],
    [null, ""],
    ["T-2", ""],
  ])("names the record's id only when it is a string or a number: %j", (value, named) => {
    expect(describeRecordError("t.json", "record 2", value, new SupportPolicyError([issue("createdAt")]))).toBe(`t.json: record 2${named}: createdAt: Missing createdAt`);
  });

  it("gives the first problem and counts the others", () => {
    expect(describeRecordError("t.json", "line 3", {}, new SupportPolicyError([issue("a"), issue("b")]))).toBe("t.json: line 3: a: Missing a (and 1 more; --verbose lists them)");
    expect(describeRecordError("t.json", "line 3", {}, new SupportPolicyError([issue("a"), issue("b"), issue("c")]))).toBe("t.json: line 3: a: Missing a (and 2 more; --verbose lists them)");
  });

  it("--verbose: a count, then every listed problem on its own indented line with every allowed value, and the unlisted ones counted", () => {
    const unknown = { code: "unknown_value" as const, path: ["channel"], message: 'Invalid option: expected one of "a"|"b"|...', allowed: ["a", "b", "c", 4, null] };
    const error = new SupportPolicyError([issue("a"), unknown], 3);
    expect(describeRecordError("t.json", "line 3", { id: "T-3" }, error, true)).toBe(
      't.json: line 3 (id "T-3"): 5 problems:\n  a: Missing a\n  channel: Invalid option: expected one of "a"|"b"|...; allowed: "a", "b", "c", 4, null\n  (and 3 more, not listed)',
    );
    expect(describeRecordError("t.json", "line 3", {}, new SupportPolicyError([issue("a")]), true)).toBe("t.json: line 3: a: Missing a");
  });

  it("a record with many bad fields: the summary points at --verbose without it, every issue is listed with it", () => {
    const stdin = `${JSON.stringify({ id: "T-9", createdAt: "nope", channel: "fax", plan: 3 })}\n`;
    const terse = run(["sla", "-", "--now", NOW], { stdin });
    expect(terse.stderr.split("\n")[0]).toMatch(/^stdin: record 1 \(id "T-9"\): createdAt: .* \(and 2 more; --verbose lists them\)$/);
    for (const command of [["sla"], ["queue", "--agent", "maria"], ["report", "--out", "r.html"]]) {
      const verbose = run([...command, "-", "--now", NOW, "--verbose"], { stdin });
      const lines = verbose.stderr.split("\n");
      expect(lines[0]).toBe('stdin: record 1 (id "T-9"): 3 problems:');
      expect(lines.slice(1, 4).map((text) => text.slice(0, text.indexOf(":")))).toEqual(["  createdAt", "  channel", "  plan"]);
      expect(lines[2]).toContain('; allowed: "emergency", "gitlab_com_downtime", ');
      expect(lines[2]).toContain('"reddit", "quora"');
    }
  });

  it("any other error is an internal error on the record's line, with its name and message or the value itself", () => {
    const internal = 'stdin: line 1 (id "X"): internal error (a bug: please report it with this record): ';
    expect(describeRecordError("stdin", "line 1", { id: "X" }, new Error("boom"))).toBe(`${internal}Error: boom`);
    expect(describeRecordError("stdin", "line 1", { id: "X" }, new RangeError("Invalid time value"))).toBe(`${internal}RangeError: Invalid time value`);
    expect(describeRecordError("stdin", "line 1", { id: "X" }, "boom")).toBe(`${internal}boom`);
    const unprintable = { toString: () => { throw new Error("no"); } };
    expect(describeRecordError("stdin", "line 1", { id: "X" }, unprintable)).toBe(`${internal}object`);
  });
});

describe("parseTicketRecord", () => {
  it.each([
    [null, "Expected a ticket object, received null"],
    ["T-1", "Expected a ticket object, received string"],
    [true, "Expected a ticket object, received boolean"],
  ])("%j is not a ticket", (record, message) => {
    expect(() => parseTicketRecord(record)).toThrow(new SupportPolicyError([{ code: "invalid_type", path: [], message }]));
  });

  it("an organization that is not an object is left for the ticket schema to reject, at its own path", () => {
    for (const organization of ["org-1", ["org-1"]]) {
      expect(() => parseTicketRecord({ id: "A", createdAt: NOW, channel: "ticket", organization })).toThrow(SupportPolicyError);
      try {
        parseTicketRecord({ id: "A", createdAt: NOW, channel: "ticket", organization });
      } catch (error) {
        expect((error as SupportPolicyError).path).toEqual(["organization"]);
      }
    }
  });

  it("null means none: organization null reads as no organization, as absent does", () => {
    const absent = parseTicketRecord({ id: "A", createdAt: NOW, channel: "ticket" });
    const none = parseTicketRecord({ id: "A", createdAt: NOW, channel: "ticket", organization: null });
    expect(none.ticket).toEqual(absent.ticket);
  });

  it("the queue's record is the record as written, with the id as the SLA engine reads it and no events", () => {
    const record = {
      id: 12,
      createdAt: "2026-11-20T10:00:00Z",
      channel: "ticket",
      starred: true,
      organization: { id: "org-1", plan: "premium", dedicatedEngineer: "alex" },
      events: [{ type: "comment", at: "2026-11-20T11:00:00Z", author: "agent", public: true }],
    };
    expect(parseTicketRecord(record).queueTicket).toEqual({ ...record, id: "12", events: [] });
  });

  it("a routing-only field is checked by the queue's schema, with its path in the record", () => {
    try {
      parseTicketRecord({ id: "A", createdAt: NOW, channel: "ticket", starred: "yes" });
      expect.unreachable();
    } catch (error) {
      expect((error as SupportPolicyError).path).toEqual(["starred"]);
    }
  });

  it("every problem loses the ticket root of its path, not only the first", () => {
    try {
      parseTicketRecord({ id: "A", createdAt: "soon", channel: "pigeon" });
      expect.unreachable();
    } catch (error) {
      const issues = (error as SupportPolicyError).issues.map((i) => i.path);
      expect(issues.length).toBeGreaterThan(1);
      for (const path of issues) expect(path[0]).not.toBe("ticket");
    }
  });
});

describe("ticketAsOf", () => {
  const base = { id: "Q-1", createdAt: "2026-11-20T10:00:00Z", channel: "ticket", priority: "low", assignee: "kenji" };
  const asOf = (record: Record<string, unknown>, now: string): Record<string, unknown> => {
    const parsed = parseTicketRecord(record);
    return ticketAsOf(parsed.queueTicket, parsed.ticket, new Date(now));
  };
  const comment = (at: string, author: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ type: "comment", at, author, public: true, ...extra });

  it("an event at exactly now has happened; one a millisecond later has not", () => {
    const record = {
      ...base,
      events: [
        { type: "status_change", at: "2026-11-20T11:00:00Z", status: "on_hold" },
        { type: "priority_change", at: "2026-11-20T11:00:00Z", priority: "urgent" },
        { type: "assignee_change", at: "2026-11-20T11:00:00Z", assignee: "maria" },
        { type: "severity_change", at: "2026-11-20T11:00:00Z", severity: 1, by: "customer" },
      ],
    };
    expect(asOf(record, "2026-11-20T11:00:00.000Z")).toMatchObject({ status: "on_hold", priority: "urgent", assignee: "maria" });
    expect(asOf(record, "2026-11-20T10:59:59.999Z")).toMatchObject({ status: "new", priority: "low", assignee: "kenji", waitingSince: "2026-11-20T10:00:00.000Z" });
  });

  it("private and automated agent comments neither open the ticket nor end the customer's wait", () => {
    const record = { ...base, events: [comment("2026-11-20T10:30:00Z", "agent", { public: false }), comment("2026-11-20T10:40:00Z", "agent", { automated: true })] };
    expect(asOf(record, "2026-11-20T11:00:00Z")).toMatchObject({ status: "new", waitingSince: "2026-11-20T10:00:00.000Z" });
  });

  it("a customer comment before any agent reply keeps the wait from the creation; an agent reply leaves a Pending ticket Pending", () => {
    const record = {
      ...base,
      events: [
        comment("2026-11-20T10:20:00Z", "customer"),
        { type: "status_change", at: "2026-11-20T10:25:00Z", status: "pending" },
        comment("2026-11-20T10:30:00Z", "agent"),
        comment("2026-11-20T10:50:00Z", "customer", { public: false }),
        comment("2026-11-20T11:10:00Z", "customer"),
        comment("2026-11-20T11:20:00Z", "customer"),
      ],
    };
    expect(asOf(record, "2026-11-20T10:25:00Z")).toMatchObject({ status: "pending", waitingSince: "2026-11-20T10:00:00.000Z" });
    expect(asOf(record, "2026-11-20T11:00:00Z")).toMatchObject({ status: "pending", waitingSince: null });
    // "the first public customer comment after the last public agent reply"
    expect(asOf(record, "2026-11-20T11:30:00Z")).toMatchObject({ status: "pending", waitingSince: "2026-11-20T11:10:00.000Z" });
  });
});

describe("options", () => {
  const io = (now = NOW): CliIo => ({ stdout: () => undefined, stderr: () => undefined, readFile: () => "", readStdin: () => "", writeFile: (path) => path, now: () => new Date(now) });

  it("--version prints the version the binary was built with, 0.0.0 when none is given", () => {
    let out = "";
    const status = runCli(["-v"], { ...io(), stdout: (text) => (out += text) });
    expect(status).toBe(EXIT_CODES.ok);
    expect(out).toBe("0.0.0\n");
  });

  it("an error that is not about the input, such as a failing output stream, is not turned into a usage line", () => {
    const broken: CliIo = {
      ...io(),
      stdout: () => {
        throw new Error("EPIPE: broken pipe");
      },
    };
    expect(() => runCli(["--version"], broken)).toThrow(new Error("EPIPE: broken pipe"));
  });

  it.each([
    [["--now", "2026-11-20t17:30:00z"], "2026-11-20T17:30:00.000Z"],
    [["--now", "2026-11-20T18:30+01:00"], "2026-11-20T17:30:00.000Z"],
    [["--now", "2026-11-20T17:30:00.123456789Z"], "2026-11-20T17:30:00.123Z"],
  ])("an instant option %j accepts ISO 8601 with an offset, lower case or without seconds", (args, iso) => {
    const result = run(["sla", "--format", "json", ...args], { stdin: "[]" });
    expect((JSON.parse(result.stdout) as { evaluatedAt: string }).evaluatedAt).toBe(iso);
  });

  it.each(["2026-11-20T17:30:00+24:00", "2026-11-20T24:00:00Z", " 2026-11-20T17:30:00Z", "2026-11-20T17:30:00Z "])("--now %j is refused", (now) => {
    expect(run(["sla", "--now", now], { stdin: "[]" }).stderr).toBe(`--now: expected an ISO 8601 instant with an offset, e.g. 2026-11-20T10:00:00Z; received ${JSON.stringify(now)}\n`);
  });

  it("--now outside the library's years, 1900 to 2199, is refused as the library refuses it", () => {
    expect(run(["sla", "--now", "1899-12-31T23:00:00Z"], { stdin: "[]" }).stderr).toBe(
      "--now: The instant 1899-12-31T23:00:00.000Z is outside the supported range 1900-01-01T00:00:00.000Z to 2200-01-01T00:00:00.000Z\n",
    );
  });

  it.each([
    [["--within", " 15 "], "due within 15 min"],
    [["--within", "0.5"], "due within 0.5 min"],
    [["--within", "12.25"], "due within 12.25 min"],
    [["--format", "table", "--edition", "2026"], "due within 60 min"],
  ])("%j", (args, text) => {
    const result = run(["sla", "--now", NOW, ...args], { stdin: "[]" });
    expect(result.stdout).toContain(text);
  });

  it.each([["1e3"], ["0x10"], ["1."], [".5"], ["Infinity"], [""]])("--within %j is not a plain decimal number", (within) => {
    expect(run(["sla", "--now", NOW, "--within", within], { stdin: "[]" }).stderr).toBe(`--within: expected a non-negative number, received ${JSON.stringify(within)}\n`);
  });

  it("parse errors are one line, whatever Node's parser says over several", () => {
    expect(run(["due", "--calendar", "global", "--from", NOW, "--hours", "-1"]).stderr).toBe(
      "support-policy due: Option '--hours' argument is ambiguous. Did you forget to specify the option argument for '--hours'? To specify an option argument starting with a dash use '--hours=-XYZ'; see \"support-policy due --help\"\n",
    );
    expect(run(["sla", "--keep-going=yes"]).stderr).toBe("support-policy sla: Option '-k, --keep-going' does not take an argument; see \"support-policy sla --help\"\n");
    expect(run(["queue", "-x"]).stderr).toBe("support-policy queue: Unknown option '-x'; see \"support-policy queue --help\"\n");
  });

  it("--format is table unless json is asked for; --edition is 2026 unless 2016 is; --time-zone is UTC unless given", () => {
    expect([formatOption(undefined), formatOption("table"), formatOption("json")]).toEqual(["table", "table", "json"]);
    expect([editionOption(undefined), editionOption("2026"), editionOption("gitlab2026"), editionOption("2016"), editionOption("handbook2016")]).toEqual([
      "gitlab2026",
      "gitlab2026",
      "gitlab2026",
      "handbook2016",
      "handbook2016",
    ]);
    expect([timeZoneOption(undefined), timeZoneOption("Europe/Berlin")]).toEqual(["UTC", "Europe/Berlin"]);
  });

  it("--time-zone accepts any zone the runtime knows", () => {
    expect(run(["sla", "--now", NOW, "--time-zone", "America/St_Johns"], { stdin: "[]" }).stdout).toMatch(/^SLA as of 2026-11-20T17:30:00\.000Z \(gitlab2026\), times in America\/St_Johns\n/);
  });
});

describe("policy files", () => {
  const spec = { timeZone: "Europe/Berlin", weekly: { mon: [["09:00", "17:00"]] } };
  const policy = { id: "p", name: "P", targets: [{ metric: "first_reply", duration: { hours: 1 }, calendar: "office" }] };

  it.each([
    [{ "p.json": "{oops" }, "p.json: malformed JSON at line 1, column 2: Expected property name or '}'"],
    [{ "p.json": JSON.stringify({ calendars: { office: "toString" }, policies: [policy] }) }, 'p.json: calendars.office: Unknown calendar "toString": expected one of global, 24x5, 24x7, amer, apac, emea, usgov, usgov-emergency, or a calendar spec'],
    [{ "p.json": JSON.stringify({ calendars: { office: { ...spec, weekly: { mon: [["09:00", "09:00"]] } } }, policies: [policy] }) }, expect.stringMatching(/^p\.json: calendars\.office\.weekly\.mon\[0\]: .+$/)],
    [{ "p.json": JSON.stringify({ calendars: { office: spec }, policies: [{ ...policy, id: "" }] }) }, expect.stringMatching(/^p\.json: policies\[0\]\.id: .+$/)],
    [{ "p.json": JSON.stringify({ calendars: { office: spec }, policies: "none" }) }, expect.stringMatching(/^p\.json: policies: .+$/)],
    [{ "p.json": `{ "calendars": { "__proto__": "24x7" }, "policies": ${JSON.stringify([policy])} }` }, 'p.json: calendars.__proto__: "__proto__" cannot name a calendar: JavaScript objects reserve it'],
    [{}, "p.json: cannot read the file (no such file)"],
  ])("%j is refused with one line naming the file and the field", (files, line) => {
    const result = run(["sla", "--policies", "p.json", "--now", NOW], { files, stdin: "[]" });
    expect(result.status).toBe(EXIT_CODES.usage);
    expect(result.stdout).toBe("");
    expect(result.stderr.endsWith("\n")).toBe(true);
    expect(result.stderr.split("\n")).toHaveLength(2);
    expect(result.stderr.trimEnd()).toEqual(line);
  });

  it("a calendar named by name or given as a spec both run the policies; without calendars, a target's calendar is unknown", () => {
    const ticket = JSON.stringify({ id: "A", createdAt: "2026-11-23T08:00:00Z", channel: "ticket" });
    const due = (calendars: unknown): string | undefined => {
      const files = { "p.json": JSON.stringify({ ...(calendars === undefined ? {} : { calendars }), policies: [policy] }) };
      const result = run(["sla", "--policies", "p.json", "--now", "2026-11-23T08:30:00Z", "--format", "json"], { files, stdin: ticket });
      return result.status === 0 ? (JSON.parse(result.stdout) as { reports: { metrics: { dueAt: string }[] }[] }).reports[0]?.metrics[0]?.dueAt : result.stderr;
    };
    expect(due({ office: "24x7" })).toBe("2026-11-23T09:00:00.000Z");
    // Berlin opens at 09:00 (08:00Z): the hour ends at 09:00Z.
    expect(due({ office: spec })).toBe("2026-11-23T09:00:00.000Z");
    expect(due({ office: "emea" })).toMatch(/^2026-11-23T/);
    expect(due(undefined)).toMatch(/^p\.json: policies\[0\]\.targets\[0\]\.calendar: /);
  });
});
