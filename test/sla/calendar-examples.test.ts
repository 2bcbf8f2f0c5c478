import { describe, expect, it } from "vitest";
import { addBusinessTime } from "../../src/sla/add-business-time.js";
import { businessTimeBetween } from "../../src/sla/business-time-between.js";
import { type BusinessCalendar } from "../../src/sla/business-calendar.js";
import { defineCalendar } from "../../src/sla/define-calendar.js";
import { globalSupportHours, twentyFourSeven } from "../../src/sla/gitlab-calendars.js";
import { isOpen } from "../../src/sla/is-open.js";
import { nextClose } from "../../src/sla/next-close.js";
import { nextOpen } from "../../src/sla/next-open.js";
import { subtractBusinessTime } from "../../src/sla/subtract-business-time.js";

const HOUR = 3_600_000;
const at = (iso: string): Date => new Date(iso);
const iso = (date: Date | null): string | null => (date === null ? null : date.toISOString());
const nineToFive: [string, string][] = [["09:00", "17:00"]];
const weekdaysOf = (hours: [string, string][]) => ({ mon: hours, tue: hours, wed: hours, thu: hours, fri: hours });
const everyDay = (hours: [string, string][]) => ({ sun: hours, ...weekdaysOf(hours), sat: hours });
const hoursBetween = (calendar: BusinessCalendar, a: string, b: string): number => businessTimeBetween(calendar, at(a), at(b)) / HOUR;

