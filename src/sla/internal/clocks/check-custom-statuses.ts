import { fail } from "../../../shared/errors.js";
import { DEFAULT_STATUS_CATEGORIES } from "../../metric-definition.js";
import type { TicketStatus } from "../../sla-vocabulary.js";
import type { Ticket, TicketEvent } from "../../ticket.js";
import type { CompiledMetrics } from "./compile-metrics.js";

function check(customStatus: string, status: TicketStatus, metrics: CompiledMetrics, path: readonly PropertyKey[]): void {
  const index = metrics.statusIndex.get(customStatus);
  const category = index === undefined ? undefined : metrics.categoryOf.get(customStatus);
  // Zendesk's own statuses are not custom ones: a custom status is one the set declares.
  if (category === undefined || Object.hasOwn(DEFAULT_STATUS_CATEGORIES, customStatus)) {
    const declared = metrics.statuses.filter((name) => !Object.hasOwn(DEFAULT_STATUS_CATEGORIES, name));
    fail("unknown_value", path, `Unknown custom status "${customStatus}": expected one the policy set declares (${declared.join(", ") || "none"})`);
  }
  if (category !== DEFAULT_STATUS_CATEGORIES[status]) {
    fail("inconsistent_facts", path, `The custom status "${customStatus}" is in the category ${category}, and the ticket's status "${status}" is in ${DEFAULT_STATUS_CATEGORIES[status] ?? "none"}`);
  }
}

/**
 * A ticket's custom statuses (on creation and in status changes) are ones the policy set
 * declares, each within the category of the status given beside it. Checked when a ticket is
 * evaluated, because which custom statuses exist is the policy set's to say.
 */
export function checkCustomStatuses(ticket: Ticket, metrics: CompiledMetrics): void {
  if (ticket.customStatus !== null) check(ticket.customStatus, ticket.status, metrics, ["ticket", "customStatus"]);
  const { events } = ticket;
  // A plain loop: this runs for every evaluation, and almost every ticket has no custom status.
  for (let index = 0; index < events.length; index++) {
    const event = events[index] as TicketEvent;
    if (event.type === "status_change" && event.customStatus !== undefined && event.customStatus !== null) check(event.customStatus, event.status, metrics, ["ticket", "events", index, "customStatus"]);
  }
}
