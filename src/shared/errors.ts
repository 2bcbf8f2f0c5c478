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

/**
 * Builds the issue for a value (or key) outside a fixed set: {@link parseInput} adds the
 * nearest allowed value, {@link parsePlainInput} only the list.
 */
type OneOfIssue = (code: SupportPolicyErrorCode, path: readonly PropertyKey[], message: string, received: unknown, allowed: readonly AllowedValue[]) => SupportPolicyIssue;

/** An issue about a value outside a fixed set: the set in `allowed`, the nearest value suggested when one is close. */
const withSuggestion: OneOfIssue = (code, path, message, received, allowed) => {
  const suggestion = nearestValue(received, allowed);
  const found = { code, path, message: suggestion === undefined ? message : `${message}; did you mean ${JSON.stringify(suggestion)}?`, allowed };
  return suggestion === undefined ? found : { ...found, suggestion };
};

/** The same issue with the list only. */
const withList: OneOfIssue = (code, path, message, _received, allowed) => ({ code, path, message, allowed });

/** How a rejection's issues are worded: values outside a fixed set, and the code a custom issue names. */
interface Wording {
  readonly oneOf: OneOfIssue;
  /** The code of a custom issue naming `code` in its params. */
  readonly codeOf: (code: unknown) => SupportPolicyErrorCode;
}

/** {@link parseInput}'s: the nearest allowed value suggested; a code the library does not know is `invalid_input`. */
const SUGGESTING: Wording = { oneOf: withSuggestion, codeOf: (code) => (isKnownCode(code) ? code : "invalid_input") };

/**
 * {@link parsePlainInput}'s: the list only, and the code as the rule names it (the calendar's
 * rules name theirs as SupportPolicyErrorCode), so the list of every code stays out of the
 * smallest bundles.
 */
const LISTING: Wording = { oneOf: withList, codeOf: (code) => code as SupportPolicyErrorCode };

// What the walk calls unknown keys, so a schema's own wording (which replaces it) shows.
const UNKNOWN_KEYS = "Unrecognized keys";

// The message wordUnknownKeys gave each list of unknown keys, told apart from a schema's own the same way.
const keysMessages = new WeakMap<object, string>();

/** A key as a message quotes it, cut at 40 characters. */
function showKey(key: string): string {
  return JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key);
}

// The keys each strict object declares, noted while zod words its issues (the raw issue knows
// the schema that raised it; the finished one does not), by the issue's list of unknown keys.
const declaredKeys = new WeakMap<object, readonly string[]>();

/**
 * Notes the keys a strict object declares, and words its unknown keys naming the first three
 * only: {@link parseInput} gives each key a message of its own, and zod's, which lists every key,
 * would cost seconds for a million keys.
 */
function wordUnknownKeys(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code !== "unrecognized_keys") return undefined;
  try {
    const shape = (issue.inst as { _zod?: { def?: { shape?: object } } } | undefined)?._zod?.def?.shape;
    if (shape !== undefined) declaredKeys.set(issue.keys, Object.keys(shape));
  } catch {
    // A shape that cannot be listed only costs the list.
  }
  const shown = issue.keys.slice(0, 3).map(showKey).join(", ");
  const more = issue.keys.length > 3 ? ` and ${issue.keys.length - 3} more` : "";
  const message = `Unknown key${issue.keys.length === 1 ? "" : "s"} ${shown}${more}`;
  keysMessages.set(issue.keys, message);
  return message;
}

/**
 * The library's wording of zod's findings that have no message of their own: a value outside a
 * fixed set names the value received.
 */
function wordIssue(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code !== "invalid_value") return wordUnknownKeys(issue);
  const values = issue.values.map(showAllowed).join("|");
  const expected = issue.values.length === 1 ? `Invalid input: expected ${values}` : `Invalid option: expected one of ${values}`;
  return `${expected}, received ${describeValue(issue.input)}`;
}

