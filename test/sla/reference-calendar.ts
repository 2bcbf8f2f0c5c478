// A slow, obviously correct model of docs/rules.md §1, for comparison with the engine. It reads the
// spec directly and steps one minute at a time; it shares no code with src/.

import type { CalendarSpec } from "../../src/sla/calendar-spec.js";

const MINUTE = 60_000;
const KEYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
const formatters = new Map<string, Intl.DateTimeFormat>();

interface Wall {
  readonly date: string;
  readonly weekday: number;
  readonly minute: number;
}

function wallClock(timeZone: string, instant: number): Wall {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      weekday: "short",
    });
    formatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((p) => [p.type, p.value]));
  const weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(parts["weekday"]!);
  return {
    date: `${parts["year"]}-${parts["month"]}-${parts["day"]}`,
    weekday,
    minute: Number(parts["hour"]) * 60 + Number(parts["minute"]),
  };
}

function minutes(text: string): number {
  const [h, m] = text.split(":").map(Number);
  return h! * 60 + m!;
}

function previousDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

function isHoliday(spec: CalendarSpec, date: string): boolean {
  return (spec.holidays ?? []).some((h) => (typeof h === "string" ? h === date : h.from <= date && date <= h.to));
}

function hoursOf(spec: CalendarSpec, date: string, weekday: number): readonly (readonly [string, string])[] {
  const override = (spec.overrides ?? []).find((o) => o.date === date);
  if (override) return override.hours;
  return spec.weekly[KEYS[weekday]!] ?? [];
}

/** Whether the minute starting at `instant` (a whole minute) is business time. */
export function referenceIsOpen(spec: CalendarSpec, instant: number): boolean {
  const wall = wallClock(spec.timeZone, instant);
  if (isHoliday(spec, wall.date)) return false;
  for (const [s, e] of hoursOf(spec, wall.date, wall.weekday)) {
    const start = minutes(s);
    const end = minutes(e);
    const ownEnd = end > start ? end : 1440;
    if (wall.minute >= start && wall.minute < ownEnd) return true;
  }
  const yesterday = previousDate(wall.date);
  for (const [s, e] of hoursOf(spec, yesterday, (wall.weekday + 6) % 7)) {
    const start = minutes(s);
    const end = minutes(e);
    if (end <= start && wall.minute < end) return true;
  }
  return false;
}

/** Open minutes in [a, b), by counting them (a and b whole minutes, a <= b). */
export function referenceBetween(spec: CalendarSpec, a: number, b: number): number {
  let count = 0;
  for (let t = a; t < b; t += MINUTE) if (referenceIsOpen(spec, t)) count++;
  return count * MINUTE;
}

/** The earliest instant at which `n` open minutes have elapsed since `start`. */
export function referenceAdd(spec: CalendarSpec, start: number, n: number): number {
  if (n === 0) return start;
  let count = 0;
  for (let t = start; ; t += MINUTE) {
    if (referenceIsOpen(spec, t)) {
      count++;
      if (count === n) return t + MINUTE;
    }
  }
}

/** The first open minute at or after `start`. */
export function referenceNextOpen(spec: CalendarSpec, start: number): number {
  for (let t = start; ; t += MINUTE) if (referenceIsOpen(spec, t)) return t;
}
