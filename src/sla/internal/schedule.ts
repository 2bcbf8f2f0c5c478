// A calendar's hours as wall-clock minute intervals per local date, with overnight shifts split
// at midnight, date overrides and holidays applied. No time zone here: only local dates.

import { weekdayOf } from "./local-date.js";
import { mergeIntervals } from "./merge-intervals.js";

/** `[start, end)` in minutes after local midnight, `0 <= start < end <= 1440`. */
export type MinuteInterval = readonly [number, number];

/** One day's hours as written: `end <= start` marks an overnight shift into the next day. */
export type DayHours = readonly MinuteInterval[];

/** A day's hours split into the part on the day itself and the part spilling into the next. */
interface SplitDay {
  readonly own: readonly MinuteInterval[];
  readonly spill: readonly MinuteInterval[];
}

export interface CompiledSchedule {
  /** The open wall-clock intervals of a local date, sorted and merged. */
  intervalsOn(day: number): readonly MinuteInterval[];
  /** Whether the weekly hours are open around the clock every day. */
  readonly weeklyAlwaysOpen: boolean;
  /** The last local date a holiday or override touches (its spill included), or -Infinity. */
  readonly lastSpecialDay: number;
}

function split(hours: DayHours): SplitDay {
  const own: MinuteInterval[] = [];
  const spill: MinuteInterval[] = [];
  for (const [start, end] of hours) {
    // Stryker disable next-line EqualityOperator: a spec never has start === end (empty_interval), so > and >= split alike
    if (end > start) own.push([start, end]);
    else {
      own.push([start, 1440]);
      // Stryker disable next-line EqualityOperator,ConditionalExpression: a shift ending at 00:00 would spill an empty [0, 0), which adds no open time
      if (end > 0) spill.push([0, end]);
    }
  }
  return { own, spill };
}

export function compileSchedule(
  weekly: readonly DayHours[],
  holidays: ReadonlySet<number>,
  overrides: ReadonlyMap<number, DayHours>,
): CompiledSchedule {
  const weeklySplit = weekly.map(split);
  const overrideSplit = new Map<number, SplitDay>();
  for (const [day, hours] of overrides) overrideSplit.set(day, split(hours));
  const hoursOf = (day: number): SplitDay => overrideSplit.get(day) ?? (weeklySplit[weekdayOf(day)] as SplitDay);

  // Weekly intervals per weekday, precomputed: the common case of a date with nothing special.
  const plainWeek = weeklySplit.map((today, weekday) => {
    const yesterday = weeklySplit[(weekday + 6) % 7] as SplitDay;
    return mergeIntervals([...today.own, ...yesterday.spill]);
  });
  let lastSpecialDay = -Infinity;
  for (const day of holidays) lastSpecialDay = Math.max(lastSpecialDay, day);
  for (const day of overrides.keys()) lastSpecialDay = Math.max(lastSpecialDay, day + 1);

  return {
    // A merged day of two or more intervals cannot start at 0 and end at 1440, so the length test
    // (which also guards day[0]) is implied by the other two.
    // Stryker disable next-line ConditionalExpression,OptionalChaining: see above
    weeklyAlwaysOpen: plainWeek.every((day) => day.length === 1 && day[0]?.[0] === 0 && day[0][1] === 1440),
    lastSpecialDay,
    intervalsOn(day: number): readonly MinuteInterval[] {
      // A holiday closes its whole local date, the previous night's shift included.
      if (holidays.has(day)) return [];
      if (!overrideSplit.has(day) && !overrideSplit.has(day - 1)) return plainWeek[weekdayOf(day)] ?? [];
      return mergeIntervals([...hoursOf(day).own, ...hoursOf(day - 1).spill]);
    },
  };
}
