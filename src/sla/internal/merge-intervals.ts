/**
 * The union of half-open intervals `[start, end)` as disjoint intervals in order: sorts the list
 * in place by start and joins those that overlap or touch. A day's opening hours (in minutes) and
 * a year's open instants (in milliseconds) are both merged so.
 */
export function mergeIntervals(intervals: (readonly [number, number])[]): (readonly [number, number])[] {
  // Stryker disable next-line ConditionalExpression: sorting and merging zero or one interval returns the same list; the early return only saves the work
  if (intervals.length < 2) return intervals;
  intervals.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of intervals) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
