import { CliError } from "./cli-error.js";
import { didYouMean } from "./did-you-mean.js";

/**
 * Reads the `--format` option: `table` (for people, the default), `json` (for programs), or, for
 * commands that stream, `ndjson` (one JSON value per line).
 *
 * @param value - the text given, or `undefined`
 * @param formats - the formats the command offers (`table` first), by default table and json
 * @returns the format
 * @throws {@link CliError} (exit 2) for anything else
 *
 * @example
 * ```ts
 * formatOption("json"); // => "json"
 * formatOption(undefined); // => "table"
 * ```
 */
export function formatOption<F extends "table" | "json" | "ndjson" = "table" | "json">(
  value: string | undefined,
  formats: readonly F[] = ["table", "json"] as F[],
): F {
  if (value === undefined) return "table" as F;
  if ((formats as readonly string[]).includes(value)) return value as F;
  const names = formats.length === 2 ? formats.join(" or ") : `${formats.slice(0, -1).join(", ")} or ${String(formats.at(-1))}`;
  throw new CliError(`--format: expected ${names}, received ${JSON.stringify(value)}${didYouMean(value, formats)}`);
}
