import type { FulfilmentKind } from "../../sla-report.js";
import type { PriorityId } from "../../sla-vocabulary.js";
import type { Ticket, TicketEvent } from "../../ticket.js";
import { checkCustomStatus } from "./check-custom-status.js";
import { failUnknownPriority } from "../priorities.js";
import { type CompiledHit, type CompiledMetric, type CompiledMetrics, type CompiledState, ON_COMMENT, ON_CREATED, ON_FIELD, ON_STATUS, commentKind, holds } from "./compile-metrics.js";

/** A metric cycle before targets are applied: when it started and what ended it. */
export interface RawCycle {
  readonly start: number;
  end: number | null;
  endKind: FulfilmentKind | null;
}

/** The facts the clocks need, read from the events up to `now` in one pass. */
export interface TicketHistory {
  /** Per metric index: its cycles, oldest first (empty for metrics nobody asked for). */
  readonly cycles: readonly RawCycle[][];
  /** Status segments: segment i runs from statusStarts[i] to statusStarts[i + 1] (or forever). */
  readonly statusStarts: number[];
  readonly statuses: string[];
  /** Priority changes, the creation priority first. */
  readonly priorityAts: number[];
  readonly priorities: (PriorityId | null)[];
  /** The ticket's business-hours calendar over time: calendars[i] from calendarAts[i] on (the creation one first). */
  readonly calendarAts: number[];
  readonly calendars: (string | null)[];
  /**
   * Indexes in the ticket's events of the assignee, tags and field changes up to now: besides the
   * priority and the status, the only changes of what policy conditions read.
   */
  readonly changes: number[];
}

type FieldValue = string | number | null;

/** One event as the hits see it; one object is reused for every event of a walk. */
interface Occurrence {
  kind: number;
  at: number;
  /** Comments: the comment's kind (see {@link commentKind}). */
  comment: number;
  /** Status changes: the status indexes before (-1 on creation) and after. */
  fromStatus: number;
  toStatus: number;
  field: string;
  from: FieldValue;
  to: FieldValue;
}

function allHold(states: readonly CompiledState[], status: number, completed: Uint8Array): boolean {
  for (const state of states) if (!holds(state, status, completed)) return false;
  return true;
}

function anyHolds(states: readonly CompiledState[], status: number, completed: Uint8Array): boolean {
  for (const state of states) if (holds(state, status, completed)) return true;
  return false;
}

/** Whether a hit of the occurrence's kind matches it; guards read the status before the event. */
function hits(hit: CompiledHit, occurrence: Occurrence, status: number, completed: Uint8Array): boolean {
  switch (occurrence.kind) {
    case ON_COMMENT:
      if ((hit.comments & (1 << occurrence.comment)) === 0) return false;
      break;
    case ON_STATUS: {
      const { statuses } = hit;
      const from = occurrence.fromStatus;
      // The status a ticket is created with was entered, and nothing was left.
      if (!hit.entered && from < 0) return false;
      if (statuses !== null) {
        const wasIn = from >= 0 && statuses[from] === 1;
        const isIn = statuses[occurrence.toStatus] === 1;
        if (hit.entered ? wasIn || !isIn : !wasIn || isIn) return false;
      }
      break;
    }
    case ON_FIELD:
      if (hit.field !== occurrence.field) return false;
      if (hit.hasFrom && hit.from !== occurrence.from) return false;
      if (hit.hasTo && hit.to !== occurrence.to) return false;
      break;
  }
  return hit.guard.length === 0 || allHold(hit.guard, status, completed);
}

// Cycles of metrics nobody asked for: they never get one, so they share one empty list.
const NONE: RawCycle[] = [];

/**
 * The per-walk state of every metric being tracked. One walk per compiled metric set is kept and
 * reset for each ticket: an evaluation is short and never re-entered, and allocating this state
 * per ticket cost more than the walk itself.
 */
class Walk {
  cycles: RawCycle[][] = [];
  readonly #open: (RawCycle | null)[];
  readonly #running: Uint8Array;
  /** Per metric: the start hit whose deferral holds, or null. */
  readonly #deferred: (CompiledHit | null)[];
  readonly #completed: Uint8Array;
  /** The status index before the event being applied. */
  #status = 0;
  #wanted: Uint8Array;
  readonly #metrics: CompiledMetrics;
  /** The metrics stopped by the event being applied: their completion shows from the next event on. */
  readonly #stopped: number[] = [];
  #stoppedCount = 0;
  #anyDeferred = false;

