/**
 * The value a lookup table holds for `key` as its own entry, or undefined: a key such as
 * `constructor`, `toString`, `__proto__` or `hasOwnProperty` finds nothing on `Object.prototype`,
 * so a table of known values refuses it as unknown like any other value it does not list.
 *
 * @param table - a table of known values, written as an object literal
 * @param key - the value read from the input
 * @returns the table's entry for `key`, undefined when the table does not list it
 * @example
 * ownValue({ low: 1 }, "low"); // => 1
 * ownValue({ low: 1 }, "constructor"); // => undefined
 */
export function ownValue<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
