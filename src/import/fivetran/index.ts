/**
 * Reading Zendesk data as Fivetran lands it in a warehouse: its tables (as rows) converted into
 * the parsed REST API responses the Zendesk importer (`support-policy/zendesk`) reads.
 *
 * @packageDocumentation
 */
export { fivetranToZendesk } from "./fivetran-to-zendesk.js";
export { FIVETRAN_TABLE_NAMES } from "./fivetran-tables.js";
export type {
  FivetranConversion,
  FivetranPolicyVersion,
  FivetranRecordError,
  FivetranRow,
  FivetranTableName,
  FivetranTables,
  FivetranZendeskExport,
} from "./fivetran-tables.js";
