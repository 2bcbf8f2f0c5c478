import { describe, expect, it } from "vitest";
import * as zod from "zod/mini";
import type { SupportPolicyError } from "../../src/shared/errors.js";
import { businessTimeBetween } from "../../src/sla/business-time-between.js";
import { BusinessCalendar } from "../../src/sla/business-calendar.js";
import { type CalendarSpec, calendarSpecSchema, parseTimeOfDay } from "../../src/sla/calendar-spec.js";
import { defineCalendar } from "../../src/sla/define-calendar.js";
import { isOpen } from "../../src/sla/is-open.js";
import { thrown } from "../support/thrown.js";

type Hours = [string, string][];
const base = { timeZone: "UTC", weekly: { mon: [["09:00", "17:00"]] as Hours } };
const spec = (patch: Record<string, unknown>): CalendarSpec => ({ ...base, ...patch });
const issuesOf = (value: CalendarSpec): SupportPolicyError["issues"] => thrown(() => defineCalendar(value)).issues;
const mondayHours = (hours: Hours) => spec({ weekly: { mon: hours } });

describe('times of day: "HH:MM", "24:00" the end of the day', () => {
  it("reads hours and minutes", () => {
    expect(parseTimeOfDay("00:00")).toBe(0);
    expect(parseTimeOfDay("09:30")).toBe(570);
    expect(parseTimeOfDay("23:59")).toBe(1439);
    expect(parseTimeOfDay("24:00")).toBe(1440);
  });

  it("rejects anything else", () => {
    for (const text of ["24:01", "25:00", "12:60", "9:00", "09:0", "009:00", "09:000", "0900", " 09:00", "09:00 ", "09:00:00", "aa:bb", ""]) {
      expect([text, parseTimeOfDay(text)]).toEqual([text, undefined]);
    }
  });

  it('an opening time runs from 00:00 to 23:59: "24:00" cannot open an interval', () => {
    expect(issuesOf(mondayHours([["24:00", "09:00"]]))).toEqual([
      { code: "invalid_time", path: ["weekly", "mon", 0, 0], message: 'Expected an opening time "HH:MM" from 00:00 to 23:59, received "24:00"' },
    ]);
    expect(() => defineCalendar(mondayHours([["23:59", "24:00"]]))).not.toThrow();
  });

  it("a bad opening and a bad closing time are two problems, and the interval is not checked further", () => {
    expect(issuesOf(mondayHours([["7am", "5pm"], ["09:00", "10:00"]]))).toEqual([
      { code: "invalid_time", path: ["weekly", "mon", 0, 0], message: 'Expected an opening time "HH:MM" from 00:00 to 23:59, received "7am"' },
      { code: "invalid_time", path: ["weekly", "mon", 0, 1], message: 'Expected a closing time "HH:MM" from 00:00 to 24:00, received "5pm"' },
    ]);
    expect(issuesOf(mondayHours([["7am", "17:00"], ["09:00", "10:00"]]))).toEqual([
      { code: "invalid_time", path: ["weekly", "mon", 0, 0], message: 'Expected an opening time "HH:MM" from 00:00 to 23:59, received "7am"' },
    ]);
    expect(issuesOf(mondayHours([["09:00", "5pm"], ["10:00", "11:00"]]))).toEqual([
      { code: "invalid_time", path: ["weekly", "mon", 0, 1], message: 'Expected a closing time "HH:MM" from 00:00 to 24:00, received "5pm"' },
    ]);
    expect(issuesOf(mondayHours([["09:00", "5pm"]]))).toEqual([
      { code: "invalid_time", path: ["weekly", "mon", 0, 1], message: 'Expected a closing time "HH:MM" from 00:00 to 24:00, received "5pm"' },
    ]);
    expect(issuesOf(mondayHours([["24:00", "24:00"]]))).toEqual([
      { code: "invalid_time", path: ["weekly", "mon", 0, 0], message: 'Expected an opening time "HH:MM" from 00:00 to 23:59, received "24:00"' },
    ]);
  });
});

