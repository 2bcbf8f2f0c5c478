// The text formatters the command line's tables and the report page share.
import { describe, expect, it } from "vitest";
import { formatDuration } from "../../src/shared/format-duration.js";
import { formatInstant } from "../../src/shared/format-instant.js";
import { fc, test } from "../support/property.js";

const MINUTE = 60_000;

/** Reads a duration back from its text, in whole minutes (the inverse the property checks). */
function minutesOf(text: string): number {
  const sign = text.startsWith("-") ? -1 : 1;
  const days = /(\d+)d/.exec(text)?.[1];
  const hours = /(\d+)h/.exec(text)?.[1];
  const minutes = /(\d+)m/.exec(text)?.[1];
  return sign * (Number(days ?? 0) * 1440 + Number(hours ?? 0) * 60 + Number(minutes ?? 0));
}

describe("formatDuration", () => {
  it.each([
    [0, "0m"],
    [59_999, "0m"],
    [-59_999, "0m"],
    [45 * MINUTE, "45m"],
    [-30 * MINUTE, "-30m"],
    [3 * 60 * MINUTE + 5 * MINUTE, "3h 05m"],
    [-(15 * 60 + 30) * MINUTE, "-15h 30m"],
    [(47 * 60 + 59) * MINUTE, "47h 59m"],
    [48 * 60 * MINUTE, "2d 0h"],
    [(52 * 60 + 59) * MINUTE, "2d 4h"],
  ])("%i ms is %s", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  test.prop([fc.integer({ min: -30 * 86_400_000, max: 30 * 86_400_000 })])("truncates toward zero: never shows more time than there is, never a minute less below 48 h", (ms) => {
    const shown = minutesOf(formatDuration(ms)) * MINUTE;
    expect(Math.abs(shown)).toBeLessThanOrEqual(Math.abs(ms));
    if (Math.abs(ms) < 48 * 3_600_000) expect(Math.abs(ms) - Math.abs(shown)).toBeLessThan(MINUTE);
    else expect(Math.abs(ms) - Math.abs(shown)).toBeLessThan(3_600_000);
  });

  test.prop([fc.integer({ min: MINUTE, max: 30 * 86_400_000 })])("an overrun is the same text with a minus sign", (ms) => {
    expect(formatDuration(-ms)).toBe(`-${formatDuration(ms)}`);
  });
});

describe("formatInstant", () => {
  it("shows the wall clock of the zone asked for, across a DST change", () => {
    expect(formatInstant("2026-03-09T21:00:00.000Z", "America/Los_Angeles")).toBe("Mon 2026-03-09 14:00 PDT");
    expect(formatInstant("2026-03-06T21:00:00.000Z", "America/Los_Angeles")).toBe("Fri 2026-03-06 13:00 PST");
    expect(formatInstant(new Date("2026-11-20T17:40:00Z"), "UTC")).toBe("Fri 2026-11-20 17:40 UTC");
    expect(formatInstant("2026-11-20T17:40:00Z", "Asia/Kolkata")).toBe("Fri 2026-11-20 23:10 IST");
  });

  it("names the zone by its abbreviation where it has one (CET, CEST, AEST, BST), never GMT+1; an offset only where none exists", () => {
    expect(formatInstant("2026-11-20T17:00:00Z", "Europe/Berlin")).toBe("Fri 2026-11-20 18:00 CET");
    expect(formatInstant("2026-07-20T17:00:00Z", "Europe/Amsterdam")).toBe("Mon 2026-07-20 19:00 CEST");
    expect(formatInstant("2026-07-20T17:00:00Z", "Europe/London")).toBe("Mon 2026-07-20 18:00 BST");
    expect(formatInstant("2026-07-20T17:00:00Z", "Australia/Brisbane")).toBe("Tue 2026-07-21 03:00 AEST");
    expect(formatInstant("2026-07-20T17:00:00Z", "Asia/Tokyo")).toBe("Tue 2026-07-21 02:00 GMT+9");
  });

  test.prop([fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) })])("in UTC, it is the ISO instant to the minute", (ms) => {
    const iso = new Date(ms).toISOString();
    expect(formatInstant(iso, "UTC").slice(4)).toBe(`${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`);
  });
});
