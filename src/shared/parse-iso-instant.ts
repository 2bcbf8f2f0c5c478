// The one grammar of an instant written as text: ISO 8601 / RFC 3339 date and time with `Z` or an
// offset `±hh:mm` (an offset is required so an instant never depends on the host's time zone),
// seconds and a fraction (up to 9 digits, read to the millisecond) optional, `T` and `Z` in
// either case as RFC 3339 allows.
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:Z|([+-])(\d{2}):(\d{2}))$/i;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// A digit read below that is none gives this, which no check of fromParts lets through: the
// values stay small integers, which the engine computes with faster than with NaN.
const NOT_A_DIGIT = -1_000_000;

function digit(s: string, i: number): number {
  const d = s.charCodeAt(i) - 48;
  // d is a digit when both d and 9 - d are non-negative, so when their bitwise or is.
  return (d | (9 - d)) < 0 ? NOT_A_DIGIT : d;
}

function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return (a | b | (9 - a) | (9 - b)) < 0 ? NOT_A_DIGIT : a * 10 + b;
}

function fromParts(y: number, mo: number, d: number, h: number, mi: number, sec: number, ms: number, offsetMinutes: number): number {
  // Date.parse accepts "2026-02-30" and rolls it into March; a calendar date that does not exist is an error here.
  if (!(y >= 1000 && mo >= 1 && mo <= 12 && d >= 1 && h >= 0 && h <= 23 && mi >= 0 && mi <= 59 && sec >= 0 && sec <= 59 && ms >= 0)) return Number.NaN;
  const leap = mo === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > (DAYS_IN_MONTH[mo - 1] ?? 0) + (leap ? 1 : 0)) return Number.NaN;
  // Date.UTC's value, in arithmetic (days from the civil date, Howard Hinnant's days_from_civil),
  // which costs less than the call: every instant of every ticket of an export is read here.
  const year = mo <= 2 ? y - 1 : y;
  // Every value is a non-negative integer here, so `| 0` floors a quotient.
  const era = (year / 400) | 0;
  const yearOfEra = year - era * 400;
  const dayOfYear = (((153 * (mo > 2 ? mo - 3 : mo + 9) + 2) / 5) | 0) + d - 1;
  const days = era * 146_097 + yearOfEra * 365 + ((yearOfEra / 4) | 0) - ((yearOfEra / 100) | 0) + dayOfYear - 719_468;
  return days * 86_400_000 + (h * 3_600_000 + mi * 60_000 + sec * 1000 + ms) - offsetMinutes * 60_000;
}

/**
 * Parses an ISO 8601 instant with `Z` or an offset to epoch milliseconds, or NaN when the text is
 * not one or names a day or time that does not exist. The canonical form every output of the
 * library uses (`2026-11-20T10:00:00.000Z`) is read digit by digit, because queues parse hundreds
 * of thousands of them. The range is not checked here: {@link readInstant} does.
 *
 * @internal
 *
 * @example
 * ```ts
 * parseIsoInstant("2026-11-20T11:00:00+01:00"); // => Date.UTC(2026, 10, 20, 10)
 * parseIsoInstant("2026-02-30T00:00:00Z"); // => NaN
 * ```
 */
export function parseIsoInstant(s: string): number {
  const length = s.length;
  // With milliseconds (24 characters) or without (20), as toISOString and most exports write them,
  // or with milliseconds and an offset (29), as Jira's instants read once given their colon.
  const sign = s.charCodeAt(23);
  const withOffset = length === 29 && (sign === 43 || sign === 45) && s.charCodeAt(26) === 58;
  const canonical = (length === 24 && s.charCodeAt(23) === 90) || (length === 20 && s.charCodeAt(19) === 90) || withOffset;
  if (canonical && (length === 20 || s.charCodeAt(19) === 46) && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45 && s.charCodeAt(10) === 84 && s.charCodeAt(13) === 58 && s.charCodeAt(16) === 58) {
    const offsetHours = withOffset ? twoDigits(s, 24) : 0;
    const offsetMinutes = withOffset ? twoDigits(s, 27) : 0;
    if (!(offsetHours >= 0 && offsetHours <= 23 && offsetMinutes >= 0 && offsetMinutes <= 59)) return Number.NaN;
    return fromParts(
      twoDigits(s, 0) * 100 + twoDigits(s, 2),
      twoDigits(s, 5),
      twoDigits(s, 8),
      twoDigits(s, 11),
      twoDigits(s, 14),
      twoDigits(s, 17),
      length === 20 ? 0 : digit(s, 20) * 100 + twoDigits(s, 21),
      (sign === 45 ? -1 : 1) * (offsetHours * 60 + offsetMinutes),
    );
  }
  const m = ISO_INSTANT.exec(s);
  if (m === null) return Number.NaN;
  if (m[9] !== undefined && (Number(m[9]) > 23 || Number(m[10]) > 59)) return Number.NaN;
  const fraction = m[7] === undefined ? 0 : Number((m[7] + "00").slice(0, 3));
  const offset = m[8] === undefined ? 0 : (m[8] === "-" ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10]));
  return fromParts(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), m[6] === undefined ? 0 : Number(m[6]), fraction, offset);
}
