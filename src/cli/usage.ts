// Help texts, one per command. Exit codes are listed in every one, because scripts branch on them.

const EXIT_CODES_TEXT = `Exit codes:
  0  every record was valid; the output is complete
  1  some records were invalid: one line each on stderr (file, record, field, problem);
     with --keep-going the valid records were still processed and printed, otherwise nothing was
  2  usage error (unknown command or option, bad option value) or unreadable input
     (missing file, malformed JSON, unknown calendar, invalid policy or calendar file)
  70 internal error (a bug: please report it with the input)
`;

const ZENDESK_TEXT = `Zendesk export (--from zendesk): EXPORT_DIR holds the REST API's responses as files named for
their endpoints: tickets.json (required), ticket_audits.json, users.json, organizations.json,
sla_policies.json, schedules.json, holidays.json (the only schedule) or schedules/<id>/holidays.json,
custom_statuses.json. A bad record is one line naming the file, the record and the field; a bad SLA
policy or schedule stops everything, since tickets would be judged by the wrong policy.
Fivetran warehouse (--from fivetran, sla, queue and report): DIR holds Fivetran's Zendesk tables as
CSV with a header row: ticket.csv (required), ticket_field_history.csv, ticket_comment.csv,
ticket_tag.csv, ticket_schedule.csv, schedule.csv, schedule_holiday.csv,
sla_policy_metric_history.csv, sla_policy_history.csv, ticket_sla_policy.csv, user.csv,
organization.csv, organization_tag.csv; converted and imported as a Zendesk export. A ticket is
judged by the SLA policy version in force when its policy was applied.
Jira Service Management (--from jsm): DIR holds issues.json (required: a Jira search response
with expand=changelog, GET /rest/api/3/search/jql, an array of its pages, or an array of issues
from GET /rest/api/3/issue/{key}?expand=changelog) and sla-config.json (required: the project's
SLAs in the library's JSON: metrics with start, pause and stop conditions, as JSM names them or as
the library's, and goals; statuses with their categories; priorities; calendars), agents.json
(optional: the agents' account ids) and request-sla.json (optional, for audit: { "KEY": GET
/rest/servicedeskapi/request/KEY/sla }). A bad issue is one line naming it and its field; a bad
SLA configuration stops everything.
`;

const INPUT_TEXT = `Input: a JSON array of tickets, one JSON ticket, or NDJSON (one ticket per line); FILE may be
"-" or left out to read standard input. A ticket is the SLA engine's ticket (id, createdAt,
channel, organization {id, plan, supportLevel, dedicatedEngineer}, priority, severity, status,
assignee, tags, form, fields, calendar, current, events [created, comment, status_change,
priority_change, severity_change, assignee_change, tags_change, field_change,
calendar_change]) plus, for the queue, emergency, incident, accountEscalation, starred,
preferredRegion and waitingSince. status, priority, assignee and tags are the values at
creation (current: the values now, checked against the events); later changes are events.
Instants are ISO 8601 with an offset.
`;

/**
 * The top-level help: every command in one screen, with the exit codes.
 *
 * @example
 * ```ts
 * MAIN_HELP.startsWith("support-policy"); // => true
 * ```
 */
export const MAIN_HELP = `support-policy: SLA deadlines, pick-up order and policy decisions from GitLab's Support handbook

Usage:
  support-policy due --calendar NAME|FILE.json --from ISO --hours N [--minutes N]
  support-policy sla [FILE] [--now ISO] [--edition 2016|2026] [--policies FILE.json] [--format table|json|ndjson]
  support-policy queue [FILE] --agent ID [--now ISO] [--edition 2016|2026] [--region amer|apac|emea]
  support-policy explain [FILE] [--format table|json]
  support-policy report [FILE] --out FILE.html [--now ISO] [--agent ID] [--time-zone ZONE]
  support-policy audit --from zendesk|jsm EXPORT_DIR [--now ISO] [--format table|json]
  support-policy COMMAND --help      help for one command
  support-policy --version

Calendars: global (24x5), 24x7, amer, apac, emea, usgov, usgov-emergency, or a JSON calendar spec.
Without --now, the current time is used.

${EXIT_CODES_TEXT}`;

