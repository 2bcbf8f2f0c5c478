import { fc, test } from "../support/property.js";
import { describe, expect, it } from "vitest";
import { emergencyFollowUps } from "../../src/routing/emergency-follow-ups.js";
import { deepFreeze, expectError, roundTrip } from "./helpers.js";

const T0 = "2026-11-20T10:00:00.000Z";
const plus = (minutes: number): Date => new Date(Date.parse(T0) + minutes * 60_000);
const iso = (minutes: number): string => plus(minutes).toISOString();

describe("emergencyFollowUps", () => {
  it('"emergency longer than 1 hour ... start a shared document"', () => {
    expect(emergencyFollowUps({ startedAt: T0, peopleInvolved: 1 }, plus(59)).actions).toEqual([]);
    const plan = emergencyFollowUps({ startedAt: T0, peopleInvolved: 1 }, plus(60));
    expect(plan.actions).toEqual(["start_shared_document"]);
    expect(plan.reasons[0]?.facts).toMatchObject({ minutesRunning: 60 });
  });

  it('"and/or multiple people involved: start a shared document" at once', () => {
    expect(emergencyFollowUps({ startedAt: T0, peopleInvolved: 2 }, plus(5)).actions).toEqual(["start_shared_document"]);
  });

  it("a document already started is not asked for again", () => {
    expect(emergencyFollowUps({ startedAt: T0, peopleInvolved: 3, sharedDocumentStarted: true }, plus(90)).actions).toEqual([]);
  });

  it('"longer than 3 hours: consider an account escalation"', () => {
    const plan = emergencyFollowUps({ startedAt: T0, peopleInvolved: 1, sharedDocumentStarted: true }, plus(180));
    expect(plan.actions).toEqual(["consider_account_escalation"]);
    expect(emergencyFollowUps({ startedAt: T0, peopleInvolved: 1, sharedDocumentStarted: true }, plus(179)).next).toMatchObject({
      action: "consider_account_escalation",
      at: iso(180),
    });
    expect(emergencyFollowUps({ startedAt: T0, sharedDocumentStarted: true, accountEscalationOpened: true }, plus(500)).actions).toEqual([]);
  });

  it('"customer silent 15 min after first contact: follow up"', () => {
    const waiting = emergencyFollowUps({ startedAt: T0, peopleInvolved: 1, firstContactAt: iso(5) }, plus(19));
    expect(waiting.actions).toEqual([]);
    expect(waiting.next).toMatchObject({ action: "send_follow_up", at: iso(20) });
    expect(emergencyFollowUps({ startedAt: T0, peopleInvolved: 1, firstContactAt: iso(5) }, plus(20)).actions).toEqual(["send_follow_up"]);
  });

  it('"15 min after the follow-up: close the call, set priority High"', () => {
    const facts = { startedAt: T0, peopleInvolved: 1, firstContactAt: iso(5), followUpSentAt: iso(20) };
    expect(emergencyFollowUps(facts, plus(34)).next).toMatchObject({ action: "close_bridge_set_priority_high", at: iso(35) });
    const plan = emergencyFollowUps(facts, plus(35));
    expect(plan.actions).toEqual(["close_bridge_set_priority_high"]);
    expect(plan.reasons[0]?.facts).toMatchObject({ newPriority: "high" });
  });

  it("a customer who answers breaks the silence", () => {
    expect(emergencyFollowUps({ startedAt: T0, peopleInvolved: 1, firstContactAt: iso(5), customerRespondedAt: iso(10) }, plus(40)).actions).toEqual([]);
    expect(
      emergencyFollowUps({ startedAt: T0, peopleInvolved: 1, firstContactAt: iso(5), followUpSentAt: iso(20), customerRespondedAt: iso(25) }, plus(40)).actions,
    ).toEqual([]);
  });

  it('"after the emergency: document the steps in the ticket"', () => {
    const plan = emergencyFollowUps({ startedAt: T0, peopleInvolved: 1, resolvedAt: iso(30), firstContactAt: iso(5) }, plus(300));
    expect(plan.actions).toEqual(["document_steps_in_ticket"]);
    expect(plan.next).toBeUndefined();
  });

  it("without the number of people, a short emergency lists the fact as missing", () => {
    const plan = emergencyFollowUps({ startedAt: T0 }, plus(10));
    expect(plan.missing).toEqual(["peopleInvolved"]);
    expect(plan.next).toMatchObject({ action: "start_shared_document", at: iso(60) });
  });

  it("several steps at once, in rule order; JSON out, input untouched", () => {
    const facts = deepFreeze({ startedAt: T0, peopleInvolved: 4, firstContactAt: iso(170) });
    const plan = emergencyFollowUps(facts, plus(200));
    expect(plan.actions).toEqual(["start_shared_document", "consider_account_escalation", "send_follow_up"]);
    expect(roundTrip(plan)).toEqual(plan);
  });

  test.prop([fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 5 })])("a step never becomes due before the time its rule names", (minutes, people) => {
    const plan = emergencyFollowUps({ startedAt: T0, peopleInvolved: people, firstContactAt: T0 }, plus(minutes));
    if (plan.actions.includes("consider_account_escalation")) expect(minutes).toBeGreaterThanOrEqual(180);
    if (plan.actions.includes("send_follow_up")) expect(minutes).toBeGreaterThanOrEqual(15);
    if (plan.actions.includes("start_shared_document")) expect(minutes >= 60 || people > 1).toBe(true);
    if (plan.next?.at !== undefined) expect(Date.parse(plan.next.at)).toBeGreaterThan(plus(minutes).getTime());
  });

  it("rejects events out of order and after now", () => {
    expectError(() => emergencyFollowUps({ startedAt: T0, resolvedAt: iso(-5) }, plus(1)), "event_before_creation", ["emergency", "resolvedAt"], "before the emergency started");
    expectError(() => emergencyFollowUps({ startedAt: T0, followUpSentAt: iso(5) }, plus(10)), "missing_field", ["emergency", "firstContactAt"], "firstContactAt");
    expectError(() => emergencyFollowUps({ startedAt: T0, firstContactAt: iso(5), followUpSentAt: iso(2) }, plus(10)), "event_before_creation", ["emergency", "followUpSentAt"], "before the first contact");
    expectError(() => emergencyFollowUps({ startedAt: T0, firstContactAt: iso(50) }, plus(10)), "inconsistent_facts", ["emergency", "firstContactAt"], "after `now`");
    expectError(() => emergencyFollowUps({ startedAt: T0 }, plus(-10)), "now_before_creation", ["now"], "before the emergency started");
    expectError(() => emergencyFollowUps({ startedAt: T0, peopleInvolved: 0 }, plus(1)), "too_small", ["emergency", "peopleInvolved"], ">=1");
  });
});
