import { deepFreeze } from "../../shared/deep-freeze.js";
import type { CustomStatus } from "../../sla/metric-definition.js";

/**
 * Jira's default priorities as the library's priority ids, lowest first: Lowest, Low, Medium,
 * High, Highest. The priorities of an SLA configuration that declares none.
 *
 * @example
 * ```ts
 * JSM_PRIORITIES.at(-1); // => "highest"
 * ```
 */
export const JSM_PRIORITIES = deepFreeze(["lowest", "low", "medium", "high", "highest"] as const);

/**
 * The statuses of JSM's service project workflows, each in the library's status category: the
 * statuses of an SLA configuration that declares none. Waiting for customer is `pending` (a status
 * the customer must act on), Resolved, Done and Canceled are `solved` (they can still reopen);
 * Open, Pending and Closed are the library's own statuses of those names, always known.
 *
 * @example
 * ```ts
 * JSM_STATUSES.find((status) => status.name === "Waiting for customer")?.category; // => "pending"
 * ```
 */
export const JSM_STATUSES: readonly CustomStatus[] = deepFreeze([
  { id: "to_do", name: "To Do", category: "new" },
  { id: "waiting_for_support", name: "Waiting for support", category: "open" },
  { id: "in_progress", name: "In progress", category: "open" },
  { id: "work_in_progress", name: "Work in progress", category: "open" },
  { id: "escalated", name: "Escalated", category: "open" },
  { id: "waiting_for_customer", name: "Waiting for customer", category: "pending" },
  { id: "waiting_for_approval", name: "Waiting for approval", category: "hold" },
  { id: "resolved", name: "Resolved", category: "solved" },
  { id: "done", name: "Done", category: "solved" },
  { id: "canceled", name: "Canceled", category: "solved" },
]);
