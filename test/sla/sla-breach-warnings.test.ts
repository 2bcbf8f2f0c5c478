import { describe, expect, it } from "vitest";
import { breachWarnings } from "../../src/sla/breach-warnings.js";
import { evaluateSla } from "../../src/sla/evaluate-sla.js";
import { HOUR, MINUTE, agent, at, caught, hourly, nowAt, status, ticket } from "./sla-fixtures.js";
import { prepareSlaPolicies } from "../../src/sla/prepare-sla-policies.js";

const firstReplyOnly = prepareSlaPolicies({
  policies: [{ id: "one", name: "First reply in an hour", targets: [{ metric: "first_reply", duration: { hours: 1 }, calendar: "around_the_clock" }] }],
});

describe("breachWarnings", () => {
  const now = nowAt(0);
  const reports = [
    // Due at +60, +20, +50, +120 (minutes), relative to creation at -40, -10 and so on.
    evaluateSla(ticket([], { id: "C", createdAt: at(-10) }), firstReplyOnly, now),
    evaluateSla(ticket([], { id: "A", createdAt: at(-40) }), firstReplyOnly, now),
    evaluateSla(ticket([], { id: "B", createdAt: at(-10) }), firstReplyOnly, now),
    evaluateSla(ticket([], { id: "late", createdAt: at(-90) }), firstReplyOnly, now),
    evaluateSla(ticket([agent(-5)], { id: "done", createdAt: at(-30) }), firstReplyOnly, now),
  ];

  it('"An email goes to the whole team when an SLA breach is imminent": metrics breaching within the window, soonest first', () => {
    const warnings = breachWarnings(reports, now, { hours: 1 });
    expect(warnings.map((warning) => [warning.ticketId, warning.inMs])).toEqual([
      ["A", 20 * MINUTE],
      ["B", 50 * MINUTE],
      ["C", 50 * MINUTE],
    ]);
    expect(warnings[0]).toEqual({ ticketId: "A", policyId: "one", priority: "normal", metric: "first_reply", dueAt: at(20), inMs: 20 * MINUTE, remainingBusinessMs: 20 * MINUTE });
  });

  it("already breached, fulfilled and paused metrics are not warnings; the window is inclusive", () => {
    expect(breachWarnings(reports, now, 20 * MINUTE).map((warning) => warning.ticketId)).toEqual(["A"]);
    expect(breachWarnings(reports, now, 0)).toEqual([]);
    const paused = evaluateSla(ticket([agent(-50), status(-45, "pending")], { createdAt: at(-60) }), hourly, now);
    // Pausable update, requester wait and agent work are paused; total resolution is due exactly now, not yet breached.
    expect(breachWarnings([paused], now, HOUR).map((warning) => warning.metric)).toEqual(["total_resolution", "periodic_update"]);
  });

  it("a negative window or a malformed report is a typed error", () => {
    expect(caught(() => breachWarnings(reports, now, -1))).toMatchObject({ code: "invalid_duration", path: ["within"] });
    expect(caught(() => breachWarnings([{ ticketId: 1 } as never], now, 1))).toMatchObject({ code: "invalid_type", path: ["reports", 0, "ticketId"] });
    expect(caught(() => breachWarnings(reports, new Date(Number.NaN), 1))).toMatchObject({ code: "invalid_instant", path: ["now"] });
  });

  it("one ticket's metrics due at the same instant are listed in metric order; the window's far edge is included", () => {
    const report = evaluateSla(ticket([], { id: "T", createdAt: at(-10) }), hourly, now);
    const warnings = breachWarnings([report], now, { minutes: 50 });
    expect(warnings.map((warning) => [warning.metric, warning.dueAt, warning.inMs])).toEqual([
      ["first_reply", at(50), 50 * MINUTE],
      ["requester_wait", at(50), 50 * MINUTE],
      ["agent_work", at(50), 50 * MINUTE],
      ["total_resolution", at(50), 50 * MINUTE],
    ]);
    expect(breachWarnings([report], now, 50 * MINUTE - 1)).toEqual([]);
  });

  it("a solved ticket, with nothing running, gives no warning", () => {
    const solved = evaluateSla(ticket([agent(-5), status(-4, "solved")], { createdAt: at(-10) }), hourly, now);
    expect(breachWarnings([solved], now, HOUR)).toEqual([]);
  });
});
