import { describe, expect, it } from "vitest";
import type { Condition } from "../../src/sla/condition.js";
import { conditionSchema } from "../../src/sla/condition.js";
import { defineCalendar } from "../../src/sla/define-calendar.js";
import { evaluateSla } from "../../src/sla/evaluate-sla.js";
import { parseTicket } from "../../src/sla/parse-ticket.js";
import { prepareSlaPolicies } from "../../src/sla/prepare-sla-policies.js";
import type { SlaConditions } from "../../src/sla/sla-policy.js";
import { CHANNELS } from "../../src/shared/channel.js";
import { AROUND_THE_CLOCK, PRIORITIES, TICKET_CALENDAR } from "../../src/sla/sla-vocabulary.js";
import type { TicketEventInput, TicketInput } from "../../src/sla/ticket.js";
import { fc, test } from "../support/property.js";
import { agent, at, caught, metricOf, nowAt, ticket } from "./sla-fixtures.js";

const oneHour = [{ metric: "first_reply", duration: { hours: 1 }, calendar: AROUND_THE_CLOCK }];

function outcomeOf(conditions: SlaConditions | Condition, extra: Partial<TicketInput>, events: TicketEventInput[] = []): string {
  const set = prepareSlaPolicies({ policies: [{ id: "p", name: "P", conditions, targets: oneHour }] });
  return evaluateSla(ticket(events, extra), set, nowAt(1)).outcome;
}

const field = (name: string, operator: string, value?: unknown): Condition => ({ field: name, operator, ...(value === undefined ? {} : { value }) }) as Condition;

