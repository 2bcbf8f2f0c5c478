import * as z from "zod";
import { parseLocalDate } from "../../shared/parse-local-date.js";

/**
 * A calendar date `YYYY-MM-DD` in some zone, checked to exist (no 2026-02-30) by the library's one
 * local-date parser, the one calendars read holidays with. Kept as a string: a local date is not
 * an instant.
 */
export const localDateSchema: z.ZodType<string> = z.string().superRefine((value, ctx) => {
  if (parseLocalDate(value) === undefined) {
    ctx.addIssue({
      code: "custom",
      message: `Expected a calendar date "YYYY-MM-DD", received "${value}"`,
      params: { code: "invalid_date" },
    });
  }
});
