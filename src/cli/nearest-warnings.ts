import type { BreachWarning } from "../sla/breach-warning.js";
import { METRIC_IDS } from "../sla/sla-vocabulary.js";

/** Zendesk's metrics in their order, then a policy set's own (by id), as breachWarnings ranks them. */
function rank(metric: string): number {
  const index = (METRIC_IDS as readonly string[]).indexOf(metric);
  return index < 0 ? METRIC_IDS.length : index;
}

/**
 * The order of breach warnings across tickets, the order `breachWarnings` gives a whole list
 * (docs/rules.md §2): soonest first, then by ticket id, then Zendesk's metric order, then the
 * metric's id.
 *
 * @param a - one warning
 * @param b - another
 * @returns negative when `a` comes first, positive when `b` does, 0 for the same ticket and metric
 *
 * @example
 * ```ts
 * [later, sooner].sort(compareWarnings); // => [sooner, later]
 * ```
 */
export function compareWarnings(a: BreachWarning, b: BreachWarning): number {
  return (
    a.inMs - b.inMs ||
    (a.ticketId < b.ticketId ? -1 : a.ticketId > b.ticketId ? 1 : 0) ||
    rank(a.metric) - rank(b.metric) ||
    (a.metric < b.metric ? -1 : a.metric > b.metric ? 1 : 0)
  );
}

/**
 * The `limit` warnings nearest to breach among all those added, and how many were added: what
 * `support-policy sla` keeps for its closing "About to breach" section, so that its memory does
 * not grow with the number of tickets that warn.
 *
 * @example
 * ```ts
 * const kept: NearestWarnings = nearestWarnings(50);
 * kept.add(warning);
 * kept.count; // => 1
 * ```
 */
export interface NearestWarnings {
  /** Counts a warning and keeps it when it is among the `limit` nearest so far. */
  readonly add: (warning: BreachWarning) => void;
  /** How many warnings were added, kept or not. */
  readonly count: () => number;
  /** The kept warnings, nearest first ({@link compareWarnings}). */
  readonly nearest: () => BreachWarning[];
}

/**
 * Makes a {@link NearestWarnings}: a max-heap of at most `limit` warnings, its root the farthest
 * kept, so that each warning costs O(log limit) and memory stays at `limit` warnings however
 * many are added.
 *
 * @param limit - how many warnings to keep (0 or more)
 * @returns the empty collection
 *
 * @example
 * ```ts
 * const kept = nearestWarnings(2);
 * for (const w of [in30, in10, in20]) kept.add(w);
 * kept.nearest().map((w) => w.inMs); // => [600000, 1200000]
 * kept.count(); // => 3
 * ```
 */
export function nearestWarnings(limit: number): NearestWarnings {
  const heap: BreachWarning[] = [];
  let count = 0;
  const at = (i: number): BreachWarning => heap[i] as BreachWarning;
  const swap = (i: number, j: number): void => {
    const held = at(i);
    heap[i] = at(j);
    heap[j] = held;
  };
  const up = (start: number): void => {
    let i = start;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (compareWarnings(at(i), at(parent)) <= 0) return;
      swap(i, parent);
      i = parent;
    }
  };
  const down = (): void => {
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let largest = i;
      if (left < heap.length && compareWarnings(at(left), at(largest)) > 0) largest = left;
      if (right < heap.length && compareWarnings(at(right), at(largest)) > 0) largest = right;
      if (largest === i) return;
      swap(i, largest);
      i = largest;
    }
  };
  return {
    add: (warning) => {
      count += 1;
      if (heap.length < limit) {
        heap.push(warning);
        up(heap.length - 1);
      } else if (heap.length > 0 && compareWarnings(warning, at(0)) < 0) {
        heap[0] = warning;
        down();
      }
    },
    count: () => count,
    nearest: () => [...heap].sort(compareWarnings),
  };
}
