import { deepFreeze } from "../shared/deep-freeze.js";
/**
 * The seven SLA metrics, in the order reports list them (Zendesk's metric set, docs/rules.md §2
 * "Clock semantics").
 *
 * @example
 * ```ts
 * METRIC_IDS.includes("first_reply"); // => true
 * ```
 */
export const METRIC_IDS = deepFreeze([
  "first_reply",
  "next_reply",
  "periodic_update",
  "pausable_update",
  "requester_wait",
  "agent_work",
  "total_resolution",
] as const);

/**
 * One SLA metric: first reply, next reply, periodic update, pausable update, requester wait,
 * agent work or total resolution (docs/rules.md §2 "Clock semantics").
 *
 * @example
 * ```ts
 * const metric: MetricId = "next_reply";
 * ```
 */
export type MetricId = (typeof METRIC_IDS)[number];

/**
 * Zendesk's ticket priorities, lowest first.
 *
 * @example
 * ```ts
 * PRIORITIES.indexOf("urgent"); // => 3
 * ```
 */
export const PRIORITIES = deepFreeze(["low", "normal", "high", "urgent"] as const);

/**
 * A ticket priority (Zendesk's Low, Normal, High, Urgent; docs/rules.md §2).
 *
 * @example
 * ```ts
 * const priority: Priority = "high";
 * ```
 */
export type Priority = (typeof PRIORITIES)[number];

/**
 * A priority id of any policy set: one of Zendesk's {@link Priority} values (the default
 * priorities, which editors complete), or an id a set declares in its `priorities`
 * (lower-case letters, digits and underscores, e.g. JSM's `highest`). Which ids a ticket may
 * carry is the policy set's to say: a ticket is checked against it when it is evaluated
 * (docs/rules.md §2 "Priorities").
 *
 * @example
 * ```ts
 * const zendesk: PriorityId = "urgent";
 * const jsm: PriorityId = "highest";
 * ```
 */
export type PriorityId = Priority | (string & {});

/**
 * Zendesk's ticket statuses, in their usual lifecycle order.
 *
 * @example
 * ```ts
 * TICKET_STATUSES.includes("on_hold"); // => true
 * ```
 */
export const TICKET_STATUSES = deepFreeze(["new", "open", "pending", "on_hold", "solved", "closed"] as const);

/**
 * A ticket status. `solved` and `closed` stop every clock; `pending` and `on_hold` pause the
 * metrics whose targets say so (docs/rules.md §2 "Clock semantics").
 *
 * @example
 * ```ts
 * const status: TicketStatus = "pending";
 * ```
 */
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/**
 * The statuses a target may list as pausing its clock: every status in which a ticket is still
 * unsolved. `solved` and `closed` are not listed because they stop clocks outright.
 *
 * @example
 * ```ts
 * PAUSABLE_STATUSES; // => ["new", "open", "pending", "on_hold"]
 * ```
 */
export const PAUSABLE_STATUSES = deepFreeze(["new", "open", "pending", "on_hold"] as const);

/**
 * A status a target may pause on.
 *
 * @example
 * ```ts
 * const pausedBy: PausableStatus[] = ["pending", "on_hold"];
 * ```
 */
export type PausableStatus = (typeof PAUSABLE_STATUSES)[number];

/**
 * GitLab's Definitions of Support Impact: severity 1 (production down) to 4 (questions)
 * (docs/rules.md §2, 2026 edition).
 *
 * @example
 * ```ts
 * SEVERITIES; // => [1, 2, 3, 4]
 * ```
 */
export const SEVERITIES = deepFreeze([1, 2, 3, 4] as const);

/**
 * A severity from 1 (most severe) to 4.
 *
 * @example
 * ```ts
 * const severity: Severity = 2;
 * ```
 */
export type Severity = (typeof SEVERITIES)[number];

/**
 * The support levels an organization can have (docs/rules.md §2, 2026 edition): Priority Support
 * (Premium and Ultimate), Standard (legacy Starter and Bronze), the two US Government packages,
 * or none (free, trials and programs).
 *
 * @example
 * ```ts
 * SUPPORT_LEVELS.includes("standard"); // => true
 * ```
 */
export const SUPPORT_LEVELS = deepFreeze(["priority", "standard", "us_government_12x5", "us_government_24x7", "none"] as const);

/**
 * An organization's support level.
 *
 * @example
 * ```ts
 * const level: SupportLevel = "priority";
 * ```
 */
export type SupportLevel = (typeof SUPPORT_LEVELS)[number];

/**
 * The calendar name a target uses to run around the clock: elapsed real time, no calendar
 * needed, so business time always equals calendar time.
 *
 * @example
 * ```ts
 * const target = { metric: "first_reply", duration: { minutes: 30 }, calendar: AROUND_THE_CLOCK };
 * ```
 */
export const AROUND_THE_CLOCK = "around_the_clock";

/**
 * The calendar name a target uses to run on the ticket's own business-hours calendar (its
 * `calendar`, then `calendar_change` events; Zendesk: a business-hours target on the ticket's
 * schedule). A cycle runs on the calendar the ticket has at its fulfilment, or at `now` while it
 * runs, measured from the cycle's start, as a priority change re-targets it.
 *
 * @example
 * ```ts
 * const target = { metric: "first_reply", duration: { hours: 8 }, calendar: TICKET_CALENDAR };
 * ```
 */
export const TICKET_CALENDAR = "ticket_calendar";
