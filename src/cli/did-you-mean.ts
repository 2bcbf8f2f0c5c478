import { nearestValue } from "../shared/nearest-value.js";

/**
 * The hint an option's error ends with when its value is close to one it accepts:
 * `; did you mean "table"?`, or nothing. The library's own rule (`nearestValue`), so the CLI and
 * the API suggest alike.
 *
 * @param value - the text given
 * @param allowed - the values accepted
 * @returns the hint, or `""`
 *
 * @example
 * ```ts
 * didYouMean("tabel", ["table", "json"]); // => '; did you mean "table"?'
 * didYouMean("xml", ["table", "json"]); // => ""
 * ```
 */
export function didYouMean(value: string, allowed: readonly string[]): string {
  const nearest = nearestValue(value, allowed);
  return nearest === undefined ? "" : `; did you mean ${JSON.stringify(nearest)}?`;
}