// Zendesk's Conditions reference: "all: Logical AND. All the conditions must be met; any: Logical OR. Any condition can be met".
const CASES: [string, Condition, Partial<TicketInput>, string][] = [
  ['is: "the numeric id of the group assigned"', field("group", "is", 20), { fields: { group: "20" } }, "policy_applied"],
  ["is: an id given as text matches the same id as a number", field("group", "is", "20"), { fields: { group: 20 } }, "policy_applied"],
  ["is: another group", field("group", "is", 20), { fields: { group: "21" } }, "no_policy"],
  ['is: null is "no group assigned to the ticket"', field("group", "is", null), {}, "policy_applied"],
  ["is_not: a ticket without the field is not in the group", field("group", "is_not", 20), {}, "policy_applied"],
  ["is with a list: one of them", field("type", "is", ["incident", "problem"]), { fields: { type: "problem" } }, "policy_applied"],
  ["is_not with a list: none of them", field("type", "is_not", ["incident", "problem"]), { fields: { type: "problem" } }, "no_policy"],
  ['tags includes: "contains at least one of the following"', field("tags", "includes", ["vip", "enterprise"]), { tags: ["enterprise"] }, "policy_applied"],
  ["tags includes: none of them", field("tags", "includes", ["vip", "enterprise"]), { tags: ["other"] }, "no_policy"],
  ["tags includes: Zendesk's space-delimited list", field("tags", "includes", "vip enterprise"), { tags: ["enterprise"] }, "policy_applied"],
  ['tags not_includes: "contains none of the following"', field("tags", "not_includes", ["spam", "abuse"]), { tags: ["abuse"] }, "no_policy"],
  ["tags not_includes: none present", field("tags", "not_includes", ["spam", "abuse"]), { tags: ["vip"] }, "policy_applied"],
  ["priority less_than: low < normal < high < urgent", field("priority", "less_than", "high"), { priority: "normal" }, "policy_applied"],
  ["priority less_than: not below itself", field("priority", "less_than", "high"), { priority: "high" }, "no_policy"],
  ["priority less_than_equal: itself", field("priority", "less_than_equal", "high"), { priority: "high" }, "policy_applied"],
  ["priority greater_than: urgent > high", field("priority", "greater_than", "high"), { priority: "urgent" }, "policy_applied"],
  ["priority greater_than_equal: below", field("priority", "greater_than_equal", "high"), { priority: "low" }, "no_policy"],
  ["priority greater_than: no priority is neither less nor greater", field("priority", "greater_than", "low"), { priority: null }, "no_policy"],
  ['status less_than "solved": an open ticket', field("status", "less_than", "solved"), { status: "open" }, "policy_applied"],
  ["custom field greater_than: numerically (10 > 9)", field("custom_fields.77", "greater_than", 9), { fields: { "custom_fields.77": "10" } }, "policy_applied"],
  ["custom field less_than: ISO dates compare as dates", field("custom_fields.78", "less_than", "2026-04-01"), { fields: { "custom_fields.78": "2026-03-31" } }, "policy_applied"],
  ["custom field is: a checkbox", field("custom_fields.79", "is", true), { fields: { "custom_fields.79": true } }, "policy_applied"],
  ["custom field includes: a multi-select holding one of them", field("custom_fields.80", "includes", ["eu", "us"]), { fields: { "custom_fields.80": ["apac", "eu"] } }, "policy_applied"],
  ["present: a value", field("custom_fields.81", "present"), { fields: { "custom_fields.81": "x" } }, "policy_applied"],
  ["present: an empty text is no value", field("custom_fields.81", "present"), { fields: { "custom_fields.81": "" } }, "no_policy"],
  ["not_present: no tags", field("tags", "not_present"), {}, "policy_applied"],
  ["via: the channel it came in through", field("via", "is", "email"), { fields: { via: "email" } }, "policy_applied"],
  ["organization: the organization's id", field("organization", "is", 5), { organization: { id: "5" } }, "policy_applied"],
  ["channel: the library's channel", field("channel", "is", "ticket"), {}, "policy_applied"],
  ["plan: unknown is undecidable, not false", field("plan", "is", "premium"), {}, "cannot_decide"],
  // The OR filter: all of [priority high or urgent], any of [group 20, tag vip].
  ["all and any: all hold and the first any", { all: [field("priority", "is", ["high", "urgent"])], any: [field("group", "is", 20), field("tags", "includes", ["vip"])] }, { priority: "high", fields: { group: 20 } }, "policy_applied"],
  ["all and any: all hold and the second any", { all: [field("priority", "is", ["high", "urgent"])], any: [field("group", "is", 20), field("tags", "includes", ["vip"])] }, { priority: "urgent", tags: ["vip"] }, "policy_applied"],
  ["all and any: all hold, no any", { all: [field("priority", "is", ["high", "urgent"])], any: [field("group", "is", 20), field("tags", "includes", ["vip"])] }, { priority: "high" }, "no_policy"],
  ["all and any: an any holds, all do not", { all: [field("priority", "is", ["high", "urgent"])], any: [field("group", "is", 20), field("tags", "includes", ["vip"])] }, { priority: "low", tags: ["vip"] }, "no_policy"],
  ["an empty any sets no requirement (Zendesk's any: [])", { all: [], any: [] }, {}, "policy_applied"],
  ["any alone: one of them", { any: [field("group", "is", 1), field("brand", "is", 2)] }, { fields: { brand: 2 } }, "policy_applied"],
  ["not: negates", { not: field("tags", "includes", ["spam"]) }, { tags: ["spam"] }, "no_policy"],
  ["any: a true part decides over an unknown plan", { any: [field("plan", "is", "premium"), field("channel", "is", "ticket")] }, {}, "policy_applied"],
  ["any: an unknown plan and a false part is undecidable", { any: [field("plan", "is", "premium"), field("channel", "is", "twitter")] }, {}, "cannot_decide"],
  ["not of an unknown stays unknown", { not: field("supportLevel", "is", "priority") }, {}, "cannot_decide"],
];

