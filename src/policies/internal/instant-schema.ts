import * as z from "zod";

const isoInstant = z.iso.datetime({ offset: true });

/** A `Date`, also from another realm (a worker, a VM context), where `instanceof Date` is false. */
function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

/**
 * An instant given as an ISO 8601 string with an offset (`Z` or `±hh:mm`) or as a valid `Date`,
 * parsed to a `Date`. A string without an offset is refused: its instant would depend on the
 * host's zone.
 */
export const instantSchema: z.ZodType<Date, string | Date> = z
  .custom<string | Date>(() => true)
  .transform((raw, ctx): Date => {
    // The check above accepts anything so that each kind of bad value gets its own code here.
    const value: unknown = raw;
    if (value === undefined) {
      ctx.addIssue({
        code: "custom",
        message: "Missing required instant: expected an ISO 8601 string with an offset or a Date",
        params: { code: "missing_field" },
      });
      return z.NEVER;
    }
    if (isDate(value)) {
      if (Number.isNaN(value.getTime())) {
        ctx.addIssue({ code: "custom", message: "Expected a valid Date, received an Invalid Date", params: { code: "invalid_instant" } });
        return z.NEVER;
      }
      return new Date(value.getTime());
    }
    if (typeof value !== "string") {
      ctx.addIssue({
        code: "custom",
        message: `Expected an ISO 8601 instant string or a Date, received ${value === null ? "null" : typeof value}`,
        params: { code: "invalid_type" },
      });
      return z.NEVER;
    }
    if (!isoInstant.safeParse(value).success) {
      ctx.addIssue({
        code: "custom",
        message: `Expected an ISO 8601 instant with an offset such as "2026-12-01T09:00:00Z", received "${value}"`,
        params: { code: "invalid_instant" },
      });
      return z.NEVER;
    }
    return new Date(value);
  });

/** `now`, the instant a decision is made at: a valid `Date` or epoch milliseconds, parsed to a `Date`. */
export const nowSchema: z.ZodType<Date, Date | number> = z
  .custom<Date | number>((value) => (isDate(value) ? !Number.isNaN(value.getTime()) : Number.isFinite(value)), {
    error: "Expected `now` to be a valid Date or epoch milliseconds",
    params: { code: "invalid_instant" },
  })
  // Epoch milliseconds as date-fns takes them; a fraction is cut toward zero, as `new Date(number)` does.
  .transform((value) => new Date(typeof value === "number" ? Math.trunc(value) : value.getTime()));