describe("intervals of one day", () => {
  it("may touch, and may be written in any order", () => {
    const calendar = defineCalendar(mondayHours([["13:00", "17:00"], ["09:00", "13:00"]]));
    expect(businessTimeBetween(calendar, new Date("2026-03-02T00:00:00Z"), new Date("2026-03-03T00:00:00Z"))).toBe(8 * 3_600_000);
  });

  it('"overlap" is reported on the later-starting interval, naming both as written', () => {
    expect(issuesOf(mondayHours([["13:00", "17:00"], ["09:00", "13:30"]]))).toEqual([
      { code: "overlapping_intervals", path: ["weekly", "mon", 0], message: "The intervals 09:00–13:30 and 13:00–17:00 overlap" },
    ]);
  });

  it("an interval that starts inside another's overnight shift overlaps it; one that ends where it starts does not", () => {
    expect(issuesOf(mondayHours([["20:00", "02:00"], ["21:00", "22:00"]]))).toEqual([
      { code: "overlapping_intervals", path: ["weekly", "mon", 1], message: "The intervals 20:00–02:00 and 21:00–22:00 overlap" },
    ]);
    expect(() => defineCalendar(mondayHours([["20:00", "02:00"], ["18:00", "20:00"]]))).not.toThrow();
  });

  it("an empty interval is one problem; the week is not also reported as having no open time", () => {
    expect(issuesOf(mondayHours([["10:00", "10:00"]]))).toEqual([
      {
        code: "empty_interval",
        path: ["weekly", "mon", 0],
        message: 'The interval 10:00–10:00 is empty: write ["00:00", "24:00"] for a whole day, or an end before the start for an overnight shift',
      },
    ]);
  });

  it('"an interval whose end is at or before its start is an overnight shift": 22:00–02:00 is open time', () => {
    const calendar = defineCalendar(mondayHours([["22:00", "02:00"]]));
    expect(businessTimeBetween(calendar, new Date("2026-03-02T00:00:00Z"), new Date("2026-03-04T00:00:00Z"))).toBe(4 * 3_600_000);
    expect(() => defineCalendar(mondayHours([["23:59", "00:00"]]))).not.toThrow();
    // 20 h in the day plus a 4 h night shift: the night's hours count, whatever its clock numbers.
    const long = defineCalendar(mondayHours([["00:00", "20:00"], ["22:00", "02:00"]]));
    expect(businessTimeBetween(long, new Date("2026-03-02T00:00:00Z"), new Date("2026-03-03T12:00:00Z"))).toBe(24 * 3_600_000);
  });
});

describe('"a calendar with no open time at all is rejected"', () => {
  it("a week with an invalid day is not also reported as empty, whatever the other days hold", () => {
    expect(issuesOf(spec({ weekly: { mon: [["24:00", "09:00"]], tue: [["09:00", "09:01"]] } }))).toEqual([
      { code: "invalid_time", path: ["weekly", "mon", 0, 0], message: 'Expected an opening time "HH:MM" from 00:00 to 23:59, received "24:00"' },
    ]);
  });

  it("weekly hours with no intervals on any day", () => {
    expect(issuesOf(spec({ weekly: {} }))).toEqual([
      { code: "no_open_time", path: ["weekly"], message: "The weekly hours have no open time, so nothing could ever be due" },
    ]);
  });

  it("overrides do not count as weekly open time", () => {
    expect(issuesOf(spec({ weekly: { tue: [] }, overrides: [{ date: "2026-03-03", hours: [["09:00", "10:00"]] }] }))[0]?.code).toBe("no_open_time");
  });
});

describe("dates: real YYYY-MM-DD dates from 1900 to 2199", () => {
  it("accepts the first and last day of months and of the supported years, and 29 February of leap years", () => {
    for (const date of ["1900-01-01", "2199-12-31", "2026-01-31", "2026-12-01", "2024-02-29", "2000-02-29"]) {
      expect(() => defineCalendar(spec({ holidays: [date] }))).not.toThrow();
    }
  });

  it("rejects what is not a real date", () => {
    for (const date of ["2026-00-10", "2026-13-01", "2026-01-00", "2026-01-32", "2026-04-31", "2026-02-29", "1900-02-29", "2026-1-05", "2026-01-5", "2026-001-05", "2026-01-005", "12026-01-05", "226-01-05", " 2026-01-05", "2026-01-05 ", "2026/01/05", "2026-01-05T00:00"]) {
      expect([date, issuesOf(spec({ holidays: [date] }))]).toEqual([
        date,
        [{ code: "invalid_date", path: ["holidays", 0], message: `Expected a date "YYYY-MM-DD", received "${date}"` }],
      ]);
    }
  });

  it("a real date outside 1900–2199 is out_of_range", () => {
    expect(issuesOf(spec({ holidays: ["1899-12-31", "2200-01-01"] }))).toEqual([
      { code: "out_of_range", path: ["holidays", 0], message: "The date 1899-12-31 is outside the supported years 1900 to 2199" },
      { code: "out_of_range", path: ["holidays", 1], message: "The date 2200-01-01 is outside the supported years 1900 to 2199" },
    ]);
  });

  it("each end of a holiday range is checked, with its own path", () => {
    expect(issuesOf(spec({ holidays: ["2026-12-25", { from: "2026-02-30", to: "2300-01-01", name: "Bad" }] }))).toEqual([
      { code: "invalid_date", path: ["holidays", 1, "from"], message: 'Expected a date "YYYY-MM-DD", received "2026-02-30"' },
      { code: "out_of_range", path: ["holidays", 1, "to"], message: "The date 2300-01-01 is outside the supported years 1900 to 2199" },
    ]);
  });

  it("a one-day range is allowed, an inverted one is not", () => {
    const oneDay = defineCalendar(spec({ holidays: [{ from: "2026-03-02", to: "2026-03-02" }] }));
    expect(isOpen(oneDay, new Date("2026-03-02T10:00:00Z"))).toBe(false);
    expect(isOpen(oneDay, new Date("2026-03-09T10:00:00Z"))).toBe(true);
    expect(issuesOf(spec({ holidays: [{ from: "2026-03-03", to: "2026-03-02" }] }))).toEqual([
      { code: "inverted_date_range", path: ["holidays", 0], message: "The holiday range ends (2026-03-02) before it starts (2026-03-03)" },
    ]);
  });
});

