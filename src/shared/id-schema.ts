import * as z from "zod";
import { type IdKind, ID_PATTERN, idMessage } from "./id-pattern.js";

/**
 * The zod schema of an id ({@link ID_PATTERN}: lower-case letters, digits and underscores), its
 * message naming what the id is for (an `invalid_format` issue).
 *
 * @internal
 *
 * @example
 * ```ts
 * idSchema("status").safeParse("Waiting").error?.issues[0]?.message; // => "A status id is lower-case letters, digits and underscores"
 * ```
 */
export function idSchema(kind: IdKind): z.ZodString {
  return z.string().regex(ID_PATTERN, { message: idMessage(kind) });
}