describe("docs/rules.md §1: wall-clock membership", () => {
  const la = defineCalendar({ timeZone: "America/Los_Angeles", weekly: weekdaysOf(nineToFive) });
  const berlin = defineCalendar({ timeZone: "Europe/Berlin", weekly: everyDay(nineToFive) });

  it('"[start, end) intervals": the opening instant is open, the closing instant is closed', () => {
    expect(isOpen(la, at("2026-03-02T17:00:00Z"))).toBe(true); // Mon 09:00 PST
    expect(isOpen(la, at("2026-03-02T16:59:59.999Z"))).toBe(false);
    expect(isOpen(la, at("2026-03-03T01:00:00Z"))).toBe(false); // Mon 17:00 PST
    expect(isOpen(la, at("2026-03-03T00:59:59.999Z"))).toBe(true);
  });

  it('"durations are real elapsed time": a 09–17 day is 8 h on both DST Sundays in Berlin', () => {
    expect(hoursBetween(berlin, "2026-03-28T22:00:00Z", "2026-03-29T22:00:00Z")).toBe(8); // spring forward
    expect(hoursBetween(berlin, "2026-10-24T22:00:00Z", "2026-10-25T23:00:00Z")).toBe(8); // fall back
    // 09:00 local is 07:00Z in summer time and 08:00Z in winter time.
    expect(iso(nextOpen(berlin, at("2026-03-29T00:00:00Z")))).toBe("2026-03-29T07:00:00.000Z");
    expect(iso(nextOpen(berlin, at("2026-10-25T00:00:00Z")))).toBe("2026-10-25T08:00:00.000Z");
  });

  it("spring-forward and fall-back weekends in America/Los_Angeles keep 09:00 at 09:00 local", () => {
    expect(iso(addBusinessTime(la, at("2026-03-06T23:00:00Z"), { hours: 3 }))).toBe("2026-03-09T17:00:00.000Z"); // Fri 15:00 PST + 3 h = Mon 10:00 PDT
    expect(iso(addBusinessTime(la, at("2026-10-30T23:00:00Z"), { hours: 3 }))).toBe("2026-11-02T19:00:00.000Z"); // Fri 16:00 PDT + 3 h = Mon 11:00 PST
  });

  it('"an overnight 22:00–06:00 shift is 9 h on the night the clocks go back in Los Angeles and 7 h when they go forward"', () => {
    const night = defineCalendar({ timeZone: "America/Los_Angeles", weekly: everyDay([["22:00", "06:00"]]) });
    expect(hoursBetween(night, "2026-11-01T05:00:00Z", "2026-11-01T14:00:00Z")).toBe(9); // Sat 22:00 PDT → Sun 06:00 PST
    expect(hoursBetween(night, "2026-03-08T06:00:00Z", "2026-03-08T13:00:00Z")).toBe(7); // Sat 22:00 PST → Sun 06:00 PDT
    expect(iso(nextClose(night, at("2026-11-01T05:00:00Z")))).toBe("2026-11-01T14:00:00.000Z");
    expect(iso(nextClose(night, at("2026-03-08T06:00:00Z")))).toBe("2026-03-08T13:00:00.000Z");
  });

  it('"in Australia/Lord_Howe (30-minute DST) 8.5 h and 7.5 h"', () => {
    const night = defineCalendar({ timeZone: "Australia/Lord_Howe", weekly: everyDay([["22:00", "06:00"]]) });
    // Clocks go back (+11 → +10:30) on Sunday 2026-04-05 and forward on Sunday 2026-10-04.
    expect(hoursBetween(night, "2026-04-04T11:00:00Z", "2026-04-04T19:30:00Z")).toBe(8.5);
    expect(hoursBetween(night, "2026-10-03T11:30:00Z", "2026-10-03T19:00:00Z")).toBe(7.5);
  });

  it("Asia/Kolkata (+05:30, no DST): 09:00–17:00 IST is 03:30–11:30Z", () => {
    const kolkata = defineCalendar({ timeZone: "Asia/Kolkata", weekly: weekdaysOf(nineToFive) });
    expect(iso(nextOpen(kolkata, at("2026-03-02T00:00:00Z")))).toBe("2026-03-02T03:30:00.000Z");
    expect(iso(nextClose(kolkata, at("2026-03-02T00:00:00Z")))).toBe("2026-03-02T11:30:00.000Z");
    expect(iso(addBusinessTime(kolkata, at("2026-03-02T03:30:00Z"), { hours: 12 }))).toBe("2026-03-03T07:30:00.000Z");
  });

  it('"an interval that starts inside a DST gap opens at the first instant whose wall clock is at or past its start"', () => {
    // 02:30 does not exist in Los Angeles on 2026-03-08: the clock jumps from 02:00 PST to 03:00 PDT.
    const gap = defineCalendar({ timeZone: "America/Los_Angeles", weekly: { sun: [["02:30", "05:00"]] } });
    expect(iso(nextOpen(gap, at("2026-03-08T00:00:00Z")))).toBe("2026-03-08T10:00:00.000Z"); // 03:00 PDT
    expect(hoursBetween(gap, "2026-03-08T00:00:00Z", "2026-03-09T00:00:00Z")).toBe(2);
    // The following Sunday it is the usual 2.5 h.
    expect(hoursBetween(gap, "2026-03-15T00:00:00Z", "2026-03-16T00:00:00Z")).toBe(2.5);
  });

  it("an interval inside the repeated hour on the fall-back night counts both passes", () => {
    const repeated = defineCalendar({ timeZone: "America/Los_Angeles", weekly: { sun: [["01:00", "02:00"]] } });
    expect(hoursBetween(repeated, "2026-11-01T00:00:00Z", "2026-11-02T00:00:00Z")).toBe(2);
  });

  it("lunch breaks: [09:00, 12:00) and [13:00, 17:00) skip the hour between", () => {
    const lunch = defineCalendar({ timeZone: "Europe/Berlin", weekly: weekdaysOf([["09:00", "12:00"], ["13:00", "17:00"]]) });
    expect(iso(addBusinessTime(lunch, at("2026-06-01T08:00:00Z"), { hours: 4 }))).toBe("2026-06-01T13:00:00.000Z"); // 10:00 + 4 h = 15:00 CEST
    expect(isOpen(lunch, at("2026-06-01T10:30:00Z"))).toBe(false);
    expect(iso(nextClose(lunch, at("2026-06-01T08:00:00Z")))).toBe("2026-06-01T10:00:00.000Z");
  });

  it("three intervals a day", () => {
    const shifts = defineCalendar({ timeZone: "UTC", weekly: { wed: [["06:00", "08:00"], ["12:00", "13:00"], ["20:00", "23:30"]] } });
    expect(hoursBetween(shifts, "2026-03-04T00:00:00Z", "2026-03-05T00:00:00Z")).toBe(6.5);
    expect(iso(addBusinessTime(shifts, at("2026-03-04T07:00:00Z"), { hours: 2, minutes: 30 }))).toBe("2026-03-04T20:30:00.000Z");
  });

  it('"24:00 is the end of the day": a day ending at 24:00 and the next opening at 00:00 are one open period', () => {
    const calendar = defineCalendar({ timeZone: "UTC", weekly: { mon: [["18:00", "24:00"]], tue: [["00:00", "02:00"]] } });
    expect(iso(nextClose(calendar, at("2026-03-02T19:00:00Z")))).toBe("2026-03-03T02:00:00.000Z");
  });
});

