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
export function orNone<T extends z.ZodType>(schema: T): z.ZodPipe<z.ZodOptional<z.ZodNullable<T>>, z.ZodTransform<NonNullable<z.output<T>> | undefined, z.output<T> | null | undefined>> {
  return schema
    .nullable()
    .optional()
    .transform((value) => value ?? undefined);
}

/**
 * A field with a default where `null` means none, as absent does: `null` and `undefined` both take
 * `fallback`. `fallback` is returned as it is, so pass a primitive or a frozen value.
 *
 * @internal
 *
 * @example
 * ```ts
 * const limit = orDefault(z.int().min(1), 10);
 * limit.parse(null); // => 10
 * limit.parse(undefined); // => 10
 * limit.parse(3); // => 3
 * ```
 */
export function orDefault<T extends z.ZodType>(schema: T, fallback: NonNullable<z.output<T>>): z.ZodPipe<z.ZodOptional<z.ZodNullable<T>>, z.ZodTransform<NonNullable<z.output<T>>, z.output<T> | null | undefined>> {
  return schema
    .nullable()
    .optional()
    .transform((value) => value ?? fallback);
}
