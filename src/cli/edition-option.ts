import type { Edition } from "../shared/edition.js";
import { EDITION_SPELLINGS } from "../shared/edition-schema.js";
import { CliError } from "./cli-error.js";
import { ownValue } from "../shared/own-value.js";

/**
 * Reads the `--edition` option: `2016` (the 2016 handbook) or `2026` (GitLab's 2026 rules), or
 * the library's own names `handbook2016` and `gitlab2026`; `2026` when absent.
 *
 * @param value - the text given, or `undefined`
 * @returns the edition
 * @throws {@link CliError} (exit 2) for anything else
 *
 * @example
 * ```ts
 * editionOption("2016"); // => "handbook2016"
 * editionOption(undefined); // => "gitlab2026"
 * ```
 */
export function editionOption(value: string | undefined): Edition {
  if (value === undefined) return "gitlab2026";
  // The library's one table of spellings: the CLI and the API accept the same ones.
  const edition = ownValue(EDITION_SPELLINGS, value);
  if (edition !== undefined) return edition;
  throw new CliError(`--edition: expected 2016 or 2026, received ${JSON.stringify(value)}`);
}
