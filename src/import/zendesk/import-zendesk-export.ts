import * as z from "zod";
import { SupportPolicyError, guardReading } from "../../shared/errors.js";
import { prepareSlaPolicies } from "../../sla/prepare-sla-policies.js";
import type { SlaPolicySet } from "../../sla/sla-policy-set.js";
import { readCalendars } from "./internal/read-calendars.js";
import { readExport } from "./internal/read-export.js";
import { readPolicies } from "./internal/read-policies.js";
import { type AuditRecord, type TicketRecord, auditRecordSchema, readTicket, ticketRecordSchema } from "./internal/read-ticket.js";
import { parseAuditRecordFast, parseTicketRecordFast } from "./internal/parse-records-fast.js";
import { forEachLatestCopy, parseRecord, recordError } from "../shared/internal/records.js";
import { idOf, recordsOf } from "./internal/records.js";
import type { ZendeskExport, ZendeskImport, ZendeskRecordError, ZendeskTicketResult } from "./zendesk-export.js";

const userSchema = z.looseObject({ id: z.union([z.int(), z.string()]), role: z.string() });
const organizationSchema = z.looseObject({ id: z.union([z.int(), z.string()]), tags: z.array(z.string()).optional() });
const customStatusSchema = z.looseObject({ id: z.union([z.int(), z.string()]), status_category: z.string() });

function byId<T extends { id: number | string }, V>(records: unknown[], schema: z.ZodType<T>, source: ZendeskRecordError["source"], label: string, value: (record: T) => V, errors: ZendeskRecordError[]): Map<string, V> {
  const map = new Map<string, V>();
  records.forEach((raw, index) => {
    const record = parseRecord(schema, raw, { source, record: idOf(raw) === null ? `${source}[${index}]` : `${label} ${idOf(raw) as string}` }, errors);
    if (record !== undefined) map.set(String(record.id), value(record));
  });
  return map;
}

/**
 * Reads a Zendesk export, the parsed JSON of the REST API's own responses (see
 * {@link ZendeskExport}), into the library's tickets, policy set and calendars. Pure: no I/O, no
 * clock; the caller reads the files.
 *
 * - **Tickets** take their values at creation from their audits' `Create` events, and their
 *   history from `Change` events (status, priority, assignee, group, type, tags, form, brand,
 *   organization, requester, custom fields, schedule) and `Comment` events. A ticket object holds
 *   only current values: they are checked against the replayed events (`current`), so a
 *   ticket whose audits are missing or incomplete is an error, never a silently wrong report.
 *   `hold` is On-hold; a custom status counts as its `status_category`; closed and deleted
 *   tickets replay like any other. A comment's author is the customer when `users` gives them the
 *   `end-user` role (or, without a user record, when they are the requester), an agent for `agent`
 *   and `admin`. A comment a trigger or automation made (`via.channel` `"rule"`, on the event or its
 *   audit) is automated and fulfils nothing; the opening comment of a ticket an agent created is
 *   its description, not a first reply. The ticket's calendar is the first schedule (Zendesk's
 *   default), or the one a `schedule_id` change set. Zendesk's `via.channel` is the field `via`;
 *   the library's `channel` is `"ticket"`.
 * - **SLA policies** keep `position` order (first match wins); `filter.all` / `filter.any` become
 *   a condition (`group_id` → `group`, `current_tags` → `tags`, `custom_fields_<id>` →
 *   `custom_fields.<id>`, ...); each policy metric a target (`target_in_seconds`, else `target`
 *   minutes), on the ticket's schedule when `business_hours`, else around the clock. A ticket
 *   without a priority gets no target (Zendesk: no policy metric applies).
 * - **Schedules** become calendars named by their id: Rails time-zone names map to IANA zones,
 *   intervals (minutes from Sunday 00:00) to weekly hours, holidays (`start_date` to `end_date`,
 *   both included) to closed days.
 *
 * Every bad record is an error naming its part of the export, the record and the field; it never
 * stops the other records. A bad policy or schedule leaves `policySet` null, because evaluating
 * without it would choose policies wrongly.
 *
 * @param input - the API responses (an object that is not one, or cannot be read, is a `SupportPolicyError` at `data`)
 * @returns the tickets (one result each), the policy set, the calendars and the other records' errors
 *
 * @example
 * ```ts
 * const result = importZendeskExport({ tickets: JSON.parse(ticketsJson), ticketAudits: JSON.parse(auditsJson), users, slaPolicies, schedules });
 * for (const entry of result.tickets) {
 *   if (entry.ok && result.policySet !== null) evaluateSla(entry.ticket, result.policySet, now);
 * }
 * ```
 */
