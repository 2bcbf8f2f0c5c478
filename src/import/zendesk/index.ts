/**
 * Reading a Zendesk export: the parsed JSON of the REST API's own responses, turned into the
 * library's tickets, policies and calendars, and checked against Zendesk's own SLA record.
 *
 * @packageDocumentation
 */
export { importZendeskExport } from "./import-zendesk-export.js";
export type { ZendeskExport, ZendeskImport, ZendeskRecordError, ZendeskSource, ZendeskTicketResult } from "./zendesk-export.js";
export type { ImportRecordError } from "../shared/import-record-error.js";
export type { ImportTicketResult } from "../shared/import-ticket-result.js";
export { railsTimeZoneToIana } from "./rails-time-zone.js";
export { RAILS_TIME_ZONE_MAPPING } from "./rails-time-zone-mapping.js";
export { auditMetricEvents } from "./audit-metric-events.js";
export type {
  AuditMetricEventsOptions,
  MetricEventAudit,
  MetricEventDisagreement,
  MetricEventDisagreementCode,
  MetricEventSide,
  ZendeskMetricName,
} from "./metric-event-audit.js";