describe("docs/rules.md §1: holidays and overrides", () => {
  it('"holidays (local dates, or date ranges, closed all day)": a range over a weekend', () => {
    const calendar = defineCalendar({
      timeZone: "America/Los_Angeles",
      weekly: { sun: nineToFive, ...weekdaysOf(nineToFive), sat: nineToFive },
      holidays: [{ from: "2026-12-24", to: "2026-12-28", name: "Winter break" }],
    });
    // Thu 24 to Mon 28 closed, Sat and Sun included: Wed 16:00 + 2 h lands on Tue 29 at 10:00.
    expect(iso(addBusinessTime(calendar, at("2026-12-24T00:00:00Z"), { hours: 2 }))).toBe("2026-12-29T18:00:00.000Z");
    expect(hoursBetween(calendar, "2026-12-24T00:00:00Z", "2026-12-29T08:00:00Z")).toBe(1);
  });

  it("a holiday is a local date: it closes at local midnight, not UTC midnight", () => {
    const calendar = defineCalendar({ timeZone: "Pacific/Auckland", weekly: everyDay([["00:00", "24:00"]]), holidays: ["2026-12-25"] });
    expect(isOpen(calendar, at("2026-12-24T10:59:59Z"))).toBe(true); // Dec 24 23:59:59 NZDT
    expect(isOpen(calendar, at("2026-12-24T11:00:00Z"))).toBe(false); // Dec 25 00:00 NZDT
    expect(iso(nextOpen(calendar, at("2026-12-24T11:00:00Z")))).toBe("2026-12-25T11:00:00.000Z");
  });

  it("a holiday also closes the previous night's shift on its own date; its own night's shift still spills into the next day", () => {
    const night = defineCalendar({ timeZone: "UTC", weekly: everyDay([["22:00", "06:00"]]), holidays: ["2026-12-25"] });
    expect(isOpen(night, at("2026-12-24T23:00:00Z"))).toBe(true);
    expect(isOpen(night, at("2026-12-25T01:00:00Z"))).toBe(false);
    expect(isOpen(night, at("2026-12-25T23:00:00Z"))).toBe(false);
    expect(isOpen(night, at("2026-12-26T01:00:00Z"))).toBe(true);
  });

  it('"optional date-specific hours that replace the weekly hours of one date"', () => {
    const calendar = defineCalendar({
      timeZone: "America/Los_Angeles",
      weekly: weekdaysOf(nineToFive),
      overrides: [
        { date: "2026-12-31", hours: [["09:00", "12:00"]] },
        { date: "2026-12-30", hours: [] },
      ],
    });
    expect(hoursBetween(calendar, "2026-12-30T08:00:00Z", "2027-01-01T12:00:00Z")).toBe(3);
    expect(iso(nextClose(calendar, at("2026-12-31T17:00:00Z")))).toBe("2026-12-31T20:00:00.000Z");
  });
});

