import type { Priority, SupportLevel, TicketStatus } from "../sla-vocabulary.js";
import type { Ticket, TicketFieldValue } from "../ticket.js";

/** A ticket as it stands at one moment: what conditions read. */
export interface TicketState {
  readonly ticket: Ticket;
  /** The support level conditions see (derived by the policy set, or the organization's). */
  readonly supportLevel: SupportLevel | null;
  readonly priority: Priority | null;
  readonly status: TicketStatus;
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
 * state per priority change. Also the ticket's business-hours calendar over time.
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

/** Walks the events up to `now` once; `createdPriority` replaces the ticket's own when the set derives it. */
export function ticketStates(ticket: Ticket, createdPriority: Priority | null, supportLevel: SupportLevel | null, now: number, relevant: ReadonlySet<string>): TicketStates {
  let state: TicketState = {
    ticket,
    supportLevel,
    priority: createdPriority,
    status: ticket.status,
    assignee: ticket.assignee,
    tags: ticket.tags,
    form: ticket.form,
    organization: ticket.organization.id ?? null,
    fields: ticket.fields,
  };
  const ats = [ticket.createdAt];
  const states = [state];
  const calendarAts = [ticket.createdAt];
  const calendars = [ticket.calendar];
  const push = (at: number, next: TicketState): void => {
    state = next;
    if (ats[ats.length - 1] === at) states[states.length - 1] = next;
    else {
      ats.push(at);
      states.push(next);
    }
  };
  for (const event of ticket.events) {
    if (event.at > now) break;
    switch (event.type) {
      case "priority_change":
        if (relevant.has("priority") && event.priority !== state.priority) push(event.at, { ...state, priority: event.priority });
        break;
      case "status_change":
        if (relevant.has("status") && event.status !== state.status) push(event.at, { ...state, status: event.status });
        break;
      case "assignee_change":
        if (relevant.has("assignee") && event.assignee !== state.assignee) push(event.at, { ...state, assignee: event.assignee });
        break;
      case "tags_change":
        if (relevant.has("tags")) push(event.at, { ...state, tags: event.tags });
        break;
      case "field_change":
        if (!relevant.has(event.field)) break;
        if (event.field === "form") push(event.at, { ...state, form: event.value === null ? null : String(event.value) });
        else if (event.field === "organization") push(event.at, { ...state, organization: event.value === null ? null : String(event.value) });
        else push(event.at, { ...state, fields: { ...state.fields, [event.field]: event.value } });
        break;
      case "calendar_change":
        if (event.calendar === calendars[calendars.length - 1]) break;
        if (calendarAts[calendarAts.length - 1] === event.at) calendars[calendars.length - 1] = event.calendar;
        else {
          calendarAts.push(event.at);
          calendars.push(event.calendar);
        }
        break;
      case "created":
      case "comment":
      case "severity_change":
        break;
    }
  }
  return { ats, states, calendarAts, calendars };
}
