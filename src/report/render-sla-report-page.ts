import * as z from "zod";
import { formatAt } from "./internal/format-at.js";
import { timeZoneSchema } from "../policies/internal/time-zone-schema.js";
import { parseInput, SupportPolicyError, type SupportPolicyIssue } from "../shared/errors.js";
import { breachWarnings } from "../sla/breach-warnings.js";
import { BusinessCalendar } from "../sla/business-calendar.js";
import { toMilliseconds } from "../sla/duration.js";
import { instantSchema } from "../shared/instant-schema.js";
import { parseTicket } from "../sla/parse-ticket.js";
import type { SlaReport } from "../sla/sla-report.js";
import { priorityIdSchema } from "../sla/internal/priorities.js";
import type { Ticket, TicketInput } from "../sla/ticket.js";
import { escapeHtml } from "./internal/escape-html.js";
import { PAGE_SCRIPT, PAGE_SCRIPT_SHA256, PAGE_STYLE, PAGE_STYLE_SHA256 } from "./internal/page-assets.js";
import { renderQueue } from "./internal/render-queue.js";
import { renderSummary } from "./internal/render-summary.js";
import { renderTimeline, ticketTimeline } from "./internal/render-timeline.js";
import { renderTimelineTable } from "./internal/render-timeline-table.js";
import type { SlaReportPageInput } from "./sla-report-page-input.js";
import { recordSchema } from "../shared/record-schema.js";

// A report's instants by the library's one instant schema (the same codes and messages as every
// other instant), kept as ISO strings, as reports write them.
const instant = instantSchema.transform((ms) => new Date(ms).toISOString());

const cycleSchema = z.looseObject({
  index: z.int().nonnegative(),
  outcome: z.enum(["ongoing", "met", "breached"]),
  breached: z.boolean(),
  paused: z.boolean(),
  startedAt: instant,
  dueAt: instant.nullable(),
  fulfilledAt: instant.nullable(),
  fulfilledBy: z.string().nullable(),
  priority: priorityIdSchema.nullable(),
  // Null for a cycle measured against its metric's own goal.
  policyId: z.string().nullable(),
  calendar: z.string(),
  overdueBy: z.looseObject({ businessMs: z.number(), calendarMs: z.number() }).nullable(),
});

const reportSchema = z.looseObject({
  ticketId: z.string(),
  evaluatedAt: instant,
  outcome: z.enum(["policy_applied", "no_policy", "cannot_decide"]),
  policyId: z.string().nullable(),
  priority: priorityIdSchema.nullable(),
  missing: z.array(z.string()).optional(),
  metrics: z.array(
    z.looseObject({
      metric: z.string(),
      state: z.enum(["active", "paused", "closed", "not_started"]),
      breached: z.boolean(),
      breachCount: z.int().nonnegative(),
      calendar: z.string(),
      dueAt: instant.nullable(),
      early: z.boolean(),
      overdueBy: z.looseObject({ businessMs: z.number(), calendarMs: z.number() }).nullable(),
      current: cycleSchema.nullable(),
      completed: z.array(cycleSchema),
    }),
  ),
});

const calendarSchema = z.custom<BusinessCalendar>((value) => value instanceof BusinessCalendar, {
  error: "Expected a calendar made by defineCalendar(spec)",
  params: { code: "not_a_calendar" },
});

const policySetSchema = z.looseObject({
  name: z.string().optional(),
  policies: z.array(
    z.looseObject({
      id: z.string(),
      targets: z.array(z.looseObject({ metric: z.string(), priority: priorityIdSchema.nullable(), pausedBy: z.array(z.string()) })),
    }),
  ),
  calendars: recordSchema(z.string(), calendarSchema, "a calendar"),
});

const queueSchema = z.strictObject({
  engineer: z.string().min(1),
  order: z.looseObject({
    edition: z.string(),
    now: instant,
    entries: z.array(
      z.looseObject({
        ticketId: z.string(),
        position: z.int().positive(),
        bucket: z.string(),
        dueAt: instant.nullable(),
        dueMetric: z.string().nullable(),
        breached: z.boolean(),
        nearBreach: z.boolean(),
        reasons: z.array(z.looseObject({ message: z.string() })),
      }),
    ),
  }),
});

const pageSchema = z.strictObject({
  now: instantSchema,
  policySet: policySetSchema,
  tickets: z.array(z.strictObject({ ticket: z.custom<TicketInput | Ticket>((value) => value !== undefined), report: reportSchema })),
  timeZone: timeZoneSchema.optional(),
  title: z.string().min(1).max(200).optional(),
  aboutToBreachWithin: z.unknown().optional(),
  queue: queueSchema.optional(),
});

const PATTERNS =
  '<svg class="defs" width="0" height="0" aria-hidden="true" focusable="false"><defs>' +
  '<pattern id="p-pause" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><rect width="2.5" height="6" fill="#1d4f91"/></pattern>' +
  '<pattern id="p-over" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#b3261e"/><path d="M0 0L6 6M6 0L0 6" stroke="#2a0704" stroke-width="1.3"/></pattern>' +
  "</defs></svg>";

