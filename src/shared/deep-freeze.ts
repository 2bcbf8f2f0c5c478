/**
 * A type with every property and element `readonly`, all the way down: what the library's
 * exported defaults, tables and calendar specs are, so the compiler rejects changing them as the
 * runtime does (they are frozen).
 *
 * @example
 * ```ts
 * const hours: DeepReadonly<{ weekly: { mon: [string, string][] } }> = { weekly: { mon: [["09:00", "17:00"]] } };
 * // hours.weekly.mon[0][1] = "18:00"; // a type error, and a TypeError at run time on a frozen value
 * ```
 */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly unknown[]
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/**
 * Freezes `value` and everything reachable from it, in place, and returns it. Used for the
 * library's exported defaults and tables, which are read at call time: left writable, one module
 * changing one would change every other module's decisions. Frozen objects are walked too (a
 * frozen object may hold writable ones), and each object once, so shared parts and cycles are fine.
 *
 * @internal
 *
 * @example
 * ```ts
 * const table = deepFreeze({ hours: { urgent: 1 } });
 * Object.isFrozen(table.hours); // => true
 * ```
 */
export function deepFreeze<const T>(value: T, seen = new WeakSet()): T {
  if (typeof value !== "object" || value === null || seen.has(value)) return value;
  seen.add(value);
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key], seen);
  return value;
}
