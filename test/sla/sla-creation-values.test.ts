import { describe, expect, it } from "vitest";
import { evaluateSla } from "../../src/sla/evaluate-sla.js";
import { parseTicket } from "../../src/sla/parse-ticket.js";
import { agent, at, caught, hourly, metricOf, nowAt, priority, status, ticket } from "./sla-fixtures.js";

// A source system's ticket object holds its *current* values; the library's ticket-level values
// are the ones at creation. Read as creation values, a solved ticket has every clock stopped at
// creation and reports "met" whatever happened.
describe("ticket-level values are the values at creation, and nothing can silently say otherwise", () => {
  it("the case that went wrong: a ticket solved at +100 min whose first reply came late at +90 min (target 60 min) is breached, never met", () => {
    // What a converter passing the current status produced: rejected, with the way out.
    const error = caught(() => evaluateSla(ticket([agent(90)], { status: "solved" }), hourly, nowAt(120)));
    expect(error).toMatchObject({ code: "inconsistent_facts", path: ["ticket", "status"] });
    expect(error.message).toBe(
      "A ticket's status is the one it was created with, and a ticket is not created solved: give its current status as current.status and each change as a status_change event (for a ticket solved at creation, a status_change at createdAt)",
    );
    // The same ticket as its history: created new, replied at +90, solved at +100; due at +60.
    const report = evaluateSla(ticket([agent(90), status(100, "solved")], { current: { status: "solved" } }), hourly, nowAt(120));
    expect(metricOf(report, "first_reply")).toMatchObject({ state: "closed", breached: true, dueAt: at(60), fulfilledAt: at(90) });
  });

  it("a ticket is not created closed either", () => {
    expect(caught(() => parseTicket(ticket([], { status: "closed" })))).toMatchObject({ code: "inconsistent_facts", path: ["ticket", "status"] });
  });

  it("current values that the events do not lead to are rejected, each at its own path", () => {
    const error = caught(() =>
      parseTicket(ticket([agent(90), priority(95, "high")], { assignee: "ada", tags: ["a"], current: { status: "solved", priority: "urgent", assignee: "bo", tags: ["a", "b"] } })),
    );
    expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["inconsistent_facts", ["ticket", "current", "status"]],
      ["inconsistent_facts", ["ticket", "current", "priority"]],
      ["inconsistent_facts", ["ticket", "current", "assignee"]],
      ["inconsistent_facts", ["ticket", "current", "tags"]],
    ]);
    expect(error.issues[0]?.message).toBe(
      'The current status "solved" is not what the ticket\'s creation values and events lead to ("new"): ticket-level values are the ones at creation, and every later change must be a status_change event',
    );
  });

  it("current values the events do lead to are accepted, tags in any order, and dropped from the parsed ticket", () => {
    const parsed = parseTicket(
      ticket([status(10, "open"), priority(20, "high"), { type: "assignee_change", at: at(30), assignee: "bo" }, { type: "tags_change", at: at(40), tags: ["b", "a"] }], {
        current: { status: "open", priority: "high", assignee: "bo", tags: ["a", "b"] },
      }),
    );
    expect(parsed).not.toHaveProperty("current");
    expect(parsed.status).toBe("new");
  });

  it("current values are checked against every event, also those after now", () => {
    const input = ticket([status(100, "solved")], { current: { status: "solved" } });
    expect(evaluateSla(input, hourly, nowAt(50)).metrics[0]?.state).toBe("active");
  });
});