  constructor(metrics: CompiledMetrics) {
    const count = metrics.metrics.length;
    this.#metrics = metrics;
    this.#wanted = new Uint8Array(count);
    this.#open = new Array<RawCycle | null>(count).fill(null);
    this.#running = new Uint8Array(count);
    this.#deferred = new Array<CompiledHit | null>(count).fill(null);
    this.#completed = new Uint8Array(count);
  }

  reset(wanted: Uint8Array, status: number): void {
    const count = wanted.length;
    this.#wanted = wanted;
    const cycles: RawCycle[][] = new Array<RawCycle[]>(count);
    for (let i = 0; i < count; i++) {
      cycles[i] = wanted[i] === 1 ? [] : NONE;
      this.#open[i] = null;
      this.#deferred[i] = null;
    }
    this.cycles = cycles;
    this.#running.fill(0);
    this.#completed.fill(0);
    this.#status = status;
    this.#anyDeferred = false;
  }

  #begin(metric: number, at: number): void {
    this.#running[metric] = 1;
    if (this.#wanted[metric] !== 1) return;
    const cycle: RawCycle = { start: at, end: null, endKind: null };
    (this.cycles[metric] as RawCycle[]).push(cycle);
    this.#open[metric] = cycle;
  }

  #canStart(metric: CompiledMetric): boolean {
    return this.#running[metric.index] === 0 && (metric.cycles !== "once" || this.#completed[metric.index] === 0) && this.#deferred[metric.index] === null;
  }

  /** Applies one event to one metric: a stop first, then a start. */
  #apply(metric: CompiledMetric, occurrence: Occurrence, newStatus: number): void {
    const index = metric.index;
    const kind = occurrence.kind;
    if (this.#running[index] === 1) {
      const stops = metric.stopOn[kind] as readonly CompiledHit[];
      for (const hit of stops) {
        if (!hits(hit, occurrence, this.#status, this.#completed)) continue;
        this.#running[index] = 0;
        this.#stopped[this.#stoppedCount++] = index;
        const cycle = this.#open[index];
        if (cycle !== null && cycle !== undefined) {
          cycle.end = occurrence.at;
          cycle.endKind = hit.fulfilment === "status_change" && this.#metrics.solved[newStatus] === 1 ? "solved" : hit.fulfilment;
          this.#open[index] = null;
        }
        // A metric measured once never starts again, not even on the event that stopped it.
        if (metric.cycles === "once") return;
        break;
      }
    }
    const starts = metric.startOn[kind] as readonly CompiledHit[];
    if (starts.length === 0 || !this.#canStart(metric)) return;
    for (const hit of starts) {
      if (!hits(hit, occurrence, this.#status, this.#completed)) continue;
      // A deferral reads the ticket as it stands after the event.
      if (hit.defer.length > 0 && anyHolds(hit.defer, newStatus, this.#completed)) {
        this.#deferred[index] = hit;
        this.#anyDeferred = true;
      } else this.#begin(index, occurrence.at);
      return;
    }
  }

  /** Applies one event to the metrics in `active`, guards reading the state before it. */
  step(active: readonly CompiledMetric[], occurrence: Occurrence, newStatus: number): void {
    for (const metric of active) this.#apply(metric, occurrence, newStatus);
    this.#status = newStatus;
    if (this.#stoppedCount > 0) {
      for (let i = 0; i < this.#stoppedCount; i++) this.#completed[this.#stopped[i] as number] = 1;
      this.#stoppedCount = 0;
    }
    if (this.#anyDeferred) this.#release(occurrence.at);
  }

  /** Starts the deferred cycles whose deferral no longer holds. */
  #release(at: number): void {
    this.#anyDeferred = false;
    for (const metric of this.#metrics.metrics) {
      const hit = this.#deferred[metric.index];
      if (hit === null || hit === undefined) continue;
      if (anyHolds(hit.defer, this.#status, this.#completed)) {
        this.#anyDeferred = true;
        continue;
      }
      this.#deferred[metric.index] = null;
      if (this.#canStart(metric)) this.#begin(metric.index, at);
    }
  }
}

/**
 * Per wanted-flags array: the metrics to track (wanted ones and those their guards read), by
 * occurrence kind, and for comments, by the comment's kind (see {@link commentKind}): only the
 * metrics with a comment hit that kind of comment can match, so a comment no hit could match (an
 * internal note, for Zendesk's metrics) costs no step.
 */
interface Plan {
  readonly byKind: readonly (readonly CompiledMetric[])[];
  readonly byComment: readonly (readonly CompiledMetric[])[];
}


const plans = new WeakMap<Uint8Array, Plan>();
const walks = new WeakMap<CompiledMetrics, Walk>();

function planFor(metrics: CompiledMetrics, wanted: Uint8Array): Plan {
  let plan = plans.get(wanted);
  if (plan !== undefined) return plan;
  const tracked = new Uint8Array(metrics.metrics.length);
  const visit = (index: number): void => {
    if (tracked[index] === 1) return;
    tracked[index] = 1;
    for (const read of (metrics.metrics[index] as CompiledMetric).reads) visit(read);
  };
  wanted.forEach((flag, index) => {
    if (flag === 1) visit(index);
  });
  const active = metrics.metrics.filter((metric) => tracked[metric.index] === 1);
  const byKind = [ON_CREATED, ON_COMMENT, ON_STATUS, ON_FIELD].map((kind) =>
    active.filter((metric) => (metric.startOn[kind] as readonly CompiledHit[]).length > 0 || (metric.stopOn[kind] as readonly CompiledHit[]).length > 0),
  );
  const onComment = byKind[ON_COMMENT] as readonly CompiledMetric[];
  const byComment = [0, 1, 2, 3, 4, 5, 6, 7].map((kind) =>
    onComment.filter((metric) => [...(metric.startOn[ON_COMMENT] as readonly CompiledHit[]), ...(metric.stopOn[ON_COMMENT] as readonly CompiledHit[])].some((hit) => (hit.comments & (1 << kind)) !== 0)),
  );
  plan = { byKind, byComment };
  plans.set(wanted, plan);
  return plan;
}

function fieldChanged(walk: Walk, active: readonly CompiledMetric[], occurrence: Occurrence, status: number, field: string, from: FieldValue, to: FieldValue): void {
  occurrence.kind = ON_FIELD;
  occurrence.field = field;
  occurrence.from = from;
  occurrence.to = to;
  walk.step(active, occurrence, status);
}

/** A generic field's value at creation, as a clock hit compares it. */
function initialField(ticket: Ticket, field: string): FieldValue {
  if (field === "form") return ticket.form;
  if (field === "organization") return ticket.organization.id ?? null;
  const value = ticket.fields[field];
  if (value === undefined || Array.isArray(value)) return null;
  return typeof value === "boolean" ? String(value) : (value as FieldValue);
}

/**
 * Walks the sorted events up to `now` once and cuts every wanted metric into cycles by its start
 * and stop hits (the metric-definition language; Zendesk's metrics are presets in it). Each event
 * costs one look at the metrics with a hit of its kind, so the walk is linear in the events.
 * The status, priority and calendar segments are recorded on the way for measuring. `wanted` flags, per
 * metric index, the metrics whose cycles are kept; `createdPriority` is the priority on creation
 * (derived or given). Checks the ticket's custom statuses and priorities against the set's
 * (`priorityIds`, lowest first) on the way (every event's, also after `now`): a
 * {@link SupportPolicyError} for one the set does not declare.
 */
export function runClocks(ticket: Ticket, now: number, metrics: CompiledMetrics, wanted: Uint8Array, createdPriority: PriorityId | null, priorityIds: readonly string[]): TicketHistory {
  const plan = planFor(metrics, wanted);
  const { byKind, byComment } = plan;
  const onStatus = byKind[ON_STATUS] as readonly CompiledMetric[];
  const onField = byKind[ON_FIELD] as readonly CompiledMetric[];
  let walk = walks.get(metrics);
  if (walk === undefined) {
    walk = new Walk(metrics);
    walks.set(metrics, walk);
  }
  const { statusIndex } = metrics;
  // The clocks read the custom status where the ticket has one, else its status (the category's).
  let statusName: string = ticket.customStatus ?? ticket.status;
  let status = statusIndex.get(statusName) ?? 0;
  walk.reset(wanted, status);
  const statusStarts = [ticket.createdAt];
  const statuses: string[] = [statusName];
  const priorityAts = [ticket.createdAt];
  const priorities: (PriorityId | null)[] = [createdPriority];
  const calendarAts = [ticket.createdAt];
  const calendars = [ticket.calendar];
  const changes: number[] = [];
  let priority: FieldValue = createdPriority;
  let assignee: FieldValue = ticket.assignee;
  let severity: FieldValue = ticket.severity;
  // Created on the first generic field change: most tickets have none.
  let others: Map<string, FieldValue> | undefined;
  const occurrence: Occurrence = { kind: ON_CREATED, at: ticket.createdAt, comment: 0, fromStatus: -1, toStatus: status, field: "", from: null, to: null };

  // Creation, then the status it was created with, entered at the same instant.
  walk.step(byKind[ON_CREATED] as readonly CompiledMetric[], occurrence, status);
  occurrence.kind = ON_STATUS;
  walk.step(onStatus, occurrence, status);

  if (ticket.customStatus !== null) checkCustomStatus(ticket.customStatus, ticket.status, metrics, ["ticket", "customStatus"]);
  if (ticket.priority !== null && !priorityIds.includes(ticket.priority)) failUnknownPriority(ticket.priority, priorityIds, ["ticket", "priority"]);
  const { events } = ticket;
  let index = 0;
  for (; index < events.length; index++) {
    const event = events[index] as TicketEvent;
    if (event.at > now) break;
    occurrence.at = event.at;
    switch (event.type) {
      case "comment": {
        // A comment no hit admits changes no metric, and no deferral (the status is unchanged).
        const comment = commentKind(event.author, event.public, event.automated);
        const onComment = byComment[comment] as readonly CompiledMetric[];
        if (onComment.length === 0) break;
        occurrence.kind = ON_COMMENT;
        occurrence.comment = comment;
        walk.step(onComment, occurrence, status);
        break;
      }
      case "status_change": {
        const custom = event.customStatus;
        if (custom !== undefined && custom !== null) checkCustomStatus(custom, event.status, metrics, ["ticket", "events", index, "customStatus"]);
        // Setting the status it already has changes nothing.
        const name = custom ?? event.status;
        if (name === statusName) break;
        const next = statusIndex.get(name) ?? 0;
        statusStarts.push(event.at);
        statuses.push(name);
        statusName = name;
        // Stepped even with no metric to apply it to: guards read the status.
        occurrence.kind = ON_STATUS;
        occurrence.fromStatus = status;
        occurrence.toStatus = next;
        walk.step(onStatus, occurrence, next);
        status = next;
        break;
      }
      // Setting the value a field already has changes nothing, and re-targets nothing.
      case "priority_change":
        if (event.priority !== null && !priorityIds.includes(event.priority)) failUnknownPriority(event.priority, priorityIds, ["ticket", "events", index, "priority"]);
        if (event.priority === priority) break;
        priorityAts.push(event.at);
        priorities.push(event.priority);
        if (onField.length > 0) fieldChanged(walk, onField, occurrence, status, "priority", priority, event.priority);
        priority = event.priority;
        break;
      case "assignee_change":
        changes.push(index);
        if (event.assignee === assignee) break;
        if (onField.length > 0) fieldChanged(walk, onField, occurrence, status, "assignee", assignee, event.assignee);
        assignee = event.assignee;
        break;
      case "severity_change":
        if (event.severity === severity) break;
        if (onField.length > 0) fieldChanged(walk, onField, occurrence, status, "severity", severity, event.severity);
        severity = event.severity;
        break;
      case "field_change": {
        changes.push(index);
        if (onField.length === 0) break;
        // A list value (tags-like custom field) is compared whole; clock hits name scalar values.
        const value = Array.isArray(event.value) ? null : (event.value as FieldValue | boolean);
        const scalar = typeof value === "boolean" ? String(value) : value;
        others ??= new Map();
        const was = others.has(event.field) ? (others.get(event.field) ?? null) : initialField(ticket, event.field);
        if (was === scalar) break;
        others.set(event.field, scalar);
        fieldChanged(walk, onField, occurrence, status, event.field, was, scalar);
        break;
      }
      case "calendar_change":
        if (event.calendar === calendars[calendars.length - 1]) break;
        // Two changes at one instant: the later one is the calendar from then on.
        if (calendarAts[calendarAts.length - 1] === event.at) calendars[calendars.length - 1] = event.calendar;
        else {
          calendarAts.push(event.at);
          calendars.push(event.calendar);
        }
        break;
      case "tags_change":
        changes.push(index);
        break;
      case "created":
        break;
    }
  }
  // The events after now count for nothing, but their custom statuses and priorities must still be the set's.
  for (; index < events.length; index++) {
    const event = events[index] as TicketEvent;
    if (event.type === "status_change" && event.customStatus !== undefined && event.customStatus !== null) checkCustomStatus(event.customStatus, event.status, metrics, ["ticket", "events", index, "customStatus"]);
    else if (event.type === "priority_change" && event.priority !== null && !priorityIds.includes(event.priority)) failUnknownPriority(event.priority, priorityIds, ["ticket", "events", index, "priority"]);
  }
  return { cycles: walk.cycles, statusStarts, statuses, priorityAts, priorities, calendarAts, calendars, changes };
}
