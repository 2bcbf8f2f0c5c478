import * as z from "zod";
import { EDITIONS } from "../shared/edition.js";
import { describeValue } from "./internal/describe-value.js";

/** An edition id, validated: an unknown edition is an `unknown_value` error. @internal */
export const editionSchema = z.enum(EDITIONS as unknown as readonly ["handbook2016", "gitlab2026"], {
  error: (issue) =>
    issue.input === undefined ? `Missing edition; expected one of ${EDITIONS.join(", ")}` : `Unknown edition ${describeValue(issue.input)}; expected one of ${EDITIONS.join(", ")}`,
});
