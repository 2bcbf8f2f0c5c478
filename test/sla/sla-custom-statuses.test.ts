import { describe, expect, it } from "vitest";
import { compileJql } from "../../src/sla/compile-jql.js";
import type { Condition } from "../../src/sla/condition.js";
import { conditionSchema } from "../../src/sla/condition.js";
import { evaluateSla } from "../../src/sla/evaluate-sla.js";
import { type CustomStatus, DEFAULT_STATUS_CATEGORIES, type MetricGoalInput, STATUS_CATEGORIES, STATUS_OF_CATEGORY, type StatusCategory } from "../../src/sla/metric-definition.js";
import { prepareSlaPolicies } from "../../src/sla/prepare-sla-policies.js";
import { slaPolicySchema } from "../../src/sla/sla-policy.js";
import type { SlaPolicySetInput } from "../../src/sla/sla-policy-set.js";
import { AROUND_THE_CLOCK, TICKET_STATUSES } from "../../src/sla/sla-vocabulary.js";
import type { TicketEventInput, TicketInput } from "../../src/sla/ticket.js";
import { at, caught, nowAt, ticket } from "./sla-fixtures.js";

const STATUSES: CustomStatus[] = [
  { id: "waiting_for_customer", name: "Waiting for customer", category: "pending" },
  { id: "waiting_for_partner", name: "Waiting for partner", category: "pending" },
  { id: "in_progress", name: "In progress", category: "open" },
];

const oneHour = [{ metric: "first_reply", duration: { hours: 1 }, calendar: AROUND_THE_CLOCK }];

const field = (name: string, operator: string, value?: unknown): Condition => ({ field: name, operator, ...(value === undefined ? {} : { value }) }) as Condition;

function outcomeOf(condition: Condition, extra: Partial<TicketInput>, events: TicketEventInput[] = [], minutes = 1): string {
  const set = prepareSlaPolicies({ statuses: STATUSES, policies: [{ id: "p", name: "P", conditions: condition, targets: oneHour }] });
  return evaluateSla(ticket(events, extra), set, nowAt(minutes)).outcome;
}

const waiting: Partial<TicketInput> = { status: "pending", customStatus: "waiting_for_customer" };
const partner: Partial<TicketInput> = { status: "pending", customStatus: "waiting_for_partner" };
const change = (minutes: number, status: "open" | "pending", customStatus: string | null): TicketEventInput => ({ type: "status_change", at: at(minutes), status, customStatus });

// docs/rules.md §2.3 "Statuses".
const RULE = {
  own: '"A ticket in a custom status is in that status"',
  category: '"and in its category\'s status: status is pending holds for a ticket waiting for the customer"',
  order: '"Statuses order by category ... compare a custom status as its category\'s"',
  jql: '"In JQL a status is named as JSM names it, by its declared name or id in any case"',
};

