import * as z from "zod";

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone name such as `"Europe/Berlin"`, checked against the runtime's zone data. */
export const timeZoneSchema: z.ZodType<string> = z.string().superRefine((value, ctx) => {
  if (!isTimeZone(value)) {
    ctx.addIssue({
      code: "custom",
      message: `Expected an IANA time zone such as "Europe/Berlin", received "${value}"`,
      params: { code: "invalid_time_zone" },
    });
  }
});