/**
 * The help of `support-policy due`.
 *
 * @example
 * ```ts
 * DUE_HELP.includes("--calendar"); // => true
 * ```
 */
export const DUE_HELP = `Usage: support-policy due --calendar NAME|FILE.json --from ISO (--hours N | --minutes N | both) [--time-zone ZONE] [--format table|json]

The earliest instant at which N hours (and/or minutes) of business time have elapsed on the
calendar from ISO, and how much of the wait is business time. "24 hours, 24x5" is
--calendar global --hours 24.

Options:
  -c, --calendar NAME|FILE  global (Global Support Hours, 24x5), 24x5, 24x7, amer, apac, emea, usgov,
                            usgov-emergency, or a FILE.json calendar spec
                            {"timeZone", "weekly": {"mon": [["09:00","17:00"]], ...}, "holidays", "overrides"}
      --from ISO            the start, an ISO 8601 instant with an offset (2026-03-06T23:30:00Z)
      --hours N             business hours to add (decimals allowed)
      --minutes N           business minutes to add (added to --hours)
      --time-zone ZONE      show times in this IANA zone (default: the calendar's own)
      --format table|json   output format (default table)

${EXIT_CODES_TEXT}`;

/**
 * The help of `support-policy sla`.
 *
 * @example
 * ```ts
 * SLA_HELP.includes("--keep-going"); // => true
 * ```
 */
export const SLA_HELP = `Usage: support-policy sla [FILE] [--now ISO] [--edition 2016|2026 | --policies FILE.json] [options]
       support-policy sla --from zendesk|fivetran|jsm EXPORT_DIR [--now ISO] [options]

Evaluates every ticket's SLA as of --now and prints one row per ticket and metric: the policy
that applies, the metric, its state (active, paused, closed or not started), whether it is
breached, its due time, and the business and real time left (negative once overrun); then the
tickets whose policy cannot be decided, and why; then the metrics about to breach.

Options:
      --now ISO             evaluate as of this instant (default: the current time)
  -e, --edition 2016|2026   the handbook's 2016 rules or GitLab's 2026 rules (default 2026)
  -p, --policies FILE.json  your own policies instead of an edition:
                            {"name", "calendars": {"office": "emea" | {calendar spec}}, "policies": [...]}
      --within MINUTES      list metrics due within this many minutes (default 60)
      --time-zone ZONE      show times in this IANA zone (default UTC)
      --format table|json|ndjson
                            output format (default table); json prints the full reports,
                            ndjson one report per line
  -k, --keep-going          evaluate the valid tickets even when some are invalid
      --verbose             list every problem of a bad record, one a line
  -j, --jobs N|auto         evaluate on N worker threads (auto: one per core; default 1, this
                            thread); the output is the same, in input order
      --from zendesk        read EXPORT_DIR, a Zendesk export, with its own SLA policies and schedules
      --from fivetran       read DIR, Fivetran's Zendesk tables as CSV, likewise
      --from jsm            read DIR, a Jira Service Management export, with its SLA configuration

--jobs pays off on large inputs: the records go to the workers in batches of 128, at most two
per worker at a time, and come back in input order, so the output, the error lines and the exit
code are those of --jobs 1. Each worker loads the library (tens of milliseconds and tens of MB
each). A Zendesk export (--from) is imported and evaluated on one thread.

NDJSON input is read a line at a time and the output is written a ticket at a time, so memory
does not grow with the number of tickets (a JSON array is read whole). The first 1,000 tickets
are held back: a bad record among them prints nothing (without --keep-going); a later one stops
the output there. On a terminal, a progress line on stderr shows records read per second.

Nothing grows with the tickets that warn: under --format json and ndjson each report ends with
its own "warnings" (its metrics due within --within, soonest first), and JSON's top-level
"warnings" are the 50 nearest to breach, "warningCount" all of them. The table's closing
sections list the 50 warnings nearest to breach and the first 50 tickets that cannot be decided
or are not yet created, then "and K more; see --format ndjson"; the summary counts them all.

A replay as of a moment before some tickets existed evaluates the others and lists those under
"Not yet created as of ..." (JSON: "notYetCreated": [{"id", "createdAt"}]; NDJSON: one line
{"notYetCreated": {...}} each, where the ticket stands in the input); they are no error
(exit 0). queue and report leave them out the same way.

${INPUT_TEXT}
${ZENDESK_TEXT}
${EXIT_CODES_TEXT}`;

