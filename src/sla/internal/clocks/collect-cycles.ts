import { match } from "ts-pattern";
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

function isStopped(status: TicketStatus): boolean {
  return match(status)
    .with("solved", "closed", () => true)
    .with("new", "open", "pending", "on_hold", () => false)
    .exhaustive();
}

/**
 * Walks the sorted events up to `now` once and cuts every metric into cycles (POLICIES §2
 * "Clock semantics"): first reply from creation to the first public agent reply; next reply from
 * the oldest unanswered public customer comment after the first reply to the next public agent
 * reply; periodic and pausable update from each public agent reply to the next; requester wait,
 * agent work and total resolution from creation to the solve, restarted by a reopen. Solving
 * fulfils every running cycle. Private comments and automated replies fulfil nothing.
 */
export function collectCycles(ticket: Ticket, now: number): TicketHistory {
  const cycles: Record<MetricId, RawCycle[]> = {
    first_reply: [],
    next_reply: [],
    periodic_update: [],
    pausable_update: [],
    requester_wait: [],
    agent_work: [],
    total_resolution: [],
  };
  const open = new Map<MetricId, RawCycle>();
  const begin = (metric: MetricId, at: number): void => {
    const cycle: RawCycle = { start: at, end: null, endKind: null };
    cycles[metric].push(cycle);
    open.set(metric, cycle);
  };
  const finish = (metric: MetricId, at: number, kind: "agent_reply" | "solved"): void => {
    const cycle = open.get(metric);
    if (cycle === undefined) return;
    cycle.end = at;
    cycle.endKind = kind;
    open.delete(metric);
  };

  let status = ticket.status;
  let firstReplyDone = false;
  // A customer comment on a solved ticket waits for the reopen: solved freezes every clock.
  let customerWaitingSince: number | null = null;
  const statusStarts = [ticket.createdAt];
  const statuses: TicketStatus[] = [status];
  const priorityAts = [ticket.createdAt];
  const priorities: (Priority | null)[] = [ticket.priority];

  const solve = (at: number): void => {
    for (const metric of METRIC_IDS) finish(metric, at, "solved");
    firstReplyDone = true;
    customerWaitingSince = null;
  };

  begin("first_reply", ticket.createdAt);
  for (const metric of CARRIED) begin(metric, ticket.createdAt);
  if (isStopped(status)) solve(ticket.createdAt);

  for (const event of ticket.events) {
    if (event.at > now) break;
    const at = event.at;
    match(event)
      .with({ type: "comment" }, (comment) => {
        if (!comment.public) return;
        if (comment.author === "agent") {
          if (comment.automated || isStopped(status)) return;
          if (!firstReplyDone) {
            finish("first_reply", at, "agent_reply");
            firstReplyDone = true;
          }
          finish("next_reply", at, "agent_reply");
          finish("periodic_update", at, "agent_reply");
          finish("pausable_update", at, "agent_reply");
          begin("periodic_update", at);
          begin("pausable_update", at);
          return;
        }
        if (isStopped(status)) {
          if (status === "solved") customerWaitingSince ??= at;
          return;
        }
        // Customer comments before the first reply belong to the first-reply cycle.
        if (firstReplyDone && !open.has("next_reply")) begin("next_reply", at);
      })
      .with({ type: "status_change" }, (change) => {
        const was = status;
        status = change.status;
        if (status === was) return;
        statusStarts.push(at);
        statuses.push(status);
        if (!isStopped(was) && isStopped(status)) solve(at);
        else if (isStopped(was) && !isStopped(status)) {
          // A reopen: the resolution clocks start a new cycle carrying the time already used.
          for (const metric of CARRIED) begin(metric, at);
          if (customerWaitingSince !== null) begin("next_reply", at);
          customerWaitingSince = null;
        }
      })
      .with({ type: "priority_change" }, (change) => {
        priorityAts.push(at);
        priorities.push(change.priority);
      })
      .with({ type: "created" }, { type: "severity_change" }, { type: "assignee_change" }, () => undefined)
      .exhaustive();
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
