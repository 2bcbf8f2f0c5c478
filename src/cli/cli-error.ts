import { EXIT_CODES, type ExitCode } from "./exit-codes.js";

/**
 * An error that ends the command with one line on stderr and a non-zero exit code: a usage
 * error or unreadable input (exit 2) unless another code is given. Bad records are not
 * `CliError`s: they are reported one line each and the command goes on when asked to.
 *
 * @example
 * ```ts
 * const error = new CliError("tickets.json: cannot read the file (ENOENT)");
 * error.exitCode; // => 2
 * ```
 */
export class CliError extends Error {
  /** The exit code the command ends with. */
  readonly exitCode: ExitCode;

  /** Builds the error from the one line to print. */
  constructor(message: string, exitCode: ExitCode = EXIT_CODES.usage) {
    super(message);
    this.name = "CliError";
    this.exitCode = exitCode;
  }
}
