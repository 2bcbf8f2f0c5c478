import { describe, expect, it } from "vitest";
import { addBusinessTime } from "../../src/sla/add-business-time.js";
import { businessTimeBetween } from "../../src/sla/business-time-between.js";
import { defineCalendar } from "../../src/sla/define-calendar.js";
import { durationToMilliseconds } from "../../src/sla/duration.js";
import { globalSupportHours, twentyFourSeven } from "../../src/sla/gitlab-calendars.js";
import { isOpen } from "../../src/sla/is-open.js";
import { nextClose } from "../../src/sla/next-close.js";
import { nextOpen } from "../../src/sla/next-open.js";
import { subtractBusinessTime } from "../../src/sla/subtract-business-time.js";
import { thrown } from "../support/thrown.js";

const RANGE = "1900-01-01T00:00:00.000Z to 2200-01-01T00:00:00.000Z";
const RESULT_OUT_OF_RANGE = `The result falls outside the supported range ${RANGE}`;
const at = (iso: string): Date => new Date(iso);
const allDay: [string, string][] = [["00:00", "24:00"]];
const utcAllWeek = () =>
  defineCalendar({ timeZone: "UTC", weekly: { sun: allDay, mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay } });

describe("durations: milliseconds, or hours, minutes, seconds and milliseconds that add up", () => {
  it('"{ hours, minutes, seconds, milliseconds }" adds every part at its own unit', () => {
    expect(durationToMilliseconds({ hours: 1, minutes: 30, seconds: 15, milliseconds: 250 })).toBe(5_415_250);
    expect(durationToMilliseconds({ hours: 2 })).toBe(7_200_000);
    expect(durationToMilliseconds({ minutes: 2 })).toBe(120_000);
    expect(durationToMilliseconds({ seconds: 2 })).toBe(2_000);
    expect(durationToMilliseconds({ milliseconds: 2 })).toBe(2);
    expect(durationToMilliseconds(5_400_000)).toBe(5_400_000);
  });

  it('"days" are 24 hours each, as date-fns counts them: on a 09–17 calendar { days: 1 } is three business days\' hours', () => {
    expect(durationToMilliseconds({ days: 1 })).toBe(86_400_000);
    expect(durationToMilliseconds({ days: 1.5, hours: 1 })).toBe(133_200_000);
    const nineToFive = defineCalendar({ timeZone: "UTC", weekly: { mon: [["09:00", "17:00"]], tue: [["09:00", "17:00"]], wed: [["09:00", "17:00"]], thu: [["09:00", "17:00"]] } });
    expect(addBusinessTime(nineToFive, at("2026-03-02T09:00:00Z"), { days: 1 }).toISOString()).toBe("2026-03-04T17:00:00.000Z");
    expect(addBusinessTime(twentyFourSeven, at("2026-03-02T09:00:00Z"), { days: 2 }).toISOString()).toBe("2026-03-04T09:00:00.000Z");
    expect(thrown(() => durationToMilliseconds({ days: -1 }))).toMatchObject({ code: "invalid_duration", path: ["duration", "days"] });
  });

  it("an empty duration, a zero part and a part given as undefined count as nothing", () => {
    expect(durationToMilliseconds({})).toBe(0);
    expect(durationToMilliseconds(0)).toBe(0);
    expect(durationToMilliseconds({ hours: 0 })).toBe(0);
    expect(durationToMilliseconds({ hours: undefined, minutes: 3 } as never)).toBe(180_000);
  });

  it('"rounded to the nearest" whole millisecond, for a number and for parts', () => {
    expect(durationToMilliseconds(1.4)).toBe(1);
    expect(durationToMilliseconds(1.6)).toBe(2);
    expect(durationToMilliseconds({ seconds: 0.0004 })).toBe(0);
    expect(durationToMilliseconds({ seconds: 0.0016 })).toBe(2);
    expect(durationToMilliseconds({ milliseconds: 0.4, seconds: 1 })).toBe(1_000);
  });

  it("a negative amount or part is invalid_duration, naming the part", () => {
    expect(thrown(() => durationToMilliseconds(-0.5))).toMatchObject({
      code: "invalid_duration",
      path: ["duration"],
      message: "Expected a non-negative duration, received -0.5",
    });
    expect(thrown(() => durationToMilliseconds({ minutes: 5, seconds: -1 }))).toMatchObject({
      code: "invalid_duration",
      path: ["duration", "seconds"],
      message: "Expected a non-negative duration, received -1",
    });
  });

  it("a part that is not a finite number is invalid_duration, describing what it got", () => {
    expect(thrown(() => durationToMilliseconds({ hours: "1" } as never))).toMatchObject({
      code: "invalid_duration",
      path: ["duration", "hours"],
      message: 'Expected a finite number, received the string "1"',
    });
    expect(thrown(() => durationToMilliseconds({ milliseconds: null } as never))).toMatchObject({
      path: ["duration", "milliseconds"],
      message: "Expected a finite number, received null",
    });
    expect(thrown(() => durationToMilliseconds(Number.NEGATIVE_INFINITY)).message).toBe("Expected a finite number, received the number -Infinity");
  });

  it("a duration that is neither a number nor an object of parts is invalid_duration", () => {
    const shape = "Expected milliseconds or { days, hours, minutes, seconds, milliseconds }, received";
    expect(thrown(() => durationToMilliseconds(null as never))).toMatchObject({
      code: "invalid_duration",
      path: ["duration"],
      message: `${shape} null`,
    });
    expect(thrown(() => durationToMilliseconds([1] as never)).message).toBe(`${shape} an array`);
    expect(thrown(() => durationToMilliseconds("1h" as never)).message).toBe(`${shape} the string "1h"`);
    expect(thrown(() => durationToMilliseconds(true as never)).message).toBe(`${shape} a boolean`);
    expect(thrown(() => durationToMilliseconds(undefined as never)).message).toBe(`${shape} undefined`);
  });

  it("parts that add up beyond what a number holds are invalid_duration", () => {
    expect(thrown(() => durationToMilliseconds({ hours: Number.MAX_VALUE }))).toMatchObject({
      code: "invalid_duration",
      path: ["duration"],
      message: "The duration is too large to represent",
    });
  });

  it("a key that is not a duration part is unknown_key, even one every object inherits", () => {
    expect(thrown(() => durationToMilliseconds({ toString: 1 } as never))).toMatchObject({
      code: "unknown_key",
      path: ["duration", "toString"],
      message: 'Unknown duration part "toString": expected days, hours, minutes, seconds or milliseconds',
    });
  });

  it("adding and subtracting name the duration argument in their errors", () => {
    expect(thrown(() => addBusinessTime(globalSupportHours, at("2026-03-02T17:00:00Z"), { minutes: -1 }))).toMatchObject({
      code: "invalid_duration",
      path: ["duration", "minutes"],
    });
    expect(thrown(() => subtractBusinessTime(globalSupportHours, at("2026-03-02T17:00:00Z"), Number.NaN))).toMatchObject({
      code: "invalid_duration",
      path: ["duration"],
      message: "Expected a finite number, received the number NaN",
    });
    expect(addBusinessTime(twentyFourSeven, at("2026-03-02T17:00:00Z"), { seconds: 90 }).toISOString()).toBe("2026-03-02T17:01:30.000Z");
    expect(subtractBusinessTime(twentyFourSeven, at("2026-03-02T17:00:00Z"), { seconds: 90 }).toISOString()).toBe("2026-03-02T16:58:30.000Z");
  });
});