describe("overrides", () => {
  it("their hours are checked like weekly hours, with the override's path", () => {
    expect(issuesOf(spec({ overrides: [{ date: "2026-03-02", hours: [["09:00", "12:00"], ["11:00", "13:00"], ["14:00", "99:00"]] }] }))).toEqual([
      { code: "invalid_time", path: ["overrides", 0, "hours", 2, 1], message: 'Expected a closing time "HH:MM" from 00:00 to 24:00, received "99:00"' },
      { code: "overlapping_intervals", path: ["overrides", 0, "hours", 1], message: "The intervals 09:00–12:00 and 11:00–13:00 overlap" },
    ]);
  });

  it("an override's date must be real and in range", () => {
    expect(issuesOf(spec({ overrides: [{ date: "2026-02-29", hours: [] }, { date: "1800-01-01", hours: [] }] }))).toEqual([
      { code: "invalid_date", path: ["overrides", 0, "date"], message: 'Expected a date "YYYY-MM-DD", received "2026-02-29"' },
      { code: "out_of_range", path: ["overrides", 1, "date"], message: "The date 1800-01-01 is outside the supported years 1900 to 2199" },
    ]);
  });

  it("a date inside a holiday range cannot also be overridden; a date next to it can", () => {
    expect(issuesOf(spec({ holidays: [{ from: "2026-12-24", to: "2026-12-26" }], overrides: [{ date: "2026-12-26", hours: [] }] }))).toEqual([
      { code: "conflicting_dates", path: ["overrides", 0, "date"], message: "The date 2026-12-26 is both a holiday and an override" },
    ]);
    expect(() => defineCalendar(spec({ holidays: [{ from: "2026-12-24", to: "2026-12-26" }], overrides: [{ date: "2026-12-27", hours: [] }] }))).not.toThrow();
  });

  it("the second override of a date is the one reported", () => {
    expect(issuesOf(spec({ overrides: [{ date: "2026-12-24", hours: [] }, { date: "2026-12-31", hours: [] }, { date: "2026-12-24", hours: [] }] }))).toEqual([
      { code: "conflicting_dates", path: ["overrides", 2, "date"], message: "The date 2026-12-24 has more than one override" },
    ]);
  });
});

