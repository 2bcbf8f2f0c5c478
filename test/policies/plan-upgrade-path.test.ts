import { fc, test } from "../support/property.js";
import { describe, expect, it } from "vitest";
import { planUpgradePath } from "../../src/policies/index.js";
import { describeError, thrown } from "./helpers.js";

describe("planUpgradePath", () => {
  it('"Use of GitLab CI (need to upgrade to 8.0 first, then 8.+)"', () => {
    expect(planUpgradePath("7.14.3", "8.5.0", true)).toEqual(["8.0", "8.5.0"]);
    expect(planUpgradePath("7.14.3", "8.5.0", false)).toEqual(["8.5.0"]);
    expect(planUpgradePath("7.14.3", "8.0.5", true)).toEqual(["8.0.5"]);
    expect(planUpgradePath("8.0.0", "8.10", true)).toEqual(["8.10"]);
    expect(planUpgradePath("7.1", "7.14", true)).toEqual(["7.14"]);
  });

  it("compares versions numerically (8.10 is after 8.9)", () => {
    expect(planUpgradePath("8.9", "8.10", false)).toEqual(["8.10"]);
    expect(describeError(thrown(() => planUpgradePath("8.10", "8.9", false)))).toEqual([
      "inconsistent_facts",
      ["targetVersion"],
      "The target version 8.9 is older than the current version 8.10",
    ]);
  });

  it("a malformed version is invalid_format", () => {
    expect(describeError(thrown(() => planUpgradePath("v7", "8.0", true)))).toEqual([
      "invalid_format",
      ["currentVersion"],
      'Expected a GitLab version "MAJOR.MINOR" or "MAJOR.MINOR.PATCH", received "v7"',
    ]);
  });

  const versionArb = fc.tuple(fc.integer({ min: 6, max: 17 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 9 })).map(([a, b, c]) => `${a}.${b}.${c}`);
  test.prop([versionArb, versionArb, fc.boolean()])("the path ends at the target, and passes 8.0 exactly when a CI user crosses it", (x, y, ci) => {
    const [current, target] = [x, y].sort((a, b) => {
      const [a1 = 0, a2 = 0, a3 = 0] = a.split(".").map(Number);
      const [b1 = 0, b2 = 0, b3 = 0] = b.split(".").map(Number);
      return a1 - b1 || a2 - b2 || a3 - b3;
    }) as [string, string];
    const path = planUpgradePath(current, target, ci);
    expect(path.at(-1)).toBe(target);
    const crosses = ci && Number(current.split(".")[0]) < 8 && (Number(target.split(".")[0]) > 8 || (target.startsWith("8.") && !target.startsWith("8.0.")));
    expect(path).toEqual(crosses ? ["8.0", target] : [target]);
  });
});