/**
 * Converts one of zod's issues to the library's shape: a custom issue carries its own code in
 * `params.code`; a missing required field becomes `missing_field`; a value outside a fixed set
 * lists the allowed values (and the nearest, with {@link withSuggestion}).
 */
function toIssue(issue: z.core.$ZodIssue, input: unknown, root: readonly PropertyKey[], { oneOf, codeOf }: Wording): SupportPolicyIssue {
  const path = [...root, ...issue.path];
  if (issue.code === "custom") {
    const params = issue.params as { code?: unknown; allowed?: unknown } | undefined;
    const code = codeOf(params?.code);
    // A refinement that checks a value against a list it knows only at run time (declared
    // statuses, metric ids) passes the list in `params.allowed` and the value as the issue's input.
    if (!Array.isArray(params?.allowed)) return { code, path, message: issue.message };
    return oneOf(code, path, issue.message, issue.input, params.allowed as readonly AllowedValue[]);
  }
  if ((issue.code === "invalid_type" || issue.code === "invalid_value") && isAbsent(issue, input)) {
    return { code: "missing_field", path, message: path.length === 0 ? "Missing required input" : `Missing required field "${path.map(String).join(".")}"` };
  }
  if (issue.code === "invalid_value") return oneOf("unknown_value", path, issue.message, issue.input, issue.values);
  return { code: ZOD_CODES[issue.code] ?? "invalid_input", path, message: issue.message };
}

/** The issues of a rejection: the first {@link MAX_LISTED_ISSUES} listed, the others counted. */
interface Findings {
  readonly issues: SupportPolicyIssue[];
  omitted: number;
}

/**
 * Adds one of zod's issues to the findings: an issue listing unknown keys becomes one issue per
 * key, with the key at the end of its path, so the path points at the bad field.
 */
function addIssue(findings: Findings, issue: z.core.$ZodIssue, input: unknown, root: readonly PropertyKey[], wording: Wording): void {
  if (issue.code !== "unrecognized_keys") {
    if (findings.issues.length < MAX_LISTED_ISSUES) findings.issues.push(toIssue(issue, input, root, wording));
    else findings.omitted += 1;
    // A refinement that finds a great many problems of one kind adds the first few and counts the
    // rest in `params.more`, since building a zod issue for each would cost more than the reading.
    const more = issue.code === "custom" ? (issue.params as { more?: unknown } | undefined)?.more : undefined;
    if (typeof more === "number") findings.omitted += more;
    return;
  }
  const allowed = declaredKeys.get(issue.keys);
  const own = issue.message === UNKNOWN_KEYS || issue.message === keysMessages.get(issue.keys) ? "" : `: ${issue.message}`;
  for (const key of issue.keys) {
    if (findings.issues.length >= MAX_LISTED_ISSUES) {
      findings.omitted += 1;
      continue;
    }
    const path = [...root, ...issue.path, key];
    const message = `Unknown key ${showKey(key)}${own}`;
    findings.issues.push(allowed === undefined ? { code: "unknown_key", path, message } : wording.oneOf("unknown_key", path, message, key, allowed));
  }
}

/** Throws the findings as the library's error. */
function reject(findings: Findings, root: readonly PropertyKey[]): never {
  const [first, ...rest] = findings.issues;
  // Stryker disable next-line all: a rejection has at least one issue, so this guard (for the type checker) never runs
  if (first === undefined) fail("invalid_input", root, "Invalid input");
  throw new SupportPolicyError([first, ...rest], findings.omitted);
}

/** The error for an input whose reading threw: bad input, never a crash. */
function unreadable(error: unknown, root: readonly PropertyKey[]): never {
  // A refinement may throw the library's own error; anything else is the input fighting back
  // (a getter or proxy trap that throws, a revoked proxy, a Date look-alike whose methods
  // throw, or a structure too deep to walk).
  if (error instanceof SupportPolicyError) throw error;
  fail("invalid_input", root, `The input could not be read: reading it threw ${describeThrown(error)}`);
}

