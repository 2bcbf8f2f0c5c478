/**
 * The first instant the library computes with, 1900-01-01T00:00:00Z, in epoch milliseconds. The
 * business-time engine materialises calendars one UTC year at a time, so every area keeps to its
 * years, 1900 to 2199, and an instant valid in one is valid in all.
 *
 * @internal
 *
 * @example
 * ```ts
 * new Date(MIN_INSTANT).toISOString(); // => "1900-01-01T00:00:00.000Z"
 * ```
 */
export const MIN_INSTANT = Date.UTC(1900, 0, 1);

/**
 * The end (exclusive) of the supported range, 2200-01-01T00:00:00Z, in epoch milliseconds.
 *
 * @internal
 *
 * @example
 * ```ts
 * new Date(MAX_INSTANT).toISOString(); // => "2200-01-01T00:00:00.000Z"
 * ```
 */
export const MAX_INSTANT = Date.UTC(2200, 0, 1);

/**
 * The supported range as messages name it.
 *
 * @internal
 *
 * @example
 * ```ts
 * `outside the supported range ${SUPPORTED_RANGE}`;
 * ```
 */
export const SUPPORTED_RANGE = "1900-01-01T00:00:00.000Z to 2200-01-01T00:00:00.000Z";