describe("the condition model: Zendesk's all / any of field, operator, value", () => {
  it.each(CASES)("%s", (_, condition, extra, expected) => {
    expect(outcomeOf(condition, extra)).toBe(expected);
  });

  it("an undecidable policy names only the facts its verdict lacks", () => {
    const set = prepareSlaPolicies({
      policies: [{ id: "p", name: "P", conditions: { all: [{ any: [field("plan", "is", "premium"), field("channel", "is", "ticket")] }, field("supportLevel", "is", "priority")] }, targets: oneHour }],
    });
    expect(evaluateSla(ticket([]), set, nowAt(1))).toMatchObject({ outcome: "cannot_decide", missing: ["organization.supportLevel"] });
  });

  test.prop([fc.subarray([...CHANNELS]), fc.constantFrom(...CHANNELS), fc.subarray([...PRIORITIES, null]), fc.constantFrom(...PRIORITIES, null), fc.subarray(["a", "b", "c"]), fc.subarray(["a", "b", "c"])])(
    "the field lists and the condition they mean give the same outcome",
    (channels, channel, priorities, priority, anyTags, tags) => {
      const lists: SlaConditions = { channel: channels, priority: priorities, tags: { any: anyTags } };
      const tree: Condition = { all: [{ any: channels.map((value) => field("channel", "is", value)) }, { any: priorities.map((value) => field("priority", "is", value)) }, { any: anyTags.map((tag) => field("tags", "includes", [tag])) }] };
      // An empty `any` sets no requirement; an empty field list matches nothing.
      const meant: Condition = channels.length === 0 || priorities.length === 0 || anyTags.length === 0 ? { not: { all: [] } } : tree;
      const extra: Partial<TicketInput> = { channel, priority, tags };
      expect(outcomeOf(lists, extra)).toBe(outcomeOf(meant, extra));
    },
  );
});