const LEGEND_ITEMS: readonly (readonly [string, string])[] = [
  ['<rect width="22" height="12" y="1" class="open"/>', "calendar open hours"],
  ['<rect width="22" height="10" y="2" class="run"/>', "clock running"],
  ['<rect width="22" height="10" y="2" class="pause"/>', "clock paused (hatched)"],
  ['<rect width="22" height="12" y="1" class="over"/>', "past due (cross-hatched)"],
  ['<g class="due" transform="translate(11 7)"><path d="M0 -6 L6 0 L0 6 L-6 0 Z"/></g>', "due instant"],
  ['<g class="due later" transform="translate(13 7)"><path d="M-7 -6 L2 0 L-7 6 Z"/></g>', "due after the figure's end"],
  ['<g class="breach" transform="translate(11 7)"><circle r="6"/><path d="M-3 -3 L3 3 M3 -3 L-3 3"/></g>', "breach"],
  ['<g class="ev-customer" transform="translate(11 7)"><circle r="5"/></g>', "customer comment"],
  ['<g class="ev-agent" transform="translate(11 7)"><rect x="-5" y="-5" width="10" height="10"/></g>', "agent reply"],
  ['<g class="ev-note" transform="translate(11 7)"><rect x="-4" y="-4" width="8" height="8"/></g>', "private or automated comment"],
  ['<g class="ev-status" transform="translate(11 7)"><rect x="-1.5" y="-7" width="3" height="14"/></g>', "status change"],
  ['<g class="ev-priority" transform="translate(11 7)"><path d="M0 -6 L5 4 L-5 4 Z"/></g>', "priority change"],
  ['<line x1="11" y1="0" x2="11" y2="14" class="now"/>', "now"],
];

function legend(): string {
  return `<ul class="legend" aria-label="Legend">${LEGEND_ITEMS.map(([shape, label]) => `<li><svg width="22" height="14" viewBox="0 0 22 14" aria-hidden="true">${shape}</svg>${label}</li>`).join("")}</ul>`;
}

function parseTicketAt(input: TicketInput | Ticket, index: number): Ticket {
  try {
    return parseTicket(input);
  } catch (error) {
    if (!(error instanceof SupportPolicyError)) throw error;
    // parseTicket's paths start at "ticket": place them inside the page's input.
    const place = (issue: SupportPolicyIssue): SupportPolicyIssue => ({ ...issue, path: ["tickets", index, ...issue.path] });
    const [first = { code: error.code, path: error.path, message: error.message }, ...rest] = error.issues;
    throw new SupportPolicyError([place(first), ...rest.map(place)], error.omittedIssues);
  }
}

function outcomeWords(report: SlaReport): string {
  if (report.outcome === "no_policy") return "no SLA: no policy matched";
  if (report.outcome === "cannot_decide") return `cannot decide the policy: missing ${(report.missing ?? []).join(", ") || "facts"}`;
  return `policy ${report.policyId ?? "-"}`;
}

/**
 * Renders an SLA report page: one self-contained HTML document (inline CSS and SVG, a little inline
 * script, nothing fetched: its content security policy forbids any network use) that opens from
 * disk. It shows a summary (tickets; metrics active, paused, closed and not started, and of them
 * breached, in the report's states; the breaches by metric and policy; what is past due and still
 * waiting; what is about to breach), optionally one engineer's pick-up order with buckets and
 * reasons, and per ticket a timeline: the calendar's open hours shaded, each metric's cycles as
 * bars from start to fulfilment or `now` with paused stretches hatched, due instants and breaches
 * marked, and the ticket's events as ticks; focusing a marker, or hovering the figure, shows the
 * instant in `timeZone`. Every figure has a title, a description and a table with the same facts;
 * markers take keyboard focus; shapes and patterns, not colour alone, tell the marks apart. Every
 * text from the input is escaped. Pure: the same input gives the same page on any host.
 *
 * Pauses are worked out from the ticket's status changes and the statuses that pause each
 * cycle's target (its policy's `pausedBy`), so a bar is hatched exactly where the report's
 * clock did not run.
 *
 * @param input - the tickets with their reports, the policy set, `now`, and options (see {@link SlaReportPageInput})
 * @returns the HTML document, starting with `<!doctype html>`
 * @throws `SupportPolicyError` for invalid input: a bad ticket (its own codes, under
 *   `tickets.N.ticket`), a report that is not an SLA report, `inconsistent_facts` when a report
 *   belongs to another ticket or was computed for another instant, `duplicate_id` for a ticket
 *   listed twice, `now_before_creation`, `invalid_time_zone`, `invalid_duration`
 *
 * @example
 * ```ts
 * const now = new Date("2026-11-20T17:30:00Z");
 * const ticket = parseTicket({ id: "T-1", createdAt: "2026-11-20T09:00:00Z", channel: "ticket", priority: "high" });
 * const html = renderSlaReportPage({ now, policySet: gitlab2026, tickets: [{ ticket, report: evaluateSla(ticket, gitlab2026, now) }], timeZone: "Europe/Berlin" });
 * html.startsWith("<!doctype html>"); // => true
 * ```
 */