export function importZendeskExport(input: ZendeskExport): ZendeskImport {
  // The export is read by hand as well as through schemas: whatever in it fights back (a getter
  // or proxy trap that throws, a revoked proxy, a cycle) is bad input, never a crash.
  return guardReading(["export"], () => readImportZendeskExport(input));
}

/** importZendeskExport without the guard. */
function readImportZendeskExport(input: ZendeskExport): ZendeskImport {
  const data = readExport(input);
  const errors: ZendeskRecordError[] = [];
  const roles = byId(recordsOf(data.users, "users", "users", errors), userSchema, "users", "user", (user) => user.role, errors);
  const organizationTags = byId(recordsOf(data.organizations, "organizations", "organizations", errors), organizationSchema, "organizations", "organization", (organization) => organization.tags ?? [], errors);
  const customStatuses =
    data.customStatuses === undefined
      ? null
      : byId(recordsOf(data.customStatuses, "custom_statuses", "custom_statuses", errors), customStatusSchema, "custom_statuses", "custom status", (status) => status.status_category, errors);

  const { calendars, defaultCalendar, failed: calendarsFailed } = readCalendars(data.schedules, data.holidays, errors);
  const { policies, failed: policiesFailed } = readPolicies(data.slaPolicies, errors);
  let policySet: SlaPolicySet | null = null;
  if (!calendarsFailed && !policiesFailed) {
    try {
      policySet = prepareSlaPolicies({ name: "Zendesk SLA policies", policies, calendars, withoutPriority: "no_targets" });
    } catch (error) {
      if (!(error instanceof SupportPolicyError)) throw error;
      for (const issue of error.issues) errors.push(recordError({ source: "sla_policies", record: "the policy set" }, issue.path.slice(1).map(String), issue.code, issue.message));
    }
  }

  // Audits grouped by ticket; one that cannot be read is an error of its ticket.
  const audits = new Map<string, AuditRecord[]>();
  const auditErrors = new Map<string, ZendeskRecordError[]>();
  for (const [index, raw] of recordsOf(data.ticketAudits, "audits", "ticket_audits", errors).entries()) {
    let audit = parseAuditRecordFast(raw);
    if (audit === undefined) {
      const ticketId = typeof raw === "object" && raw !== null && "ticket_id" in raw ? String((raw).ticket_id) : null;
      const own: ZendeskRecordError[] = [];
      audit = parseRecord(auditRecordSchema, raw, { source: "ticket_audits", record: `audit ${idOf(raw) ?? `audits[${index}]`}${ticketId === null ? "" : ` (ticket ${ticketId})`}` }, own);
      if (audit === undefined) {
        if (ticketId === null) errors.push(...own);
        else auditErrors.set(ticketId, [...(auditErrors.get(ticketId) ?? []), ...own]);
        continue;
      }
    }
    const key = String(audit.ticket_id);
    const list = audits.get(key);
    if (list === undefined) audits.set(key, [audit]);
    else list.push(audit);
  }

  // An incremental export can list a ticket on several pages: its last copy is its latest state.
  const records = recordsOf(data.tickets, "tickets", "tickets", errors);
  const context = { roles, organizationTags, customStatuses, defaultCalendar };
  const tickets: ZendeskTicketResult[] = [];
  forEachLatestCopy(records, idOf, (raw, index, id) => {
    const own: ZendeskRecordError[] = [];
    const record: TicketRecord | undefined = parseTicketRecordFast(raw) ?? parseRecord(ticketRecordSchema, raw, { source: "tickets", record: id === null ? `tickets[${index}]` : `ticket ${id}` }, own);
    const failedAudits = id === null ? undefined : auditErrors.get(id);
    if (record === undefined || failedAudits !== undefined) {
      tickets.push({ ok: false, id, errors: [...own, ...(failedAudits ?? [])] });
      return;
    }
    tickets.push(readTicket(record, audits.get(String(record.id)) ?? [], context, own));
  });
  return { tickets, policySet, calendars, defaultCalendar, errors };
}
