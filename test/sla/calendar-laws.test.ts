import { fc, test } from "../support/property.js";
import { describe, expect } from "vitest";
import { addBusinessTime } from "../../src/sla/add-business-time.js";
import { businessTimeBetween } from "../../src/sla/business-time-between.js";
import { defineCalendar } from "../../src/sla/define-calendar.js";
import { isOpen } from "../../src/sla/is-open.js";
import { nextClose } from "../../src/sla/next-close.js";
import { nextOpen } from "../../src/sla/next-open.js";
import { subtractBusinessTime } from "../../src/sla/subtract-business-time.js";
import { ZONES, calendarSpec, instant } from "./arbitraries.js";
import { runs } from "../support/runs.js";

const YEAR = 366 * 24 * 3_600_000;
/** Durations up to a year of elapsed time, in whole seconds so sums stay exact. */
const duration = fc.oneof(fc.integer({ min: 0, max: 8 * 3_600 }), fc.integer({ min: 0, max: YEAR / 1000 })).map((s) => s * 1000);
const at = (t: number): Date => new Date(t);

describe("calendar laws", () => {
  test.prop([calendarSpec, instant, duration], { numRuns: runs(200) })("between(a, add(a, d)) = d", (spec, a, d) => {
    // Arrange
    const calendar = defineCalendar(spec);
    // Act
    const end = addBusinessTime(calendar, at(a), d);
    // Assert
    expect(businessTimeBetween(calendar, at(a), end)).toBe(d);
  });

  test.prop([calendarSpec, instant, instant, duration], { numRuns: runs(200) })("add is monotonic in the start", (spec, a, b, d) => {
    const calendar = defineCalendar(spec);
    const [early, late] = a <= b ? [a, b] : [b, a];
    expect(addBusinessTime(calendar, at(early), d).getTime()).toBeLessThanOrEqual(addBusinessTime(calendar, at(late), d).getTime());
  });

  test.prop([calendarSpec, instant, duration, duration], { numRuns: runs(200) })("add is monotonic in the duration", (spec, a, d1, d2) => {
    const calendar = defineCalendar(spec);
    const [short, long] = d1 <= d2 ? [d1, d2] : [d2, d1];
    expect(addBusinessTime(calendar, at(a), short).getTime()).toBeLessThanOrEqual(addBusinessTime(calendar, at(a), long).getTime());
  });

  test.prop([calendarSpec, instant, duration, duration], { numRuns: runs(200) })("add(add(a, d1), d2) = add(a, d1 + d2)", (spec, a, d1, d2) => {
    const calendar = defineCalendar(spec);
    expect(addBusinessTime(calendar, addBusinessTime(calendar, at(a), d1), d2).getTime()).toBe(
      addBusinessTime(calendar, at(a), d1 + d2).getTime(),
    );
  });

  test.prop([calendarSpec, instant, duration.filter((d) => d > 0)], { numRuns: runs(200) })(
    "subtract inverts add: subtract(add(a, d), d) = nextOpen(a)",
    (spec, a, d) => {
      const calendar = defineCalendar(spec);
      const end = addBusinessTime(calendar, at(a), d);
      expect(subtractBusinessTime(calendar, end, d).getTime()).toBe(nextOpen(calendar, at(a)).getTime());
    },
  );

  test.prop([calendarSpec, instant, duration], { numRuns: runs(200) })("between(subtract(e, d), e) = d", (spec, e, d) => {
    const calendar = defineCalendar(spec);
    expect(businessTimeBetween(calendar, subtractBusinessTime(calendar, at(e), d), at(e))).toBe(d);
  });

  test.prop([calendarSpec, instant, instant], { numRuns: runs(200) })("between(b, a) = -between(a, b)", (spec, a, b) => {
    const calendar = defineCalendar(spec);
    const forward = businessTimeBetween(calendar, at(a), at(b));
    const backward = businessTimeBetween(calendar, at(b), at(a));
    expect(forward + backward).toBe(0);
    expect(b >= a ? forward : backward).toBeGreaterThanOrEqual(0);
    // An empty span is 0, never -0 (which would print as "-0" in some formatters).
    if (forward === 0) expect(Object.is(backward, 0)).toBe(true);
  });

  test.prop([calendarSpec, instant, instant, instant], { numRuns: runs(200) })("between is additive over a split", (spec, x, y, z) => {
    const calendar = defineCalendar(spec);
    const [a, b, c] = [x, y, z].sort((p, q) => p - q) as [number, number, number];
    expect(businessTimeBetween(calendar, at(a), at(c))).toBe(businessTimeBetween(calendar, at(a), at(b)) + businessTimeBetween(calendar, at(b), at(c)));
  });

  test.prop([fc.constantFrom(...ZONES), instant, duration], { numRuns: runs(200) })(
    "on a 24x7 calendar in any zone, add is plain addition",
    (timeZone, a, d) => {
      const allDay: [string, string][] = [["00:00", "24:00"]];
      const calendar = defineCalendar({ timeZone, weekly: { sun: allDay, mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay } });
      expect(addBusinessTime(calendar, at(a), d).getTime()).toBe(a + d);
      expect(businessTimeBetween(calendar, at(a), at(a + d))).toBe(d);
    },
  );

  test.prop([calendarSpec, instant], { numRuns: runs(200) })("nextOpen is open, and nothing before it is", (spec, a) => {
    const calendar = defineCalendar(spec);
    const opening = nextOpen(calendar, at(a));
    expect(isOpen(calendar, opening)).toBe(true);
    expect(businessTimeBetween(calendar, at(a), opening)).toBe(0);
  });

  test.prop([calendarSpec, instant], { numRuns: runs(200) })("nextClose is closed, after an uninterrupted open period", (spec, a) => {
    const calendar = defineCalendar(spec);
    const close = nextClose(calendar, at(a));
    if (close === null) return;
    const opening = nextOpen(calendar, at(a));
    expect(isOpen(calendar, close)).toBe(false);
    expect(close.getTime()).toBeGreaterThan(opening.getTime());
    expect(businessTimeBetween(calendar, opening, close)).toBe(close.getTime() - opening.getTime());
  });

  test.prop([calendarSpec, instant, duration], { numRuns: runs(60) })("results do not depend on the host time zone", (spec, a, d) => {
    const before = process.env["TZ"];
    const results: string[] = [];
    try {
      for (const hostZone of ["UTC", "Pacific/Apia", "America/St_Johns", "Asia/Kolkata"]) {
        process.env["TZ"] = hostZone;
        const calendar = defineCalendar(spec);
        results.push(
          JSON.stringify([
            addBusinessTime(calendar, at(a), d),
            businessTimeBetween(calendar, at(a), at(a + d)),
            nextOpen(calendar, at(a)),
            nextClose(calendar, at(a)),
            isOpen(calendar, at(a)),
          ]),
        );
      }
    } finally {
      if (before === undefined) delete process.env["TZ"];
      else process.env["TZ"] = before;
    }
    expect(new Set(results).size).toBe(1);
  });

  test.prop([calendarSpec, instant, duration], { numRuns: runs(100) })("inputs are never mutated", (spec, a, d) => {
    const snapshot = structuredClone(spec);
    const start = at(a);
    const calendar = defineCalendar(spec);
    addBusinessTime(calendar, start, { seconds: d / 1000 });
    subtractBusinessTime(calendar, start, d);
    businessTimeBetween(calendar, start, at(a + d));
    expect(spec).toEqual(snapshot);
    expect(start.getTime()).toBe(a);
    expect(JSON.parse(JSON.stringify(calendar))).toEqual(JSON.parse(JSON.stringify(snapshot)));
  });
});
