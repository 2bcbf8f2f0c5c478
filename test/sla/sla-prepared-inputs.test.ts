import { describe, expect, it } from "vitest";
import { handbook2016 } from "../../src/sla/editions/handbook2016.js";
import { evaluateSla } from "../../src/sla/evaluate-sla.js";
import { globalSupportHours } from "../../src/sla/gitlab-calendars.js";
import { parseTicket } from "../../src/sla/parse-ticket.js";
import { prepareSlaPolicies } from "../../src/sla/prepare-sla-policies.js";
import type { SlaPolicySetInput } from "../../src/sla/sla-policy-set.js";
import type { SlaConditions } from "../../src/sla/sla-policy.js";
import { type Ticket, ticketSchema } from "../../src/sla/ticket.js";
import { agent, at, caught, customer, deepFreeze, hourly, metricOf, nowAt, status, ticket } from "./sla-fixtures.js";

describe("parseTicket: validate once, evaluate many times", () => {
  it("normalises a numeric id, parses instants to epoch milliseconds and sorts events, ties in input order", () => {
    const parsed = parseTicket(ticket([agent(30), customer(10), status(10, "pending")], { id: 42, createdAt: "2026-03-16T11:00:00+01:00" }));
    expect(parsed.id).toBe("42");
    expect(parsed.createdAt).toBe(Date.parse("2026-03-16T10:00:00Z"));
    expect(parsed.events.map((event) => event.type)).toEqual(["comment", "status_change", "comment"]);
    expect(parsed.organization).toEqual({ plan: null, supportLevel: null, tags: [] });
    expect(Object.isFrozen(parsed) && Object.isFrozen(parsed.events[0])).toBe(true);
    expect(parseTicket(parsed)).toBe(parsed);
  });

  it('"Events may arrive unsorted; ties keep input order"', () => {
    const replyThenSolve = evaluateSla(ticket([agent(5), customer(10), status(10, "solved")]), hourly, nowAt(20));
    const solveThenReply = evaluateSla(ticket([agent(5), status(10, "solved"), customer(10)]), hourly, nowAt(20));
    // The customer wrote before the solve: a next-reply cycle, fulfilled by the solve at once.
    expect(metricOf(replyThenSolve, "next_reply").completed.map((cycle) => [cycle.startedAt, cycle.fulfilledBy])).toEqual([[at(10), "solved"]]);
    // The customer wrote on a solved ticket that never reopened: no cycle.
    expect(metricOf(solveThenReply, "next_reply").completed).toEqual([]);
  });

  it("a parsed ticket gives the same report as the raw one, and a look-alike is validated like raw input", () => {
    const raw = ticket([agent(20), customer(30)]);
    expect(evaluateSla(parseTicket(raw), hourly, nowAt(40))).toEqual(evaluateSla(raw, hourly, nowAt(40)));
    const lookAlike = { ...parseTicket(raw), channel: "fax" };
    expect(caught(() => evaluateSla(lookAlike as never, hourly, nowAt(40)))).toMatchObject({ code: "unknown_value", path: ["ticket", "channel"] });
  });

  it("only the parsed ticket itself is trusted: a copy or a proxy of it is validated like raw input", () => {
    const parsed = parseTicket(ticket([agent(20)]));
    expect(parseTicket(parsed)).toBe(parsed);
    // A copy with the instants as numbers is a ticket input all the same; a copy is a new object.
    const copy = structuredClone(parsed);
    expect(parseTicket(copy)).not.toBe(copy);
    expect(parseTicket(copy)).toEqual(parsed);
    const proxy = new Proxy(parsed, {});
    expect(parseTicket(proxy)).not.toBe(proxy);
    expect(evaluateSla(proxy, hourly, nowAt(40))).toEqual(evaluateSla(parsed, hourly, nowAt(40)));
  });

  it("accepts Date instants and a created event at the creation instant", () => {
    const report = evaluateSla(
      ticket([{ type: "created", at: new Date(at(0)) }, { type: "comment", at: new Date(at(15)), author: "agent", public: true }]),
      hourly,
      nowAt(20),
    );
    expect(metricOf(report, "first_reply").fulfilledAt).toBe(at(15));
  });
});

