import { describe, expect, it } from "vitest";
import { addBusinessTime } from "../../src/sla/add-business-time.js";
import { businessTimeBetween } from "../../src/sla/business-time-between.js";
import { type BusinessCalendar } from "../../src/sla/business-calendar.js";
import { defineCalendar } from "../../src/sla/define-calendar.js";
import { isOpen } from "../../src/sla/is-open.js";
import { nextClose } from "../../src/sla/next-close.js";
import { nextOpen } from "../../src/sla/next-open.js";
import { subtractBusinessTime } from "../../src/sla/subtract-business-time.js";

const MINUTE = 60_000;
const HOUR = 3_600_000;
const at = (iso: string): Date => new Date(iso);
const iso = (date: Date | null): string | null => (date === null ? null : date.toISOString());
type Hours = [string, string][];
const allDay: Hours = [["00:00", "24:00"]];
const nineToFive: Hours = [["09:00", "17:00"]];
const weekdaysOf = (hours: Hours) => ({ mon: hours, tue: hours, wed: hours, thu: hours, fri: hours });
const everyDay = (hours: Hours) => ({ sun: hours, ...weekdaysOf(hours), sat: hours });
const hoursBetween = (calendar: BusinessCalendar, a: string, b: string): number => businessTimeBetween(calendar, at(a), at(b)) / HOUR;

