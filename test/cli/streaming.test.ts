// Big exports: the reader takes its input in pieces, the sla output streams a ticket at a time
// in table, JSON and NDJSON, JSON is written in pieces, and tables never spread their rows into
// Math.max. The scale figures (1M tickets, memory) are in bench/cli-scale.bench.ts.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/cli-io.js";
import { formatTable } from "../../src/cli/format-table.js";
import { jsonPieces } from "../../src/cli/json-pieces.js";
import { progressLine } from "../../src/cli/progress-line.js";
import { readRecords, streamRecords } from "../../src/cli/read-records.js";
import { runCli } from "../../src/cli/run-cli.js";
import { fc, test } from "../support/property.js";
import { CLI, ensureBuilt } from "./built-cli.js";
import { NOW, SAMPLE, run } from "./harness.js";

/** Cuts a text into pieces at the given offsets. */
function pieces(text: string, cuts: readonly number[]): string[] {
  const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const to of at) {
    out.push(text.slice(from, to));
    from = to;
  }
  out.push(text.slice(from));
  return out;
}

const line = fc.oneof(
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.constantFrom("", "  ", "{not json", "[1,", '{"id":"a"}\r', "\uFEFF{}"),
);

describe("streamRecords: the one reader, fed in pieces", () => {
  test.prop([fc.array(line, { maxLength: 8 }), fc.constantFrom("\n", "\r\n"), fc.array(fc.nat(), { maxLength: 6 })], { numRuns: 300 })(
    "gives what readRecords gives the whole text, however the text is cut: records, labels, errors",
    (lines, eol, cuts) => {
      const text = lines.join(eol);
      const whole = (): unknown => {
        try {
          return readRecords(text, "t");
        } catch (error) {
          return (error as Error).message;
        }
      };
      const streamed = (): unknown => {
        try {
          return [...streamRecords(pieces(text, cuts), "t")];
        } catch (error) {
          return (error as Error).message;
        }
      };
      expect(streamed()).toEqual(whole());
    },
  );

  it("reads NDJSON a line at a time: the first records come before the input ends", () => {
    function* endless(): Generator<string> {
      for (let i = 0; ; i++) yield `{"id":"T-${i}"}\n`;
    }
    const records = streamRecords(endless(), "stdin");
    const first = [records.next().value, records.next().value];
    expect(first).toEqual([{ label: "line 1", value: { id: "T-0" } }, { label: "line 2", value: { id: "T-1" } }]);
  });

  it("a JSON document written over several lines is read whole, and a malformed one makes the input unreadable", () => {
    expect([...streamRecords(['{\n  "id"', ': "a"\n}\n'], "t.json")]).toEqual([{ label: "record 1", value: { id: "a" } }]);
    expect(() => [...streamRecords(["[1,\n", "2,,\n3]"], "t.json")]).toThrow(/^t\.json: malformed JSON/);
  });
});

describe("jsonPieces: JSON.stringify(value, null, 2) without one huge string", () => {
  test.prop([fc.jsonValue()], { numRuns: 300 })("joins to JSON.stringify's text", (value) => {
    expect([...jsonPieces(value)].join("")).toBe(JSON.stringify(value, null, 2));
  });

  it("splits large arrays and the objects holding them, element by element, and still joins to the same text", () => {
    const value = { name: "x", none: undefined, list: Array.from({ length: 1000 }, (_, i) => ({ i, skip: undefined, f: () => i })), holes: [undefined, ...Array.from({ length: 300 }, () => 1)] };
    const parts = [...jsonPieces(value)];
    expect(parts.length).toBeGreaterThan(1000);
    expect(parts.join("")).toBe(JSON.stringify(value, null, 2));
    expect([...jsonPieces(Array.from({ length: 500 }, (_, i) => i), "  ")].join("")).toBe(JSON.stringify(Array.from({ length: 500 }, (_, i) => i), null, 2).replaceAll("\n", "\n  "));
  });
});

describe("tables of any length", () => {
  it("lays out 300,000 rows without overflowing the stack (no Math.max over the rows)", () => {
    const rows = Array.from({ length: 300_000 }, (_, i) => [String(i), "x"]);
    const table = formatTable(["#", "v"], rows);
    expect(table.split("\n")).toHaveLength(300_003);
    expect(table.startsWith("#       v\n------  -\n0       x\n")).toBe(true);
  });
});

