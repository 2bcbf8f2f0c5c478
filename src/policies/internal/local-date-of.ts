import { formatInTimeZone } from "date-fns-tz";

/** The calendar date `YYYY-MM-DD` that `instant` falls on in `timeZone`, whatever the host zone. */
export function localDateOf(instant: Date, timeZone: string): string {
  return formatInTimeZone(instant, timeZone, "yyyy-MM-dd");
}
