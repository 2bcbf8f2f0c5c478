import { SupportPolicyError } from "../shared/errors.js";
import { type BusinessCalendar } from "../sla/business-calendar.js";
import { defineCalendar } from "../sla/define-calendar.js";
import { CliError } from "./cli-error.js";
import { formatPath } from "./format-path.js";
import { parseJsonText } from "./parse-json-text.js";

/**
 * Builds a calendar from a JSON calendar spec (text, or an already parsed value), so a bad spec
 * in a file is reported as one line naming the file and the field (docs/rules.md §1 calendars).
 *
 * @param text - the file's text, or `{ value }` for a spec already parsed out of a larger file
 * @param source - the file name, for error lines
 * @param root - the spec's path inside the file, when it is part of a larger file
 * @returns the calendar
 * @throws {@link CliError} (exit 2) for malformed JSON or an invalid spec
 *
 * @example
 * ```ts
 * calendarFromJson('{"timeZone":"Europe/Berlin","weekly":{"mon":[["09:00","17:00"]]}}', "cal.json").timeZone;
 * // => "Europe/Berlin"
 * ```
 */
export function calendarFromJson(text: string | { readonly value: unknown }, source: string, root: readonly PropertyKey[] = []): BusinessCalendar {
  let spec: unknown;
  if (typeof text === "string") {
    const parsed = parseJsonText(text);
    if (!parsed.ok) throw new CliError(`${source}: ${parsed.message}`);
    spec = parsed.value;
  } else {
    spec = text.value;
  }
  try {
    return defineCalendar(spec as Parameters<typeof defineCalendar>[0]);
  } catch (error) {
    if (error instanceof SupportPolicyError) throw new CliError(`${source}: ${formatPath([...root, ...error.path])}: ${error.message}`);
    throw error;
  }
}
