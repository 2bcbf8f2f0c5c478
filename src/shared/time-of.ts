/**
 * The epoch milliseconds of a real `Date` (NaN for an invalid one), or `undefined` for anything
 * else. `instanceof Date` is not enough: `Object.create(Date.prototype)` passes it and then throws
 * from `getTime`, and a proxy can throw from the `instanceof` test itself. The prototype's own
 * `getTime` reads the internal time value, which only a real Date has.
 *
 * @internal
 *
 * @example
 * ```ts
 * timeOf(new Date(0)); // => 0
 * timeOf(Object.create(Date.prototype)); // => undefined
 * ```
 */
export function timeOf(value: unknown): number | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  try {
    return Date.prototype.getTime.call(value);
  } catch {
    return undefined;
  }
}
