import { STATUS_OF_CATEGORY } from "../../../sla/metric-definition.js";
import type { MetricId, Priority, TicketStatus } from "../../../sla/sla-vocabulary.js";
import { ownValue } from "../../../shared/own-value.js";

/**
 * A Zendesk status (a ticket's `status`, a custom status's `status_category`) as the library's
 * status: Zendesk's statuses are the library's status categories (`hold` is On-hold); undefined
 * for any other value.
 */
export function zendeskStatus(value: string): TicketStatus | undefined {
  return ownValue(STATUS_OF_CATEGORY, value);
}

/** Zendesk's statuses, for messages. */
export const ZENDESK_STATUS_NAMES: readonly string[] = Object.keys(STATUS_OF_CATEGORY);


export const ZENDESK_PRIORITIES: Readonly<Record<string, Priority>> = { low: "low", normal: "normal", high: "high", urgent: "urgent" };

/** Zendesk's SLA policy metrics as the library names them. */
export const ZENDESK_METRICS: Readonly<Record<string, MetricId>> = {
  first_reply_time: "first_reply",
  next_reply_time: "next_reply",
  periodic_update_time: "periodic_update",
  pausable_update_time: "pausable_update",
  requester_wait_time: "requester_wait",
  agent_work_time: "agent_work",
  total_resolution_time: "total_resolution",
};

/**
 * Zendesk's ticket fields (as audits and SLA policy filters name them) and the condition field
 * each becomes. `custom_fields_<id>` (filters) and a numeric field name (audits) become
 * `custom_fields.<id>`.
 */
export const ZENDESK_FIELDS: Readonly<Record<string, string>> = {
  status: "status",
  priority: "priority",
  type: "type",
  ticket_type_id: "type",
  group_id: "group",
  assignee_id: "assignee",
  organization_id: "organization",
  brand_id: "brand",
  ticket_form_id: "form",
  requester_id: "requester",
  current_tags: "tags",
  tags: "tags",
};