describe("year boundaries: open time is the same on both sides of every 1 January", () => {
  it("an around-the-clock UTC calendar is open at the first and last millisecond of years, asked in any order", () => {
    const calendar = defineCalendar({ timeZone: "UTC", weekly: everyDay(allDay) });
    for (const instant of [
      "2026-06-01T00:00:00.000Z",
      "2027-01-01T00:00:00.000Z",
      "2026-12-31T23:59:59.999Z",
      "2026-01-01T00:00:00.000Z",
      "2025-12-31T23:59:59.999Z",
      "2024-01-01T00:00:00.000Z",
      "2023-12-31T23:59:59.999Z",
      "2100-12-31T23:59:59.999Z",
      "2101-01-01T00:00:00.000Z",
      "1900-01-01T00:00:00.000Z",
      "1900-12-31T23:59:59.999Z",
    ]) {
      expect([instant, isOpen(calendar, at(instant))]).toEqual([instant, true]);
    }
  });

  it("a holiday on 31 December closes exactly that UTC date", () => {
    const calendar = defineCalendar({ timeZone: "UTC", weekly: everyDay(allDay), holidays: ["2026-12-31"] });
    expect(isOpen(calendar, at("2026-12-30T23:59:59.999Z"))).toBe(true);
    expect(isOpen(calendar, at("2026-12-31T00:00:00.000Z"))).toBe(false);
    expect(isOpen(calendar, at("2026-12-31T23:59:59.999Z"))).toBe(false);
    expect(isOpen(calendar, at("2027-01-01T00:00:00.000Z"))).toBe(true);
    expect(iso(nextOpen(calendar, at("2026-12-31T12:00:00Z")))).toBe("2027-01-01T00:00:00.000Z");
  });

  it("local 1 January east of UTC starts in the old UTC year, and local 31 December west of UTC ends in the new one", () => {
    const berlin = defineCalendar({ timeZone: "Europe/Berlin", weekly: { thu: allDay, fri: allDay } });
    // 2027-01-01 is a Friday: 00:00 CET is 2026-12-31T23:00Z; Thursday 31 December is open too.
    expect(isOpen(berlin, at("2026-12-31T23:30:00Z"))).toBe(true);
    expect(hoursBetween(berlin, "2026-12-31T12:00:00Z", "2027-01-01T12:00:00Z")).toBe(24);
    const la = defineCalendar({ timeZone: "America/Los_Angeles", weekly: { thu: allDay } });
    // Thursday 2026-12-31 in Los Angeles runs until 2027-01-01T08:00Z.
    expect(isOpen(la, at("2027-01-01T03:00:00Z"))).toBe(true);
    expect(iso(nextClose(la, at("2027-01-01T03:00:00Z")))).toBe("2027-01-01T08:00:00.000Z");
    expect(hoursBetween(la, "2026-12-31T00:00:00Z", "2027-01-02T00:00:00Z")).toBe(24);
  });

  const office = defineCalendar({ timeZone: "UTC", weekly: weekdaysOf(nineToFive) });

  it("the first open hours of a year count from the year's start", () => {
    // 2026-01-01 is a Thursday.
    expect(isOpen(office, at("2026-01-01T10:00:00Z"))).toBe(true);
    expect(hoursBetween(office, "2026-01-01T09:30:00Z", "2026-01-01T10:00:00Z")).toBe(0.5);
    expect(iso(addBusinessTime(office, at("2026-01-01T09:30:00Z"), { minutes: 30 }))).toBe("2026-01-01T10:00:00.000Z");
    expect(iso(subtractBusinessTime(office, at("2026-01-01T10:00:00Z"), { minutes: 30 }))).toBe("2026-01-01T09:30:00.000Z");
  });

  it("the last open period of 2199 closes in range", () => {
    // 2199-12-31 is a Tuesday.
    expect(iso(nextClose(office, at("2199-12-31T10:00:00Z")))).toBe("2199-12-31T17:00:00.000Z");
    expect(iso(nextClose(office, at("2199-12-30T20:00:00Z")))).toBe("2199-12-31T17:00:00.000Z");
  });

  it("an open period that ends exactly at midnight on 31 December closes then, when 1 January is closed", () => {
    const thursdays = defineCalendar({ timeZone: "UTC", weekly: { thu: allDay } });
    expect(iso(nextClose(thursdays, at("2026-12-31T12:00:00Z")))).toBe("2027-01-01T00:00:00.000Z");
  });

  it("the next opening after a year's last close is the next year's first opening", () => {
    // Thursday 2026-12-31 17:00Z closes; Friday 2027-01-01 opens at 09:00Z.
    expect(iso(nextOpen(office, at("2026-12-31T18:00:00Z")))).toBe("2027-01-01T09:00:00.000Z");
    expect(iso(nextClose(office, at("2026-12-31T18:00:00Z")))).toBe("2027-01-01T17:00:00.000Z");
    const yearOff = defineCalendar({ timeZone: "UTC", weekly: weekdaysOf(nineToFive), holidays: [{ from: "2027-01-01", to: "2027-12-31" }] });
    // 2028-01-03 is the first Monday of 2028.
    expect(iso(nextOpen(yearOff, at("2026-12-31T18:00:00Z")))).toBe("2028-01-03T09:00:00.000Z");
    expect(hoursBetween(yearOff, "2026-12-31T16:00:00Z", "2028-01-03T10:00:00Z")).toBe(2);
  });

  it('"Adding ... returns the earliest instant": a deadline on a year\'s last close stays in that year', () => {
    expect(iso(addBusinessTime(office, at("2026-12-31T16:00:00Z"), { hours: 1 }))).toBe("2026-12-31T17:00:00.000Z");
    expect(iso(addBusinessTime(office, at("2026-12-31T16:00:00Z"), HOUR + 1))).toBe("2027-01-01T09:00:00.001Z");
    expect(iso(addBusinessTime(office, at("2026-12-31T16:00:00Z"), { hours: 9 }))).toBe("2027-01-01T17:00:00.000Z");
  });

  it("subtracting across 1 January steps back to the previous year's hours", () => {
    expect(iso(subtractBusinessTime(office, at("2027-01-01T10:00:00Z"), { hours: 1 }))).toBe("2027-01-01T09:00:00.000Z");
    expect(iso(subtractBusinessTime(office, at("2027-01-01T10:00:00Z"), { hours: 2 }))).toBe("2026-12-31T16:00:00.000Z");
    expect(iso(subtractBusinessTime(office, at("2027-01-01T09:00:00Z"), { hours: 1 }))).toBe("2026-12-31T16:00:00.000Z");
    expect(iso(subtractBusinessTime(office, at("2027-01-04T10:00:00Z"), { hours: 10 }))).toBe("2026-12-31T16:00:00.000Z");
  });

  it('"Between ... counts business time in [a, b)" across 1 January, in both directions', () => {
    expect(hoursBetween(office, "2026-12-31T16:00:00Z", "2027-01-01T10:00:00Z")).toBe(2);
    expect(hoursBetween(office, "2027-01-01T10:00:00Z", "2026-12-31T16:00:00Z")).toBe(-2);
    expect(hoursBetween(office, "2026-12-31T16:00:00Z", "2027-01-01T00:00:00Z")).toBe(1);
    expect(hoursBetween(office, "2025-12-31T16:00:00Z", "2027-01-01T10:00:00Z")).toBe(1 + 261 * 8 + 1);
  });

  it("an open period running across 1 January closes once, at its real end", () => {
    const globalLike = defineCalendar({ timeZone: "UTC", weekly: { ...weekdaysOf(allDay) } });
    // Monday 2026-12-28 00:00Z to Saturday 2027-01-02 00:00Z, one period.
    expect(iso(nextClose(globalLike, at("2026-12-29T12:00:00Z")))).toBe("2027-01-02T00:00:00.000Z");
    expect(iso(nextClose(globalLike, at("2026-12-27T12:00:00Z")))).toBe("2027-01-02T00:00:00.000Z");
  });
});

