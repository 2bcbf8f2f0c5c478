import { parseIsoInstant } from "../routing/instant.js";
import { CliError } from "./cli-error.js";

/**
 * Reads an instant option (`--now`, `--from`): an ISO 8601 date-time with an offset, so the
 * instant never depends on the host's time zone.
 *
 * @param name - the option's name, for the error line
 * @param value - the text given
 * @returns the instant
 * @throws {@link CliError} (exit 2) when it is not such an instant
 *
 * @example
 * ```ts
 * instantOption("now", "2026-11-20T10:00:00+01:00").toISOString(); // => "2026-11-20T09:00:00.000Z"
 * ```
 */
export function instantOption(name: string, value: string): Date {
  // Not Date.parse: it rolls a day that does not exist (2026-02-30) over into the next month.
  const ms = parseIsoInstant(value);
  if (Number.isNaN(ms)) {
    throw new CliError(`--${name}: expected an ISO 8601 instant with an offset, e.g. 2026-11-20T10:00:00Z; received ${JSON.stringify(value)}`);
  }
  return new Date(ms);
}
