import { CliError } from "./cli-error.js";
import { parseJsonText } from "./parse-json-text.js";

/**
 * One record read from an input: where it is (`record 3` in a JSON array, `line 3` in NDJSON,
 * counted from 1) and either its value or why it could not be parsed.
 *
 * @example
 * ```ts
 * const slot: InputRecord = { label: "line 2", value: { id: "T-2" } };
 * ```
 */
export type InputRecord =
  | {
      /** Where the record is, for error lines. */
      readonly label: string;
      /** The parsed JSON value. */
      readonly value: unknown;
    }
  | {
      /** Where the record is, for error lines. */
      readonly label: string;
      /** Why the record could not be parsed (NDJSON only: one bad line spoils only itself). */
      readonly error: string;
    };

/**
 * Splits an input's text into records. A text that is one JSON array gives a record per
 * element; a text that is one JSON object is one record; anything else is NDJSON, one JSON value
 * per non-blank line. A malformed JSON document makes the whole input unreadable
 * (exit 2); a malformed NDJSON line is a bad record of its own, so the others can still be
 * processed.
 *
 * @param text - the input's content
 * @param source - the file name (or `stdin`), for the error message
 * @returns the records, in input order
 * @throws {@link CliError} when the input is empty or a malformed JSON document
 *
 * @example
 * ```ts
 * readRecords('[{"id":"a"},{"id":"b"}]', "t.json").map((r) => r.label); // => ["record 1", "record 2"]
 * readRecords('{"id":"a"}\n\n{"id":"b"}\n', "t.ndjson").map((r) => r.label); // => ["line 1", "line 3"]
 * ```
 */
export function readRecords(text: string, source: string): InputRecord[] {
  const body = text.replace(/^\uFEFF/, "");
  const trimmed = body.trim();
  if (trimmed === "") throw new CliError(`${source}: the input is empty; expected a JSON array, a JSON object or NDJSON`);
  const lines = body.split(/\r?\n/);
  const nonBlank = lines.filter((line) => line.trim() !== "").length;
  if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
    const parsed = parseJsonText(body);
    if (parsed.ok) {
      if (!Array.isArray(parsed.value)) return [{ label: "record 1", value: parsed.value }];
      return (parsed.value as unknown[]).map((value, index) => ({ label: `record ${index + 1}`, value }));
    }
    // Not one JSON document: NDJSON when its first line is a JSON value of its own.
    // Stryker disable next-line ConditionalExpression: with one non-blank line, that line is the whole document, which just failed to parse, so looksLikeNdjson is false too
    if (nonBlank === 1 || !looksLikeNdjson(lines)) throw new CliError(`${source}: ${parsed.message}`);
  }
  const records: InputRecord[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    const parsed = parseJsonText(line);
    const label = nonBlank === 1 ? "record 1" : `line ${index + 1}`;
    records.push(parsed.ok ? { label, value: parsed.value } : { label, error: parsed.message.replace(/ at line 1, column/, " at column") });
  });
  return records;
}

/** A multi-line text starting with `{` is NDJSON when its first non-blank line is a whole JSON value on its own. */
function looksLikeNdjson(lines: readonly string[]): boolean {
  const first = lines.find((line) => line.trim() !== "");
  // Stryker disable next-line ConditionalExpression: only called for a text that is not blank, so a non-blank line is always found
  return first !== undefined && parseJsonText(first).ok;
}
