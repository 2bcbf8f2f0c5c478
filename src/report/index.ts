/**
 * support-policy/report: an SLA report page (summary, queue, one timeline per ticket) as one
 * self-contained HTML document, from the library's SLA reports.
 *
 * @packageDocumentation
 */
export { renderSlaReportPage } from "./render-sla-report-page.js";
export type { SlaReportPageInput, SlaReportPageQueue, SlaReportPageTicket } from "./sla-report-page-input.js";
