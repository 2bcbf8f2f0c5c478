// The library's one error type, and how zod's findings become its issues: a stable code, a path
// from the argument's root, and a message for a person.
import * as z from "zod";
import { describe, expect, it } from "vitest";
import { SupportPolicyError, fail, parseInput, type SupportPolicyIssue } from "../../src/shared/errors.js";
import { thrown } from "../support/thrown.js";

const issuesOf = (schema: z.ZodType, input: unknown, root: readonly PropertyKey[] = []): readonly SupportPolicyIssue[] => thrown(() => parseInput(schema, input, root)).issues;

describe("SupportPolicyError", () => {
  it("is an Error named SupportPolicyError whose code, path and message are its first issue's", () => {
    const error = new SupportPolicyError([{ code: "invalid_time", path: ["intervals", 0, "start"], message: "24:30 is not a time of day" }]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("SupportPolicyError");
    expect([error.code, error.path, error.message]).toEqual(["invalid_time", ["intervals", 0, "start"], "24:30 is not a time of day"]);
    expect(error.issues).toEqual([{ code: "invalid_time", path: ["intervals", 0, "start"], message: "24:30 is not a time of day" }]);
  });

  it("with several issues, the message counts the others and every issue is kept in order", () => {
    const issues = [
      { code: "too_small", path: ["a"], message: "first" },
      { code: "unknown_key", path: ["b"], message: "second" },
      { code: "invalid_type", path: [], message: "third" },
    ] as const;
    const error = new SupportPolicyError(issues);
    expect(error.message).toBe("first (and 2 more)");
    expect([error.code, error.path]).toEqual(["too_small", ["a"]]);
    expect(error.issues).toEqual(issues);
    expect(new SupportPolicyError([issues[0], issues[1]]).message).toBe("first (and 1 more)");
  });

  it("fail throws one issue with the code, path and message given", () => {
    const error = thrown(() => fail("inconsistent_facts", ["facts", "count"], "2 is more than 1"));
    expect(error.issues).toEqual([{ code: "inconsistent_facts", path: ["facts", "count"], message: "2 is more than 1" }]);
  });
});

describe("parseInput", () => {
  const facts = z.strictObject({
    name: z.string(),
    count: z.number().int().min(1).max(5).multipleOf(2).optional(),
    kind: z.enum(["a", "b"]).optional(),
    either: z.union([z.string(), z.number()]).optional(),
    digits: z.string().regex(/^\d+$/).optional(),
    scores: z.record(z.string().min(2), z.number()).optional(),
    known: z.string().refine((v) => v !== "bad", { message: "bad value", params: { code: "invalid_time" } }).optional(),
    unknownCode: z.string().refine((v) => v !== "bad", { message: "bad value", params: { code: "not_a_code" } }).optional(),
    plain: z.string().refine((v) => v !== "bad", "plain refinement").optional(),
    length: z.string().transform((s) => s.length).optional(),
  });

  it("returns the parsed value, with zod's transforms applied", () => {
    expect(parseInput(facts, { name: "n", length: "four" })).toEqual({ name: "n", length: 4 });
  });

  it("a required field that is absent is missing_field, named by its dotted path from the root", () => {
    expect(issuesOf(facts, {}, ["facts"])).toEqual([{ code: "missing_field", path: ["facts", "name"], message: 'Missing required field "facts.name"' }]);
    expect(issuesOf(z.object({ a: z.object({ b: z.literal("x") }) }), { a: {} })).toEqual([{ code: "missing_field", path: ["a", "b"], message: 'Missing required field "a.b"' }]);
    expect(issuesOf(z.object({ kind: z.enum(["x"]) }), { kind: undefined })).toEqual([{ code: "missing_field", path: ["kind"], message: 'Missing required field "kind"' }]);
  });

  it("a missing argument itself is missing input", () => {
    expect(issuesOf(facts, undefined)).toEqual([{ code: "missing_field", path: [], message: "Missing required input" }]);
  });

  it("a value of the wrong type is invalid_type with zod's description, at its path under the root", () => {
    expect(issuesOf(facts, { name: 1 }, ["facts"])).toEqual([{ code: "invalid_type", path: ["facts", "name"], message: "Invalid input: expected string, received number" }]);
    expect(issuesOf(facts, null, ["facts"])).toEqual([{ code: "invalid_type", path: ["facts"], message: "Invalid input: expected object, received null" }]);
    expect(issuesOf(z.object({ a: z.object({ b: z.string() }) }), { a: 5 })).toEqual([{ code: "invalid_type", path: ["a"], message: "Invalid input: expected object, received number" }]);
  });

  it("a bad value inside a Map is not reported as missing", () => {
    expect(issuesOf(z.map(z.string(), z.number()), new Map([["a", "x"]]))).toEqual([{ code: "invalid_type", path: ["a"], message: "Invalid input: expected number, received string" }]);
  });

  it("each unknown key is its own unknown_key issue, with the key at the end of its path", () => {
    const error = thrown(() => parseInput(facts, { name: "n", zz: 1, yy: 2 }, ["facts"]));
    const allowed = ["name", "count", "kind", "either", "digits", "scores", "known", "unknownCode", "plain", "length"];
    expect(error.issues).toEqual([
      { code: "unknown_key", path: ["facts", "zz"], message: 'Unknown key "zz"', allowed },
      { code: "unknown_key", path: ["facts", "yy"], message: 'Unknown key "yy"', allowed },
    ]);
    expect(error.message).toBe('Unknown key "zz" (and 1 more)');
  });

  it("zod's other findings map to the library's codes", () => {
    const first = (input: object): SupportPolicyIssue | undefined => issuesOf(facts, { name: "n", ...input })[0];
    expect(first({ count: 0 })).toEqual({ code: "too_small", path: ["count"], message: "Too small: expected number to be >=1" });
    expect(first({ count: 6 })).toEqual({ code: "too_big", path: ["count"], message: "Too big: expected number to be <=5" });
    expect(first({ count: 3 })).toEqual({ code: "invalid_input", path: ["count"], message: "Invalid number: must be a multiple of 2" });
    expect(first({ kind: "c" })).toEqual({ code: "unknown_value", path: ["kind"], message: 'Invalid option: expected one of "a"|"b", received "c"', allowed: ["a", "b"] });
    expect(first({ either: true })).toEqual({ code: "invalid_input", path: ["either"], message: "Invalid input" });
    expect(first({ digits: "12a" })).toEqual({ code: "invalid_format", path: ["digits"], message: "Invalid string: must match pattern /^\\d+$/" });
    expect(first({ scores: { a: 1 } })).toEqual({ code: "unknown_key", path: ["scores", "a"], message: "Invalid key in record" });
  });

  it("a refinement names its own code when it is one of the library's, otherwise invalid_input", () => {
    const first = (input: object): SupportPolicyIssue | undefined => issuesOf(facts, { name: "n", ...input })[0];
    expect(first({ known: "bad" })).toEqual({ code: "invalid_time", path: ["known"], message: "bad value" });
    expect(first({ unknownCode: "bad" })).toEqual({ code: "invalid_input", path: ["unknownCode"], message: "bad value" });
    expect(first({ plain: "bad" })).toEqual({ code: "invalid_input", path: ["plain"], message: "plain refinement" });
  });

  it("every finding is kept, in zod's order", () => {
    expect(issuesOf(facts, { name: 1, count: 0 }).map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid_type", ["name"]],
      ["too_small", ["count"]],
    ]);
  });
});

