import { deepFreeze } from "../../shared/deep-freeze.js";
/**
 * One row of a Fivetran Zendesk table, as a CSV reader gives it: column name → cell text. An
 * empty cell, `null` or an absent column is "no value".
 *
 * @example
 * ```ts
 * const row: FivetranRow = { ticket_id: "42", sla_policy_id: "1001", policy_applied_at: "2026-03-16 10:00:00" };
 * ```
 */
export type FivetranRow = Readonly<Record<string, string | null | undefined>>;

/**
 * The Fivetran Zendesk tables {@link fivetranToZendesk} reads, each as its rows, named as the
 * warehouse names them (the columns are those of Fivetran's Zendesk schema, as fivetran/dbt_zendesk
 * reads them). Only `ticket` is required.
 *
 * - `ticket`: `id`, `created_at`, `updated_at`, `status`, `priority`, `type`, `subject`,
 *   `requester_id`, `submitter_id`, `assignee_id`, `group_id`, `organization_id`, `brand_id`,
 *   `ticket_form_id`, `via_channel` (the current values).
 * - `ticket_field_history`: `ticket_id`, `field_name`, `updated`, `value`, `user_id`: every value
 *   a field took, the creation values included.
 * - `ticket_comment`: `id`, `ticket_id`, `created`, `public`, `user_id`, `body`.
 * - `ticket_tag`: `ticket_id`, `tag` (the current tags).
 * - `ticket_schedule`: `ticket_id`, `schedule_id`, `created_at` (the schedule from that instant on).
 * - `schedule`: one row per weekly interval: `id`, `name`, `time_zone` (a Rails name),
 *   `start_time`, `end_time` (minutes from Sunday 00:00), `created_at`, `_fivetran_deleted`.
 * - `schedule_holiday`: `id`, `schedule_id`, `name`, `start_date`, `end_date`, `_fivetran_deleted`.
 * - `sla_policy_metric_history`: `sla_policy_id`, `sla_policy_updated_at`, `metric`, `priority`,
 *   `target` (minutes), `business_hours`: every version of every target.
 * - `sla_policy_history` (optional): `id`, `title`, `updated_at`: the policies' names.
 * - `ticket_sla_policy`: `ticket_id`, `sla_policy_id`, `policy_applied_at`.
 * - `user`: `id`, `role`, `name`, `email`, `organization_id`, `time_zone`.
 * - `organization`: `id`, `name`; `organization_tag`: `organization_id`, `tag`.
 *
 * @example
 * ```ts
 * const tables: FivetranTables = {
 *   ticket: [{ id: "42", created_at: "2026-03-16 10:00:00", status: "open", priority: "normal", requester_id: "7" }],
 * };
 * ```
 */
export interface FivetranTables {
  /** The tickets, with their current values. */
  readonly ticket: readonly FivetranRow[];
  /** Every value each ticket field took, the creation values included. */
  readonly ticket_field_history?: readonly FivetranRow[] | undefined;
  /** Every comment. */
  readonly ticket_comment?: readonly FivetranRow[] | undefined;
  /** The tickets' current tags. */
  readonly ticket_tag?: readonly FivetranRow[] | undefined;
  /** The schedule each ticket was on, from `created_at` on. */
  readonly ticket_schedule?: readonly FivetranRow[] | undefined;
  /** The schedules' weekly intervals, one row each. */
  readonly schedule?: readonly FivetranRow[] | undefined;
  /** The schedules' holidays. */
  readonly schedule_holiday?: readonly FivetranRow[] | undefined;
  /** Every version of every SLA policy target. */
  readonly sla_policy_metric_history?: readonly FivetranRow[] | undefined;
  /** The SLA policies' titles. */
  readonly sla_policy_history?: readonly FivetranRow[] | undefined;
  /** Which SLA policy was applied to which ticket, and when. */
  readonly ticket_sla_policy?: readonly FivetranRow[] | undefined;
  /** The users: a comment's author is an agent unless their `role` is `end-user`. */
  readonly user?: readonly FivetranRow[] | undefined;
  /** The organizations. */
  readonly organization?: readonly FivetranRow[] | undefined;
  /** The organizations' tags. */
  readonly organization_tag?: readonly FivetranRow[] | undefined;
}

/**
 * The name of a table {@link FivetranTables} holds.
 *
 * @example
 * ```ts
 * const table: FivetranTableName = "ticket_sla_policy";
 * ```
 */
export type FivetranTableName = keyof FivetranTables;

/**
 * Every table {@link FivetranTables} holds, in the order they are read; only `ticket` is required.
 *
 * @example
 * ```ts
 * FIVETRAN_TABLE_NAMES.includes("ticket_sla_policy"); // => true
 * ```
 */
export const FIVETRAN_TABLE_NAMES: readonly FivetranTableName[] = deepFreeze([
  "ticket",
  "ticket_field_history",
  "ticket_comment",
  "ticket_tag",
  "ticket_schedule",
  "schedule",
  "schedule_holiday",
  "sla_policy_metric_history",
  "sla_policy_history",
  "ticket_sla_policy",
  "user",
  "organization",
  "organization_tag",
]);

