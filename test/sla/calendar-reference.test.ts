import { fc, test } from "../support/property.js";
import { describe, expect } from "vitest";
import { addBusinessTime } from "../../src/sla/add-business-time.js";
import { businessTimeBetween } from "../../src/sla/business-time-between.js";
import { defineCalendar } from "../../src/sla/define-calendar.js";
import { isOpen } from "../../src/sla/is-open.js";
import { nextOpen } from "../../src/sla/next-open.js";
import { calendarSpec, instant } from "./arbitraries.js";
import { referenceAdd, referenceBetween, referenceIsOpen, referenceNextOpen } from "./reference-calendar.js";
import { runs } from "../support/runs.js";

const MINUTE = 60_000;

describe("the engine agrees with the minute-by-minute reference", () => {
  test.prop([calendarSpec, instant], { numRuns: runs(300) })("isOpen", (spec, t) => {
    expect(isOpen(defineCalendar(spec), new Date(t))).toBe(referenceIsOpen(spec, t));
  });

  test.prop([calendarSpec, instant, fc.integer({ min: 0, max: 3 * 24 * 60 })], { numRuns: runs(60) })(
    "businessTimeBetween over up to 3 days",
    (spec, a, span) => {
      const b = a + span * MINUTE;
      expect(businessTimeBetween(defineCalendar(spec), new Date(a), new Date(b))).toBe(referenceBetween(spec, a, b));
    },
  );

  test.prop([calendarSpec, instant, fc.double({ min: 0, max: 1, noNaN: true })], { numRuns: runs(60) })(
    "addBusinessTime over up to a day of open time",
    (spec, a, fraction) => {
      const calendar = defineCalendar(spec);
      // At most what the calendar holds in two weeks, so the reference's walk stays short.
      const fortnight = businessTimeBetween(calendar, new Date(a), new Date(a + 14 * 24 * 60 * MINUTE)) / MINUTE;
      const n = Math.floor(fraction * Math.min(24 * 60, fortnight));
      expect(addBusinessTime(calendar, new Date(a), n * MINUTE).getTime()).toBe(referenceAdd(spec, a, n));
    },
  );

  test.prop([calendarSpec, instant], { numRuns: runs(120) })("nextOpen", (spec, a) => {
    expect(nextOpen(defineCalendar(spec), new Date(a)).getTime()).toBe(referenceNextOpen(spec, a));
  });

  test.prop([calendarSpec, instant, fc.double({ min: 0, max: 1, noNaN: true })], { numRuns: runs(3) })(
    "addBusinessTime and businessTimeBetween over up to 2,000 hours (a year of office hours)",
    (spec, a, fraction) => {
      const calendar = defineCalendar(spec);
      // Up to 2,000 hours, but never more than the calendar holds in a year, so the reference's
      // minute-by-minute walk stays within a year whatever the generated calendar.
      const yearOfOpenMinutes = businessTimeBetween(calendar, new Date(a), new Date(a + 366 * 24 * 60 * MINUTE)) / MINUTE;
      const n = Math.floor(fraction * Math.min(2000 * 60, yearOfOpenMinutes));
      const end = referenceAdd(spec, a, n);
      expect(addBusinessTime(calendar, new Date(a), n * MINUTE).getTime()).toBe(end);
      expect(businessTimeBetween(calendar, new Date(a), new Date(end))).toBe(n * MINUTE);
    },
  );
});
