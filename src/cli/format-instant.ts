const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  // Stryker disable next-line ConditionalExpression: a new formatter formats alike; the cache only saves building one per call
  if (formatter === undefined) {
    // The zone is always explicit: a table must read the same whatever the host's TZ is.
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      weekday: "short",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZoneName: "short",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Formats an instant as a wall-clock time in a given IANA zone, for tables:
 * `Mon 2026-03-09 14:00 PDT`. The zone is always explicit, so the output never depends on the
 * host's time zone.
 *
 * @param instant - an ISO 8601 string or a `Date`
 * @param timeZone - the IANA zone to show the wall clock of (e.g. `"UTC"`, `"Europe/Berlin"`)
 * @returns the text
 *
 * @example
 * ```ts
 * formatInstant("2026-03-09T21:00:00.000Z", "America/Los_Angeles"); // => "Mon 2026-03-09 14:00 PDT"
 * formatInstant("2026-03-09T21:00:00.000Z", "UTC"); // => "Mon 2026-03-09 21:00 UTC"
 * ```
 */
export function formatInstant(instant: string | Date, timeZone: string): string {
  // Stryker disable next-line ConditionalExpression: new Date(date) is a copy of the same instant
  const date = typeof instant === "string" ? new Date(instant) : instant;
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of formatterFor(timeZone).formatToParts(date)) parts[part.type] = part.value;
  // Stryker disable next-line StringLiteral: the formatter is asked for every one of these parts, so none is ever missing
  return `${parts.weekday ?? ""} ${parts.year ?? ""}-${parts.month ?? ""}-${parts.day ?? ""} ${parts.hour ?? ""}:${parts.minute ?? ""} ${parts.timeZoneName ?? ""}`;
}
