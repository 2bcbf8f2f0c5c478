import { fc } from "../support/property.js";
import type { CalendarSpec } from "../../src/sla/calendar-spec.js";

/** Zones with DST north and south, half-hour and 45-minute offsets, and Lord Howe's 30-minute DST. */
export const ZONES = [
  "America/Los_Angeles",
  "Europe/Berlin",
  "Australia/Sydney",
  "Australia/Lord_Howe",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Pacific/Chatham",
  "America/St_Johns",
  "America/Santiago",
  "Pacific/Apia",
  "UTC",
] as const;

const pad = (n: number): string => String(n).padStart(2, "0");
const hhmm = (m: number): string => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;

/** A day's hours: up to three disjoint intervals on a 15-minute grid, the last maybe overnight. */
const dayHours = fc
  .record({
    points: fc.uniqueArray(fc.integer({ min: 0, max: 96 }), { minLength: 0, maxLength: 6 }),
    overnightEnd: fc.option(fc.integer({ min: 0, max: 95 }), { nil: undefined }),
  })
  .map(({ points, overnightEnd }) => {
    const sorted = [...points].sort((a, b) => a - b).map((p) => p * 15);
    const hours: [string, string][] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) hours.push([hhmm(sorted[i]!), hhmm(sorted[i + 1]!)]);
    const lastEnd = sorted.length >= 2 ? sorted[sorted.length - (sorted.length % 2 === 0 ? 1 : 2)]! : 0;
    const spare = sorted.length % 2 === 1 ? sorted[sorted.length - 1]! : undefined;
    // An odd point left over opens an overnight shift, ending the next morning.
    if (spare !== undefined && spare < 1440 && spare >= lastEnd && overnightEnd !== undefined && overnightEnd * 15 < spare) {
      hours.push([hhmm(spare), hhmm(overnightEnd * 15)]);
    }
    return hours.filter(([s]) => s !== "24:00");
  });

const localDate = fc.date({ min: new Date("2025-12-20T00:00:00Z"), max: new Date("2027-01-10T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

export const calendarSpec: fc.Arbitrary<CalendarSpec> = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    week: fc.array(dayHours, { minLength: 7, maxLength: 7 }),
    holidays: fc.array(
      fc.oneof(
        localDate,
        fc.tuple(localDate, fc.integer({ min: 0, max: 4 })).map(([from, days]) => ({
          from,
          to: new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10),
        })),
      ),
      { maxLength: 4 },
    ),
    overrides: fc.uniqueArray(fc.record({ date: localDate, hours: dayHours }), { maxLength: 3, selector: (o) => o.date }),
  })
  .map(({ timeZone, week, holidays, overrides }) => {
    const keys = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
    const weekly: Record<string, [string, string][]> = {};
    keys.forEach((key, i) => {
      if (week[i]!.length > 0) weekly[key] = week[i]!;
    });
    const closed = (date: string): boolean =>
      holidays.some((h) => (typeof h === "string" ? h === date : h.from <= date && date <= h.to));
    return { timeZone, weekly, holidays, overrides: overrides.filter((o) => !closed(o.date)) };
  })
  // At least two open hours a week, so that a year of business time from any generated instant
  // stays inside the engine's supported years (1900–2199) in both directions.
  .filter((spec) => weeklyOpenMinutes(spec.weekly) >= 120);

function weeklyOpenMinutes(weekly: Record<string, [string, string][]>): number {
  const minutes = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
  let total = 0;
  for (const hours of Object.values(weekly)) {
    for (const [start, end] of hours) total += minutes(end) > minutes(start) ? minutes(end) - minutes(start) : 1440 - minutes(start) + minutes(end);
  }
  return total;
}

/** Whole-minute instants around 2026's DST changes in both hemispheres. */
export const instant: fc.Arbitrary<number> = fc
  .oneof(
    fc.integer({ min: Date.UTC(2026, 1, 25), max: Date.UTC(2026, 3, 10) }),
    fc.integer({ min: Date.UTC(2026, 8, 20), max: Date.UTC(2026, 10, 8) }),
    fc.integer({ min: Date.UTC(2025, 11, 20), max: Date.UTC(2027, 0, 5) }),
  )
  .map((t) => Math.floor(t / 60_000) * 60_000);
