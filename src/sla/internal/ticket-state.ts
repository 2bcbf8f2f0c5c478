import type { PriorityId, SupportLevel, TicketStatus } from "../sla-vocabulary.js";
import type { Ticket, TicketEvent, TicketFieldValue } from "../ticket.js";

/** A ticket as it stands at one moment: what conditions read. */
export interface TicketState {
  readonly ticket: Ticket;
  /** The support level conditions see (derived by the policy set, or the organization's). */
  readonly supportLevel: SupportLevel | null;
  readonly priority: PriorityId | null;
  /** The policy set's priorities, lowest first: the order priority conditions compare in. */
  readonly priorities: readonly string[];
  readonly status: TicketStatus;
  /** The custom status the ticket is in (one of the set's, within `status`'s category), or null. */
  readonly customStatus: string | null;
  readonly assignee: string | null;
  readonly tags: readonly string[];
  readonly form: string | null;
  readonly organization: string | null;
  readonly fields: Readonly<Record<string, TicketFieldValue>>;
}

/**
 * The ticket's states over time, one per change of a fact conditions read: `states[i]` holds from
 * `ats[i]` until `ats[i + 1]`. `relevant` names the condition fields that matter (a change of
 * any other field starts no new state), so a policy set that reads only the priority gets one
 * state per priority change. Also the ticket's business-hours calendar over time (the clocks'
 * walk records it).
 */
export interface TicketStates {
  readonly ats: readonly number[];
  readonly states: readonly TicketState[];
  readonly calendarAts: readonly number[];
  readonly calendars: readonly (string | null)[];
}

/** Index of the last entry of `ats` at or before `at` (ats is sorted, ats[0] <= at). */
export function indexAt(ats: readonly number[], at: number): number {
  let index = 0;
  while (index + 1 < ats.length && (ats[index + 1] as number) <= at) index++;
  return index;
}

/** What the clocks' walk recorded: the priority's and the calendar's segments, and where the other changes are. */
export interface Segments {
  readonly priorityAts: readonly number[];
  readonly priorities: readonly (PriorityId | null)[];
  readonly calendarAts: readonly number[];
  readonly calendars: readonly (string | null)[];
  /** Indexes of the assignee, tags and field changes up to now. */
  readonly changes: readonly number[];
}

/** Whether the event (an assignee, tags or field change) changes a field in `relevant`. */
function touches(event: TicketEvent, relevant: ReadonlySet<string>): boolean {
  switch (event.type) {
    case "assignee_change":
      return relevant.has("assignee");
    case "tags_change":
      return relevant.has("tags");
    case "field_change":
      return relevant.has(event.field);
    case "created":
    case "comment":
    case "status_change":
    case "priority_change":
    case "severity_change":
    case "calendar_change":
      return false;
  }
}

/**
 * Whether only the priority can start a new state: the conditions read no status, and none of
 * the ticket's assignee, tags and field changes up to now touches a field they read. The channel
 * and the organization's tags, plan and support level are facts of the ticket as created.
 */
function onlyPriorityChanges(ticket: Ticket, relevant: ReadonlySet<string>, segments: Segments): boolean {
  if (relevant.has("status")) return false;
  for (const index of segments.changes) if (touches(ticket.events[index] as TicketEvent, relevant)) return false;
  return true;
}

type Draft = { -readonly [Key in keyof TicketState]: TicketState[Key] };

/**
 * A copy of the state to change one fact of, built key by key: in V8 a spread into a literal
 * with more keys (`{ ...state, priority }`) takes a slow path, and this runs per change.
 */
function copyOf(state: TicketState): Draft {
  return {
    ticket: state.ticket,
    supportLevel: state.supportLevel,
    priority: state.priority,
    priorities: state.priorities,
    status: state.status,
    customStatus: state.customStatus,
    assignee: state.assignee,
    tags: state.tags,
    form: state.form,
    organization: state.organization,
    fields: state.fields,
  };
}

