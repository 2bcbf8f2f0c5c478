// An importer's cost against evaluating what it converted, page by page: each page is a round in
// which the import and the evaluation are each timed twice, alternated (the second evaluation on
// the second import's tickets, since a ticket evaluated again reuses what its first evaluation
// derived), and each keeps its faster time, in wall-clock and in CPU time: the slower one may
// have met a collection of the garbage the step before it left.
import { printTable, type Rounds, ratioOf, verdict } from "./measure.js";

/** A step's time in both clocks, milliseconds. */
export interface Time {
  readonly wall: number;
  readonly cpu: number;
}

const cpuMs = (): number => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

/** `run`'s result and its time in both clocks. */
export function timed<T>(run: () => T): [T, Time] {
  const wall = performance.now();
  const cpu = cpuMs();
  const value = run();
  return [value, { wall: performance.now() - wall, cpu: cpuMs() - cpu }];
}

/** The rounds of import and evaluation times, one per page. */
export class ImportRounds {
  readonly wall: Rounds = { names: ["import", "evaluate"], samples: [[], []] };
  readonly cpu: Rounds = { names: ["import", "evaluate"], samples: [[], []] };

  /** One page: each step's two timings, the faster kept. */
  add(imports: readonly [Time, Time], evaluations: readonly [Time, Time]): void {
    for (const [variant, [one, other]] of [imports, evaluations].entries()) {
      (this.wall.samples[variant] as number[]).push(Math.min(one.wall, other.wall));
      (this.cpu.samples[variant] as number[]).push(Math.min(one.cpu, other.cpu));
    }
  }

  /**
   * Prints the budget rows (import ÷ evaluation, judged on the median page in both clocks) and
   * returns whether both pass.
   */
  report(name: string, budget: number): boolean {
    const wall = ratioOf(this.wall, 0, 1);
    const cpu = ratioOf(this.cpu, 0, 1);
    console.log("");
    printTable(
      ["budget", "measured × evaluateSla alone, median page"],
      [
        [`${name} alone ÷ evaluateSla alone, wall clock (${this.wall.samples[0]?.length ?? 0} pages)`, verdict(wall, budget, 2, "median")],
        [`${name} alone ÷ evaluateSla alone, CPU time`, verdict(cpu, budget, 2, "median")],
      ],
    );
    return wall.median <= budget && cpu.median <= budget;
  }
}