describe("every error code of the library", () => {
  // Written out here rather than read from the library, so a code that stops being recognised fails.
  const CODES = [
    "invalid_type", "unknown_key", "unknown_value", "missing_field", "too_small", "too_big", "invalid_format", "invalid_input",
    "invalid_time_zone", "invalid_time", "empty_interval", "overlapping_intervals", "invalid_date", "inverted_date_range",
    "conflicting_dates", "no_open_time", "invalid_instant", "invalid_duration", "out_of_range", "not_a_calendar",
    "event_before_creation", "now_before_creation", "duplicate_id", "no_targets", "unknown_metric", "unknown_field",
    "inconsistent_facts", "event_after_now",
  ] as const;

  it.each(CODES)("a refinement that names %s keeps it", (code) => {
    const schema = z.string().refine(() => false, { message: `refused: ${code}`, params: { code } });
    expect(issuesOf(schema, "x", ["value"])).toEqual([{ code, path: ["value"], message: `refused: ${code}` }]);
  });
});

describe("a value outside a fixed set names what was received and the nearest allowed value", () => {
  const status = z.strictObject({
    status: z.enum(["new", "open", "pending", "on_hold"]).optional(),
    kind: z.literal("ticket").optional(),
    createdAt: z.string().optional(),
    pausedBy: z.array(z.string()).optional(),
  });

  it('an enum mismatch names the value and suggests the close one: "hold" → on_hold', () => {
    const [issue] = issuesOf(status, { status: "hold" });
    expect(issue).toEqual({
      code: "unknown_value",
      path: ["status"],
      message: 'Invalid option: expected one of "new"|"open"|"pending"|"on_hold", received "hold"; did you mean "on_hold"?',
      allowed: ["new", "open", "pending", "on_hold"],
      suggestion: "on_hold",
    });
  });

  it("case, hyphens and underscores do not count: ON-HOLD → on_hold", () => {
    expect(issuesOf(status, { status: "ON-HOLD" })[0]?.suggestion).toBe("on_hold");
  });

  it("no suggestion when nothing is close, and none for a value that is not a string", () => {
    expect(issuesOf(status, { status: "archived" })[0]).toEqual({
      code: "unknown_value",
      path: ["status"],
      message: 'Invalid option: expected one of "new"|"open"|"pending"|"on_hold", received "archived"',
      allowed: ["new", "open", "pending", "on_hold"],
    });
    expect(issuesOf(status, { status: 7 })[0]?.message).toBe('Invalid option: expected one of "new"|"open"|"pending"|"on_hold", received 7');
  });

  it("a literal mismatch names the value received", () => {
    expect(issuesOf(status, { kind: "tickets" })[0]).toMatchObject({ message: 'Invalid input: expected "ticket", received "tickets"; did you mean "ticket"?', allowed: ["ticket"] });
  });

  it("a huge received value is cut, never printed whole", () => {
    const message = issuesOf(status, { status: "x".repeat(1_000_000) })[0]?.message ?? "";
    expect(message).toBe(`Invalid option: expected one of "new"|"open"|"pending"|"on_hold", received "${"x".repeat(40)}…"`);
  });

  it("an object received is named by its kind, without reading it", () => {
    const hostile = new Proxy({}, { get: () => { throw new Error("read"); }, getPrototypeOf: () => { throw new Error("read"); } });
    expect(issuesOf(status, { status: hostile })[0]?.message).toMatch(/received a value of type object$/);
  });

  it("an unknown key suggests the declared key it was meant to be: created_at → createdAt, pausedby → pausedBy", () => {
    const allowed = ["status", "kind", "createdAt", "pausedBy"];
    expect(issuesOf(status, { created_at: "x" })).toEqual([
      { code: "unknown_key", path: ["created_at"], message: 'Unknown key "created_at"; did you mean "createdAt"?', allowed, suggestion: "createdAt" },
    ]);
    expect(issuesOf(status, { "Created-At": "x" })[0]?.suggestion).toBe("createdAt");
    expect(issuesOf(status, { pausedby: [] })[0]?.suggestion).toBe("pausedBy");
    expect(issuesOf(status, { colour: "red" })).toEqual([{ code: "unknown_key", path: ["colour"], message: 'Unknown key "colour"', allowed }]);
  });

  it("a refinement that checks against a list it knows at run time passes it in params.allowed and gets the same suggestion", () => {
    const declared = ["low", "normal", "high", "urgent"];
    const schema = z.string().superRefine((value, ctx) => {
      if (!declared.includes(value)) ctx.addIssue({ code: "custom", message: `Unknown priority ${JSON.stringify(value)}`, params: { code: "unknown_value", allowed: declared }, input: value });
    });
    expect(issuesOf(schema, "urgnet")).toEqual([
      { code: "unknown_value", path: [], message: 'Unknown priority "urgnet"; did you mean "urgent"?', allowed: declared, suggestion: "urgent" },
    ]);
  });

  it("a schema's own message is kept and still gets the suggestion", () => {
    const own = z.enum(["table", "json"], { error: (issue) => `Unknown format ${String(issue.input)}` });
    expect(issuesOf(own, "tabel")[0]?.message).toBe('Unknown format tabel; did you mean "table"?');
  });
});
