/**
 * Maps instants (epoch milliseconds) from `start`..`end` onto x from `left` to `right`, in the
 * SVG's user units.
 */
export interface TimeScale {
  readonly start: number;
  readonly end: number;
  readonly left: number;
  readonly right: number;
}

/** The x of an instant, to two decimals (the SVG stays small and the same on every host). */
export function xOf(scale: TimeScale, at: number): number {
  const x = scale.left + ((at - scale.start) * (scale.right - scale.left)) / (scale.end - scale.start);
  return Math.round(x * 100) / 100;
}
