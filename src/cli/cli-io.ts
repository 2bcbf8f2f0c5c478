import type { SlaWorkerSetup } from "./sla-batch.js";
import type { WorkerChannel } from "./worker-channel.js";

/**
 * Everything the command line touches outside itself: output streams, files read and written,
 * standard input and the clock. `main.ts` wires it to Node; tests pass their own, so every
 * command is deterministic.
 *
 * @example
 * ```ts
 * const io: CliIo = {
 *   stdout: (text) => process.stdout.write(text),
 *   stderr: (text) => process.stderr.write(text),
 *   readFile: (path) => readFileSync(path, "utf8"),
 *   readStdin: () => readFileSync(0, "utf8"),
 *   writeFile: (path, text) => (writeFileSync(path, text), resolve(path)),
 *   now: () => new Date(),
 * };
 * ```
 */
export interface CliIo {
  /** Writes to standard output (the report itself). */
  readonly stdout: (text: string) => void;
  /** Writes to standard error (one line per problem). */
  readonly stderr: (text: string) => void;
  /** Reads a whole text file as UTF-8; throws a Node `ErrnoException` when it cannot. */
  readonly readFile: (path: string) => string;
  /** Reads all of standard input as UTF-8. */
  readonly readStdin: () => string;
  /** Writes a whole text file as UTF-8, creating its folder; returns the path written, absolute. Throws a Node `ErrnoException` when it cannot. */
  readonly writeFile: (path: string, text: string) => string;
  /** The current instant, used only when `--now` is not given. */
  readonly now: () => Date;
  /**
   * Reads a file (or standard input, for `undefined`) as UTF-8 in pieces, so a large input is
   * never held whole; throws a Node `ErrnoException` when it cannot. Without it, inputs are read
   * whole with {@link CliIo.readFile} and {@link CliIo.readStdin}.
   */
  readonly readChunks?: (path: string | undefined) => Iterable<string>;
  /** Whether standard error is a terminal: only then is a progress line drawn on it. */
  readonly stderrIsTerminal?: boolean;
  /** Milliseconds on a monotonic clock, for the progress line's rate and elapsed time. */
  readonly elapsedMs?: () => number;
  /**
   * Starts a worker thread that evaluates `sla` records (`--jobs N`) with the setup given, and
   * returns the channel to it. Without it, every record is evaluated on the command's own thread,
   * whatever `--jobs` says.
   */
  readonly startWorker?: (setup: SlaWorkerSetup) => WorkerChannel;
  /** How many threads can run at once (`--jobs auto`); 1 when absent. */
  readonly parallelism?: number;
}
