/** The edition every account policy takes, by the library's one edition parser. */
export { editionSchema } from "../../shared/edition-schema.js";
