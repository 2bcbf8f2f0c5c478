// zod's light build: the calendar is what the smallest imports (defineCalendar with
// addBusinessTime) need, and zod/mini's functions tree-shake where the classic methods do not.
import * as z from "zod/mini";
import type { DeepReadonly } from "../shared/deep-freeze.js";
import { parseLocalDate } from "../shared/parse-local-date.js";
import { WEEKDAYS, formatLocalDate } from "./internal/local-date.js";
import { END_YEAR, FIRST_YEAR } from "./internal/timeline.js";
import { canonicalTimeZone } from "./internal/zone.js";

const TIME = /^(\d{2}):(\d{2})$/;

/**
 * Parses `"HH:MM"` into minutes after midnight; `"24:00"` is the end of the day. Returns
 * `undefined` for anything else.
 */
export function parseTimeOfDay(text: string): number | undefined {
  const match = TIME.exec(text);
  if (match === null) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) return undefined;
  return hours * 60 + minutes;
}

/** The type name zod's messages give a value: `null`, `array`, `NaN`, a class name or `typeof`. */
function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (Number.isNaN(value)) return "NaN";
  if (typeof value === "object" && Object.getPrototypeOf(value) !== Object.prototype) {
    const name: unknown = (value as { constructor?: { name?: unknown } }).constructor?.name;
    if (typeof name === "string" && name !== "") return name;
  }
  return typeof value;
}

/**
 * zod's English messages for the few issues these shapes can raise. zod's light build loads no
 * messages of its own, and the schemas carry theirs so they read the same whatever the
 * application sets in zod's global configuration (its zod is the library's, a peer dependency).
 */
function message(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === "invalid_type") return `Invalid input: expected ${issue.expected}, received ${typeName(issue.input)}`;
  // parseInput words each unknown key itself, with the nearest declared key.
  if (issue.code === "unrecognized_keys") return undefined;
  return "Invalid input";
}

const text = (): z.ZodMiniString<string> => z.string({ error: message });
const optionalText = (): z.ZodMiniOptional<z.ZodMiniString<string>> => z.optional(text());
// `[start, end]`: an array of two strings (see checkDay), typed as the pair it must be.
const interval = /* @__PURE__ */ z.array(text(), { error: message }) as unknown as z.ZodMiniType<[string, string], [string, string]>;
const dayHours = /* @__PURE__ */ z.array(interval, { error: message });
const weeklyShape = /* @__PURE__ */ Object.fromEntries(WEEKDAYS.map((key) => [key, z.optional(dayHours)])) as Record<
  (typeof WEEKDAYS)[number],
  z.ZodMiniOptional<typeof dayHours>
>;

const holidayRange = /* @__PURE__ */ z.strictObject({ from: text(), to: text(), name: optionalText() }, { error: message });
// A holiday is a date string or a range, told apart by its type as a zod union of the two would
// (a range whose only problems are unknown keys keeps its issues; anything else is one
// invalid_union issue, "Invalid input"), by a check: the union's code would add 3% to the
// smallest bundles.
const holiday = /* @__PURE__ */ z.unknown().check((payload) => {
  if (typeof payload.value === "string") return;
  const range = holidayRange._zod.run({ value: payload.value, issues: [] }, { async: false }) as z.core.ParsePayload;
  if (range.issues.every((found) => found.continue === true)) {
    payload.value = range.value;
    payload.issues.push(...range.issues);
  } else {
    payload.issues.push({ code: "invalid_union", errors: [], input: payload.value, message: "Invalid input" });
  }
}) as unknown as z.ZodMiniType<
  string | { from: string; to: string; name?: string | undefined },
  string | { from: string; to: string; name?: string | undefined }
>;

const override = /* @__PURE__ */ z.strictObject({ date: text(), hours: dayHours, name: optionalText() }, { error: message });

// The check runs on the parse's payload (zod's `.check` with a function: the step superRefine
// is built on, without the wrapper's share of the smallest bundles).
type RefineContext = z.core.ParsePayload<z.output<typeof baseSchema>>;

function issue(ctx: RefineContext, code: string, path: PropertyKey[], message: string): void {
  // `continue`: the other rules still run, and a schema around this one goes on, as superRefine's issues do.
  ctx.issues.push({ code: "custom", path, message, params: { code }, input: undefined, continue: true });
}

