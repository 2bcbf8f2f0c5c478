/**
 * A small, dependency-free timer for benchmarks: runs `fn` in growing batches until the
 * measured time passes `minMs`, after a warm-up, and reports nanoseconds per call.
 */
export interface Measurement {
  readonly name: string;
  readonly nsPerOp: number;
  readonly opsPerSec: number;
}

let sink: unknown;

/** Keeps a result alive so the optimiser cannot drop the call that made it. */
export function consume(value: unknown): void {
  sink = value;
}

export function measure(name: string, fn: () => unknown, minMs = 400): Measurement {
  // Warm-up: let the JIT settle before timing.
  const warmUntil = performance.now() + Math.min(150, minMs / 2);
  while (performance.now() < warmUntil) consume(fn());
  let iterations = 1;
  let total = 0;
  let calls = 0;
  while (total < minMs) {
    const start = performance.now();
    for (let i = 0; i < iterations; i++) consume(fn());
    const elapsed = performance.now() - start;
    total += elapsed;
    calls += iterations;
    if (elapsed < 50) iterations *= 2;
  }
  const nsPerOp = (total * 1e6) / calls;
  return { name, nsPerOp, opsPerSec: 1e9 / nsPerOp };
}

export function formatOps(opsPerSec: number): string {
  if (opsPerSec >= 1e6) return `${(opsPerSec / 1e6).toFixed(2)} M`;
  if (opsPerSec >= 1e3) return `${(opsPerSec / 1e3).toFixed(1)} k`;
  return opsPerSec.toFixed(1);
}

/** Prints a Markdown table, so the output can be pasted as it is. */
export function printTable(headers: readonly string[], rows: readonly (readonly string[])[]): void {
  const line = (cells: readonly string[]): string => `| ${cells.join(" | ")} |`;
  console.log(line(headers));
  console.log(line(headers.map(() => "---")));
  for (const row of rows) console.log(line(row));
}

export function lastSink(): unknown {
  return sink;
}
