/**
 * Parses JSON text, or returns a message saying where it is malformed, by line and column
 * rather than the character offset `JSON.parse` reports, so the place can be found in an
 * editor.
 *
 * @param text - the JSON text
 * @returns `{ ok: true, value }`, or `{ ok: false, message }`
 *
 * @example
 * ```ts
 * parseJsonText('{"a": 1}'); // => { ok: true, value: { a: 1 } }
 * parseJsonText('{\n  "a": 1,\n}').ok; // => false
 * ```
 */
export function parseJsonText(text: string): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    // V8 quotes the text around the error, newlines included: keep the report on one line.
    // Stryker disable next-line Regex: \s also matches line breaks, so one break or a run of them is replaced alike
    const raw = (error instanceof Error ? error.message : String(error)).replace(/\s*[\r\n]+\s*/g, " ");
    const position = /at position (\d+)/.exec(raw);
    if (position?.[1] === undefined) return { ok: false, message: `malformed JSON: ${raw}` };
    const offset = Number(position[1]);
    const before = text.slice(0, offset);
    const line = before.split("\n").length;
    const column = offset - before.lastIndexOf("\n");
    // Stryker disable next-line Regex: the trailing .* under the s flag reaches the end either way, and V8 puts one space before "in JSON"
    const what = raw.replace(/\s*in JSON at position \d+.*$/s, "");
    return { ok: false, message: `malformed JSON at line ${line}, column ${column}: ${what}` };
  }
}
