import * as z from "zod";

/**
 * A calendar date `YYYY-MM-DD` in some zone, checked to exist (no 2026-02-30). Kept as a string:
 * a local date is not an instant.
 */
export const localDateSchema: z.ZodType<string> = z.string().superRefine((value, ctx) => {
  if (!z.iso.date().safeParse(value).success) {
    ctx.addIssue({
      code: "custom",
      message: `Expected a calendar date "YYYY-MM-DD", received "${value}"`,
      params: { code: "invalid_date" },
    });
  }
});
