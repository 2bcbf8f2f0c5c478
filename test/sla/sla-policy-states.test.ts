import { describe, expect, it } from "vitest";
import type { Condition } from "../../src/sla/condition.js";
import { evaluateSla } from "../../src/sla/evaluate-sla.js";
import { prepareSlaPolicies } from "../../src/sla/prepare-sla-policies.js";
import type { SlaPolicyInput } from "../../src/sla/sla-policy.js";
import { AROUND_THE_CLOCK, PRIORITIES } from "../../src/sla/sla-vocabulary.js";
import type { TicketEventInput, TicketInput } from "../../src/sla/ticket.js";
import { fc, test } from "../support/property.js";
import { agent, at, customer, nowAt, priority, ticket } from "./sla-fixtures.js";

// Policies whose conditions read the priority and facts fixed at creation (the channel), as
// GitLab's editions do: the policy in force changes only with the priority.
const byPriority: SlaPolicyInput[] = [
  {
    id: "urgent",
    name: "Urgent",
    conditions: { all: [{ field: "priority", operator: "is", value: "urgent" }, { field: "channel", operator: "is", value: "ticket" }] },
    targets: [{ metric: "first_reply", duration: { minutes: 30 }, calendar: AROUND_THE_CLOCK }, { metric: "next_reply", duration: { hours: 1 }, calendar: AROUND_THE_CLOCK }],
  },
  {
    id: "raised",
    name: "Raised",
    conditions: { field: "priority", operator: "greater_than_equal", value: "high" },
    targets: [{ metric: "first_reply", duration: { hours: 2 }, calendar: AROUND_THE_CLOCK }],
  },
  {
    id: "rest",
    name: "Everything else",
    conditions: { field: "priority", operator: "is_not", value: null },
    targets: [{ metric: "first_reply", duration: { hours: 8 }, calendar: AROUND_THE_CLOCK }, { metric: "next_reply", duration: { hours: 8 }, calendar: AROUND_THE_CLOCK }],
  },
];
const set = prepareSlaPolicies({ policies: byPriority });

// The same policies, each with a condition on the status that always holds: a set reading the
// status has its states from walking the events rather than from the priority's segments.
const always: Condition = { field: "status", operator: "present" };
const walked = prepareSlaPolicies({
  policies: byPriority.map((policy) => ({ ...policy, conditions: { all: [policy.conditions as Condition, always] } })),
});
// The same policies reading the assignee too (a condition that always holds): walked only for
// tickets whose assignee changes before now.
const readsAssignee = prepareSlaPolicies({
  policies: byPriority.map((policy) => ({ ...policy, conditions: { all: [policy.conditions as Condition, { field: "assignee", operator: "is_not", value: "nobody" }] } })),
});

const changes = (report: ReturnType<typeof evaluateSla>) => report.reasons.filter((reason) => reason.code === "policy_changed").map((reason) => reason.facts);

