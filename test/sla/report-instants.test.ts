// The report's instants are written by a formatter of the engine's own (toISOString was most of an
// evaluation's cost), which keeps the date part of recent days: it must give exactly what
// toISOString gives, whatever was formatted before.
import { describe, expect } from "vitest";
import { formatIsoInstant } from "../../src/sla/internal/clocks/format-iso-instant.js";
import { MAX_INSTANT, MIN_INSTANT } from "../../src/shared/instant-range.js";
import { fc, test } from "../support/property.js";
import { runs } from "../support/runs.js";

const DAY = 86_400_000;
const instant = fc.integer({ min: MIN_INSTANT, max: MAX_INSTANT - 1 });
// Days 64 apart share a slot of the formatter's memory of dates.
const steps = fc.array(fc.tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: 0, max: 63 }), fc.integer({ min: 0, max: DAY - 1 })), { minLength: 1, maxLength: 20 });

describe("§2 reports: instants are ISO 8601 in UTC with milliseconds", () => {
  test.prop([fc.array(instant, { minLength: 1, maxLength: 30 })], { numRuns: runs(300) })("any instant gives toISOString's text, formatted once or again", (values) => {
    for (const ms of [...values, ...[...values].reverse()]) expect(formatIsoInstant(ms)).toBe(new Date(ms).toISOString());
  });

  test.prop([instant, steps], { numRuns: runs(300) })("days that share a slot never get each other's date", (base, moves) => {
    const anchor = Math.min(Math.max(base, MIN_INSTANT + 200 * DAY), MAX_INSTANT - 200 * DAY);
    for (const [laps, days, within] of moves) {
      const ms = Math.floor(anchor / DAY) * DAY + (laps * 64 + days) * DAY + within;
      expect(formatIsoInstant(ms)).toBe(new Date(ms).toISOString());
      expect(formatIsoInstant(anchor)).toBe(new Date(anchor).toISOString());
    }
  });
});
