/**
 * A short, safe rendering of any received value for an error message: strings quoted and cut at
 * 40 characters, other primitives as they print, objects by kind. Never throws (BigInt, cycles,
 * hostile getters), because an error message must not become an error of its own.
 *
 * @internal
 */
export function describeValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "undefined") return String(value);
  if (typeof value === "bigint") return `${value.toString()}n`;
  if (value === null) return "null";
  try {
    if (Array.isArray(value)) return "an array";
    if (value instanceof Date) return "a Date";
  } catch {
    // A revoked proxy or a throwing getPrototypeOf trap: described by its type alone.
  }
  return `a value of type ${typeof value}`;
}
