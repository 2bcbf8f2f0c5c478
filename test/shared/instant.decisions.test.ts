import { describe, expect, it } from "vitest";
import { emergencyPaging } from "../../src/routing/emergency-paging.js";
import { parseIsoInstant } from "../../src/shared/parse-iso-instant.js";
import { readInstant } from "../../src/shared/read-instant.js";
import { expectError } from "../routing/helpers.js";

const EXPECTED = 'Expected an ISO 8601 date-time with "Z" or an offset (e.g. "2026-11-20T10:00:00Z"), a Date or epoch milliseconds; received';
const RANGE = "outside the supported range 1900-01-01T00:00:00.000Z to 2200-01-01T00:00:00.000Z";

describe("the one instant parser, exactly", () => {
  it("the canonical form: every separator must be where toISOString puts it", () => {
    const canonical = "2026-11-20T10:00:00.000Z";
    expect(parseIsoInstant(canonical)).toBe(Date.UTC(2026, 10, 20, 10));
    for (const position of [4, 7, 10, 13, 16, 19, 23]) {
      const broken = `${canonical.slice(0, position)}x${canonical.slice(position + 1)}`;
      expect(parseIsoInstant(broken), broken).toBeNaN();
    }
  });

  it("the canonical form: a non-digit where a digit belongs, either side of the digits, is rejected", () => {
    for (const text of ["2026-1/-20T10:00:00.000Z", "2026-1:-20T10:00:00.000Z", "2026-11-20T10:00:00.00:Z", "/026-11-20T10:00:00.000Z"]) {
      expect(parseIsoInstant(text), text).toBeNaN();
    }
  });

  it("the canonical form reads every field: year, month, day, hours, minutes, seconds, milliseconds", () => {
    expect(parseIsoInstant("2187-09-08T07:06:05.432Z")).toBe(Date.UTC(2187, 8, 8, 7, 6, 5, 432));
    expect(parseIsoInstant("1901-12-31T23:59:59.999Z")).toBe(Date.UTC(1901, 11, 31, 23, 59, 59, 999));
  });

  it("calendar limits: months 1 to 12, days from 1 to the month's length, hours to 23, minutes and seconds to 59", () => {
    for (const text of ["2026-00-10T00:00:00.000Z", "2026-01-00T00:00:00.000Z", "2026-12-32T00:00:00.000Z", "2026-06-31T00:00:00.000Z", "2026-01-01T00:00:60.000Z", "2026-01-01T00:60:00Z"]) {
      expect(parseIsoInstant(text), text).toBeNaN();
    }
    expect(parseIsoInstant("2026-12-31T23:59:59.000Z")).toBe(Date.UTC(2026, 11, 31, 23, 59, 59));
    expect(parseIsoInstant("2026-01-31T00:00:00Z")).toBe(Date.UTC(2026, 0, 31));
    expect(parseIsoInstant("2026-02-28T00:00:00Z")).toBe(Date.UTC(2026, 1, 28));
  });

  it("leap years: every fourth year, not centuries, but every fourth century; only February gains a day", () => {
    expect(parseIsoInstant("2024-02-29T00:00:00Z")).toBe(Date.UTC(2024, 1, 29));
    expect(parseIsoInstant("2000-02-29T00:00:00Z")).toBe(Date.UTC(2000, 1, 29));
    expect(parseIsoInstant("2100-02-29T00:00:00Z")).toBeNaN();
    expect(parseIsoInstant("2026-02-29T00:00:00Z")).toBeNaN();
    expect(parseIsoInstant("2024-03-29T00:00:00Z")).toBe(Date.UTC(2024, 2, 29));
    expect(parseIsoInstant("2024-04-31T00:00:00Z")).toBeNaN();
    expect(parseIsoInstant("2024-01-32T00:00:00Z")).toBeNaN();
  });

  it("a year before 1000 is not read", () => {
    expect(parseIsoInstant("0999-12-31T00:00:00.000Z")).toBeNaN();
    expect(parseIsoInstant("1000-01-01T00:00:00.000Z")).toBe(Date.UTC(1000, 0, 1));
  });

  it("fractions of a second: one to nine digits, read to the millisecond", () => {
    expect(parseIsoInstant("2026-11-20T10:00:00.5Z")).toBe(Date.UTC(2026, 10, 20, 10, 0, 0, 500));
    expect(parseIsoInstant("2026-11-20T10:00:00.05Z")).toBe(Date.UTC(2026, 10, 20, 10, 0, 0, 50));
    expect(parseIsoInstant("2026-11-20T10:00:00.123456789Z")).toBe(Date.UTC(2026, 10, 20, 10, 0, 0, 123));
    expect(parseIsoInstant("2026-11-20T10:00:00.Z")).toBeNaN();
  });

  it("offsets: up to 23:59 either way; a lower-case t and z are read too", () => {
    expect(parseIsoInstant("2026-11-20T23:59:00+23:59")).toBe(Date.UTC(2026, 10, 20));
    expect(parseIsoInstant("2026-11-20T00:00:00-23:59")).toBe(Date.UTC(2026, 10, 20, 23, 59));
    expect(parseIsoInstant("2026-11-20T10:00:00+05:60")).toBeNaN();
    expect(parseIsoInstant("2026-11-20t10:00:00z")).toBe(Date.UTC(2026, 10, 20, 10));
    expect(parseIsoInstant("x2026-11-20T10:00:00Z")).toBeNaN();
    expect(parseIsoInstant("2026-11-20T10:00:00Zx")).toBeNaN();
  });

  it("the supported range is inclusive at 1900 and exclusive at 2200, with its message", () => {
    expect(readInstant("1900-01-01T00:00:00.000Z")).toBe(Date.UTC(1900, 0, 1));
    expect(readInstant("2199-12-31T23:59:59.999Z")).toBe(Date.UTC(2200, 0, 1) - 1);
    expect(readInstant("1899-12-31T23:59:59.999Z")).toEqual({ code: "out_of_range", message: `The instant 1899-12-31T23:59:59.999Z is ${RANGE}` });
    expect(readInstant("2200-01-01T00:00:00.000Z")).toEqual({ code: "out_of_range", message: `The instant 2200-01-01T00:00:00.000Z is ${RANGE}` });
  });

  it("what is not an instant, with the value received in the message", () => {
    expect(readInstant("yesterday")).toEqual({ code: "invalid_instant", message: `${EXPECTED} the string "yesterday"` });
    expect(readInstant(new Date(Number.NaN))).toEqual({ code: "invalid_instant", message: `${EXPECTED} an invalid Date` });
    expect(readInstant(Number.NaN)).toEqual({ code: "invalid_instant", message: `${EXPECTED} the number NaN` });
    expect(readInstant(true)).toEqual({ code: "invalid_type", message: `${EXPECTED} a boolean` });
    expect(readInstant(null)).toEqual({ code: "invalid_type", message: `${EXPECTED} null` });
    expect(readInstant(undefined)).toEqual({ code: "invalid_type", message: `${EXPECTED} undefined` });
    expect(readInstant(new Date(Date.UTC(2026, 0, 1)))).toBe(Date.UTC(2026, 0, 1));
  });

  it("epoch milliseconds are an instant as new Date(number) reads them, a fraction cut toward zero, in the same range", () => {
    expect(readInstant(Date.UTC(2026, 0, 1))).toBe(Date.UTC(2026, 0, 1));
    expect(readInstant(1.9)).toBe(1);
    expect(readInstant(-1.9)).toBe(-1);
    expect(readInstant(Date.UTC(2200, 0, 1))).toEqual({ code: "out_of_range", message: `The instant 2200-01-01T00:00:00.000Z is ${RANGE}` });
    expect(readInstant(1e16)).toEqual({ code: "out_of_range", message: `The instant 10000000000000000 ms after 1970-01-01T00:00:00.000Z is ${RANGE}` });
  });

  it("instants in input: a malformed one, and `now` that is not an instant", () => {
    expectError(() => emergencyPaging({ triggeredAt: "soon" }, new Date(0), "gitlab2026"), "invalid_instant", ["incident", "triggeredAt"], `${EXPECTED} the string "soon"`);
    expectError(() => emergencyPaging({ triggeredAt: "2026-11-20T10:00:00Z" }, "now", "gitlab2026"), "invalid_instant", ["now"], `${EXPECTED} the string "now"`);
  });
});