describe("shapes", () => {
  it("unknown keys in the spec, a holiday range or an override are unknown_key at their path", () => {
    expect(thrown(() => defineCalendar(spec({ holidays: [{ from: "2026-12-24", to: "2026-12-26", note: "x" }] })))).toMatchObject({
      code: "unknown_key",
      path: ["holidays", 0, "note"],
    });
    expect(thrown(() => defineCalendar(spec({ overrides: [{ date: "2026-12-24", hours: [], open: true }] })))).toMatchObject({
      code: "unknown_key",
      path: ["overrides", 0, "open"],
    });
    expect(thrown(() => defineCalendar(spec({ zone: "UTC" })))).toMatchObject({ code: "unknown_key", path: ["zone"] });
  });

  it("weekly hours that are not an object are invalid_type, without the weekday-key hint", () => {
    const error = thrown(() => defineCalendar(spec({ weekly: "Mon–Fri 09:00–17:00" })));
    expect(error).toMatchObject({ code: "invalid_type", path: ["weekly"] });
    expect(error.message).not.toContain("weekday");
  });

  it("an interval is a pair: one or three times are too_small or too_big at the interval, in zod's words", () => {
    const short = thrown(() => defineCalendar(mondayHours([["09:00"]] as unknown as Hours)));
    expect(short.issues).toEqual([{ code: "too_small", path: ["weekly", "mon", 0], message: "Too small: expected array to have >=2 items" }]);
    const long = thrown(() => defineCalendar(mondayHours([["09:00", "12:00"], ["13:00", "17:00", "18:00"]] as unknown as Hours)));
    expect(long.issues).toEqual([{ code: "too_big", path: ["weekly", "mon", 1], message: "Too big: expected array to have <=2 items" }]);
    expect(thrown(() => defineCalendar(spec({ overrides: [{ date: "2026-12-24", hours: [[]] }] }))).path).toEqual(["overrides", 0, "hours", 0]);
  });

  it("shape errors read as zod's English messages", () => {
    const messages = (value: Record<string, unknown>) => thrown(() => defineCalendar(spec(value))).issues.map((issue) => [issue.code, issue.message]);
    expect(messages({ timeZone: 5 })).toEqual([["invalid_type", "Invalid input: expected string, received number"]]);
    expect(messages({ timeZone: Number.NaN })).toEqual([["invalid_type", "Invalid input: expected string, received NaN"]]);
    expect(messages({ weekly: [] })).toEqual([["invalid_type", "Invalid input: expected object, received array"]]);
    expect(messages({ weekly: { mon: null } })).toEqual([["invalid_type", "Invalid input: expected array, received null"]]);
    expect(messages({ weekly: { mon: [[9, "17:00"]] } })).toEqual([["invalid_type", "Invalid input: expected string, received number"]]);
    expect(messages({ holidays: [new Date(0)] })).toEqual([["invalid_input", "Invalid input"]]);
    expect(messages({ overrides: ["2026-12-24"] })).toEqual([["invalid_type", "Invalid input: expected object, received string"]]);
    class Zone {
      readonly name = "Berlin";
    }
    expect(messages({ timeZone: new Zone() })).toEqual([["invalid_type", "Invalid input: expected string, received Zone"]]);
    expect(messages({ timeZone: Object.create(null) as object })).toEqual([["invalid_type", "Invalid input: expected string, received object"]]);
    expect(messages({ zone: "UTC", colour: "red" })).toEqual([
      ["unknown_key", 'Unknown key "zone"'],
      ["unknown_key", 'Unknown key "colour"'],
    ]);
    expect(messages({ time_zone: "UTC" })).toEqual([["unknown_key", 'Unknown key "time_zone"']]);
    expect(messages({ name: "x", extra: 1 })).toEqual([["unknown_key", 'Unknown key "extra"']]);
  });

  it("messages do not depend on zod's global configuration, which belongs to the application", () => {
    const before = zod.config().customError;
    zod.config({ customError: () => "the application's own message" });
    try {
      expect(thrown(() => defineCalendar(spec({ timeZone: 5 }))).message).toBe("Invalid input: expected string, received number");
    } finally {
      zod.config({ customError: before });
    }
  });

  it("the schema accepts a valid spec and reports the same rules", () => {
    expect(calendarSpecSchema.safeParse({ timeZone: "Europe/Berlin", weekly: { mon: [["09:00", "17:00"]] } }).success).toBe(true);
    const result = calendarSpecSchema.safeParse({ timeZone: "Europe/Berlin", weekly: { mon: [["09:00", "09:00"]] } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([["weekly", "mon", 0]]);
  });
});

describe("a defined calendar", () => {
  const input: CalendarSpec = {
    name: "Office",
    timeZone: "europe/berlin",
    weekly: { mon: [["09:00", "17:00"]] },
    holidays: ["2026-12-25", { from: "2026-12-28", to: "2026-12-31", name: "Year end" }],
    overrides: [{ date: "2026-12-24", hours: [["09:00", "12:00"]], name: "Christmas Eve" }],
  };

  it("serialises as the spec it was defined from, and keeps the zone's canonical name", () => {
    const calendar = defineCalendar(input);
    expect(calendar).toBeInstanceOf(BusinessCalendar);
    expect(calendar.timeZone).toBe("Europe/Berlin");
    expect(calendar.spec).toEqual(input);
    expect(calendar.toJSON()).toBe(calendar.spec);
    expect(JSON.parse(JSON.stringify(calendar))).toEqual(input);
  });

  it("is immutable, spec included, and independent of later changes to the input", () => {
    const copy = structuredClone(input) as unknown as { weekly: { mon: string[][] }; holidays: unknown[] };
    const calendar = defineCalendar(copy as unknown as CalendarSpec);
    copy.weekly.mon[0]![1] = "10:00";
    copy.holidays.push("2026-03-02");
    expect(calendar.spec).toEqual(input);
    expect(Object.isFrozen(calendar)).toBe(true);
    expect(Object.isFrozen(calendar.spec)).toBe(true);
    expect(Object.isFrozen(calendar.spec.weekly)).toBe(true);
    expect(Object.isFrozen(calendar.spec.weekly.mon)).toBe(true);
    expect(Object.isFrozen(calendar.spec.weekly.mon?.[0])).toBe(true);
    expect(Object.isFrozen(calendar.spec.holidays?.[1])).toBe(true);
    expect(Object.isFrozen(calendar.spec.overrides?.[0]?.hours)).toBe(true);
    expect(isOpen(calendar, new Date("2026-03-02T15:30:00Z"))).toBe(true);
  });
});
