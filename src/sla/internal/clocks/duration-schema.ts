import * as z from "zod";

const part = z.number().nonnegative().optional();
const UNIT_MS = { hours: 3_600_000, minutes: 60_000, seconds: 1000, milliseconds: 1 } as const;
/** Ten years of 365.25 days: the longest target a policy may set. */
const MAX_TARGET_MS = 87_660 * 3_600_000;

/**
 * A target length: milliseconds, or `{ hours?, minutes?, seconds?, milliseconds? }`, parsed to
 * whole milliseconds (the same shape as the calendar's `Duration`), at most ten years.
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
    // A longer target could never come due inside the supported range (1900-2199) for a ticket
    // of our time on a working-hours calendar: reject the policy when it is read, rather than
    // fail every ticket it applies to.
    if (ms > MAX_TARGET_MS) {
      const shown = typeof value === "number" ? `${value} ms` : Object.entries(value).filter(([, n]) => n !== undefined).map(([unit, n]) => `${n} ${unit}`).join(", ");
      ctx.addIssue({ code: "custom", message: `A target may be at most 10 years (87660 hours); received ${shown}`, params: { code: "too_big" }, input: value });
      return z.NEVER;
    }
    return Math.round(ms);
  });
