import * as z from "zod";

/**
 * A GitLab version `MAJOR.MINOR` or `MAJOR.MINOR.PATCH`, such as `"7.14.3"` or `"8.0"`.
 *
 * @example
 * ```ts
 * gitlabVersionSchema.safeParse("8.0.5").success; // => true
 * gitlabVersionSchema.safeParse("v8").success; // => false
 * ```
 */
export const gitlabVersionSchema: z.ZodType<string> = z.string().superRefine((value, ctx) => {
  if (!/^\d{1,4}\.\d{1,4}(\.\d{1,4})?$/.test(value)) {
    ctx.addIssue({
      code: "custom",
      message: `Expected a GitLab version "MAJOR.MINOR" or "MAJOR.MINOR.PATCH", received "${value}"`,
      params: { code: "invalid_format" },
    });
  }
});