describe("bad conditions are clear errors, never a silent no-match", () => {
  const policyError = (conditions: unknown) => caught(() => prepareSlaPolicies({ policies: [{ id: "p", name: "P", conditions: conditions as Condition, targets: oneHour }] }));
  it.each([
    ["an unknown field", { all: [field("grup", "is", 1)] }, "unknown_field", ["policySet", "policies", 0, "conditions", "all", 0, "field"], 'Unknown condition field "grup": expected one of priority, status, type, group, assignee, organization, brand, form, via, requester, tags, channel, plan, supportLevel, organizationTags or custom_fields.<id>'],
    ["custom_fields without an id", field("custom_fields.", "is", 1), "unknown_field", ["policySet", "policies", 0, "conditions", "field"], 'Unknown condition field "custom_fields.": expected one of priority, status, type, group, assignee, organization, brand, form, via, requester, tags, channel, plan, supportLevel, organizationTags or custom_fields.<id>'],
    ["an unknown priority", { any: [field("priority", "is", "hihg")] }, "unknown_value", ["policySet", "policies", 0, "conditions", "any", 0, "value"], 'Unknown priority "hihg": expected one of the policy set\'s priorities low, normal, high, urgent; did you mean "high"?'],
    ["an unknown status in a list", field("status", "is", ["open", "hold"]), "unknown_value", ["policySet", "policies", 0, "conditions", "value", 1], 'Unknown status "hold": expected one of the policy set\'s statuses new, open, pending, on_hold, solved, closed; did you mean "on_hold"?'],
    ["an ordering on a field without an order", field("group", "less_than", 3), "unknown_value", ["policySet", "policies", 0, "conditions", "operator"], 'The operator "less_than" applies to priority, status and custom fields, not "group"'],
    ["an ordering on a list field", field("tags", "greater_than", "a"), "unknown_value", ["policySet", "policies", 0, "conditions", "operator"], 'The operator "greater_than" does not apply to the list field "tags": use includes, not_includes, is, is_not, present or not_present'],
    ["present with a value", field("group", "present", 3), "inconsistent_facts", ["policySet", "policies", 0, "conditions", "value"], 'The operator "present" takes no value'],
    ["is without a value", field("group", "is"), "missing_field", ["policySet", "policies", 0, "conditions", "value"], 'The operator "is" on "group" needs a value'],
    [
      "an unknown operator, named once with the nearest",
      field("group", "is_nott", 3),
      "unknown_value",
      ["policySet", "policies", 0, "conditions", "operator"],
      'Invalid option: expected one of "is"|"is_not"|"includes"|"not_includes"|"less_than"|"greater_than"|"less_than_equal"|"greater_than_equal"|"present"|"not_present", received "is_nott"; did you mean "is_not"?',
    ],
    ["a stray key in a field condition, named once", { ...field("group", "is", 3), vaule: 3 }, "unknown_key", ["policySet", "policies", 0, "conditions", "vaule"], 'Unknown key "vaule"; did you mean "value"?'],
    ["a value that is an object", { not: field("group", "is", { id: 20 }) }, "invalid_type", ["policySet", "policies", 0, "conditions", "not", "value"], "A condition's value is text, a finite number, true, false or null, or a list of those; received a value of type object"],
    ["a list holding a list", field("group", "is", [20, [21]]), "invalid_type", ["policySet", "policies", 0, "conditions", "value", 1], "A condition's list of values holds text, a finite number, true, false or null; received an array"],
    ["a field that is no name", { all: [{ field: 3, operator: "is", value: 1 }] }, "invalid_type", ["policySet", "policies", 0, "conditions", "all", 0, "field"], "A condition's field is a field name, received 3"],
    ["all that is no list", { all: "priority = high" }, "invalid_type", ["policySet", "policies", 0, "conditions", "all"], '"all" is a list of conditions, received "priority = high"'],
    ["any that is no list", { any: { field: "group" } }, "invalid_type", ["policySet", "policies", 0, "conditions", "any"], '"any" is a list of conditions, received a value of type object'],
    ["a value that is not a number", field("custom_fields.7", "less_than", Number.NaN), "invalid_type", ["policySet", "policies", 0, "conditions", "value"], "A condition's value is text, a finite number, true, false or null, or a list of those; received NaN"],
    ["an unknown channel in the field lists", { channel: ["fax"] }, "unknown_value", ["policySet", "policies", 0, "conditions", "channel", 0], undefined],
    ["an object that is no condition", { all: [{ when: 1 }] }, "missing_field", ["policySet", "policies", 0, "conditions", "all", 0], 'Expected a condition with "field", "all", "any" or "not", received keys ["when"]'],
    ["a stray key in a filter", { all: [], none: [] }, "unknown_key", ["policySet", "policies", 0, "conditions", "none"], 'Unknown key "none"'],
  ])("%s", (_, conditions, code, path, message) => {
    const error = policyError(conditions);
    expect(error).toMatchObject({ code, path });
    if (message !== undefined) expect(error.message).toBe(message);
    // Every message is the library's, said once: no zod wording repeated after the library's.
    expect(error.message).not.toMatch(/Unrecognized|: Invalid|Invalid input$/);
  });

  it("an unknown channel in the field lists names the value received", () => {
    const error = policyError({ channel: ["fax"] });
    expect(error.message).toMatch(/^Invalid option: expected one of "emergency"\|.*"quora", received "fax"$/);
    expect(error.issues[0]?.allowed).toContain("ticket");
  });

  it("conditionSchema used on its own names the stray keys in its message", () => {
    const result = conditionSchema.safeParse({ all: [], none: [], nothing: [], neither: [], nor: [] });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['Unknown keys "none", "nothing", "neither" and 1 more']);
  });

  it("conditionSchema turns Zendesk's space-delimited tags into a list", () => {
    expect(conditionSchema.parse({ all: [{ field: "tags", operator: "includes", value: "vip  enterprise" }] })).toEqual({ all: [{ field: "tags", operator: "includes", value: ["vip", "enterprise"] }] });
  });
});

