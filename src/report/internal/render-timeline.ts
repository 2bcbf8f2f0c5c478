import { formatDuration } from "../../shared/format-duration.js";
import { formatAt } from "./format-at.js";
import type { BusinessCalendar } from "../../sla/business-calendar.js";
import type { SlaPolicySet } from "../../sla/sla-policy-set.js";
import type { MetricCycle, MetricReport, SlaReport } from "../../sla/sla-report.js";
import { AROUND_THE_CLOCK } from "../../sla/sla-vocabulary.js";
import type { Ticket } from "../../sla/ticket.js";
import { axisTicks } from "./axis-ticks.js";
import { type CycleSegment, cycleSegments } from "./cycle-segments.js";
import { describeEvent } from "./describe-event.js";
import { escapeHtml } from "./escape-html.js";
import { fulfilmentWords } from "./fulfilment-words.js";
import { metricStateLabel } from "./metric-state-label.js";
import { openIntervals } from "./open-intervals.js";
import { pausedByOf } from "./paused-by-of.js";
import { type StatusSegment, statusSegments } from "./status-segments.js";
import { type TimeScale, xOf } from "./time-scale.js";

/** The SVG's width in user units; it scales to the page's width. */
export const TIMELINE_WIDTH = 1000;
/** Where the plot starts and ends: lane labels sit left of `PLOT_LEFT`. */
export const PLOT_LEFT = 170;
/** The right end of the plot: the latest instant drawn (`now` or the last due instant). */
export const PLOT_RIGHT = 985;
const AXIS_HEIGHT = 26;
const LANE_HEIGHT = 30;
const BAR_HEIGHT = 12;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** One cycle as drawn: its running and paused stretches and its due instant, in epoch ms. */
export interface DrawnCycle {
  readonly cycle: MetricCycle;
  readonly start: number;
  readonly end: number;
  readonly due: number | null;
  readonly segments: readonly CycleSegment[];
}

/** Everything one ticket's figure and table show, worked out once for both. */
export interface TicketTimeline {
  readonly scale: TimeScale;
  readonly statuses: readonly StatusSegment[];
  readonly lanes: readonly { readonly metric: MetricReport; readonly cycles: readonly DrawnCycle[] }[];
}

function cyclesOf(metric: MetricReport): MetricCycle[] {
  return metric.current === null ? [...metric.completed] : [...metric.completed, metric.current];
}

/**
 * How far past `now` a figure reaches for due instants still ahead: half the ticket's age, and
 * at least a day, so a target due next week does not squeeze the history into a sliver. A due
 * instant beyond is drawn as an arrow at the figure's right edge.
 */
function horizonOf(start: number, now: number): number {
  return now + Math.max(DAY, (now - start) / 2);
}

/**
 * The ticket's figure data: every metric's cycles split into running and paused stretches from
 * the ticket's status history, and the time range: from the ticket's creation to `now` or the
 * latest due instant still ahead, whichever is later (at least an hour), but no further than
 * the horizon (half the ticket's age past `now`, at least a day).
 */
export function ticketTimeline(ticket: Ticket, report: SlaReport, policySet: SlaPolicySet, now: number): TicketTimeline {
  const statuses = statusSegments(ticket, now);
  const horizon = horizonOf(ticket.createdAt, now);
  let end = now;
  const lanes = report.metrics.map((metric) => ({
    metric,
    cycles: cyclesOf(metric).map((cycle): DrawnCycle => {
      const start = Date.parse(cycle.startedAt);
      const stop = cycle.fulfilledAt === null ? now : Date.parse(cycle.fulfilledAt);
      const due = cycle.dueAt === null ? null : Date.parse(cycle.dueAt);
      if (due !== null && due <= horizon) end = Math.max(end, due);
      return { cycle, start, end: stop, due, segments: cycleSegments(statuses, start, stop, pausedByOf(policySet, metric.metric, cycle)) };
    }),
  }));
  const start = ticket.createdAt;
  return { scale: { start, end: Math.max(end, start + HOUR), left: PLOT_LEFT, right: PLOT_RIGHT }, statuses, lanes };
}

function calendarOf(policySet: SlaPolicySet, name: string): BusinessCalendar | "always" | null {
  if (name === AROUND_THE_CLOCK) return "always";
  return Object.hasOwn(policySet.calendars, name) ? (policySet.calendars[name] ?? null) : null;
}

function metricName(metric: string): string {
  return metric.replaceAll("_", " ");
}

/** A focusable marker: its words are its SVG title, its accessible name and the read-out's text. */
function mark(kind: string, x: number, y: number, label: string, shape: string, extra = ""): string {
  const text = escapeHtml(label);
  return `<g class="mark ${kind}" tabindex="0" transform="translate(${x} ${y})" data-label="${text}"${extra}><title>${text}</title>${shape}</g>`;
}