describe("instants as date-fns takes them: a Date or epoch milliseconds", () => {
  const ms = Date.UTC(2026, 2, 2, 17, 0);
  it("a number is the same instant as the Date of it, in every calendar function", () => {
    const date = at("2026-03-02T17:00:00Z");
    expect(addBusinessTime(globalSupportHours, ms, { hours: 30 })).toEqual(addBusinessTime(globalSupportHours, date, { hours: 30 }));
    expect(subtractBusinessTime(globalSupportHours, ms, { hours: 30 })).toEqual(subtractBusinessTime(globalSupportHours, date, { hours: 30 }));
    expect(businessTimeBetween(globalSupportHours, ms - 86_400_000, ms)).toBe(businessTimeBetween(globalSupportHours, at("2026-03-01T17:00:00Z"), date));
    expect(isOpen(globalSupportHours, ms)).toBe(true);
    expect(nextOpen(globalSupportHours, ms)).toEqual(date);
    expect(nextClose(globalSupportHours, ms)).toEqual(nextClose(globalSupportHours, date));
  });

  it("a fraction of a millisecond is cut toward zero, as new Date(number) does; -0 is 0", () => {
    expect(nextOpen(twentyFourSeven, ms + 0.9).getTime()).toBe(ms);
    expect(Object.is(nextOpen(utcAllWeek(), -0).getTime(), 0)).toBe(true);
  });

  it("a number outside the supported range is out_of_range, named as an instant or, past any Date, as the number", () => {
    expect(thrown(() => isOpen(globalSupportHours, Date.UTC(2200, 0, 1)))).toMatchObject({
      code: "out_of_range",
      path: ["at"],
      message: "The instant 2200-01-01T00:00:00.000Z is outside the supported range 1900-01-01T00:00:00.000Z to 2200-01-01T00:00:00.000Z",
    });
    expect(thrown(() => isOpen(globalSupportHours, 1e300)).message).toBe(
      "The instant 1e+300 ms after 1970-01-01T00:00:00.000Z is outside the supported range 1900-01-01T00:00:00.000Z to 2200-01-01T00:00:00.000Z",
    );
  });
});