/**
 * Runs `read`, a reading of a caller's value by hand (outside a zod schema), and turns anything
 * but the library's own error thrown on the way into `invalid_input` at `root`, as `parseInput`
 * does: a getter or proxy trap that throws, a revoked proxy or a cyclic structure is bad input,
 * never a crash.
 *
 * @example
 * guardReading(["export"], () => readParts(input));
 */
export function guardReading<T>(root: readonly PropertyKey[], read: () => T): T {
  try {
    return read();
  } catch (error) {
    unreadable(error, root);
  }
}

// zod's parse contexts: the full one words issues and keeps each issue's input (to name it and
// suggest the nearest allowed value); the checking one also stops each array and object at its
// first bad element (zod's abort-early, which its validate uses), so a bad input is found out
// without building an issue for each of a million bad elements.
// (Two literals, not a spread: a bundler keeps a spread, and wordIssue with it, in every bundle.)
const FULL = { error: wordIssue, reportInput: true, async: false } as z.core.ParseContext<z.core.$ZodIssue>;
const CHECK = { error: wordIssue, reportInput: true, async: false, abortEarly: true } as z.core.ParseContext<z.core.$ZodIssue>;

type Schema = z.core.$ZodType;

/** zod's raw run of a schema (its safeParse without building the error), synchronous. */
function run(schema: Schema, value: unknown, ctx: z.core.ParseContext<z.core.$ZodIssue>): z.core.ParsePayload {
  const result = schema._zod.run({ value, issues: [] }, ctx);
  // Stryker disable next-line all: the library's schemas are synchronous; this is zod's own guard
  if (result instanceof Promise) throw new TypeError("An asynchronous schema cannot be parsed synchronously");
  return result;
}

/**
 * Whether zod, stopping at the first problem, finds none. A value it stops short in may reach a
 * transform half parsed (an unknown key does not stop a pipe), so a throw there means a problem
 * for the full parse to name, not a crash.
 */
function isFine(schema: Schema, value: unknown): boolean {
  try {
    return run(schema, value, CHECK).issues.length === 0;
  } catch {
    return false;
  }
}

/** An array past this many elements is checked element by element, stopping after 100 bad ones. */
const LONG_ARRAY = 1000;

/** What a rejection's walk needs: where to put the issues, the root input and the root's path. */
interface Walk {
  readonly findings: Findings;
  readonly input: unknown;
  readonly root: readonly PropertyKey[];
}

/**
 * Parses `value` with `schema` inside another schema's refinement or transform, for a schema
 * chosen at run time (a condition's shape by the keys it has), and adds what it finds to `ctx`
 * worded as {@link parseInput} words a whole input: an unknown key is named once, with the keys
 * allowed; a value outside a fixed set names the value received. `at` maps each issue's path
 * inside `value` to its path from the refined value (the same path by default). Returns the
 * parsed value, or `undefined` when issues were added (the refinement then returns `z.NEVER`).
 *
 * @example
 * const condition = parseWithin(conditionSchema, value, ctx);
 * if (condition === undefined) return z.NEVER;
 *
 * @internal
 */
export function parseWithin<T>(schema: z.core.$ZodType<T>, value: unknown, ctx: z.core.$RefinementCtx, at: (path: readonly PropertyKey[]) => PropertyKey[] = (path) => [...path]): T | undefined {
  // The full context words each issue as it is found, and the issue keeps its message when the
  // outer parse finishes it: parseInput then reads the library's words, not zod's.
  const result = z.safeParse(schema, value, FULL);
  if (result.success) return result.data;
  for (const problem of result.error.issues) ctx.addIssue({ ...problem, path: at(problem.path) });
  return undefined;
}

