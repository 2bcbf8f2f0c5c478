import { describe, expect, it } from "vitest";
import { businessTimeBetween } from "../../src/sla/business-time-between.js";
import type { BusinessCalendar } from "../../src/sla/business-calendar.js";
import {
  amerSupportHours,
  apacSupportHours,
  emeaSupportHours,
  globalSupportHours,
  twentyFourSeven,
  usGovernmentEmergencyHours,
  usGovernmentSupportHours,
} from "../../src/sla/gitlab-calendars.js";
import { isOpen } from "../../src/sla/is-open.js";
import { nextClose } from "../../src/sla/next-close.js";
import { nextOpen } from "../../src/sla/next-open.js";

const HOUR = 3_600_000;
const weekHours = (calendar: BusinessCalendar, from: string): number =>
  businessTimeBetween(calendar, new Date(from), new Date(new Date(from).getTime() + 7 * 24 * HOUR)) / HOUR;

describe("GitLab's calendars (POLICIES §1 table)", () => {
  it('"24x7 | America/Los_Angeles | every day 00:00–24:00 | none"', () => {
    expect(weekHours(twentyFourSeven, "2026-06-01T00:00:00Z")).toBe(168);
    expect(nextClose(twentyFourSeven, new Date("2026-06-01T00:00:00Z"))).toBeNull();
  });

  it('"Global Support Hours (24x5) | Sun 15:00–24:00, Mon–Thu 00:00–24:00, Fri 00:00–17:00 | none (a legal decision)"', () => {
    expect(weekHours(globalSupportHours, "2026-06-07T07:00:00Z")).toBe(9 + 4 * 24 + 17);
    // Christmas Day 2026 is a Friday, and open until 17:00 Pacific.
    expect(isOpen(globalSupportHours, new Date("2026-12-25T20:00:00Z"))).toBe(true);
  });

  it('"AMER | America/Los_Angeles | Mon–Fri 05:00–17:00"', () => {
    expect(weekHours(amerSupportHours, "2026-06-01T00:00:00Z")).toBe(60);
    expect(nextOpen(amerSupportHours, new Date("2026-06-01T07:00:00Z")).toISOString()).toBe("2026-06-01T12:00:00.000Z");
  });

  it('"APAC | Australia/Brisbane | Mon–Fri 09:00–21:00"', () => {
    expect(weekHours(apacSupportHours, "2026-06-01T00:00:00Z")).toBe(60);
    expect(nextOpen(apacSupportHours, new Date("2026-05-31T12:00:00Z")).toISOString()).toBe("2026-05-31T23:00:00.000Z");
  });

  it('"EMEA | Europe/Amsterdam | Mon–Fri 08:00–18:00"', () => {
    expect(weekHours(emeaSupportHours, "2026-06-01T00:00:00Z")).toBe(50);
    expect(nextOpen(emeaSupportHours, new Date("2026-06-01T00:00:00Z")).toISOString()).toBe("2026-06-01T06:00:00.000Z");
  });

  it('"US Government 12x5 | America/Los_Angeles | Mon–Fri 05:00–17:00"; emergencies every day 05:00–17:00', () => {
    expect(weekHours(usGovernmentSupportHours, "2026-06-01T00:00:00Z")).toBe(60);
    expect(weekHours(usGovernmentEmergencyHours, "2026-06-01T00:00:00Z")).toBe(84);
  });
});
