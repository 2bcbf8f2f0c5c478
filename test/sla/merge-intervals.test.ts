import { expect } from "vitest";
import { mergeIntervals } from "../../src/sla/internal/merge-intervals.js";
import { fc, test } from "../support/property.js";

/** The slow reference: which whole points of [0, 60) some interval covers. */
function covered(intervals: readonly (readonly [number, number])[]): boolean[] {
  return Array.from({ length: 60 }, (_, point) => intervals.some(([start, end]) => start <= point && point < end));
}

const interval = fc.tuple(fc.integer({ min: 0, max: 59 }), fc.integer({ min: 1, max: 20 })).map(([start, length]): [number, number] => [start, Math.min(60, start + length)]);

test.prop([fc.array(interval, { maxLength: 12 })])("merged intervals cover what the intervals cover, disjoint, apart and in order", (intervals) => {
  // Arrange
  const expected = covered(intervals);
  // Act
  const merged = mergeIntervals([...intervals]);
  // Assert
  expect(covered(merged)).toEqual(expected);
  merged.slice(1).forEach(([start], index) => {
    expect(start).toBeGreaterThan((merged[index] as readonly [number, number])[1]);
  });
});
