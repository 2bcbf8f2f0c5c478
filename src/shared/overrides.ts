/**
 * A caller's overrides of a parameter object (an edition's numbers): any of its fields, each
 * taking the edition's value when it is left out, `undefined` or `null` (null means none, as
 * absent does).
 *
 * @example
 * ```ts
 * const overrides: Overrides<{ releaseAfterDays: number; inactiveMonths: number }> = { releaseAfterDays: 10, inactiveMonths: null };
 * ```
 */
export type Overrides<T> = { readonly [K in keyof T]?: T[K] | null | undefined };
