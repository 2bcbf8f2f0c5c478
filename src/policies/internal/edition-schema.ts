import * as z from "zod";
import type { Edition } from "../../shared/edition.js";

/** The rule set a decision follows. */
export const editionSchema: z.ZodType<Edition> = z.literal(["handbook2016", "gitlab2026"]);
