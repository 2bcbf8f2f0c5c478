import * as z from "zod";
import { SupportPolicyError } from "../../../shared/errors.js";
import type { BusinessCalendar } from "../../../sla/business-calendar.js";
import type { CalendarSpec } from "../../../sla/calendar-spec.js";
import { defineCalendar } from "../../../sla/define-calendar.js";
import { railsTimeZoneToIana } from "../rails-time-zone.js";
import type { ZendeskRecordError } from "../zendesk-export.js";
import { parseRecord, recordError } from "../../shared/internal/records.js";
import { type RecordRef, idOf, recordsOf } from "./records.js";

const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
const MINUTES_PER_DAY = 1440;

const scheduleSchema = z.looseObject({
  id: z.union([z.int().nonnegative(), z.string().min(1)]),
  name: z.string().optional(),
  time_zone: z.string(),
  intervals: z.array(z.looseObject({ start_time: z.int().min(0).max(7 * MINUTES_PER_DAY), end_time: z.int().min(0).max(7 * MINUTES_PER_DAY) })),
});

const holidaySchema = z.looseObject({
  id: z.union([z.int(), z.string()]).optional(),
  name: z.string().optional(),
  start_date: z.string(),
  end_date: z.string(),
});

function hhmm(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${String(hours).padStart(2, "0")}:${String(rest).padStart(2, "0")}`;
}

/** The holidays of each schedule: `{ holidays }` for the only one, or `{ [id]: { holidays } }`. */
function holidaysBySchedule(input: unknown, scheduleIds: readonly string[], errors: ZendeskRecordError[]): Map<string, unknown[]> {
  const result = new Map<string, unknown[]>();
  if (input === undefined) return result;
  if (typeof input === "object" && input !== null && "holidays" in input) {
    const records = recordsOf(input, "holidays", "holidays", errors);
    if (scheduleIds.length === 1) result.set(scheduleIds[0] as string, records);
    else {
      errors.push(
        recordError({ source: "holidays", record: "the response" }, [], "inconsistent_facts", `One schedule's holidays ({ "holidays": [...] }) with ${scheduleIds.length} schedules: give each schedule's holidays by its id (schedules/<id>/holidays.json)`),
      );
    }
    return result;
  }
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    errors.push(recordError({ source: "holidays", record: "the response" }, [], "invalid_type", 'Expected { "holidays": [...] } or { "<schedule id>": { "holidays": [...] } }'));
    return result;
  }
  for (const [id, response] of Object.entries(input)) {
    if (!scheduleIds.includes(id)) {
      errors.push(recordError({ source: "holidays", record: `schedule ${id}` }, [], "inconsistent_facts", `Holidays for schedule ${id}, which schedules.json does not list`));
      continue;
    }
    result.set(id, recordsOf(response, "holidays", "holidays", errors));
  }
  return result;
}

/** Every schedule as a calendar, by its id; the first schedule is the account's default. */
export function readCalendars(
  schedulesInput: unknown,
  holidaysInput: unknown,
  errors: ZendeskRecordError[],
): { calendars: Record<string, BusinessCalendar>; defaultCalendar: string | null; failed: boolean } {
  const records = recordsOf(schedulesInput, "schedules", "schedules", errors);
  const before = errors.length;
  const ids = records.map((record) => idOf(record)).filter((id): id is string => id !== null);
  const holidays = holidaysBySchedule(holidaysInput, ids, errors);
  const calendars: Record<string, BusinessCalendar> = {};
  records.forEach((raw, index) => {
    const ref: RecordRef = { source: "schedules", record: idOf(raw) === null ? `schedules[${index}]` : `schedule ${idOf(raw) as string}` };
    const schedule = parseRecord(scheduleSchema, raw, ref, errors);
    if (schedule === undefined) return;
    const id = String(schedule.id);
    const named = { source: "schedules" as const, record: schedule.name === undefined ? `schedule ${id}` : `schedule ${id} "${schedule.name}"` };
    const timeZone = railsTimeZoneToIana(schedule.time_zone);
    if (timeZone === undefined) {
      errors.push(recordError(named, ["time_zone"], "invalid_time_zone", `Unknown time zone "${schedule.time_zone}": expected a Rails time-zone name (such as "Pacific Time (US & Canada)") or an IANA zone`));
      return;
    }
    const weekly: Record<string, [string, string][]> = {};
    const found = errors.length;
    schedule.intervals.forEach((interval, position) => {
      const day = Math.floor(interval.start_time / MINUTES_PER_DAY);
      const start = interval.start_time - day * MINUTES_PER_DAY;
      const end = interval.end_time - day * MINUTES_PER_DAY;
      // Zendesk: an interval "can't span calendar days"; it may end at the day's midnight.
      if (day > 6 || end <= start || end > MINUTES_PER_DAY) {
        errors.push(recordError(named, ["intervals", position], "invalid_time", `The interval ${interval.start_time}-${interval.end_time} (minutes from Sunday 00:00) must end after it starts, within the same day`));
        return;
      }
      (weekly[DAYS[day] as string] ??= []).push([hhmm(start), hhmm(end)]);
    });
    if (errors.length > found) return;
    const holidayRecords = holidays.get(id) ?? [];
    const days: { from: string; to: string; name?: string }[] = [];
    holidayRecords.forEach((rawHoliday, position) => {
      const holiday = parseRecord(holidaySchema, rawHoliday, { source: "holidays", record: `holiday ${idOf(rawHoliday) ?? position} (schedule ${id})` }, errors);
      if (holiday === undefined) return;
      // Zendesk's end_date is the holiday's last day: a one-day holiday starts and ends on it.
      days.push({ from: holiday.start_date, to: holiday.end_date, ...(holiday.name === undefined ? {} : { name: holiday.name }) });
    });
    if (errors.length > found) return;
    const spec: CalendarSpec = { timeZone, weekly, holidays: days };
    try {
      calendars[id] = defineCalendar(spec);
    } catch (error) {
      if (!(error instanceof SupportPolicyError)) throw error;
      for (const issue of error.issues) {
        const onHolidays = issue.path[0] === "holidays";
        errors.push(
          recordError(
            onHolidays ? { source: "holidays", record: `holiday ${idOf(holidayRecords[Number(issue.path[1])]) ?? String(issue.path[1])} (schedule ${id})` } : named,
            onHolidays ? issue.path.slice(2).map((key) => (key === "from" ? "start_date" : key === "to" ? "end_date" : String(key))) : ["intervals"],
            issue.code,
            issue.message,
          ),
        );
      }
    }
  });
  const first = ids[0];
  return { calendars, defaultCalendar: first ?? null, failed: errors.length > before };
}
