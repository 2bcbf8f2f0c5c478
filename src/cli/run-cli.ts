import type { CliIo } from "./cli-io.js";
import { CliError } from "./cli-error.js";
import { didYouMean } from "./did-you-mean.js";
import { EXIT_CODES, type ExitCode } from "./exit-codes.js";
import { runAudit } from "./run-audit.js";
import { runDue } from "./run-due.js";
import { runExplain } from "./run-explain.js";
import { runQueue } from "./run-queue.js";
import { runReport } from "./run-report.js";
import { runSla } from "./run-sla.js";
import { MAIN_HELP } from "./usage.js";

/**
 * Runs the `support-policy` command line: dispatches to `due`, `sla`, `queue`, `explain`, `report` or `audit`, prints
 * help and the version, and turns a usage error or unreadable input into one line on stderr and
 * exit code 2 (see {@link EXIT_CODES}).
 *
 * @param args - the arguments after the program name
 * @param io - streams, files and clock (see {@link CliIo})
 * @param version - the version `--version` prints
 * @returns the exit code
 *
 * @example
 * ```ts
 * runCli(["due", "--calendar", "24x7", "--from", "2026-03-02T09:00:00Z", "--minutes", "30"], io);
 * // prints "Due  2026-03-02T09:30:00.000Z …" and returns 0
 * runCli(["frobnicate"], io); // prints 'support-policy: unknown command "frobnicate"…' on stderr, returns 2
 * ```
 */
export function runCli(args: readonly string[], io: CliIo, version = "0.0.0"): ExitCode {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case "due":
        return runDue(rest, io);
      case "sla":
        return runSla(rest, io);
      case "queue":
        return runQueue(rest, io);
      case "explain":
        return runExplain(rest, io);
      case "report":
        return runReport(rest, io);
      case "audit":
        return runAudit(rest, io);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.stdout(MAIN_HELP);
        return command === undefined ? EXIT_CODES.usage : EXIT_CODES.ok;
      case "--version":
      case "-v":
        io.stdout(`${version}\n`);
        return EXIT_CODES.ok;
      default:
        throw new CliError(`support-policy: unknown command ${JSON.stringify(command)}; expected due, sla, queue, explain, report or audit${didYouMean(command, ["due", "sla", "queue", "explain", "report", "audit"])} (see "support-policy --help")`);
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}
