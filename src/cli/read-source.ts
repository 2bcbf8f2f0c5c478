import type { CliIo } from "./cli-io.js";
import { readText } from "./read-text.js";

/**
 * Reads a command's input: the named file, or standard input when the file is `-` or absent,
 * so an export can be piped in (`zcat export.ndjson.gz | support-policy sla`).
 *
 * @param file - the file argument, `-`, or `undefined`
 * @param io - where files and standard input are read from
 * @returns the text and the name to use in error lines (`stdin` for standard input)
 * @throws {@link CliError} (exit 2) when the file cannot be read
 *
 * @example
 * ```ts
 * readSource("examples/tickets.json", io).source; // => "examples/tickets.json"
 * readSource(undefined, io).source; // => "stdin"
 * ```
 */
export function readSource(file: string | undefined, io: CliIo): { readonly text: string; readonly source: string } {
  if (file === undefined || file === "-") return { text: io.readStdin(), source: "stdin" };
  return { text: readText(file, io), source: file };
}