/**
 * The help of `support-policy queue`.
 *
 * @example
 * ```ts
 * QUEUE_HELP.includes("--agent"); // => true
 * ```
 */
export const QUEUE_HELP = `Usage: support-policy queue [FILE] --agent ID [--now ISO] [--edition 2016|2026] [options]
       support-policy queue --from zendesk|fivetran|jsm EXPORT_DIR --agent ID [--now ISO] [options]

The order in which the engineer ID should pick up the tickets at --now: each ticket's bucket,
the metric due soonest among its running ones (replies, updates, resolution) and when, and on
the lines below the reasons that placed it there.

Options:
  -a, --agent ID            the engineer asking, as tickets name their assignee (required)
      --region amer|apac|emea  the engineer's region (2026: tickets preferring another region
                            are flagged for rehoming after the first reply)
      --dedicated ORG,...   organizations the engineer is dedicated to, by organization id
      --window MINUTES      how close to due a reply is "close to breaching" (default 60)
      --now ISO             order as of this instant (default: the current time)
  -e, --edition 2016|2026   the rules to order by (default 2026)
  -p, --policies FILE.json  your own SLA policies for the due times (see "sla --help")
      --time-zone ZONE      show times in this IANA zone (default UTC)
      --format table|json|ndjson
                            output format (default table); ndjson prints one queue entry per
                            line, in pick-up order, then one {"notYetCreated": {...}} line each
  -k, --keep-going          order the valid tickets even when some are invalid
      --verbose             list every problem of a bad record, one a line
  -j, --jobs N|auto         evaluate the tickets' SLAs on N worker threads (auto: one per core;
                            default 1, this thread); the queue is the same, byte for byte
      --from zendesk        read EXPORT_DIR, a Zendesk export, with its own SLA policies and schedules
      --from fivetran       read DIR, Fivetran's Zendesk tables as CSV, likewise
      --from jsm            read DIR, a Jira Service Management export, with its SLA configuration
                            (--agent is the agent's Zendesk user id)

The queue is ordered once every ticket is read, so it holds each ticket cut down to what the
order reads (its state as of --now and its running metrics' due times), never whole tickets or
reports; the output is written an entry at a time. With --jobs the records go to the workers in
batches and come back in input order, and the order is worked out on this thread, so the
output, the error lines and the exit code are those of --jobs 1.

${INPUT_TEXT}
${ZENDESK_TEXT}
${EXIT_CODES_TEXT}`;

/**
 * The help of `support-policy explain`.
 *
 * @example
 * ```ts
 * EXPLAIN_HELP.includes("username-release"); // => true
 * ```
 */
export const EXPLAIN_HELP = `Usage: support-policy explain [FILE] [--format table|json] [--keep-going]

Decides a policy question and prints the outcome with every reason, the handbook rule it
applied and the facts that decided it. FILE holds one request, a JSON array of them, or NDJSON.
Each request states its kind:

  {"kind": "username-release", "edition": "2026", "now": ISO, "facts": {...}, "parameters"?: {...}}
  {"kind": "2fa-removal", "edition": "2026", "request": {...}, "parameters"?: {...}}
  {"kind": "escalation", "now": ISO, "situation": {"edition": "gitlab2026", ...}}

The facts, request and situation are what checkUsernameRelease, check2faRemoval and
classifyEscalation take (see the API reference). Editions: 2016, 2026, handbook2016, gitlab2026.

Options:
      --format table|json   output format (default table); json prints the full decisions
  -k, --keep-going          decide the valid requests even when some are invalid
      --verbose             list every problem of a bad record, one a line

${EXIT_CODES_TEXT}`;

/**
 * The help of `support-policy report`.
 *
 * @example
 * ```ts
 * REPORT_HELP.includes("--out"); // => true
 * ```
 */
