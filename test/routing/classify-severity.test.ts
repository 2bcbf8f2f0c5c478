import { fc, test } from "../support/property.js";
import { describe, expect, it } from "vitest";
import { classifySeverity } from "../../src/routing/classify-severity.js";
import type { ImpactFacts } from "../../src/routing/impact-facts.js";
import { deepFreeze, expectError, roundTrip } from "./helpers.js";

describe("classifySeverity", () => {
  it('"1 Urgent: a production instance is unavailable or completely unusable"', () => {
    expect(classifySeverity({ instance: "unavailable" })).toMatchObject({ outcome: "classified", severity: 1, priority: "urgent" });
    expect(classifySeverity({ instance: "completely_unusable", importantFeatures: "working" }).severity).toBe(1);
  });

  it('"2 High: important features unavailable or extremely slow, no acceptable workaround"', () => {
    expect(classifySeverity({ instance: "usable", importantFeatures: "unavailable", workaroundAvailable: false })).toMatchObject({ severity: 2, priority: "high" });
    expect(classifySeverity({ instance: "usable", importantFeatures: "extremely_slow", workaroundAvailable: false }).severity).toBe(2);
  });

  it('"3 Normal: important features unavailable or somewhat slowed, a workaround is available"', () => {
    expect(classifySeverity({ instance: "usable", importantFeatures: "unavailable", workaroundAvailable: true })).toMatchObject({ severity: 3, priority: "normal" });
    expect(classifySeverity({ instance: "usable", importantFeatures: "somewhat_slowed", workaroundAvailable: true }).severity).toBe(3);
    expect(classifySeverity({ instance: "usable", importantFeatures: "extremely_slow", workaroundAvailable: true }).severity).toBe(3);
  });

  it('"4 Low: questions, clarifications, documentation; no impact on operation"', () => {
    expect(classifySeverity({ instance: "usable", importantFeatures: "working" })).toMatchObject({ severity: 4, priority: "low" });
  });

  it("somewhat slowed with no workaround is left open by the definitions: the safe, more severe reading (2), said in the reason", () => {
    const d = classifySeverity({ instance: "usable", importantFeatures: "somewhat_slowed", workaroundAvailable: false });
    expect(d.severity).toBe(2);
    expect(d.reasons[0]?.code).toBe("slowed_without_workaround");
    expect(d.reasons[0]?.message).toContain("more severe reading");
  });

  it("a fact the definition needs and does not have: cannot decide, never a guess", () => {
    expect(classifySeverity({})).toMatchObject({ outcome: "cannot_decide", missing: ["instance"] });
    expect(classifySeverity({ instance: "usable" }).missing).toEqual(["importantFeatures"]);
    expect(classifySeverity({ instance: "usable", importantFeatures: "unavailable" }).missing).toEqual(["workaroundAvailable"]);
  });

  const facts = fc.record(
    {
      instance: fc.constantFrom("unavailable", "completely_unusable", "usable"),
      importantFeatures: fc.constantFrom("unavailable", "extremely_slow", "somewhat_slowed", "working"),
      workaroundAvailable: fc.boolean(),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<ImpactFacts>;

  test.prop([facts])("classified results carry a severity and its priority; JSON out; input untouched", (input) => {
    const frozen = deepFreeze(structuredClone(input));
    const d = classifySeverity(frozen);
    expect(frozen).toEqual(input);
    expect(roundTrip(d)).toEqual(d);
    if (d.outcome === "classified") {
      expect(["urgent", "high", "normal", "low"][(d.severity ?? 0) - 1]).toBe(d.priority);
      expect(d.missing).toBeUndefined();
    } else expect(d.missing?.length).toBeGreaterThan(0);
  });

  test.prop([facts])("losing a workaround never lowers the severity", (input) => {
    const withWorkaround = classifySeverity({ ...input, workaroundAvailable: true });
    const without = classifySeverity({ ...input, workaroundAvailable: false });
    if (withWorkaround.severity !== undefined && without.severity !== undefined) expect(without.severity).toBeLessThanOrEqual(withWorkaround.severity);
  });

  it("rejects unknown values and unknown facts", () => {
    expectError(() => classifySeverity({ instance: "on_fire" } as unknown as ImpactFacts), "unknown_value", ["impactFacts", "instance"], "on_fire");
    expectError(() => classifySeverity({ mood: "bad" } as unknown as ImpactFacts), "unknown_key", ["impactFacts", "mood"], "mood");
  });
});
