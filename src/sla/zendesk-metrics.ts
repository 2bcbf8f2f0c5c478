import type { ClockHit, ClockState, MetricDefinition } from "./metric-definition.js";
import type { MetricId } from "./sla-vocabulary.js";
import { deepFreeze } from "../shared/deep-freeze.js";

// The building blocks Zendesk's metrics share (docs/rules.md §2 "Clock semantics").
const UNSOLVED: ClockState = { category: ["new", "open", "pending", "hold"] };
/** A public reply by a person on the agent side; private notes, bots and replies to a solved ticket fulfil nothing. */
const AGENT_REPLY: ClockHit = { on: "comment", author: "agent", public: true, automated: false, if: [UNSOLVED] };
/** Solving fulfils every running clock; solved to closed is not a second solve. */
const SOLVED: ClockHit = { on: "status_entered", category: ["solved", "closed"] };
/** A reopen: solved back to an unsolved status (a closed ticket never reopens). */
const REOPENED: ClockHit = { on: "status_left", category: ["solved", "closed"] };

/**
 * Zendesk's seven SLA metrics written as metric definitions, in report order (`METRIC_IDS`):
 * - first reply: creation to the first public agent reply, once;
 * - next reply: a public customer comment after the first reply (one on a solved ticket waits
 *   for the reopen) to the next public agent reply, every customer turn;
 * - periodic update and pausable update: each public agent reply to the next (pausable: paused
 *   while pending);
 * - requester wait (paused while pending), agent work (paused while pending and on hold) and total
 *   resolution: creation to solved, a reopen beginning a cycle that carries the time already used.
 *
 * Solving fulfils every running clock. Pauses and stops name status categories, so a policy
 * set's custom statuses behave as their category does. These are the metrics policy targets name
 * by id; a target's `pausedBy` replaces the statuses a metric pauses on.
 *
 * @example
 * ```ts
 * ZENDESK_METRICS.map((metric) => metric.id);
 * // => ["first_reply", "next_reply", "periodic_update", "pausable_update", "requester_wait", "agent_work", "total_resolution"]
 * ```
 */
export const ZENDESK_METRICS: readonly (MetricDefinition & { readonly id: MetricId })[] = deepFreeze([
  {
    id: "first_reply",
    name: "First reply time",
    start: [{ on: "created" }],
    pause: [],
    stop: [AGENT_REPLY, SOLVED],
    cycles: "once",
  },
  {
    id: "next_reply",
    name: "Next reply time",
    // Customer comments before the first reply belong to the first-reply cycle.
    // One on a solved ticket waits for the reopen; a closed ticket never reopens.
    start: [{ on: "comment", author: "customer", public: true, if: [{ completed: "first_reply" }], deferWhile: [{ category: ["solved", "closed"] }] }],
    pause: [],
    stop: [AGENT_REPLY, SOLVED],
    cycles: "repeat",
  },
  {
    id: "periodic_update",
    name: "Periodic update time",
    start: [AGENT_REPLY],
    pause: [],
    stop: [AGENT_REPLY, SOLVED],
    cycles: "repeat",
  },
  {
    id: "pausable_update",
    name: "Pausable update time",
    start: [AGENT_REPLY],
    pause: [{ category: ["pending"] }],
    stop: [AGENT_REPLY, SOLVED],
    cycles: "repeat",
  },
  {
    id: "requester_wait",
    name: "Requester wait time",
    start: [{ on: "created" }, REOPENED],
    pause: [{ category: ["pending"] }],
    stop: [SOLVED],
    cycles: "accumulate",
  },
  {
    id: "agent_work",
    name: "Agent work time",
    start: [{ on: "created" }, REOPENED],
    pause: [{ category: ["pending", "hold"] }],
    stop: [SOLVED],
    cycles: "accumulate",
  },
  {
    id: "total_resolution",
    name: "Total resolution time",
    start: [{ on: "created" }, REOPENED],
    pause: [],
    stop: [SOLVED],
    cycles: "accumulate",
  },
]);
