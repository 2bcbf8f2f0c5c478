import { describe, expect, it } from "vitest";
import { emergencyFollowUps } from "../../src/routing/emergency-follow-ups.js";
import { expectError } from "./helpers.js";

const T0 = "2026-11-20T10:00:00.000Z";
const plus = (minutes: number): Date => new Date(Date.parse(T0) + minutes * 60_000);
const iso = (minutes: number): string => plus(minutes).toISOString();

const DOCUMENT_RULE = "§4 emergencies: longer than 1 hour and/or multiple people involved: start a shared document";
const nextDocument = { action: "start_shared_document", at: iso(60), message: "Start a shared document once the emergency has run 1 hour" };
const nextEscalation = { action: "consider_account_escalation", at: iso(180), message: "Consider an account escalation once the emergency has run 3 hours" };

describe("emergencyFollowUps, full plans", () => {
  it('"Emergency longer than 1 hour ... start a shared document": due at the hour, an account escalation next', () => {
    expect(emergencyFollowUps({ startedAt: T0, peopleInvolved: 1 }, plus(60))).toEqual({
      actions: ["start_shared_document"],
      reasons: [
        {
          code: "start_shared_document",
          rule: DOCUMENT_RULE,
          message: "Start a shared document open to the customer and the team, and announce it: the emergency has run 60 minutes",
          facts: { minutesRunning: 60, peopleInvolved: 1 },
        },
      ],
      next: nextEscalation,
    });
  });

  it("a moment before the hour, one person: nothing due, the document next", () => {
    expect(emergencyFollowUps({ startedAt: T0, peopleInvolved: 1 }, new Date(Date.parse(T0) + 3_599_999))).toEqual({ actions: [], reasons: [], next: nextDocument });
  });

  it('"and/or multiple people involved": two people call for the document at once, saying why', () => {
    expect(emergencyFollowUps({ startedAt: T0, peopleInvolved: 2 }, plus(5))).toEqual({
      actions: ["start_shared_document"],
      reasons: [
        {
          code: "start_shared_document",
          rule: DOCUMENT_RULE,
          message: "Start a shared document open to the customer and the team, and announce it: 2 people are involved",
          facts: { minutesRunning: 5, peopleInvolved: 2 },
        },
      ],
      next: nextEscalation,
    });
  });

  it("without the number of people: the document waits for the hour, and the fact is listed as missing", () => {
    expect(emergencyFollowUps({ startedAt: T0 }, plus(10))).toEqual({ actions: [], reasons: [], next: nextDocument, missing: ["peopleInvolved"] });
  });

  it("past the hour without the number of people: the document is due, nothing missing", () => {
    expect(emergencyFollowUps({ startedAt: T0 }, plus(61)).reasons).toEqual([
      {
        code: "start_shared_document",
        rule: DOCUMENT_RULE,
        message: "Start a shared document open to the customer and the team, and announce it: the emergency has run 61 minutes",
        facts: { minutesRunning: 61, peopleInvolved: null },
      },
    ]);
  });

  it('"Longer than 3 hours: consider an account escalation", due at exactly 3 hours', () => {
    expect(emergencyFollowUps({ startedAt: T0, sharedDocumentStarted: true }, plus(180))).toEqual({
      actions: ["consider_account_escalation"],
      reasons: [
        {
          code: "consider_account_escalation",
          rule: "§4 emergencies (2026): longer than 3 hours: consider an account escalation",
          message: "The emergency has run 180 minutes: consider an account escalation",
          facts: { minutesRunning: 180 },
        },
      ],
    });
    expect(emergencyFollowUps({ startedAt: T0, sharedDocumentStarted: true }, new Date(Date.parse(T0) + 3 * 3_600_000 - 1))).toEqual({
      actions: [],
      reasons: [],
      next: nextEscalation,
    });
  });

  it("a document and an escalation already open: nothing is due or next", () => {
    expect(emergencyFollowUps({ startedAt: T0, sharedDocumentStarted: true, accountEscalationOpened: true }, plus(500))).toEqual({ actions: [], reasons: [] });
  });

  it('"Customer silent 15 min after first contact: follow up": the earliest step comes next, then due at 15 minutes', () => {
    const facts = { startedAt: T0, peopleInvolved: 1, firstContactAt: iso(5) };
    expect(emergencyFollowUps(facts, plus(19))).toEqual({
      actions: [],
      reasons: [],
      next: { action: "send_follow_up", at: iso(20), message: "Follow up if the customer is still silent 15 minutes after the first contact" },
    });
    expect(emergencyFollowUps(facts, plus(20))).toEqual({
      actions: ["send_follow_up"],
      reasons: [
        {
          code: "send_follow_up",
          rule: "§4 emergencies (2026): customer silent 15 minutes after first contact: follow up",
          message: "No response from the customer since the first contact at 2026-11-20T10:05:00.000Z: follow up",
          facts: { firstContactAt: iso(5), silentMinutes: 15 },
        },
      ],
      next: nextDocument,
    });
  });

  it('"15 min after the follow-up: close the call, set priority High"', () => {
    const facts = { startedAt: T0, peopleInvolved: 1, firstContactAt: iso(5), followUpSentAt: iso(20) };
    expect(emergencyFollowUps(facts, plus(34))).toEqual({
      actions: [],
      reasons: [],
      next: { action: "close_bridge_set_priority_high", at: iso(35), message: "Close the call and set priority High if still silent 15 minutes after the follow-up" },
    });
    expect(emergencyFollowUps(facts, plus(36))).toEqual({
      actions: ["close_bridge_set_priority_high"],
      reasons: [
        {
          code: "close_bridge_set_priority_high",
          rule: "§4 emergencies (2026): 15 minutes after the follow-up: close the call, set priority High",
          message: "No response 15 minutes after the follow-up at 2026-11-20T10:20:00.000Z: close the call and set the priority to High",
          facts: { followUpSentAt: iso(20), silentMinutes: 16, newPriority: "high" },
        },
      ],
      next: nextDocument,
    });
  });

  it("a response before the first contact does not break the silence; one at the first contact does", () => {
    const before = emergencyFollowUps({ startedAt: T0, peopleInvolved: 1, firstContactAt: iso(5), customerRespondedAt: iso(3) }, plus(20));
    expect(before.actions).toEqual(["send_follow_up"]);
    expect(emergencyFollowUps({ startedAt: T0, peopleInvolved: 1, firstContactAt: iso(5), customerRespondedAt: iso(5) }, plus(20))).toEqual({
      actions: [],
      reasons: [],
      next: nextDocument,
    });
  });

  it("a customer who answered before any follow-up: nothing due and nothing next once the document and escalation are open", () => {
    expect(
      emergencyFollowUps({ startedAt: T0, sharedDocumentStarted: true, accountEscalationOpened: true, firstContactAt: iso(5), customerRespondedAt: iso(6) }, plus(40)),
    ).toEqual({ actions: [], reasons: [] });
  });

  it("a response before the follow-up does not answer it; one at the follow-up does", () => {
    const facts = { startedAt: T0, peopleInvolved: 1, firstContactAt: iso(5), followUpSentAt: iso(20) };
    expect(emergencyFollowUps({ ...facts, customerRespondedAt: iso(10) }, plus(35)).actions).toEqual(["close_bridge_set_priority_high"]);
    expect(emergencyFollowUps({ ...facts, customerRespondedAt: iso(20) }, plus(35))).toEqual({ actions: [], reasons: [], next: nextDocument });
  });

  it('"After the emergency: document the steps in the ticket"; the hour is measured to the resolution, and no silence rule applies', () => {
    expect(emergencyFollowUps({ startedAt: T0, peopleInvolved: 1, resolvedAt: iso(90), firstContactAt: iso(5) }, plus(300))).toEqual({
      actions: ["start_shared_document", "document_steps_in_ticket"],
      reasons: [
        {
          code: "start_shared_document",
          rule: DOCUMENT_RULE,
          message: "Start a shared document open to the customer and the team, and announce it: the emergency has run 90 minutes",
          facts: { minutesRunning: 90, peopleInvolved: 1 },
        },
        {
          code: "document_steps_in_ticket",
          rule: "§4 emergencies: after the emergency, document the steps in the ticket",
          message: "Document the steps taken in the ticket",
          facts: { resolvedAt: iso(90) },
        },
      ],
    });
  });

  it("resolved within the hour: nothing comes next, only the documentation", () => {
    expect(emergencyFollowUps({ startedAt: T0, resolvedAt: iso(30) }, plus(300))).toEqual({
      actions: ["document_steps_in_ticket"],
      reasons: [
        {
          code: "document_steps_in_ticket",
          rule: "§4 emergencies: after the emergency, document the steps in the ticket",
          message: "Document the steps taken in the ticket",
          facts: { resolvedAt: iso(30) },
        },
      ],
      missing: ["peopleInvolved"],
    });
  });

  it("rejects each event after `now`, naming it; events at `now` are fine", () => {
    for (const key of ["resolvedAt", "firstContactAt", "customerRespondedAt"] as const) {
      expectError(() => emergencyFollowUps({ startedAt: T0, [key]: iso(11) }, plus(10)), "inconsistent_facts", ["emergency", key], `\`${key}\` is after \`now\``);
      expect(() => emergencyFollowUps({ startedAt: T0, firstContactAt: T0, [key]: iso(10) }, plus(10))).not.toThrow();
    }
    expectError(
      () => emergencyFollowUps({ startedAt: T0, firstContactAt: iso(1), followUpSentAt: iso(11) }, plus(10)),
      "inconsistent_facts",
      ["emergency", "followUpSentAt"],
      "`followUpSentAt` is after `now`",
    );
    expectError(() => emergencyFollowUps({ startedAt: T0 }, new Date(Date.parse(T0) - 1)), "now_before_creation", ["now"], "`now` is before the emergency started");
  });

  it("rejects events before the emergency or the first contact, with their messages", () => {
    expectError(() => emergencyFollowUps({ startedAt: T0, firstContactAt: "2026-11-20T09:59:59Z" }, plus(10)), "event_before_creation", ["emergency", "firstContactAt"], "`firstContactAt` is before the emergency started");
    expectError(() => emergencyFollowUps({ startedAt: T0, resolvedAt: "2026-11-20T09:59:59Z" }, plus(10)), "event_before_creation", ["emergency", "resolvedAt"], "`resolvedAt` is before the emergency started");
    expectError(
      () => emergencyFollowUps({ startedAt: T0, firstContactAt: iso(5), followUpSentAt: "2026-11-20T10:04:59Z" }, plus(10)),
      "event_before_creation",
      ["emergency", "followUpSentAt"],
      "`followUpSentAt` is before the first contact",
    );
    expectError(() => emergencyFollowUps({ startedAt: T0, followUpSentAt: iso(5) }, plus(10)), "missing_field", ["emergency", "firstContactAt"], "A follow-up was sent but `firstContactAt` is missing");
    expect(emergencyFollowUps({ startedAt: T0, firstContactAt: T0, followUpSentAt: T0 }, plus(10)).actions).toEqual([]);
  });
});
