// Full decisions over a fixed, named table of licence tickets, one or more per branch of each
// kind of request: the snapshot shows every reason's code, rule, message and facts, the next
// step, the grace extension's first day and the response target.
import { describe, expect, it } from "vitest";
import { checkLicenceRequest, type LicenceRequestInput, type LicenceRequestItemInput } from "../../src/policies/index.js";
import { describeError, thrown } from "./helpers.js";

// Thursday 2026-12-10, 10:00 in New York.
const ticket = (item: LicenceRequestItemInput, extra: Partial<LicenceRequestInput> = {}): LicenceRequestInput => ({
  submittedAt: "2026-12-10T15:00:00Z",
  timeZone: "America/New_York",
  requests: [item],
  ...extra,
});

const CASES: Record<string, LicenceRequestInput> = {
  "two requests in one ticket": { ...ticket({ kind: "start_trial" }), requests: [{ kind: "extend_trial", hasExistingTrial: true }, { kind: "send_licence", recipientIsLicenceContact: true }] },
  "two requests in one ticket, with a priority": {
    ...ticket({ kind: "start_trial" }, { priority: "high" }),
    requests: [{ kind: "start_trial" }, { kind: "multi_year_licence" }, { kind: "start_trial" }],
  },
  "start a trial": ticket({ kind: "start_trial" }),
  "extend an existing trial": ticket({ kind: "extend_trial", hasExistingTrial: true }),
  "extend a trial that does not exist": ticket({ kind: "extend_trial", hasExistingTrial: false }),
  "extend a trial, existence unknown": ticket({ kind: "extend_trial" }),
  "grace extension after a previous trial, asked before expiry": ticket({ kind: "grace_extension", planExpiresOn: "2026-12-15", hasPreviousTrial: true }),
  "grace extension, asked the day after expiry": ticket({ kind: "grace_extension", planExpiresOn: "2026-12-09", hasPreviousTrial: true }),
  "grace extension, asked on the day of expiry": ticket({ kind: "grace_extension", planExpiresOn: "2026-12-10", hasPreviousTrial: true }),
  "grace extension, asked days after expiry": ticket({ kind: "grace_extension", planExpiresOn: "2026-12-01", hasPreviousTrial: true }),
  "grace extension, asked to start too early": ticket({ kind: "grace_extension", planExpiresOn: "2026-12-15", hasPreviousTrial: true, requestedStartOn: "2026-12-15" }),
  "grace extension, asked to start on the earliest day": ticket({ kind: "grace_extension", planExpiresOn: "2026-12-15", hasPreviousTrial: true, requestedStartOn: "2026-12-16" }),
  "grace extension, asked to start later": ticket({ kind: "grace_extension", planExpiresOn: "2026-12-15", hasPreviousTrial: true, requestedStartOn: "2026-12-20" }),
  "grace extension without a previous trial": ticket({ kind: "grace_extension", planExpiresOn: "2026-12-31", hasPreviousTrial: false }),
  "grace extension, previous trial unknown": ticket({ kind: "grace_extension", planExpiresOn: "2026-12-15" }),
  "grace extension, the request's day in Tokyo": ticket({ kind: "grace_extension", planExpiresOn: "2026-12-09", hasPreviousTrial: true }, { submittedAt: "2026-12-10T16:00:00Z", timeZone: "Asia/Tokyo" }),
  "Wider Community licence for 90 days": ticket({ kind: "wider_community_licence", durationDays: 90 }),
  "Wider Community licence for 91 days": ticket({ kind: "wider_community_licence", durationDays: 91 }),
  "Wider Community licence for 365 days, approved": ticket({ kind: "wider_community_licence", durationDays: 365, approvingManagerEmail: "manager@example.com" }),
  "multi-year licence, seats checked and within": ticket({ kind: "multi_year_licence", seatUsageChecked: true, seatsExceeded: false }),
  "multi-year licence, seats exceeded": ticket({ kind: "multi_year_licence", seatUsageChecked: true, seatsExceeded: true }),
  "multi-year licence, seats not checked": ticket({ kind: "multi_year_licence", seatUsageChecked: false }),
  "multi-year licence, check unknown": ticket({ kind: "multi_year_licence" }),
  "multi-year licence, checked, excess unknown": ticket({ kind: "multi_year_licence", seatUsageChecked: true }),
  "send to the licence contact": ticket({ kind: "send_licence", recipientIsLicenceContact: true, temporary: false }),
  "send a temporary licence to someone else": ticket({ kind: "send_licence", recipientIsLicenceContact: false, temporary: true }),
  "send a temporary licence, recipient unknown": ticket({ kind: "send_licence", temporary: true }),
  "send to someone else": ticket({ kind: "send_licence", recipientIsLicenceContact: false, temporary: false }),
  "send, nothing known": ticket({ kind: "send_licence" }),
  "send to someone else, temporary unknown": ticket({ kind: "send_licence", recipientIsLicenceContact: false }),
  "urgent priority": ticket({ kind: "extend_trial", hasExistingTrial: true }, { priority: "urgent" }),
  "high priority": ticket({ kind: "extend_trial", hasExistingTrial: true }, { priority: "high" }),
  "normal priority": ticket({ kind: "extend_trial", hasExistingTrial: true }, { priority: "normal" }),
  "low priority, asked on a Friday evening": ticket({ kind: "extend_trial" }, { priority: "low", submittedAt: "2026-12-11T20:00:00Z" }),
};

