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

/**
 * Like {@link measure}, in this process's CPU time (user and system, the garbage collector's
 * helper threads included) instead of wall-clock time: on a machine with more runnable processes
 * than cores, wall-clock time counts the moments another process had the core, and CPU time
 * does not.
 */
export function measureCpu(name: string, fn: () => unknown, minMs = 400): Measurement {
  const warmUntil = performance.now() + Math.min(150, minMs / 2);
  while (performance.now() < warmUntil) consume(fn());
  let iterations = 1;
  let totalUs = 0;
  let calls = 0;
  while (totalUs < minMs * 1000) {
    const before = process.cpuUsage();
    for (let i = 0; i < iterations; i++) consume(fn());
    const used = process.cpuUsage(before);
    const elapsed = used.user + used.system;
    totalUs += elapsed;
    calls += iterations;
    if (elapsed < 50_000) iterations *= 2;
  }
  const nsPerOp = (totalUs * 1000) / calls;
  return { name, nsPerOp, opsPerSec: 1e9 / nsPerOp };
}

/** Every round's nanoseconds per call of each variant, measured side by side. */
export interface Rounds {
  readonly names: readonly string[];
  /** samples[v][r]: variant v in round r. */
  readonly samples: readonly (readonly number[])[];
}

/**
 * Measures the variants against each other on a shared, noisy machine: `rounds` rounds, each
 * timing every variant once (`minMs` each, after measure's warm-up), the order rotated from
 * round to round so that no variant always runs first, right after another's garbage, or while
 * the machine is busier. A slow round slows every variant in it alike, so ratios are taken
 * within rounds (see {@link ratioOf}). `clock` "cpu" times in process CPU time ({@link measureCpu}).
 */
export function interleave(variants: readonly (readonly [string, () => unknown])[], rounds = 7, minMs = 300, clock: "wall" | "cpu" = "wall"): Rounds {
  const timer = clock === "cpu" ? measureCpu : measure;
  const samples = variants.map((): number[] => []);
  for (let round = 0; round < rounds; round++) {
    for (let step = 0; step < variants.length; step++) {
      const index = (step + round) % variants.length;
      const [name, fn] = variants[index] as readonly [string, () => unknown];
      (samples[index] as number[]).push(timer(name, fn, minMs).nsPerOp);
    }
  }
  return { names: variants.map(([name]) => name), samples };
}

export const best = (values: readonly number[]): number => Math.min(...values);

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** A ratio of two variants: of their best rounds, and the median of their ratios round by round. */
export interface Ratio {
  readonly best: number;
  readonly median: number;
}

export function ratioOf(rounds: Rounds, numerator: number, denominator: number): Ratio {
  const top = rounds.samples[numerator] as readonly number[];
  const bottom = rounds.samples[denominator] as readonly number[];
  return { best: best(top) / best(bottom), median: median(top.map((value, round) => value / (bottom[round] as number))) };
}

/**
 * A ratio against its budget, for a table cell: "0.93 (median 0.97) ≤ 1.00 pass". The verdict
 * reads the best rounds, the least inflated by other work on the machine, unless `by` is
 * "median"; the other figure is shown beside it, and "pass, median over" (or "pass, best over")
 * says when only the judged one passed.
 */
export function verdict(ratio: Ratio, budget: number, digits = 2, by: "best" | "median" = "best"): string {
  const judged = by === "best" ? ratio.best : ratio.median;
  const other = by === "best" ? ratio.median : ratio.best;
  const word = judged <= budget ? (other <= budget ? "pass" : `pass, ${by === "best" ? "median" : "best"} over`) : "FAIL";
  if (by === "best") return `${ratio.best.toFixed(digits)} (median ${ratio.median.toFixed(digits)}) ≤ ${budget.toFixed(digits)} ${word}`;
  return `median ${ratio.median.toFixed(digits)} (best ${ratio.best.toFixed(digits)}) ≤ ${budget.toFixed(digits)} ${word}`;
}
