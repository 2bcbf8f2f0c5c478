import { fc, test } from "../support/property.js";
import { describe, expect, it } from "vitest";
import { checkStarEligibility } from "../../src/routing/check-star-eligibility.js";
import type { StarRequest } from "../../src/routing/star-request.js";
import type { Edition } from "../../src/shared/edition.js";
import { at, deepFreeze, expectError, roundTrip } from "./helpers.js";

// Wednesday 2026-11-18 10:00 Pacific: inside Global Support Hours.
const OPEN = at("2026-11-18T18:00:00Z");
// Saturday 2026-11-21 10:00 Pacific: outside; they open again Sunday 15:00 Pacific (23:00Z).
const CLOSED = at("2026-11-21T18:00:00Z");

const form = { urgency: "timely", plan: "premium", group: "SaaS", reason: "no progress for a week", desiredResult: "a call this week" } as const;
const ready: StarRequest = {
  ...form,
  ticket: { createdAt: "2026-11-16T09:00:00Z", lastPublicReplyFrom: "customer", requiredInformationMissing: false },
  triggers: { progressStalled: true },
};

describe("checkStarEligibility", () => {
  it('"progress has stalled" during Global Support Hours: allowed, with the urgency\'s response time', () => {
    const d = checkStarEligibility(ready, OPEN, "gitlab2026");
    expect(d.outcome).toBe("allowed");
    expect(d.responseMinutes).toBe(60);
    expect(d.respondBy).toBe("2026-11-18T19:00:00.000Z");
    expect(d.reasons.map((r) => r.code)).toEqual(["progress_stalled", "within_global_support_hours", "response_time"]);
  });

  it('"Urgency: Not urgent (2 h), Timely (1 h), Urgent (30 min)"', () => {
    expect(checkStarEligibility({ ...ready, urgency: "not_urgent" }, OPEN, "gitlab2026").responseMinutes).toBe(120);
    expect(checkStarEligibility({ ...ready, urgency: "urgent" }, OPEN, "gitlab2026").respondBy).toBe("2026-11-18T18:30:00.000Z");
  });

  it('"only during Global Support Hours": outside them, not yet, and when it becomes allowed', () => {
    const d = checkStarEligibility(ready, CLOSED, "gitlab2026");
    expect(d.outcome).toBe("not_yet");
    expect(d.next).toMatchObject({ action: "open_star", at: "2026-11-22T23:00:00.000Z" });
    expect(d.respondBy).toBeUndefined();
  });

  it('"the priority of the ticket has changed", "high customer dissatisfaction", "management oversight" are reasons too', () => {
    for (const triggers of [{ priorityRaised: true }, { highDissatisfaction: true }, { managementOversightNeeded: true }, { otherBusinessReason: "renewal at risk" }]) {
      expect(checkStarEligibility({ ...ready, triggers }, OPEN, "gitlab2026").outcome).toBe("allowed");
    }
  });

  it('"NOW: first-reply SLA breached by at least 1 h"', () => {
    const breached = { ...ready, triggers: {}, ticket: { ...ready.ticket, firstReplyDueAt: "2026-11-18T17:00:00Z" } };
    const d = checkStarEligibility(breached, OPEN, "gitlab2026");
    expect(d.outcome).toBe("allowed");
    expect(d.reasons[0]).toMatchObject({ code: "first_reply_breached_an_hour", facts: { minutesOver: 60 } });
    const only59 = { ...breached, ticket: { ...breached.ticket, firstReplyDueAt: "2026-11-18T17:01:00Z" } };
    expect(checkStarEligibility(only59, OPEN, "gitlab2026").reasons[0]?.code).toBe("no_business_case");
    const repliedLate = { ...breached, ticket: { ...breached.ticket, firstRepliedAt: "2026-11-18T17:30:00Z" } };
    expect(checkStarEligibility(repliedLate, OPEN, "gitlab2026").outcome).toBe("not_allowed");
  });

  it('"not when ... there is no business case"', () => {
    const d = checkStarEligibility({ ...ready, triggers: {} }, OPEN, "gitlab2026");
    expect(d).toMatchObject({ outcome: "not_allowed", reasons: [{ code: "no_business_case" }] });
  });

  it('"not when the last reply is from Support"', () => {
    const d = checkStarEligibility({ ...ready, ticket: { ...ready.ticket, lastPublicReplyFrom: "support" } }, OPEN, "gitlab2026");
    expect(d.outcome).toBe("not_allowed");
    expect(d.reasons.map((r) => r.code)).toContain("last_reply_from_support");
  });

  it('"not when the ticket is 30 min old or less"', () => {
    const young = { ...ready, ticket: { ...ready.ticket, createdAt: "2026-11-18T17:30:00Z" } };
    expect(checkStarEligibility(young, OPEN, "gitlab2026").reasons.map((r) => r.code)).toContain("ticket_too_new");
    const older = { ...ready, ticket: { ...ready.ticket, createdAt: "2026-11-18T17:29:59Z" } };
    expect(checkStarEligibility(older, OPEN, "gitlab2026").outcome).toBe("allowed");
  });

  it('"not when required information is missing"', () => {
    const d = checkStarEligibility({ ...ready, ticket: { ...ready.ticket, requiredInformationMissing: true } }, OPEN, "gitlab2026");
    expect(d.reasons.map((r) => r.code)).toContain("required_information_missing");
  });

  it('"Required: urgency, plan, group, reason, desired result" — missing ones make it not ready', () => {
    const partial: StarRequest = { ...ready };
    delete partial.plan;
    delete partial.desiredResult;
    const d = checkStarEligibility(partial, OPEN, "gitlab2026");
    expect(d.outcome).toBe("not_ready");
    expect(d.missing).toEqual(["plan", "desiredResult"]);
  });

  it("facts the 2026 rules need and do not have: not ready, listing them", () => {
    const d = checkStarEligibility({ ...form, triggers: { progressStalled: true } }, OPEN, "gitlab2026");
    expect(d.outcome).toBe("not_ready");
    expect(d.missing).toEqual(["ticket.lastPublicReplyFrom", "ticket.createdAt", "ticket.requiredInformationMissing"]);
  });

  it("a definite \"don't\" wins over missing facts", () => {
    expect(checkStarEligibility({ triggers: { progressStalled: true }, ticket: { lastPublicReplyFrom: "support" } }, OPEN, "gitlab2026").outcome).toBe("not_allowed");
  });

  it('"Licensing STAR only when the plan or grace period expires within 24 h"', () => {
    const licensing = { ...ready, triggers: {}, kind: "licensing" as const };
    expect(checkStarEligibility({ ...licensing, expiresAt: "2026-11-19T18:00:00Z" }, OPEN, "gitlab2026").outcome).toBe("allowed");
    const tooEarly = checkStarEligibility({ ...licensing, expiresAt: "2026-11-19T18:00:01Z" }, OPEN, "gitlab2026");
    expect(tooEarly.outcome).toBe("not_allowed");
    expect(tooEarly.reasons.at(-1)?.message).toContain("possible from 2026-11-18T18:00:01.000Z");
    expect(checkStarEligibility({ ...licensing, expiresAt: "2026-11-18T17:00:00Z" }, OPEN, "gitlab2026").reasons.at(-1)?.code).toBe("licensing_already_expired");
    expect(checkStarEligibility(licensing, OPEN, "gitlab2026").missing).toEqual(["expiresAt"]);
  });

  it("the 2016 edition applies the WWS reasons and the hours only", () => {
    const d = checkStarEligibility({ ...form, triggers: { progressStalled: true }, ticket: { lastPublicReplyFrom: "support" } }, OPEN, "handbook2016");
    expect(d.outcome).toBe("allowed");
  });

  test.prop([fc.integer({ min: 0, max: 14 * 24 * 60 })])("outside Global Support Hours it is never allowed, and `next` says when they open", (minutes) => {
    const now = new Date(Date.parse("2026-11-17T00:00:00Z") + minutes * 60_000);
    const d = checkStarEligibility(ready, now, "gitlab2026");
    expect(["allowed", "not_yet"]).toContain(d.outcome);
    if (d.outcome === "not_yet") expect(Date.parse(d.next?.at ?? "")).toBeGreaterThan(now.getTime());
    expect(roundTrip(d)).toEqual(d);
  });

  it("does not mutate its input", () => {
    const request = deepFreeze(structuredClone(ready));
    checkStarEligibility(request, OPEN, "gitlab2026");
    expect(request).toEqual(ready);
  });

  it("rejects unknown urgencies, kinds, editions, empty texts and bad instants", () => {
    expectError(() => checkStarEligibility({ ...ready, urgency: "asap" } as unknown as StarRequest, OPEN, "gitlab2026"), "unknown_value", ["request", "urgency"], 'Unknown urgency "asap"');
    expectError(() => checkStarEligibility(ready, OPEN, "now" as Edition), "unknown_value", ["edition"], 'Unknown edition "now"');
    expectError(() => checkStarEligibility({ ...ready, reason: "  " }, OPEN, "gitlab2026"), "too_small", ["request", "reason"], "non-empty");
    expectError(() => checkStarEligibility({ ...ready, ticket: { createdAt: "2026-02-30T00:00:00Z" } }, OPEN, "gitlab2026"), "invalid_instant", ["request", "ticket", "createdAt"], "2026-02-30");
  });
});
