// Every public function, fed arbitrary values: it returns a result or throws the library's typed
// error, never another exception, never hangs, never mutates its input, never pollutes a prototype.
import { fc, test } from "../support/property.js";
import { describe, expect } from "vitest";
import * as api from "../../src/index.js";
import * as report from "../../src/report/index.js";
import { SupportPolicyError } from "../../src/shared/errors.js";
import { integrityOf } from "../support/integrity.js";
import { runs } from "../support/runs.js";

type AnyFunction = (...args: unknown[]) => unknown;

// The root entry holds everything but the report page, which has its own entry.
const functions = (Object.entries({ ...api, ...report }) as [string, unknown][])
  .filter((entry): entry is [string, AnyFunction] => typeof entry[1] === "function")
  // Classes are constructed by their factory functions (BusinessCalendar by defineCalendar), and
  // the error class is the library's answer itself.
  .filter(([, fn]) => !/^class\s/.test(Function.prototype.toString.call(fn)));

function cyclic(): Record<string, unknown> {
  const value: Record<string, unknown> = { id: "t1", createdAt: "2026-03-02T17:00:00Z" };
  value["self"] = value;
  value["events"] = [value];
  return value;
}

function deep(depth: number): unknown {
  let value: unknown = { id: "x" };
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? { nested: value } : [value];
  return value;
}

const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.anything({ withDate: true, withMap: true, withSet: true, withNullPrototype: true, withBigInt: true, withTypedArray: true }) },
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "id": "x"}') as unknown),
  fc.constantFrom(new Date(Number.NaN), new Date(8.64e15), new Date(-8.64e15), new Date("2026-03-02T17:00:00Z")),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, 1e300, Number.MAX_SAFE_INTEGER),
  fc.constantFrom("Mars/Olympus_Mons", "handbook2016", "gitlab2026", "global", "x".repeat(100_000)),
  fc.constant(cyclic()),
  fc.constant(deep(1_000)),
);

function snapshotOf(value: unknown): string | undefined {
  try {
    return JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? `${v}n` : v));
  } catch {
    return undefined;
  }
}

describe("hostile input to every public function", () => {
  test("there are public functions to check", () => {
    expect(functions.length).toBeGreaterThan(30);
  });

  for (const [name, fn] of functions) {
    test.prop([fc.array(hostile, { minLength: 0, maxLength: 4 })], { numRuns: runs(60) })(name, (args) => {
      const before = args.map(snapshotOf);
      // Frozen, sealed or extensible, as the caller left it: checked for every object the call can reach.
      const integrity = integrityOf(args);
      const started = performance.now();
      try {
        fn(...args);
      } catch (error) {
        if (!(error instanceof SupportPolicyError)) throw error;
        expect(error.code).toMatch(/^[a-z_]+$/);
        expect(error.message.length).toBeGreaterThan(0);
      }
      // A bound against hangs, not a speed target.
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(args.map(snapshotOf)).toEqual(before);
      expect(integrityOf(args)).toEqual(integrity);
      expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
      expect((Object.prototype as unknown as Record<string, unknown>)["polluted"]).toBeUndefined();
    });
  }
});