describe("conditions read the policy set's custom statuses (docs/rules.md §2.3 Statuses)", () => {
  it.each<[string, Condition, Partial<TicketInput>, string]>([
    [`${RULE.own}: is waiting_for_customer, in it`, field("status", "is", "waiting_for_customer"), waiting, "policy_applied"],
    [`${RULE.own}: is waiting_for_customer, only in that status`, field("status", "is", "waiting_for_customer"), partner, "no_policy"],
    [`${RULE.own}: is_not waiting_for_customer, in another custom status of its category`, field("status", "is_not", "waiting_for_customer"), partner, "policy_applied"],
    [`${RULE.own}: is one of a list of custom statuses`, field("status", "is", ["in_progress", "waiting_for_partner"]), partner, "policy_applied"],
    [`${RULE.category}: is pending`, field("status", "is", "pending"), waiting, "policy_applied"],
    [`${RULE.category}: is_not pending`, field("status", "is_not", "pending"), waiting, "no_policy"],
    [`${RULE.category}: a ticket in pending without a custom status is in no custom one`, field("status", "is", "waiting_for_customer"), { status: "pending" }, "no_policy"],
    [`${RULE.order}: waiting_for_customer is less than solved`, field("status", "less_than", "solved"), waiting, "policy_applied"],
    [`${RULE.order}: waiting_for_customer is greater than open`, field("status", "greater_than", "open"), waiting, "policy_applied"],
    [`${RULE.order}: waiting_for_customer is at most pending, not less`, field("status", "less_than", "pending"), waiting, "no_policy"],
    [`${RULE.order}: in_progress is open`, field("status", "less_than_equal", "open"), { status: "open", customStatus: "in_progress" }, "policy_applied"],
  ])("%s", (_, condition, extra, expected) => {
    expect(outcomeOf(condition, extra)).toBe(expected);
  });

  it(`${RULE.own}: a change into a custom status, or between two of one category, re-chooses the policy`, () => {
    const condition = field("status", "is", "waiting_for_customer");
    const events = [change(5, "pending", "waiting_for_partner"), change(10, "pending", "waiting_for_customer"), change(15, "pending", null)];
    expect([4, 5, 10, 15].map((minutes) => outcomeOf(condition, {}, events, minutes))).toEqual(["no_policy", "no_policy", "policy_applied", "no_policy"]);
  });

  it("a set without custom statuses, and a policy on its own, have Zendesk's six", () => {
    const error = caught(() => prepareSlaPolicies({ policies: [{ id: "p", name: "P", conditions: field("status", "is", "waiting_for_customer"), targets: oneHour }] }));
    expect(error).toMatchObject({ code: "unknown_value", path: ["policySet", "policies", 0, "conditions", "value"], message: 'Unknown status "waiting_for_customer": expected one of the policy set\'s statuses new, open, pending, on_hold, solved, closed' });
    // On its own a policy lives in Zendesk's world.
    const alone = slaPolicySchema.safeParse({ id: "p", name: "P", conditions: field("status", "is", "waiting_for_customer"), targets: oneHour });
    expect(alone.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([[["conditions", "value"], 'Unknown status "waiting_for_customer": expected one of the policy set\'s statuses new, open, pending, on_hold, solved, closed']]);
  });
});

describe("bad status conditions: code, path and message", () => {
  const policyError = (conditions: Condition) => caught(() => prepareSlaPolicies({ statuses: STATUSES, policies: [{ id: "p", name: "P", conditions, targets: oneHour }] }));

  it.each([
    [
      "a status the set does not declare names the value, the declared list and the nearest",
      { any: [field("status", "is", "waiting_for_custmer")] },
      "unknown_value",
      ["policySet", "policies", 0, "conditions", "any", 0, "value"],
      'Unknown status "waiting_for_custmer": expected one of the policy set\'s statuses new, open, pending, on_hold, solved, closed, waiting_for_customer, waiting_for_partner, in_progress; did you mean "waiting_for_customer"?',
    ],
    [
      "an ordering on a custom status",
      field("status", "greater_than", "waiting_for_customer"),
      "unknown_value",
      ["policySet", "policies", 0, "conditions", "value"],
      'The operator "greater_than" compares statuses by their category, in the order new < open < pending < on_hold < solved < closed, so it takes one of those, not "waiting_for_customer": a custom status is compared as its category\'s status, or listed with "is"',
    ],
    ["a status that is no id", field("status", "is", "Waiting for customer"), "invalid_format", ["policySet", "policies", 0, "conditions", "value"], 'A status id is lower-case letters, digits and underscores, not "Waiting for customer"'],
    ["no status is not a status", field("status", "is", [null]), "invalid_format", ["policySet", "policies", 0, "conditions", "value", 0], "A status id is lower-case letters, digits and underscores, not null"],
  ])("%s", (_, conditions, code, path, message) => {
    expect(policyError(conditions)).toMatchObject({ code, path, message });
  });
});

describe(`JQL names statuses as JSM does: ${RULE.jql}`, () => {
  const timeToFirstResponse = (goals: MetricGoalInput[]): SlaPolicySetInput => ({
    policies: [],
    statuses: STATUSES,
    metrics: [{ id: "time_to_first_response", name: "Time to first response", start: [{ on: "created" }], stop: [{ on: "comment", author: "agent", public: true }], cycles: "once", goals }],
  });
  const goals: MetricGoalInput[] = [
    { when: 'status = "Waiting for customer"', target: { hours: 1 }, calendar: AROUND_THE_CLOCK },
    { when: "status IN (pending, 'IN PROGRESS')", target: { hours: 4 }, calendar: AROUND_THE_CLOCK },
    { target: { hours: 8 }, calendar: AROUND_THE_CLOCK },
  ];

  it.each([
    ['status = "Waiting for customer"', { field: "status", operator: "is", value: "waiting_for_customer" }],
    ['status = "waiting FOR customer"', { field: "status", operator: "is", value: "waiting_for_customer" }],
    ["status = waiting_for_partner", { field: "status", operator: "is", value: "waiting_for_partner" }],
    ['status NOT IN ("On hold", Open)', { field: "status", operator: "is_not", value: ["on_hold", "open"] }],
  ])("%s", (jql, expected) => {
    expect(compileJql(jql, { statuses: STATUSES })).toEqual(expected);
  });

  it("a declared name resolves to its id, whatever the id", () => {
    expect(compileJql('status = "Waiting for customer"', { statuses: [{ id: "wfc", name: "Waiting for customer", category: "pending" }] })).toEqual({ field: "status", operator: "is", value: "wfc" });
    // Without the set's statuses a name is only written as an id, for the set to check.
    expect(compileJql('status = "Waiting for customer"')).toEqual({ field: "status", operator: "is", value: "waiting_for_customer" });
    expect(conditionSchema.parse(compileJql('status = "Waiting for customer"'))).toEqual({ field: "status", operator: "is", value: "waiting_for_customer" });
  });

  it('a goal status = "Waiting for customer" selects its target through evaluateSla', () => {
    const set = prepareSlaPolicies(timeToFirstResponse(goals));
    const targetOf = (extra: Partial<TicketInput>) => evaluateSla(ticket([], extra), set, nowAt(1)).metrics.find((metric) => metric.metric === "time_to_first_response")?.targetMs;
    expect(targetOf(waiting)).toBe(3_600_000);
    expect(targetOf(partner)).toBe(4 * 3_600_000);
    expect(targetOf({ status: "open", customStatus: "in_progress" })).toBe(4 * 3_600_000);
    expect(targetOf({ status: "open" })).toBe(8 * 3_600_000);
  });

  it("a goal whose JQL names an undeclared status names the value as written, the declared names and the nearest", () => {
    const error = caught(() => prepareSlaPolicies(timeToFirstResponse([{ when: 'status = "Waiting for custmer"', target: { hours: 1 }, calendar: AROUND_THE_CLOCK }])));
    expect(error).toMatchObject({
      code: "unknown_value",
      path: ["policySet", "metrics", 0, "goals", 0, "when"],
      message:
        'Unknown status "Waiting for custmer" at position 10: expected one of the policy set\'s statuses new, open, pending, on_hold, solved, closed, Waiting for customer, Waiting for partner, In progress; did you mean "Waiting for customer"? (in the JQL "status = \\"Waiting for custmer\\"")',
    });
  });

  it("compileJql knowing the statuses rejects an undeclared one itself", () => {
    expect(caught(() => compileJql("status = archived", { statuses: [] }))).toMatchObject({
      code: "unknown_value",
      path: ["jql"],
      message: 'Unknown status "archived" at position 10: expected one of the policy set\'s statuses new, open, pending, on_hold, solved, closed',
    });
  });
});

describe("one table of status categories", () => {
  it('"a custom status is in its category\'s status": each category has one status, and each of Zendesk\'s statuses one category, the same table read both ways', () => {
    expect(STATUS_CATEGORIES.map((category) => [category, STATUS_OF_CATEGORY[category]])).toEqual([
      ["new", "new"],
      ["open", "open"],
      ["pending", "pending"],
      ["hold", "on_hold"],
      ["solved", "solved"],
      ["closed", "closed"],
    ]);
    expect(TICKET_STATUSES.map((status) => STATUS_OF_CATEGORY[DEFAULT_STATUS_CATEGORIES[status] as StatusCategory])).toEqual([...TICKET_STATUSES]);
    expect(Object.isFrozen(STATUS_OF_CATEGORY) && Object.isFrozen(DEFAULT_STATUS_CATEGORIES)).toBe(true);
  });
});
