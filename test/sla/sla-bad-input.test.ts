import { describe, expect, it } from "vitest";
import { PLANS } from "../../src/shared/plan.js";
import type { SupportPolicyError } from "../../src/shared/errors.js";
import { evaluateSla } from "../../src/sla/evaluate-sla.js";
import { globalSupportHours } from "../../src/sla/gitlab-calendars.js";
import { parseTicket } from "../../src/sla/parse-ticket.js";
import { prepareSlaPolicies } from "../../src/sla/prepare-sla-policies.js";
import { agent, at, caught, fourBusinessHours, hourly, ticket } from "./sla-fixtures.js";

function describeError(error: SupportPolicyError): [string, readonly PropertyKey[], string] {
  return [error.code, error.path, error.message];
}

const badTicket = (extra: Record<string, unknown>, events: unknown[] = []) => describeError(caught(() => parseTicket(ticket(events as never, extra))));
const badSet = (set: Record<string, unknown>) => describeError(caught(() => prepareSlaPolicies(set as never)));
const target = { metric: "first_reply", duration: { hours: 1 }, calendar: "around_the_clock" };
const onePolicy = (policy: Record<string, unknown>) => ({ policies: [{ id: "p", name: "P", targets: [target], ...policy }] });
const TOO_SHORT = "Too small: expected string to have >=1 characters";

