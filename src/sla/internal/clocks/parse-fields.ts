import type * as z from "zod";
import { SupportPolicyError, type SupportPolicyIssue, parseInput } from "../../../shared/errors.js";

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * `parseInput`, except that an absent enum or literal field (which zod reports as an invalid
 * value) is reported as `missing_field`, like any other absent required field.
 */
export function parseFields<T>(schema: z.ZodType<T>, input: unknown, root: readonly PropertyKey[]): T {
  try {
    return parseInput(schema, input, root);
  } catch (error) {
    if (!(error instanceof SupportPolicyError)) throw error;
    const issues = error.issues.map((issue): SupportPolicyIssue => {
      if (issue.code !== "unknown_value" || valueAt(input, issue.path.slice(root.length)) !== undefined) return issue;
      return { code: "missing_field", path: issue.path, message: `Missing required field "${issue.path.map(String).join(".")}"` };
    });
    const [first, ...rest] = issues;
    if (first === undefined) throw error;
    throw new SupportPolicyError([first, ...rest], error.omittedIssues);
  }
}