describe("the progress line", () => {
  const io = (terminal: boolean, clock: () => number): { io: CliIo; err: string[] } => {
    const err: string[] = [];
    return {
      err,
      io: { stdout: () => undefined, stderr: (t) => err.push(t), readFile: () => "", readStdin: () => "", writeFile: (path) => path, now: () => new Date(0), stderrIsTerminal: terminal, elapsedMs: clock },
    };
  };

  it("is drawn on a terminal once the work has taken two seconds: records read, per second, elapsed; cleared at the end", () => {
    let t = 0;
    const { io: tty, err } = io(true, () => t);
    const progress = progressLine(tty);
    for (let i = 0; i < 1024; i++) progress.tick();
    expect(err).toEqual([]);
    t = 4000;
    for (let i = 0; i < 1024; i++) progress.tick();
    expect(err).toEqual(["\r\u001b[K2,048 records read, 512/s, 4 s"]);
    progress.clear();
    expect(err.at(-1)).toBe("\r\u001b[K");
  });

  it("is never drawn when standard error is not a terminal", () => {
    let t = 0;
    const { io: pipe, err } = io(false, () => (t += 10_000));
    const progress = progressLine(pipe);
    for (let i = 0; i < 5000; i++) progress.tick();
    progress.clear();
    expect(err).toEqual([]);
  });
});

describe("sla streams a ticket at a time", () => {
  const tickets = (n: number, bad?: number): string =>
    Array.from({ length: n }, (_, i) =>
      i === bad ? '{"id": "broken"' : JSON.stringify({ ...SAMPLE[i % SAMPLE.length], id: `T-${i}` }),
    ).join("\n");

  it("--format ndjson prints one report per line, the reports --format json prints", () => {
    const input = tickets(40);
    const ndjson = run(["sla", "-", "--format", "ndjson", "--now", NOW], { stdin: input });
    const json = run(["sla", "-", "--format", "json", "--now", NOW], { stdin: input });
    expect(ndjson.status).toBe(0);
    const lines = ndjson.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(40);
    expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual((JSON.parse(json.stdout) as { reports: unknown[] }).reports);
  });

  it("past the first 1,000 tickets, a bad record without --keep-going stops the output there, says so, and exits 1", () => {
    let stdout = "";
    let stderr = "";
    const input = tickets(1500, 1200);
    const chunks = input.match(/[\s\S]{1,4096}/g) ?? [];
    const io: CliIo = {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      readFile: () => "",
      readStdin: () => input,
      writeFile: (path) => path,
      readChunks: () => chunks,
      now: () => new Date(NOW),
    };
    expect(runCli(["sla", "--format", "ndjson", "--now", NOW], io)).toBe(1);
    expect(stdout.trimEnd().split("\n")).toHaveLength(1200);
    expect(stderr).toMatch(/^stdin: line 1201: malformed JSON/);
    expect(stderr).toContain("1 invalid record(s) in stdin; the output stops before line 1201, the tickets before it were printed (use --keep-going to evaluate the valid ones)\n");
  });

  describe("the built binary on 10,000 tickets", () => {
    const dir = mkdtempSync(join(tmpdir(), "support-policy-stream-"));
    const file = join(dir, "tickets.ndjson");
    const N = 10_000;
    beforeAll(() => {
      ensureBuilt();
      writeFileSync(file, tickets(N));
    }, 120_000);
    afterAll(() => {
      rmSync(dir, { recursive: true, force: true });
    });
    const sla = (format: string) => spawnSync(process.execPath, [CLI, "sla", file, "--format", format, "--now", NOW], { encoding: "utf8", maxBuffer: 1 << 30 });

    it.each(["ndjson", "json", "table"])("--format %s ends with exit 0 and every ticket in the output", (format) => {
      const result = sla(format);
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      if (format === "ndjson") expect(result.stdout.trimEnd().split("\n")).toHaveLength(N);
      if (format === "json") expect((JSON.parse(result.stdout) as { reports: unknown[] }).reports).toHaveLength(N);
      if (format === "table") expect(result.stdout).toContain(`\n${N} ticket(s): `);
      if (format === "table") expect(new Set(result.stdout.match(/^T-\d+/gm)).size).toBe(N);
    }, 120_000);
  });
});
