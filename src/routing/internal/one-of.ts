import * as z from "zod";
import { describeValue } from "../../shared/describe-value.js";

/**
 * A zod enum whose error names the field's kind, the value received and the values allowed,
 * so "unknown value" errors read the same across the area.
 *
 * @internal
 */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, what: string): z.ZodEnum<{ [K in T[number]]: K }> {
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined ? `Missing ${what}; expected one of ${values.join(", ")}` : `Unknown ${what} ${describeValue(issue.input)}; expected one of ${values.join(", ")}`,
  });
}
