import { CliError } from "./cli-error.js";

/** More threads than this would only queue behind each other on any machine the CLI runs on. */
const MOST_JOBS = 256;

/**
 * Reads `--jobs`: how many worker threads evaluate the records, a whole number from 1 (the
 * default: the command's own thread, no workers) to 256, or `auto` for as many as the machine
 * can run at once. `0` is refused rather than read as "auto", so a typo never starts a thread
 * per core.
 *
 * @param value - the text given, or undefined when the option is absent
 * @param parallelism - how many threads the machine can run at once, for `auto`
 * @returns the number of jobs, 1 or more
 * @throws {@link CliError} (exit 2) for anything else
 *
 * @example
 * ```ts
 * jobsOption("4", 2); // => 4
 * jobsOption("auto", 8); // => 8
 * jobsOption(undefined, 8); // => 1
 * ```
 */
export function jobsOption(value: string | undefined, parallelism: number): number {
  if (value === undefined) return 1;
  if (value.trim() === "auto") return Math.max(1, Math.min(MOST_JOBS, Math.floor(parallelism)));
  const jobs = /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!(jobs >= 1 && jobs <= MOST_JOBS)) {
    throw new CliError(`--jobs: expected a whole number of worker threads from 1 to ${MOST_JOBS}, or "auto", received ${JSON.stringify(value)}`);
  }
  return jobs;
}
