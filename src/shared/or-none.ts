import type * as z from "zod";

/**
 * An optional field where `null` means none, as absent does: `schema` accepts `null` and reads it as
 * `undefined`, so exported records that spell a missing value as `null` pass as they are. For a field
 * whose `null` has a meaning of its own (`null` = never), use `.nullable().optional()` instead.
 *
 * @internal
 *
 * @example
 * ```ts
 * const pgpEncrypted = orNone(z.boolean());
 * pgpEncrypted.parse(null); // => undefined
 * pgpEncrypted.parse(undefined); // => undefined
 * pgpEncrypted.parse(true); // => true
 * ```
 */
export function orNone<T extends z.ZodType>(schema: T): z.ZodOptional<z.ZodPipe<z.ZodNullable<T>, z.ZodTransform<NonNullable<z.output<T>> | undefined, z.output<T> | null>>> {
  return schema
    .nullable()
    .transform((value) => value ?? undefined)
    .optional();
}

/**
 * A field with a default where `null` means none, as absent does: `schema` (which has a `.default()`)
 * accepts `null` and gives its default for it, as for `undefined`.
 *
 * @internal
 *
 * @example
 * ```ts
 * const status = orDefault(z.literal(["new", "open"]).default("new"));
 * status.parse(null); // => "new"
 * status.parse(undefined); // => "new"
 * status.parse("open"); // => "open"
 * ```
 */
export function orDefault<T extends z.ZodDefault>(schema: T): z.ZodPipe<z.ZodNullable<T>, z.ZodTransform<z.output<T>, z.output<T> | null>> {
  return schema.nullable().transform((value): z.output<T> => (value === null ? schema.parse(undefined) : value));
}
