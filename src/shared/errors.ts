import * as z from "zod/mini";
import { describeValue } from "./describe-value.js";
import { nearestValue } from "./nearest-value.js";

/**
 * Every kind of bad input the library recognises, as a stable identifier.
 *
 * @remarks
 * Codes are part of the public contract: a caller may branch on them, so they never change
 * meaning. Messages are for people and may be reworded.
 *
 * @example
 * ```ts
 * const code: SupportPolicyErrorCode = "overlapping_intervals";
 * ```
 */
export type SupportPolicyErrorCode =
  // Shapes and values
  | "invalid_type"
  | "unknown_key"
  | "unknown_value"
  | "missing_field"
  | "too_small"
  | "too_big"
  | "invalid_format"
  | "invalid_input"
  // Calendars and time
  | "invalid_time_zone"
  | "invalid_time"
  | "empty_interval"
  | "overlapping_intervals"
  | "invalid_date"
  | "inverted_date_range"
  | "conflicting_dates"
  | "no_open_time"
  | "invalid_instant"
  | "invalid_duration"
  | "out_of_range"
  | "not_a_calendar"
  // Tickets, policies and queues
  | "event_before_creation"
  | "now_before_creation"
  | "duplicate_id"
  | "no_targets"
  | "unknown_metric"
  | "unknown_field"
  | "inconsistent_facts"
  // Account policies
  | "event_after_now";

/**
 * One problem found in an input, in the same shape as a zod issue so the two can be merged.
 *
 * @example
 * ```ts
 * const issue: SupportPolicyIssue = {
 *   code: "invalid_time",
 *   path: ["weekly", "mon", 0, 1],
 *   message: 'Expected a time "HH:MM" from 00:00 to 24:00, received "25:00"',
 * };
 * ```
 */
export interface SupportPolicyIssue {
  /** The kind of problem, a stable identifier. */
  readonly code: SupportPolicyErrorCode;
  /** Where the problem is, from the argument's root: object keys and array indexes. */
  readonly path: readonly PropertyKey[];
  /** What is wrong, for a person. */
  readonly message: string;
  /**
   * For a value outside a fixed set (`unknown_value`) or a key an object does not have
   * (`unknown_key`): every value or key allowed there, in the schema's order, however long the
   * list (a message may shorten it).
   */
  readonly allowed?: readonly AllowedValue[];
  /** The allowed value or key nearest to the one received, when one is close (the message's "did you mean"). */
  readonly suggestion?: string;
}

/**
 * One value an enum, a literal or an object's keys allow, as {@link SupportPolicyIssue.allowed} lists it.
 *
 * @example
 * ```ts
 * const value: AllowedValue = "on_hold";
 * ```
 */
export type AllowedValue = string | number | bigint | boolean | symbol | null | undefined;

/**
 * The one error the library throws, for bad input only: a policy that cannot be evaluated
 * is a decision, never an exception.
 *
 * `code`, `path` and `message` describe the first problem; `issues` lists them, up to the first
 * 100 ({@link MAX_LISTED_ISSUES}), and `omittedIssues` counts the rest, so rejecting a huge input
 * costs no more than reading it.
 *
 * @example
 * ```ts
 * try {
 *   defineCalendar({ timeZone: "Mars/Olympus_Mons", weekly: { mon: [["09:00", "17:00"]] } });
 * } catch (error) {
 *   if (error instanceof SupportPolicyError) {
 *     error.code; // => "invalid_time_zone"
 *     error.path; // => ["timeZone"]
 *   }
 * }
 * ```
 */
export class SupportPolicyError extends Error {
  /** The first problem's code. */
  readonly code: SupportPolicyErrorCode;
  /** The first problem's path. */
  readonly path: readonly PropertyKey[];
  /** Every problem found, first to last. */
  readonly issues: readonly SupportPolicyIssue[];
  /** Problems found beyond the ones listed in `issues` (a huge input lists only its first 100). */
  readonly omittedIssues: number;

  /**
   * Builds the error from one or more issues; the first one names the error. `omittedIssues`
   * counts problems found but not listed.
   */
  constructor(issues: readonly [SupportPolicyIssue, ...SupportPolicyIssue[]], omittedIssues = 0) {
    const [first] = issues;
    const more = issues.length - 1 + omittedIssues;
    super(more === 0 ? first.message : `${first.message} (and ${more} more)`);
    this.name = "SupportPolicyError";
    this.code = first.code;
    this.path = first.path;
    this.issues = issues;
    this.omittedIssues = omittedIssues;
  }
}

/**
 * The most issues a {@link SupportPolicyError} lists; it counts the others in `omittedIssues`.
 *
 * @example
 * ```ts
 * MAX_LISTED_ISSUES; // => 100
 * ```
 */
export const MAX_LISTED_ISSUES = 100;