describe("dates before 1970 keep their weekdays", () => {
  it("Mondays in 1969, 1950 and 1900 are Mondays", () => {
    const calendar = defineCalendar({ timeZone: "UTC", weekly: { mon: nineToFive } });
    expect(isOpen(calendar, at("1969-12-29T10:00:00Z"))).toBe(true);
    expect(isOpen(calendar, at("1969-12-30T10:00:00Z"))).toBe(false);
    expect(isOpen(calendar, at("1969-12-22T10:00:00Z"))).toBe(true);
    expect(isOpen(calendar, at("1969-12-21T10:00:00Z"))).toBe(false);
    expect(isOpen(calendar, at("1950-01-02T16:59:59.999Z"))).toBe(true);
    expect(iso(nextOpen(calendar, at("1900-01-01T00:00:00Z")))).toBe("1900-01-01T09:00:00.000Z");
  });
});

describe("weekly hours that join up", () => {
  it("a Saturday written as two touching halves still makes a calendar open around the clock: it never closes", () => {
    const calendar = defineCalendar({ timeZone: "America/Los_Angeles", weekly: { ...everyDay(allDay), sat: [["00:00", "12:00"], ["12:00", "24:00"]] } });
    expect(nextClose(calendar, at("2026-03-07T20:00:00Z"))).toBeNull();
    expect(iso(nextOpen(calendar, at("2026-03-07T20:00:00Z")))).toBe("2026-03-07T20:00:00.000Z");
  });

  it("a Sunday night shift spilling into an all-day Monday keeps Monday open all day", () => {
    const calendar = defineCalendar({
      timeZone: "UTC",
      weekly: { ...everyDay(allDay), sun: [["00:00", "22:00"], ["22:00", "06:00"]] },
    });
    expect(isOpen(calendar, at("2026-03-02T12:00:00Z"))).toBe(true);
    expect(hoursBetween(calendar, "2026-03-02T00:00:00Z", "2026-03-03T00:00:00Z")).toBe(24);
    expect(nextClose(calendar, at("2026-03-01T12:00:00Z"))).toBeNull();
  });

  it('"an overnight shift that ends on the next day": Sunday 22:00–06:00 before Monday 13:00–17:00', () => {
    const calendar = defineCalendar({ timeZone: "UTC", weekly: { sun: [["22:00", "06:00"]], mon: [["13:00", "17:00"]] } });
    expect(isOpen(calendar, at("2026-03-02T01:00:00Z"))).toBe(true);
    expect(isOpen(calendar, at("2026-03-02T07:00:00Z"))).toBe(false);
    expect(isOpen(calendar, at("2026-03-02T14:00:00Z"))).toBe(true);
    expect(hoursBetween(calendar, "2026-03-01T00:00:00Z", "2026-03-03T00:00:00Z")).toBe(12);
    expect(iso(nextClose(calendar, at("2026-03-01T23:00:00Z")))).toBe("2026-03-02T06:00:00.000Z");
    expect(iso(nextOpen(calendar, at("2026-03-02T06:00:00Z")))).toBe("2026-03-02T13:00:00.000Z");
  });

  it("a Saturday night shift spills into Sunday, and a Friday shift ending at 00:00 spills nowhere", () => {
    const calendar = defineCalendar({ timeZone: "UTC", weekly: { fri: [["22:00", "00:00"]], sat: [["22:00", "02:00"]] } });
    expect(isOpen(calendar, at("2026-03-08T01:59:59Z"))).toBe(true); // Sunday
    expect(isOpen(calendar, at("2026-03-08T02:00:00Z"))).toBe(false);
    expect(isOpen(calendar, at("2026-03-06T23:00:00Z"))).toBe(true); // Friday
    expect(isOpen(calendar, at("2026-03-07T00:00:00Z"))).toBe(false); // Saturday 00:00
    expect(iso(nextClose(calendar, at("2026-03-06T22:00:00Z")))).toBe("2026-03-07T00:00:00.000Z");
    expect(hoursBetween(calendar, "2026-03-06T00:00:00Z", "2026-03-09T00:00:00Z")).toBe(2 + 4);
  });

  it("a whole-week night shift: each night runs 22:00–06:00, 56 h a week", () => {
    const calendar = defineCalendar({ timeZone: "UTC", weekly: everyDay([["22:00", "06:00"]]) });
    expect(hoursBetween(calendar, "2026-03-02T00:00:00Z", "2026-03-09T00:00:00Z")).toBe(56);
  });
});