describe("a ticket's generic fields and their changes", () => {
  it("an unknown ticket field, and a field_change of a field with its own event", () => {
    const unknown = caught(() => parseTicket(ticket([], { fields: { colour: "red" } })));
    expect(unknown).toMatchObject({ code: "unknown_field", path: ["ticket", "fields", "colour"] });
    expect(unknown.message).toBe('Unknown ticket field "colour": expected one of type, group, brand, via, requester or custom_fields.<id>');
    const proto = caught(() => parseTicket(ticket([], { fields: JSON.parse('{ "__proto__": "x", "type": "incident" }') as never })));
    expect(proto).toMatchObject({ code: "duplicate_id", path: ["ticket", "fields", "__proto__"], message: '"__proto__" cannot name a field: JavaScript objects reserve it' });
    const ownEvent = caught(() => parseTicket(ticket([{ type: "field_change", at: at(1), field: "priority", value: "high" }])));
    expect(ownEvent).toMatchObject({ code: "unknown_field", path: ["ticket", "events", 0, "field"] });
    expect(ownEvent.message).toBe('A field_change cannot change "priority": expected one of type, group, brand, requester, form, organization or custom_fields.<id> (priority, status, assignee, tags and the calendar have their own events)');
  });

  it("a condition reads the ticket as it stands: a field_change to group 20 before now matches", () => {
    const condition = field("group", "is", 20);
    expect(outcomeOf(condition, {})).toBe("no_policy");
    const set = prepareSlaPolicies({ policies: [{ id: "p", name: "P", conditions: condition, targets: oneHour }] });
    const moved = ticket([{ type: "field_change", at: at(5), field: "group", value: 20 }]);
    expect(evaluateSla(moved, set, nowAt(4)).outcome).toBe("no_policy");
    expect(evaluateSla(moved, set, nowAt(5)).outcome).toBe("policy_applied");
  });
});

describe("which policy applied when: first match wins, re-chosen when a fact the conditions read changes", () => {
  // vip: first reply in 1 hour; everything else: 4 hours; both around the clock.
  const set = prepareSlaPolicies({
    policies: [
      { id: "vip", name: "VIP", conditions: { all: [field("tags", "includes", ["vip"])] }, targets: oneHour },
      { id: "standard", name: "Standard", conditions: { all: [] }, targets: [{ metric: "first_reply", duration: { hours: 4 }, calendar: AROUND_THE_CLOCK }] },
    ],
  });
  const tagged: TicketEventInput = { type: "tags_change", at: at(30), tags: ["vip"] };

  it("first match in order: a ticket both policies match gets the first", () => {
    expect(evaluateSla(ticket([], { tags: ["vip"] }), set, nowAt(1)).policyId).toBe("vip");
  });

  it("a tag added at +30 min moves a running first reply to VIP's 1 hour, measured from creation: due at +60 min, and the report says when", () => {
    const report = evaluateSla(ticket([tagged]), set, nowAt(45));
    expect(report.policyId).toBe("vip");
    expect(metricOf(report, "first_reply")).toMatchObject({ dueAt: at(60), current: { policyId: "vip" } });
    expect(report.reasons).toContainEqual(expect.objectContaining({ code: "policy_changed", facts: { at: at(30), fromPolicyId: "standard", toPolicyId: "vip", fromOutcome: "matched", toOutcome: "matched" } }));
    // As of +20 min, before the tag, the ticket was under Standard: 4 hours from creation.
    const before = evaluateSla(ticket([tagged]), set, nowAt(20));
    expect(before.policyId).toBe("standard");
    expect(metricOf(before, "first_reply").dueAt).toBe(at(240));
    expect(before.reasons.map((reason) => reason.code)).not.toContain("policy_changed");
  });

  it("a first reply fulfilled at +90 min, before a tag added at +100 min, keeps Standard's 4 hours: met", () => {
    const report = evaluateSla(ticket([agent(90), { ...tagged, at: at(100) }]), set, nowAt(120));
    expect(report.policyId).toBe("vip");
    expect(metricOf(report, "first_reply")).toMatchObject({ state: "closed", breached: false, dueAt: at(240), completed: [{ policyId: "standard" }] });
  });
});