/** Checks one day's intervals; returns their open minutes on that day, or -1 when invalid. */
function checkDay(ctx: RefineContext, hours: readonly (readonly string[])[], path: PropertyKey[]): number {
  // Stryker disable next-line ArrayDeclaration: a stray string entry compares as NaN, so it never reports an overlap
  const parsed: [number, number, number][] = [];
  let valid = true;
  let minutes = 0;
  hours.forEach((pair, index) => {
    // The pair's length is checked here rather than by a zod tuple, whose code would double the
    // schema's share of the smallest bundles; the messages are the ones a tuple gives.
    if (pair.length !== 2) {
      valid = false;
      const [code, bound] = pair.length < 2 ? (["too_small", ">="] as const) : (["too_big", "<="] as const);
      issue(ctx, code, [...path, index], `${code === "too_small" ? "Too small" : "Too big"}: expected array to have ${bound}2 items`);
      return;
    }
    const [startText, endText] = pair as readonly [string, string];
    const start = parseTimeOfDay(startText);
    const end = parseTimeOfDay(endText);
    if (start === undefined || start === 1440) {
      valid = false;
      issue(ctx, "invalid_time", [...path, index, 0], `Expected an opening time "HH:MM" from 00:00 to 23:59, received "${startText}"`);
    }
    if (end === undefined) {
      valid = false;
      issue(ctx, "invalid_time", [...path, index, 1], `Expected a closing time "HH:MM" from 00:00 to 24:00, received "${endText}"`);
    }
    if (start === undefined || end === undefined || start === 1440) return;
    // The same start and end could mean nothing or a whole day; neither reading is safe to guess.
    if (start === end) {
      valid = false;
      issue(
        ctx,
        "empty_interval",
        [...path, index],
        `The interval ${startText}–${endText} is empty: write ["00:00", "24:00"] for a whole day, or an end before the start for an overnight shift`,
      );
      return;
    }
    // Only the part on the day itself can collide with the day's other intervals.
    // Stryker disable next-line EqualityOperator: start === end was rejected just above
    parsed.push([start, end > start ? end : 1440, index]);
    // The minutes only decide whether the week has any open time at all (no_open_time).
    // Stryker disable next-line AssignmentOperator,EqualityOperator,ArithmeticOperator: a day with intervals stays non-zero whichever way its minutes are signed or summed, and start === end never gets here
    minutes += end > start ? end - start : 1440 - start + end;
  });
  const sorted = [...parsed].sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1] as [number, number, number];
    const current = sorted[i] as [number, number, number];
    if (current[0] < previous[1]) {
      // Stryker disable next-line BooleanLiteral: validity only decides whether an empty week is reported, and a day with two intervals is never empty
      valid = false;
      const [a, b] = [hours[previous[2]], hours[current[2]]] as [readonly [string, string], readonly [string, string]];
      issue(ctx, "overlapping_intervals", [...path, current[2]], `The intervals ${a[0]}–${a[1]} and ${b[0]}–${b[1]} overlap`);
    }
  }
  // Stryker disable next-line UnaryOperator: an invalid day's week is never reported as empty either way: a positive count is not zero
  return valid ? minutes : -1;
}

function checkDate(ctx: RefineContext, text: string, path: PropertyKey[]): number | undefined {
  const day = parseLocalDate(text);
  if (day === undefined) {
    issue(ctx, "invalid_date", path, `Expected a date "YYYY-MM-DD", received "${text}"`);
    return undefined;
  }
  const year = Number(text.slice(0, 4));
  if (year < FIRST_YEAR || year >= END_YEAR) {
    issue(ctx, "out_of_range", path, `The date ${text} is outside the supported years ${FIRST_YEAR} to ${END_YEAR - 1}`);
    return undefined;
  }
  return day;
}

