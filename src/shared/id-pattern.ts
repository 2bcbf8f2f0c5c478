/**
 * The form of the library's ids (priorities, statuses, metrics): lower-case letters, digits and
 * underscores, at least one. One pattern, so an id that is valid in a ticket is valid in a policy
 * set, a condition and a queue.
 *
 * @internal
 *
 * @example
 * ```ts
 * ID_PATTERN.test("time_to_first_response"); // => true
 * ID_PATTERN.test("High"); // => false
 * ```
 */
export const ID_PATTERN = /^[a-z0-9_]+$/;

/**
 * What an id names, for its message.
 *
 * @internal
 */
export type IdKind = "priority" | "status" | "metric";

/**
 * The message for an id not of the {@link ID_PATTERN} form.
 *
 * @internal
 *
 * @example
 * ```ts
 * idMessage("priority"); // => "A priority id is lower-case letters, digits and underscores"
 * ```
 */
export function idMessage(kind: IdKind): string {
  return `A ${kind} id is lower-case letters, digits and underscores`;
}
