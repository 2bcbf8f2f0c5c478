// Renders the SLA report page for the bundled sample tickets (26, and the same set repeated to
// 520 tickets) and compares its cost with evaluating the same tickets' SLA reports, measured in
// the same run: the page is "N evaluations" of work.
import { readFileSync } from "node:fs";
import { parseTicketRecord } from "../src/cli/parse-ticket-record.js";
import { clearFormatAtCache } from "../src/report/internal/format-at.js";
import { renderSlaReportPage } from "../src/report/render-sla-report-page.js";
import { gitlab2026 } from "../src/sla/editions/gitlab2026.js";
import { evaluateSla } from "../src/sla/evaluate-sla.js";
import type { Ticket } from "../src/sla/ticket.js";
import { formatOps, measure, printTable } from "./lib/measure.js";

const NOW = new Date("2026-11-20T17:30:00Z");
const records = JSON.parse(readFileSync("examples/tickets.json", "utf8")) as Record<string, unknown>[];

function ticketsOf(copies: number): Ticket[] {
  return Array.from({ length: copies }, (_, copy) => records.map((record) => parseTicketRecord({ ...record, id: `${String(record["id"])}-${copy}` }).ticket)).flat();
}

const rows: string[][] = [];
for (const copies of [1, 20]) {
  const tickets = ticketsOf(copies);
  const entries = tickets.map((ticket) => ({ ticket, report: evaluateSla(ticket, gitlab2026, NOW) }));
  const html = renderSlaReportPage({ now: NOW, policySet: gitlab2026, tickets: entries });
  let bestEvaluate = Infinity;
  let bestRender = Infinity;
  for (let round = 0; round < 5; round++) {
    bestEvaluate = Math.min(bestEvaluate, measure("evaluate", () => tickets.map((ticket) => evaluateSla(ticket, gitlab2026, NOW))).nsPerOp);
    // Each page from nothing: the page's memory of formatted instants is cleared before it.
    bestRender = Math.min(
      bestRender,
      measure("render", () => {
        clearFormatAtCache();
        return renderSlaReportPage({ now: NOW, policySet: gitlab2026, tickets: entries });
      }).nsPerOp,
    );
  }
  rows.push(
    [`evaluateSla for ${tickets.length} tickets (baseline)`, formatOps(1e9 / bestEvaluate), (bestEvaluate / 1e6).toFixed(2), "1", "-"],
    [`renderSlaReportPage for ${tickets.length} tickets`, formatOps(1e9 / bestRender), (bestRender / 1e6).toFixed(2), (bestRender / bestEvaluate).toFixed(1), `${(html.length / 1024).toFixed(0)} kB`],
  );
}
printTable(["measurement", "pages or sets/s", "ms per op", "× evaluating the same tickets", "page size"], rows);