/**
 * The states when the only changing fact the conditions read is the priority (GitLab's editions,
 * most sets, and most tickets of any set: a set reading the form gets here for every ticket
 * whose form never changes): taken from the priority segments the clocks' walk already recorded, without
 * walking the events again, and one state object per distinct priority, so a policy is chosen
 * once per priority however often the ticket returns to it. Changes at one instant make one
 * state: the last of them.
 */
function priorityStates(first: TicketState, segments: Segments, readsPriority: boolean): { ats: number[]; states: TicketState[] } {
  const ats = [first.ticket.createdAt];
  const states = [first];
  if (!readsPriority) return { ats, states };
  const { priorityAts, priorities } = segments;
  for (let index = 1; index < priorityAts.length; index++) {
    const at = priorityAts[index] as number;
    const priority = priorities[index] ?? null;
    let state: TicketState | undefined;
    for (const seen of states) {
      if (seen.priority === priority) {
        state = seen;
        break;
      }
    }
    if (state === undefined) {
      const draft = copyOf(first);
      draft.priority = priority;
      state = draft;
    }
    if (ats[ats.length - 1] === at) states[states.length - 1] = state;
    else {
      ats.push(at);
      states.push(state);
    }
  }
  return { ats, states };
}

/**
 * The ticket's states up to `now`; `createdPriority` replaces the ticket's own when the set
 * derives it. `segments` are the clocks' walk's (up to the same `now`): the calendars always come
 * from there, and so do the states when the priority is the only fact read that changes before
 * `now`; otherwise the events are walked.
 * `priorities` are the set's, lowest first (the order priority conditions compare in).
 */
export function ticketStates(
  ticket: Ticket,
  createdPriority: PriorityId | null,
  supportLevel: SupportLevel | null,
  now: number,
  relevant: ReadonlySet<string>,
  segments: Segments,
  priorities: readonly string[],
): TicketStates {
  const first: TicketState = {
    ticket,
    supportLevel,
    priority: createdPriority,
    priorities,
    status: ticket.status,
    customStatus: ticket.customStatus,
    assignee: ticket.assignee,
    tags: ticket.tags,
    form: ticket.form,
    organization: ticket.organization.id ?? null,
    fields: ticket.fields,
  };
  const { calendarAts, calendars } = segments;
  if (onlyPriorityChanges(ticket, relevant, segments)) {
    const { ats, states } = priorityStates(first, segments, relevant.has("priority"));
    return { ats, states, calendarAts, calendars };
  }
  let state = first;
  const ats = [ticket.createdAt];
  const states = [state];
  for (const event of ticket.events) {
    if (event.at > now) break;
    let next: Draft;
    switch (event.type) {
      case "priority_change":
        if (!relevant.has("priority") || event.priority === state.priority) continue;
        next = copyOf(state);
        next.priority = event.priority;
        break;
      case "status_change":
        if (!relevant.has("status") || (event.status === state.status && (event.customStatus ?? null) === state.customStatus)) continue;
        next = copyOf(state);
        next.status = event.status;
        next.customStatus = event.customStatus ?? null;
        break;
      case "assignee_change":
        if (!relevant.has("assignee") || event.assignee === state.assignee) continue;
        next = copyOf(state);
        next.assignee = event.assignee;
        break;
      case "tags_change":
        if (!relevant.has("tags")) continue;
        next = copyOf(state);
        next.tags = event.tags;
        break;
      case "field_change":
        if (!relevant.has(event.field)) continue;
        next = copyOf(state);
        if (event.field === "form") next.form = event.value === null ? null : String(event.value);
        else if (event.field === "organization") next.organization = event.value === null ? null : String(event.value);
        else next.fields = { ...state.fields, [event.field]: event.value };
        break;
      case "created":
      case "comment":
      case "severity_change":
      case "calendar_change":
        continue;
    }
    state = next;
    // Changes at one instant make one state: the last of them.
    if (ats[ats.length - 1] === event.at) states[states.length - 1] = next;
    else {
      ats.push(event.at);
      states.push(next);
    }
  }
  return { ats, states, calendarAts, calendars };
}