const SHAPES = {
  customer: '<circle r="5"/>',
  agent: '<rect x="-5" y="-5" width="10" height="10"/>',
  note: '<rect x="-4" y="-4" width="8" height="8"/>',
  status: '<rect x="-1.5" y="-11" width="3" height="22"/>',
  priority: '<path d="M0 -7 L6 5 L-6 5 Z"/>',
  other: '<rect x="-1" y="-6" width="2" height="12"/>',
  due: '<path d="M0 -8 L8 0 L0 8 L-8 0 Z"/>',
  breach: '<circle r="8"/><path d="M-4 -4 L4 4 M4 -4 L-4 4"/>',
  later: '<path d="M-9 -7 L1 0 L-9 7 Z"/>',
} as const;

function cycleWords(metric: string, drawn: DrawnCycle, now: number, timeZone: string): string {
  const { cycle } = drawn;
  const parts = [`${metricName(metric)}, cycle ${cycle.index + 1}: started ${formatAt(cycle.startedAt, timeZone)}`];
  if (cycle.dueAt !== null) parts.push(`due ${formatAt(cycle.dueAt, timeZone)}`);
  if (cycle.fulfilledAt === null) {
    parts.push(`${cycle.paused ? "paused" : "running"} at ${formatAt(new Date(now), timeZone)}`);
  } else {
    parts.push(`fulfilled by ${fulfilmentWords(cycle.fulfilledBy)} ${formatAt(cycle.fulfilledAt, timeZone)}`);
  }
  parts.push(cycle.breached ? `breached${cycle.overdueBy === null ? "" : ` by ${formatDuration(cycle.overdueBy.calendarMs)}`}` : cycle.outcome === "met" ? "met" : "not breached");
  return parts.join("; ");
}

function renderCycle(metric: string, drawn: DrawnCycle, scale: TimeScale, y: number, now: number, timeZone: string): string {
  const top = y + (LANE_HEIGHT - BAR_HEIGHT) / 2;
  const words = escapeHtml(cycleWords(metric, drawn, now, timeZone));
  const pieces = drawn.segments.map((segment) => {
    const x = xOf(scale, segment.from);
    const width = Math.max(0.5, Math.round((xOf(scale, segment.to) - x) * 100) / 100);
    const state = segment.running ? "run" : "pause";
    const title = segment.running ? "running" : `paused (${segment.status.replace("_", "-")})`;
    return `<rect class="${state}" x="${x}" y="${top}" width="${width}" height="${BAR_HEIGHT}" data-from="${new Date(segment.from).toISOString()}" data-to="${new Date(segment.to).toISOString()}"><title>${words}; ${title} ${escapeHtml(formatAt(new Date(segment.from), timeZone))} to ${escapeHtml(formatAt(new Date(segment.to), timeZone))}</title></rect>`;
  });
  const { due } = drawn;
  let overrun = "";
  if (drawn.cycle.breached && due !== null && drawn.end > due) {
    const x = xOf(scale, due);
    overrun = `<rect class="over" x="${x}" y="${top - 2}" width="${Math.max(0.5, Math.round((xOf(scale, drawn.end) - x) * 100) / 100)}" height="${BAR_HEIGHT + 4}"><title>${words}; past due</title></rect>`;
  }
  let marker = "";
  if (due !== null) {
    const label = `${metricName(metric)} ${drawn.cycle.breached ? "breached" : "due"} ${formatAt(new Date(due), timeZone)} (cycle ${drawn.cycle.index + 1})`;
    const kind = drawn.cycle.breached ? "breach" : "due";
    // Only a due instant still ahead can lie past the figure's end; a breach is never ahead.
    marker =
      due > scale.end
        ? mark("due later", scale.right, y + LANE_HEIGHT / 2, `${label}, after the end of the figure`, SHAPES.later, ` data-at="${new Date(due).toISOString()}"`)
        : mark(kind, xOf(scale, due), y + LANE_HEIGHT / 2, label, SHAPES[kind], ` data-at="${new Date(due).toISOString()}"`);
  }
  return `<g class="cycle" data-metric="${escapeHtml(metric)}" data-cycle="${drawn.cycle.index}" data-start="${drawn.cycle.startedAt}" data-end="${new Date(drawn.end).toISOString()}">${pieces.join("")}${overrun}${marker}</g>`;
}

function renderOpenHours(calendar: BusinessCalendar | "always" | null, scale: TimeScale, y: number): string {
  if (calendar === null) return "";
  const intervals = calendar === "always" ? [[scale.start, scale.end] as const] : openIntervals(calendar, scale.start, scale.end);
  return intervals
    .map(([from, to]) => {
      const x = xOf(scale, from);
      return `<rect class="open" x="${x}" y="${y}" width="${Math.max(0.5, Math.round((xOf(scale, to) - x) * 100) / 100)}" height="${LANE_HEIGHT}"/>`;
    })
    .join("");
}

