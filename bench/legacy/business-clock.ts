// The business clock as the engine before used it: per ticket, every instant's business position
// remembered (the engine now asks the calendar's timeline directly).
import { type BusinessCalendar, timelineOf } from "../../src/sla/business-calendar.js";
import type { Timeline } from "../../src/sla/internal/timeline.js";

/**
 * Business-time math for one ticket on one calendar, on epoch milliseconds: the calendar's own
 * engine (what `businessTimeBetween` and `addBusinessTime` wrap), without a `Date` per call,
 * because an evaluation asks it a few dozen times. Every instant's
 * business position (business time since the ticket's creation) is asked of the calendar once
 * and remembered, so the business time of any span between events costs one subtraction.
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

/** A calendar's clock for one ticket; positions are business time since `anchor`. */
class CalendarClock implements BusinessClock {
  readonly #timeline: Timeline;
  readonly #anchor: number;
  readonly #positions = new Map<number, number>();

  constructor(calendar: BusinessCalendar, anchor: number) {
    this.#timeline = timelineOf(calendar);
    this.#anchor = anchor;
  }

  #position(t: number): number {
    let known = this.#positions.get(t);
    if (known === undefined) {
      known = t === this.#anchor ? 0 : this.#timeline.between(this.#anchor, t);
      this.#positions.set(t, known);
    }
    return known;
  }

  between(a: number, b: number): number {
    return this.#position(b) - this.#position(a);
  }

  add(start: number, duration: number): number {
    return this.#timeline.add(start, duration, ["ticket"]);
  }

  isOpen(t: number): boolean {
    return this.#timeline.isOpen(t);
  }
}

export function calendarClock(calendar: BusinessCalendar, anchor: number): BusinessClock {
  return new CalendarClock(calendar, anchor);
}
