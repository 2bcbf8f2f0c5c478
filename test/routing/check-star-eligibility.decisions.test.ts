import { describe, expect, it } from "vitest";
import { checkStarEligibility } from "../../src/routing/check-star-eligibility.js";
import type { StarRequest } from "../../src/routing/star-request.js";
import { at, expectError } from "./helpers.js";

// Wednesday 2026-11-18 10:00 Pacific: inside Global Support Hours.
const OPEN = at("2026-11-18T18:00:00Z");
// Saturday 2026-11-21 10:00 Pacific: outside; they open again Sunday 15:00 Pacific (23:00Z).
const CLOSED = at("2026-11-21T18:00:00Z");

const form = { urgency: "timely", plan: "premium", group: "SaaS", reason: "no progress for a week", desiredResult: "a call this week" } as const;
const ticket = { createdAt: "2026-11-16T09:00:00Z", lastPublicReplyFrom: "customer", requiredInformationMissing: false } as const;
const ready: StarRequest = { ...form, ticket, triggers: { progressStalled: true } };

const stalled = {
  code: "progress_stalled",
  rule: "§5 STAR: progress has stalled and the ticket needs more engineering effort",
  message: "Progress has stalled and the ticket needs more engineering effort",
  facts: { progress_stalled: true },
};
const withinHours = { code: "within_global_support_hours", rule: "§5 STAR: only during Global Support Hours", message: "Within Global Support Hours", facts: { now: "2026-11-18T18:00:00.000Z" } };
const response = (urgency: string, minutes: number) => ({
  code: "response_time",
  rule: `§5 STAR: urgency ${urgency}: respond within ${minutes} minutes`,
  message: `Urgency ${urgency.replace("_", " ")}: a response within ${minutes} minutes`,
  facts: { urgency, responseMinutes: minutes },
});
const noBusinessCase = { code: "no_business_case", rule: "§5 STAR: not without a business case", message: "None of the reasons for a STAR applies", facts: { reasonsGiven: 0 } };
const LICENSING_RULE = "§5 STAR: a licensing STAR only when the plan or grace period expires within 24 hours";

