import { METRIC_IDS, type MetricId, type Priority, type TicketStatus } from "../../sla-vocabulary.js";
import type { Ticket } from "../../ticket.js";

/** A metric cycle before targets are applied: when it started and what ended it. */
export interface RawCycle {
  readonly start: number;
  end: number | null;
  endKind: "agent_reply" | "solved" | null;
}

/** The facts the clocks need, read from the events up to `now` in one pass. */
export interface TicketHistory {
  readonly cycles: Readonly<Record<MetricId, RawCycle[]>>;
  /** Status segments: segment i runs from statusStarts[i] to statusStarts[i + 1] (or forever). */
  readonly statusStarts: number[];
  readonly statuses: TicketStatus[];
  /** Priority changes, the creation priority first. */
  readonly priorityAts: number[];
  readonly priorities: (Priority | null)[];
}

const CARRIED: readonly MetricId[] = ["requester_wait", "agent_work", "total_resolution"];
const ALL: ReadonlySet<MetricId> = new Set(METRIC_IDS);
const NONE: RawCycle[] = [];

/** The cycles being built; only wanted metrics get any, so untargeted metrics cost nothing. */
interface Recorder {
  readonly cycles: Record<MetricId, RawCycle[]>;
  readonly open: Record<MetricId, RawCycle | undefined>;
  readonly wanted: ReadonlySet<MetricId>;
}

// A switch rather than ts-pattern here: this runs for every event of every ticket, and the
// exhaustiveness lint still breaks the build when a status is added.
function isStopped(status: TicketStatus): boolean {
  switch (status) {
    case "solved":
    case "closed":
      return true;
    case "new":
    case "open":
    case "pending":
    case "on_hold":
      return false;
  }
}

/** Untargeted metrics share one empty list: they never get a cycle. */
function listFor(only: ReadonlySet<MetricId>, metric: MetricId): RawCycle[] {
  return only.has(metric) ? [] : NONE;
}

function begin(recorder: Recorder, metric: MetricId, at: number): void {
  if (!recorder.wanted.has(metric)) return;
  const cycle: RawCycle = { start: at, end: null, endKind: null };
  recorder.cycles[metric].push(cycle);
  recorder.open[metric] = cycle;
}

function finish(recorder: Recorder, metric: MetricId, at: number, kind: "agent_reply" | "solved"): void {
  const cycle = recorder.open[metric];
  if (cycle === undefined) return;
  cycle.end = at;
  cycle.endKind = kind;
  recorder.open[metric] = undefined;
}

/**
 * Walks the sorted events up to `now` once and cuts every metric into cycles (POLICIES §2
 * "Clock semantics"): first reply from creation to the first public agent reply; next reply from
 * the oldest unanswered public customer comment after the first reply to the next public agent
 * reply; periodic and pausable update from each public agent reply to the next; requester wait,
 * agent work and total resolution from creation to the solve, restarted by a reopen. Solving
 * fulfils every running cycle. Private comments and automated replies fulfil nothing. Only the
 * metrics in `only` get cycles; `createdPriority` is the priority on creation (derived or given).
 */
export function collectCycles(ticket: Ticket, now: number, only: ReadonlySet<MetricId> = ALL, createdPriority: Priority | null = ticket.priority): TicketHistory {
  const cycles: Record<MetricId, RawCycle[]> = {
    first_reply: listFor(only, "first_reply"),
    next_reply: listFor(only, "next_reply"),
    periodic_update: listFor(only, "periodic_update"),
    pausable_update: listFor(only, "pausable_update"),
    requester_wait: listFor(only, "requester_wait"),
    agent_work: listFor(only, "agent_work"),
    total_resolution: listFor(only, "total_resolution"),
  };
  const open: Record<MetricId, RawCycle | undefined> = {
    first_reply: undefined,
    next_reply: undefined,
    periodic_update: undefined,
    pausable_update: undefined,
    requester_wait: undefined,
    agent_work: undefined,
    total_resolution: undefined,
  };
  const recorder: Recorder = { cycles, open, wanted: only };
  let status = ticket.status;
  let firstReplyDone = false;
  // A customer comment on a solved ticket waits for the reopen: solved freezes every clock.
  let customerWaitingSince: number | null = null;
  const statusStarts = [ticket.createdAt];
  const statuses: TicketStatus[] = [status];
  const priorityAts = [ticket.createdAt];
  const priorities: (Priority | null)[] = [createdPriority];

  begin(recorder, "first_reply", ticket.createdAt);
  for (const metric of CARRIED) begin(recorder, metric, ticket.createdAt);
  if (isStopped(status)) {
    for (const metric of METRIC_IDS) finish(recorder, metric, ticket.createdAt, "solved");
    firstReplyDone = true;
  }

  for (const event of ticket.events) {
    if (event.at > now) break;
    const at = event.at;
    switch (event.type) {
      case "comment": {
        if (!event.public) break;
        if (event.author === "agent") {
          if (event.automated || isStopped(status)) break;
          if (!firstReplyDone) {
            finish(recorder, "first_reply", at, "agent_reply");
            firstReplyDone = true;
          }
          finish(recorder, "next_reply", at, "agent_reply");
          finish(recorder, "periodic_update", at, "agent_reply");
          finish(recorder, "pausable_update", at, "agent_reply");
          begin(recorder, "periodic_update", at);
          begin(recorder, "pausable_update", at);
          break;
        }
        if (isStopped(status)) {
          if (status === "solved") customerWaitingSince ??= at;
          break;
        }
        // Customer comments before the first reply belong to the first-reply cycle.
        if (firstReplyDone && open.next_reply === undefined) begin(recorder, "next_reply", at);
        break;
      }
      case "status_change": {
        const was = status;
        status = event.status;
        if (status === was) break;
        statusStarts.push(at);
        statuses.push(status);
        if (!isStopped(was) && isStopped(status)) {
          // Solving fulfils every running cycle; a first reply never sent is fulfilled by it.
          for (const metric of METRIC_IDS) finish(recorder, metric, at, "solved");
          firstReplyDone = true;
          customerWaitingSince = null;
        }
        else if (isStopped(was) && !isStopped(status)) {
          // A reopen: the resolution clocks start a new cycle carrying the time already used.
          for (const metric of CARRIED) begin(recorder, metric, at);
          if (customerWaitingSince !== null) begin(recorder, "next_reply", at);
          customerWaitingSince = null;
        }
        break;
      }
      case "priority_change":
        // Setting the priority it already has re-targets nothing.
        if (event.priority === priorities[priorities.length - 1]) break;
        priorityAts.push(at);
        priorities.push(event.priority);
        break;
      case "created":
      case "severity_change":
      case "assignee_change":
        break;
    }
  }
  return { cycles, statusStarts, statuses, priorityAts, priorities };
}

/** The priority in force at `at`: the last change at or before it. */
export function priorityAt(history: TicketHistory, at: number): Priority | null {
  let result: Priority | null = history.priorities[0] ?? null;
  for (let i = 1; i < history.priorityAts.length; i++) {
    if ((history.priorityAts[i] as number) > at) break;
    result = history.priorities[i] ?? null;
  }
  return result;
}

/** The last priority change strictly after `from` and at or before `to`, or null. */
export function lastPriorityChange(history: TicketHistory, from: number, to: number): number | null {
  let result: number | null = null;
  for (let i = 1; i < history.priorityAts.length; i++) {
    const at = history.priorityAts[i] as number;
    if (at > to) break;
    if (at > from) result = at;
  }
  return result;
}
