// Breaking generated input one place at a time, for properties that hold a fast path to the zod
// schema it stands in for: every place in a value, a copy with one place replaced or removed,
// objects that fight back (proxies, throwing getters, other prototypes, symbol, hidden and
// inherited keys), and the outcome of a call as data (the value, or the library error's fields).
import { SupportPolicyError } from "../../src/shared/errors.js";
import { timeOf } from "../../src/shared/time-of.js";
import { fc } from "./property.js";

/** Returned by a mutation to remove the place it was given. */
export const ABSENT = Symbol("absent");

/** A key that may be missing (ABSENT), present as undefined, or set. */
export const optional = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined | typeof ABSENT> =>
  fc.oneof({ weight: 2, arbitrary: fc.constant(ABSENT) }, { weight: 1, arbitrary: fc.constant(undefined) }, { weight: 3, arbitrary: arb });

/** The record of the given entries without the ABSENT ones. */
export function build(entries: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entries)) if (value !== ABSENT) out[key] = value;
  return out;
}

export type Path = readonly (string | number)[];

/** Every place in a generated value: objects and arrays (to add keys to) and every value. */
export function paths(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((item, index) => paths(item, [...at, index], out));
  else if (typeof value === "object" && value !== null && !(value instanceof Date)) for (const [key, item] of Object.entries(value)) paths(item, [...at, key], out);
  return out;
}

function clone(value: unknown): unknown {
  // A Date look-alike (no time value to copy) is kept as it is.
  if (value instanceof Date) {
    const time = timeOf(value);
    return time === undefined ? value : new Date(time);
  }
  if (Array.isArray(value)) return value.map(clone);
  if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, clone(item)]));
  return value;
}

export function getAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) value = (value as Record<string | number, unknown>)[key];
  return value;
}

/** `root` with the value at `path` replaced by `make(old)` (or removed, when it gives ABSENT). */
export function replaceAt(root: unknown, path: Path, make: (old: unknown) => unknown): unknown {
  if (path.length === 0) return make(root);
  const copy = clone(root);
  const parent = getAt(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path[path.length - 1] as string | number;
  const next = make(parent[key]);
  if (next === ABSENT) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else Reflect.deleteProperty(parent, key);
  } else parent[key] = next;
  return copy;
}

/** A change to one place: the new value (or ABSENT), given the old one. */
export type Mutation = (old: unknown) => unknown;

/** An object of its own class, which the schema reads like any object. */
class Shaped {
  describe(): string {
    return "shaped";
  }
}

function throwingProxy(): object {
  const trap = (): never => {
    throw new TypeError("trap");
  };
  return new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap });
}

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

const isRecord = (old: unknown): old is Record<string, unknown> => typeof old === "object" && old !== null && !Array.isArray(old) && !(old instanceof Date);

/** Values that are not JSON: proxies, getters, other prototypes, symbol and inherited keys. */
export const HOSTILE: readonly Mutation[] = [
  () => throwingProxy(),
  () => revokedProxy(),
  (old) => (typeof old === "object" && old !== null ? new Proxy(old, {}) : old),
  (old) => {
    if (!isRecord(old)) return old;
    const copy = { ...old };
    const [key] = Object.keys(copy);
    if (key !== undefined) {
      Object.defineProperty(copy, key, {
        enumerable: true,
        get: () => {
          throw new Error(`getter ${key}`);
        },
      });
    }
    return copy;
  },
  (old) => {
    if (!isRecord(old)) return old;
    const copy = { ...old };
    for (const [key, value] of Object.entries(old)) Object.defineProperty(copy, key, { enumerable: true, get: () => value });
    return copy;
  },
  (old) => (isRecord(old) ? Object.assign(Object.create(null) as object, old) : old),
  (old) => (isRecord(old) ? Object.assign(Object.create({ inherited: 1 }) as object, old) : old),
  (old) => (isRecord(old) ? Object.assign(Object.create({ channel: "ticket", type: "comment" }) as object, old) : old),
  (old) => (isRecord(old) ? Object.assign(new Shaped(), old) : old),
  (old) => (isRecord(old) ? { ...old, [Symbol("s")]: 1 } : old),
  (old) => (isRecord(old) ? Object.defineProperty({ ...old }, "hidden", { value: 1, enumerable: false }) : old),
  (old) => {
    if (!isRecord(old)) return old;
    const copy = { ...old };
    const [key] = Object.keys(copy);
    if (key !== undefined) Object.defineProperty(copy, key, { value: copy[key], enumerable: false });
    return copy;
  },
  (old) => (isRecord(old) ? JSON.parse(`{"__proto__": {"inherited": 1}, ${JSON.stringify(old).slice(1)}`.replace(", }", "}")) as unknown : old),
  (old) => (Array.isArray(old) ? Object.assign([...(old as unknown[])], { extra: 1 }) : old),
  (old) => (Array.isArray(old) ? (Object.setPrototypeOf([...(old as unknown[])], class extends Array {}.prototype) as unknown) : old),
  (old) => {
    if (!Array.isArray(old)) return old;
    // A hole at the end: zod reads it as undefined.
    const holey = [...(old as unknown[])];
    holey.length += 1;
    return holey;
  },
];
/**
 * Whether two outcomes are the same, keys in the same order, without reading what the two share:
 * a value passed through unread (a hostile object kept as it is) is the same object on both sides,
 * and comparing it deeply would trip its traps.
 */
export function sameOutcome(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const keysA = Reflect.ownKeys(a);
  const keysB = Reflect.ownKeys(b);
  if (keysA.length !== keysB.length || keysA.some((key, index) => key !== keysB[index])) return false;
  return keysA.every((key) => sameOutcome((a as Record<PropertyKey, unknown>)[key], (b as Record<PropertyKey, unknown>)[key]));
}

export type Outcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: Record<string, unknown> };

export function outcome(run: () => unknown): Outcome {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    if (!(error instanceof SupportPolicyError)) throw error;
    return { ok: false, error: { code: error.code, path: error.path, message: error.message, issues: error.issues, omittedIssues: error.omittedIssues } };
  }
}

