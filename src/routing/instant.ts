import * as z from "zod";
import { timeOf } from "../shared/time-of.js";
import { describeValue } from "../shared/describe-value.js";

// An offset is required so an instant never depends on the host's time zone.
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:Z|([+-])(\d{2}):(\d{2}))$/i;
/** The supported range, years 1900 to 2199, as the SLA engine's. @internal */
export const MIN_INSTANT = Date.UTC(1900, 0, 1);
/** @internal */
export const MAX_INSTANT = Date.UTC(2200, 0, 1);
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function describe(value: unknown): string {
  return timeOf(value) === undefined ? describeValue(value) : "an invalid Date";
}

function digit(s: string, i: number): number {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : Number.NaN;
}

function fromParts(y: number, mo: number, d: number, h: number, mi: number, sec: number, ms: number, offsetMinutes: number): number {
  // Date.parse accepts "2026-02-30" and rolls it into March; a calendar date that does not exist is an error here.
  if (!(y >= 1000 && mo >= 1 && mo <= 12 && d >= 1 && h <= 23 && mi <= 59 && sec <= 59)) return Number.NaN;
  const leap = mo === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > (DAYS_IN_MONTH[mo - 1] ?? 0) + (leap ? 1 : 0)) return Number.NaN;
  return Date.UTC(y, mo - 1, d, h, mi, sec, ms) - offsetMinutes * 60_000;
}

/**
 * Parses an ISO 8601 instant with an offset to epoch milliseconds, or NaN. The common canonical
 * form (`2026-11-20T10:00:00.000Z`) is read digit by digit, because queues parse hundreds of
 * thousands of them.
 *
 * @internal
 */
export function parseIsoInstant(s: string): number {
  if (s.length === 24 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45 && s.charCodeAt(10) === 84 && s.charCodeAt(13) === 58 && s.charCodeAt(16) === 58 && s.charCodeAt(19) === 46 && s.charCodeAt(23) === 90) {
    return fromParts(
      digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3),
      digit(s, 5) * 10 + digit(s, 6),
      digit(s, 8) * 10 + digit(s, 9),
      digit(s, 11) * 10 + digit(s, 12),
      digit(s, 14) * 10 + digit(s, 15),
      digit(s, 17) * 10 + digit(s, 18),
      digit(s, 20) * 100 + digit(s, 21) * 10 + digit(s, 22),
      0,
    );
  }
  const m = ISO_INSTANT.exec(s);
  if (m === null) return Number.NaN;
  const fraction = m[7] === undefined ? 0 : Number((m[7] + "00").slice(0, 3));
  const offset = m[8] === undefined ? 0 : (m[8] === "-" ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10]));
  if (m[9] !== undefined && (Number(m[9]) > 23 || Number(m[10]) > 59)) return Number.NaN;
  return fromParts(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), m[6] === undefined ? 0 : Number(m[6]), fraction, offset);
}

/**
 * Why a value is not an instant: its error code and a message.
 *
 * @internal
 */
export interface InstantProblem {
  readonly code: "invalid_format" | "invalid_instant" | "out_of_range";
  readonly message: string;
}

/**
 * Parses an instant to epoch milliseconds, or says why it is not one. Kept outside zod's
 * combinators because queues validate hundreds of thousands of instants. The range is the SLA
 * engine's, years 1900 to 2199, so every instant the two areas exchange is valid in both.
 *
 * @internal
 */
export function instantToMs(value: unknown): number | InstantProblem {
  const ms = typeof value === "string" ? parseIsoInstant(value) : (timeOf(value) ?? Number.NaN);
  if (Number.isNaN(ms)) {
    return {
      code: timeOf(value) === undefined ? "invalid_format" : "invalid_instant",
      message: `Expected an instant: an ISO 8601 string with an offset (e.g. "2026-11-20T10:00:00Z"), or a valid Date; received ${describe(value)}`,
    };
  }
  if (ms < MIN_INSTANT || ms >= MAX_INSTANT) {
    return { code: "out_of_range", message: `The instant ${new Date(ms).toISOString()} is outside the supported range, years 1900 to 2199` };
  }
  return ms;
}

/**
 * An instant as the routing functions accept it: an ISO 8601 string with an offset, or a valid
 * `Date`; parsed to epoch milliseconds, because every comparison in the area is on epoch ms and
 * the host time zone must never matter.
 *
 * @internal
 */
export const instantSchema = z.custom<string | Date>((value) => value !== undefined, { message: "Missing required instant", params: { code: "missing_field" } }).transform((value, ctx): number => {
  const ms = instantToMs(value);
  if (typeof ms === "number") return ms;
  ctx.addIssue({ code: "custom", message: ms.message, params: { code: ms.code }, input: value });
  return z.NEVER;
});

/**
 * The `now` every routing function takes: a valid `Date` or epoch milliseconds, as date-fns takes
 * instants (a fraction of a millisecond is cut toward zero, as `new Date(number)` does). @internal
 */
export const nowSchema = z
  .custom<Date | number>((value) => (typeof value === "number" ? Number.isFinite(value) : !Number.isNaN(timeOf(value) ?? Number.NaN)), {
    message: "Expected `now` to be a valid Date or epoch milliseconds",
    params: { code: "invalid_instant" },
  })
  .transform((d) => (typeof d === "number" ? Math.trunc(d) + 0 : (timeOf(d) as number)));

/** Formats epoch milliseconds as the ISO 8601 UTC string every routing output uses. @internal */
export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Milliseconds in a minute. @internal */
export const MINUTE = 60_000;
/** Milliseconds in an hour. @internal */
export const HOUR = 3_600_000;
