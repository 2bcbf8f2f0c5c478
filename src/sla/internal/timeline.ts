// The pure core of business-time math. A calendar's open time is materialised, one UTC year at a
// time and only when first needed, as sorted disjoint instant intervals with running totals.
// Every query is then a binary search, so its cost does not grow with the span it covers: adding
// a year of business time costs about what adding an hour does.

import { fail } from "../../shared/errors.js";
import { MS_PER_DAY, MS_PER_MINUTE } from "./local-date.js";
import { mergeIntervals } from "./merge-intervals.js";
import type { CompiledSchedule } from "./schedule.js";
import { offsetPiecesAround } from "./zone.js";

/** The years the engine computes, as UTC years: instants in [1900-01-01Z, 2200-01-01Z). */
export const FIRST_YEAR = 1900;
export const END_YEAR = 2200;
// The library's range (src/shared/instant-range.ts) is these years.
import { MAX_INSTANT, MIN_INSTANT, SUPPORTED_RANGE } from "../../shared/instant-range.js";
export { MAX_INSTANT, MIN_INSTANT };

/** One UTC year of open time. */
interface Chunk {
  readonly year: number;
  readonly start: number;
  readonly end: number;
  readonly count: number;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** Open time before segment i, within the chunk. */
  readonly before: Float64Array;
  /** Open time up to the end of segment i, within the chunk. */
  readonly after: Float64Array;
  readonly total: number;
}