describe("prepareSlaPolicies", () => {
  const input: SlaPolicySetInput = {
    name: "example",
    policies: [{ id: "p", name: "P", targets: [{ metric: "first_reply", duration: { hours: 8 }, calendar: "global" }] }],
    calendars: { global: globalSupportHours },
    parameters: { note: ["kept"] },
  };

  it("validates once, freezes, and never modifies its input", () => {
    const before = JSON.stringify(input);
    const prepared = prepareSlaPolicies(deepFreeze(input));
    expect(JSON.stringify(input)).toBe(before);
    expect(prepared.policies[0]?.targets[0]).toEqual({ metric: "first_reply", priority: null, durationMs: 28_800_000, calendar: "global", notBeforeMs: null, pausedBy: [] });
    expect(Object.isFrozen(prepared) && Object.isFrozen(prepared.policies[0])).toBe(true);
    expect(prepareSlaPolicies(prepared)).toBe(prepared);
  });

  it("deriveFacts supplies the priority on creation and the support level before policies are matched", () => {
    const set = prepareSlaPolicies({
      policies: [{ id: "vip", name: "VIP", conditions: { supportLevel: ["priority"], priority: ["high"] }, targets: [{ metric: "first_reply", duration: { hours: 2 }, calendar: "around_the_clock" }] }],
      deriveFacts: (parsed) => ({ priority: parsed.tags.includes("vip") ? "high" : parsed.priority, supportLevel: "priority" }),
    });
    const report = evaluateSla(ticket([], { tags: ["vip"] }), set, nowAt(10));
    expect(report).toMatchObject({ outcome: "policy_applied", priority: "high", policyId: "vip" });
    expect(report.reasons[0]?.facts).toMatchObject({ supportLevel: "priority" });
    expect(caught(() => prepareSlaPolicies({ policies: [], deriveFacts: "high" as never }))).toMatchObject({ code: "invalid_input", path: ["policySet", "deriveFacts"] });
  });

  it("editions are plain data: policies and calendars serialise to JSON", () => {
    const json = JSON.parse(JSON.stringify(handbook2016)) as { policies: unknown[]; calendars: Record<string, { timeZone: string }> };
    expect(json.policies).toHaveLength(4);
    expect(json.calendars["global_support_hours"]?.timeZone).toBe("America/Los_Angeles");
  });
});

