import type { FivetranRow } from "../fivetran-tables.js";

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Epoch milliseconds of a wall-clock reading at a UTC offset, or NaN when the date or time does
 * not exist (Date.UTC would roll 2026-02-30 over to March). Years 1900 to 2199, as the library's.
 */
function utcMs(date: string, hours: number, minutes: number, seconds: number, ms: number, offsetMinutes: number): number {
  const [year = 0, month = 0, day = 0] = date.split("-").map(Number);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = (DAYS_IN_MONTH[month - 1] ?? 0) + (month === 2 && leap ? 1 : 0);
  if (year < 1900 || year > 2199 || day < 1 || day > days || hours > 23 || minutes > 59 || seconds > 59) return Number.NaN;
  return Date.UTC(year, month - 1, day, hours, minutes, seconds, ms) - offsetMinutes * 60_000;
}

/** A cell's text, or null when empty or absent. */
export function cell(row: FivetranRow, column: string): string | null {
  // Typed as text, but a caller's CSV reader may give numbers: read whatever is there as text.
  const value: unknown = Object.hasOwn(row, column) ? row[column] : undefined;
  if (value === undefined || value === null) return null;
  const text = (typeof value === "string" ? value : JSON.stringify(value)).trim();
  return text === "" ? null : text;
}

/** Why a cell could not be read. */
export interface CellProblem {
  readonly problem: "missing_field" | "invalid_instant" | "invalid_format" | "out_of_range";
  readonly message: string;
}

// Warehouse timestamps: "2026-03-16 10:00:00", with a fraction, a "T", a "Z", " UTC" or an offset.
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|UTC|[+-]\d{2}:?\d{2})?$/i;

/**
 * A timestamp cell as epoch milliseconds. A timestamp without an offset is UTC, as Fivetran
 * writes them.
 */
export function timestampCell(row: FivetranRow, column: string): number | CellProblem {
  const text = cell(row, column);
  if (text === null) return { problem: "missing_field", message: `Missing required column "${column}"` };
  const match = TIMESTAMP.exec(text);
  const bad: CellProblem = { problem: "invalid_instant", message: `Expected a timestamp such as "2026-03-16 10:00:00" (UTC unless it says otherwise), received "${text.slice(0, 40)}"` };
  if (match === null) return bad;
  const [, date = "", clock = "", seconds = "00", fraction = "", zone = "Z"] = match;
  const [hours = 0, minutes = 0] = clock.split(":").map(Number);
  const digits = zone.replace(":", "");
  const offset = /^(z|utc)$/i.test(zone) ? 0 : (digits.startsWith("-") ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
  const ms = utcMs(date, hours, minutes, Number(seconds), Number(fraction.padEnd(3, "0").slice(0, 3)), offset);
  return Number.isNaN(ms) ? bad : ms;
}

/** A required cell's text. */
export function requiredCell(row: FivetranRow, column: string): string | CellProblem {
  return cell(row, column) ?? { problem: "missing_field", message: `Missing required column "${column}"` };
}

/** A whole number of minutes (or any non-negative integer). */
export function integerCell(row: FivetranRow, column: string): number | CellProblem {
  const text = cell(row, column);
  if (text === null) return { problem: "missing_field", message: `Missing required column "${column}"` };
  // Some warehouses write integers as "480.0".
  const value = /^\d+(\.0+)?$/.test(text) ? Number(text) : Number.NaN;
  return Number.isSafeInteger(value) ? value : { problem: "invalid_format", message: `Expected a whole number, received "${text.slice(0, 40)}"` };
}

/** A boolean cell: TRUE/FALSE (any case), t/f, 1/0; null when empty. */
export function booleanCell(row: FivetranRow, column: string): boolean | null | CellProblem {
  const text = cell(row, column);
  if (text === null) return null;
  if (/^(true|t|1)$/i.test(text)) return true;
  if (/^(false|f|0)$/i.test(text)) return false;
  return { problem: "invalid_format", message: `Expected TRUE or FALSE, received "${text.slice(0, 40)}"` };
}

/** A date cell "YYYY-MM-DD" (a timestamp's date part is taken too). */
export function dateCell(row: FivetranRow, column: string): string | CellProblem {
  const text = cell(row, column);
  if (text === null) return { problem: "missing_field", message: `Missing required column "${column}"` };
  const date = /^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$/.exec(text)?.[1];
  if (date === undefined || Number.isNaN(utcMs(date, 0, 0, 0, 0, 0))) {
    return { problem: "invalid_format", message: `Expected a date "YYYY-MM-DD", received "${text.slice(0, 40)}"` };
  }
  return date;
}

/** An id as the REST API writes it: a number when it is one (within 2^53), else the text. */
export function idValue(text: string): number | string {
  if (!/^\d+(\.0+)?$/.test(text)) return text;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : text.replace(/\.0+$/, "");
}

/** Whether a parsed cell is a problem. */
export function isProblem(value: unknown): value is CellProblem {
  return typeof value === "object" && value !== null && "problem" in value;
}