describe("checkLicenceRequest decisions", () => {
  it.each(Object.entries(CASES))("%s", (_name, request) => {
    expect(checkLicenceRequest(request)).toMatchSnapshot();
  });
});

describe("checkLicenceRequest, exact decisions", () => {
  const START_RULE =
    "§10 licences, trials and grace periods: a grace extension starts only the day after the plan expires (expires on the 15th: from the 16th), or on the day of a later request";

  it('"expires on the 15th → from the 16th": a start asked for too early moves to the 16th', () => {
    expect(checkLicenceRequest(ticket({ kind: "grace_extension", planExpiresOn: "2026-12-15", hasPreviousTrial: true, requestedStartOn: "2026-12-14" }))).toEqual({
      outcome: "approve",
      startsOn: "2026-12-16",
      reasons: [
        {
          code: "previous_trial",
          rule: "§10 licences, trials and grace periods: grace-period extensions are treated like trial extensions and need a previous trial",
          message: "A trial was created for the customer before",
          facts: { hasPreviousTrial: true },
        },
        {
          code: "grace_starts_after_expiry",
          rule: START_RULE,
          message: "The plan expires on 2026-12-15; the extension starts on 2026-12-16",
          facts: { planExpiresOn: "2026-12-15", requestDay: "2026-12-10", earliestStart: "2026-12-16", startsOn: "2026-12-16", timeZone: "America/New_York" },
        },
        {
          code: "grace_start_moved",
          rule: START_RULE,
          message: "The requested start 2026-12-14 is too early; the extension starts on 2026-12-16",
          facts: { requestedStartOn: "2026-12-14", startsOn: "2026-12-16" },
        },
      ],
      next: { action: "extend_grace_period", message: "Extend the grace period from 2026-12-16 (America/New_York)" },
    });
  });

  it('"A Wider Community licence over 90 days needs a manager\'s approval": without one it needs manager approval, never a refusal, and the next step asks for it', () => {
    expect(checkLicenceRequest(ticket({ kind: "wider_community_licence", durationDays: 91 }))).toEqual({
      outcome: "needs_manager_approval",
      reasons: [
        {
          code: "wider_community_needs_manager",
          rule: "§10 licences, trials and grace periods: a Wider Community licence over 90 days needs a manager's approval",
          message: "91 days is over 90: the licence needs a manager's approval",
          facts: { durationDays: 91, maxDaysWithoutApproval: 90, managerApproval: false },
        },
      ],
      next: { action: "request_manager_approval", message: "Ask the requester for an approving manager's email; generate the licence once a manager approves" },
    });
  });

  it("the approval limit and the requests per ticket are parameters", () => {
    expect(checkLicenceRequest(ticket({ kind: "wider_community_licence", durationDays: 91 }), { widerCommunityMaxDaysWithoutApproval: 91 }).outcome).toBe("approve");
    const two = { ...ticket({ kind: "start_trial" }), requests: [{ kind: "start_trial" as const }, { kind: "extend_trial" as const, hasExistingTrial: true }] };
    expect(checkLicenceRequest(two, { maxRequestsPerTicket: 2 }).reasons[0]?.code).toBe("support_never_starts_trial");
  });

  it('"Urgent 1 h": the response target is reported with the decision', () => {
    const decision = checkLicenceRequest(ticket({ kind: "start_trial" }, { priority: "urgent" }));
    expect(decision.respondBy).toBe("2026-12-10T16:00:00.000Z");
    expect(decision.reasons.at(-1)).toEqual({
      code: "response_target",
      rule: "§10 licences, trials and grace periods: internal request response targets, 24x5: Urgent 1 h, High 4 h, Normal 8 h, Low 24 h",
      message: "Respond by 2026-12-10T16:00:00.000Z",
      facts: { priority: "urgent", targetHours: 1, respondBy: "2026-12-10T16:00:00.000Z" },
    });
    expect(checkLicenceRequest(ticket({ kind: "start_trial" }, { priority: "urgent" }), { responseTargetHours: { urgent: 2, high: 4, normal: 8, low: 24 } }).respondBy).toBe(
      "2026-12-10T17:00:00.000Z",
    );
  });

  it("bad tickets and parameters are reported under their own names", () => {
    expect(describeError(thrown(() => checkLicenceRequest({ ...ticket({ kind: "start_trial" }), requests: [] })))[1]).toEqual(["request", "requests"]);
    expect(describeError(thrown(() => checkLicenceRequest(ticket({ kind: "start_trial" }), { maxRequestsPerTicket: 0 })))[1]).toEqual(["parameters", "maxRequestsPerTicket"]);
  });
});
