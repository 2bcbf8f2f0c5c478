import * as z from "zod";

/**
 * A record schema (names to values) that refuses the name `__proto__`: zod drops an own
 * `__proto__` key without a word, and an object literal cannot hold one as data, so a calendar or
 * field of that name would vanish and be reported missing where it was named. `what` names the
 * record's entries for the message ("a calendar").
 *
 * @example
 * ```ts
 * const calendars = recordSchema(z.string().min(1), z.unknown(), "a calendar");
 * calendars.parse(JSON.parse('{ "__proto__": {} }')); // throws: "__proto__" cannot name a calendar
 * ```
 */
export function recordSchema<Key extends z.ZodType<string, string>, Value extends z.ZodType>(key: Key, value: Value, what: string): z.ZodType<z.output<z.ZodRecord<Key, Value>>, z.input<z.ZodRecord<Key, Value>>> {
  // The check reads the input before the record does; the schema's types are the record's.
  return z
    .unknown()
    .superRefine((input, ctx) => {
      if (typeof input === "object" && input !== null && Object.hasOwn(input, "__proto__")) {
        ctx.addIssue({ code: "custom", path: ["__proto__"], message: `"__proto__" cannot name ${what}: JavaScript objects reserve it`, params: { code: "duplicate_id" }, input });
      }
    })
    .pipe(z.record(key, value)) as unknown as z.ZodType<z.output<z.ZodRecord<Key, Value>>, z.input<z.ZodRecord<Key, Value>>>;
}
