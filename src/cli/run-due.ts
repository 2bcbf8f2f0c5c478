import { addBusinessTime } from "../sla/add-business-time.js";
import { businessTimeBetween } from "../sla/business-time-between.js";
import { CliError } from "./cli-error.js";
import type { CliIo } from "./cli-io.js";
import { EXIT_CODES, type ExitCode } from "./exit-codes.js";
import { formatDuration } from "../shared/format-duration.js";
import { formatInstant } from "../shared/format-instant.js";
import { timeZoneOption } from "./time-zone-option.js";
import { formatOption } from "./format-option.js";
import { instantOption } from "./instant-option.js";
import { numberOption } from "./number-option.js";
import { parseOptions } from "./parse-options.js";
import { resolveCalendar } from "./resolve-calendar.js";
import { DUE_HELP } from "./usage.js";

/**
 * `support-policy due`: the earliest instant at which a duration of business time has elapsed
 * on a calendar from a start, and how much of the wait is business time (docs/rules.md §1 "Adding").
 *
 * @param args - the arguments after `due`
 * @param io - streams, files and clock
 * @returns the exit code
 * @throws {@link CliError} (exit 2) for a usage error or an unknown calendar
 *
 * @example
 * ```ts
 * runDue(["--calendar", "global", "--from", "2026-03-07T00:00:00Z", "--hours", "24"], io);
 * // prints "Due  2026-03-09T21:00:00.000Z  Mon 2026-03-09 14:00 PDT", … and returns 0
 * ```
 */
export function runDue(args: readonly string[], io: CliIo): ExitCode {
  const { values, positionals } = parseOptions("due", args, {
    calendar: { type: "string", short: "c" },
    from: { type: "string" },
    hours: { type: "string" },
    minutes: { type: "string" },
    format: { type: "string" },
    "time-zone": { type: "string" },
  });
  if (values["help"] === true) {
    io.stdout(DUE_HELP);
    return EXIT_CODES.ok;
  }
  if (positionals.length > 0) throw new CliError(`support-policy due: unexpected argument ${JSON.stringify(positionals[0])}; see "support-policy due --help"`);
  const calendarName = values["calendar"];
  const fromText = values["from"];
  if (typeof calendarName !== "string") throw new CliError('support-policy due: --calendar is required; see "support-policy due --help"');
  if (typeof fromText !== "string") throw new CliError('support-policy due: --from is required; see "support-policy due --help"');
  const hoursText = values["hours"];
  const minutesText = values["minutes"];
  if (typeof hoursText !== "string" && typeof minutesText !== "string") {
    throw new CliError('support-policy due: give the duration with --hours and/or --minutes; see "support-policy due --help"');
  }
  const format = formatOption(values["format"] as string | undefined);
  const zoneText = values["time-zone"];
  const shownZone = typeof zoneText === "string" ? timeZoneOption(zoneText) : undefined;
  const calendar = resolveCalendar(calendarName, io);
  const from = instantOption("from", fromText);
  const hours = typeof hoursText === "string" ? numberOption("hours", hoursText) : 0;
  const minutes = typeof minutesText === "string" ? numberOption("minutes", minutesText) : 0;
  const durationMs = Math.round(hours * 3_600_000 + minutes * 60_000);
  const due = addBusinessTime(calendar, from, durationMs);
  const elapsedMs = due.getTime() - from.getTime();
  const businessMs = businessTimeBetween(calendar, from, due);
  const name = calendar.spec.name ?? calendarName;
  const result = {
    calendar: name,
    timeZone: calendar.timeZone,
    from: from.toISOString(),
    due: due.toISOString(),
    businessMs,
    elapsedMs,
  };
  if (format === "json") {
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    return EXIT_CODES.ok;
  }
  const share = elapsedMs === 0 ? 100 : Math.round((businessMs / elapsedMs) * 100);
  // Times show on the calendar's own wall clock unless --time-zone asks for another, as in sla and queue.
  const zone = shownZone ?? calendar.timeZone;
  io.stdout(
    [
      `Calendar  ${name} (${calendar.timeZone})${zone === calendar.timeZone ? "" : `, times in ${zone}`}`,
      `From      ${result.from}  ${formatInstant(from, zone)}`,
      `Target    ${formatDuration(durationMs)} of business time`,
      `Due       ${result.due}  ${formatInstant(due, zone)}`,
      `Elapsed   ${formatDuration(elapsedMs)} of real time, of which ${formatDuration(businessMs)} business time (${share}%)`,
      "",
    ].join("\n"),
  );
  return EXIT_CODES.ok;
}
