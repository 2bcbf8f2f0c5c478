import type { Condition, ConditionScalar, FieldCondition } from "../condition.js";
import { TICKET_STATUSES } from "../sla-vocabulary.js";
import type { TicketFieldValue } from "../ticket.js";
import type { TicketState } from "./ticket-state.js";

/** Three-valued: a condition on a fact the ticket does not give is neither true nor false. */
export type Verdict = "yes" | "no" | "unknown";

const UNKNOWN = Symbol("unknown");

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
function isOneOf(node: CompiledCondition, actual: TicketFieldValue, state: TicketState): boolean {
  if (oneOf(node, actual)) return true;
  return node.reader === READ_STATUS && state.customStatus !== null && oneOf(node, state.customStatus);
}

function fieldHolds(node: CompiledCondition, actual: TicketFieldValue, state: TicketState): boolean {
  const { field, operator, value } = node.condition as FieldCondition;
  switch (operator) {
    case "is":
    case "includes":
      return isOneOf(node, actual, state);
    case "is_not":
    case "not_includes":
      return !isOneOf(node, actual, state);
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

// Fields by number, so reading one is a switch on a small integer rather than on its name.
const READ_FIELD = 0;
const READ_PRIORITY = 1;
const READ_STATUS = 2;
const READ_ASSIGNEE = 3;
const READ_TAGS = 4;
const READ_FORM = 5;
const READ_ORGANIZATION = 6;
const READ_CHANNEL = 7;
const READ_ORGANIZATION_TAGS = 8;
const READ_PLAN = 9;
const READ_SUPPORT_LEVEL = 10;
const READERS: Readonly<Record<string, number>> = {
  priority: READ_PRIORITY,
  status: READ_STATUS,
  assignee: READ_ASSIGNEE,
  tags: READ_TAGS,
  form: READ_FORM,
  organization: READ_ORGANIZATION,
  channel: READ_CHANNEL,
  organizationTags: READ_ORGANIZATION_TAGS,
  plan: READ_PLAN,
  supportLevel: READ_SUPPORT_LEVEL,
};

/** The field's value in the state, or UNKNOWN for a fact the ticket does not give; `field` names a generic field. */
function read(reader: number, field: string, state: TicketState, missing: string[]): TicketFieldValue | typeof UNKNOWN {
  switch (reader) {
    case READ_PRIORITY:
      return state.priority;
    case READ_STATUS:
      return state.status;
    case READ_ASSIGNEE:
      return state.assignee;
    case READ_TAGS:
      return state.tags;
    case READ_FORM:
      return state.form;
    case READ_ORGANIZATION:
      return state.organization;
    case READ_CHANNEL:
      return state.ticket.channel;
    case READ_ORGANIZATION_TAGS:
      return state.ticket.organization.tags;
    case READ_PLAN:
      if (state.ticket.organization.plan !== null) return state.ticket.organization.plan;
      missing.push("organization.plan");
      return UNKNOWN;
    case READ_SUPPORT_LEVEL:
      if (state.supportLevel !== null) return state.supportLevel;
      missing.push("organization.supportLevel");
      return UNKNOWN;
    default:
      return state.fields[field] ?? null;
  }
}

const FIELD = 0;
const NOT = 1;
const GROUP = 2;

/**
 * A condition compiled once for evaluating many times: every node one shape, the field read by
 * number, and the listed values as text, so an `is` or `includes` test is a few comparisons (see
 * {@link oneOf}).
 */
export interface CompiledCondition {
  readonly kind: number;
  readonly reader: number;
  readonly field: string;
  readonly texts: readonly string[];
  readonly nullListed: boolean;
  readonly condition: FieldCondition | null;
  readonly all: readonly CompiledCondition[];
  readonly any: readonly CompiledCondition[];
}

const compiledConditions = new WeakMap<Condition, CompiledCondition>();
const NO_PARTS: readonly CompiledCondition[] = [];

function compile(condition: Condition): CompiledCondition {
  if ("field" in condition) {
    const { value } = condition;
    const listed = (Array.isArray(value) ? value : [(value as ConditionScalar | undefined) ?? null]) as readonly ConditionScalar[];
    return {
      kind: FIELD,
      reader: READERS[condition.field] ?? READ_FIELD,
      field: condition.field,
      texts: listed.filter((entry) => entry !== null).map(String),
      nullListed: listed.includes(null),
      condition,
      all: NO_PARTS,
      any: NO_PARTS,
    };
  }
  if ("not" in condition) return { kind: NOT, reader: READ_FIELD, field: "", texts: [], nullListed: false, condition: null, all: [compiledCondition(condition.not)], any: NO_PARTS };
  return {
    kind: GROUP,
    reader: READ_FIELD,
    field: "",
    texts: [],
    nullListed: false,
    condition: null,
    all: "all" in condition ? condition.all.map(compiledCondition) : NO_PARTS,
    any: condition.any === undefined ? NO_PARTS : condition.any.map(compiledCondition),
  };
}

/** The condition compiled, once per condition object (conditions of prepared sets are frozen). */
export function compiledCondition(condition: Condition): CompiledCondition {
  let found = compiledConditions.get(condition);
  if (found === undefined) {
    found = compile(condition);
    compiledConditions.set(condition, found);
  }
  return found;
}

function listedText(texts: readonly string[], text: string): boolean {
  for (const entry of texts) if (entry === text) return true;
  return false;
}

/**
 * Whether the value is one of the listed values: null when null is listed; otherwise equal as
 * text (ids cross JSON as numbers or strings: Zendesk gives 360001 and "360001"), and for a list
 * field (tags), one of its entries listed.
 */
function oneOf(node: CompiledCondition, actual: TicketFieldValue): boolean {
  if (actual === null) return node.nullListed;
  if (Array.isArray(actual)) {
    for (const entry of actual as readonly unknown[]) if (typeof entry === "string" && listedText(node.texts, entry)) return true;
    return false;
  }
  return listedText(node.texts, typeof actual === "string" ? actual : String(actual));
}

/** {@link evaluateCondition} on a {@link compiledCondition}. */
export function evaluateCompiled(node: CompiledCondition, state: TicketState, missing: string[]): Verdict {
  if (node.kind === FIELD) {
    const actual = read(node.reader, node.field, state, missing);
    if (actual === UNKNOWN) return "unknown";
    return fieldHolds(node, actual, state) ? "yes" : "no";
  }
  if (node.kind === NOT) {
    const mark = missing.length;
    const verdict = evaluateCompiled(node.all[0] as CompiledCondition, state, missing);
    if (verdict === "unknown") return verdict;
    truncate(missing, mark);
    return verdict === "yes" ? "no" : "yes";
  }
  // Only undecidable parts keep what they lack: a part that came out yes or no drops its entries.
  const start = missing.length;
  let verdict: Verdict = "yes";
  for (const part of node.all) {
    const mark = missing.length;
    const result = evaluateCompiled(part, state, missing);
    if (result === "no") {
      truncate(missing, start);
      return "no";
    }
    if (result === "unknown") verdict = "unknown";
    else truncate(missing, mark);
  }
  const anyOf = node.any;
  if (anyOf.length === 0) return verdict;
  const anyStart = missing.length;
  let anyVerdict: Verdict = "no";
  for (const part of anyOf) {
    const mark = missing.length;
    const result = evaluateCompiled(part, state, missing);
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

/**
 * Evaluates a parsed condition on the ticket as it stands (Kleene's three-valued logic): `all`
 * is no as soon as one part is no, `any` yes as soon as one part is yes, and the facts an
 * undecidable answer lacks are pushed onto `missing`. The condition is compiled on first use and
 * the compiled form kept for the condition object.
 */
export function evaluateCondition(condition: Condition, state: TicketState, missing: string[]): Verdict {
  return evaluateCompiled(compiledCondition(condition), state, missing);
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