describe("around the clock only when every day is open all day", () => {
  it("a Saturday closing at 23:00 closes the calendar then", () => {
    const calendar = defineCalendar({ timeZone: "America/Los_Angeles", weekly: { ...everyDay(allDay), sat: [["00:00", "23:00"]] } });
    expect(iso(nextClose(calendar, at("2026-03-07T20:00:00Z")))).toBe("2026-03-08T07:00:00.000Z");
  });

  it("a Sunday opening at 01:00 closes the calendar at midnight before it", () => {
    const calendar = defineCalendar({ timeZone: "America/Los_Angeles", weekly: { ...everyDay(allDay), sun: [["01:00", "24:00"]] } });
    expect(iso(nextClose(calendar, at("2026-03-07T20:00:00Z")))).toBe("2026-03-08T08:00:00.000Z");
  });
});

describe("overrides and holidays next to overnight shifts", () => {
  it('"hours that replace the weekly hours of one date" also replace that date\'s spill into the next morning', () => {
    const calendar = defineCalendar({
      timeZone: "UTC",
      weekly: everyDay([["22:00", "06:00"]]),
      overrides: [{ date: "2026-03-10", hours: [["09:00", "12:00"]] }],
    });
    // Tuesday keeps Monday night's shift until 06:00, then the override's 09:00–12:00.
    expect(isOpen(calendar, at("2026-03-10T05:00:00Z"))).toBe(true);
    expect(isOpen(calendar, at("2026-03-10T10:00:00Z"))).toBe(true);
    expect(isOpen(calendar, at("2026-03-10T23:00:00Z"))).toBe(false);
    // Wednesday morning has no Tuesday night shift to carry on.
    expect(isOpen(calendar, at("2026-03-11T01:00:00Z"))).toBe(false);
    expect(isOpen(calendar, at("2026-03-11T23:00:00Z"))).toBe(true);
    expect(iso(nextOpen(calendar, at("2026-03-10T12:00:00Z")))).toBe("2026-03-11T22:00:00.000Z");
    expect(hoursBetween(calendar, "2026-03-10T00:00:00Z", "2026-03-12T00:00:00Z")).toBe(6 + 3 + 2);
  });

  it("an override on the day after a night shift keeps that night's spill", () => {
    const calendar = defineCalendar({
      timeZone: "UTC",
      weekly: { mon: [["22:00", "06:00"]], tue: nineToFive },
      overrides: [{ date: "2026-03-10", hours: [["13:00", "14:00"]] }],
    });
    expect(isOpen(calendar, at("2026-03-10T03:00:00Z"))).toBe(true);
    expect(isOpen(calendar, at("2026-03-10T10:00:00Z"))).toBe(false);
    expect(hoursBetween(calendar, "2026-03-09T00:00:00Z", "2026-03-11T00:00:00Z")).toBe(2 + 6 + 1);
  });

  it('"holidays (... date ranges, closed all day)": both ends of a range are closed', () => {
    const calendar = defineCalendar({ timeZone: "UTC", weekly: everyDay(nineToFive), holidays: [{ from: "2026-03-10", to: "2026-03-12", name: "Offsite" }] });
    expect(isOpen(calendar, at("2026-03-09T16:59:59Z"))).toBe(true);
    expect(isOpen(calendar, at("2026-03-10T09:00:00Z"))).toBe(false);
    expect(isOpen(calendar, at("2026-03-12T16:00:00Z"))).toBe(false);
    expect(isOpen(calendar, at("2026-03-13T09:00:00Z"))).toBe(true);
  });
});