function checkSpec(ctx: RefineContext): void {
  const spec = ctx.value;
  if (canonicalTimeZone(spec.timeZone) === undefined) {
    issue(ctx, "invalid_time_zone", ["timeZone"], `Unknown time zone "${spec.timeZone}": expected an IANA name such as "America/Los_Angeles"`);
  }
  let weeklyMinutes = 0;
  let weeklyValid = true;
  for (const key of WEEKDAYS) {
    const hours = spec.weekly[key];
    if (hours === undefined) continue;
    const minutes = checkDay(ctx, hours, ["weekly", key]);
    // Stryker disable AssignmentOperator: a sum of non-negative counts is zero exactly when its negation is
    if (minutes < 0) weeklyValid = false;
    else weeklyMinutes += minutes;
    // Stryker restore AssignmentOperator
  }
  if (weeklyValid && weeklyMinutes === 0) {
    issue(ctx, "no_open_time", ["weekly"], "The weekly hours have no open time, so nothing could ever be due");
  }
  const closed = new Map<number, PropertyKey[]>();
  (spec.holidays ?? []).forEach((entry, index) => {
    if (typeof entry === "string") {
      const day = checkDate(ctx, entry, ["holidays", index]);
      // Stryker disable next-line ConditionalExpression,ArrayDeclaration,StringLiteral: an undefined key is never looked up (overrides with bad dates stop before it), and the map's values are never read
      if (day !== undefined) closed.set(day, ["holidays", index]);
      return;
    }
    const from = checkDate(ctx, entry.from, ["holidays", index, "from"]);
    const to = checkDate(ctx, entry.to, ["holidays", index, "to"]);
    // Stryker disable next-line ConditionalExpression,LogicalOperator: an undefined end compares false both ways, so neither the inversion check nor the loop below would run
    if (from === undefined || to === undefined) return;
    if (to < from) {
      issue(ctx, "inverted_date_range", ["holidays", index], `The holiday range ends (${entry.to}) before it starts (${entry.from})`);
      return;
    }
    // Stryker disable next-line ArrayDeclaration,StringLiteral: the map's values are never read, only its keys
    for (let day = from; day <= to; day++) closed.set(day, ["holidays", index]);
  });
  const overridden = new Set<number>();
  (spec.overrides ?? []).forEach((entry, index) => {
    checkDay(ctx, entry.hours, ["overrides", index, "hours"]);
    const day = checkDate(ctx, entry.date, ["overrides", index, "date"]);
    if (day === undefined) return;
    if (overridden.has(day)) {
      issue(ctx, "conflicting_dates", ["overrides", index, "date"], `The date ${formatLocalDate(day)} has more than one override`);
    } else if (closed.has(day)) {
      issue(ctx, "conflicting_dates", ["overrides", index, "date"], `The date ${formatLocalDate(day)} is both a holiday and an override`);
    }
    overridden.add(day);
  });
}

const baseSchema = /* @__PURE__ */ z.strictObject(
  {
    name: optionalText(),
    timeZone: text(),
    weekly: z.strictObject(weeklyShape, {
      error: (iss) => (iss.code === "unrecognized_keys" ? `expected a weekday key: ${WEEKDAYS.join(", ")}` : message(iss)),
    }),
    holidays: z.optional(z.array(holiday, { error: message })),
    overrides: z.optional(z.array(override, { error: message })),
  },
  { error: message },
);

/**
 * The zod schema of a {@link CalendarSpec}: shapes, then every rule a calendar must meet (real
 * time zone, valid times, no empty or overlapping intervals, real dates, ranges in order, some
 * open time in the week).
 *
 * @example
 * ```ts
 * calendarSpecSchema.safeParse({ timeZone: "Europe/Berlin", weekly: { mon: [["09:00", "17:00"]] } }).success;
 * // => true
 * ```
 */
export const calendarSpecSchema = /* @__PURE__ */ baseSchema.check(checkSpec);

/**
 * A business-hours calendar as plain JSON, so calendars can live in configuration files.
 *
 * - `timeZone`: an IANA zone name; all hours and dates are wall-clock times and local dates there.
 * - `weekly`: per weekday (`sun` … `sat`), `[start, end)` intervals as `"HH:MM"`; `"24:00"` is
 *   the end of the day; an end before the start is an overnight shift ending the next day.
 * - `holidays`: local dates (`"2026-12-25"`) or inclusive ranges, closed all day.
 * - `overrides`: hours that replace the weekly hours of one local date (`hours: []` closes it).
 *
 * Every part is `readonly`: a spec is only read, and the exported ones are frozen.
 *
 * @example
 * ```ts
 * const spec: CalendarSpec = {
 *   timeZone: "America/Los_Angeles",
 *   weekly: { mon: [["09:00", "12:00"], ["13:00", "17:00"]], fri: [["09:00", "15:00"]] },
 *   holidays: ["2026-12-25", { from: "2026-12-28", to: "2026-12-31", name: "Year end" }],
 *   overrides: [{ date: "2026-12-24", hours: [["09:00", "12:00"]] }],
 * };
 * ```
 */
export type CalendarSpec = DeepReadonly<z.input<typeof calendarSpecSchema>>;
