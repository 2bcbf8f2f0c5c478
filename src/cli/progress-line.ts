import type { CliIo } from "./cli-io.js";

/** No line for inputs that take less than this: a short run stays silent. */
const QUIET_FOR_MS = 2000;
/** The line is redrawn at most this often. */
const REDRAW_MS = 500;

/**
 * A progress line on standard error for a long input: records read, records per second and
 * elapsed seconds, redrawn in place. Drawn only when standard error is a terminal, and only
 * once the work has taken a couple of seconds; silent otherwise, so pipes and logs never see it.
 *
 * @example
 * ```ts
 * const progress: ProgressLine = progressLine(io);
 * progress.tick();
 * progress.clear();
 * ```
 */
export interface ProgressLine {
  /** Counts one record read; redraws the line when it is due. */
  readonly tick: () => void;
  /** Erases the line, before other text goes to standard error and at the end. */
  readonly clear: () => void;
}

/**
 * Makes the {@link ProgressLine} for a command's input.
 *
 * @param io - standard error, whether it is a terminal, and a monotonic clock
 * @returns the progress line (one that does nothing when standard error is not a terminal)
 *
 * @example
 * ```ts
 * const progress = progressLine(io);
 * for (const record of records) { progress.tick(); evaluate(record); }
 * progress.clear();
 * ```
 */
export function progressLine(io: CliIo): ProgressLine {
  const clock = io.elapsedMs;
  if (io.stderrIsTerminal !== true || clock === undefined) return { tick: () => undefined, clear: () => undefined };
  const started = clock();
  let count = 0;
  let drawnAt = Number.NEGATIVE_INFINITY;
  let drawn = false;
  return {
    tick: () => {
      count += 1;
      // The clock is read once per 1,024 records, not per record.
      if ((count & 1023) !== 0) return;
      const now = clock();
      const elapsed = now - started;
      if (elapsed < QUIET_FOR_MS || now - drawnAt < REDRAW_MS) return;
      drawnAt = now;
      drawn = true;
      const rate = Math.round((count * 1000) / elapsed);
      io.stderr(`\r\u001b[K${count.toLocaleString("en-US")} records read, ${rate.toLocaleString("en-US")}/s, ${(elapsed / 1000).toFixed(0)} s`);
    },
    clear: () => {
      if (!drawn) return;
      drawn = false;
      io.stderr("\r\u001b[K");
    },
  };
}
