import type { SlaPolicySet } from "../../sla-policy-set.js";
import type { Ticket } from "../../ticket.js";

// Only values this module froze after validating them are trusted without validating again;
// a look-alike object built by hand is validated like any other input.

/** Hands back the object it is given, so a subclass's private field is put on that object. */
// eslint-disable-next-line @typescript-eslint/no-extraneous-class -- a base whose constructor returns its argument
class Stamped {
  constructor(value: object) {
    return value;
  }
}

/**
 * A ticket's mark of having been validated here: a private field, which nothing outside this
 * class can add, read or see (no key, no symbol, not copied by a spread or structuredClone), and
 * which costs a field look-up to check, where a WeakSet of every prepared ticket cost a tenth of
 * validating one and a look-up per evaluation.
 */
class PreparedTicketMark extends Stamped {
  readonly #prepared = true;

  static has(value: object): boolean {
    return #prepared in value;
  }
}
const preparedPolicySets = new WeakSet();

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * Freezes a parsed ticket by its shape: walking it generically (every key of every object) cost
 * as much as validating it. Whatever the ticket schema adds must be frozen here too; a property
 * test checks that every object reachable from a parsed ticket is frozen. The raw-ticket fast
 * path builds every part frozen, the list of events last, so a frozen list of events means only
 * the ticket object is left.
 */
export function freezeTicket(ticket: Ticket): void {
  if (Object.isFrozen(ticket.events)) {
    Object.freeze(ticket);
    return;
  }
  Object.freeze(ticket.organization.tags);
  Object.freeze(ticket.organization);
  Object.freeze(ticket.tags);
  for (const key in ticket.fields) {
    const value = ticket.fields[key];
    if (typeof value === "object" && value !== null) Object.freeze(value);
  }
  Object.freeze(ticket.fields);
  for (const event of ticket.events) {
    if (event.type === "tags_change") Object.freeze(event.tags);
    else if (event.type === "field_change" && typeof event.value === "object" && event.value !== null) Object.freeze(event.value);
    Object.freeze(event);
  }
  Object.freeze(ticket.events);
  Object.freeze(ticket);
}

export function markTicketPrepared(ticket: Ticket): Ticket {
  // Marked before it is frozen: the mark is added to the ticket itself.
  new PreparedTicketMark(ticket);
  freezeTicket(ticket);
  return ticket;
}

export function isPreparedTicket(value: unknown): value is Ticket {
  return typeof value === "object" && value !== null && PreparedTicketMark.has(value);
}

export function markPolicySetPrepared(set: SlaPolicySet): SlaPolicySet {
  // Calendars are frozen by their own constructor; freezing the rest keeps the set immutable.
  Object.freeze(set.calendars);
  for (const policy of set.policies) deepFreeze(policy);
  Object.freeze(set.policies);
  // The metric definitions and statuses are the parsed copies, so freezing them touches nothing of the caller's.
  deepFreeze(set.metrics);
  deepFreeze(set.statuses);
  deepFreeze(set.priorities);
  // The caller's parameters object is copied, never frozen in place.
  const frozen: SlaPolicySet = set.parameters === undefined ? set : { ...set, parameters: deepFreeze(structuredClone(set.parameters)) };
  Object.freeze(frozen);
  preparedPolicySets.add(frozen);
  return frozen;
}

// The set last found prepared: a set is evaluated against many tickets in a row, and a set once
// prepared stays prepared, so the same object needs no second look-up.
let lastPreparedSet: object | null = null;

export function isPreparedPolicySet(value: unknown): value is SlaPolicySet {
  if (value === lastPreparedSet) return true;
  const prepared = typeof value === "object" && value !== null && preparedPolicySets.has(value);
  if (prepared) lastPreparedSet = value;
  return prepared;
}