/** Lists zod's issues for a value at `path` (the whole parse, exactly as zod finds them), up to the cap. */
function delegate(walk: Walk, schema: Schema, value: unknown, path: readonly PropertyKey[]): void {
  // zod's safeParse, whose error is worded when first read (named imports only: reaching into
  // zod's core namespace would bundle all of it).
  const result = z.safeParse(schema, value, FULL);
  if (result.success) return;
  for (const issue of result.error.issues) {
    addIssue(walk.findings, path.length === 0 ? issue : { ...issue, path: [...path, ...issue.path] }, walk.input, walk.root, SUGGESTING);
  }
}

/** The schema a wrapper (optional, nullable, default, readonly, a pipe's input, lazy) applies to a value that is there. */
function unwrap(schema: Schema): Schema {
  let inner = schema;
  for (let depth = 0; depth < 16; depth++) {
    const def = inner._zod.def as z.core.$ZodTypeDef & { innerType?: Schema; in?: Schema; getter?: () => Schema };
    const next = def.type === "pipe" ? def.in : def.type === "lazy" ? def.getter?.() : ["optional", "nullable", "default", "prefault", "readonly", "nonoptional"].includes(def.type) ? def.innerType : undefined;
    if (next === undefined) return inner;
    inner = next;
  }
  return inner;
}

/**
 * Finds a rejected value's issues, the first {@link MAX_LISTED_ISSUES} of them, without asking
 * zod for all: a long array is checked element by element and, past the cap, its bad elements
 * are only counted (one each, so `omittedIssues` is then a lower bound); an object's fields are
 * walked one by one to reach long arrays inside. Anything else, and any value whose parts are all
 * fine (its own refinements decide), is zod's parse exactly.
 */
function collect(walk: Walk, schema: Schema, value: unknown, path: readonly PropertyKey[]): void {
  const inner = unwrap(schema);
  const def = inner._zod.def as z.core.$ZodTypeDef & { element?: Schema };
  const found =
    def.type === "array" && Array.isArray(value) && value.length > LONG_ARRAY
      ? collectElements(walk, def.element as Schema, value, path)
      : def.type === "object" && typeof value === "object" && value !== null && !Array.isArray(value)
        ? collectFields(walk, inner as z.core.$ZodObject, value as Record<string, unknown>, path)
        : false;
  if (!found) delegate(walk, schema, value, path);
}

/** A long array's bad elements: the first ones' issues in full, the rest counted. Whether any was bad. */
function collectElements(walk: Walk, element: Schema, value: readonly unknown[], path: readonly PropertyKey[]): boolean {
  let found = false;
  for (let index = 0; index < value.length; index++) {
    const item = value[index];
    if (isFine(element, item)) continue;
    found = true;
    if (walk.findings.issues.length < MAX_LISTED_ISSUES) collect(walk, element, item, [...path, index]);
    else walk.findings.omitted += 1;
  }
  return found;
}

/**
 * A strict or stripping object's bad fields, walked one by one as zod would (an absent optional
 * field is skipped), then its unknown keys. Whether anything was wrong: when nothing is, the
 * object is left to zod whole, which runs its refinements.
 */
function collectFields(walk: Walk, schema: z.core.$ZodObject, value: Record<string, unknown>, path: readonly PropertyKey[]): boolean {
  const { shape, catchall } = schema._zod.def;
  const strict = catchall?._zod.def.type === "never";
  // A catchall schema, or symbol keys, are zod's alone.
  if ((catchall !== undefined && !strict) || Object.getOwnPropertySymbols(shape).length > 0) return false;
  let found = false;
  for (const key of Object.keys(shape)) {
    const field = shape[key] as Schema;
    if (!(key in value) && field._zod.optin !== undefined && field._zod.optout === "optional") continue;
    const item = value[key];
    if (isFine(field, item)) continue;
    found = true;
    if (walk.findings.issues.length < MAX_LISTED_ISSUES) collect(walk, field, item, [...path, key]);
    else walk.findings.omitted += 1;
  }
  // With its fields fine, an object with refinements of its own is zod's: they run despite unknown keys.
  if (!strict || (!found && (schema._zod.def.checks?.length ?? 0) > 0)) return found;
  const unknown: string[] = [];
  // zod's own rule: every enumerable key, inherited ones too, that the shape does not declare.
  for (const key in value) if (!Object.hasOwn(shape, key)) unknown.push(key);
  if (unknown.length > 0) {
    declaredKeys.set(unknown, Object.keys(shape));
    const issue = { code: "unrecognized_keys", keys: unknown, path: [...path], message: UNKNOWN_KEYS } as z.core.$ZodIssue;
    addIssue(walk.findings, issue, walk.input, walk.root, SUGGESTING);
  }
  return found || unknown.length > 0;
}

