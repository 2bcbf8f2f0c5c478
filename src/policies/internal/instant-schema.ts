import type * as z from "zod";
import { instantSchema as epochInstantSchema } from "../../shared/instant-schema.js";

/**
 * An instant as the account policies take it (the library's one instant schema: an ISO 8601
 * string with `Z` or an offset, a valid `Date` or epoch milliseconds), given to their rules as a
 * `Date`, because their arithmetic is in calendar days and months of a zone.
 */
export const instantSchema: z.ZodType<Date, string | Date | number> = epochInstantSchema.transform((ms) => new Date(ms));
