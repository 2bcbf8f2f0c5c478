/**
 * A value that survives `JSON.stringify` and `JSON.parse` unchanged: what decisions and reports
 * are made of, so they can be logged, stored and replayed.
 *
 * @example
 * ```ts
 * const facts: JsonValue = { plan: "premium", seats: 12, expired: false, tags: ["emea"] };
 * ```
 */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };
