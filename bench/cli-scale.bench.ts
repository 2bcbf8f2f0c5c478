// The command line on big exports: `support-policy sla FILE --format ndjson` (and the table) on
// generated NDJSON of 10k, 100k and 1M tickets (CLI_BENCH_SIZES=10000,100000 to choose), run as a
// separate process under /usr/bin/time: wall time, tickets per second and peak resident memory,
// then the largest size against the one before it (streaming: ≈10× the time, ≈1× the memory).
// Builds the binary first when it is missing.
import { execFileSync, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..");
const CLI = join(ROOT, "dist", "cli.js");
const NOW = "2026-11-20T17:30:00Z";
const SIZES = (process.env["CLI_BENCH_SIZES"] ?? "10000,100000,1000000").split(",").map(Number);
const FORMATS = (process.env["CLI_BENCH_FORMATS"] ?? "ndjson,table").split(",");

if (!existsSync(CLI)) execFileSync(join(ROOT, "node_modules", ".bin", "tsup"), ["--silent"], { cwd: ROOT, stdio: "inherit" });
const sample = JSON.parse(readFileSync(join(ROOT, "examples", "tickets.json"), "utf8")) as Record<string, unknown>[];
const dir = mkdtempSync(join(tmpdir(), "support-policy-bench-"));

function generate(n: number): string {
  const file = join(dir, `tickets-${n}.ndjson`);
  const fd = openSync(file, "w");
  let batch = "";
  for (let i = 0; i < n; i++) {
    batch += `${JSON.stringify({ ...sample[i % sample.length], id: `T-${i}` })}\n`;
    if (batch.length > 1 << 20) {
      writeSync(fd, batch);
      batch = "";
    }
  }
  writeSync(fd, batch);
  closeSync(fd);
  return file;
}

interface Row {
  readonly n: number;
  readonly format: string;
  readonly seconds: number;
  readonly rssMb: number;
  readonly status: number | null;
}

const rows: Row[] = [];
try {
  for (const n of SIZES) {
    const file = generate(n);
    for (const format of FORMATS) {
      const out = openSync("/dev/null", "w");
      const run = spawnSync("/usr/bin/time", ["-f", "%e %M", process.execPath, CLI, "sla", file, "--format", format, "--now", NOW], { stdio: ["ignore", out, "pipe"], encoding: "utf8" });
      closeSync(out);
      const [seconds, kb] = (run.stderr.trim().split("\n").at(-1) ?? "0 0").split(" ").map(Number) as [number, number];
      rows.push({ n, format, seconds, rssMb: kb / 1024, status: run.status });
    }
    rmSync(file);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log("| tickets | format | exit | wall s | tickets/s | peak RSS MB |\n| --- | --- | --- | --- | --- | --- |");
for (const r of rows) {
  console.log(`| ${r.n.toLocaleString("en-US")} | ${r.format} | ${String(r.status)} | ${r.seconds.toFixed(1)} | ${Math.round(r.n / r.seconds).toLocaleString("en-US")} | ${r.rssMb.toFixed(0)} |`);
}
if (SIZES.length >= 2) {
  const [small, large] = SIZES.slice(-2) as [number, number];
  console.log(`\n| ${large.toLocaleString("en-US")} against ${small.toLocaleString("en-US")} | time ratio | memory ratio |\n| --- | --- | --- |`);
  for (const format of FORMATS) {
    const a = rows.find((r) => r.n === small && r.format === format);
    const b = rows.find((r) => r.n === large && r.format === format);
    if (a !== undefined && b !== undefined) console.log(`| ${format} | ${(b.seconds / a.seconds).toFixed(1)}× | ${(b.rssMb / a.rssMb).toFixed(2)}× |`);
  }
}