/** The number of segments whose start is at or before `t`. */
function countStartsAtOrBefore(starts: Float64Array, count: number, t: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] as number) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index whose value is at or above `target`, or `count` when none is. */
function firstAtOrAbove(values: Float64Array, count: number, target: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function outOfRange(path: readonly PropertyKey[]): never {
  fail(
    "out_of_range",
    path,
    `The result falls outside the supported range ${SUPPORTED_RANGE}`,
  );
}

export class Timeline {
  readonly #timeZone: string;
  readonly #schedule: CompiledSchedule;
  readonly #chunks: (Chunk | undefined)[] = [];
  #last: Chunk | undefined;
  /** From this instant on, the calendar is open around the clock forever (or Infinity). */
  readonly #alwaysOpenFrom: number;

  constructor(timeZone: string, schedule: CompiledSchedule) {
    this.#timeZone = timeZone;
    this.#schedule = schedule;
    // Beyond every holiday and override, a weekly schedule open all day every day never closes.
    // One spare day covers any zone offset.
    this.#alwaysOpenFrom = schedule.weeklyAlwaysOpen
      ? Math.max(MIN_INSTANT, (Math.max(schedule.lastSpecialDay, -1e6) + 2) * MS_PER_DAY)
      : Infinity;
  }

  /** The UTC year of `t`, without allocating a Date: an estimate, then a correction. */
  static yearOf(t: number): number {
    let year = 1970 + Math.floor(t / 31_556_952_000);
    if (t < Date.UTC(year, 0, 1)) year -= 1;
    else if (t >= Date.UTC(year + 1, 0, 1)) year += 1;
    return year;
  }

  /** The chunk holding `t`; the last one used is checked first, as queries cluster in time. */
  #chunkAt(t: number): Chunk {
    const last = this.#last;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: skipping the shortcut (always, or at t === last.start) looks up the same chunk
    if (last !== undefined && t >= last.start && t < last.end) return last;
    const chunk = this.#chunk(Timeline.yearOf(t));
    this.#last = chunk;
    return chunk;
  }

  #chunk(year: number): Chunk {
    // Stryker disable next-line ArithmeticOperator: a miss only builds the same chunk again
    let chunk = this.#chunks[year - FIRST_YEAR];
    // Stryker disable next-line ConditionalExpression: rebuilding a year gives the same chunk; the memo only saves the work
    if (chunk === undefined) {
      chunk = this.#build(year);
      this.#chunks[year - FIRST_YEAR] = chunk;
    }
    return chunk;
  }

  #build(year: number): Chunk {
    const start = Date.UTC(year, 0, 1);
    const end = Date.UTC(year + 1, 0, 1);
    // Offsets stay within ±1 day, so these local dates and pieces cover every instant of the year.
    const pieces = offsetPiecesAround(this.#timeZone, year);
    const firstDay = start / MS_PER_DAY - 1;
    const lastDay = end / MS_PER_DAY;
    const raw: [number, number][] = [];
    for (let day = firstDay; day <= lastDay; day++) {
      const dayWall = day * MS_PER_DAY;
      for (const [from, to] of this.#schedule.intervalsOn(day)) {
        const wallStart = dayWall + from * MS_PER_MINUTE;
        const wallEnd = dayWall + to * MS_PER_MINUTE;
        // Wall-clock membership: within a piece of constant offset, an instant is open exactly
        // when instant + offset lies in the wall interval. Gaps and repeated hours fall out of it.
        for (const piece of pieces) {
          const a = Math.max(piece.from, wallStart - piece.offset, start);
          const b = Math.min(piece.to, wallEnd - piece.offset, end);
          if (a < b) raw.push([a, b]);
        }
      }
    }
    const merged = mergeIntervals(raw);
    const count = merged.length;
    const starts = new Float64Array(count);
    const ends = new Float64Array(count);
    const before = new Float64Array(count);
    const after = new Float64Array(count);
    let total = 0;
    merged.forEach(([a, b], i) => {
      starts[i] = a;
      ends[i] = b;
      before[i] = total;
      total += b - a;
      after[i] = total;
    });
    return { year, start, end, count, starts, ends, before, after, total };
  }

  /** Open time in `[chunk.start, t)`. */
  static #openBefore(chunk: Chunk, t: number): number {
    const i = countStartsAtOrBefore(chunk.starts, chunk.count, t) - 1;
    if (i < 0) return 0;
    return (chunk.before[i] as number) + Math.min(t, chunk.ends[i] as number) - (chunk.starts[i] as number);
  }

  isOpen(t: number): boolean {
    const chunk = this.#chunkAt(t);
    const i = countStartsAtOrBefore(chunk.starts, chunk.count, t) - 1;
    // Stryker disable next-line ConditionalExpression: at i = -1, ends[i] is undefined and t < undefined is false anyway
    return i >= 0 && t < (chunk.ends[i] as number);
  }

  /** The first open instant at or after `t`. */
  nextOpen(t: number, path: readonly PropertyKey[]): number {
    let chunk = this.#chunkAt(t);
    const i = countStartsAtOrBefore(chunk.starts, chunk.count, t) - 1;
    // Stryker disable next-line ConditionalExpression: at i = -1, ends[i] is undefined and t < undefined is false anyway
    if (i >= 0 && t < (chunk.ends[i] as number)) return t;
    if (i + 1 < chunk.count) return chunk.starts[i + 1] as number;
    for (let year = chunk.year + 1; year < END_YEAR; year++) {
      chunk = this.#chunk(year);
      if (chunk.count > 0) return chunk.starts[0] as number;
    }
    return outOfRange(path);
  }

  /** The first instant after `t` at which an open period ends: the current one, or the next. */
  nextClose(t: number, path: readonly PropertyKey[]): number | null {
    // Stryker disable next-line EqualityOperator,ConditionalExpression: from #alwaysOpenFrom on the walk below also ends in null
    if (t >= this.#alwaysOpenFrom) return null;
    const opening = this.nextOpen(t, path);
    let chunk = this.#chunkAt(opening);
    let i = countStartsAtOrBefore(chunk.starts, chunk.count, opening) - 1;
    let close = chunk.ends[i] as number;
    // An open period may run on across a chunk's end into the next year's first segment.
    while (close === chunk.end && i === chunk.count - 1) {
      // Stryker disable next-line EqualityOperator: a period reaching #alwaysOpenFrom exactly runs on into the next year's, and returns null there
      if (close >= this.#alwaysOpenFrom) return null;
      // Open up to the end of the range on a weekly schedule open around the clock: past the
      // range there are no holidays or overrides, so it never closes (a no-op override on the
      // last days of 2199 puts #alwaysOpenFrom itself past the range).
      if (chunk.year + 1 >= END_YEAR) return this.#alwaysOpenFrom === Infinity ? outOfRange(path) : null;
      chunk = this.#chunk(chunk.year + 1);
      if (chunk.count === 0 || chunk.starts[0] !== close) break;
      i = 0;
      close = chunk.ends[0] as number;
    }
    return close;
  }

  /** The earliest instant at which `duration` of open time has elapsed since `t`. */
  add(t: number, duration: number, path: readonly PropertyKey[]): number {
    if (duration === 0) return t;
    let chunk = this.#chunkAt(t);
    let target = Timeline.#openBefore(chunk, t) + duration;
    while (target > chunk.total) {
      target -= chunk.total;
      if (chunk.year + 1 >= END_YEAR) return outOfRange(path);
      chunk = this.#chunk(chunk.year + 1);
    }
    const i = firstAtOrAbove(chunk.after, chunk.count, target);
    const result = (chunk.starts[i] as number) + target - (chunk.before[i] as number);
    // A deadline on the last year's final close is 2200-01-01T00:00Z itself, which is out of range.
    return result < MAX_INSTANT ? result : outOfRange(path);
  }

  /** The latest instant from which `duration` of open time elapses by `t`. */
  subtract(t: number, duration: number, path: readonly PropertyKey[]): number {
    if (duration === 0) return t;
    let chunk = this.#chunkAt(t);
    let target = Timeline.#openBefore(chunk, t) - duration;
    while (target < 0) {
      if (chunk.year - 1 < FIRST_YEAR) return outOfRange(path);
      chunk = this.#chunk(chunk.year - 1);
      target += chunk.total;
    }
    // The running total is flat across closed time; the latest instant with this total is the
    // start of the segment where it begins to rise again.
    const j = firstAtOrAbove(chunk.before, chunk.count, target);
    // Stryker disable next-line EqualityOperator: before[count] is undefined, never equal to the target
    if (j < chunk.count && chunk.before[j] === target) return chunk.starts[j] as number;
    // A target of 0 matches before[0] above, so j > 0 here; after[i] is before[j], above the target
    // when j < count, and the target is below the year's total (the duration is positive).
    // Stryker disable next-line EqualityOperator,ConditionalExpression: j is never 0 here
    if (j > 0) {
      const i = j - 1;
      // Stryker disable next-line EqualityOperator,ConditionalExpression: the target never equals after[i], and when j < count it is below after[i], so the second test never decides
      if (target < (chunk.after[i] as number) || j < chunk.count) {
        return (chunk.starts[i] as number) + target - (chunk.before[i] as number);
      }
    }
    // The total is reached exactly at the chunk's last close: the answer is the next opening.
    return this.nextOpen(chunk.end, path);
  }

  /** Open time in `[a, b)`, negative when `b < a`. */
  between(a: number, b: number): number {
    // `0 -` rather than unary minus, so an empty span is 0, never -0.
    if (b < a) return 0 - this.between(b, a);
    let chunk = this.#chunkAt(a);
    let sum = -Timeline.#openBefore(chunk, a);
    // Instants are checked to lie before MAX_INSTANT, so this walk ends within range.
    // Stryker disable next-line EqualityOperator: at b === chunk.end the year's open time before b is its total, as is the sum after one more step
    while (b >= chunk.end) {
      sum += chunk.total;
      chunk = this.#chunk(chunk.year + 1);
    }
    return sum + Timeline.#openBefore(chunk, b);
  }
}
