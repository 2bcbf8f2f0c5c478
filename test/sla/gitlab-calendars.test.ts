import { describe, expect, it } from "vitest";
import { businessTimeBetween } from "../../src/sla/business-time-between.js";
import type { BusinessCalendar } from "../../src/sla/business-calendar.js";
import {
  amerSupportHours,
  amerSupportHoursSpec,
  apacSupportHoursSpec,
  emeaSupportHoursSpec,
  globalSupportHoursSpec,
  twentyFourSevenSpec,
  usGovernmentEmergencyHoursSpec,
  usGovernmentSupportHoursSpec,
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

describe("GitLab's calendars (docs/rules.md §1 table)", () => {
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

  it("each calendar is defined from its exported spec, as the table names it", () => {
    const allDay = [["00:00", "24:00"]];
    const fiveToFive = [["05:00", "17:00"]];
    const weekdays = (hours: string[][]) => ({ mon: hours, tue: hours, wed: hours, thu: hours, fri: hours });
    const table: [BusinessCalendar, unknown][] = [
      [twentyFourSeven, { name: "24x7", timeZone: "America/Los_Angeles", weekly: { sun: allDay, ...weekdays(allDay), sat: allDay } }],
      [
        globalSupportHours,
        {
          name: "Global Support Hours (24x5)",
          timeZone: "America/Los_Angeles",
          weekly: { sun: [["15:00", "24:00"]], mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: [["00:00", "17:00"]] },
        },
      ],
      [amerSupportHours, { name: "AMER", timeZone: "America/Los_Angeles", weekly: weekdays(fiveToFive) }],
      [apacSupportHours, { name: "APAC", timeZone: "Australia/Brisbane", weekly: weekdays([["09:00", "21:00"]]) }],
      [emeaSupportHours, { name: "EMEA", timeZone: "Europe/Amsterdam", weekly: weekdays([["08:00", "18:00"]]) }],
      [usGovernmentSupportHours, { name: "US Government 12x5", timeZone: "America/Los_Angeles", weekly: weekdays(fiveToFive) }],
      [
        usGovernmentEmergencyHours,
        { name: "US Government emergency hours", timeZone: "America/Los_Angeles", weekly: { sun: fiveToFive, ...weekdays(fiveToFive), sat: fiveToFive } },
      ],
    ];
    for (const [calendar, expected] of table) {
      expect(JSON.parse(JSON.stringify(calendar))).toEqual(expected);
      expect(calendar.timeZone).toBe((expected as { timeZone: string }).timeZone);
    }
    expect([
      twentyFourSevenSpec,
      globalSupportHoursSpec,
      amerSupportHoursSpec,
      apacSupportHoursSpec,
      emeaSupportHoursSpec,
      usGovernmentSupportHoursSpec,
      usGovernmentEmergencyHoursSpec,
    ]).toEqual(table.map(([, expected]) => expected));
  });
});
