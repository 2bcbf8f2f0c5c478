import { describe, expect, it } from "vitest";
import { addBusinessTime } from "../../src/sla/add-business-time.js";
import { businessTimeBetween } from "../../src/sla/business-time-between.js";
import type { CalendarSpec } from "../../src/sla/calendar-spec.js";
import { type BusinessCalendar } from "../../src/sla/business-calendar.js";
import { defineCalendar } from "../../src/sla/define-calendar.js";
import { durationToMilliseconds } from "../../src/sla/duration.js";
import { globalSupportHours } from "../../src/sla/gitlab-calendars.js";
import { isOpen } from "../../src/sla/is-open.js";
import { nextOpen } from "../../src/sla/next-open.js";
import { subtractBusinessTime } from "../../src/sla/subtract-business-time.js";
import { thrown as caught } from "../support/thrown.js";


const valid: CalendarSpec = { timeZone: "Europe/Berlin", weekly: { mon: [["09:00", "17:00"]] } };
const spec = (patch: Record<string, unknown>): CalendarSpec => ({ ...valid, ...patch });

describe("defineCalendar rejects bad specs with a typed error", () => {
  it("an unknown time zone", () => {
    const error = caught(() => defineCalendar(spec({ timeZone: "Mars/Olympus_Mons" })));
    expect(error).toMatchObject({ code: "invalid_time_zone", path: ["timeZone"] });
    expect(error.message).toBe('Unknown time zone "Mars/Olympus_Mons": expected an IANA name such as "America/Los_Angeles"');
  });

  it("a malformed time", () => {
    const error = caught(() => defineCalendar(spec({ weekly: { mon: [["9am", "17:00"]] } })));
    expect(error).toMatchObject({ code: "invalid_time", path: ["weekly", "mon", 0, 0] });
    expect(error.message).toBe('Expected an opening time "HH:MM" from 00:00 to 23:59, received "9am"');
  });

  it("an out-of-range time", () => {
    const error = caught(() => defineCalendar(spec({ weekly: { mon: [["09:00", "24:30"]] } })));
    expect(error).toMatchObject({ code: "invalid_time", path: ["weekly", "mon", 0, 1] });
    expect(error.message).toBe('Expected a closing time "HH:MM" from 00:00 to 24:00, received "24:30"');
    expect(caught(() => defineCalendar(spec({ weekly: { mon: [["24:00", "09:00"]] } }))).code).toBe("invalid_time");
    expect(caught(() => defineCalendar(spec({ weekly: { mon: [["09:60", "10:00"]] } }))).code).toBe("invalid_time");
  });

  it("an empty interval", () => {
    const error = caught(() => defineCalendar(spec({ weekly: { mon: [["09:00", "09:00"]] } })));
    expect(error).toMatchObject({ code: "empty_interval", path: ["weekly", "mon", 0] });
    expect(error.message).toBe(
      'The interval 09:00–09:00 is empty: write ["00:00", "24:00"] for a whole day, or an end before the start for an overnight shift',
    );
  });

  it("overlapping intervals on one day", () => {
    const error = caught(() => defineCalendar(spec({ weekly: { tue: [["09:00", "12:00"], ["11:00", "17:00"]] } })));
    expect(error).toMatchObject({ code: "overlapping_intervals", path: ["weekly", "tue", 1] });
    expect(error.message).toBe("The intervals 09:00–12:00 and 11:00–17:00 overlap");
  });

  it("an overnight shift overlapping a later interval of the same day", () => {
    const error = caught(() => defineCalendar(spec({ weekly: { fri: [["22:00", "06:00"], ["23:00", "23:30"]] } })));
    expect(error.code).toBe("overlapping_intervals");
  });

  it("a bad date", () => {
    const error = caught(() => defineCalendar(spec({ holidays: ["2026-02-30"] })));
    expect(error).toMatchObject({ code: "invalid_date", path: ["holidays", 0] });
    expect(error.message).toBe('Expected a date "YYYY-MM-DD", received "2026-02-30"');
    expect(caught(() => defineCalendar(spec({ overrides: [{ date: "26-12-31", hours: [] }] }))).path).toEqual(["overrides", 0, "date"]);
  });

  it("an inverted date range", () => {
    const error = caught(() => defineCalendar(spec({ holidays: [{ from: "2026-12-28", to: "2026-12-24" }] })));
    expect(error).toMatchObject({ code: "inverted_date_range", path: ["holidays", 0] });
    expect(error.message).toBe("The holiday range ends (2026-12-24) before it starts (2026-12-28)");
  });

  it("a date that is both a holiday and an override, or overridden twice", () => {
    const error = caught(() => defineCalendar(spec({ holidays: ["2026-12-24"], overrides: [{ date: "2026-12-24", hours: [] }] })));
    expect(error).toMatchObject({ code: "conflicting_dates", path: ["overrides", 0, "date"] });
    expect(error.message).toBe("The date 2026-12-24 is both a holiday and an override");
    const twice = caught(() =>
      defineCalendar(spec({ overrides: [{ date: "2026-12-24", hours: [] }, { date: "2026-12-24", hours: [["09:00", "10:00"]] }] })),
    );
    expect(twice.message).toBe("The date 2026-12-24 has more than one override");
  });

  it("an unknown weekday key", () => {
    const error = caught(() => defineCalendar(spec({ weekly: { mon: [["09:00", "17:00"]], monday: [["09:00", "17:00"]] } })));
    expect(error).toMatchObject({ code: "unknown_key", path: ["weekly", "monday"] });
    expect(error.message).toBe('Unknown key "monday": expected a weekday key: sun, mon, tue, wed, thu, fri, sat');
  });

  it("a calendar with no open time at all", () => {
    const error = caught(() => defineCalendar(spec({ weekly: { mon: [], sat: [] } })));
    expect(error).toMatchObject({ code: "no_open_time", path: ["weekly"] });
    expect(error.message).toBe("The weekly hours have no open time, so nothing could ever be due");
  });

  it("a value of the wrong type, or a missing field", () => {
    expect(caught(() => defineCalendar({ weekly: {} } as unknown as CalendarSpec))).toMatchObject({
      code: "missing_field",
      path: ["timeZone"],
      message: 'Missing required field "timeZone"',
    });
    expect(caught(() => defineCalendar(null as unknown as CalendarSpec))).toMatchObject({ code: "invalid_type", path: [] });
  });

  it("lists every problem it finds, the first one naming the error", () => {
    const error = caught(() => defineCalendar({ timeZone: "Nowhere", weekly: { mon: [["25:00", "26:00"]] } }));
    expect(error.issues.map((issue) => issue.code)).toEqual(["invalid_time_zone", "invalid_time", "invalid_time"]);
    expect(error.message).toMatch(/\(and 2 more\)$/);
  });
});

