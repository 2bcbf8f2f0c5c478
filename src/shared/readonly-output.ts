import type * as z from "zod";

/**
 * `schema`, with its output frozen and its input and output typed readonly: zod's `.readonly()`
 * without its one flaw. zod's freezes whatever value it ends with, and when the input was not of
 * the schema's type (an object where an array belongs) that value is the caller's own, which it
 * freezes (or, for a typed array, fails to freeze with a TypeError). Here only a value the schema
 * accepted, which zod built afresh, is frozen.
 *
 * @internal
 *
 * @example
 * ```ts
 * const names = readonlyOutput(z.array(z.string()));
 * Object.isFrozen(names.parse(["a"])); // => true
 * const notAnArray = { 0: "a" };
 * names.safeParse(notAnArray).success; // => false, and notAnArray is not frozen
 * ```
 */
export function readonlyOutput<T extends z.ZodType>(schema: T): z.ZodType<z.core.util.MakeReadonly<z.output<T>>, z.core.util.MakeReadonly<z.input<T>>> {
  return schema.transform((value) => Object.freeze(value)) as unknown as z.ZodType<z.core.util.MakeReadonly<z.output<T>>, z.core.util.MakeReadonly<z.input<T>>>;
}
