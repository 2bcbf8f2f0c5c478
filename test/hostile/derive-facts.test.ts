// A policy set's deriveFacts is the caller's code: what it returns is validated like any other
// input, so a wrong value is the library's error naming it, never a TypeError or a report that
// carries the wrong value on.
import { describe, expect, it } from "vitest";
import { evaluateSla } from "../../src/sla/evaluate-sla.js";
import { prepareSlaPolicies } from "../../src/sla/prepare-sla-policies.js";
import { PRIORITIES, SUPPORT_LEVELS } from "../../src/sla/sla-vocabulary.js";
import { fc, test } from "../support/property.js";
import { runs } from "../support/runs.js";
import { thrown } from "../support/thrown.js";

const ticket = { id: "T-1", createdAt: "2026-11-20T08:00:00Z", channel: "ticket" as const };
const NOW = new Date("2026-11-20T10:00:00Z");
const policies = [{ id: "p", name: "P", targets: [{ metric: "first_reply" as const, duration: { hours: 1 }, calendar: "around_the_clock" }] }];
const setDeriving = (result: unknown) => prepareSlaPolicies({ policies, deriveFacts: () => result as never });

describe("deriveFacts' result is validated", () => {
  it.each([
    [null, "invalid_type", []],
    [undefined, "missing_field", []],
    ["high", "invalid_type", []],
    [{ priority: "bogus", supportLevel: null }, "unknown_value", ["priority"]],
    [{ priority: "high", supportLevel: "gold" }, "unknown_value", ["supportLevel"]],
    [{ priority: "high" }, "missing_field", ["supportLevel"]],
    [{ priority: "high", supportLevel: null, colour: "red" }, "unknown_key", ["colour"]],
    [{ supportLevel: null, priority: 3 }, "invalid_type", ["priority"]],
    [{ priority: "High", supportLevel: null }, "invalid_format", ["priority"]],
  ])("%j: %s at deriveFacts()%j", (result, code, path) => {
    const error = thrown(() => evaluateSla(ticket, setDeriving(result), NOW));
    expect([error.code, error.path]).toEqual([code, ["policySet", "deriveFacts()", ...path]]);
    expect(error.message.length).toBeGreaterThan(0);
  });

  it("a valid result is used: the report carries its priority", () => {
    expect(evaluateSla(ticket, setDeriving({ priority: "high", supportLevel: "priority" }), NOW).priority).toBe("high");
    expect(evaluateSla(ticket, setDeriving({ priority: null, supportLevel: null }), NOW).priority).toBeNull();
  });

  test.prop([fc.constantFrom(null, ...PRIORITIES), fc.constantFrom(null, ...SUPPORT_LEVELS), fc.boolean()], { numRuns: runs(60) })(
    "any declared priority or none, with any support level or none, in either key order or on a null-prototype object, is the report's priority",
    (priority, supportLevel, bare) => {
      const facts = bare ? Object.assign(Object.create(null) as object, { supportLevel, priority }) : { priority, supportLevel };
      expect(evaluateSla(ticket, setDeriving(facts), NOW).priority).toBe(priority);
    },
  );
});
