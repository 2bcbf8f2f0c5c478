import type { CliIo } from "./cli-io.js";
import { readSource } from "./read-source.js";
import { unreadable } from "./read-text.js";

/**
 * Opens a command's input for reading in pieces: the named file, or standard input when the file
 * is `-` or absent. Pieces come from {@link CliIo.readChunks} when the I/O has it (the binary
 * does), otherwise the whole text is one piece, read as {@link readSource} reads it.
 *
 * @param file - the file argument, `-`, or `undefined`
 * @param io - where files and standard input are read from
 * @returns the text's pieces and the name to use in error lines (`stdin` for standard input)
 * @throws {@link CliError} (exit 2) when the file cannot be read, when the pieces are read
 *
 * @example
 * ```ts
 * const { chunks, source } = openSource("tickets.ndjson", io);
 * for (const record of streamRecords(chunks, source)) console.log(record.label);
 * ```
 */
export function openSource(file: string | undefined, io: CliIo): { readonly chunks: Iterable<string>; readonly source: string } {
  const stdin = file === undefined || file === "-";
  const source = stdin ? "stdin" : file;
  const { readChunks } = io;
  if (readChunks === undefined) {
    let read: string | undefined;
    return { chunks: { *[Symbol.iterator]() { read ??= readSource(file, io).text; yield read; } }, source };
  }
  return {
    chunks: {
      *[Symbol.iterator]() {
        const pieces = readChunks(stdin ? undefined : file)[Symbol.iterator]();
        for (;;) {
          let next: IteratorResult<string>;
          try {
            next = pieces.next();
          } catch (error) {
            throw unreadable(source, error);
          }
          if (next.done === true) return;
          yield next.value;
        }
      },
    },
    source,
  };
}
