import { CliError } from "./cli-error.js";

/**
 * Reads the `--format` option: `table` (for people, the default) or `json` (for programs).
 *
 * @param value - the text given, or `undefined`
 * @returns the format
 * @throws {@link CliError} (exit 2) for anything else
 *
 * @example
 * ```ts
 * formatOption("json"); // => "json"
 * formatOption(undefined); // => "table"
 * ```
 */
export function formatOption(value: string | undefined): "table" | "json" {
  if (value === undefined || value === "table") return "table";
  if (value === "json") return "json";
  throw new CliError(`--format: expected table or json, received ${JSON.stringify(value)}`);
}
