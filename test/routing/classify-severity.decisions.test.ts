import { describe, expect, it } from "vitest";
import { classifySeverity } from "../../src/routing/classify-severity.js";

const RULE_1 = "§2 Definitions of Support Impact: severity 1, a production instance is unavailable or completely unusable";
const RULE_2 = "§2 Definitions of Support Impact: severity 2, important features unavailable or extremely slow, no acceptable workaround";
const RULE_3 = "§2 Definitions of Support Impact: severity 3, important features unavailable or somewhat slowed, a workaround is available";
const RULE_4 = "§2 Definitions of Support Impact: severity 4, questions, clarifications, documentation; no impact on operation";

describe("classifySeverity, full decisions", () => {
  it('"1 Urgent: a production instance is unavailable"', () => {
    expect(classifySeverity({ instance: "unavailable" })).toEqual({
      outcome: "classified",
      severity: 1,
      priority: "urgent",
      reasons: [
        {
          code: "production_unavailable",
          rule: RULE_1,
          message: "The production instance is unavailable",
          facts: { instance: "unavailable", importantFeatures: null, workaroundAvailable: null },
        },
      ],
    });
  });

  it('"1 Urgent: ... or completely unusable", whatever the features and workaround', () => {
    expect(classifySeverity({ instance: "completely_unusable", importantFeatures: "working", workaroundAvailable: true })).toEqual({
      outcome: "classified",
      severity: 1,
      priority: "urgent",
      reasons: [
        {
          code: "production_unavailable",
          rule: RULE_1,
          message: "The production instance is completely unusable",
          facts: { instance: "completely_unusable", importantFeatures: "working", workaroundAvailable: true },
        },
      ],
    });
  });

  it('"2 High: important features unavailable ... no acceptable workaround"', () => {
    expect(classifySeverity({ instance: "usable", importantFeatures: "unavailable", workaroundAvailable: false })).toEqual({
      outcome: "classified",
      severity: 2,
      priority: "high",
      reasons: [
        {
          code: "features_down_no_workaround",
          rule: RULE_2,
          message: "Important features are unavailable with no acceptable workaround",
          facts: { instance: "usable", importantFeatures: "unavailable", workaroundAvailable: false },
        },
      ],
    });
  });

  it('"2 High: important features ... extremely slow, no acceptable workaround"', () => {
    expect(classifySeverity({ instance: "usable", importantFeatures: "extremely_slow", workaroundAvailable: false })).toEqual({
      outcome: "classified",
      severity: 2,
      priority: "high",
      reasons: [
        {
          code: "features_down_no_workaround",
          rule: RULE_2,
          message: "Important features are extremely slow with no acceptable workaround",
          facts: { instance: "usable", importantFeatures: "extremely_slow", workaroundAvailable: false },
        },
      ],
    });
  });

  it('"3 Normal: important features unavailable ..., a workaround is available"', () => {
    expect(classifySeverity({ instance: "usable", importantFeatures: "extremely_slow", workaroundAvailable: true })).toEqual({
      outcome: "classified",
      severity: 3,
      priority: "normal",
      reasons: [
        {
          code: "features_degraded_with_workaround",
          rule: RULE_3,
          message: "Important features are extremely slow but a workaround is available",
          facts: { instance: "usable", importantFeatures: "extremely_slow", workaroundAvailable: true },
        },
      ],
    });
  });

  it('"3 Normal: important features ... somewhat slowed, a workaround is available"', () => {
    expect(classifySeverity({ instance: "usable", importantFeatures: "somewhat_slowed", workaroundAvailable: true })).toEqual({
      outcome: "classified",
      severity: 3,
      priority: "normal",
      reasons: [
        {
          code: "features_degraded_with_workaround",
          rule: RULE_3,
          message: "Important features are somewhat slowed and a workaround is available",
          facts: { instance: "usable", importantFeatures: "somewhat_slowed", workaroundAvailable: true },
        },
      ],
    });
  });

  it("somewhat slowed with no workaround: the more severe reading, 2, and the reason says the definitions leave it open", () => {
    expect(classifySeverity({ instance: "usable", importantFeatures: "somewhat_slowed", workaroundAvailable: false })).toEqual({
      outcome: "classified",
      severity: 2,
      priority: "high",
      reasons: [
        {
          code: "slowed_without_workaround",
          rule: RULE_2,
          message:
            "Important features are somewhat slowed with no workaround: the definitions leave this open, so the more severe reading (2) is used",
          facts: { instance: "usable", importantFeatures: "somewhat_slowed", workaroundAvailable: false },
        },
      ],
    });
  });

  it('"4 Low: ... no impact on operation": important features work, with or without a workaround', () => {
    expect(classifySeverity({ instance: "usable", importantFeatures: "working" })).toEqual({
      outcome: "classified",
      severity: 4,
      priority: "low",
      reasons: [
        {
          code: "no_operational_impact",
          rule: RULE_4,
          message: "Important features work: no impact on operation",
          facts: { instance: "usable", importantFeatures: "working", workaroundAvailable: null },
        },
      ],
    });
  });

  it("no instance state: cannot decide, naming the one missing fact", () => {
    expect(classifySeverity({ importantFeatures: "unavailable", workaroundAvailable: false })).toEqual({
      outcome: "cannot_decide",
      reasons: [
        {
          code: "facts_missing",
          rule: "§2 Definitions of Support Impact",
          message: "The severity depends on instance, which is not given",
          facts: { missing: ["instance"] },
        },
      ],
      missing: ["instance"],
    });
  });

  it("a usable instance without the state of its features or a workaround: cannot decide, naming what is missing", () => {
    expect(classifySeverity({ instance: "usable" })).toEqual({
      outcome: "cannot_decide",
      reasons: [
        {
          code: "facts_missing",
          rule: "§2 Definitions of Support Impact",
          message: "The severity depends on importantFeatures, which is not given",
          facts: { missing: ["importantFeatures"] },
        },
      ],
      missing: ["importantFeatures"],
    });
    expect(classifySeverity({ instance: "usable", importantFeatures: "somewhat_slowed" })).toEqual({
      outcome: "cannot_decide",
      reasons: [
        {
          code: "facts_missing",
          rule: "§2 Definitions of Support Impact",
          message: "The severity depends on workaroundAvailable, which is not given",
          facts: { missing: ["workaroundAvailable"] },
        },
      ],
      missing: ["workaroundAvailable"],
    });
  });
});