/** The height of a ticket's figure with `lanes` metric lanes, in user units. */
export function timelineHeight(lanes: number): number {
  return AXIS_HEIGHT + LANE_HEIGHT * (lanes + 1) + 16;
}

/**
 * One ticket's timeline as inline SVG: an axis in the page's time zone, an events lane (comments
 * and changes as ticks), and one lane per metric with its calendar's open hours shaded, each
 * cycle a bar from its start to its fulfilment or `now` (paused stretches hatched, time past due
 * cross-hatched), due instants as diamonds and breaches as crossed circles. Every marker can be
 * focused; the figure has a title and a description.
 */
export function renderTimeline(
  ticket: Ticket,
  report: SlaReport,
  timeline: TicketTimeline,
  policySet: SlaPolicySet,
  now: number,
  timeZone: string,
  id: string,
): string {
  const { scale, lanes } = timeline;
  const height = timelineHeight(lanes.length);
  const bottom = height - 16;
  const parts: string[] = [];
  for (const tick of axisTicks(scale.start, scale.end, timeZone)) {
    const x = xOf(scale, tick.at);
    parts.push(`<line class="grid" x1="${x}" y1="${AXIS_HEIGHT - 6}" x2="${x}" y2="${bottom}"/><text class="tick" x="${x}" y="${AXIS_HEIGHT - 10}">${escapeHtml(tick.label)}</text>`);
  }
  const eventsY = AXIS_HEIGHT;
  parts.push(`<text class="lane" x="8" y="${eventsY + LANE_HEIGHT / 2 + 4}">events</text><line class="lane-rule" x1="${PLOT_LEFT}" y1="${eventsY + LANE_HEIGHT}" x2="${PLOT_RIGHT}" y2="${eventsY + LANE_HEIGHT}"/>`);
  lanes.forEach((lane, index) => {
    const y = AXIS_HEIGHT + LANE_HEIGHT * (index + 1);
    const label = metricName(lane.metric.metric);
    const state = metricStateLabel(lane.metric);
    parts.push(
      `<g class="metric" data-metric="${escapeHtml(lane.metric.metric)}">${renderOpenHours(calendarOf(policySet, lane.metric.calendar), scale, y)}` +
        `<text class="lane" x="8" y="${y + 13}">${escapeHtml(label)}</text><text class="state${lane.metric.breached ? " bad" : ""}" x="8" y="${y + 25}">${escapeHtml(state)}<title>${escapeHtml(`${state}; open hours of ${lane.metric.calendar.replaceAll("_", " ")}`)}</title></text>` +
        `${lane.cycles.map((drawn) => renderCycle(lane.metric.metric, drawn, scale, y, now, timeZone)).join("")}</g>`,
    );
  });
  const ticks = ticket.events
    .filter((event) => event.at <= now)
    .map((event) => {
      const look = describeEvent(event);
      return mark(`event ev-${look.kind}`, xOf(scale, event.at), eventsY + LANE_HEIGHT / 2, `${look.text} ${formatAt(new Date(event.at), timeZone)}`, SHAPES[look.kind], ` data-at="${new Date(event.at).toISOString()}"`);
    });
  const nowX = xOf(scale, now);
  parts.push(`<line class="now" x1="${nowX}" y1="${AXIS_HEIGHT - 4}" x2="${nowX}" y2="${bottom + 3}"/><text class="now-label" x="${nowX}" y="${bottom + 13}">now</text>`);
  parts.push(ticks.join(""));
  parts.push(`<line class="cursor" x1="0" y1="${AXIS_HEIGHT - 4}" x2="0" y2="${bottom}" visibility="hidden"/>`);
  const breaches = lanes.reduce((sum, lane) => sum + lane.cycles.filter((drawn) => drawn.cycle.breached).length, 0);
  const metrics = lanes.length === 0 ? "no SLA metric" : lanes.map((lane) => `${metricName(lane.metric.metric)} ${metricStateLabel(lane.metric)}`).join(", ");
  const description = `From ${formatAt(new Date(scale.start), timeZone)} to ${formatAt(new Date(scale.end), timeZone)}: ${ticks.length} event(s); ${metrics}; ${breaches} breach(es). The table below lists the same.`;
  return (
    `<svg class="timeline" id="${id}" viewBox="0 0 ${TIMELINE_WIDTH} ${height}" role="group" aria-labelledby="${id}-title ${id}-desc" data-start="${scale.start}" data-end="${scale.end}" data-left="${scale.left}" data-right="${scale.right}" data-readout="${id}-readout">` +
    `<title id="${id}-title">${escapeHtml(`Timeline of ticket ${report.ticketId}`)}</title><desc id="${id}-desc">${escapeHtml(description)}</desc>` +
    `<rect class="hit" x="${PLOT_LEFT}" y="0" width="${PLOT_RIGHT - PLOT_LEFT}" height="${height}"/>${parts.join("")}</svg>`
  );
}