export function renderSlaReportPage(input: SlaReportPageInput): string {
  const parsed = parseInput(pageSchema, input);
  const now = parsed.now;
  const nowIso = new Date(now).toISOString();
  const timeZone = parsed.timeZone ?? "UTC";
  const withinMs = parsed.aboutToBreachWithin === undefined ? 3_600_000 : toMilliseconds(input.aboutToBreachWithin ?? 0, ["aboutToBreachWithin"]);
  const { policySet } = input;
  const seen = new Map<string, number>();
  const entries = input.tickets.map((entry, index) => {
    const ticket = parseTicketAt(entry.ticket, index);
    const { report } = entry;
    const earlier = seen.get(ticket.id);
    if (earlier !== undefined) throw new SupportPolicyError([{ code: "duplicate_id", path: ["tickets", index, "ticket", "id"], message: `Ticket id "${ticket.id}" already appears at tickets.${earlier}` }]);
    seen.set(ticket.id, index);
    if (report.ticketId !== ticket.id) {
      throw new SupportPolicyError([{ code: "inconsistent_facts", path: ["tickets", index, "report", "ticketId"], message: `The report is for ticket "${report.ticketId}", not "${ticket.id}"` }]);
    }
    if (Date.parse(report.evaluatedAt) !== now) {
      throw new SupportPolicyError([{ code: "inconsistent_facts", path: ["tickets", index, "report", "evaluatedAt"], message: `The report was computed for ${report.evaluatedAt}, the page for ${nowIso}` }]);
    }
    if (ticket.createdAt > now) {
      throw new SupportPolicyError([{ code: "now_before_creation", path: ["tickets", index, "ticket", "createdAt"], message: `The ticket was created at ${new Date(ticket.createdAt).toISOString()}, after now (${nowIso})` }]);
    }
    return { ticket, report, anchor: `ticket-${index + 1}` };
  });
  const reports = entries.map((entry) => entry.report);
  const anchors = new Map(entries.map((entry) => [entry.ticket.id, entry.anchor] as const));
  const warnings = breachWarnings(reports, new Date(now), withinMs);
  const title = parsed.title ?? "SLA report";

  const tickets = entries.map(({ ticket, report, anchor }) => {
    const timeline = ticketTimeline(ticket, report, policySet, now);
    const svg = renderTimeline(ticket, report, timeline, policySet, now, timeZone, `${anchor}-tl`);
    const priority = report.priority === null ? "no priority" : `priority ${report.priority}`;
    const breached = report.metrics.some((metric) => metric.breached);
    return (
      `<article class="ticket" id="${anchor}" aria-labelledby="${anchor}-h"><h3 id="${anchor}-h">${escapeHtml(`Ticket ${ticket.id}`)}${breached ? ' <span class="bad">breached</span>' : ""}</h3>` +
      `<p class="meta">${escapeHtml(`${outcomeWords(report)} · ${priority} · ${ticket.channel} · created ${formatAt(new Date(ticket.createdAt), timeZone)}`)}</p>` +
      `${svg}<p class="readout" id="${anchor}-tl-readout" aria-live="polite">Hover the timeline or focus a marker (Tab) to read its instant.</p>` +
      `<details><summary>Timeline as a table</summary>${renderTimelineTable(ticket, timeline, now, timeZone)}</details></article>`
    );
  });

  const queue = parsed.queue === undefined || input.queue === undefined ? "" : renderQueue(input.queue.engineer, input.queue.order, anchors, now, timeZone);
  const setName = policySet.name ?? "custom policies";
  const csp = `default-src 'none'; style-src 'sha256-${PAGE_STYLE_SHA256}'; script-src 'sha256-${PAGE_SCRIPT_SHA256}'; img-src 'none'; base-uri 'none'; form-action 'none'`;
  return (
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta http-equiv="Content-Security-Policy" content="${csp}"><title>${escapeHtml(`${title} as of ${nowIso}`)}</title><style>${PAGE_STYLE}</style></head>\n` +
    `<body data-tz="${escapeHtml(timeZone)}">${PATTERNS}<header><h1>${escapeHtml(title)}</h1>` +
    `<p class="sub">${escapeHtml(`As of ${formatAt(new Date(now), timeZone)} · ${setName} · times in ${timeZone}`)}</p>` +
    `<nav aria-label="Sections"><a href="#summary">Summary</a>${queue === "" ? "" : '<a href="#queue">Queue</a>'}<a href="#tickets">Tickets</a></nav></header>\n<main>` +
    renderSummary(reports, warnings, anchors, withinMs, timeZone) +
    queue +
    `<section id="tickets" aria-labelledby="tickets-h"><h2 id="tickets-h">Tickets</h2>${legend()}${tickets.length === 0 ? "<p>No tickets.</p>" : tickets.join("\n")}</section>` +
    `</main>\n<script>${PAGE_SCRIPT}</script></body></html>\n`
  );
}
