import * as z from "zod";

/**
 * The longest GitLab username or group path, in characters.
 *
 * @example
 * ```ts
 * USERNAME_MAX_LENGTH; // => 255
 * ```
 */
export const USERNAME_MAX_LENGTH = 255;

/**
 * A GitLab username or top-level group path: 1 to 255 letters, digits, `_`, `-` or `.`, starting
 * with a letter, digit or `_`, and not ending in `.`, `.git` or `.atom` (GitLab's path rules).
 * Paths are compared case-insensitively, as GitLab does.
 *
 * @example
 * ```ts
 * usernameSchema.safeParse("alice.smith").success; // => true
 * usernameSchema.safeParse("-alice").success; // => false
 * ```
 */
export const usernameSchema: z.ZodType<string> = z.string().superRefine((value, ctx) => {
  const valid =
    value.length >= 1 &&
    value.length <= USERNAME_MAX_LENGTH &&
    /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(value) &&
    !/(\.|\.git|\.atom)$/i.test(value);
  if (!valid) {
    ctx.addIssue({
      code: "custom",
      message: `Expected a GitLab username (1-${USERNAME_MAX_LENGTH} letters, digits, "_", "-" or "."; starting with a letter, digit or "_"; not ending in ".", ".git" or ".atom"), received "${value}"`,
      params: { code: "invalid_format" },
    });
  }
});
