import { SupportPolicyError } from "../../shared/errors.js";
import type { BusinessCalendar } from "../../sla/business-calendar.js";
import { nextClose } from "../../sla/next-close.js";
import { nextOpen } from "../../sla/next-open.js";

/** At most this many open periods are drawn per lane: beyond, the shading would be finer than a pixel. */
export const MAX_OPEN_INTERVALS = 400;

/**
 * The calendar's open periods that overlap `from`..`to`, clipped to it, in epoch milliseconds,
 * from the public `nextOpen` / `nextClose`. A calendar that never opens again in range gives no
 * period; one that never closes again gives one to `to`.
 */
export function openIntervals(calendar: BusinessCalendar, from: number, to: number): [number, number][] {
  const intervals: [number, number][] = [];
  let at = from;
  while (at < to && intervals.length < MAX_OPEN_INTERVALS) {
    let open: number;
    let close: number | null;
    try {
      open = nextOpen(calendar, new Date(at)).getTime();
      if (open >= to) break;
      close = nextClose(calendar, new Date(open))?.getTime() ?? null;
    } catch (error) {
      // Past the supported range (2200) the calendar has no hours to draw.
      if (error instanceof SupportPolicyError && error.code === "out_of_range") break;
      throw error;
    }
    const end = close === null ? to : Math.min(close, to);
    intervals.push([open, end]);
    if (close === null) break;
    at = close;
  }
  return intervals;
}
