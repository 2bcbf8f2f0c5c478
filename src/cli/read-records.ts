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
 * processed. The same reading as {@link streamRecords}, on a text already in memory.
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
  return [...streamRecords([text], source)];
}

/** The records of a whole text that is not NDJSON: one JSON document, or NDJSON after all. */
function wholeDocument(text: string, source: string): InputRecord[] {
  const body = text.replace(/^\uFEFF/, "");
  const lines = body.split(/\r?\n/);
  const nonBlank = lines.filter((line) => line.trim() !== "").length;
  const parsed = parseJsonText(body);
  if (parsed.ok) {
    if (!Array.isArray(parsed.value)) return [{ label: "record 1", value: parsed.value }];
    return (parsed.value as unknown[]).map((value, index) => ({ label: `record ${index + 1}`, value }));
  }
  // Not one JSON document: NDJSON when its first line is a JSON value of its own.
  // Stryker disable next-line ConditionalExpression: with one non-blank line, that line is the whole document, which just failed to parse, so looksLikeNdjson is false too
  if (nonBlank === 1 || !looksLikeNdjson(lines)) throw new CliError(`${source}: ${parsed.message}`);
  const records: InputRecord[] = [];
  lines.forEach((line, index) => {
    if (line.trim() !== "") records.push(lineRecord(line, `line ${index + 1}`));
  });
  return records;
}

function lineRecord(line: string, label: string): InputRecord {
  const parsed = parseJsonText(line);
  return parsed.ok ? { label, value: parsed.value } : { label, error: parsed.message.replace(/ at line 1, column/, " at column") };
}

/**
 * Reads an input's records as its text arrives, in pieces of any size: the one reader of the
 * command line's inputs. NDJSON (a first non-blank line that is a JSON value by itself, or one
 * that does not start a JSON document) is read a line at a time, so memory does not grow with the
 * input; a JSON array or a JSON object written over several lines is read whole, as
 * {@link readRecords} reads it. Labels and errors are the same as {@link readRecords}'s: `line N`
 * for NDJSON, `record N` for a JSON document's elements or a lone record.
 *
 * @param chunks - the input's text, in order, in pieces (a piece may end inside a line)
 * @param source - the file name (or `stdin`), for the error message
 * @returns the records, in input order, one at a time
 * @throws {@link CliError} when the input is empty or a malformed JSON document
 *
 * @example
 * ```ts
 * [...streamRecords(['{"id":"a"}\n{"id', '":"b"}\n'], "t.ndjson")].map((r) => r.label); // => ["line 1", "line 2"]
 * ```
 */
export function* streamRecords(chunks: Iterable<string>, source: string): Generator<InputRecord> {
  let pending = "";
  let lineNumber = 0;
  // Set inside emit, so typed wide: the checks after the loop see what emit decided.
  let mode = "detect" as "detect" | "ndjson" | "whole";
  // Until a second record is seen, a lone NDJSON line is "record 1", as in a one-record file.
  let first: { readonly line: string; readonly number: number } | undefined;
  let head = "";
  // `ending` is the line's own terminator, so a document read whole is the text as it was.
  const emit = function* (line: string, ending: string): Generator<InputRecord> {
    lineNumber += 1;
    if (mode === "whole") {
      head += line + ending;
      return;
    }
    const text = lineNumber === 1 ? line.replace(/^\uFEFF/, "") : line;
    if (text.trim() === "") {
      if (mode === "detect") head += line + ending;
      return;
    }
    if (mode === "detect") {
      const trimmed = text.trimStart();
      // A line that starts a JSON document but is not a value by itself: the document spans lines.
      if (trimmed.startsWith("[") || (trimmed.startsWith("{") && !parseJsonText(text).ok)) {
        mode = "whole";
        head += line + ending;
        return;
      }
      mode = "ndjson";
      first = { line: text, number: lineNumber };
      return;
    }
    if (first !== undefined) {
      yield lineRecord(first.line, `line ${first.number}`);
      first = undefined;
    }
    yield lineRecord(text, `line ${lineNumber}`);
  };
  for (const chunk of chunks) {
    pending += chunk;
    let start = 0;
    for (let end = pending.indexOf("\n"); end !== -1; end = pending.indexOf("\n", start)) {
      const crlf = end > start && pending.charCodeAt(end - 1) === 13;
      const line = pending.slice(start, crlf ? end - 1 : end);
      start = end + 1;
      yield* emit(line, crlf ? "\r\n" : "\n");
    }
    pending = pending.slice(start);
  }
  if (pending !== "") yield* emit(pending, "");
  if (mode === "whole") {
    yield* wholeDocument(head, source);
    return;
  }
  if (mode === "detect") throw new CliError(`${source}: the input is empty; expected a JSON array, a JSON object or NDJSON`);
  if (first !== undefined) yield lineRecord(first.line, "record 1");
}

/** A multi-line text starting with `{` is NDJSON when its first non-blank line is a whole JSON value on its own. */
function looksLikeNdjson(lines: readonly string[]): boolean {
  const first = lines.find((line) => line.trim() !== "");
  // Stryker disable next-line ConditionalExpression: only called for a text that is not blank, so a non-blank line is always found
  return first !== undefined && parseJsonText(first).ok;
}
