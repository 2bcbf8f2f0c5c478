import { METRIC_IDS, type MetricId, type PriorityId, type TicketStatus } from "../../src/sla/sla-vocabulary.js";
import type { Ticket } from "../../src/sla/ticket.js";

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
  readonly priorities: (PriorityId | null)[];
}

// Metrics by position in METRIC_IDS: the walk indexes arrays rather than keyed records.
const FIRST_REPLY = 0;
const NEXT_REPLY = 1;
const PERIODIC_UPDATE = 2;
const PAUSABLE_UPDATE = 3;
const CARRIED = [4, 5, 6] as const;
const ALL: ReadonlySet<MetricId> = new Set(METRIC_IDS);
// Stryker disable next-line ArrayDeclaration: cycles of metrics no policy targets are never reported, whatever their shared list holds
const NONE: RawCycle[] = [];
const flags = new WeakMap<ReadonlySet<MetricId>, boolean[]>();

function wantedFlags(only: ReadonlySet<MetricId>): boolean[] {
  let wanted = flags.get(only);
  // Stryker disable next-line ConditionalExpression: a cache: computing again gives the same flags
  if (wanted === undefined) {
    wanted = METRIC_IDS.map((metric) => only.has(metric));
    flags.set(only, wanted);
  }
  return wanted;
}

/** The cycles being built; only wanted metrics get any, so untargeted metrics cost nothing. */
interface Recorder {
  readonly cycles: RawCycle[][];
  readonly open: (RawCycle | undefined)[];
  readonly wanted: boolean[];
}

function begin(recorder: Recorder, metric: number, at: number): void {
  // Stryker disable next-line ConditionalExpression: cycles of metrics no policy targets are never reported
  if (recorder.wanted[metric] !== true) return;
  const cycle: RawCycle = { start: at, end: null, endKind: null };
  (recorder.cycles[metric] as RawCycle[]).push(cycle);
  recorder.open[metric] = cycle;
}

function finish(recorder: Recorder, metric: number, at: number, kind: "agent_reply" | "solved"): void {
  const cycle = recorder.open[metric];
  if (cycle === undefined) return;
  cycle.end = at;
  cycle.endKind = kind;
  recorder.open[metric] = undefined;
}

// A switch rather than ts-pattern here: this runs for every event of every ticket, and the
// exhaustiveness lint still breaks the build when a status is added.
function isStopped(status: TicketStatus): boolean {
  switch (status) {
    case "solved":
    case "closed":
      return true;
    // Stryker disable StringLiteral,ConditionalExpression: a status no case names leaves the switch with undefined, which every caller reads as false
    case "new":
    case "open":
    case "pending":
    case "on_hold":
      return false;
  }
}

