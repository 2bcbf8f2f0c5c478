/**
 * The exit codes of the `support-policy` command, documented in `--help` and the README.
 *
 * - `ok` (0): every record was valid and the output is complete.
 * - `invalidRecords` (1): some records were invalid; each got one line on stderr naming the
 *   file, the record and the field. With `--keep-going` the valid records were still processed
 *   and printed; without it nothing was printed.
 * - `usage` (2): a usage error (unknown command or option, a bad option value) or unreadable
 *   input (a missing file, malformed JSON, an unknown calendar, an invalid policy file).
 *
 * @example
 * ```ts
 * EXIT_CODES.invalidRecords; // => 1
 * ```
 */
export const EXIT_CODES = { ok: 0, invalidRecords: 1, usage: 2 } as const;

/**
 * One of the exit codes in {@link EXIT_CODES}.
 *
 * @example
 * ```ts
 * const code: ExitCode = 2;
 * ```
 */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];
