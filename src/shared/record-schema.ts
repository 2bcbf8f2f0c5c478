import * as z from "zod";

/** zod's test for a record's input (a plain object), in the same steps, so a proxy sees the same reads. */
function isPlainObject(value: unknown): value is Record<PropertyKey, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const ctor: unknown = value.constructor;
  if (ctor === undefined || typeof ctor !== "function") return true;
  const prototype: unknown = ctor.prototype;
  return typeof prototype === "object" && prototype !== null && !Array.isArray(prototype) && Object.prototype.hasOwnProperty.call(prototype, "isPrototypeOf");
}

/** An issue as a transform adds it. */
type Issue = Parameters<z.core.$RefinementCtx["addIssue"]>[0];

/**
 * A record schema (names to values): zod's `z.record(key, value)` for a string key, written out,
 * with the same checks in the same order and the same issues (`invalid_type` expecting a record,
 * `invalid_key` at the key, the value's issues under its key), except for the name `__proto__`.
 * zod drops an own `__proto__` key without a word, and an object literal cannot hold one as data,
 * so a calendar, field or plan of that name would vanish and be reported missing where it was
 * named; here it is a `duplicate_id` issue at its key, worded with `what` (the record's entries,
 * "a calendar"). zod's record type would also bring about 1 kB (brotli) of code of its own into
 * every bundle that parses a ticket or a policy set.
 *
 * @example
 * ```ts
 * recordSchema(z.string(), z.number(), "a score").parse({ a: 1 }); // => { a: 1 }
 * recordSchema(z.string(), z.unknown(), "a calendar").parse(JSON.parse('{ "__proto__": {} }')); // throws: "__proto__" cannot name a calendar
 * ```
 */
export function recordSchema<Key extends z.ZodType<string, string>, Value extends z.ZodType>(key: Key, value: Value, what: string): z.ZodType<z.output<z.ZodRecord<Key, Value>>, z.input<z.ZodRecord<Key, Value>>> {
  return z.unknown().transform((input, ctx) => {
    if (!isPlainObject(input)) {
      ctx.addIssue({ code: "invalid_type", expected: "record", input });
      return z.NEVER;
    }
    const record: Record<string, unknown> = {};
    // The values' own context, one per record parsed (zod keeps a recursive schema's state in it);
    // zod words their issues when the whole parse finishes.
    const run: z.core.ParseContext<z.core.$ZodIssue> = {};
    for (const name of Reflect.ownKeys(input)) {
      if (!Object.prototype.propertyIsEnumerable.call(input, name)) continue;
      if (name === "__proto__") {
        ctx.addIssue({ code: "custom", path: [name], message: `"__proto__" cannot name ${what}: JavaScript objects reserve it`, params: { code: "duplicate_id" }, input });
        continue;
      }
      const named = z.safeParse(key, name);
      if (!named.success) {
        ctx.addIssue({ code: "invalid_key", origin: "record", issues: named.error.issues, input: name, path: [name] } as unknown as Issue);
        continue;
      }
      if (named.data === "__proto__") continue;
      const result = value._zod.run({ value: input[name], issues: [] }, run) as z.core.ParsePayload;
      for (const issue of result.issues) ctx.issues.push({ ...issue, path: [name, ...(issue.path ?? [])] });
      record[named.data] = result.value;
    }
    return record;
  }) as unknown as z.ZodType<z.output<z.ZodRecord<Key, Value>>, z.input<z.ZodRecord<Key, Value>>>;
}
