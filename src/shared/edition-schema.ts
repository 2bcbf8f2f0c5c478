import * as z from "zod";
import { EDITIONS, type Edition } from "./edition.js";
import { ownValue } from "./own-value.js";

/**
 * The spellings of an edition the library accepts, each to its edition: the API's names and the
 * command line's short years, so JSON written for either works in both.
 *
 * @example
 * ```ts
 * EDITION_SPELLINGS["2026"]; // => "gitlab2026"
 * ```
 */
export const EDITION_SPELLINGS: Readonly<Record<string, Edition>> = Object.freeze({
  handbook2016: "handbook2016",
  gitlab2026: "gitlab2026",
  "2016": "handbook2016",
  "2026": "gitlab2026",
});

/**
 * An edition as a caller may write it: its name or its year.
 *
 * @example
 * ```ts
 * const edition: EditionInput = "2026";
 * ```
 */
export type EditionInput = Edition | "2016" | "2026";

const EXPECTED = `expected one of ${EDITIONS.map((e) => `${e} (or ${e.slice(-4)})`).join(", ")}`;

/**
 * The one parser of editions: `handbook2016` or `2016`, `gitlab2026` or `2026`, to the edition's
 * name. Anything else is `unknown_value`, naming the value received.
 *
 * @example
 * ```ts
 * editionSchema.parse("2016"); // => "handbook2016"
 * ```
 */
export const editionSchema: z.ZodType<Edition, EditionInput> = z.custom<EditionInput>(() => true).transform((value: unknown, ctx): Edition => {
  const edition = typeof value === "string" ? ownValue(EDITION_SPELLINGS, value) : undefined;
  if (edition !== undefined) return edition;
  // A missing edition reads like every missing field ("Missing required field ...").
  if (value === undefined) ctx.addIssue({ code: "invalid_type", expected: "string", input: value, message: `Missing edition; ${EXPECTED}` });
  else ctx.addIssue({ code: "custom", message: `Unknown edition ${typeof value === "string" ? JSON.stringify(value) : typeof value}; ${EXPECTED}`, params: { code: "unknown_value" }, input: value });
  return z.NEVER;
});
