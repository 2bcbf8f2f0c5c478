import * as z from "zod";
import { readInstant } from "./read-instant.js";

/**
 * The zod schema of an instant, built on {@link readInstant}: an ISO 8601 string with `Z` or an
 * offset, a valid `Date` or epoch milliseconds, parsed to epoch milliseconds. Every area's input
 * schemas (tickets, queue entries, situations, facts) and every `now` use it, so one value is an
 * instant everywhere or nowhere.
 *
 * @internal
 *
 * @example
 * ```ts
 * instantSchema.parse("2026-11-20T11:00:00+01:00"); // => Date.UTC(2026, 10, 20, 10)
 * ```
 */
export const instantSchema: z.ZodType<number, string | Date | number> = z.custom<string | Date | number>(() => true).transform((value: unknown, ctx): number => {
  const ms = readInstant(value);
  if (typeof ms === "number") return ms;
  // As zod's own type issue, so a missing instant reads like every missing field ("Missing required field …").
  if (ms.code === "invalid_type") ctx.addIssue({ code: "invalid_type", expected: "string", input: value, message: ms.message });
  else ctx.addIssue({ code: "custom", message: ms.message, params: { code: ms.code }, input: value });
  return z.NEVER;
});