describe("calendars open around the clock, but for some dates", () => {
  const christmas = defineCalendar({ timeZone: "America/Los_Angeles", weekly: everyDay(allDay), holidays: ["2026-12-25", "2026-07-03"] });

  it("close at the start of the holiday's local date, and never again after it", () => {
    expect(iso(nextClose(christmas, at("2026-12-24T12:00:00Z")))).toBe("2026-12-25T08:00:00.000Z");
    expect(iso(nextClose(christmas, at("2026-08-01T00:00:00Z")))).toBe("2026-12-25T08:00:00.000Z");
    expect(iso(nextClose(christmas, at("2025-06-01T00:00:00Z")))).toBe("2026-07-03T07:00:00.000Z");
    expect(iso(nextOpen(christmas, at("2026-12-25T12:00:00Z")))).toBe("2026-12-26T08:00:00.000Z");
    expect(nextClose(christmas, at("2026-12-25T12:00:00Z"))).toBeNull();
    expect(nextClose(christmas, at("2026-12-26T08:00:00Z"))).toBeNull();
    expect(nextClose(christmas, at("2030-01-01T00:00:00Z"))).toBeNull();
  });

  it("an override that drops a Sunday night shift closes the Monday morning it covered, and only that one", () => {
    const calendar = defineCalendar({
      timeZone: "America/Los_Angeles",
      weekly: { ...everyDay(allDay), sun: [["00:00", "22:00"], ["22:00", "06:00"]], mon: [["06:00", "24:00"]] },
      overrides: [{ date: "2026-12-20", hours: [["00:00", "24:00"]] }],
    });
    // Monday 2026-12-21 00:00–06:00 PST is 08:00Z–14:00Z.
    expect(iso(nextClose(calendar, at("2026-12-01T00:00:00Z")))).toBe("2026-12-21T08:00:00.000Z");
    expect(iso(nextClose(calendar, at("2026-12-21T02:00:00Z")))).toBe("2026-12-21T08:00:00.000Z");
    expect(iso(nextOpen(calendar, at("2026-12-21T10:00:00Z")))).toBe("2026-12-21T14:00:00.000Z");
    expect(nextClose(calendar, at("2026-12-21T10:00:00Z"))).toBeNull();
    expect(isOpen(calendar, at("2026-12-28T10:00:00Z"))).toBe(true);
  });
});

