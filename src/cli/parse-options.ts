import { CliError } from "./cli-error.js";
import { didYouMean } from "./did-you-mean.js";
import { nodeProcess } from "./node-process.js";

/**
 * The options a command accepts, in `util.parseArgs`'s shape: each a string or a boolean flag.
 *
 * @example
 * ```ts
 * const spec: OptionSpec = { now: { type: "string" }, "keep-going": { type: "boolean" } };
 * ```
 */
export type OptionSpec = Readonly<Record<string, { readonly type: "string" | "boolean"; readonly short?: string }>>;

/**
 * A command's parsed arguments: option values by name and the positional arguments.
 *
 * @example
 * ```ts
 * const parsed: ParsedOptions = { values: { now: "2026-11-20T10:00:00Z" }, positionals: ["tickets.json"] };
 * ```
 */
export interface ParsedOptions {
  /** Option values by name: a string, `true` for a flag, or absent. */
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  /** The positional arguments, in order. */
  readonly positionals: readonly string[];
}

/**
 * Parses a command's arguments with Node's own `util.parseArgs` (strict: an unknown option or a
 * missing value is an error), turning its errors into one usage line.
 *
 * @param command - the command's name, for the error line
 * @param args - the arguments after the command's name
 * @param spec - the options the command accepts (`--help` is always accepted)
 * @returns the parsed values and positionals
 * @throws {@link CliError} (exit 2) for an unknown option or a missing value
 *
 * @example
 * ```ts
 * parseOptions("sla", ["t.json", "--now", "2026-11-20T10:00:00Z"], { now: { type: "string" } });
 * // => { values: { now: "2026-11-20T10:00:00Z" }, positionals: ["t.json"] }
 * ```
 */
export function parseOptions(command: string, args: readonly string[], spec: OptionSpec): ParsedOptions {
  try {
    const { parseArgs } = nodeProcess.getBuiltinModule("node:util");
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { ...spec, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
    return { values: values, positionals };
  } catch (error) {
    // Node's messages span lines and suggest shell syntax; one line is what a script can log. Each
    // of their lines ends with a full stop or a question mark, so the lines are joined with a space.
    const raw = error instanceof Error ? error.message : String(error);
    const message = (raw.split(". To specify a positional")[0] ?? raw).replace(/\s*\n\s*/g, " ").replace(/\.$/, "");
    // An unknown option close to one the command has (`--formt`) names it.
    const unknown = /^Unknown option '(--[^']+)'/.exec(message)?.[1];
    const hint = unknown === undefined ? "" : didYouMean(unknown, ["--help", ...Object.keys(spec).map((name) => `--${name}`)]);
    throw new CliError(`support-policy ${command}: ${message}${hint}; see "support-policy ${command} --help"`);
  }
}
