// A record (names to values), as zod's z.record parses it: recordSchema is zod's record written
// out, so it must give the same value and the same issues (codes, paths, messages) on any input,
// and the same SupportPolicyError through parseInput; except that an own __proto__ name, which
// zod drops without a word, is an issue of its own.
import * as z from "zod";
import { describe, expect, it } from "vitest";
import { SupportPolicyError, parseInput } from "../../src/shared/errors.js";
import { recordSchema } from "../../src/shared/record-schema.js";
import { fc, test } from "../support/property.js";

const values = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);
const pairs = [
  [z.string(), values],
  [z.string().min(1), z.enum(["basic", "priority"])],
  [z.string(), z.strictObject({ hours: z.number().int() })],
] as const;

function issuesOf(result: { success: boolean; error?: z.ZodError }): unknown {
  return result.error?.issues.map(({ code, path, message }) => ({ code, path, message }));
}

function outcome(schema: z.ZodType, input: unknown): unknown {
  const result = schema.safeParse(input);
  return result.success ? { value: result.data } : { issues: issuesOf(result) };
}

function thrownBy(schema: z.ZodType, input: unknown): unknown {
  try {
    return { value: parseInput(schema, input) };
  } catch (error) {
    if (!(error instanceof SupportPolicyError)) throw error;
    return { error: { code: error.code, path: error.path, message: error.message, issues: error.issues, omittedIssues: error.omittedIssues } };
  }
}

class Box {
  readonly a = 1;
}

// A constructor whose prototype is not an object: zod calls such an object no record.
function Bare(): void {
  // no body: only its prototype matters
}
Bare.prototype = null;

const key = fc.oneof(fc.constantFrom("", "a", "b", "1", "__proto__", "constructor", "toString"), fc.string({ maxLength: 4 }));
const value = fc.oneof(fc.string({ maxLength: 3 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 2 }), fc.record({ hours: fc.oneof(fc.integer(), fc.string()) }), fc.constantFrom("basic", "priority", "Basic"));
const input = fc.oneof(
  fc.dictionary(key, value, { maxKeys: 5 }),
  fc.dictionary(key, value, { maxKeys: 3 }).map((entries) => Object.assign(Object.create(null) as object, entries)),
  fc.dictionary(key, value, { maxKeys: 3 }).map((entries) => JSON.parse(JSON.stringify(entries)) as unknown),
  fc.array(value, { maxLength: 2 }),
  value,
  fc.constantFrom(new Box(), { a: "x", constructor: Bare }, { a: "x", constructor: 1 }, new Date(0), new Map([["a", 1]]), { [Symbol("s")]: 1, a: 1 }, Object.defineProperty({ a: "x" }, "hidden", { value: 2, enumerable: false }), JSON.parse('{ "__proto__": 1, "a": "x" }') as unknown),
);

const PROTO_ISSUE = { code: "custom", path: ["__proto__"], message: '"__proto__" cannot name an entry: JavaScript objects reserve it' };
const hasOwnProto = (given: unknown): boolean => typeof given === "object" && given !== null && Object.hasOwn(given, "__proto__");

describe("recordSchema: zod's record, written out", () => {
  test.prop([fc.integer({ min: 0, max: pairs.length - 1 }), input])("the same value or the same issues as z.record on any input; an own __proto__ name is one issue more", (pair, given) => {
    const [k, v] = pairs[pair] ?? pairs[0];
    const ours = recordSchema(k, v, "an entry");
    if (!hasOwnProto(given)) {
      expect(outcome(ours, given)).toEqual(outcome(z.record(k, v), given));
      expect(thrownBy(ours, given)).toEqual(thrownBy(z.record(k, v), given));
      return;
    }
    const issues = issuesOf(ours.safeParse(given)) as { code: string; path: unknown[] }[];
    expect(issues).toContainEqual(PROTO_ISSUE);
    const theirs = z.record(k, v).safeParse(given);
    expect(issues.filter((issue) => !(issue.code === "custom" && issue.path[0] === "__proto__"))).toEqual(issuesOf(theirs) ?? []);
  });

  it.each([
    ["an array", ["a"], { code: "invalid_type", path: [], message: "Invalid input: expected record, received array" }],
    ["an empty name", { "": "basic" }, { code: "invalid_key", path: [""], message: "Invalid key in record" }],
    ["a bad value", { a: "gold" }, { code: "invalid_value", path: ["a"], message: 'Invalid option: expected one of "basic"|"priority"' }],
  ])("names what is wrong as zod does: %s", (_, given, issue) => {
    const [k, v] = pairs[1];
    expect(issuesOf(recordSchema(k, v, "an entry").safeParse(given))).toEqual([issue]);
    expect(issuesOf(z.record(k, v).safeParse(given))).toEqual([issue]);
  });

  it("refuses an own __proto__ name, worded with what the entries are, where zod drops it", () => {
    const given = JSON.parse('{ "__proto__": 1, "a": 2 }') as unknown;
    expect(issuesOf(recordSchema(z.string(), z.number(), "a calendar").safeParse(given))).toEqual([
      { code: "custom", path: ["__proto__"], message: '"__proto__" cannot name a calendar: JavaScript objects reserve it' },
    ]);
    expect(z.record(z.string(), z.number()).parse(given)).toEqual({ a: 2 });
  });
});
