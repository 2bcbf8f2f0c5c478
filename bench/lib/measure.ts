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

/** Nanoseconds per call of `calls` calls of `fn`, in wall-clock or process CPU time. */
function timeBatch(fn: () => unknown, calls: number, clock: "wall" | "cpu"): number {
  if (clock === "wall") {
    const start = performance.now();
    for (let i = 0; i < calls; i++) consume(fn());
    return (performance.now() - start) * 1e6;
  }
  const before = process.cpuUsage();
  for (let i = 0; i < calls; i++) consume(fn());
  const used = process.cpuUsage(before);
  return (used.user + used.system) * 1000;
}

/** {@link alternate}'s rounds: besides each round's figure, every slice's. */
export interface SlicedRounds extends Rounds {
  /** slices[v][r][s]: nanoseconds per call of variant v in slice s of round r. */
  readonly slices: readonly (readonly (readonly number[])[])[];
}

/**
 * Like {@link interleave}, at a finer grain, for ratios that must hold from run to run: each of
 * `rounds` rounds is `slices` short slices, and in every slice each variant runs one batch of
 * about `sliceMs`, the order rotated from slice to slice. A round's figure for a variant is its
 * fastest slice: on a shared machine noise only adds time (another process's turn on the core,
 * the caches it left cold, the collector's helper threads charged to this process in CPU time),
 * and among a round's many short slices some ran undisturbed, where interleave's one 300 ms turn
 * per variant and round averaged whatever happened in it. Take ratios with {@link roundRatios}.
 * Batch sizes are calibrated once per variant, after a warm-up; `collect` (a full garbage
 * collection, where the caller has one) runs before each round.
 */
export function alternate(variants: readonly (readonly [string, () => unknown])[], rounds = 9, slices = 30, sliceMs = 6, clock: "wall" | "cpu" = "wall", collect?: () => void): SlicedRounds {
  const batches = variants.map(([, fn]) => {
    const warmUntil = performance.now() + 150;
    while (performance.now() < warmUntil) consume(fn());
    let calls = 16;
    let ns = timeBatch(fn, calls, clock);
    while (ns < sliceMs * 2.5e5) {
      calls *= 2;
      ns = timeBatch(fn, calls, clock);
    }
    return Math.max(1, Math.round((calls * sliceMs * 1e6) / ns));
  });
  const perSlice = variants.map((): number[][] => []);
  for (let round = 0; round < rounds; round++) {
    // A full collection before each round: what the rounds before left to mark and sweep would
    // otherwise run on helper threads during this one, charged in CPU time to whichever batch
    // it overlaps.
    collect?.();
    const times = variants.map((): number[] => []);
    for (let slice = 0; slice < slices; slice++) {
      for (let step = 0; step < variants.length; step++) {
        const index = (step + slice + round) % variants.length;
        const batch = batches[index] as number;
        (times[index] as number[]).push(timeBatch((variants[index] as readonly [string, () => unknown])[1], batch, clock) / batch);
      }
    }
    for (let index = 0; index < variants.length; index++) (perSlice[index] as number[][]).push(times[index] as number[]);
  }
  return { names: variants.map(([name]) => name), samples: perSlice.map((ofRounds) => ofRounds.map(best)), slices: perSlice };
}

/** A ratio of two variants taken within rounds (fastest slice over fastest slice): the lowest round's (best) and the median round's. */
export function roundRatios(rounds: SlicedRounds, numerator: number, denominator: number): Ratio {
  const top = rounds.slices[numerator] as readonly (readonly number[])[];
  const bottom = rounds.slices[denominator] as readonly (readonly number[])[];
  const ratios = top.map((slices, round) => best(slices) / best(bottom[round] as readonly number[]));
  return { best: best(ratios), median: median(ratios) };
}