/**
 * Validates `input` with a zod schema (classic or mini) at the public boundary and returns the
 * parsed value, or throws a {@link SupportPolicyError} listing the issues (the first
 * {@link MAX_LISTED_ISSUES}) with their full paths. A value outside a fixed set or an unknown key
 * names what was received and the nearest allowed value when one is close.
 *
 * @remarks
 * Rejection costs about what acceptance does: the input is parsed once with zod stopping at the
 * first bad element of each array and object; only a rejected input is walked again, and a long
 * array in it is read element by element, listing the first bad ones and counting the rest.
 */
export function parseInput<T>(schema: z.core.$ZodType<T>, input: unknown, root: readonly PropertyKey[] = []): T {
  let result: z.core.ParsePayload | undefined;
  try {
    result = run(schema, input, CHECK);
  } catch {
    // Stopped short, a transform may have met a half-parsed value: the walk's full parse decides.
  }
  if (result?.issues.length === 0) return result.value as T;
  try {
    const walk: Walk = { findings: { issues: [], omitted: 0 }, input, root };
    collect(walk, schema, input, []);
    reject(walk.findings, root);
  } catch (error) {
    unreadable(error, root);
  }
}

// The plain parse's context: unknown keys worded one by one, nothing else.
const PLAIN: z.core.ParseContext<z.core.$ZodIssue> = { error: wordUnknownKeys };

/**
 * {@link parseInput} without the suggestions and the element-by-element walk, for an entry
 * whose bundle must stay small (`defineCalendar`): the same codes, paths and messages, without
 * "did you mean" and without naming a received value zod's message does not name.
 *
 * @internal
 */
export function parsePlainInput<T>(schema: z.core.$ZodType<T>, input: unknown, root: readonly PropertyKey[] = []): T {
  let zodIssues: readonly z.core.$ZodIssue[];
  try {
    const result = z.safeParse(schema, input, PLAIN);
    if (result.success) return result.data;
    // zod words its messages when the error is first read, and wording one reads the input.
    zodIssues = result.error.issues;
  } catch (error) {
    unreadable(error, root);
  }
  const findings: Findings = { issues: [], omitted: 0 };
  for (const issue of zodIssues) addIssue(findings, issue, input, root, LISTING);
  reject(findings, root);
}

/**
 * Validates a caller's partial overrides merged over the library's defaults, as
 * {@link parseInput} does, and turns an override object that cannot even be read (a throwing
 * getter or proxy trap, a revoked proxy) into the library's error too. An override given as
 * `null` (or `undefined`) leaves the default, as leaving it out does: null means none.
 *
 * @internal
 */
export function parseOverrides<T>(schema: z.core.$ZodType<T>, defaults: object, overrides: unknown, root: readonly PropertyKey[]): T {
  let merged: unknown;
  try {
    // Entries, not assignments: an own "__proto__" key stays a key, which the strict schema refuses.
    const given = Object.entries({ ...(overrides as object) }).filter(([, value]) => value !== null && value !== undefined);
    merged = { ...defaults, ...Object.fromEntries(given) };
  } catch (error) {
    fail("invalid_input", root, `The input could not be read: reading it threw ${describeThrown(error)}`);
  }
  return parseInput(schema, merged, root);
}