describe("bad tickets: code, path and message", () => {
  it.each([
    ["an id that is neither a non-empty string nor a whole non-negative number", { id: -1 }, ["invalid_input", ["ticket", "id"], "Invalid input"]],
    ["a fractional id", { id: 1.5 }, ["invalid_input", ["ticket", "id"], "Invalid input"]],
    ["no channel", { channel: undefined }, ["missing_field", ["ticket", "channel"], 'Missing required field "ticket.channel"']],
    ["an organization field the library does not know", { organization: { tier: "gold" } }, ["unknown_key", ["ticket", "organization", "tier"], 'Unknown key "tier"']],
    ["an empty plan", { organization: { plan: "" } }, ["unknown_value", ["ticket", "organization", "plan"], `Unknown plan ""; expected one of ${PLANS.join(", ")}`]],
    ["a plan outside the vocabulary, with the nearest plan", { organization: { plan: "premuim" } }, ["unknown_value", ["ticket", "organization", "plan"], `Unknown plan "premuim"; expected one of ${PLANS.join(", ")}; did you mean "premium"?`]],
    [
      "an unknown support level",
      { organization: { supportLevel: "gold" } },
      ["unknown_value", ["ticket", "organization", "supportLevel"], 'Invalid option: expected one of "priority"|"standard"|"us_government_12x5"|"us_government_24x7"|"none", received "gold"'],
    ],
    ["an empty tag", { tags: [""] }, ["too_small", ["ticket", "tags", 0], TOO_SHORT]],
    ["an organization's empty tag", { organization: { tags: ["ok", ""] } }, ["too_small", ["ticket", "organization", "tags", 1], TOO_SHORT]],
    ["severity 5 (the scale is 1 to 4)", { severity: 5 }, ["invalid_input", ["ticket", "severity"], "Invalid input"]],
    ["an empty form", { form: "" }, ["too_small", ["ticket", "form"], TOO_SHORT]],
    ["an empty assignee", { assignee: "" }, ["too_small", ["ticket", "assignee"], TOO_SHORT]],
    ["a ticket field the library does not know", { subject: "x" }, ["unknown_key", ["ticket", "subject"], 'Unknown key "subject"']],
    ["events that are not a list", { events: "x" }, ["invalid_type", ["ticket", "events"], "Invalid input: expected array, received string"]],
  ] as const)("%s", (_, extra, expected) => {
    expect(badTicket(extra)).toEqual(expected);
  });

  it.each([
    [
      "an unknown event type",
      [{ type: "merged", at: at(1) }],
      ["invalid_input", ["ticket", "events", 0, "type"], "Invalid discriminator value. Expected 'created' | 'comment' | 'status_change' | 'priority_change' | 'severity_change' | 'assignee_change' | 'field_change' | 'tags_change' | 'calendar_change'"],
    ],
    ["a comment that does not say whether it is public", [{ type: "comment", at: at(1), author: "agent" }], ["missing_field", ["ticket", "events", 0, "public"], 'Missing required field "ticket.events.0.public"']],
    ["a comment by neither customer nor agent", [{ type: "comment", at: at(1), author: "bot", public: true }], ["unknown_value", ["ticket", "events", 0, "author"], 'Invalid option: expected one of "customer"|"agent", received "bot"']],
    ["a change to a priority that is not an id", [{ type: "priority_change", at: at(1), priority: "Critical" }], ["invalid_format", ["ticket", "events", 0, "priority"], "A priority id is lower-case letters, digits and underscores"]],
    ["a severity change that does not say who made it", [{ type: "severity_change", at: at(1), severity: 2 }], ["missing_field", ["ticket", "events", 0, "by"], 'Missing required field "ticket.events.0.by"']],
    ["an assignee change to an empty name", [{ type: "assignee_change", at: at(1), assignee: "" }], ["too_small", ["ticket", "events", 0, "assignee"], TOO_SHORT]],
    ["an event field the library does not know", [{ type: "status_change", at: at(1), status: "open", by: "x" }], ["unknown_key", ["ticket", "events", 0, "by"], 'Unknown key "by"']],
    ["two created events", [{ type: "created", at: at(0) }, { type: "created", at: at(0) }], ["inconsistent_facts", ["ticket", "events", 1], "A ticket has at most one created event"]],
    [
      "a created event at another instant than createdAt",
      [{ type: "created", at: at(1) }],
      ["inconsistent_facts", ["ticket", "events", 0, "at"], "The created event at 2026-03-16T10:01:00.000Z differs from createdAt 2026-03-16T10:00:00.000Z"],
    ],
    [
      "an event in epoch milliseconds before creation",
      [{ type: "status_change", at: -1, status: "open" }],
      ["event_before_creation", ["ticket", "events", 0, "at"], "The event at 1969-12-31T23:59:59.999Z comes before the ticket's creation at 2026-03-16T10:00:00.000Z"],
    ],
  ] as const)("%s", (_, events, expected) => {
    expect(badTicket({}, [...events])).toEqual(expected);
  });

  it("every bad event is reported, the first one in the message", () => {
    const error = caught(() => parseTicket(ticket([agent(-2), agent(5), agent(-1)])));
    expect(describeError(error)).toEqual([
      "event_before_creation",
      ["ticket", "events", 0, "at"],
      "The event at 2026-03-16T09:58:00.000Z comes before the ticket's creation at 2026-03-16T10:00:00.000Z (and 1 more)",
    ]);
    expect(error.issues.map((issue) => issue.path)).toEqual([
      ["ticket", "events", 0, "at"],
      ["ticket", "events", 2, "at"],
    ]);
  });

  it('a closed ticket may be closed again, but "a follow-up is a new ticket"', () => {
    const closedTwice = ticket([
      { type: "status_change", at: at(1), status: "closed" },
      { type: "status_change", at: at(2), status: "closed" },
    ]);
    expect(parseTicket(closedTwice).events).toHaveLength(2);
    const reopenedClosed = caught(() => parseTicket(ticket([{ type: "status_change", at: at(2), status: "solved" }, { type: "status_change", at: at(1), status: "closed" }])));
    expect(describeError(reopenedClosed)).toEqual(["inconsistent_facts", ["ticket", "events", 0, "status"], 'A closed ticket cannot change status to "solved"; a follow-up is a new ticket']);
  });

  it("a ticket whose due instant on a business calendar falls past the supported range", () => {
    const error = caught(() => evaluateSla(ticket([], { createdAt: "2199-12-31T20:00:00Z" }), fourBusinessHours, new Date("2199-12-31T21:00:00Z")));
    expect(describeError(error)).toEqual(["out_of_range", ["ticket"], "The result falls outside the supported range 1900-01-01T00:00:00.000Z to 2200-01-01T00:00:00.000Z"]);
  });

  it("an invalid now", () => {
    expect(describeError(caught(() => evaluateSla(ticket([]), hourly, new Date(Number.NaN))))).toEqual(["invalid_instant", ["now"], 'Expected an ISO 8601 date-time with "Z" or an offset (e.g. "2026-11-20T10:00:00Z"), a Date or epoch milliseconds; received an invalid Date']);
  });
});

