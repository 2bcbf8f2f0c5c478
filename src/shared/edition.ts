import { deepFreeze } from "./deep-freeze.js";
/**
 * Which rule set a decision follows: GitLab's Support handbook as of 2016, or GitLab's rules as
 * of 2026. Both are built from the same engine; every number in them is a parameter.
 *
 * @example
 * ```ts
 * const edition: Edition = "gitlab2026";
 * ```
 */
export type Edition = "handbook2016" | "gitlab2026";

/**
 * The editions, oldest first.
 *
 * @example
 * ```ts
 * EDITIONS; // => ["handbook2016", "gitlab2026"]
 * ```
 */
export const EDITIONS: readonly Edition[] = deepFreeze(["handbook2016", "gitlab2026"]);
