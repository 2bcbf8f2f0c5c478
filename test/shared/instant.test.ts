import { fc, test } from "../support/property.js";
import { describe, expect, it } from "vitest";
import { MAX_INSTANT, MIN_INSTANT } from "../../src/shared/instant-range.js";
import { parseIsoInstant } from "../../src/shared/parse-iso-instant.js";
import { readInstant } from "../../src/shared/read-instant.js";

describe("instants, read one way by every area", () => {
  it("reads ISO 8601 with Z or an offset, with or without seconds and fractions", () => {
    expect(parseIsoInstant("2026-11-20T10:00:00.000Z")).toBe(Date.UTC(2026, 10, 20, 10));
    expect(parseIsoInstant("2026-11-20T10:00Z")).toBe(Date.UTC(2026, 10, 20, 10));
    expect(parseIsoInstant("2026-11-20T15:30:00+05:30")).toBe(Date.UTC(2026, 10, 20, 10));
    expect(parseIsoInstant("2026-11-20T02:00:00.5-08:00")).toBe(Date.UTC(2026, 10, 20, 10, 0, 0, 500));
    expect(parseIsoInstant("2024-02-29T00:00:00.000Z")).toBe(Date.UTC(2024, 1, 29));
  });

  it("rejects calendar dates that do not exist, which Date.parse would roll over", () => {
    for (const text of ["2026-02-29T00:00:00.000Z", "2026-02-30T00:00:00Z", "2026-04-31T00:00:00Z", "2026-13-01T00:00:00Z", "2026-01-01T24:00:00Z", "2026-01-01T10:60:00Z", "2026-01-01T10:00:00+24:00"]) {
      expect(parseIsoInstant(text)).toBeNaN();
    }
  });

  it("rejects text without an offset, so the host time zone never matters", () => {
    for (const text of ["2026-11-20T10:00:00", "2026-11-20", "20 Nov 2026", ""]) expect(parseIsoInstant(text)).toBeNaN();
  });

  it("keeps to the SLA engine's range, years 1900 to 2199", () => {
    expect(readInstant("1899-12-31T23:59:59Z")).toMatchObject({ code: "out_of_range" });
    expect(readInstant(new Date(Date.UTC(2200, 0, 1)))).toMatchObject({ code: "out_of_range" });
    expect(readInstant(new Date(Number.NaN))).toMatchObject({ code: "invalid_instant" });
    expect(readInstant(true)).toMatchObject({ code: "invalid_type" });
  });

  test.prop([fc.integer({ min: MIN_INSTANT, max: MAX_INSTANT - 1 })])("every toISOString text reads back to its instant, as Date.parse reads it", (ms) => {
    const text = new Date(ms).toISOString();
    expect(parseIsoInstant(text)).toBe(ms);
    expect(readInstant(text)).toBe(Date.parse(text));
  });

  test.prop([fc.integer({ min: MIN_INSTANT, max: MAX_INSTANT - 1 }), fc.boolean(), fc.nat(), fc.constantFrom("/", ":", "a", " ", "-", ".", "\u0663", "\uff10", "\u0000")])(
    "a canonical text with any one digit replaced by a character that is none is no instant",
    (ms, withMilliseconds, index, character) => {
      const full = new Date(ms).toISOString();
      const text = withMilliseconds ? full : `${full.slice(0, 19)}Z`;
      const digits = Array.from({ length: text.length }, (_, i) => i).filter((i) => /\d/.test(text.charAt(i)));
      const at = digits[index % digits.length] as number;
      expect(parseIsoInstant(text.slice(0, at) + character + text.slice(at + 1))).toBeNaN();
    },
  );

  it("reads the years 1000 to 9999 digit by digit, and no year before", () => {
    expect(parseIsoInstant("1000-01-01T00:00:00.000Z")).toBe(Date.UTC(1000, 0, 1));
    expect(parseIsoInstant("9999-12-31T23:59:59.999Z")).toBe(Date.UTC(9999, 11, 31, 23, 59, 59, 999));
    expect(parseIsoInstant("0999-12-31T23:59:59Z")).toBeNaN();
  });

  test.prop([fc.integer({ min: MIN_INSTANT + 86_400_000, max: MAX_INSTANT - 86_400_000 }), fc.integer({ min: -23 * 60, max: 23 * 60 })])(
    "an instant written with any offset reads back to the same instant",
    (ms, offsetMinutes) => {
      const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19);
      const sign = offsetMinutes < 0 ? "-" : "+";
      const abs = Math.abs(offsetMinutes);
      const text = `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
      expect(parseIsoInstant(text)).toBe(Math.floor(ms / 1000) * 1000);
    },
  );

  test.prop([fc.integer({ min: MIN_INSTANT + 86_400_000, max: MAX_INSTANT - 86_400_000 }), fc.integer({ min: -23 * 60, max: 23 * 60 })])(
    "an instant with milliseconds and an offset (read digit by digit) reads back to the same instant, as the pattern reads it",
    (ms, offsetMinutes) => {
      const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 23);
      const sign = offsetMinutes < 0 ? "-" : "+";
      const abs = Math.abs(offsetMinutes);
      const text = `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
      expect(parseIsoInstant(text)).toBe(ms);
      // The same text with a lower-case t takes the pattern.
      expect(parseIsoInstant(text.replace("T", "t"))).toBe(ms);
    },
  );

  it("refuses an offset beyond 23:59 and a day that does not exist in the digit-by-digit form too", () => {
    expect(parseIsoInstant("2026-03-02T09:00:00.000+24:00")).toBeNaN();
    expect(parseIsoInstant("2026-03-02T09:00:00.000+11:60")).toBeNaN();
    expect(parseIsoInstant("2026-02-30T09:00:00.000+11:00")).toBeNaN();
    expect(parseIsoInstant("2026-03-02T09:00:00.0a0+11:00")).toBeNaN();
    expect(parseIsoInstant("2026-03-02T09:00:00.000-05:30")).toBe(Date.UTC(2026, 2, 2, 14, 30));
  });
});
