/**
 * How many runs a property gets: `n`, scaled by the PROPERTY_RUNS_SCALE environment variable
 * (mutation testing runs the suite once per mutant and scales it down), never fewer than 3.
 */
export function runs(n: number): number {
  const scale = Number(process.env["PROPERTY_RUNS_SCALE"] ?? "1");
  return Math.max(3, Math.round(n * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}