describe("calendar functions reject bad arguments with a typed error", () => {
  it("an invalid Date", () => {
    const error = caught(() => isOpen(globalSupportHours, new Date("not a date")));
    expect(error).toMatchObject({ code: "invalid_instant", path: ["at"], message: "Expected a Date or epoch milliseconds; received an invalid Date" });
    expect(caught(() => addBusinessTime(globalSupportHours, "2026-03-02" as unknown as Date, 0))).toMatchObject({
      code: "invalid_instant",
      path: ["start"],
      message: 'Expected a Date or epoch milliseconds; received the string "2026-03-02"',
    });
    expect(caught(() => businessTimeBetween(globalSupportHours, new Date(0), Object.create(Date.prototype) as Date)).path).toEqual(["b"]);
  });

  it("an instant outside the supported range", () => {
    const error = caught(() => nextOpen(globalSupportHours, new Date("2300-01-01T00:00:00Z")));
    expect(error.code).toBe("out_of_range");
    expect(error.message).toBe(
      "The instant 2300-01-01T00:00:00.000Z is outside the supported range 1900-01-01T00:00:00.000Z to 2200-01-01T00:00:00.000Z",
    );
  });

  it("a negative duration", () => {
    const error = caught(() => addBusinessTime(globalSupportHours, new Date(0), -1));
    expect(error).toMatchObject({ code: "invalid_duration", path: ["duration"], message: "Expected a non-negative duration, received -1" });
    expect(caught(() => subtractBusinessTime(globalSupportHours, new Date(0), { hours: -2 })).path).toEqual(["duration", "hours"]);
  });

  it("a non-finite duration", () => {
    const error = caught(() => addBusinessTime(globalSupportHours, new Date(0), Number.POSITIVE_INFINITY));
    expect(error).toMatchObject({ code: "invalid_duration", message: "Expected a finite number, received the number Infinity" });
    expect(caught(() => durationToMilliseconds({ minutes: Number.NaN })).message).toBe("Expected a finite number, received the number NaN");
  });

  it("an unknown duration part", () => {
    const error = caught(() => durationToMilliseconds({ weeks: 1 } as never));
    expect(error).toMatchObject({ code: "unknown_key", path: ["duration", "weeks"] });
    expect(error.message).toBe('Unknown duration part "weeks": expected days, hours, minutes, seconds or milliseconds');
  });

  it("a result beyond the supported range", () => {
    const error = caught(() => addBusinessTime(globalSupportHours, new Date("2199-12-01T00:00:00Z"), { hours: 24 * 365 }));
    expect(error).toMatchObject({ code: "out_of_range", path: ["duration"] });
  });

  it("something that is not a calendar", () => {
    const fake = { timeZone: "UTC", spec: {} } as unknown as BusinessCalendar;
    const error = caught(() => isOpen(fake, new Date(0)));
    expect(error).toMatchObject({ code: "not_a_calendar", path: ["calendar"], message: "Expected a calendar made by defineCalendar(spec)" });
  });
});
