import * as z from "zod";

const part = z.number().nonnegative().optional();
const UNIT_MS = { hours: 3_600_000, minutes: 60_000, seconds: 1000, milliseconds: 1 } as const;

/**
 * A target length: milliseconds, or `{ hours?, minutes?, seconds?, milliseconds? }`, parsed to
 * whole milliseconds (the same shape as the calendar's `Duration`).
 */
export const durationSchema = z
  .union([
    z.number().nonnegative(),
    z.strictObject({ hours: part, minutes: part, seconds: part, milliseconds: part }),
  ])
  .transform((value, ctx): number => {
    const ms =
      typeof value === "number"
        ? value
        : (value.hours ?? 0) * UNIT_MS.hours +
          (value.minutes ?? 0) * UNIT_MS.minutes +
          (value.seconds ?? 0) * UNIT_MS.seconds +
          (value.milliseconds ?? 0);
    if (!Number.isFinite(ms)) {
      ctx.addIssue({ code: "custom", message: "The duration is too large to represent", params: { code: "invalid_duration" }, input: value });
      return z.NEVER;
    }
    return Math.round(ms);
  });
