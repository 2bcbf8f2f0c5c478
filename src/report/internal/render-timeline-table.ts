import { formatAt } from "./format-at.js";
import type { Ticket } from "../../sla/ticket.js";
import { describeEvent } from "./describe-event.js";
import { escapeHtml } from "./escape-html.js";
import { fulfilmentWords } from "./fulfilment-words.js";
import type { TicketTimeline } from "./render-timeline.js";

/** The running (or paused) stretches of a cycle, as escaped HTML lines. */
function stretches(timeline: TicketTimeline["lanes"][number]["cycles"][number], running: boolean, timeZone: string): string {
  const list = timeline.segments.filter((segment) => segment.running === running);
  if (list.length === 0) return "-";
  return list
    .map((segment) => escapeHtml(`${formatAt(new Date(segment.from), timeZone)} – ${formatAt(new Date(segment.to), timeZone)}${running ? "" : ` (${segment.status.replace("_", "-")})`}`))
    .join("<br>");
}

/**
 * The figure's text twin, for screen readers and for copying: one row per metric cycle (start,
 * due, end, running and paused stretches, outcome) and one per event, in the page's time zone.
 */
export function renderTimelineTable(ticket: Ticket, timeline: TicketTimeline, now: number, timeZone: string): string {
  const rows = timeline.lanes.flatMap((lane) =>
    lane.cycles.map((drawn) => {
      const { cycle } = drawn;
      const ended = cycle.fulfilledAt === null ? `${cycle.paused ? "paused" : "running"} at ${formatAt(new Date(now), timeZone)}` : `${formatAt(cycle.fulfilledAt, timeZone)} (by ${fulfilmentWords(cycle.fulfilledBy)})`;
      const outcome = cycle.breached ? "breached" : cycle.outcome === "met" ? "met" : "ongoing";
      return `<tr><td>${escapeHtml(lane.metric.metric.replaceAll("_", " "))}</td><td>${cycle.index + 1}</td><td>${escapeHtml(formatAt(cycle.startedAt, timeZone))}</td><td>${cycle.dueAt === null ? "-" : escapeHtml(formatAt(cycle.dueAt, timeZone))}</td><td>${escapeHtml(ended)}</td><td>${stretches(drawn, true, timeZone)}</td><td>${stretches(drawn, false, timeZone)}</td><td class="${cycle.breached ? "bad" : ""}">${outcome}</td></tr>`;
    }),
  );
  const cycles =
    rows.length === 0
      ? "<p>No metric cycles.</p>"
      : `<table><caption>Metric cycles</caption><thead><tr><th scope="col">metric</th><th scope="col">cycle</th><th scope="col">started</th><th scope="col">due</th><th scope="col">ended</th><th scope="col">running</th><th scope="col">paused</th><th scope="col">outcome</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
  const events = ticket.events.filter((event) => event.at <= now);
  const eventRows = events.map((event) => `<tr><td>${escapeHtml(formatAt(new Date(event.at), timeZone))}</td><td>${escapeHtml(describeEvent(event).text)}</td></tr>`);
  const eventTable =
    eventRows.length === 0
      ? "<p>No events after the creation.</p>"
      : `<table><caption>Events</caption><thead><tr><th scope="col">when</th><th scope="col">what</th></tr></thead><tbody>${eventRows.join("")}</tbody></table>`;
  return `${cycles}${eventTable}`;
}
