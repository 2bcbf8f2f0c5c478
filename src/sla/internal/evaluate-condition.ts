import type { Condition, ConditionScalar, ConditionValue, FieldCondition } from "../condition.js";
import { TICKET_STATUSES } from "../sla-vocabulary.js";
import type { TicketFieldValue } from "../ticket.js";
import type { TicketState } from "./ticket-state.js";

/** Three-valued: a condition on a fact the ticket does not give is neither true nor false. */
export type Verdict = "yes" | "no" | "unknown";

const UNKNOWN = Symbol("unknown");

/** The field's value in the state, or UNKNOWN for a fact the ticket does not give. */
function read(field: string, state: TicketState, missing: string[]): TicketFieldValue | typeof UNKNOWN {
  switch (field) {
    case "priority":
      return state.priority;
    case "status":
      return state.status;
    case "assignee":
      return state.assignee;
    case "tags":
      return state.tags;
    case "form":
      return state.form;
    case "organization":
      return state.organization;
    case "channel":
      return state.ticket.channel;
    case "organizationTags":
      return state.ticket.organization.tags;
    case "plan":
      if (state.ticket.organization.plan !== null) return state.ticket.organization.plan;
      missing.push("organization.plan");
      return UNKNOWN;
    case "supportLevel":
      if (state.supportLevel !== null) return state.supportLevel;
      missing.push("organization.supportLevel");
      return UNKNOWN;
    default:
      return state.fields[field] ?? null;
  }
}

function same(a: TicketFieldValue | ConditionScalar, b: ConditionScalar): boolean {
  if (a === null || b === null) return a === b;
  // Ids cross JSON as numbers or strings (Zendesk gives 360001 and "360001"): compare as text.
  return String(a) === String(b);
}

/** The field holds the value: equal, or for a list field, listed. */
function holds(actual: TicketFieldValue, expected: ConditionScalar): boolean {
  if (Array.isArray(actual)) return expected !== null && actual.includes(String(expected));
  return same(actual, expected);
}

function oneOf(actual: TicketFieldValue, value: ConditionValue | undefined): boolean {
  // A loop, not a list and a closure per test: policies are chosen for every evaluation.
  if (!Array.isArray(value)) return holds(actual, (value as ConditionScalar | undefined) ?? null);
  for (const expected of value as readonly ConditionScalar[]) if (holds(actual, expected)) return true;
  return false;
}

/**
 * Negative, zero or positive as actual is below, at or above expected; null when not comparable.
 * Priorities compare in the order the policy set declares them (lowest first), statuses by
 * category (a custom status is its category's status).
 */
function compare(field: string, actual: TicketFieldValue, expected: ConditionScalar, state: TicketState): number | null {
  if (actual === null || expected === null || Array.isArray(actual) || typeof actual === "boolean") return null;
  const ranks = field === "priority" ? state.priorities : field === "status" ? TICKET_STATUSES : undefined;
  if (ranks !== undefined) return ranks.indexOf(String(actual)) - ranks.indexOf(String(expected));
  const left = Number(actual);
  const right = Number(expected);
  if (actual !== "" && expected !== "" && Number.isFinite(left) && Number.isFinite(right)) return left - right;
  const a = String(actual);
  const b = String(expected);
  return a < b ? -1 : a > b ? 1 : 0;
}

function present(actual: TicketFieldValue): boolean {
  if (actual === null || actual === "") return false;
  return !Array.isArray(actual) || actual.length > 0;
}

/**
 * The field holds one of the values. A ticket in a custom status is in that status and in its
 * category's status too (docs/rules.md §2.3 "Statuses"): `status is pending` holds for a ticket
 * waiting for the customer, as Zendesk's status category condition does.
 */
function isOneOf(field: string, actual: TicketFieldValue, value: ConditionValue | undefined, state: TicketState): boolean {
  if (oneOf(actual, value)) return true;
  return field === "status" && state.customStatus !== null && oneOf(state.customStatus, value);
}

function fieldHolds(condition: FieldCondition, actual: TicketFieldValue, state: TicketState): boolean {
  const { field, operator, value } = condition;
  switch (operator) {
    case "is":
    case "includes":
      return isOneOf(field, actual, value, state);
    case "is_not":
    case "not_includes":
      return !isOneOf(field, actual, value, state);
    case "present":
      return present(actual);
    case "not_present":
      return !present(actual);
    case "less_than":
    case "greater_than":
    case "less_than_equal":
    case "greater_than_equal": {
      const order = compare(field, actual, value as ConditionScalar, state);
      if (order === null) return false;
      if (operator === "less_than") return order < 0;
      if (operator === "greater_than") return order > 0;
      if (operator === "less_than_equal") return order <= 0;
      return order >= 0;
    }
  }
}

/** Drops the facts pushed after `length`; setting an array's length is a call even when it changes nothing. */
function truncate(missing: string[], length: number): void {
  if (missing.length !== length) missing.length = length;
}

/**
 * Evaluates a parsed condition on the ticket as it stands (Kleene's three-valued logic): `all`
 * is no as soon as one part is no, `any` yes as soon as one part is yes, and the facts an
 * undecidable answer lacks are pushed onto `missing`.
 */
export function evaluateCondition(condition: Condition, state: TicketState, missing: string[]): Verdict {
  if ("field" in condition) {
    const actual = read(condition.field, state, missing);
    if (actual === UNKNOWN) return "unknown";
    return fieldHolds(condition, actual, state) ? "yes" : "no";
  }
  if ("not" in condition) {
    const mark = missing.length;
    const verdict = evaluateCondition(condition.not, state, missing);
    if (verdict === "unknown") return verdict;
    truncate(missing, mark);
    return verdict === "yes" ? "no" : "yes";
  }
  // Only undecidable parts keep what they lack: a part that came out yes or no drops its entries.
  const start = missing.length;
  let verdict: Verdict = "yes";
  if ("all" in condition) {
    for (const part of condition.all) {
      const mark = missing.length;
      const result = evaluateCondition(part, state, missing);
      if (result === "no") {
        truncate(missing, start);
        return "no";
      }
      if (result === "unknown") verdict = "unknown";
      else truncate(missing, mark);
    }
  }
  const anyOf = condition.any;
  if (anyOf === undefined || anyOf.length === 0) return verdict;
  const anyStart = missing.length;
  let anyVerdict: Verdict = "no";
  for (const part of anyOf) {
    const mark = missing.length;
    const result = evaluateCondition(part, state, missing);
    if (result === "yes") {
      anyVerdict = "yes";
      truncate(missing, anyStart);
      break;
    }
    if (result === "unknown") anyVerdict = "unknown";
    else truncate(missing, mark);
  }
  if (anyVerdict === "no") {
    truncate(missing, start);
    return "no";
  }
  return anyVerdict === "unknown" ? "unknown" : verdict;
}

/** Every field a condition reads, for knowing which changes can change its verdict. */
export function conditionFields(condition: Condition, into: Set<string>): Set<string> {
  if ("field" in condition) into.add(condition.field);
  else if ("not" in condition) conditionFields(condition.not, into);
  else {
    if ("all" in condition) for (const part of condition.all) conditionFields(part, into);
    for (const part of condition.any ?? []) conditionFields(part, into);
  }
  return into;
}
