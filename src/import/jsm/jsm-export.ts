import type { JsonValue } from "../../shared/json.js";
import type { ClockHit, ClockState, CustomStatus, MetricDefinitionInput } from "../../sla/metric-definition.js";
import type { SlaPolicySet } from "../../sla/sla-policy-set.js";
import type { SlaPolicyInput } from "../../sla/sla-policy.js";
import type { ImportRecordError } from "../shared/import-record-error.js";
import type { ImportTicketResult } from "../shared/import-ticket-result.js";

/**
 * A Jira Service Management export as {@link importJsmExport} takes it: the parsed JSON of Jira's
 * REST responses, exactly as the files hold them, and the SLA configuration in the library's JSON.
 *
 * @example
 * ```ts
 * const data: JsmExport = { issues: { startAt: 0, maxResults: 50, total: 0, issues: [] }, slaConfig: { metrics: [] } };
 * ```
 */
export interface JsmExport {
  /**
   * The issues, each as "Get issue" returns it with `expand=changelog` (its `changelog.histories`
   * and `fields.comment.comments` complete): a search response `{ issues, startAt, maxResults,
   * total }` or `{ issues, nextPageToken, isLast }`, an array of such pages, or an array of issues.
   */
  readonly issues: unknown;
  /** The SLA configuration ({@link JsmSlaConfig}); without it the issues are converted but `policySet` is null. */
  readonly slaConfig?: unknown;
  /**
   * The account ids of the service project's agents. Given, a comment by an account outside the
   * list is the customer's (a customer with an Atlassian account, as on an internal help desk);
   * absent, `customer` accounts, the issue's reporter and its request participants are the
   * customers and anyone else an agent. On Jira Server / Data Center (no `accountType`) the users'
   * `key`, `name` or `emailAddress` may be listed instead. The list decides over the reporter and
   * the participants.
   */
  readonly agentAccountIds?: readonly string[] | undefined;
}

/**
 * A start or stop condition of an SLA configuration: the library's {@link ClockHit}, or JSM's name
 * for it: `"Issue created"`, `"Comment: For customers"` (a public comment by an agent or an automation rule),
 * `"Comment: By customer"`, `"Entered status: <name>"`, `"Resolution: Set"`, `"Resolution:
 * Cleared"`, `"Assignee: From unassigned"`, `"Assignee: To unassigned"`, `"Assignee: Changed"`.
 * Names are matched without regard to case.
 *
 * @example
 * ```ts
 * const stop: JsmCondition = "Comment: For customers";
 * ```
 */
export type JsmCondition = ClockHit | string;

/**
 * A pause condition of an SLA configuration: the library's {@link ClockState}, or JSM's
 * `"Status: <name>"`.
 *
 * @example
 * ```ts
 * const pause: JsmPauseCondition = "Status: Waiting for customer";
 * ```
 */
export type JsmPauseCondition = ClockState | string;

/**
 * A metric of an SLA configuration: a {@link MetricDefinitionInput} (with its `goals`) whose
 * conditions may be written as JSM names them.
 *
 * @example
 * ```ts
 * const metric: JsmSlaMetric = {
 *   id: "time_to_first_response", name: "Time to first response", cycles: "repeat",
 *   start: ["Issue created"], stop: ["Comment: For customers", "Resolution: Set"],
 * };
 * ```
 */
export type JsmSlaMetric = Omit<MetricDefinitionInput, "start" | "stop" | "pause"> & {
  /** Any of these starts a cycle. */
  readonly start: readonly JsmCondition[];
  /** Any of these fulfils the running cycle. */
  readonly stop: readonly JsmCondition[];
  /** While any of these holds, the clock is paused. */
  readonly pause?: readonly JsmPauseCondition[] | undefined;
};

/**
 * An SLA configuration, JSON as a file holds it: a JSM project's SLAs in the library's terms.
 *
 * @example
 * ```ts
 * const config: JsmSlaConfig = {
 *   name: "IT support",
 *   calendars: { sydney: { timeZone: "Australia/Sydney", weekly: { mon: [["09:00", "17:00"]] } } },
 *   metrics: [],
 * };
 * ```
 */
export interface JsmSlaConfig {
  /** A name for the set, shown in reports. */
  readonly name?: string | undefined;
  /** The priority ids, lowest first (default {@link JSM_PRIORITIES}); a JSM priority name maps to its id (`Highest` → `highest`). */
  readonly priorities?: readonly string[] | undefined;
  /** The workflow statuses with their categories (default {@link JSM_STATUSES}); a JSM status maps by its `name`, else by its id. */
  readonly statuses?: readonly CustomStatus[] | undefined;
  /**
   * The calendars goals name, by name, each a calendar spec as `defineCalendar` takes it
   * (`CalendarSpec`; typed as JSON here because the configuration is read from a file and
   * validated when it is imported).
   */
  readonly calendars?: Readonly<Record<string, JsonValue>> | undefined;
  /** The SLAs. */
  readonly metrics: readonly JsmSlaMetric[];
  /** Policies beside the metrics' goals, if any. */
  readonly policies?: readonly SlaPolicyInput[] | undefined;
}

/**
 * The part of an export a record came from, named as the CLI's file for it (without `.json`).
 *
 * @example
 * ```ts
 * const source: JsmSource = "sla-config";
 * ```
 */
export type JsmSource = "issues" | "sla-config";

/**
 * One bad record of a JSM export: where it came from, which record, which field, and what is
 * wrong. It never stops the other records. The same shape for every importer
 * ({@link ImportRecordError}), named for this one's parts.
 *
 * @example
 * ```ts
 * const error: JsmRecordError = {
 *   source: "issues", record: "issue SUP-7", path: ["changelog", "histories", 2, "items", 0, "toString"],
 *   code: "unknown_value", message: 'Status "Triage" is not in the SLA configuration\'s statuses',
 * };
 * ```
 */
export type JsmRecordError = ImportRecordError<JsmSource>;

/**
 * One issue of a JSM export: converted and validated, or the errors that kept it out
 * ({@link ImportTicketResult}, named for this importer's parts); its `id` is the issue's key.
 *
 * @example
 * ```ts
 * const result: JsmIssueResult = { ok: false, id: "SUP-7", errors: [] };
 * ```
 */
export type JsmIssueResult = ImportTicketResult<JsmSource>;

/**
 * What {@link importJsmExport} makes of an export.
 *
 * @example
 * ```ts
 * const result: JsmImport = importJsmExport({ issues: [] });
 * result.tickets.length; // => 0
 * ```
 */
export interface JsmImport {
  /** One result per issue, in export order (an issue listed twice: its last copy). */
  readonly tickets: readonly JsmIssueResult[];
  /** The SLA configuration as a policy set; null without one, or when it is bad (see `errors`). */
  readonly policySet: SlaPolicySet | null;
  /** Bad records outside the issues: the SLA configuration, unreadable pages. */
  readonly errors: readonly JsmRecordError[];
}