describe("lunch breaks: [09:00, 12:00) and [13:00, 17:00)", () => {
  const lunch = defineCalendar({ timeZone: "UTC", weekly: weekdaysOf([["09:00", "12:00"], ["13:00", "17:00"]]) });

  it("subtracting returns the latest instant: the afternoon's opening rather than the morning's close", () => {
    expect(iso(subtractBusinessTime(lunch, at("2026-03-02T15:00:00Z"), { hours: 2 }))).toBe("2026-03-02T13:00:00.000Z");
    expect(iso(subtractBusinessTime(lunch, at("2026-03-02T15:00:00Z"), 2 * HOUR + 1))).toBe("2026-03-02T11:59:59.999Z");
    expect(iso(subtractBusinessTime(lunch, at("2026-03-02T13:00:00Z"), { hours: 1 }))).toBe("2026-03-02T11:00:00.000Z");
    expect(iso(subtractBusinessTime(lunch, at("2026-03-02T12:30:00Z"), { hours: 1 }))).toBe("2026-03-02T11:00:00.000Z");
    expect(iso(subtractBusinessTime(lunch, at("2026-03-02T13:30:00Z"), { minutes: 31 }))).toBe("2026-03-02T11:59:00.000Z");
    expect(iso(subtractBusinessTime(lunch, at("2026-03-02T13:30:00Z"), { minutes: 30 }))).toBe("2026-03-02T13:00:00.000Z");
  });

  it("adding lands on the morning's close, not the afternoon's opening", () => {
    expect(iso(addBusinessTime(lunch, at("2026-03-02T10:00:00Z"), { hours: 2 }))).toBe("2026-03-02T12:00:00.000Z");
    expect(iso(addBusinessTime(lunch, at("2026-03-02T10:00:00Z"), 2 * HOUR + MINUTE))).toBe("2026-03-02T13:01:00.000Z");
  });

  it("counts only the open parts of a span", () => {
    expect(hoursBetween(lunch, "2026-03-02T10:00:00Z", "2026-03-02T14:00:00Z")).toBe(3);
    expect(hoursBetween(lunch, "2026-03-02T14:00:00Z", "2026-03-02T10:00:00Z")).toBe(-3);
    expect(hoursBetween(lunch, "2026-03-02T09:30:00Z", "2026-03-02T09:45:00Z")).toBe(0.25);
    expect(hoursBetween(lunch, "2026-03-02T12:15:00Z", "2026-03-02T12:45:00Z")).toBe(0);
    expect(Object.is(businessTimeBetween(lunch, at("2026-03-02T12:45:00Z"), at("2026-03-02T12:15:00Z")), 0)).toBe(true);
  });

  it("the next close from the morning is noon, and from lunch it is the afternoon's close", () => {
    expect(iso(nextClose(lunch, at("2026-03-02T09:00:00Z")))).toBe("2026-03-02T12:00:00.000Z");
    expect(iso(nextClose(lunch, at("2026-03-02T12:00:00Z")))).toBe("2026-03-02T17:00:00.000Z");
    expect(iso(nextOpen(lunch, at("2026-03-02T12:00:00Z")))).toBe("2026-03-02T13:00:00.000Z");
    expect(iso(nextOpen(lunch, at("2026-03-02T11:59:59.999Z")))).toBe("2026-03-02T11:59:59.999Z");
  });
});

