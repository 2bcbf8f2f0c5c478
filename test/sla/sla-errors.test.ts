import { describe, expect, it } from "vitest";
import { evaluateSla } from "../../src/sla/evaluate-sla.js";
import { parseTicket } from "../../src/sla/parse-ticket.js";
import { prepareSlaPolicies } from "../../src/sla/prepare-sla-policies.js";
import type { SlaPolicySetInput } from "../../src/sla/sla-policy-set.js";
import { globalSupportHours } from "../../src/sla/gitlab-calendars.js";
import { agent, at, caught, hourly, nowAt, ticket } from "./sla-fixtures.js";

const target = { metric: "first_reply", duration: { hours: 1 }, calendar: "around_the_clock" };
const set = (policy: Record<string, unknown>): SlaPolicySetInput => ({ policies: [{ id: "p", name: "P", targets: [target], ...policy }] });

describe("bad tickets get the library's typed error with the path to the bad field", () => {
  it("an unknown status", () => {
    const error = caught(() => evaluateSla(ticket([{ type: "status_change", at: at(1), status: "waiting" as never }]), hourly, nowAt(2)));
    expect(error).toMatchObject({ code: "unknown_value", path: ["ticket", "events", 0, "status"] });
    expect(error.message).toContain('expected one of "new"|"open"|"pending"|"on_hold"|"solved"|"closed"');
  });

  it("an unknown channel", () => {
    const error = caught(() => evaluateSla(ticket([], { channel: "fax" as never }), hourly, nowAt(2)));
    expect(error).toMatchObject({ code: "unknown_value", path: ["ticket", "channel"] });
    expect(error.message).toContain('"emergency"');
  });

  it("an unknown priority", () => {
    const error = caught(() => evaluateSla(ticket([], { priority: "critical" as never }), hourly, nowAt(2)));
    expect(error).toMatchObject({ code: "unknown_value", path: ["ticket", "priority"] });
    expect(error.message).toBe('Unknown priority "critical": expected one of the policy set\'s priorities low, normal, high, urgent');
  });

  it("an event before creation", () => {
    const error = caught(() => evaluateSla(ticket([agent(-1)]), hourly, nowAt(2)));
    expect(error).toMatchObject({ code: "event_before_creation", path: ["ticket", "events", 0, "at"] });
    expect(error.message).toBe("The event at 2026-03-16T09:59:00.000Z comes before the ticket's creation at 2026-03-16T10:00:00.000Z");
  });

  it("a comment without an author", () => {
    const error = caught(() => evaluateSla(ticket([{ type: "comment", at: at(1), public: true } as never]), hourly, nowAt(2)));
    expect(error).toMatchObject({ code: "missing_field", path: ["ticket", "events", 0, "author"] });
    expect(error.message).toBe('Missing required field "ticket.events.0.author"');
  });

  it("an instant without an offset, and an impossible date", () => {
    const error = caught(() => evaluateSla(ticket([], { createdAt: "2026-03-16T10:00:00" }), hourly, nowAt(2)));
    expect(error).toMatchObject({ code: "invalid_instant", path: ["ticket", "createdAt"] });
    expect(error.message).toBe('Expected an ISO 8601 date-time with "Z" or an offset (e.g. "2026-11-20T10:00:00Z"), a Date or epoch milliseconds; received the string "2026-03-16T10:00:00"');
    for (const createdAt of ["2026-02-30T10:00:00Z", "2026-02-29T10:00:00Z", "2026-04-31T10:00:00Z", "2026-13-01T10:00:00Z", "2026-03-16T25:00:00Z"]) {
      expect(caught(() => parseTicket(ticket([], { createdAt })))).toMatchObject({ code: "invalid_instant", path: ["ticket", "createdAt"] });
    }
    expect(parseTicket(ticket([], { createdAt: "2028-02-29T10:00:00-05:00" })).createdAt).toBe(Date.parse("2028-02-29T15:00:00Z"));
  });

  it("a status change out of closed, and a created event at another instant", () => {
    const reopened = caught(() => parseTicket(ticket([{ type: "status_change", at: at(1), status: "closed" }, { type: "status_change", at: at(2), status: "open" }])));
    expect(reopened).toMatchObject({ code: "inconsistent_facts", path: ["ticket", "events", 1, "status"] });
    expect(reopened.message).toBe('A closed ticket cannot change status to "open"; a follow-up is a new ticket');
    const created = caught(() => parseTicket(ticket([{ type: "created", at: at(1) }])));
    expect(created).toMatchObject({ code: "inconsistent_facts", path: ["ticket", "events", 0, "at"] });
  });

  it('"now before creation is an error", and so is an invalid now', () => {
    const error = caught(() => evaluateSla(ticket([]), hourly, nowAt(-1)));
    expect(error).toMatchObject({ code: "now_before_creation", path: ["now"] });
    expect(error.message).toBe("now (2026-03-16T09:59:00.000Z) is before the ticket's creation (2026-03-16T10:00:00.000Z)");
    expect(caught(() => evaluateSla(ticket([]), hourly, "2026-03-16"))).toMatchObject({ code: "invalid_instant", path: ["now"] });
  });
});

