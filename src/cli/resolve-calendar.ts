import type { BusinessCalendar } from "../sla/business-calendar.js";
import {
  amerSupportHours,
  apacSupportHours,
  emeaSupportHours,
  globalSupportHours,
  twentyFourSeven,
  usGovernmentEmergencyHours,
  usGovernmentSupportHours,
} from "../sla/gitlab-calendars.js";
import { CliError } from "./cli-error.js";
import { didYouMean } from "./did-you-mean.js";
import { calendarFromJson } from "./calendar-from-json.js";
import type { CliIo } from "./cli-io.js";
import { readText } from "./read-text.js";
import { ownValue } from "../shared/own-value.js";

/**
 * The calendars the CLI knows by name: GitLab's schedules (docs/rules.md §1).
 *
 * @example
 * ```ts
 * NAMED_CALENDARS.global.timeZone; // => "America/Los_Angeles"
 * ```
 */
export const NAMED_CALENDARS: Readonly<Record<string, BusinessCalendar>> = {
  global: globalSupportHours,
  "24x5": globalSupportHours,
  "24x7": twentyFourSeven,
  amer: amerSupportHours,
  apac: apacSupportHours,
  emea: emeaSupportHours,
  usgov: usGovernmentSupportHours,
  "usgov-emergency": usGovernmentEmergencyHours,
};

/**
 * Resolves a `--calendar` value: a calendar name from {@link NAMED_CALENDARS}, or the path of a
 * JSON file holding a calendar spec (`{ timeZone, weekly, holidays?, overrides? }`).
 *
 * @param value - the name or file path
 * @param io - where files are read from
 * @returns the calendar
 * @throws {@link CliError} (exit 2) for an unknown name, an unreadable or malformed file, or an
 *   invalid spec, naming the file and the field
 *
 * @example
 * ```ts
 * resolveCalendar("emea", io).timeZone; // => "Europe/Amsterdam"
 * resolveCalendar("examples/calendar.json", io).timeZone; // => "Europe/Berlin"
 * ```
 */
export function resolveCalendar(value: string, io: CliIo): BusinessCalendar {
  const named = ownValue(NAMED_CALENDARS, value);
  if (named !== undefined) return named;
  if (!value.toLowerCase().endsWith(".json")) {
    throw new CliError(`Unknown calendar "${value}": expected one of ${Object.keys(NAMED_CALENDARS).join(", ")}, or a FILE.json calendar spec${didYouMean(value, Object.keys(NAMED_CALENDARS))}`);
  }
  return calendarFromJson(readText(value, io), value);
}
