import type { SlaPolicySet } from "../../sla-policy-set.js";
import type { Ticket } from "../../ticket.js";

// Only values this module froze after validating them are trusted without validating again;
// a look-alike object built by hand is validated like any other input.
const preparedTickets = new WeakSet();
const preparedPolicySets = new WeakSet();

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

export function markTicketPrepared(ticket: Ticket): Ticket {
  deepFreeze(ticket);
  preparedTickets.add(ticket);
  return ticket;
}

export function isPreparedTicket(value: unknown): value is Ticket {
  return typeof value === "object" && value !== null && preparedTickets.has(value);
}

export function markPolicySetPrepared(set: SlaPolicySet): SlaPolicySet {
  // Calendars are frozen by their own constructor; freezing the rest keeps the set immutable.
  Object.freeze(set.calendars);
  for (const policy of set.policies) deepFreeze(policy);
  Object.freeze(set.policies);
  // The metric definitions and statuses are the parsed copies, so freezing them touches nothing of the caller's.
  deepFreeze(set.metrics);
  deepFreeze(set.statuses);
  // The caller's parameters object is copied, never frozen in place.
  const frozen: SlaPolicySet = set.parameters === undefined ? set : { ...set, parameters: deepFreeze(structuredClone(set.parameters)) };
  Object.freeze(frozen);
  preparedPolicySets.add(frozen);
  return frozen;
}

export function isPreparedPolicySet(value: unknown): value is SlaPolicySet {
  return typeof value === "object" && value !== null && preparedPolicySets.has(value);
}
