/** Pieces are gathered up to this many characters before they are written out. */
const FLUSH_AT = 1 << 20;

/**
 * An output stream written in batches: many small pieces (a table row, a report) become one
 * write of about a mebibyte, and no piece ever waits to become part of one huge string.
 *
 * @example
 * ```ts
 * const out: BufferedOutput = bufferedOutput(io.stdout);
 * out.write("a\n");
 * out.flush();
 * ```
 */
export interface BufferedOutput {
  /** Adds a piece; writes the batch once it is large. */
  readonly write: (text: string) => void;
  /** Writes what is gathered. */
  readonly flush: () => void;
}

/**
 * Wraps a write function in a {@link BufferedOutput}.
 *
 * @param write - where batches go (standard output)
 * @returns the buffered output; call `flush` at the end
 *
 * @example
 * ```ts
 * const out = bufferedOutput((text) => process.stdout.write(text));
 * for (const piece of jsonPieces(queue)) out.write(piece);
 * out.flush();
 * ```
 */
export function bufferedOutput(write: (text: string) => void): BufferedOutput {
  let parts: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (parts.length === 0) return;
    const text = parts.join("");
    parts = [];
    size = 0;
    write(text);
  };
  return {
    write: (text) => {
      parts.push(text);
      size += text.length;
      if (size >= FLUSH_AT) flush();
    },
    flush,
  };
}