describe("DST changes, to the second", () => {
  it("Los Angeles springs forward at 2026-03-08T10:00Z: 03:00 PDT opens exactly then", () => {
    const calendar = defineCalendar({ timeZone: "America/Los_Angeles", weekly: { sun: [["03:00", "04:00"]] } });
    expect(isOpen(calendar, at("2026-03-08T09:59:59.999Z"))).toBe(false);
    expect(isOpen(calendar, at("2026-03-08T10:00:00.000Z"))).toBe(true);
    expect(isOpen(calendar, at("2026-03-08T10:59:59.999Z"))).toBe(true);
    expect(isOpen(calendar, at("2026-03-08T11:00:00.000Z"))).toBe(false);
    // A week earlier 03:00 PST is 11:00Z.
    expect(iso(nextOpen(calendar, at("2026-03-01T00:00:00Z")))).toBe("2026-03-01T11:00:00.000Z");
  });

  it("Los Angeles falls back at 2026-11-01T09:00Z: 00:00–01:30 runs 07:00–08:30Z and again 09:00–09:30Z", () => {
    const calendar = defineCalendar({ timeZone: "America/Los_Angeles", weekly: { sun: [["00:00", "01:30"]] } });
    expect(isOpen(calendar, at("2026-11-01T08:29:59Z"))).toBe(true);
    expect(isOpen(calendar, at("2026-11-01T08:30:00Z"))).toBe(false);
    expect(isOpen(calendar, at("2026-11-01T08:59:59.999Z"))).toBe(false);
    expect(isOpen(calendar, at("2026-11-01T09:00:00Z"))).toBe(true);
    expect(iso(nextClose(calendar, at("2026-11-01T09:00:00Z")))).toBe("2026-11-01T09:30:00.000Z");
    expect(hoursBetween(calendar, "2026-11-01T00:00:00Z", "2026-11-02T00:00:00Z")).toBe(2);
  });

  it("an interval ending at 01:00 on the fall-back night ends at its first 01:00 and does not reopen at the second", () => {
    const calendar = defineCalendar({ timeZone: "America/Los_Angeles", weekly: { sun: [["00:00", "01:00"]] } });
    // 00:00–01:00 PDT is 07:00–08:00Z; the clock reads 01:00 again at 09:00Z, in PST.
    expect(iso(nextOpen(calendar, at("2026-11-01T08:30:00Z")))).toBe("2026-11-08T08:00:00.000Z");
    expect(iso(nextClose(calendar, at("2026-11-01T08:30:00Z")))).toBe("2026-11-08T09:00:00.000Z");
    expect(hoursBetween(calendar, "2026-11-01T00:00:00Z", "2026-11-02T00:00:00Z")).toBe(1);
  });

  it("two intervals in the repeated hour of the fall-back night interleave in time", () => {
    const calendar = defineCalendar({ timeZone: "America/Los_Angeles", weekly: { sun: [["00:00", "01:30"], ["01:45", "02:00"]] } });
    // PDT: 07:00–08:30Z and 08:45–09:00Z; PST: 09:00–09:30Z and 09:45–10:00Z.
    expect(isOpen(calendar, at("2026-11-01T08:50:00Z"))).toBe(true);
    expect(isOpen(calendar, at("2026-11-01T09:35:00Z"))).toBe(false);
    expect(iso(nextClose(calendar, at("2026-11-01T08:45:00Z")))).toBe("2026-11-01T09:30:00.000Z");
    expect(hoursBetween(calendar, "2026-11-01T00:00:00Z", "2026-11-02T00:00:00Z")).toBe(2.5);
  });

  it("Berlin springs forward at 2026-03-29T01:00Z: an interval from 02:30 opens at 03:00 CEST", () => {
    const calendar = defineCalendar({ timeZone: "Europe/Berlin", weekly: { sun: [["02:30", "04:00"]] } });
    expect(isOpen(calendar, at("2026-03-29T00:59:59.999Z"))).toBe(false);
    expect(iso(nextOpen(calendar, at("2026-03-29T00:00:00Z")))).toBe("2026-03-29T01:00:00.000Z");
    expect(iso(nextClose(calendar, at("2026-03-29T00:00:00Z")))).toBe("2026-03-29T02:00:00.000Z");
    // Berlin falls back at 2026-10-25T01:00Z: 02:30–03:00 happens twice (00:30–01:00Z in CEST,
    // 01:30–02:00Z in CET), then 03:00–04:00 CET is 02:00–03:00Z.
    expect(iso(nextOpen(calendar, at("2026-10-25T00:00:00Z")))).toBe("2026-10-25T00:30:00.000Z");
    expect(iso(nextClose(calendar, at("2026-10-25T00:30:00Z")))).toBe("2026-10-25T01:00:00.000Z");
    expect(iso(nextOpen(calendar, at("2026-10-25T01:00:00Z")))).toBe("2026-10-25T01:30:00.000Z");
    expect(hoursBetween(calendar, "2026-10-25T00:00:00Z", "2026-10-26T00:00:00Z")).toBe(2);
  });

  it("Lord Howe goes back 30 minutes at 2026-04-04T15:00Z: 01:30–02:00 happens twice", () => {
    const calendar = defineCalendar({ timeZone: "Australia/Lord_Howe", weekly: { sun: [["01:30", "02:00"]] } });
    expect(isOpen(calendar, at("2026-04-04T14:29:59.999Z"))).toBe(false);
    expect(isOpen(calendar, at("2026-04-04T14:30:00Z"))).toBe(true);
    expect(isOpen(calendar, at("2026-04-04T15:29:59.999Z"))).toBe(true);
    expect(isOpen(calendar, at("2026-04-04T15:30:00Z"))).toBe(false);
    expect(iso(nextClose(calendar, at("2026-04-04T14:30:00Z")))).toBe("2026-04-04T15:30:00.000Z");
    expect(hoursBetween(calendar, "2026-04-04T00:00:00Z", "2026-04-06T00:00:00Z")).toBe(1);
  });

  it("Lord Howe goes forward 30 minutes at 2026-10-03T15:30Z: 02:00–03:00 lasts 30 minutes", () => {
    const calendar = defineCalendar({ timeZone: "Australia/Lord_Howe", weekly: { sun: [["02:00", "03:00"]] } });
    expect(iso(nextOpen(calendar, at("2026-10-03T12:00:00Z")))).toBe("2026-10-03T15:30:00.000Z");
    expect(isOpen(calendar, at("2026-10-03T15:29:59.999Z"))).toBe(false);
    expect(hoursBetween(calendar, "2026-10-03T00:00:00Z", "2026-10-05T00:00:00Z")).toBe(0.5);
    expect(iso(addBusinessTime(calendar, at("2026-10-03T12:00:00Z"), { minutes: 30 }))).toBe("2026-10-03T16:00:00.000Z");
  });
});

describe("time zone names", () => {
  it("a calendar keeps the zone's canonical spelling", () => {
    expect(defineCalendar({ timeZone: "america/los_angeles", weekly: { mon: nineToFive } }).timeZone).toBe("America/Los_Angeles");
    expect(defineCalendar({ timeZone: "utc", weekly: { mon: nineToFive } }).timeZone).toBe("UTC");
    expect(defineCalendar({ timeZone: "US/Pacific", weekly: { mon: nineToFive } }).timeZone).toBe("America/Los_Angeles");
    // Asked twice, the answer is the same.
    expect(defineCalendar({ timeZone: "US/Pacific", weekly: { mon: nineToFive } }).timeZone).toBe("America/Los_Angeles");
  });

  it("a zone name spelt differently reads the same wall clock", () => {
    const lower = defineCalendar({ timeZone: "europe/berlin", weekly: { mon: nineToFive } });
    expect(iso(nextOpen(lower, at("2026-03-02T00:00:00Z")))).toBe("2026-03-02T08:00:00.000Z");
  });
});
