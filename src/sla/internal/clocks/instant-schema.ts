import * as z from "zod";
import { describeInstant } from "../../../shared/describe-instant.js";
import { timeOf } from "../../../shared/time-of.js";
import { MAX_INSTANT, MIN_INSTANT } from "../timeline.js";

// An offset is required so an instant never depends on the host's time zone.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

function checkRange(ms: number, ctx: z.core.$RefinementCtx): number {
  if (ms < MIN_INSTANT || ms >= MAX_INSTANT) {
    ctx.addIssue({
      code: "custom",
      message: `The instant ${describeInstant(ms)} is outside the supported range ${new Date(MIN_INSTANT).toISOString()} to ${new Date(MAX_INSTANT).toISOString()}`,
      params: { code: "out_of_range" },
      input: ms,
    });
    return z.NEVER;
  }
  return ms;
}

/**
 * An instant in ticket data: an ISO 8601 string with `Z` or an offset, a valid `Date`, or epoch
 * milliseconds (so a parsed ticket is valid input again); parsed to epoch milliseconds.
 */
export const instantSchema = z.custom<string | Date | number>(() => true).transform((value: unknown, ctx): number => {
  if (value === undefined) {
    ctx.addIssue({ code: "custom", message: "Missing required instant", params: { code: "missing_field" }, input: value });
    return z.NEVER;
  }
  const time = timeOf(value);
  if (time !== undefined) {
    const ms = time;
    if (Number.isNaN(ms)) {
      ctx.addIssue({ code: "custom", message: "Expected a valid Date, received an invalid Date", params: { code: "invalid_instant" }, input: value });
      return z.NEVER;
    }
    return checkRange(ms, ctx);
  }
  if (typeof value === "number" && Number.isInteger(value)) return checkRange(value, ctx);
  if (typeof value === "string" && ISO_INSTANT.test(value) && isRealDay(value)) {
    const ms = Date.parse(value);
    if (!Number.isNaN(ms)) return checkRange(ms, ctx);
  }
  ctx.addIssue({
    code: "custom",
    message: `Expected an ISO 8601 instant with "Z" or an offset (e.g. "2026-03-02T09:00:00Z"), a Date or epoch milliseconds, received ${describeValue(value)}`,
    params: { code: "invalid_instant" },
    input: value,
  });
  return z.NEVER;
});

/** Date.parse rolls 2026-02-30 over to March: the day must exist in its month. */
function isRealDay(text: string): boolean {
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= days;
}

function describeValue(value: unknown): string {
  if (typeof value === "string") return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (value === null) return "null";
  return typeof value;
}
