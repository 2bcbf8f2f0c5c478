import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseTicketRecord } from "../../src/cli/parse-ticket-record.js";
import { renderSlaReportPage } from "../../src/report/render-sla-report-page.js";
import type { SlaReportPageInput } from "../../src/report/sla-report-page-input.js";
import { defineCalendar } from "../../src/sla/define-calendar.js";
import { gitlab2026 } from "../../src/sla/editions/gitlab2026.js";
import { evaluateSla } from "../../src/sla/evaluate-sla.js";
import { parseTicket } from "../../src/sla/parse-ticket.js";
import { prepareSlaPolicies } from "../../src/sla/prepare-sla-policies.js";
import type { Ticket, TicketInput } from "../../src/sla/ticket.js";

export const ROOT = join(import.meta.dirname, "..", "..");
export const SAMPLE_NOW = new Date("2026-11-20T17:30:00Z");

/** Office hours in UTC, Monday to Friday 09:00-17:00. */
export const office = defineCalendar({
  timeZone: "UTC",
  weekly: { mon: [["09:00", "17:00"]], tue: [["09:00", "17:00"]], wed: [["09:00", "17:00"]], thu: [["09:00", "17:00"]], fri: [["09:00", "17:00"]] },
});

/**
 * Every metric targeted: first reply on office hours, the rest around the clock, with the
 * default pausing statuses except agent work, which pauses on on-hold only.
 */
export const everyMetric = prepareSlaPolicies({
  name: "Every metric",
  calendars: { office },
  policies: [
    {
      id: "all",
      name: "All metrics",
      targets: [
        { metric: "first_reply", duration: { minutes: 30 }, calendar: "office" },
        { metric: "next_reply", duration: { hours: 4 }, calendar: "around_the_clock" },
        { metric: "periodic_update", duration: { hours: 6 }, calendar: "around_the_clock" },
        { metric: "pausable_update", duration: { hours: 6 }, calendar: "around_the_clock" },
        { metric: "requester_wait", duration: { hours: 8 }, calendar: "around_the_clock" },
        { metric: "agent_work", duration: { hours: 8 }, calendar: "around_the_clock", pausedBy: ["on_hold"] },
        { metric: "total_resolution", duration: { hours: 48 }, calendar: "around_the_clock" },
      ],
    },
  ],
});

/** The bundled sample tickets, parsed as the CLI parses them, with their 2026 reports at SAMPLE_NOW. */
export function sampleEntries(): { ticket: Ticket; report: ReturnType<typeof evaluateSla> }[] {
  const records = JSON.parse(readFileSync(join(ROOT, "examples", "tickets.json"), "utf8")) as unknown[];
  return records.map((record) => {
    const { ticket } = parseTicketRecord(record);
    return { ticket, report: evaluateSla(ticket, gitlab2026, SAMPLE_NOW) };
  });
}

/** A page for tickets evaluated with `policySet` at `now`. */
export function pageFor(tickets: readonly TicketInput[], now: Date, options: Partial<SlaReportPageInput> = {}): string {
  const policySet = options.policySet ?? everyMetric;
  const entries = tickets.map((input) => {
    const ticket = parseTicket(input);
    return { ticket, report: evaluateSla(ticket, policySet, now) };
  });
  return renderSlaReportPage({ now, policySet, tickets: entries, ...options });
}

/** The attributes of every element `<tag ...>` in `html` whose class list holds every class of `cls` (space-separated), in order. */
export function elements(html: string, tag: string, cls: string): Record<string, string>[] {
  const wanted = cls.split(" ");
  const found: Record<string, string>[] = [];
  for (const match of html.matchAll(new RegExp(`<${tag}\\s([^>]*)>`, "g"))) {
    const attributes: Record<string, string> = {};
    for (const [, name, value] of (match[1] ?? "").matchAll(/([\w-]+)="([^"]*)"/g)) attributes[name as string] = value as string;
    const classes = (attributes["class"] ?? "").split(" ");
    if (wanted.every((name) => classes.includes(name))) found.push(attributes);
  }
  return found;
}
