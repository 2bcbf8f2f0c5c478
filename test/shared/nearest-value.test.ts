// The "did you mean" rule: the same name spelt another way, or a small slip, suggests; anything
// else does not. Checked against the distance a slow, obviously correct recursion finds.
import { describe, expect, it } from "vitest";
import { nearestValue } from "../../src/shared/nearest-value.js";
import { fc, test } from "../support/property.js";

describe("nearestValue", () => {
  it.each([
    ["hold", ["new", "open", "pending", "on_hold"], "on_hold"],
    ["created_at", ["id", "createdAt", "channel"], "createdAt"],
    ["Created-At", ["id", "createdAt"], "createdAt"],
    ["CREATEDAT", ["id", "createdAt"], "createdAt"],
    ["tabel", ["table", "json", "ndjson"], "table"],
    ["jsn", ["table", "json", "ndjson"], "json"],
    ["frist_reply", ["first_reply", "next_reply"], "first_reply"],
  ] as const)("%s → %s", (received, candidates, expected) => {
    expect(nearestValue(received, candidates)).toBe(expected);
  });

  it.each([
    ["nothing close", "archived", ["new", "open", "pending", "on_hold"]],
    ["a one-letter value", "x", ["a", "b"]],
    ["two candidates equally close", "ab", ["abc", "abd"]],
    ["a number written as text", "2019", ["2016", "2026"]],
    ["not a string", 42, ["42"]],
    ["a huge string", "table".repeat(1000), ["table"]],
  ] as const)("no suggestion: %s", (_, received, candidates) => {
    expect(nearestValue(received, candidates)).toBeUndefined();
  });

  it("candidates that are not strings are never suggested", () => {
    expect(nearestValue("one", [1, null, "none"])).toBe("none");
  });

  // Optimal string alignment distance, by its definition, recursively.
  function slowDistance(a: string, b: string): number {
    if (a.length === 0) return b.length;
    if (b.length === 0) return a.length;
    const [a0, a1] = a;
    const [b0, b1] = b;
    const options = [slowDistance(a.slice(1), b) + 1, slowDistance(a, b.slice(1)) + 1, slowDistance(a.slice(1), b.slice(1)) + (a0 === b0 ? 0 : 1)];
    if (a1 !== undefined && b1 !== undefined && a0 === b1 && a1 === b0) options.push(slowDistance(a.slice(2), b.slice(2)) + 1);
    return Math.min(...options);
  }

  const word = fc.stringMatching(/^[a-c]{1,6}$/);
  test.prop([word, fc.uniqueArray(word, { maxLength: 4 })])(
    "suggests a candidate only when its distance is at most a third of the longer name and no other candidate is as close",
    (received, candidates) => {
      const scored = candidates
        .filter((c) => c !== received)
        .map((c) => ({ c, d: slowDistance(received, c), limit: Math.max(received.length, c.length) / 3 }))
        .filter((s) => s.d <= s.limit);
      const best = Math.min(...scored.map((s) => s.d));
      const winners = scored.filter((s) => s.d === best);
      expect(nearestValue(received, candidates)).toBe(winners.length === 1 ? winners[0]?.c : undefined);
    },
  );
});