/**
 * One row the conversion could not use: which table, which row (0-based, in the table's order),
 * which column, and why. A bad row leaves out only what depends on it: a bad ticket row its
 * ticket, a bad `ticket_sla_policy` row its ticket (a ticket without its policy would read as
 * having none), a bad history or comment row its ticket too (a ticket missing a change would be
 * replayed wrong).
 *
 * @example
 * ```ts
 * const error: FivetranRecordError = {
 *   table: "ticket_sla_policy", row: 3, record: "ticket 42", column: "policy_applied_at",
 *   code: "invalid_instant", message: 'Expected a timestamp such as "2026-03-16 10:00:00", received "yesterday"',
 * };
 * ```
 */
export interface FivetranRecordError {
  /** The table. */
  readonly table: FivetranTableName;
  /** The row's position in the table, from 0. */
  readonly row: number;
  /** The record, for people: `ticket 42`, `schedule 5`, `SLA policy 1001`. */
  readonly record: string;
  /** The column, or null for the row as a whole. */
  readonly column: string | null;
  /** The kind of problem. */
  readonly code: "missing_field" | "invalid_instant" | "invalid_format" | "out_of_range";
  /** What is wrong, for a person. */
  readonly message: string;
}

/**
 * One version of an SLA policy's targets, as the conversion turned it into a Zendesk SLA policy:
 * the targets in force from `updatedAt` on (each metric and priority keeps its latest value up to
 * then), and the tag that marks the tickets judged by it.
 *
 * @example
 * ```ts
 * const version: FivetranPolicyVersion = {
 *   policyId: "1001", version: 2, updatedAt: "2026-06-01T00:00:00Z",
 *   zendeskPolicyId: "1001.2", tag: "fivetran_sla_policy_1001_v2",
 * };
 * ```
 */
export interface FivetranPolicyVersion {
  /** The SLA policy's id in the warehouse. */
  readonly policyId: string;
  /** The version's number, from 1 (the oldest). */
  readonly version: number;
  /** When the version took effect (`sla_policy_updated_at`, ISO 8601 UTC). */
  readonly updatedAt: string;
  /** The id of the Zendesk SLA policy made of it: `<policyId>.<version>`. */
  readonly zendeskPolicyId: string;
  /** The tag the converted tickets carry while this version applies to them. */
  readonly tag: string;
}

/**
 * The parsed REST responses {@link fivetranToZendesk} makes, under the names the Zendesk
 * importer's export takes them (`tickets`, `ticketAudits`, ...), each as the API writes it.
 *
 * @example
 * ```ts
 * const { zendeskExport } = fivetranToZendesk({ ticket: [] });
 * zendeskExport.slaPolicies; // => { sla_policies: [] }
 * ```
 */
export interface FivetranZendeskExport {
  /** As List Tickets responds: the current values. */
  readonly tickets: {
    /** The tickets. */
    readonly tickets: readonly Record<string, unknown>[];
  };
  /** As List Ticket Audits responds: the history, the values at creation included. */
  readonly ticketAudits: {
    /** The audits, by ticket, oldest first. */
    readonly audits: readonly Record<string, unknown>[];
  };
  /** As List Users responds. */
  readonly users: {
    /** The users. */
    readonly users: readonly Record<string, unknown>[];
  };
  /** As List Organizations responds, with each organization's `tags`. */
  readonly organizations: {
    /** The organizations. */
    readonly organizations: readonly Record<string, unknown>[];
  };
  /** As List SLA Policies responds: one policy per version of each warehouse policy. */
  readonly slaPolicies: {
    /** The policies, in `position` order. */
    readonly sla_policies: readonly Record<string, unknown>[];
  };
  /** As List Schedules responds, the earliest created first. */
  readonly schedules: {
    /** The schedules. */
    readonly schedules: readonly Record<string, unknown>[];
  };
  /** Each schedule's holidays, by schedule id, as List Holidays for a Schedule responds. */
  readonly holidays: Readonly<
    Record<
      string,
      {
        /** The schedule's holidays. */
        readonly holidays: readonly Record<string, unknown>[];
      }
    >
  >;
}

/**
 * What {@link fivetranToZendesk} makes of the tables: the same parsed REST responses a Zendesk
 * export holds (so the Zendesk importer reads them unchanged), the policy versions it made, and
 * the rows it could not use.
 *
 * @example
 * ```ts
 * const conversion = fivetranToZendesk({ ticket: [] });
 * conversion.zendeskExport.tickets; // => { tickets: [] }
 * ```
 */
export interface FivetranConversion {
  /** The export, as the Zendesk importer takes it. */
  readonly zendeskExport: FivetranZendeskExport;
  /** Every policy version, by policy then time. */
  readonly policyVersions: readonly FivetranPolicyVersion[];
  /** The rows that could not be used. */
  readonly errors: readonly FivetranRecordError[];
}
