const formatters = new Map<string, Intl.DateTimeFormat>();
const zoneNamers = new Map<string, Intl.DateTimeFormat[]>();

/**
 * English locales whose CLDR data name their own region's zones: en-US has PST/EST but writes
 * GMT+1 for Berlin, en-GB has CET/CEST, en-AU AEST, en-IN IST, en-NZ NZDT, en-ZA SAST.
 */
const ZONE_NAME_LOCALES = ["en-US", "en-GB", "en-AU", "en-IN", "en-NZ", "en-ZA"] as const;
const GMT_OFFSET = /^(GMT|UTC)[+-]/;

/** The zone's abbreviation at `date` (PDT, CET, AEST), or its GMT offset when no locale has one. */
function zoneNameAt(date: Date, timeZone: string, fallback: string): string {
  if (!GMT_OFFSET.test(fallback)) return fallback;
  let namers = zoneNamers.get(timeZone);
  if (namers === undefined) {
    namers = ZONE_NAME_LOCALES.slice(1).map((locale) => new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "short" }));
    zoneNamers.set(timeZone, namers);
  }
  for (const namer of namers) {
    const name = namer.formatToParts(date).find((part) => part.type === "timeZoneName")?.value;
    if (name !== undefined && !GMT_OFFSET.test(name)) return name;
  }
  return fallback;
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  // Stryker disable next-line ConditionalExpression: a new formatter formats alike; the cache only saves building one per call
  if (formatter === undefined) {
    // The zone is always explicit: a table must read the same whatever the host's TZ is.
    formatter = new Intl.DateTimeFormat(ZONE_NAME_LOCALES[0], {
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
 * host's time zone; it is the zone's abbreviation where English usage has one (PDT, CET, AEST,
 * IST), else its offset from GMT (`GMT+9`).
 *
 * @param instant - an ISO 8601 string or a `Date`
 * @param timeZone - the IANA zone to show the wall clock of (e.g. `"UTC"`, `"Europe/Berlin"`)
 * @returns the text
 *
 * @example
 * ```ts
 * formatInstant("2026-03-09T21:00:00.000Z", "America/Los_Angeles"); // => "Mon 2026-03-09 14:00 PDT"
 * formatInstant("2026-03-09T21:00:00.000Z", "UTC"); // => "Mon 2026-03-09 21:00 UTC"
 * formatInstant("2026-11-20T17:00:00.000Z", "Europe/Berlin"); // => "Fri 2026-11-20 18:00 CET"
 * ```
 */
export function formatInstant(instant: string | Date, timeZone: string): string {
  // Stryker disable next-line ConditionalExpression: new Date(date) is a copy of the same instant
  const date = typeof instant === "string" ? new Date(instant) : instant;
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of formatterFor(timeZone).formatToParts(date)) parts[part.type] = part.value;
  // Stryker disable next-line StringLiteral: the formatter is asked for every one of these parts, so none is ever missing
  return `${parts.weekday ?? ""} ${parts.year ?? ""}-${parts.month ?? ""}-${parts.day ?? ""} ${parts.hour ?? ""}:${parts.minute ?? ""} ${zoneNameAt(date, timeZone, parts.timeZoneName ?? "")}`;
}