// Stryker restore StringLiteral,ConditionalExpression
function solveAll(recorder: Recorder, at: number): void {
  // Stryker disable next-line EqualityOperator: finishing a metric past the last one finds no open cycle and does nothing
  for (let metric = 0; metric < METRIC_IDS.length; metric++) finish(recorder, metric, at, "solved");
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
export function collectCycles(ticket: Ticket, now: number, only: ReadonlySet<MetricId> = ALL, createdPriority: PriorityId | null = ticket.priority): TicketHistory {
  const wanted = wantedFlags(only);
  const recorder: Recorder = {
    // Untargeted metrics share one empty list: they never get a cycle.
    // Stryker disable next-line ConditionalExpression: cycles of metrics no policy targets are never reported
    cycles: [0, 1, 2, 3, 4, 5, 6].map((metric) => (wanted[metric] === true ? [] : NONE)),
    // Stryker disable next-line ArrayDeclaration: a missing entry reads as undefined too
    open: [undefined, undefined, undefined, undefined, undefined, undefined, undefined],
    wanted,
  };
  let status = ticket.status;
  let firstReplyDone = false;
  // A customer comment on a solved ticket waits for the reopen: solved freezes every clock.
  let customerWaitingSince: number | null = null;
  const statusStarts = [ticket.createdAt];
  const statuses: TicketStatus[] = [status];
  const priorityAts = [ticket.createdAt];
  const priorities: (PriorityId | null)[] = [createdPriority];

  begin(recorder, FIRST_REPLY, ticket.createdAt);
  for (const metric of CARRIED) begin(recorder, metric, ticket.createdAt);
  if (isStopped(status)) {
    solveAll(recorder, ticket.createdAt);
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
          // Stryker disable next-line ConditionalExpression: finishing the first reply again finds no open cycle and does nothing
          if (!firstReplyDone) {
            finish(recorder, FIRST_REPLY, at, "agent_reply");
            firstReplyDone = true;
          }
          finish(recorder, NEXT_REPLY, at, "agent_reply");
          finish(recorder, PERIODIC_UPDATE, at, "agent_reply");
          finish(recorder, PAUSABLE_UPDATE, at, "agent_reply");
          begin(recorder, PERIODIC_UPDATE, at);
          begin(recorder, PAUSABLE_UPDATE, at);
          break;
        }
        if (isStopped(status)) {
          // Stryker disable next-line ConditionalExpression: a closed ticket never reopens, so waiting on it starts nothing
          if (status === "solved") customerWaitingSince ??= at;
          break;
        }
        // Customer comments before the first reply belong to the first-reply cycle.
        if (firstReplyDone && recorder.open[NEXT_REPLY] === undefined) begin(recorder, NEXT_REPLY, at);
        break;
      }
      case "status_change": {
        const was = status;
        status = event.status;
        // Stryker disable next-line ConditionalExpression: a repeated status only splits a segment in two, with the same totals
        if (status === was) break;
        statusStarts.push(at);
        statuses.push(status);
        if (!isStopped(was) && isStopped(status)) {
          // Solving fulfils every running cycle; a first reply never sent is fulfilled by it.
          solveAll(recorder, at);
          firstReplyDone = true;
          customerWaitingSince = null;
        }
        else if (isStopped(was) && !isStopped(status)) {
          // A reopen: the resolution clocks start a new cycle carrying the time already used.
          for (const metric of CARRIED) begin(recorder, metric, at);
          if (customerWaitingSince !== null) begin(recorder, NEXT_REPLY, at);
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
      // Stryker disable StringLiteral,ConditionalExpression: an event no case names leaves the switch, as these do
      case "created":
      case "severity_change":
      case "assignee_change":
      case "field_change":
      case "tags_change":
      case "calendar_change":
        break;
    }
  }
  // Stryker restore StringLiteral,ConditionalExpression
  const { cycles } = recorder;
  return {
    cycles: {
      first_reply: cycles[0] as RawCycle[],
      next_reply: cycles[1] as RawCycle[],
      periodic_update: cycles[2] as RawCycle[],
      pausable_update: cycles[3] as RawCycle[],
      requester_wait: cycles[4] as RawCycle[],
      agent_work: cycles[5] as RawCycle[],
      total_resolution: cycles[6] as RawCycle[],
    },
    statusStarts,
    statuses,
    priorityAts,
    priorities,
  };
}

/** The priority in force at `at`: the last change at or before it. */
export function priorityAt(history: TicketHistory, at: number): PriorityId | null {
  let result: PriorityId | null = history.priorities[0] ?? null;
  for (let i = 1; i < history.priorityAts.length; i++) {
    if ((history.priorityAts[i] as number) > at) break;
    result = history.priorities[i] ?? null;
  }
  return result;
}

/** The last priority change strictly after `from` and at or before `to`, or null. */
export function lastPriorityChange(history: TicketHistory, from: number, to: number): number | null {
  let result: number | null = null;
  // Stryker disable next-line EqualityOperator: past the end the change is undefined, which is never after `to` or `from`
  for (let i = 1; i < history.priorityAts.length; i++) {
    const at = history.priorityAts[i] as number;
    if (at > to) break;
    if (at > from) result = at;
  }
  return result;
}
