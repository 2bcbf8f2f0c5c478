import { readInstant } from "../shared/read-instant.js";
import { CliError } from "./cli-error.js";

/**
 * Reads an instant option (`--now`, `--from`) with the library's one reading of an instant
 * (`readInstant`): an ISO 8601 date-time with `Z` or an offset, so the instant never depends on
 * the host's time zone, in the years 1900 to 2199.
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
  const ms = readInstant(value);
  if (typeof ms === "number") return new Date(ms);
  // On a command line an instant is text: the library's message would also offer a Date.
  throw new CliError(`--${name}: ${ms.code === "out_of_range" ? ms.message : `expected an ISO 8601 instant with an offset, e.g. 2026-11-20T10:00:00Z; received ${JSON.stringify(value)}`}`);
}
