/**
 * The edition every routing function takes, by the library's one edition parser (`gitlab2026`
 * or `2026`, `handbook2016` or `2016`).
 *
 * @internal
 */
export { editionSchema } from "../shared/edition-schema.js";