describe("the policy in force, re-chosen when the priority changes (the conditions read no other changing fact)", () => {
  it("two priority changes at one instant are one change, to the last: normal, then urgent and back to normal at +30, is no change", () => {
    const report = evaluateSla(ticket([priority(30, "urgent"), priority(30, "normal"), customer(40)], { priority: "normal" }), set, nowAt(60));
    expect(report.policyId).toBe("rest");
    expect(changes(report)).toEqual([]);
    expect(report).toEqual(evaluateSla(ticket([priority(30, "urgent"), priority(30, "normal"), customer(40)], { priority: "normal" }), walked, nowAt(60)));
  });

  it("a ticket returning to a priority returns to its policy, and each move is reported: normal → urgent at +10 → normal at +20 → urgent at +30", () => {
    const events = [priority(10, "urgent"), priority(20, "normal"), priority(30, "urgent")];
    const report = evaluateSla(ticket(events, { priority: "normal" }), set, nowAt(45));
    expect(report.policyId).toBe("urgent");
    expect(changes(report)).toEqual([
      { at: at(10), fromPolicyId: "rest", toPolicyId: "urgent", fromOutcome: "matched", toOutcome: "matched" },
      { at: at(20), fromPolicyId: "urgent", toPolicyId: "rest", fromOutcome: "matched", toOutcome: "matched" },
      { at: at(30), fromPolicyId: "rest", toPolicyId: "urgent", fromOutcome: "matched", toOutcome: "matched" },
    ]);
    // Urgent's 30 minutes from creation: due at +30, breached once now passed it.
    expect(report.metrics.find((metric) => metric.metric === "first_reply")).toMatchObject({ dueAt: at(30), breached: true, current: { policyId: "urgent" } });
  });

  it("a priority change at the creation instant is the priority the ticket starts with: no change reported", () => {
    const report = evaluateSla(ticket([priority(0, "urgent")], { priority: "low" }), set, nowAt(10));
    expect(report.policyId).toBe("urgent");
    expect(changes(report)).toEqual([]);
  });

  it("a set reading the form: a ticket whose form changes to Licensing & Renewals at +20 moves to that policy then", () => {
    const byForm = prepareSlaPolicies({
      policies: [
        { id: "licensing", name: "Licensing", conditions: { form: ["licensing_renewals"] }, targets: [{ metric: "first_reply", duration: { hours: 8 }, calendar: AROUND_THE_CLOCK }] },
        ...byPriority,
      ],
    });
    const report = evaluateSla(ticket([{ type: "field_change", at: at(20), field: "form", value: "licensing_renewals" }, priority(30, "urgent")], { priority: "normal" }), byForm, nowAt(40));
    expect(report.policyId).toBe("licensing");
    expect(changes(report)).toEqual([{ at: at(20), fromPolicyId: "rest", toPolicyId: "licensing", fromOutcome: "matched", toOutcome: "matched" }]);
    // The same ticket with its form unchanged stays with the priority's policies.
    expect(changes(evaluateSla(ticket([priority(30, "urgent")], { priority: "normal" }), byForm, nowAt(40)))).toEqual([{ at: at(30), fromPolicyId: "rest", toPolicyId: "urgent", fromOutcome: "matched", toOutcome: "matched" }]);
  });

  it("to no priority and back: no policy in between", () => {
    const report = evaluateSla(ticket([priority(10, null), priority(20, "high"), agent(25)], { priority: "normal" }), set, nowAt(30));
    expect(changes(report).map((facts) => [facts["fromOutcome"], facts["toOutcome"]])).toEqual([
      ["matched", "none"],
      ["none", "matched"],
    ]);
  });
});

// Events at few instants (so several share one), priority changes among comments.
type Kind = "comment" | "priority_change" | "status_change" | "assignee_change" | "field_change";
const eventArb: fc.Arbitrary<[number, Kind, number]> = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.constantFrom<Kind>("comment", "priority_change", "status_change", "comment", "assignee_change", "field_change"), fc.integer({ min: 0, max: 4 }));
const crowdedTicketArb: fc.Arbitrary<[TicketInput, Date]> = fc
  .tuple(fc.array(eventArb, { maxLength: 16 }), fc.constantFrom<(typeof PRIORITIES)[number] | null>(...PRIORITIES, null), fc.integer({ min: 0, max: 50 * 15 }))
  .map(([events, first, nowMinutes]) => {
    const input = events.map(([slot, type, pick]): TicketEventInput => {
      const when = at(slot * 15);
      if (type === "priority_change") return { type, at: when, priority: pick === 4 ? null : (PRIORITIES[pick] ?? null) };
      if (type === "status_change") return { type, at: when, status: (["open", "pending", "on_hold", "open", "solved"] as const)[pick] ?? "open" };
      if (type === "assignee_change") return { type, at: when, assignee: pick === 4 ? null : `agent-${pick}` };
      if (type === "field_change") return { type, at: when, field: "group", value: pick };
      return { type: "comment", at: when, author: pick % 2 === 0 ? "customer" : "agent", public: true };
    });
    return [ticket(input, { priority: first }), nowAt(nowMinutes)];
  });

describe("laws of the policy choice", () => {
  test.prop([crowdedTicketArb])("the states taken from the priority's segments choose as walking the events does: the same report, byte for byte", ([input, now]) => {
    const report = JSON.stringify(evaluateSla(input, set, now));
    expect(report).toBe(JSON.stringify(evaluateSla(input, walked, now)));
    expect(report).toBe(JSON.stringify(evaluateSla(input, readsAssignee, now)));
  });
});
