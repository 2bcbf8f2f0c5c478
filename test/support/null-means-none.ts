import { describe, expect, it } from "vitest";
import type * as z from "zod";

type Schema = z.core.$ZodType;
type Def = z.core.$ZodTypeDef & { innerType?: Schema; in?: Schema; element?: Schema; options?: readonly Schema[]; shape?: Record<string, Schema> };

/** One public input: its schema, a valid example that gives as many optional fields as it can, and the call it decides. */
export interface NullCase {
  readonly name: string;
  readonly schema: z.ZodType;
  readonly example: Record<string, unknown>;
  readonly decide: (input: Record<string, unknown>) => unknown;
  /** Optional fields (by name, at any depth) whose `null` means something of its own, with the reason. */
  readonly nullHasAMeaning?: Readonly<Record<string, string>>;
}

/** Whatever the call returns, or the error it throws (as its message), so the two can be compared. */
function outcome(call: () => unknown): unknown {
  try {
    return call();
  } catch (error) {
    return { threw: error instanceof Error ? error.message : String(error) };
  }
}

/** The schema a wrapper (optional, nullable, default, readonly, a pipe's input) applies to a value that is there. */
function unwrap(schema: Schema): Schema {
  let inner = schema;
  for (let depth = 0; depth < 16; depth++) {
    const def = inner._zod.def as Def;
    const next = def.type === "pipe" ? def.in : ["optional", "nullable", "default", "prefault", "readonly", "nonoptional"].includes(def.type) ? def.innerType : undefined;
    if (next === undefined) return inner;
    inner = next;
  }
  return inner;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Every optional field of `schema`, at any depth the example reaches (inside objects, array
 * elements and the member of a union the example is), as a path.
 */
export function optionalPaths(schema: Schema, value: unknown, path: readonly PropertyKey[] = []): PropertyKey[][] {
  const inner = unwrap(schema);
  const def = inner._zod.def as Def;
  if (def.type === "object" && def.shape !== undefined) {
    const shape = def.shape;
    return Object.keys(shape).flatMap((key) => {
      const field = shape[key] as z.ZodType;
      const own = field.safeParse(undefined).success ? [[...path, key]] : [];
      const nested = isRecord(value) && value[key] !== undefined && value[key] !== null ? optionalPaths(field, value[key], [...path, key]) : [];
      return [...own, ...nested];
    });
  }
  if (def.type === "array" && def.element !== undefined && Array.isArray(value)) {
    const element = def.element;
    return value.flatMap((item, index) => optionalPaths(element, item, [...path, index]));
  }
  if (def.type === "union" && def.options !== undefined) {
    const member = def.options.find((option) => (option as z.ZodType).safeParse(value).success);
    return member === undefined ? [] : optionalPaths(member, value, path);
  }
  return [];
}

/** `value` with the field at `path` set to `replacement`, or removed when it is `undefined`; `value` is not changed. */
function withField(value: unknown, path: readonly PropertyKey[], replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  if (Array.isArray(value)) return (value as unknown[]).map((item, index) => (index === head ? withField(item, rest, replacement) : item));
  const record = isRecord(value) ? value : {};
  const next = rest.length === 0 ? replacement : withField(record[head as string], rest, replacement);
  const others = Object.entries(record).filter(([key]) => key !== head);
  return Object.fromEntries(next === undefined ? others : [...others, [head, next]]);
}

/**
 * The check that `null` means none everywhere a field is optional: for every optional field of
 * each case's schema, `null` gets the verdict (accepted, or refused by a rule across fields) and the decision that the field absent gets, except the fields
 * listed with the meaning their `null` has.
 */
export function describeNullMeansNone(title: string, cases: readonly NullCase[]): void {
  describe(title, () => {
    for (const { name, schema, example, decide, nullHasAMeaning = {} } of cases) {
      const paths = optionalPaths(schema, example);
      const label = (path: readonly PropertyKey[]): string => path.map(String).join(".");
      const fieldName = (path: readonly PropertyKey[]): string => String(path.at(-1));
      const checked = paths.filter((path) => !Object.hasOwn(nullHasAMeaning, fieldName(path)));

      it(`${name}: the example is valid, and every field whose null has a meaning is an optional field of it`, () => {
        expect(schema.safeParse(example).success).toBe(true);
        expect(checked.length).toBeGreaterThan(0);
        const found = new Set(paths.map(fieldName));
        expect(Object.keys(nullHasAMeaning).filter((field) => !found.has(field))).toEqual([]);
      });

      it.each(checked.map((path) => [label(path), path] as const))(`${name}: %s: null is read as absent (same verdict, same decision)`, (_label, path) => {
        const absent = withField(example, path, undefined) as Record<string, unknown>;
        const withNull = withField(example, path, null) as Record<string, unknown>;
        // The same verdict: accepted as absent is (a rule across fields may still refuse both alike).
        expect(schema.safeParse(withNull).error?.issues ?? []).toEqual(schema.safeParse(absent).error?.issues ?? []);
        expect(outcome(() => decide(withNull))).toEqual(outcome(() => decide(absent)));
      });
    }
  });
}

/** One parameter object (`Partial<…Parameters>`): overrides giving every field, and the call that takes them. */
export interface NullParametersCase {
  readonly name: string;
  /** Valid overrides of every field, each different from the default where it can be, so that leaving one out changes something. */
  readonly example: Record<string, unknown>;
  readonly decide: (parameters: Record<string, unknown> | null) => unknown;
}

/**
 * The check that `null` means none in parameter objects too: every field of a
 * `Partial<…Parameters>` may be left out (the edition's value applies), so `null` for a field,
 * or for the whole object, gets the decision that leaving it out gets.
 */
export function describeNullMeansDefault(title: string, cases: readonly NullParametersCase[]): void {
  describe(title, () => {
    for (const { name, example, decide } of cases) {
      it(`${name}: the overrides are taken, and null for the whole object is no overrides`, () => {
        expect(outcome(() => decide(example))).not.toHaveProperty("threw");
        expect(outcome(() => decide(null))).toEqual(outcome(() => decide({})));
      });

      it.each(Object.keys(example))(`${name}: %s: null is the default, as absent is (same decision)`, (key) => {
        const absent = withField(example, [key], undefined) as Record<string, unknown>;
        const withNull = withField(example, [key], null) as Record<string, unknown>;
        expect(outcome(() => decide(withNull))).toEqual(outcome(() => decide(absent)));
      });
    }
  });
}
