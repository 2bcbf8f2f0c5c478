/** Containers with more entries than this are written an entry at a time. */
const SPLIT_OVER = 256;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * `JSON.stringify(value, null, 2)` as a sequence of pieces, so a large document is written out
 * without ever being one string: V8 cannot hold a string past about 512 MiB, which an SLA export
 * of a few hundred thousand tickets reaches. Joined, the pieces are exactly the one string
 * `JSON.stringify` would give (for values without a custom `toJSON` that returns a container).
 *
 * @param value - any JSON-serialisable value
 * @param indent - the indentation of the line the value starts on (for values nested by hand)
 * @returns the pieces, in order
 *
 * @example
 * ```ts
 * [...jsonPieces({ reports: [1, 2] })].join(""); // => '{\n  "reports": [\n    1,\n    2\n  ]\n}'
 * ```
 */
export function* jsonPieces(value: unknown, indent = ""): Generator<string> {
  const inner = `${indent}  `;
  if (Array.isArray(value) && value.length > SPLIT_OVER) {
    yield "[";
    for (let i = 0; i < value.length; i++) {
      yield i === 0 ? `\n${inner}` : `,\n${inner}`;
      // JSON.stringify writes null for what it cannot represent in an array.
      const element: unknown = value[i];
      yield* element === undefined || typeof element === "function" || typeof element === "symbol" ? ["null"] : jsonPieces(element, inner);
    }
    yield `\n${indent}]`;
    return;
  }
  if (isPlainObject(value) && typeof value["toJSON"] !== "function") {
    const keys = Object.keys(value);
    const large = keys.length > SPLIT_OVER || keys.some((key) => Array.isArray(value[key]) && (value[key] as unknown[]).length > SPLIT_OVER);
    if (large) {
      let first = true;
      yield "{";
      for (const key of keys) {
        const entry = value[key];
        // Left out, as JSON.stringify leaves them out of an object.
        if (entry === undefined || typeof entry === "function" || typeof entry === "symbol") continue;
        yield `${first ? "" : ","}\n${inner}${JSON.stringify(key)}: `;
        first = false;
        yield* jsonPieces(entry, inner);
      }
      yield first ? "}" : `\n${indent}}`;
      return;
    }
  }
  const text = JSON.stringify(value, null, 2);
  yield indent === "" ? text : text.replaceAll("\n", `\n${indent}`);
}
