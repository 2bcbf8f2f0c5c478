import { describe, expect, it } from "vitest";
import { addBusinessDays } from "../../src/sla/add-business-days.js";
import { defineCalendar } from "../../src/sla/define-calendar.js";
import { globalSupportHours } from "../../src/sla/gitlab-calendars.js";
import { isOpen } from "../../src/sla/is-open.js";
import { fc, test } from "../support/property.js";
import { thrown } from "../support/thrown.js";
import { calendarSpec, instant } from "./arbitraries.js";

const nineToFive: [string, string][] = [["09:00", "17:00"]];
const week = { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive };
const berlin = defineCalendar({ timeZone: "Europe/Berlin", weekly: week, holidays: ["2026-12-24", "2026-12-25"] });
const allDay: [string, string][] = [["00:00", "24:00"]];
const everyDay = (timeZone: string) =>
  defineCalendar({ timeZone, weekly: { sun: allDay, mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay } });
const iso = (calendar: Parameters<typeof addBusinessDays>[0], start: string, days: number) => addBusinessDays(calendar, new Date(start), days).toISOString();

describe('"N business days": the close of the Nth open local date after the start\'s date', () => {
  it("Tuesday 10:00 + 1 business day is Wednesday's close; before opening it is still counted from the next date", () => {
    expect(iso(berlin, "2026-03-03T09:00:00Z", 1)).toBe("2026-03-04T16:00:00.000Z"); // Tue 10:00 CET → Wed 17:00 CET
    expect(iso(berlin, "2026-03-03T06:00:00Z", 1)).toBe("2026-03-04T16:00:00.000Z"); // Tue 07:00, before opening
    expect(iso(berlin, "2026-03-03T09:00:00Z", 3)).toBe("2026-03-06T16:00:00.000Z"); // Friday's close
    expect(iso(berlin, "2026-03-03T09:00:00Z", 4)).toBe("2026-03-09T16:00:00.000Z"); // the weekend skipped
  });

  it("holidays are skipped: Wednesday 23 December + 1 is Monday 28 December (24 and 25 closed, then the weekend)", () => {
    expect(iso(berlin, "2026-12-23T10:00:00Z", 1)).toBe("2026-12-28T16:00:00.000Z");
  });

  it("0 business days is the end of the current business day, or of the next one after close or on a closed day", () => {
    expect(iso(berlin, "2026-12-23T10:00:00Z", 0)).toBe("2026-12-23T16:00:00.000Z");
    expect(iso(berlin, "2026-12-23T16:00:00Z", 0)).toBe("2026-12-28T16:00:00.000Z"); // at the close itself
    expect(iso(berlin, "2026-12-24T10:00:00Z", 0)).toBe("2026-12-28T16:00:00.000Z"); // on a holiday
    // On a closed date, 0 and 1 both name the next business day: Saturday → Monday's close.
    expect(iso(berlin, "2026-03-07T10:00:00Z", 0)).toBe("2026-03-09T16:00:00.000Z");
    expect(iso(berlin, "2026-03-07T10:00:00Z", 1)).toBe("2026-03-09T16:00:00.000Z");
  });

  it("across a DST change the close stays at its wall-clock time: Friday 27 March + 1 is Monday 30 March 17:00 CEST", () => {
    expect(iso(berlin, "2026-03-27T10:00:00Z", 1)).toBe("2026-03-30T15:00:00.000Z");
    expect(iso(berlin, "2026-10-23T10:00:00Z", 1)).toBe("2026-10-26T16:00:00.000Z"); // back to CET
  });

  it("a date open until midnight ends at midnight, on a DST day 23 or 25 hours long", () => {
    const zurich = everyDay("Europe/Zurich");
    expect(iso(zurich, "2026-03-28T12:00:00Z", 1)).toBe("2026-03-29T22:00:00.000Z"); // Sunday 29 March is 23 h long
    expect(iso(zurich, "2026-10-24T12:00:00Z", 1)).toBe("2026-10-25T23:00:00.000Z"); // Sunday 25 October is 25 h long
    // Global Support Hours run from Sunday 15:00 to Friday 17:00 Pacific: Sunday 8 March 2026, the
    // US change to PDT, is open from 15:00 to its midnight.
    expect(iso(globalSupportHours, "2026-03-07T00:00:00Z", 1)).toBe("2026-03-09T07:00:00.000Z");
  });

  it("a date whose midnight does not exist (Santiago moves 24:00 to 01:00) starts at its first instant", () => {
    const santiago = everyDay("America/Santiago");
    // Saturday 5 September 2026 ends when Sunday begins, at 01:00 -03 = 04:00Z.
    expect(iso(santiago, "2026-09-05T15:00:00Z", 0)).toBe("2026-09-06T04:00:00.000Z");
    expect(iso(santiago, "2026-09-05T15:00:00Z", 1)).toBe("2026-09-07T03:00:00.000Z");
  });

  it("a lunch break does not end the day: the close is the day's last", () => {
    const split = defineCalendar({ timeZone: "UTC", weekly: { mon: [["09:00", "12:00"], ["13:00", "17:00"]], tue: [["09:00", "12:00"], ["13:00", "17:00"]] } });
    expect(iso(split, "2026-03-02T10:00:00Z", 1)).toBe("2026-03-03T17:00:00.000Z");
    expect(iso(split, "2026-03-02T12:30:00Z", 0)).toBe("2026-03-02T17:00:00.000Z");
  });

  it("takes epoch milliseconds as well as a Date", () => {
    expect(addBusinessDays(berlin, Date.parse("2026-03-03T09:00:00Z"), 1).toISOString()).toBe("2026-03-04T16:00:00.000Z");
  });

  it("rejects a count that is not a whole number of days, 0 or more, with invalid_duration at days", () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, "1"]) {
      expect(thrown(() => addBusinessDays(berlin, new Date("2026-03-03T09:00:00Z"), bad as number))).toMatchObject({ code: "invalid_duration", path: ["days"] });
    }
    expect(thrown(() => addBusinessDays(berlin, new Date("2026-03-03T09:00:00Z"), -1)).message).toBe(
      "Expected a whole number of business days, 0 or more, received the number -1",
    );
    expect(thrown(() => addBusinessDays({} as never, new Date("2026-03-03T09:00:00Z"), 1)).code).toBe("not_a_calendar");
    expect(thrown(() => addBusinessDays(berlin, Date.UTC(2199, 11, 31, 12), 1)).code).toBe("out_of_range");
  });
});

describe("laws of business days", () => {
  test.prop([calendarSpec, instant.filter((t) => t < Date.UTC(2150, 0, 1)), fc.integer({ min: 0, max: 4 })], { numRuns: 60 })(
    "the answer is a close after the start: open just before it; the end of the business day holding it is itself; one more day ends later (0 and 1 agree when the start's date is no business day)",
    (spec, start, days) => {
      const calendar = defineCalendar(spec);
      const end = addBusinessDays(calendar, start, days).getTime();
      expect(end).toBeGreaterThan(start);
      expect(isOpen(calendar, end - 1)).toBe(true);
      expect(addBusinessDays(calendar, end - 1, 0).getTime()).toBe(end);
      const next = addBusinessDays(calendar, start, days + 1).getTime();
      if (days === 0) expect(next).toBeGreaterThanOrEqual(end);
      else expect(next).toBeGreaterThan(end);
    },
  );
});
