/** Whether each object reachable from `value` is frozen, sealed or extensible, by path. */
export function integrityOf(value: unknown, path = "$", out = new Map<string, string>(), seen = new Set<object>()): Map<string, string> {
  if (typeof value !== "object" || value === null || seen.has(value)) return out;
  seen.add(value);
  out.set(path, `${Object.isFrozen(value)}/${Object.isSealed(value)}/${Object.isExtensible(value)}`);
  if (ArrayBuffer.isView(value)) return out;
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
    if (descriptor !== undefined && "value" in descriptor) integrityOf(descriptor.value, `${path}.${String(key)}`, out, seen);
  }
  return out;
}
