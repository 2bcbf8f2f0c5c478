import { CliError } from "./cli-error.js";
import type { CliIo } from "./cli-io.js";

/**
 * Reads a whole text file, turning a missing or unreadable file into one line naming it.
 *
 * @param path - the file
 * @param io - where files are read from
 * @returns the file's text
 * @throws {@link CliError} (exit 2) when the file cannot be read
 *
 * @example
 * ```ts
 * readText("missing.json", io); // throws CliError "missing.json: cannot read the file (no such file)"
 * ```
 */
export function readText(path: string, io: CliIo): string {
  try {
    return io.readFile(path);
  } catch (error) {
    throw unreadable(path, error);
  }
}

/**
 * Reads a whole text file that may be absent: undefined when there is no such file, otherwise
 * as {@link readText} (an unreadable file is one line naming it).
 *
 * @example
 * ```ts
 * readOptionalText("export/holidays.json", io); // => undefined when the export has none
 * ```
 */
export function readOptionalText(path: string, io: CliIo): string | undefined {
  try {
    return io.readFile(path);
  } catch (error) {
    if (typeof error === "object" && error !== null && "code" in error && error.code === "ENOENT") return undefined;
    throw unreadable(path, error);
  }
}

/**
 * The one line naming a file that cannot be read, from Node's error.
 *
 * @example
 * ```ts
 * unreadable("t.json", Object.assign(new Error("x"), { code: "ENOENT" })).message; // => "t.json: cannot read the file (no such file)"
 * ```
 */
export function unreadable(path: string, error: unknown): CliError {
  // Stryker disable next-line StringLiteral: without a code, any text that is not one of the three codes below reads the same
  const code = typeof error === "object" && error !== null && "code" in error ? String((error).code) : "";
  const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : code === "EACCES" ? "permission denied" : error instanceof Error ? error.message : String(error);
  return new CliError(`${path}: cannot read the file (${why})`);
}
