#!/usr/bin/env node
// The `support-policy` binary: Node's streams, files and clock wired to runCli. This is the one
// place in the package that reads the clock, and only when --now is not given.
import { nodeProcess as process } from "./node-process.js";

declare const SUPPORT_POLICY_VERSION: string | undefined;

const version = typeof SUPPORT_POLICY_VERSION === "string" ? SUPPORT_POLICY_VERSION : "dev";
const { readFileSync, writeFileSync, mkdirSync, openSync, readSync, closeSync, writeSync } = process.getBuiltinModule("node:fs");
const { resolve, dirname } = process.getBuiltinModule("node:path");
const { Buffer } = process.getBuiltinModule("node:buffer");

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes all of `text` to standard output before returning. `process.stdout.write` to a pipe
 * queues what the reader has not taken yet, and a command that never returns to the event loop
 * (every command here is synchronous) would queue its whole output: a million reports piped into
 * a slower reader held gigabytes. Written with `writeSync`, a full pipe simply waits for its reader.
 * `process.stdout` is never touched, so standard output is not switched to non-blocking mode;
 * should it be non-blocking anyway (EAGAIN), the write waits a millisecond and tries again.
 */
function writeOut(text: string): void {
  const bytes = Buffer.from(text, "utf8");
  let at = 0;
  while (at < bytes.length) {
    try {
      at += writeSync(1, bytes, at, bytes.length - at);
    } catch (error) {
      const code = (error as { readonly code?: unknown }).code;
      if (code === "EAGAIN") {
        Atomics.wait(pause, 0, 0, 1);
        continue;
      }
      // The reader went away (`support-policy sla … | head -1`): a Unix tool stops quietly with
      // success, as `cat` does, at once rather than after the rest of the work. Other write
      // failures are still errors.
      if (code === "EPIPE") {
        process.exitCode = 0;
        process.exit?.(0);
      }
      throw error;
    }
  }
}
const { performance } = process.getBuiltinModule("node:perf_hooks");
const { availableParallelism } = process.getBuiltinModule("node:os");
const { StringDecoder } = process.getBuiltinModule("node:string_decoder");

/** A file (or standard input) as UTF-8 text in pieces of 1 MiB, read synchronously as they are asked for. */
function* readChunks(path: string | undefined): Generator<string> {
  const fd = path === undefined ? 0 : openSync(path, "r");
  const buffer = new Uint8Array(1 << 20);
  // Decodes across pieces: a character split between two reads comes out whole.
  const decoder = new StringDecoder("utf8");
  try {
    for (;;) {
      let read: number;
      try {
        read = readSync(fd, buffer, 0, buffer.length, null);
      } catch (error) {
        // A non-blocking standard input with nothing to read yet: ask again.
        if ((error as { code?: unknown }).code === "EAGAIN") continue;
        // A closed pipe (no input at all) ends it like end of file.
        if ((error as { code?: unknown }).code === "EOF") break;
        throw error;
      }
      if (read === 0) break;
      yield decoder.write(buffer.subarray(0, read));
    }
    const rest = decoder.end();
    if (rest !== "") yield rest;
  } finally {
    if (path !== undefined) closeSync(fd);
  }
}

try {
  // Imported here so that an error while the library loads is reported as internal (exit 70) too.
  const { runCli } = await import("./run-cli.js");
  const { nodeWorkerChannel } = await import("./node-worker-channel.js");
  // The worker's module is built beside this one (tsup's `sla-worker` entry).
  const workerScript = new URL("./sla-worker.js", import.meta.url);
  process.exitCode = runCli(
    process.argv.slice(2),
    {
      stdout: writeOut,
      stderr: (text) => process.stderr.write(text),
      readFile: (path) => readFileSync(path, "utf8"),
      readStdin: () => readFileSync(0, "utf8"),
      writeFile: (path, text) => {
        const absolute = resolve(path);
        mkdirSync(dirname(absolute), { recursive: true });
        writeFileSync(absolute, text, "utf8");
        return absolute;
      },
      now: () => new Date(),
      readChunks,
      stderrIsTerminal: process.stderr.isTTY === true,
      elapsedMs: () => performance.now(),
      startWorker: (setup) => nodeWorkerChannel(workerScript, setup),
      parallelism: availableParallelism(),
    },
    version,
  );
} catch (error) {
  // A bug, not bad input: say so plainly, with the stack for a report.
  process.stderr.write(`support-policy: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 70;
}