describe("instants: a valid Date from 1900-01-01T00:00Z up to, not including, 2200-01-01T00:00Z", () => {
  it("each function names its instant argument in the error", () => {
    const bad = new Date(Number.NaN);
    const invalid = { code: "invalid_instant", message: "Expected a Date or epoch milliseconds; received an invalid Date" };
    expect(thrown(() => addBusinessTime(globalSupportHours, bad, 0))).toMatchObject({ ...invalid, path: ["start"] });
    expect(thrown(() => subtractBusinessTime(globalSupportHours, bad, 0))).toMatchObject({ ...invalid, path: ["end"] });
    expect(thrown(() => businessTimeBetween(globalSupportHours, bad, at("2026-03-02T17:00:00Z")))).toMatchObject({ ...invalid, path: ["a"] });
    expect(thrown(() => businessTimeBetween(globalSupportHours, at("2026-03-02T17:00:00Z"), bad))).toMatchObject({ ...invalid, path: ["b"] });
    expect(thrown(() => isOpen(globalSupportHours, bad))).toMatchObject({ ...invalid, path: ["at"] });
    expect(thrown(() => nextOpen(globalSupportHours, bad))).toMatchObject({ ...invalid, path: ["at"] });
    expect(thrown(() => nextClose(globalSupportHours, bad))).toMatchObject({ ...invalid, path: ["at"] });
  });

  it("an object that only inherits from Date.prototype is not a Date", () => {
    expect(thrown(() => isOpen(globalSupportHours, Object.create(Date.prototype) as Date))).toMatchObject({
      code: "invalid_type",
      path: ["at"],
      message: "Expected a Date or epoch milliseconds; received an object posing as a Date",
    });
  });

  it("describes what it received instead of a Date", () => {
    const message = (value: unknown): string => thrown(() => isOpen(globalSupportHours, value as Date)).message;
    expect(message(null)).toBe("Expected a Date or epoch milliseconds; received null");
    expect(message(undefined)).toBe("Expected a Date or epoch milliseconds; received undefined");
    expect(message([])).toBe("Expected a Date or epoch milliseconds; received an array");
    expect(message({})).toBe("Expected a Date or epoch milliseconds; received an object");
    expect(message(Number.NaN)).toBe("Expected a Date or epoch milliseconds; received the number NaN");
    expect(message(Number.POSITIVE_INFINITY)).toBe("Expected a Date or epoch milliseconds; received the number Infinity");
    expect(message(() => 0)).toBe("Expected a Date or epoch milliseconds; received a function");
    expect(message(false)).toBe("Expected a Date or epoch milliseconds; received a boolean");
    expect(message(1n)).toBe("Expected a Date or epoch milliseconds; received a bigint");
    expect(message(Symbol("at"))).toBe("Expected a Date or epoch milliseconds; received a symbol");
  });

  it("quotes a string of up to 40 characters whole, and cuts a longer one at 40 with an ellipsis", () => {
    const forty = "2026-03-02T17:00:00Z and some more words";
    expect(forty).toHaveLength(40);
    expect(thrown(() => isOpen(globalSupportHours, forty as never)).message).toBe(`Expected a Date or epoch milliseconds; received the string "${forty}"`);
    expect(thrown(() => isOpen(globalSupportHours, `${forty}!` as never)).message).toBe(`Expected a Date or epoch milliseconds; received the string "${forty}…"`);
  });

  it('"range limits": the first millisecond of 1900 and the last of 2199 are accepted', () => {
    const calendar = utcAllWeek();
    expect(isOpen(calendar, at("1900-01-01T00:00:00.000Z"))).toBe(true);
    expect(isOpen(calendar, at("2199-12-31T23:59:59.999Z"))).toBe(true);
  });

  it("the millisecond before 1900 and 2200-01-01T00:00Z itself are out_of_range", () => {
    expect(thrown(() => isOpen(globalSupportHours, at("1899-12-31T23:59:59.999Z")))).toMatchObject({
      code: "out_of_range",
      path: ["at"],
      message: `The instant 1899-12-31T23:59:59.999Z is outside the supported range ${RANGE}`,
    });
    expect(thrown(() => addBusinessTime(globalSupportHours, at("2200-01-01T00:00:00.000Z"), 0))).toMatchObject({
      code: "out_of_range",
      path: ["start"],
      message: `The instant 2200-01-01T00:00:00.000Z is outside the supported range ${RANGE}`,
    });
  });
});

