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

export function calendarClock(calendar: BusinessCalendar, anchor: number): BusinessClock {
  const anchorDate = new Date(anchor);
  const positions = new Map<number, number>();
  const position = (t: number): number => {
    let known = positions.get(t);
    if (known === undefined) {
      known = t === anchor ? 0 : businessTimeBetween(calendar, anchorDate, new Date(t));
      positions.set(t, known);
    }
    return known;
  };
  return {
    between: (a, b) => position(b) - position(a),
    add: (start, duration) => addBusinessTime(calendar, new Date(start), duration).getTime(),
  };
}
