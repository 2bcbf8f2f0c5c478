import { addBusinessTime } from "../../add-business-time.js";
import { businessTimeBetween } from "../../business-time-between.js";
import type { BusinessCalendar } from "../../define-calendar.js";

/**
 * Business-time math for one ticket on one calendar, on epoch milliseconds. Every instant's
 * business position (business time since the ticket's creation) is asked of the calendar once
 * and remembered, so the business time of any span between events costs one subtraction.
 */
export interface BusinessClock {
  /** Business milliseconds in [a, b), for a <= b. */
  between(a: number, b: number): number;
  /** The earliest instant at which `duration` business milliseconds have elapsed from `start`. */
  add(start: number, duration: number): number;
}

/** Around the clock: business time is elapsed real time. */
export const aroundTheClock: BusinessClock = {
  between: (a, b) => b - a,
  add: (start, duration) => start + duration,
};

/** A calendar's clock for one ticket; positions are business time since `anchor`. */
class CalendarClock implements BusinessClock {
  readonly #calendar: BusinessCalendar;
  readonly #anchor: number;
  readonly #anchorDate: Date;
  readonly #positions = new Map<number, number>();

  constructor(calendar: BusinessCalendar, anchor: number) {
    this.#calendar = calendar;
    this.#anchor = anchor;
    this.#anchorDate = new Date(anchor);
  }

  #position(t: number): number {
    let known = this.#positions.get(t);
    if (known === undefined) {
      known = t === this.#anchor ? 0 : businessTimeBetween(this.#calendar, this.#anchorDate, new Date(t));
      this.#positions.set(t, known);
    }
    return known;
  }

  between(a: number, b: number): number {
    return this.#position(b) - this.#position(a);
  }

  add(start: number, duration: number): number {
    return addBusinessTime(this.#calendar, new Date(start), duration).getTime();
  }
}

export function calendarClock(calendar: BusinessCalendar, anchor: number): BusinessClock {
  return new CalendarClock(calendar, anchor);
}
