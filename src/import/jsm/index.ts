/**
 * Reading a Jira Service Management export: the parsed JSON of Jira's REST responses (issues with
 * their changelog and comments) and an SLA configuration, turned into the library's tickets and
 * policy set, and checked against JSM's own SLA values.
 *
 * @packageDocumentation
 */
export { importJsmExport } from "./import-jsm-export.js";
export type { JsmCondition, JsmExport, JsmImport, JsmIssueResult, JsmPauseCondition, JsmRecordError, JsmSlaConfig, JsmSlaMetric, JsmSource } from "./jsm-export.js";
export type { ImportRecordError } from "../shared/import-record-error.js";
export type { ImportTicketResult } from "../shared/import-ticket-result.js";
export { JSM_PRIORITIES, JSM_STATUSES } from "./jsm-vocabulary.js";
export { compareJsmSla } from "./compare-jsm-sla.js";
export type { CompareJsmSlaOptions, JsmSlaComparison, JsmSlaCycleSide, JsmSlaDisagreement, JsmSlaDisagreementCode, JsmSlaValues } from "./jsm-sla-comparison.js";
