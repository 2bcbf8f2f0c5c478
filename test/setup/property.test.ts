import { describe, expect, it } from "vitest";
import { checkProperty, fc } from "../support/property.js";

describe("test.prop checks its property", () => {
  it("fails when the predicate returns false for some value", () => {
    expect(() => {
      checkProperty([fc.integer({ min: 0, max: 100 })], (n) => n < 50);
    }).toThrow(/Property failed/);
  });

  it("fails when the predicate throws for some value", () => {
    expect(() => {
      checkProperty([fc.integer({ min: 0, max: 100 })], (n) => {
        expect(n).toBeLessThan(50);
      });
    }).toThrow(/Property failed/);
  });

  it("passes when the predicate holds (returns true or nothing) for every value", () => {
    let seen = 0;
    checkProperty([fc.integer({ min: 0, max: 100 })], (n) => n >= 0, { numRuns: 20 });
    checkProperty(
      [fc.integer({ min: 0, max: 100 })],
      () => {
        seen++;
      },
      { numRuns: 20 },
    );
    expect(seen).toBe(20);
  });
});