describe("results outside the supported range are out_of_range", () => {
  it("adding past 2200 fails; adding up to its last day succeeds", () => {
    const calendar = utcAllWeek();
    expect(addBusinessTime(calendar, at("2199-12-30T12:00:00Z"), { hours: 24 }).toISOString()).toBe("2199-12-31T12:00:00.000Z");
    expect(thrown(() => addBusinessTime(calendar, at("2199-12-31T12:00:00Z"), { hours: 24 }))).toMatchObject({
      code: "out_of_range",
      path: ["duration"],
      message: RESULT_OUT_OF_RANGE,
    });
  });

  it("a deadline exactly at 2200-01-01T00:00Z is out of range, like that instant itself", () => {
    const calendar = utcAllWeek();
    expect(thrown(() => addBusinessTime(calendar, at("2199-12-31T00:00:00Z"), { hours: 24 }))).toMatchObject({
      code: "out_of_range",
      path: ["duration"],
      message: RESULT_OUT_OF_RANGE,
    });
    expect(addBusinessTime(calendar, at("2199-12-31T00:00:00Z"), 24 * 3_600_000 - 1).toISOString()).toBe("2199-12-31T23:59:59.999Z");
  });

  it("subtracting back into 1900 succeeds, and before it fails", () => {
    const calendar = utcAllWeek();
    expect(subtractBusinessTime(calendar, at("1901-01-01T12:00:00Z"), { hours: 24 }).toISOString()).toBe("1900-12-31T12:00:00.000Z");
    expect(subtractBusinessTime(calendar, at("1900-01-01T12:00:00Z"), { hours: 12 }).toISOString()).toBe("1900-01-01T00:00:00.000Z");
    expect(thrown(() => subtractBusinessTime(calendar, at("1900-01-01T12:00:00Z"), { hours: 13 }))).toMatchObject({
      code: "out_of_range",
      path: ["duration"],
      message: RESULT_OUT_OF_RANGE,
    });
  });

  it("a calendar that never opens again before 2200 has no next opening", () => {
    const calendar = defineCalendar({
      timeZone: "UTC",
      weekly: { mon: [["09:00", "17:00"]] },
      holidays: [{ from: "2199-06-01", to: "2199-12-31" }],
    });
    expect(thrown(() => nextOpen(calendar, at("2199-06-01T00:00:00Z")))).toMatchObject({
      code: "out_of_range",
      path: ["at"],
      message: RESULT_OUT_OF_RANGE,
    });
    expect(thrown(() => nextClose(calendar, at("2199-06-01T00:00:00Z")))).toMatchObject({ code: "out_of_range", path: ["at"] });
  });

  it("an open period still running at 2200 has no close in range", () => {
    // 2199-12-31 is a Tuesday: Global Support Hours are open from Sunday 15:00 to Friday 17:00.
    expect(thrown(() => nextClose(globalSupportHours, at("2199-12-31T12:00:00Z")))).toMatchObject({
      code: "out_of_range",
      path: ["at"],
      message: RESULT_OUT_OF_RANGE,
    });
  });
});