describe("a target on the ticket's calendar (Zendesk: business hours on the ticket's schedule)", () => {
  // London 09:00-17:00 Mon-Fri (GMT in mid-March, so 09:00-17:00 UTC); Sydney 09:00-17:00 Mon-Fri (AEDT, UTC+11: 22:00-06:00 UTC).
  const weekdays = (hours: [string, string]) => ({ mon: [hours], tue: [hours], wed: [hours], thu: [hours], fri: [hours] });
  const london = defineCalendar({ timeZone: "Europe/London", weekly: weekdays(["09:00", "17:00"]) });
  const sydney = defineCalendar({ timeZone: "Australia/Sydney", weekly: weekdays(["09:00", "17:00"]) });
  const set = prepareSlaPolicies({
    policies: [{ id: "p", name: "P", targets: [{ metric: "first_reply", duration: { hours: 4 }, calendar: TICKET_CALENDAR }] }],
    calendars: { london, sydney },
  });

  it("created Monday 10:00 UTC on London hours: 10:00 + 4 business hours = 14:00 UTC", () => {
    const report = evaluateSla(ticket([], { calendar: "london" }), set, nowAt(15));
    expect(metricOf(report, "first_reply")).toMatchObject({ dueAt: "2026-03-16T14:00:00.000Z", calendar: "london" });
  });

  it("a trigger sets Sydney at 10:30: the running cycle runs on Sydney from its start, Tuesday 09:00 AEDT (Mon 22:00 UTC) + 4 h = Tue 02:00 UTC", () => {
    const report = evaluateSla(ticket([{ type: "calendar_change", at: at(30), calendar: "sydney" }], { calendar: "london" }), set, nowAt(45));
    expect(metricOf(report, "first_reply")).toMatchObject({ dueAt: "2026-03-17T02:00:00.000Z", calendar: "sydney", current: { calendar: "sydney" } });
  });

  it("a reply at 10:20, before the change to Sydney, was measured on London: met, due 14:00 UTC", () => {
    const report = evaluateSla(ticket([agent(20), { type: "calendar_change", at: at(30), calendar: "sydney" }], { calendar: "london" }), set, nowAt(45));
    expect(metricOf(report, "first_reply")).toMatchObject({ state: "closed", breached: false, dueAt: "2026-03-16T14:00:00.000Z", completed: [{ calendar: "london" }] });
  });

  it("a ticket without a calendar cannot be decided, and says it lacks the calendar", () => {
    const report = evaluateSla(ticket([]), set, nowAt(15));
    expect(report).toMatchObject({ outcome: "cannot_decide", missing: ["calendar"], metrics: [] });
    expect(report.reasons.map((reason) => reason.code)).toEqual(["policy_matched", "calendar_missing"]);
  });

  it("a calendar the set does not hold is an error naming it", () => {
    const error = caught(() => evaluateSla(ticket([], { calendar: "tokyo" }), set, nowAt(15)));
    expect(error).toMatchObject({ code: "not_a_calendar", path: ["ticket", "calendar"] });
    expect(error.message).toBe('Unknown calendar "tokyo" on the ticket: expected one of the policy set\'s calendars (london, sydney)');
  });

  it('"ticket_calendar" cannot name a calendar of the set', () => {
    const error = caught(() => prepareSlaPolicies({ policies: [], calendars: { ticket_calendar: london } }));
    expect(error).toMatchObject({ code: "duplicate_id", path: ["policySet", "calendars", "ticket_calendar"] });
    expect(error.message).toBe("\"ticket_calendar\" is reserved (the ticket's own calendar) and cannot name a calendar");
  });
});
