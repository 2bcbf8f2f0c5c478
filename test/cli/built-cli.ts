// Runs the built binary, building it first when dist/cli.js is missing or older than a source
// file (scripts/check.mjs builds before the tests, so under CI this is a no-op).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..", "..");
export const CLI = join(ROOT, "dist", "cli.js");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function ensureBuilt(): void {
  if (existsSync(CLI) && statSync(CLI).mtimeMs >= newestSource(join(ROOT, "src"))) return;
  execFileSync(join(ROOT, "node_modules", ".bin", "tsup"), ["--silent"], { cwd: ROOT, stdio: "pipe" });
}

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node dist/cli.js ...args` from the repository root, optionally with standard input. */
export function runBuilt(args: readonly string[], input?: string): Run {
  // Room for the output of a few thousand tickets (spawnSync kills the child past 1 MiB by default).
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8", input: input ?? "", env: { ...process.env, NO_COLOR: "1" }, maxBuffer: 64 << 20 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
