import { describe, expect, it } from "vitest";
import { emergencyPaging } from "../../src/routing/emergency-paging.js";
import { expectError } from "./helpers.js";

const T0 = "2026-11-20T10:00:00.000Z";
const plus = (minutes: number): Date => new Date(Date.parse(T0) + minutes * 60_000);
const iso = (minutes: number): string => plus(minutes).toISOString();

const RULE_2016 = "§4 emergencies (2016): acknowledge within 5 minutes, or the second level is alerted";
const RULE_2026 = "§4 emergencies (2026): +10 min support manager on call, then every 5 min director, senior leaders, executive, repeated 5 times";
const onCallPaged = {
  code: "on_call_paged",
  rule: "§4 emergencies: an emergency ticket pages the on-call engineer",
  message: "The on-call engineer was paged at 2026-11-20T10:00:00.000Z",
  facts: { triggeredAt: T0 },
};
const onCallAlert = { role: "on_call_engineer", pass: 1, at: T0, minutesAfterTrigger: 0 };

describe("emergencyPaging, full decisions", () => {
  it('2016: "acknowledge within 5 minutes": at the trigger only the on-call engineer, the second level next at +5', () => {
    expect(emergencyPaging({ triggeredAt: T0 }, plus(0), "handbook2016")).toEqual({
      edition: "handbook2016",
      outcome: "paging",
      alerted: [onCallAlert],
      currentlyPaged: "on_call_engineer",
      reasons: [
        onCallPaged,
        {
          code: "awaiting_acknowledgement",
          rule: RULE_2016,
          message: "Not acknowledged yet: second_level is alerted at 2026-11-20T10:05:00.000Z unless acknowledged by then",
          facts: { nextRole: "second_level", nextAlertAt: iso(5), minutesAfterTrigger: 5 },
        },
      ],
      next: { action: "alert", role: "second_level", at: iso(5), message: "Alert second_level at 2026-11-20T10:05:00.000Z unless acknowledged" },
    });
  });

  it('2016: "or the second level is alerted": at +5 the chain is exhausted', () => {
    expect(emergencyPaging({ triggeredAt: T0 }, plus(5), "handbook2016")).toEqual({
      edition: "handbook2016",
      outcome: "exhausted",
      alerted: [onCallAlert, { role: "second_level", pass: 1, at: iso(5), minutesAfterTrigger: 5 }],
      currentlyPaged: "second_level",
      reasons: [
        onCallPaged,
        {
          code: "not_acknowledged_in_time",
          rule: RULE_2016,
          message: "No acknowledgement before 2026-11-20T10:05:00.000Z: 1 escalation alert(s) fired, the last to second_level",
          facts: { escalationsFired: 1, lastAlerted: "second_level", lastAlertAt: iso(5) },
        },
        {
          code: "chain_exhausted",
          rule: RULE_2016,
          message: "Every alert of the chain has fired without an acknowledgement; nothing more fires",
          facts: { alerts: 2 },
        },
      ],
    });
  });

  it("2016: an acknowledgement at the 5-minute instant stops the second level, and says how long it took", () => {
    expect(emergencyPaging({ triggeredAt: T0, acknowledgedAt: iso(5) }, plus(30), "handbook2016")).toEqual({
      edition: "handbook2016",
      outcome: "acknowledged",
      alerted: [onCallAlert],
      currentlyPaged: "on_call_engineer",
      reasons: [
        onCallPaged,
        {
          code: "acknowledged",
          rule: RULE_2016,
          message: "Acknowledged at 2026-11-20T10:05:00.000Z, 5 minutes after the page; no further alerts",
          facts: { acknowledgedAt: iso(5), minutesToAcknowledge: 5 },
        },
      ],
    });
  });

  it("an acknowledgement at the trigger itself still leaves the on-call engineer's own alert fired", () => {
    expect(emergencyPaging({ triggeredAt: T0, acknowledgedAt: T0 }, plus(0), "gitlab2026")).toEqual({
      edition: "gitlab2026",
      outcome: "acknowledged",
      alerted: [onCallAlert],
      currentlyPaged: "on_call_engineer",
      reasons: [
        onCallPaged,
        {
          code: "acknowledged",
          rule: RULE_2026,
          message: "Acknowledged at 2026-11-20T10:00:00.000Z, 0 minutes after the page; no further alerts",
          facts: { acknowledgedAt: T0, minutesToAcknowledge: 0 },
        },
      ],
    });
  });

  it('2026: "support manager on call at +10 min", then the director next at +15', () => {
    expect(emergencyPaging({ triggeredAt: T0 }, plus(12), "gitlab2026")).toEqual({
      edition: "gitlab2026",
      outcome: "paging",
      alerted: [onCallAlert, { role: "support_manager_on_call", pass: 1, at: iso(10), minutesAfterTrigger: 10 }],
      currentlyPaged: "support_manager_on_call",
      reasons: [
        onCallPaged,
        {
          code: "not_acknowledged_in_time",
          rule: RULE_2026,
          message: "No acknowledgement before 2026-11-20T10:10:00.000Z: 1 escalation alert(s) fired, the last to support_manager_on_call",
          facts: { escalationsFired: 1, lastAlerted: "support_manager_on_call", lastAlertAt: iso(10) },
        },
        {
          code: "awaiting_acknowledgement",
          rule: RULE_2026,
          message: "Not acknowledged yet: support_director is alerted at 2026-11-20T10:15:00.000Z unless acknowledged by then",
          facts: { nextRole: "support_director", nextAlertAt: iso(15), minutesAfterTrigger: 15 },
        },
      ],
      next: { action: "alert", role: "support_director", at: iso(15), message: "Alert support_director at 2026-11-20T10:15:00.000Z unless acknowledged" },
    });
  });

  it('2026: a minute before +10 nothing has escalated yet; "the manager again at +30" in the second pass', () => {
    expect(emergencyPaging({ triggeredAt: T0 }, plus(9), "gitlab2026").next).toEqual({
      action: "alert",
      role: "support_manager_on_call",
      at: iso(10),
      message: "Alert support_manager_on_call at 2026-11-20T10:10:00.000Z unless acknowledged",
    });
    expect(emergencyPaging({ triggeredAt: T0 }, plus(30), "gitlab2026").alerted.at(-1)).toEqual({ role: "support_manager_on_call", pass: 2, at: iso(30), minutesAfterTrigger: 30 });
  });

  it('2026: "the last alert, the executive\'s, at +105": at +104 it is next, at +105 the chain is exhausted', () => {
    const before = emergencyPaging({ triggeredAt: T0 }, plus(104), "gitlab2026");
    expect(before.outcome).toBe("paging");
    expect(before.alerted).toHaveLength(20);
    expect(before.next).toEqual({ action: "alert", role: "executive", at: iso(105), message: "Alert executive at 2026-11-20T11:45:00.000Z unless acknowledged" });
    const exhausted = emergencyPaging({ triggeredAt: T0 }, plus(105), "gitlab2026");
    expect(exhausted.outcome).toBe("exhausted");
    expect(exhausted.currentlyPaged).toBe("executive");
    expect(exhausted.reasons.slice(1)).toEqual([
      {
        code: "not_acknowledged_in_time",
        rule: RULE_2026,
        message: "No acknowledgement before 2026-11-20T11:45:00.000Z: 20 escalation alert(s) fired, the last to executive",
        facts: { escalationsFired: 20, lastAlerted: "executive", lastAlertAt: iso(105) },
      },
      { code: "chain_exhausted", rule: RULE_2026, message: "Every alert of the chain has fired without an acknowledgement; nothing more fires", facts: { alerts: 21 } },
    ]);
  });

  it("2026: an acknowledgement between alerts stops the chain after the alerts already fired", () => {
    expect(emergencyPaging({ triggeredAt: T0, acknowledgedAt: "2026-11-20T10:17:30Z" }, plus(60), "gitlab2026")).toEqual({
      edition: "gitlab2026",
      outcome: "acknowledged",
      alerted: [
        onCallAlert,
        { role: "support_manager_on_call", pass: 1, at: iso(10), minutesAfterTrigger: 10 },
        { role: "support_director", pass: 1, at: iso(15), minutesAfterTrigger: 15 },
      ],
      currentlyPaged: "support_director",
      reasons: [
        onCallPaged,
        {
          code: "not_acknowledged_in_time",
          rule: RULE_2026,
          message: "No acknowledgement before 2026-11-20T10:15:00.000Z: 2 escalation alert(s) fired, the last to support_director",
          facts: { escalationsFired: 2, lastAlerted: "support_director", lastAlertAt: iso(15) },
        },
        {
          code: "acknowledged",
          rule: RULE_2026,
          message: "Acknowledged at 2026-11-20T10:17:30.000Z, 17.5 minutes after the page; no further alerts",
          facts: { acknowledgedAt: "2026-11-20T10:17:30.000Z", minutesToAcknowledge: 17.5 },
        },
      ],
    });
  });

  it("an acknowledgement at `now` is consistent; `now` at the trigger is too", () => {
    expect(emergencyPaging({ triggeredAt: T0, acknowledgedAt: iso(3) }, plus(3), "gitlab2026").outcome).toBe("acknowledged");
    expectError(() => emergencyPaging({ triggeredAt: T0 }, new Date(Date.parse(T0) - 1), "gitlab2026"), "now_before_creation", ["now"], "`now` is before the page was triggered");
    expectError(
      () => emergencyPaging({ triggeredAt: T0, acknowledgedAt: "2026-11-20T10:03:00.001Z" }, plus(3), "gitlab2026"),
      "inconsistent_facts",
      ["incident", "acknowledgedAt"],
      "The acknowledgement is after `now`",
    );
    expectError(
      () => emergencyPaging({ triggeredAt: T0, acknowledgedAt: "2026-11-20T09:59:59.999Z" }, plus(3), "gitlab2026"),
      "event_before_creation",
      ["incident", "acknowledgedAt"],
      "The acknowledgement is before the page was triggered",
    );
  });
});