describe("checkStarEligibility, full decisions", () => {
  it('"progress has stalled", "Only during Global Support Hours", "Timely (1 h)": allowed, respond within the hour', () => {
    expect(checkStarEligibility(ready, OPEN, "gitlab2026")).toEqual({
      outcome: "allowed",
      reasons: [stalled, withinHours, response("timely", 60)],
      allowedFrom: "2026-11-18T18:00:00.000Z",
      responseMinutes: 60,
      respondBy: "2026-11-18T19:00:00.000Z",
    });
  });

  it('"Urgent (30 min)" and "Not urgent (2 h)"', () => {
    expect(checkStarEligibility({ ...ready, urgency: "urgent" }, OPEN, "gitlab2026")).toEqual({
      outcome: "allowed",
      reasons: [stalled, withinHours, response("urgent", 30)],
      allowedFrom: "2026-11-18T18:00:00.000Z",
      responseMinutes: 30,
      respondBy: "2026-11-18T18:30:00.000Z",
    });
    expect(checkStarEligibility({ ...ready, urgency: "not_urgent" }, OPEN, "gitlab2026")).toMatchObject({
      reasons: [stalled, withinHours, response("not_urgent", 120)],
      responseMinutes: 120,
      respondBy: "2026-11-18T20:00:00.000Z",
    });
  });

  it('"Only during Global Support Hours": on a Saturday, not yet, and `next` names Sunday\'s opening', () => {
    expect(checkStarEligibility({ ...ready, urgency: "not_urgent" }, CLOSED, "gitlab2026")).toEqual({
      outcome: "not_yet",
      reasons: [
        stalled,
        {
          code: "outside_global_support_hours",
          rule: "§5 STAR: only during Global Support Hours",
          message: "Outside Global Support Hours: a STAR can be opened from 2026-11-22T23:00:00.000Z",
          facts: { now: "2026-11-21T18:00:00.000Z", opensAt: "2026-11-22T23:00:00.000Z" },
        },
        response("not_urgent", 120),
      ],
      allowedFrom: "2026-11-22T23:00:00.000Z",
      responseMinutes: 120,
      next: { action: "open_star", at: "2026-11-22T23:00:00.000Z", message: "Open the STAR once Global Support Hours open at 2026-11-22T23:00:00.000Z" },
    });
  });

  it('"the ticket\'s priority changed", "high customer dissatisfaction", "management oversight", "a business reason": each a reason of its own, in that order', () => {
    const triggers = { priorityRaised: true, highDissatisfaction: true, managementOversightNeeded: true, otherBusinessReason: "renewal at risk" };
    expect(checkStarEligibility({ ...ready, triggers }, OPEN, "gitlab2026").reasons.slice(0, 4)).toEqual([
      { code: "priority_raised", rule: "§5 STAR: the ticket's priority was raised", message: "The ticket's priority was raised", facts: { priority_raised: true } },
      {
        code: "high_dissatisfaction",
        rule: "§5 STAR: immediate intervention is needed for high customer dissatisfaction",
        message: "Immediate intervention is needed for high customer dissatisfaction",
        facts: { high_dissatisfaction: true },
      },
      { code: "management_oversight", rule: "§5 STAR: support management oversight is needed", message: "Support management oversight is needed", facts: { management_oversight: true } },
      { code: "other_business_reason", rule: "§5 STAR (2026): a business reason", message: "Business reason: renewal at risk", facts: { otherBusinessReason: "renewal at risk" } },
    ]);
  });

  it("a trigger given as false is no reason", () => {
    const triggers = { progressStalled: false, priorityRaised: false, highDissatisfaction: false, managementOversightNeeded: false };
    expect(checkStarEligibility({ ...ready, triggers }, OPEN, "gitlab2026")).toEqual({ outcome: "not_allowed", reasons: [noBusinessCase] });
  });

  it('"NOW: first-reply SLA breached by at least 1 h": exactly 1 hour over counts, with the minutes over', () => {
    const request = { ...ready, triggers: {}, ticket: { ...ticket, firstReplyDueAt: "2026-11-18T17:00:00Z" } };
    expect(checkStarEligibility(request, OPEN, "gitlab2026").reasons[0]).toEqual({
      code: "first_reply_breached_an_hour",
      rule: "§5 STAR (2026): first-reply SLA breached by at least 1 hour",
      message: "The first reply was due 2026-11-18T17:00:00.000Z and is 60 minutes over",
      facts: { firstReplyDueAt: "2026-11-18T17:00:00.000Z", minutesOver: 60 },
    });
  });

  it('"breached by at least 1 h": a millisecond short of the hour is no business case', () => {
    const request = { ...ready, triggers: {}, ticket: { ...ticket, firstReplyDueAt: "2026-11-18T17:00:00.001Z" } };
    expect(checkStarEligibility(request, OPEN, "gitlab2026")).toEqual({ outcome: "not_allowed", reasons: [noBusinessCase] });
  });

  it("the minutes over are whole minutes, rounded down", () => {
    const request = { ...ready, triggers: {}, ticket: { ...ticket, firstReplyDueAt: "2026-11-18T16:29:30Z" } };
    expect(checkStarEligibility(request, OPEN, "gitlab2026").reasons[0]).toMatchObject({
      message: "The first reply was due 2026-11-18T16:29:30.000Z and is 90 minutes over",
      facts: { minutesOver: 90 },
    });
  });

  it("a first reply already sent is measured at the reply, not at `now`", () => {
    const lateReply = { ...ready, triggers: {}, ticket: { ...ticket, firstReplyDueAt: "2026-11-18T16:00:00Z", firstRepliedAt: "2026-11-18T17:15:00Z" } };
    expect(checkStarEligibility(lateReply, OPEN, "gitlab2026").reasons[0]).toMatchObject({ code: "first_reply_breached_an_hour", facts: { minutesOver: 75 } });
    const promptReply = { ...ready, triggers: {}, ticket: { ...ticket, firstReplyDueAt: "2026-11-18T16:00:00Z", firstRepliedAt: "2026-11-18T16:30:00Z" } };
    expect(checkStarEligibility(promptReply, OPEN, "gitlab2026")).toEqual({ outcome: "not_allowed", reasons: [noBusinessCase] });
  });

  it('"Not when the last reply is from Support, the ticket is 30 min old or less, required information is missing": each a reason, after the reasons for', () => {
    const request = { ...ready, ticket: { createdAt: "2026-11-18T17:35:30Z", lastPublicReplyFrom: "support", requiredInformationMissing: true } } as const;
    expect(checkStarEligibility(request, OPEN, "gitlab2026")).toEqual({
      outcome: "not_allowed",
      reasons: [
        stalled,
        {
          code: "last_reply_from_support",
          rule: "§5 STAR (2026): not when the last reply is from Support",
          message: "The last public reply is from Support: the ticket is waiting on the customer",
          facts: { lastPublicReplyFrom: "support" },
        },
        {
          code: "ticket_too_new",
          rule: "§5 STAR (2026): not when the ticket is 30 minutes old or less",
          message: "The ticket is 24 minutes old; a STAR needs it older than 30 minutes",
          facts: { createdAt: "2026-11-18T17:35:30.000Z", ageMinutes: 24.5 },
        },
        {
          code: "required_information_missing",
          rule: "§5 STAR (2026): not when required information is missing",
          message: "Information asked of the customer is still missing",
          facts: { requiredInformationMissing: true },
        },
      ],
    });
  });

  it('"30 min old or less": exactly 30 minutes is too new, 30 minutes and a millisecond is old enough', () => {
    const exactly = checkStarEligibility({ ...ready, ticket: { ...ticket, createdAt: "2026-11-18T17:30:00Z" } }, OPEN, "gitlab2026");
    expect(exactly.outcome).toBe("not_allowed");
    expect(exactly.reasons[1]).toMatchObject({ code: "ticket_too_new", message: "The ticket is 30 minutes old; a STAR needs it older than 30 minutes", facts: { ageMinutes: 30 } });
    expect(checkStarEligibility({ ...ready, ticket: { ...ticket, createdAt: "2026-11-18T17:29:59.999Z" } }, OPEN, "gitlab2026").outcome).toBe("allowed");
  });

  it("a ticket created at `now` is too new; one created after `now` is an error", () => {
    expect(checkStarEligibility({ ...ready, ticket: { ...ticket, createdAt: "2026-11-18T18:00:00Z" } }, OPEN, "gitlab2026").reasons[1]).toMatchObject({
      code: "ticket_too_new",
      facts: { ageMinutes: 0 },
    });
    expectError(() => checkStarEligibility({ ...ready, ticket: { ...ticket, createdAt: "2026-11-18T18:00:00.001Z" } }, OPEN, "gitlab2026"), "now_before_creation", ["now"], "`now` is before the ticket was created");
  });

  it("a first reply sent at `now` is consistent; one after `now` is an error", () => {
    expect(checkStarEligibility({ ...ready, ticket: { ...ticket, firstRepliedAt: "2026-11-18T18:00:00Z" } }, OPEN, "gitlab2026").outcome).toBe("allowed");
    expectError(
      () => checkStarEligibility({ ...ready, ticket: { ...ticket, firstRepliedAt: "2026-11-18T18:00:00.001Z" } }, OPEN, "gitlab2026"),
      "inconsistent_facts",
      ["request", "ticket", "firstRepliedAt"],
      "The first reply is after `now`",
    );
  });

  it('"Required: urgency, plan, group, reason, desired result", and the facts the "don\'t" rules need: not ready, listing both', () => {
    expect(checkStarEligibility({ triggers: { progressStalled: true } }, OPEN, "gitlab2026")).toEqual({
      outcome: "not_ready",
      reasons: [
        stalled,
        {
          code: "form_fields_missing",
          rule: "§5 STAR: required fields are urgency, plan, group, reason and desired result",
          message: "Fill in urgency, plan, group, reason, desiredResult before opening the STAR",
          facts: { missing: ["urgency", "plan", "group", "reason", "desiredResult"] },
        },
        {
          code: "facts_missing",
          rule: '§5 STAR (2026): the "don\'t" rules',
          message: "Whether a STAR is allowed depends on ticket.lastPublicReplyFrom, ticket.createdAt, ticket.requiredInformationMissing, not given",
          facts: { missing: ["ticket.lastPublicReplyFrom", "ticket.createdAt", "ticket.requiredInformationMissing"] },
        },
        withinHours,
      ],
      missing: ["urgency", "plan", "group", "reason", "desiredResult", "ticket.lastPublicReplyFrom", "ticket.createdAt", "ticket.requiredInformationMissing"],
      allowedFrom: "2026-11-18T18:00:00.000Z",
    });
  });

  it('"Only during Global Support Hours" and "Urgency: ... Timely (1 h)" hold for a STAR with fields missing: not ready, and still when it may be opened and how soon it is answered', () => {
    const request: StarRequest = { urgency: "timely", triggers: { progressStalled: true }, ticket };
    const saturday = checkStarEligibility(request, CLOSED, "gitlab2026");
    expect(saturday).toMatchObject({ outcome: "not_ready", allowedFrom: "2026-11-22T23:00:00.000Z", responseMinutes: 60, missing: ["plan", "group", "reason", "desiredResult"] });
    expect(saturday.reasons.map((r) => r.code)).toEqual(["progress_stalled", "form_fields_missing", "outside_global_support_hours", "response_time"]);
    const wednesday = checkStarEligibility(request, OPEN, "gitlab2026");
    expect(wednesday).toMatchObject({ outcome: "not_ready", allowedFrom: "2026-11-18T18:00:00.000Z", responseMinutes: 60 });
    expect(wednesday.reasons.map((r) => r.code)).toEqual(["progress_stalled", "form_fields_missing", "within_global_support_hours", "response_time"]);
  });

  it("a form field missing and every fact given: not ready, with the form reason alone", () => {
    const request: StarRequest = { ...ready };
    delete request.urgency;
    expect(checkStarEligibility(request, OPEN, "gitlab2026")).toEqual({
      outcome: "not_ready",
      reasons: [
        stalled,
        {
          code: "form_fields_missing",
          rule: "§5 STAR: required fields are urgency, plan, group, reason and desired result",
          message: "Fill in urgency before opening the STAR",
          facts: { missing: ["urgency"] },
        },
        withinHours,
      ],
      missing: ["urgency"],
      allowedFrom: "2026-11-18T18:00:00.000Z",
    });
  });

  it('"Licensing STAR only when the plan or grace period expires within 24 h": exactly 24 hours away counts', () => {
    const licensing: StarRequest = { ...ready, triggers: {}, kind: "licensing", expiresAt: "2026-11-19T18:00:00Z" };
    expect(checkStarEligibility(licensing, OPEN, "gitlab2026")).toEqual({
      outcome: "allowed",
      reasons: [
        {
          code: "licensing_expiry_within_24_hours",
          rule: LICENSING_RULE,
          message: "The plan or grace period expires at 2026-11-19T18:00:00.000Z, within 24 hours",
          facts: { expiresAt: "2026-11-19T18:00:00.000Z", hoursLeft: 24 },
        },
        withinHours,
        response("timely", 60),
      ],
      allowedFrom: "2026-11-18T18:00:00.000Z",
      responseMinutes: 60,
      respondBy: "2026-11-18T19:00:00.000Z",
    });
  });

  it("a licensing expiry at `now` is still within 24 hours", () => {
    const licensing: StarRequest = { ...ready, triggers: {}, kind: "licensing", expiresAt: "2026-11-18T18:00:00Z" };
    expect(checkStarEligibility(licensing, OPEN, "gitlab2026").reasons[0]).toMatchObject({ code: "licensing_expiry_within_24_hours", facts: { hoursLeft: 0 } });
  });

  it("a licensing expiry more than 24 hours away: not allowed, saying from when it is possible", () => {
    const licensing: StarRequest = { ...ready, triggers: {}, kind: "licensing", expiresAt: "2026-11-20T06:00:00Z" };
    expect(checkStarEligibility(licensing, OPEN, "gitlab2026")).toEqual({
      outcome: "not_allowed",
      reasons: [
        {
          code: "licensing_expiry_not_within_24_hours",
          rule: LICENSING_RULE,
          message: "The plan expires at 2026-11-20T06:00:00.000Z, more than 24 hours away; a licensing STAR is possible from 2026-11-19T06:00:00.000Z",
          facts: { expiresAt: "2026-11-20T06:00:00.000Z", hoursLeft: 36 },
        },
      ],
    });
  });

  it("a licensing expiry already past, by a millisecond: not allowed, asking for the grace period's expiry", () => {
    const licensing: StarRequest = { ...ready, triggers: {}, kind: "licensing", expiresAt: "2026-11-18T17:59:59.999Z" };
    expect(checkStarEligibility(licensing, OPEN, "gitlab2026")).toEqual({
      outcome: "not_allowed",
      reasons: [
        {
          code: "licensing_already_expired",
          rule: LICENSING_RULE,
          message: "The plan expired at 2026-11-18T17:59:59.999Z; give the grace period's expiry if one is running",
          facts: { expiresAt: "2026-11-18T17:59:59.999Z" },
        },
      ],
    });
  });

  it("a licensing STAR without its expiry: not ready, naming it", () => {
    const licensing: StarRequest = { ...ready, triggers: {}, kind: "licensing" };
    expect(checkStarEligibility(licensing, OPEN, "gitlab2026")).toEqual({
      outcome: "not_ready",
      reasons: [
        {
          code: "facts_missing",
          rule: '§5 STAR (2026): the "don\'t" rules',
          message: "Whether a STAR is allowed depends on expiresAt, not given",
          facts: { missing: ["expiresAt"] },
        },
        withinHours,
        response("timely", 60),
      ],
      missing: ["expiresAt"],
      allowedFrom: "2026-11-18T18:00:00.000Z",
      responseMinutes: 60,
    });
  });

  it("an expiry on a support STAR is not a licensing reason", () => {
    expect(checkStarEligibility({ ...ready, triggers: {}, expiresAt: "2026-11-19T00:00:00Z" }, OPEN, "gitlab2026")).toEqual({ outcome: "not_allowed", reasons: [noBusinessCase] });
  });

  it("the 2016 edition: the WWS reasons and the hours only, none of the 2026 rules or facts", () => {
    const request: StarRequest = {
      ...form,
      ticket: { createdAt: "2026-11-18T17:59:00Z", lastPublicReplyFrom: "support", requiredInformationMissing: true, firstReplyDueAt: "2026-11-18T10:00:00Z" },
      triggers: { progressStalled: true },
    };
    expect(checkStarEligibility(request, OPEN, "handbook2016")).toEqual({
      outcome: "allowed",
      reasons: [stalled, withinHours, response("timely", 60)],
      allowedFrom: "2026-11-18T18:00:00.000Z",
      responseMinutes: 60,
      respondBy: "2026-11-18T19:00:00.000Z",
    });
    expect(checkStarEligibility({ ...form, triggers: { progressStalled: true } }, OPEN, "handbook2016").outcome).toBe("allowed");
  });

  it('the 2016 edition: a first reply breached by an hour or "a business reason" (both NOW only) is no business case', () => {
    const request: StarRequest = { ...form, ticket: { firstReplyDueAt: "2026-11-18T10:00:00Z" }, triggers: { otherBusinessReason: "renewal at risk" } };
    expect(checkStarEligibility(request, OPEN, "handbook2016")).toEqual({ outcome: "not_allowed", reasons: [noBusinessCase] });
  });
});
