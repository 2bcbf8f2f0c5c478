import { CliError } from "./cli-error.js";

/**
 * Reads a non-negative number option (`--hours`, `--minutes`, `--within`): a plain decimal
 * number such as `4`, `0.5` or `90`.
 *
 * @param name - the option's name, for the error line
 * @param value - the text given
 * @returns the number
 * @throws {@link CliError} (exit 2) for anything else, negatives included
 *
 * @example
 * ```ts
 * numberOption("hours", "0.5"); // => 0.5
 * ```
 */
export function numberOption(name: string, value: string): number {
  const number = /^\d+(?:\.\d+)?$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!Number.isFinite(number)) throw new CliError(`--${name}: expected a non-negative number, received ${JSON.stringify(value)}`);
  return number;
}
