import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CliIo } from "../../src/cli/cli-io.js";
import { runCli } from "../../src/cli/run-cli.js";

export const ROOT = join(import.meta.dirname, "..", "..");
export const NOW = "2026-11-20T17:30:00Z";
export const SAMPLE: Record<string, unknown>[] = JSON.parse(readFileSync(join(ROOT, "examples", "tickets.json"), "utf8")) as Record<string, unknown>[];

export interface Result {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the CLI in-process: files from `files` first, then the repository; files the command
 * writes go into `written` (by path), never to disk; the clock fixed at `now`.
 */
export function run(
  args: readonly string[],
  options: { files?: Record<string, string>; stdin?: string; now?: string; written?: Record<string, string>; workers?: Pick<CliIo, "startWorker" | "parallelism"> } = {},
): Result {
  let stdout = "";
  let stderr = "";
  const written = options.written ?? {};
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readFile: (path) => options.files?.[path] ?? readFileSync(join(ROOT, path), "utf8"),
    readStdin: () => options.stdin ?? "",
    writeFile: (path, text) => {
      written[path] = text;
      return `/written/${path}`;
    },
    now: () => new Date(options.now ?? NOW),
    ...options.workers,
  };
  const status = runCli(args, io, "1.2.3");
  return { status, stdout, stderr };
}