describe("bad policies get the library's typed error with the path to the bad field", () => {
  it("a policy with no targets", () => {
    const error = caught(() => prepareSlaPolicies(set({ targets: [] })));
    expect(error).toMatchObject({ code: "no_targets", path: ["policySet", "policies", 0, "targets"] });
    expect(error.message).toBe('The policy "p" has no targets');
  });

  it("an unknown metric", () => {
    const error = caught(() => prepareSlaPolicies(set({ targets: [{ ...target, metric: "first_response" }] })));
    expect(error).toMatchObject({ code: "unknown_metric", path: ["policySet", "policies", 0, "targets", 0, "metric"] });
    expect(error.message).toBe(
      'Unknown metric "first_response": expected one of first_reply, next_reply, periodic_update, pausable_update, requester_wait, agent_work, total_resolution',
    );
  });

  it("a condition on a field that does not exist", () => {
    const error = caught(() => evaluateSla(ticket([]), set({ conditions: { severity: [1] } }), nowAt(1)));
    expect(error).toMatchObject({ code: "unknown_field", path: ["policySet", "policies", 0, "conditions", "severity"] });
    expect(error.message).toBe('Unknown condition field "severity": expected one of channel, priority, plan, supportLevel, form, tags, organizationTags, or a condition ({ field, operator, value }, { all, any }, { any }, { not })');
  });

  it("a target on a calendar the set does not hold", () => {
    const error = caught(() => prepareSlaPolicies({ ...set({ targets: [{ ...target, calendar: "emea" }] }), calendars: { global: globalSupportHours } }));
    expect(error).toMatchObject({ code: "not_a_calendar", path: ["policySet", "policies", 0, "targets", 0, "calendar"] });
    expect(error.message).toBe('Unknown calendar "emea": expected "around_the_clock", "ticket_calendar" or one of the set\'s calendars (global)');
    const notCalendar = caught(() => prepareSlaPolicies({ ...set({}), calendars: { global: { timeZone: "UTC" } as never } }));
    expect(notCalendar).toMatchObject({ code: "not_a_calendar", path: ["policySet", "calendars", "global"] });
  });

  it("two policies with one id, two targets for one metric and priority, and a zero duration", () => {
    const twice = caught(() => prepareSlaPolicies({ policies: [...set({}).policies, ...set({}).policies] }));
    expect(twice).toMatchObject({ code: "duplicate_id", path: ["policySet", "policies", 1, "id"], message: 'Two policies have the id "p"' });
    const doubled = caught(() => prepareSlaPolicies(set({ targets: [target, target] })));
    expect(doubled).toMatchObject({ code: "duplicate_id", path: ["policySet", "policies", 0, "targets", 1] });
    const zero = caught(() => prepareSlaPolicies(set({ targets: [{ ...target, duration: 0 }] })));
    expect(zero).toMatchObject({ code: "invalid_duration", path: ["policySet", "policies", 0, "targets", 0, "duration"], message: "A target's duration must be more than zero" });
  });
});