export const REPORT_HELP = `Usage: support-policy report [FILE] --out FILE.html [--now ISO] [--edition 2016|2026 | --policies FILE.json] [options]
       support-policy report --from zendesk|fivetran EXPORT_DIR --out FILE.html [--now ISO] [options]

Writes an SLA report page: one self-contained HTML file (no network, no external files) that
opens from disk. A summary (tickets; metrics active, paused, closed and not started, and of
them breached; breaches by metric and policy; what is overdue; what is about to breach), the
pick-up order for --agent, and for every ticket a timeline: open business hours shaded, each
metric's cycles as bars (paused stretches hatched), due instants and breaches marked, comments
and changes as ticks, with a table of the same facts. Prints the path written.

Options:
  -o, --out FILE.html       the file to write (required); its folder is created
      --now ISO             evaluate as of this instant (default: the current time)
  -e, --edition 2016|2026   the handbook's 2016 rules or GitLab's 2026 rules (default 2026)
  -p, --policies FILE.json  your own policies instead of an edition (see "sla --help")
      --time-zone ZONE      show times in this IANA zone (default UTC)
      --within MINUTES      list metrics due within this many minutes (default 60)
  -a, --agent ID            add the pick-up order for this engineer (see "queue --help")
      --region amer|apac|emea  the engineer's region
      --dedicated ORG,...   organizations the engineer is dedicated to
      --window MINUTES      how close to due a reply is "close to breaching" (default 60)
      --title TEXT          the page's heading (default "SLA report")
      --from zendesk        read EXPORT_DIR, a Zendesk export, with its own SLA policies and schedules
      --from fivetran       read DIR, Fivetran's Zendesk tables as CSV, likewise
  -k, --keep-going          report the valid tickets even when some are invalid
      --verbose             list every problem of a bad record, one a line

${INPUT_TEXT}
${ZENDESK_TEXT}
${EXIT_CODES_TEXT}`;

/**
 * The help of `support-policy audit`.
 *
 * @example
 * ```ts
 * AUDIT_HELP.includes("ticket_metric_events.json"); // => true
 * ```
 */
export const AUDIT_HELP = `Usage: support-policy audit --from zendesk EXPORT_DIR [--now ISO] [--format table|json] [options]
       support-policy audit --from jsm DIR [--now ISO] [--format table|json] [options]

Replays a Zendesk export as "sla --from zendesk" does, then compares every ticket's SLA report
with Zendesk's own record, EXPORT_DIR/ticket_metric_events.json (GET /api/v2/ticket_metric_events,
or the incremental export's pages as an array), and prints one row per disagreement: the ticket,
the metric, Zendesk's metric and instance (reply_time #1 is the first reply, #2 on the next
replies), what differs (target_differs, target_only_in_library, target_only_in_zendesk,
breach_differs, breach_only_in_library, breach_only_in_zendesk, fulfilment_differs,
fulfilment_only_in_library, fulfilment_only_in_zendesk) and both sides' values. Nothing is printed
above the summary when the two agree. Disagreements are findings: the exit code stays 0.

With --from jsm, replays a Jira Service Management export as "sla --from jsm" does, then compares
every issue's report with JSM's own SLA values: the SLA fields of DIR/issues.json (completedCycles,
ongoingCycle), or DIR/request-sla.json when present. One row per disagreement: the issue, the SLA,
the cycle (completed cycles in order, then the ongoing one), what differs (cycle_only_in_library,
cycle_only_in_jsm, start_differs, stop_differs, stop_only_in_library, stop_only_in_jsm,
due_differs, breach_only_in_library, breach_only_in_jsm, goal_differs, paused_differs) and both
sides' values. Give --now as the instant the export was taken: JSM's ongoing values are as of then.

Options:
      --now ISO             evaluate and compare as of this instant (default: the current time)
      --format table|json   output format (default table); json prints the audit
      --tolerance SECONDS   instants and targets at most this far apart agree (default 1)
  -k, --keep-going          audit the valid tickets even when some are invalid
      --verbose             list every problem of a bad record, one a line

${ZENDESK_TEXT}
${EXIT_CODES_TEXT}`;