describe("prepared values are frozen copies", () => {
  it("a set's parameters are copied and deeply frozen; the caller's object stays as it was", () => {
    const parameters = { numbers: [1, 2], nested: { note: "kept" } };
    const prepared = prepareSlaPolicies({ policies: [{ id: "p", name: "P", targets: [{ metric: "first_reply", duration: 1, calendar: "around_the_clock" }] }], parameters });
    expect(prepared.parameters).toEqual({ numbers: [1, 2], nested: { note: "kept" } });
    expect(prepared.parameters).not.toBe(parameters);
    const frozen = prepared.parameters as { numbers: number[]; nested: object };
    expect([Object.isFrozen(frozen), Object.isFrozen(frozen.numbers), Object.isFrozen(frozen.nested)]).toEqual([true, true, true]);
    expect([Object.isFrozen(parameters), Object.isFrozen(parameters.numbers), Object.isFrozen(parameters.nested)]).toEqual([false, false, false]);
  });

  it("every policy, condition and target of a prepared set is frozen, and so is its calendar table", () => {
    const prepared = prepareSlaPolicies({
      policies: [{ id: "p", name: "P", conditions: { tags: { any: ["vip"] } }, targets: [{ metric: "agent_work", duration: 1, calendar: "global" }] }],
      calendars: { global: globalSupportHours },
    });
    const [policy] = prepared.policies;
    expect([
      Object.isFrozen(prepared),
      Object.isFrozen(prepared.policies),
      Object.isFrozen(prepared.calendars),
      Object.isFrozen(policy),
      Object.isFrozen((policy?.conditions as SlaConditions | undefined)?.tags?.any),
      Object.isFrozen(policy?.targets[0]?.pausedBy),
    ]).toEqual([true, true, true, true, true, true]);
    expect(prepared).not.toHaveProperty("parameters");
  });

  it("a parsed ticket is frozen down to its events and organization", () => {
    const parsed = parseTicket(ticket([agent(5)], { organization: { plan: "premium", tags: ["a"] }, tags: ["b"] }));
    expect([Object.isFrozen(parsed.organization), Object.isFrozen(parsed.organization.tags), Object.isFrozen(parsed.tags), Object.isFrozen(parsed.events)]).toEqual([true, true, true, true]);
  });

  it("a ticket the schema reads in place of the fast path (a Date for the organization reads as no keys) is frozen as deeply, and nothing of it can be changed", () => {
    const parsed = parseTicket(ticket([agent(5), { type: "tags_change", at: at(6), tags: ["x"] }], { organization: new Date(0) as never, tags: ["b"], fields: { group: "g" } }));
    const parts: object[] = [parsed, parsed.organization, parsed.organization.tags, parsed.tags, parsed.fields, parsed.events, ...parsed.events];
    expect(parts.map((part) => Object.isFrozen(part))).toEqual(parts.map(() => true));
    expect(() => {
      (parsed.events as unknown[]).push({ type: "created", at: 0 });
    }).toThrow(TypeError);
  });

  it("a parsed ticket's objects are plain objects, with the schema's keys in the schema's order, whichever path parsed it", () => {
    const input = ticket(
      [
        agent(5),
        { type: "comment", at: at(6), author: "customer", public: true, id: "c-1" },
        status(7, "pending"),
        { type: "status_change", at: at(8), status: "open", customStatus: "waiting" },
        { type: "priority_change", at: at(9), priority: "high" },
        { type: "severity_change", at: at(10), severity: 2, by: "customer" },
        { type: "assignee_change", at: at(11), assignee: "ada" },
        { type: "field_change", at: at(12), field: "group", value: "emea" },
        { type: "tags_change", at: at(13), tags: ["x"] },
        { type: "calendar_change", at: at(14), calendar: "emea" },
      ],
      { organization: { id: "o-1", plan: "premium" }, fields: { group: "g" } },
    );
    const bySchema = ticketSchema.parse(input);
    const parsed = parseTicket(input);
    const objects = (ticket: Ticket): object[] => [ticket, ticket.organization, ticket.fields, ...ticket.events];
    expect(objects(parsed).map((part) => [Object.getPrototypeOf(part) === Object.prototype, part.constructor === Object, Object.keys(part)])).toEqual(
      objects(bySchema).map((part) => [true, true, Object.keys(part)]),
    );
    expect(parsed).toStrictEqual(bySchema);
  });

  it("the parts a ticket leaves empty (organization, tags, fields, events) are frozen, and writing to them throws", () => {
    const parsed = parseTicket({ id: 1, createdAt: "2026-03-02T09:00:00Z", channel: "ticket" });
    const writes: (() => void)[] = [
      () => (parsed.tags as string[]).push("vip"),
      () => (parsed.organization.tags as string[]).push("vip"),
      () => ((parsed.fields as Record<string, unknown>)["group"] = "x"),
      () => (parsed.events as unknown[]).push({ type: "created", at: 0 }),
      () => ((parsed.organization as { plan: unknown }).plan = "premium"),
    ];
    for (const write of writes) expect(write).toThrow(TypeError);
    // Another ticket's empty parts are still empty.
    expect(parseTicket({ id: 2, createdAt: "2026-03-02T09:00:00Z", channel: "ticket" })).toMatchObject({ tags: [], fields: {}, events: [], organization: { plan: null, supportLevel: null, tags: [] } });
  });
});
