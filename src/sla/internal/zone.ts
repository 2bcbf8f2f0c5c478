// Time-zone offsets from the platform's IANA database (Intl). This is the only place the library
// asks what a zone's wall clock reads; everything else is arithmetic on epoch milliseconds.

import { MS_PER_HOUR } from "./local-date.js";

/** A stretch of instants `[from, to)` over which a zone's UTC offset is constant. */
export interface OffsetPiece {
  readonly from: number;
  readonly to: number;
  /** Local wall-clock epoch minus instant, in milliseconds. */
  readonly offset: number;
}

// Caches of facts about zones: building an Intl formatter costs tens of microseconds, and a
// zone's offsets never change within a process, so both are worked out once.
const formatters = new Map<string, Intl.DateTimeFormat>();
const canonicalNames = new Map<string, string | undefined>();
const yearPieces = new Map<string, OffsetPiece[]>();

/** Returns the zone's canonical IANA name, or `undefined` when the platform does not know it. */
export function canonicalTimeZone(timeZone: string): string | undefined {
  if (canonicalNames.has(timeZone)) return canonicalNames.get(timeZone);
  let name: string | undefined;
  try {
    name = new Intl.DateTimeFormat("en-US", { timeZone }).resolvedOptions().timeZone;
  } catch {
    name = undefined;
  }
  // Bounded: hostile input could otherwise grow the cache without limit.
  if (canonicalNames.size < 10_000) canonicalNames.set(timeZone, name);
  return name;
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      numberingSystem: "latn",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const WALL = /^(\d+)\/(\d+)\/(\d+),? (\d+):(\d+):(\d+)$/;

/** The zone's UTC offset at `instant`, in milliseconds (wall clock minus instant). */
export function offsetAt(timeZone: string, instant: number): number {
  const seconds = Math.floor(instant / 1000) * 1000;
  const text = formatterFor(timeZone).format(seconds);
  const m = WALL.exec(text);
  if (m === null) throw new Error(`Unexpected wall-clock format from Intl: ${text}`);
  const wall = Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2]), Number(m[4]), Number(m[5]), Number(m[6]));
  return wall - seconds;
}

// Offsets are sampled every 12 hours; a zone never changed its offset twice within 12 hours in
// the tz database's range of interest, and each change is then located to the second.
const SAMPLE_STEP = 12 * MS_PER_HOUR;

/** The first whole second in `(low, high]` whose offset differs from `low`'s. */
function findTransition(timeZone: string, low: number, high: number, lowOffset: number): number {
  let lo = low;
  let hi = high;
  while (hi - lo > 1000) {
    const mid = Math.floor((lo + hi) / 2000) * 1000;
    if (mid <= lo) break;
    if (offsetAt(timeZone, mid) === lowOffset) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * The zone's constant-offset pieces covering UTC year `year` with two days to spare on each
 * side, memoised per zone and year.
 */
export function offsetPiecesAround(timeZone: string, year: number): readonly OffsetPiece[] {
  const key = `${timeZone} ${year}`;
  let pieces = yearPieces.get(key);
  if (pieces === undefined) {
    const margin = 2 * 24 * MS_PER_HOUR;
    pieces = offsetPieces(timeZone, Date.UTC(year, 0, 1) - margin, Date.UTC(year + 1, 0, 1) + margin);
    yearPieces.set(key, pieces);
  }
  return pieces;
}

/** The zone's constant-offset pieces covering `[from, to)`, in order. */
export function offsetPieces(timeZone: string, from: number, to: number): OffsetPiece[] {
  const pieces: OffsetPiece[] = [];
  let pieceStart = from;
  let current = offsetAt(timeZone, from);
  let t = from;
  while (t < to) {
    const next = Math.min(t + SAMPLE_STEP, to);
    const nextOffset = offsetAt(timeZone, next);
    if (nextOffset !== current) {
      let low = t;
      let lowOffset = current;
      // Locate every change between the samples, in case more than one fell in the step.
      while (lowOffset !== nextOffset) {
        const change = findTransition(timeZone, low, next, lowOffset);
        pieces.push({ from: pieceStart, to: change, offset: lowOffset });
        pieceStart = change;
        low = change;
        lowOffset = offsetAt(timeZone, change);
      }
      current = nextOffset;
    }
    t = next;
  }
  pieces.push({ from: pieceStart, to, offset: current });
  return pieces;
}
