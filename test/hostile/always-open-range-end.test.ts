// A calendar open around the clock every day stays open past the end of the supported range: no
// close exists, so nextClose is null, as for twentyFourSeven, even when a no-op override (all day
// open) sits on the last days of 2199 and the zone is behind UTC, so the open period reaches the
// range's end.
import { describe, expect, it } from "vitest";
import { defineCalendar } from "../../src/sla/define-calendar.js";
import { twentyFourSeven } from "../../src/sla/gitlab-calendars.js";
import { nextClose } from "../../src/sla/next-close.js";
import { fc, test } from "../support/property.js";
import { runs } from "../support/runs.js";
import { ZONES } from "../sla/arbitraries.js";

const ALL_DAY: [string, string][] = [["00:00", "24:00"]];
const WEEKLY = { sun: ALL_DAY, mon: ALL_DAY, tue: ALL_DAY, wed: ALL_DAY, thu: ALL_DAY, fri: ALL_DAY, sat: ALL_DAY };

describe("nextClose on an always-open calendar near the end of 2199", () => {
  it("a no-op override on 2199-12-31 in Los Angeles: null, like twentyFourSeven", () => {
    const calendar = defineCalendar({ timeZone: "America/Los_Angeles", weekly: WEEKLY, overrides: [{ date: "2199-12-31", hours: ALL_DAY }] });
    const at = new Date("2199-06-01T00:00:00Z");
    expect(nextClose(twentyFourSeven, at)).toBeNull();
    expect(nextClose(calendar, at)).toBeNull();
  });

  it("an override that does close, late in 2199, is still the next close", () => {
    const calendar = defineCalendar({ timeZone: "America/Los_Angeles", weekly: WEEKLY, overrides: [{ date: "2199-12-31", hours: [["00:00", "12:00"]] }] });
    expect(nextClose(calendar, new Date("2199-06-01T00:00:00Z"))?.toISOString()).toBe("2199-12-31T20:00:00.000Z");
  });

  test.prop(
    [
      fc.constantFrom(...ZONES),
      fc.integer({ min: Date.UTC(2199, 0, 1) / 86_400_000, max: Date.UTC(2199, 11, 31) / 86_400_000 }),
      fc.integer({ min: Date.UTC(2150, 0, 1), max: Date.UTC(2200, 0, 1) - 1 }),
    ],
    { numRuns: runs(40) },
  )("any zone, a no-op override on any day of 2199, any instant: null", (timeZone, day, at) => {
    const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
    const calendar = defineCalendar({ timeZone, weekly: WEEKLY, overrides: [{ date, hours: ALL_DAY }] });
    expect(nextClose(calendar, new Date(at))).toBeNull();
  });
});
