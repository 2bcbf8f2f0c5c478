import { fail } from "../../../shared/errors.js";
import { DEFAULT_STATUS_CATEGORIES } from "../../metric-definition.js";
import type { TicketStatus } from "../../sla-vocabulary.js";
import type { CompiledMetrics } from "./compile-metrics.js";

/**
 * A custom status (on creation or in a status change, at `path`) is one the policy set declares,
 * within the category of the status given beside it. Checked when a ticket is evaluated, by the
 * clocks' walk over its events (every event, also those after now), because which custom
 * statuses exist is the policy set's to say.
 */
export function checkCustomStatus(customStatus: string, status: TicketStatus, metrics: CompiledMetrics, path: readonly PropertyKey[]): void {
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
