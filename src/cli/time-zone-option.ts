import { CliError } from "./cli-error.js";

/**
 * Reads the `--time-zone` option, the IANA zone tables show wall-clock times in (`UTC` when
 * absent). Only the display changes; every computation is on instants.
 *
 * @param value - the text given, or `undefined`
 * @returns the zone
 * @throws {@link CliError} (exit 2) for a zone the runtime does not know
 *
 * @example
 * ```ts
 * timeZoneOption("Europe/Berlin"); // => "Europe/Berlin"
 * timeZoneOption(undefined); // => "UTC"
 * ```
 */
export function timeZoneOption(value: string | undefined): string {
  if (value === undefined) return "UTC";
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return value;
  } catch {
    throw new CliError(`--time-zone: unknown time zone ${JSON.stringify(value)}; expected an IANA name such as Europe/Berlin`);
  }
}
