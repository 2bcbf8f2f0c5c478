import type { BusinessCalendar } from "../../sla/business-calendar.js";
import type { SlaPolicySet } from "../../sla/sla-policy-set.js";
import type { ImportRecordError } from "../shared/import-record-error.js";
import type { ImportTicketResult } from "../shared/import-ticket-result.js";

/**
 * A Zendesk export as {@link importZendeskExport} takes it: the parsed JSON of the REST API's own
 * responses, exactly as the files hold them. Every part but `tickets` is optional.
 *
 * @example
 * ```ts
 * const data: ZendeskExport = { tickets: { tickets: [] }, ticketAudits: { audits: [] } };
 * ```
 */
export interface ZendeskExport {
  /** `{ tickets: [...] }` (List Tickets), an incremental export page `{ tickets, end_of_stream, after_cursor, ... }`, or an array of pages. */
  readonly tickets: unknown;
  /** `{ audits: [...] }` (List Audits for a Ticket, or the account-wide List Ticket Audits), or an array of pages. */
  readonly ticketAudits?: unknown;
  /** `{ users: [...] }`: a user's `role` (`end-user`, `agent`, `admin`) says who wrote a comment. */
  readonly users?: unknown;
  /** `{ organizations: [...] }`: an organization's `tags`. */
  readonly organizations?: unknown;
  /** `{ sla_policies: [...] }` (List SLA Policies). */
  readonly slaPolicies?: unknown;
  /** `{ schedules: [...] }` (List Schedules); the first is the account's default schedule. */
  readonly schedules?: unknown;
  /** `{ holidays: [...] }` for the only schedule, or `{ [scheduleId]: { holidays: [...] } }`. */
  readonly holidays?: unknown;
  /** `{ custom_statuses: [...] }` (List Custom Statuses): a custom status counts as its `status_category`. */
  readonly customStatuses?: unknown;
  /** `{ ticket_metric_events: [...] }`: not read by the importer; carried for the audit against Zendesk's record. */
  readonly ticketMetricEvents?: unknown;
}

/**
 * The part of an export a record came from, named as the CLI's file for it (without `.json`).
 *
 * @example
 * ```ts
 * const source: ZendeskSource = "ticket_audits";
 * ```
 */
export type ZendeskSource = "tickets" | "ticket_audits" | "users" | "organizations" | "sla_policies" | "schedules" | "holidays" | "custom_statuses";

/**
 * One bad record of a Zendesk export: where it came from, which record, which field, and what is
 * wrong. It never stops the other records. The same shape for every importer
 * ({@link ImportRecordError}), named for this one's parts.
 *
 * @example
 * ```ts
 * const error: ZendeskRecordError = {
 *   source: "ticket_audits", record: "audit 9001 (ticket 17)", path: ["events", 2, "value"],
 *   code: "unknown_value", message: 'Unknown status "archived"',
 * };
 * ```
 */
export type ZendeskRecordError = ImportRecordError<ZendeskSource>;

/**
 * One ticket of a Zendesk export: converted and validated, or the errors that kept it out
 * ({@link ImportTicketResult}, named for this importer's parts).
 *
 * @example
 * ```ts
 * const result: ZendeskTicketResult = { ok: false, id: "17", errors: [] };
 * ```
 */
export type ZendeskTicketResult = ImportTicketResult<ZendeskSource>;

/**
 * What {@link importZendeskExport} makes of an export.
 *
 * @example
 * ```ts
 * const result: ZendeskImport = importZendeskExport({ tickets: { tickets: [] } });
 * result.tickets.length; // => 0
 * ```
 */
export interface ZendeskImport {
  /** One result per ticket, in export order (a ticket repeated across incremental pages: its last copy). */
  readonly tickets: readonly ZendeskTicketResult[];
  /** The SLA policies in `position` order with the schedules as calendars; null when a policy or schedule is bad (see `errors`). */
  readonly policySet: SlaPolicySet | null;
  /** The schedules as calendars, by schedule id. */
  readonly calendars: Readonly<Record<string, BusinessCalendar>>;
  /** The schedule every ticket starts on (the first schedule), or null without schedules. */
  readonly defaultCalendar: string | null;
  /** Bad records outside the tickets: users, organizations, policies, schedules, holidays, custom statuses, and unreadable files. */
  readonly errors: readonly ZendeskRecordError[];
}