/** Throws a {@link SupportPolicyError} with a single issue. */
export function fail(code: SupportPolicyErrorCode, path: readonly PropertyKey[], message: string): never {
  throw new SupportPolicyError([{ code, path, message }]);
}

const ZOD_CODES: Readonly<Record<string, SupportPolicyErrorCode>> = {
  invalid_type: "invalid_type",
  invalid_value: "unknown_value",
  invalid_key: "unknown_key",
  too_small: "too_small",
  too_big: "too_big",
  invalid_format: "invalid_format",
  // unrecognized_keys is split into one unknown_key per key by parseInput; every other code
  // (invalid_union, invalid_element, not_multiple_of, ...) is invalid_input.
};

// Every code a custom issue may carry in `params.code`.
const KNOWN_CODES: ReadonlySet<unknown> = new Set<SupportPolicyErrorCode>([
  "invalid_type", "unknown_key", "unknown_value", "missing_field", "too_small", "too_big",
  "invalid_format", "invalid_time_zone", "invalid_time", "empty_interval",
  "overlapping_intervals", "invalid_date", "inverted_date_range", "conflicting_dates",
  "no_open_time", "invalid_instant", "invalid_duration", "out_of_range", "not_a_calendar",
  "event_before_creation", "now_before_creation", "duplicate_id", "no_targets", "unknown_metric",
  "unknown_field", "inconsistent_facts",
  "event_after_now",
  // Stryker disable next-line StringLiteral: a custom issue naming invalid_input gets it from the fallback too
  "invalid_input",
]);

function isKnownCode(code: unknown): code is SupportPolicyErrorCode {
  return KNOWN_CODES.has(code);
}

/** What a caught value is, for a message, without trusting it: it may be a hostile object too. */
export function describeThrown(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : typeof error === "object" && error !== null ? "an object" : String(error);
  } catch {
    return "a value that cannot be described";
  }
}

/** Whether the value at the issue's path is absent from the input (not there, or undefined). */
function isAbsent(issue: z.core.$ZodIssue, input: unknown): boolean {
  try {
    return isAbsentAt(issue, input);
  } catch {
    // Reading the input again threw (a getter or a proxy): it is there, and it is bad.
    return false;
  }
}

function isAbsentAt(issue: z.core.$ZodIssue, input: unknown): boolean {
  let value: unknown = input;
  for (const key of issue.path) {
    // Stryker disable next-line ConditionalExpression,LogicalOperator,BooleanLiteral: zod reports a problem at the first value that is not an object, so the walk never passes through one; the guard only keeps a surprise from throwing
    if (value === null || typeof value !== "object") return false;
    // zod names a Map's entries by their keys, so a bad value in a Map is there, not missing.
    value = value instanceof Map ? value.get(key) : (value as Record<PropertyKey, unknown>)[key];
  }
  return value === undefined;
}

/** An allowed value as a message shows it: strings quoted, as zod shows them. */
function showAllowed(value: AllowedValue): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

/** `; did you mean "on_hold"?` when one allowed value is close to the one received, else nothing. */
function didYouMean(suggestion: string | undefined): string {
  return suggestion === undefined ? "" : `; did you mean ${JSON.stringify(suggestion)}?`;
}

// What wordIssue calls an unknown key, so a schema's own wording (which replaces it) shows.
const UNKNOWN_KEYS = "Unrecognized keys";

// The keys each strict object declares, noted while zod words its issues (the raw issue knows
// the schema that raised it; the finished one does not), by the issue's list of unknown keys.
const declaredKeys = new WeakMap<object, readonly string[]>();

/**
 * The library's wording of zod's findings that have no message of their own: a value outside a
 * fixed set names the value received. Unknown keys get a message each in {@link parseInput}, so
 * zod's, which lists every key, is never worded (for a million keys it costs seconds).
 */
function wordIssue(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === "invalid_value") {
    const values = issue.values.map(showAllowed).join("|");
    const expected = issue.values.length === 1 ? `Invalid input: expected ${values}` : `Invalid option: expected one of ${values}`;
    return `${expected}, received ${describeValue(issue.input)}`;
  }
  if (issue.code === "unrecognized_keys") {
    try {
      const shape = (issue.inst as { _zod?: { def?: { shape?: object } } } | undefined)?._zod?.def?.shape;
      if (shape !== undefined) declaredKeys.set(issue.keys, Object.keys(shape));
    } catch {
      // A shape that cannot be listed only costs the suggestion.
    }
    return UNKNOWN_KEYS;
  }
  return undefined;
}

/**
 * Converts zod's issues to the library's shape: a custom issue carries its own code in
 * `params.code`; a missing required field becomes `missing_field`; a value outside a fixed set
 * lists the allowed values and suggests the nearest.
 */