describe("bad policy sets: code, path and message", () => {
  it.each([
    [
      '"around_the_clock" used as a calendar name',
      { policies: [], calendars: { around_the_clock: globalSupportHours } },
      ["duplicate_id", ["policySet", "calendars", "around_the_clock"], '"around_the_clock" is reserved (elapsed time) and cannot name a calendar'],
    ],
    [
      '"__proto__" used as a calendar name (JSON.parse keeps it as a key; zod would drop it)',
      { policies: [], calendars: JSON.parse(`{ "__proto__": ${JSON.stringify(globalSupportHours)} }`) as never },
      ["duplicate_id", ["policySet", "calendars", "__proto__"], '"__proto__" cannot name a calendar: JavaScript objects reserve it'],
    ],
    [
      "two targets for one metric at one priority",
      onePolicy({ targets: [{ ...target, priority: "high" }, target, { ...target, priority: "high" }] }),
      ["duplicate_id", ["policySet", "policies", 0, "targets", 2], 'The policy "p" has two targets for first_reply at high priority'],
    ],
    [
      "two every-priority targets for one metric",
      onePolicy({ targets: [target, { ...target, priority: "high" }, target] }),
      ["duplicate_id", ["policySet", "policies", 0, "targets", 2], 'The policy "p" has two targets for first_reply at every priority'],
    ],
    [
      "a calendar name in a set without calendars",
      onePolicy({ targets: [{ ...target, calendar: "emea" }] }),
      ["not_a_calendar", ["policySet", "policies", 0, "targets", 0, "calendar"], 'Unknown calendar "emea": expected "around_the_clock", "ticket_calendar" or one of the set\'s calendars (none)'],
    ],
    ["an empty policy id", onePolicy({ id: "" }), ["too_small", ["policySet", "policies", 0, "id"], TOO_SHORT]],
    ["an empty policy name", onePolicy({ name: "" }), ["too_small", ["policySet", "policies", 0, "name"], TOO_SHORT]],
    ["a deriveFacts that is not a function", { policies: [], deriveFacts: 1 }, ["invalid_input", ["policySet", "deriveFacts"], "Expected a function from a parsed ticket to its derived facts"]],
    [
      "a duration too large to represent",
      onePolicy({ targets: [{ ...target, duration: { hours: 1e308 } }] }),
      ["invalid_duration", ["policySet", "policies", 0, "targets", 0, "duration"], "The duration is too large to represent"],
    ],
    ["a negative duration", onePolicy({ targets: [{ ...target, duration: -5 }] }), ["too_small", ["policySet", "policies", 0, "targets", 0, "duration"], "Too small: expected number to be >=0"]],
    [
      "a pause on a status that ends the clock",
      onePolicy({ targets: [{ ...target, pausedBy: ["solved"] }] }),
      ["unknown_value", ["policySet", "policies", 0, "targets", 0, "pausedBy", 0], 'Invalid option: expected one of "new"|"open"|"pending"|"on_hold", received "solved"'],
    ],
    ["a target field the library does not know", onePolicy({ targets: [{ ...target, paused: [] }] }), ["unknown_key", ["policySet", "policies", 0, "targets", 0, "paused"], 'Unknown key "paused"; did you mean "pausedBy"?']],
    ["an empty tag in a tag condition", onePolicy({ conditions: { tags: { any: [""] } } }), ["too_small", ["policySet", "policies", 0, "conditions", "tags", "any", 0], TOO_SHORT]],
    ["an empty plan in a condition", onePolicy({ conditions: { plan: [""] } }), ["unknown_value", ["policySet", "policies", 0, "conditions", "plan", 0], `Unknown plan ""; expected one of ${PLANS.join(", ")}`]],
    ["a set field the library does not know", { policies: [], version: 2 }, ["unknown_key", ["policySet", "version"], 'Unknown key "version"']],
    ["no policies", {}, ["missing_field", ["policySet", "policies"], 'Missing required field "policySet.policies"']],
    ["an empty set name", { name: "", policies: [] }, ["too_small", ["policySet", "name"], TOO_SHORT]],
  ] as const)("%s", (_, set, expected) => {
    expect(badSet(set)).toEqual(expected);
  });

  it("a window exactly as long as its target is rejected; one millisecond shorter is accepted", () => {
    const window = (notBefore: number) => onePolicy({ targets: [{ ...target, duration: 1000, notBefore }] });
    expect(badSet(window(1000))).toEqual(["inconsistent_facts", ["policySet", "policies", 0, "targets", 0, "notBefore"], "notBefore (1000 ms) must be shorter than the duration (1000 ms)"]);
    expect(prepareSlaPolicies(window(999) as never).policies[0]?.targets[0]).toEqual({ metric: "first_reply", priority: null, durationMs: 1000, calendar: "around_the_clock", notBeforeMs: 999, pausedBy: [] });
  });

  it("a target's own pausing statuses replace the metric's defaults", () => {
    const set = prepareSlaPolicies(onePolicy({ targets: [{ ...target, metric: "agent_work", pausedBy: ["new"] }, { ...target, metric: "requester_wait" }] }));
    expect(set.policies[0]?.targets.map((entry) => entry.pausedBy)).toEqual([["new"], ["pending"]]);
  });
});
