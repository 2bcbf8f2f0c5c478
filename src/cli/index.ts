// The command line's own surface, for tests and for embedding the commands in another tool.
export { CliError } from "./cli-error.js";
export type { CliIo } from "./cli-io.js";
export { EXIT_CODES } from "./exit-codes.js";
export type { ExitCode } from "./exit-codes.js";
export { runCli } from "./run-cli.js";