function toIssue(issue: z.core.$ZodIssue, input: unknown, root: readonly PropertyKey[]): SupportPolicyIssue {
  const path = [...root, ...issue.path];
  if (issue.code === "custom") {
    const params = issue.params as { code?: unknown; allowed?: unknown } | undefined;
    const code = isKnownCode(params?.code) ? params.code : "invalid_input";
    // A refinement that checks a value against a list it knows only at run time (declared
    // statuses, priorities) passes the list in `params.allowed` and the value as the issue's input.
    if (!Array.isArray(params?.allowed)) return { code, path, message: issue.message };
    return withSuggestion(code, path, issue.message, issue.input, params.allowed as readonly AllowedValue[]);
  }
  if ((issue.code === "invalid_type" || issue.code === "invalid_value") && isAbsent(issue, input)) {
    return { code: "missing_field", path, message: path.length === 0 ? "Missing required input" : `Missing required field "${path.map(String).join(".")}"` };
  }
  if (issue.code === "invalid_value") return withSuggestion("unknown_value", path, issue.message, issue.input, issue.values);
  return { code: ZOD_CODES[issue.code] ?? "invalid_input", path, message: issue.message };
}

/** An issue about a value outside a fixed set: the set in `allowed`, the nearest value suggested when one is close. */
function withSuggestion(code: SupportPolicyErrorCode, path: readonly PropertyKey[], message: string, received: unknown, allowed: readonly AllowedValue[]): SupportPolicyIssue {
  const suggestion = nearestValue(received, allowed);
  const found = { code, path, message: `${message}${didYouMean(suggestion)}`, allowed };
  return suggestion === undefined ? found : { ...found, suggestion };
}

/** One issue for one unknown key of a strict object, with the key at the end of its path. */
function unknownKeyIssue(issue: z.core.$ZodIssueUnrecognizedKeys, key: string, root: readonly PropertyKey[]): SupportPolicyIssue {
  const path = [...root, ...issue.path, key];
  const allowed = declaredKeys.get(issue.keys);
  const own = issue.message === UNKNOWN_KEYS ? "" : `: ${issue.message}`;
  const message = `Unknown key ${describeValue(key)}${own}`;
  return allowed === undefined ? { code: "unknown_key", path, message } : withSuggestion("unknown_key", path, message, key, allowed);
}

/**
 * Validates `input` with a zod schema (classic or mini) at the public boundary and returns the
 * parsed value, or throws a {@link SupportPolicyError} listing the issues (the first
 * {@link MAX_LISTED_ISSUES}) with their full paths.
 */
export function parseInput<T>(schema: z.core.$ZodType<T>, input: unknown, root: readonly PropertyKey[] = []): T {
  let zodIssues: readonly z.core.$ZodIssue[];
  try {
    const result = z.safeParse(schema, input, { error: wordIssue, reportInput: true });
    if (result.success) return result.data;
    // zod words its messages when the error is first read, and wording one reads the input.
    zodIssues = result.error.issues;
  } catch (error) {
    // A refinement may throw the library's own error; anything else is the input fighting back
    // (a getter or proxy trap that throws, a revoked proxy, a Date look-alike whose methods
    // throw), which makes it bad input, never a crash.
    if (error instanceof SupportPolicyError) throw error;
    fail("invalid_input", root, `The input could not be read: reading it threw ${describeThrown(error)}`);
  }
  const issues: SupportPolicyIssue[] = [];
  let omitted = 0;
  for (const issue of zodIssues) {
    if (issue.code !== "unrecognized_keys") {
      if (issues.length < MAX_LISTED_ISSUES) issues.push(toIssue(issue, input, root));
      else omitted += 1;
      continue;
    }
    // One issue per unknown key, with the key in its path, so the path points at the bad field.
    for (const key of issue.keys) {
      if (issues.length < MAX_LISTED_ISSUES) issues.push(unknownKeyIssue(issue, key, root));
      else omitted += 1;
    }
  }
  const [first, ...rest] = issues;
  // Stryker disable next-line all: zod reports at least one issue, so this guard (for the type checker) never runs
  if (first === undefined) fail("invalid_input", root, "Invalid input");
  throw new SupportPolicyError([first, ...rest], omitted);
}

/**
 * Validates a caller's partial overrides merged over the library's defaults, as
 * {@link parseInput} does, and turns an override object that cannot even be read (a throwing
 * getter or proxy trap, a revoked proxy) into the library's error too.
 *
 * @internal
 */
export function parseOverrides<T>(schema: z.core.$ZodType<T>, defaults: object, overrides: unknown, root: readonly PropertyKey[]): T {
  let merged: unknown;
  try {
    merged = { ...defaults, ...(overrides as object) };
  } catch (error) {
    fail("invalid_input", root, `The input could not be read: reading it threw ${describeThrown(error)}`);
  }
  return parseInput(schema, merged, root);
}
