import { offsetAt } from "../../sla/internal/zone.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Tick spacings to choose from, smallest first: the first that gives at most MAX_TICKS wins. */
const STEPS = [15 * MINUTE, 30 * MINUTE, HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY, 7 * DAY, 14 * DAY, 28 * DAY];
const MAX_TICKS = 9;

/** One labelled gridline of a timeline's axis. */
export interface AxisTick {
  readonly at: number;
  readonly label: string;
}

const hourFormats = new Map<string, Intl.DateTimeFormat>();
const dayFormats = new Map<string, Intl.DateTimeFormat>();

function format(cache: Map<string, Intl.DateTimeFormat>, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let formatter = cache.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat("en-GB", { timeZone, ...options });
    cache.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Gridlines from `start` to `end` on the wall clock of `timeZone`: quarter or half hours, whole
 * hours (1, 2, 3, 6 or 12) or local midnights, as few as keep the count at most nine. Hour
 * ticks are labelled `HH:MM`, with the day (`Fri 20`) on the first and at each midnight; day
 * ticks `Fri 20 Nov`.
 */
export function axisTicks(start: number, end: number, timeZone: string): AxisTick[] {
  const span = end - start;
  const step = STEPS.find((candidate) => span / candidate <= MAX_TICKS) ?? Math.ceil(span / MAX_TICKS / DAY) * DAY;
  const hours = format(hourFormats, timeZone, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const days = format(dayFormats, timeZone, { weekday: "short", day: "numeric", month: "short" });
  const ticks: AxisTick[] = [];
  // Walk in local wall-clock time (instant plus the zone's offset), so ticks fall on the zone's
  // whole hours and midnights; each local tick maps back through the offset in force there.
  let local = Math.ceil((start + offsetAt(timeZone, start)) / step) * step;
  let previousDay: string | null = null;
  for (let guard = 0; guard < MAX_TICKS + 3; guard++, local += step) {
    const guess = local - offsetAt(timeZone, local - offsetAt(timeZone, start));
    const at = local - offsetAt(timeZone, guess);
    if (at > end) break;
    if (at < start) continue;
    const day = days.format(at);
    if (step >= DAY) {
      ticks.push({ at, label: day });
    } else {
      const dayLabel = day.split(" ").slice(0, 2).join(" ");
      ticks.push({ at, label: day === previousDay ? hours.format(at) : `${dayLabel} ${hours.format(at)}` });
    }
    previousDay = day;
  }
  return ticks;
}
