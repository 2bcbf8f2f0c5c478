import { type BusinessCalendar, timelineOf } from "../../business-calendar.js";
import type { Timeline } from "../timeline.js";

/**
 * Business-time math on one calendar, on epoch milliseconds: the calendar's own engine (what
 * `businessTimeBetween` and `addBusinessTime` wrap), without a `Date` per call, because an
 * evaluation asks it a few dozen times. Each question is a binary search in the calendar's open
 * intervals, which the calendar materialises once; a clock holds nothing of any ticket, so one
 * clock per calendar serves every evaluation.
 */
export interface BusinessClock {
  /** Business milliseconds in [a, b), for a <= b. */
  between(a: number, b: number): number;
  /** The earliest instant at which `duration` business milliseconds have elapsed from `start`. */
  add(start: number, duration: number): number;
  /** Whether `t` is business time (JSM's "within calendar hours"). */
  isOpen(t: number): boolean;
}

/** Around the clock: business time is elapsed real time. */
export const aroundTheClock: BusinessClock = {
  between: (a, b) => b - a,
  add: (start, duration) => start + duration,
  isOpen: () => true,
};

/** Where a due instant past the supported range is reported: one frozen array for every question, not one made per call. */
const TICKET_PATH: readonly PropertyKey[] = Object.freeze(["ticket"]);

/** A calendar's clock. */
class CalendarClock implements BusinessClock {
  readonly #timeline: Timeline;

  constructor(calendar: BusinessCalendar) {
    this.#timeline = timelineOf(calendar);
  }

  between(a: number, b: number): number {
    return this.#timeline.between(a, b);
  }

  add(start: number, duration: number): number {
    return this.#timeline.add(start, duration, TICKET_PATH);
  }

  isOpen(t: number): boolean {
    return this.#timeline.isOpen(t);
  }
}

const clocks = new WeakMap<BusinessCalendar, BusinessClock>();
// The calendar asked for last: an evaluation's cycles mostly run on one calendar.
let lastCalendar: BusinessCalendar | null = null;
let lastClock: BusinessClock = aroundTheClock;

/** The clock of `calendar`, made on first use and kept as long as the calendar. */
export function calendarClock(calendar: BusinessCalendar): BusinessClock {
  // Stryker disable next-line ConditionalExpression: a cache: the look-up below answers alike
  if (calendar === lastCalendar) return lastClock;
  let clock = clocks.get(calendar);
  // Stryker disable next-line ConditionalExpression: a cache: a new clock answers alike
  if (clock === undefined) {
    clock = new CalendarClock(calendar);
    clocks.set(calendar, clock);
  }
  lastCalendar = calendar;
  lastClock = clock;
  return clock;
}
