import { SupportPolicyError, type SupportPolicyIssue } from "../shared/errors.js";
import { formatPath } from "./format-path.js";

/**
 * The one line that reports a bad record: the file, the record (and its id when it has one),
 * the field and what is wrong, e.g.
 * `tickets.json: record 4 (id "T-1004"): events[2].author: Invalid option: expected one of "customer"|"agent"`.
 *
 * @param source - the file name, or `stdin`
 * @param label - where the record is (`record 4`, `line 4`)
 * @param value - the record's JSON value, to name its id
 * @param error - the error the record raised (a {@link SupportPolicyError} names the field)
 * @param verbose - `--verbose`: a record with several problems gets a first line counting them,
 *   then each listed problem on its own indented line (path: message, and every allowed value in
 *   full), instead of the first problem and "(and N more; --verbose lists them)"
 * @returns the line (or lines, joined by newlines), without a final newline
 *
 * @example
 * ```ts
 * describeRecordError("t.json", "record 2", { id: "T-2" }, new SupportPolicyError([{ code: "missing_field", path: ["createdAt"], message: 'Missing required field "createdAt"' }]));
 * // => 't.json: record 2 (id "T-2"): createdAt: Missing required field "createdAt"'
 * ```
 */
export function describeRecordError(source: string, label: string, value: unknown, error: unknown, verbose = false): string {
  // Stryker disable next-line ConditionalExpression: records are JSON values, and a JSON string, number or boolean has no "id" property, so skipping the typeof test reads undefined all the same
  const id = typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)["id"] : undefined;
  const named = typeof id === "string" || typeof id === "number" ? ` (id ${JSON.stringify(String(id))})` : "";
  if (error instanceof SupportPolicyError) return describeIssues(`${source}: ${label}${named}`, error, verbose);
  return `${source}: ${label}${named}: internal error (a bug: please report it with this record): ${describeUnexpected(error)}`;
}

/**
 * The problems of a {@link SupportPolicyError} after `where` (a file, a record): the first
 * problem and "(and N more; --verbose lists them)", or with `verbose` a count and each listed
 * problem on its own indented line, as {@link describeRecordError} words a record's.
 *
 * @param where - what the problems are in, e.g. `v/ticket_metric_events.json`
 * @param error - the error
 * @param verbose - `--verbose`: every listed problem, one a line
 * @param skip - how many leading path segments to leave out of each problem's path (the
 *   argument's name and the like, which the file already says)
 * @returns the line (or lines, joined by newlines), without a final newline
 *
 * @example
 * ```ts
 * describeIssues("t.json", new SupportPolicyError([{ code: "missing_field", path: ["data", "createdAt"], message: "Missing createdAt" }]), false, 1);
 * // => "t.json: createdAt: Missing createdAt"
 * ```
 */
export function describeIssues(where: string, error: SupportPolicyError, verbose: boolean, skip = 0): string {
  const others = error.issues.length - 1 + error.omittedIssues;
  if (verbose && others > 0) {
    const lines = error.issues.map((issue) => `  ${formatPath(issue.path.slice(skip))}: ${issue.message}${describeAllowed(issue.allowed)}`);
    if (error.omittedIssues > 0) lines.push(`  (and ${error.omittedIssues} more, not listed)`);
    return `${where}: ${others + 1} problems:\n${lines.join("\n")}`;
  }
  const more = others > 0 ? ` (and ${others} more; --verbose lists them)` : "";
  const first = error.issues[0];
  // Stryker disable next-line ConditionalExpression: a SupportPolicyError is built from at least one issue
  const message = first === undefined ? error.message : first.message;
  return `${where}: ${formatPath(error.path.slice(skip))}: ${message}${more}`;
}

/** Every allowed value of an issue, in full (its message may shorten the list), or nothing. */
function describeAllowed(allowed: SupportPolicyIssue["allowed"]): string {
  if (allowed === undefined || allowed.length === 0) return "";
  return `; allowed: ${allowed.map((item) => (typeof item === "string" ? JSON.stringify(item) : String(item))).join(", ")}`;
}

/** An unexpected error's name and message, without calling anything the error might override. */
function describeUnexpected(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  try {
    return String(error);
  } catch {
    return typeof error;
  }
}
