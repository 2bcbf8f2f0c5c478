import { afterEach, describe, expect, it, vi } from "vitest";
import type { NodeProcess } from "../../src/cli/node-process.js";
import { NOW } from "./harness.js";

interface FakeProcess {
  readonly process: NodeProcess;
  readonly out: string[];
  readonly err: string[];
  readonly reads: (string | number)[];
}

/** A Node process whose arguments, streams and files are the test's own. */
function fakeProcess(args: readonly string[], files: Readonly<Record<string, string>>, failWrites = false): FakeProcess {
  const out: string[] = [];
  const err: string[] = [];
  const reads: (string | number)[] = [];
  const readFileSync = (path: string | number, encoding: "utf8"): string => {
    expect(encoding).toBe("utf8");
    reads.push(path);
    const text = files[String(path)];
    if (text === undefined) throw Object.assign(new Error(`ENOENT: ${String(path)}`), { code: "ENOENT" });
    return text;
  };
  // Files read in pieces as the binary reads its inputs: open, read into a buffer, close; fd 0 is
  // standard input.
  const opened = new Map<number, { readonly bytes: Uint8Array; at: number }>();
  const load = (fd: number, path: string | number): void => {
    opened.set(fd, { bytes: new TextEncoder().encode(readFileSync(path, "utf8")), at: 0 });
  };
  const openSync = (path: string): number => {
    const fd = 3 + opened.size;
    load(fd, path);
    return fd;
  };
  const readSync = (fd: number, buffer: Uint8Array, offset: number, length: number): number => {
    if (!opened.has(fd)) load(fd, fd);
    const file = opened.get(fd) as { readonly bytes: Uint8Array; at: number };
    const n = Math.min(length, file.bytes.length - file.at);
    buffer.set(file.bytes.subarray(file.at, file.at + n), offset);
    file.at += n;
    return n;
  };
  const closeSync = (): void => undefined;
  // Standard output is fd 1, written with writeSync.
  const writeSync = (fd: number, bytes: Uint8Array, offset: number, length: number): number => {
    expect(fd).toBe(1);
    if (failWrites) throw new Error("EPIPE: broken pipe");
    out.push(new TextDecoder().decode(bytes.subarray(offset, offset + length)));
    return length;
  };
  const process = {
    argv: ["node", "support-policy", ...args],
    exitCode: undefined as number | undefined,
    stdout: {
      write: (text: string): boolean => {
        if (failWrites) throw new Error("EPIPE: broken pipe");
        out.push(text);
        return true;
      },
    },
    stderr: { write: (text: string): boolean => err.push(text) > 0 },
    getBuiltinModule: ((id: string) =>
      id === "node:fs"
        ? { readFileSync, openSync, readSync, closeSync, writeSync }
        : (globalThis as unknown as { process: { getBuiltinModule: (name: string) => unknown } }).process.getBuiltinModule(id)) as NodeProcess["getBuiltinModule"],
  };
  return { process, out, err, reads };
}

/** Loads the binary's entry point afresh with `fake` as Node's process. */
async function runMain(fake: FakeProcess): Promise<void> {
  vi.resetModules();
  vi.doMock("../../src/cli/node-process.js", () => ({ nodeProcess: fake.process }));
  await import("../../src/cli/main.js");
}

afterEach(() => {
  vi.doUnmock("../../src/cli/node-process.js");
  vi.resetModules();
});

describe("the binary's entry point", () => {
  it("passes the arguments after the script, prints on standard output and sets the exit code; an unbuilt binary is version dev", async () => {
    const fake = fakeProcess(["--version"], {});
    await runMain(fake);
    expect(fake.out).toEqual(["dev\n"]);
    expect(fake.err).toEqual([]);
    expect(fake.process.exitCode).toBe(0);
  });

  it("a built binary prints the version the build put in", async () => {
    vi.stubGlobal("SUPPORT_POLICY_VERSION", "9.8.7");
    try {
      const fake = fakeProcess(["-v"], {});
      await runMain(fake);
      expect(fake.out).toEqual(["9.8.7\n"]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("reads files and standard input as UTF-8 text, and reports a usage error on standard error with exit 2", async () => {
    const calendar = JSON.stringify({ timeZone: "UTC", weekly: { mon: [["09:00", "17:00"]] } });
    const due = fakeProcess(["due", "--calendar", "cal.json", "--from", "2026-03-02T09:00:00Z", "--hours", "1", "--format", "json"], { "cal.json": calendar });
    await runMain(due);
    expect(due.reads).toEqual(["cal.json"]);
    expect(JSON.parse(due.out.join("")) as unknown).toMatchObject({ due: "2026-03-02T10:00:00.000Z" });
    expect(due.process.exitCode).toBe(0);

    const sla = fakeProcess(["sla", "--now", NOW], { "0": "" });
    await runMain(sla);
    expect(sla.reads).toEqual([0]);
    expect(sla.err).toEqual(["stdin: the input is empty; expected a JSON array, a JSON object or NDJSON\n"]);
    expect(sla.process.exitCode).toBe(2);
  });

  it("anything else is an internal error: one report with the stack on standard error, exit 70", async () => {
    const fake = fakeProcess(["--version"], {}, true);
    await runMain(fake);
    expect(fake.out).toEqual([]);
    expect(fake.err).toHaveLength(1);
    expect(fake.err[0]).toMatch(/^support-policy: internal error: Error: EPIPE: broken pipe\n {4}at /);
    expect(fake.err[0]?.endsWith("\n")).toBe(true);
    expect(fake.process.exitCode).toBe(70);
  });
});