describe("docs/rules.md §1: adding, subtracting and counting", () => {
  const office = defineCalendar({ timeZone: "America/Los_Angeles", weekly: weekdaysOf(nineToFive) });

  it('"Mon 09:00 + 8 h on a 09–17 calendar is Mon 17:00, not Tue 09:00" (a deadline landing exactly at close)', () => {
    expect(iso(addBusinessTime(office, at("2026-03-02T17:00:00Z"), { hours: 8 }))).toBe("2026-03-03T01:00:00.000Z");
  });

  it('"Adding zero returns the start", even when the calendar is closed', () => {
    expect(iso(addBusinessTime(office, at("2026-03-01T12:34:56Z"), 0))).toBe("2026-03-01T12:34:56.000Z");
    expect(iso(subtractBusinessTime(office, at("2026-03-01T12:34:56Z"), 0))).toBe("2026-03-01T12:34:56.000Z");
  });

  it("adding from closed time starts counting at the next opening", () => {
    expect(iso(addBusinessTime(office, at("2026-03-01T12:00:00Z"), { minutes: 1 }))).toBe("2026-03-02T17:01:00.000Z");
  });

  it('"Between two instants counts business time in [a, b); it is negative when b < a"', () => {
    expect(hoursBetween(office, "2026-03-02T17:00:00Z", "2026-03-03T17:00:00Z")).toBe(8);
    expect(hoursBetween(office, "2026-03-03T17:00:00Z", "2026-03-02T17:00:00Z")).toBe(-8);
    expect(hoursBetween(office, "2026-03-02T17:00:00Z", "2026-03-02T17:00:00Z")).toBe(0);
  });

  it("subtracting steps back over closed time to the latest instant that still leaves the duration", () => {
    // Mon 10:00 PST − 2 h = Fri 16:00 PST.
    expect(iso(subtractBusinessTime(office, at("2026-03-02T18:00:00Z"), { hours: 2 }))).toBe("2026-02-28T00:00:00.000Z");
    // From Monday's opening exactly: the previous Friday 16:00.
    expect(iso(subtractBusinessTime(office, at("2026-03-02T17:00:00Z"), { hours: 1 }))).toBe("2026-02-28T00:00:00.000Z");
  });

  it("spans of several years count every year", () => {
    expect(hoursBetween(twentyFourSeven, "2024-01-01T08:00:00Z", "2028-01-01T08:00:00Z")).toBe((366 + 365 + 365 + 365) * 24);
    expect(iso(addBusinessTime(office, at("2026-03-02T18:30:00Z"), { hours: 2000 }))).toBe(
      iso(new Date(subtractBusinessTime(office, addBusinessTime(office, at("2026-03-02T18:30:00Z"), { hours: 4000 }), { hours: 2000 }))),
    );
  });
});

describe("docs/rules.md §1: Global Support Hours (24x5)", () => {
  it('"Sun 15:00–24:00, Mon–Thu 00:00–24:00, Fri 00:00–17:00": closed from Friday 17:00 to Sunday 15:00 Pacific', () => {
    expect(isOpen(globalSupportHours, at("2026-03-07T00:59:59Z"))).toBe(true); // Fri 16:59:59 PST
    expect(isOpen(globalSupportHours, at("2026-03-07T01:00:00Z"))).toBe(false); // Fri 17:00 PST
    expect(iso(nextOpen(globalSupportHours, at("2026-03-07T01:00:00Z")))).toBe("2026-03-08T22:00:00.000Z"); // Sun 15:00 PDT
  });

  it('"24 hours, 24x5" across the weekend: Friday 16:00 + 24 h is Monday 14:00 Pacific', () => {
    expect(iso(addBusinessTime(globalSupportHours, at("2026-03-07T00:00:00Z"), { hours: 24 }))).toBe("2026-03-09T21:00:00.000Z");
  });

  it("a 30-minute target opened Friday 16:45 Pacific runs 15 minutes on Friday and 15 from Sunday 15:00", () => {
    expect(iso(addBusinessTime(globalSupportHours, at("2026-03-13T23:45:00Z"), { minutes: 30 }))).toBe("2026-03-15T22:15:00.000Z");
  });

  it("a week of Global Support Hours holds 122 hours", () => {
    expect(hoursBetween(globalSupportHours, "2026-06-07T07:00:00Z", "2026-06-14T07:00:00Z")).toBe(122);
  });
});
