// Full decisions over a fixed, named table of requests, one or more per branch of each edition's
// rules: the snapshot shows every reason's code, rule, message and facts, the next step and each
// target's own outcome, so a change to any of them shows up in review.
import { describe, expect, it } from "vitest";
import { check2faRemoval, type TwoFactorRemovalRequestInput, type TwoFactorTargetInput } from "../../src/policies/index.js";
import type { Edition } from "../../src/shared/edition.js";
import { describeError, thrown } from "./helpers.js";

const OPENED = "2026-11-02T09:00:00Z";

const paidSelf: TwoFactorTargetInput = {
  userId: "u1",
  paidPlanSince: "2025-01-01T00:00:00Z",
  addedToPaidPlanForRemoval: false,
  grounds: ["paid_seat"],
  hasRecoveryCodes: false,
  hasSshKey: false,
};

const self = (target: Partial<TwoFactorTargetInput>, isOwner = false): TwoFactorRemovalRequestInput => ({
  ticketOpenedAt: OPENED,
  requester: { userId: "u1", isOwner },
  targets: [{ ...paidSelf, ...target }],
});

const byOwner = (...targets: Partial<TwoFactorTargetInput>[]): TwoFactorRemovalRequestInput => ({
  ticketOpenedAt: OPENED,
  requester: { userId: "owner-1", isOwner: true },
  targets: targets.map((target, index) => ({ ...paidSelf, userId: `m${index + 1}`, ...target })),
});

const passed = { result: "passed", answeredBy: "target" } as const;
const failedChallenges = { result: "failed", answeredBy: "target" } as const;
const pin = (ownerId: string, confirmed: boolean) => ({ ownerId, method: "support_pin", confirmed }) as const;
const vouch = (ownerId: string, confirmed: boolean) => ({ ownerId, method: "vouch", confirmed }) as const;

const v2016 = (target: Partial<TwoFactorTargetInput>): TwoFactorRemovalRequestInput => ({ requester: { userId: "u1" }, targets: [{ userId: "u1", ...target }] });

const CASES_2016: Record<string, TwoFactorRemovalRequestInput> = {
  "combination 1: pushed the given file": v2016({ pushedGivenFile: true, photoId: false }),
  "combination 2: photo ID and a picture holding it": v2016({ pushedGivenFile: false, photoId: true, photoHoldingId: true }),
  "photo ID without the picture": v2016({ pushedGivenFile: false, photoId: true, photoHoldingId: false }),
  "no photo ID, picture unknown": v2016({ pushedGivenFile: false, photoId: false }),
  "picture without photo ID, photo ID unknown": v2016({ pushedGivenFile: false, photoHoldingId: false }),
  "picture holding an ID, but no photo ID": v2016({ pushedGivenFile: false, photoId: false, photoHoldingId: true }),
  "picture holding an ID, photo ID unknown": v2016({ pushedGivenFile: false, photoHoldingId: true }),
  "nothing known": v2016({}),
  "photo ID known, push and picture unknown": v2016({ photoId: true }),
  "two users, one approved and one unknown": { requester: { userId: "u1" }, targets: [{ userId: "u1", pushedGivenFile: true }, { userId: "u2" }] },
  "two users, one approved and one without a combination": {
    requester: { userId: "u1" },
    targets: [{ userId: "u1", pushedGivenFile: true }, { userId: "u2", pushedGivenFile: false, photoId: false }],
  },
};

const CASES_2026: Record<string, TwoFactorRemovalRequestInput> = {
  "self: challenges passed": self({ challenges: passed }),
  "self: government ID offered": self({ challenges: passed, photoId: true, photoHoldingId: true }),
  "self: picture with ID offered": self({ challenges: passed, photoHoldingId: true }),
  "self: photo ID offered": self({ challenges: passed, photoId: true, photoHoldingId: false }),
  "self: photo ID declined": self({ challenges: passed, photoId: false }),
  "plan and its purpose unknown": self({ paidPlanSince: undefined, addedToPaidPlanForRemoval: undefined, challenges: passed }),
  "free user": self({ paidPlanSince: null, challenges: passed }),
  "paid only after the ticket was opened": self({ paidPlanSince: "2026-11-02T09:00:00.001Z", challenges: passed }),
  "paid from the instant the ticket was opened": self({ paidPlanSince: OPENED, challenges: passed }),
  "ticket opening unknown": { requester: { userId: "u1", isOwner: false }, targets: [{ ...paidSelf, challenges: passed }] },
  "plan unknown": self({ paidPlanSince: undefined, challenges: passed }),
  "added to a paid plan for the removal": self({ addedToPaidPlanForRemoval: true, challenges: passed }),
  "whether added for the removal unknown": self({ addedToPaidPlanForRemoval: undefined, challenges: passed }),
  "grounds unknown": self({ grounds: undefined, challenges: passed }),
  "no ground": self({ grounds: [], challenges: passed }),
  "several grounds": self({ grounds: ["billing_contact", "customer_portal_access"], challenges: passed }),
  "owner's intent without a vouch, identity verified": self({ grounds: ["owner_intends_to_add"], challenges: passed }),
  "owner's intent without a vouch, identity not verified": self({ grounds: ["owner_intends_to_add"] }),
  "owner's intent with a confirmed vouch": self({ grounds: ["owner_intends_to_add"], vouch: vouch("owner-1", true) }),
  "owner's intent with a vouch that did not confirm": self({ grounds: ["owner_intends_to_add"], vouch: vouch("owner-1", false) }),
  "paid seat and owner's intent with a confirmed vouch": self({ grounds: ["paid_seat", "owner_intends_to_add"], vouch: vouch("owner-1", true) }),
  "someone else, not an owner": { ticketOpenedAt: OPENED, requester: { userId: "x", isOwner: false }, targets: [{ ...paidSelf, challenges: passed }] },
  "requester's ownership unknown": { ticketOpenedAt: OPENED, requester: { userId: "u1" }, targets: [{ ...paidSelf, challenges: passed }] },
  "owner asking, ownership unknown": { ticketOpenedAt: OPENED, requester: { userId: "owner-1" }, targets: [{ ...paidSelf, challenges: passed }] },
  "owner asking, enterprise status unknown": byOwner({ vouch: pin("owner-1", true) }),
  "recovery codes available": self({ hasRecoveryCodes: true, hasSshKey: true, challenges: passed }),
  "SSH key available": self({ hasRecoveryCodes: false, hasSshKey: true, challenges: passed }),
  "recovery codes unknown": self({ hasRecoveryCodes: undefined, challenges: passed }),
  "SSH key unknown": self({ hasSshKey: undefined, challenges: passed }),
  "self-service tried and failed": self({ hasRecoveryCodes: true, selfServiceFailed: true, challenges: passed }),
  "self: nothing tried": self({}),
  "self: challenges failed, no vouch": self({ challenges: failedChallenges }),
  "self: vouch did not confirm, no challenges": self({ vouch: vouch("owner-1", false) }),
  "self: challenges failed and vouch did not confirm": self({ challenges: failedChallenges, vouch: vouch("owner-1", false) }),
  "self: an owner's vouch": self({ vouch: vouch("owner-1", true) }),
  "self: an owner's Support PIN": self({ challenges: failedChallenges, vouch: pin("owner-1", true) }),
  "self: challenges answered by an owner": self({ challenges: { result: "passed", answeredBy: "owner" } }),
  "owner for own account: own vouch": self({ vouch: vouch("u1", true) }, true),
  "owner for own account: no vouch": self({ challenges: passed }, true),
  "owner for own account: another owner's PIN": self({ vouch: pin("owner-2", true) }, true),
  "owner for own account: another owner's vouch did not confirm": self({ vouch: vouch("owner-2", false) }, true),
  "owner for an enterprise user: PIN": byOwner({ enterpriseUser: true, grounds: ["enterprise_user"], vouch: pin("owner-1", true) }),
  "owner for an enterprise user: no PIN": byOwner({ enterpriseUser: true, challenges: passed }),
  "owner for an enterprise user: PIN from another owner": byOwner({ enterpriseUser: true, vouch: pin("owner-2", true) }),
  "owner for an enterprise user: PIN did not match": byOwner({ enterpriseUser: true, vouch: pin("owner-1", false) }),
  "owner for a member: challenges and PIN": byOwner({ enterpriseUser: false, challenges: passed, vouch: pin("owner-1", true) }),
  "owner for a member: challenges failed": byOwner({ enterpriseUser: false, challenges: failedChallenges, vouch: pin("owner-1", true) }),
  "owner for a member: PIN did not match": byOwner({ enterpriseUser: false, challenges: passed, vouch: pin("owner-1", false) }),
  "owner for a member: nothing yet": byOwner({ enterpriseUser: false }),
  "owner for a member: challenges only": byOwner({ enterpriseUser: false, challenges: passed }),
  "owner for a member: PIN only": byOwner({ enterpriseUser: false, vouch: pin("owner-1", true) }),
  "owner for a member: another owner's PIN": byOwner({ enterpriseUser: false, challenges: passed, vouch: pin("owner-2", true) }),
  "owner for a member and an enterprise user in one ticket": byOwner(
    { enterpriseUser: true, vouch: pin("owner-1", true) },
    { enterpriseUser: false, challenges: passed, vouch: pin("owner-1", true) },
  ),
  "owner for two enterprise users in one ticket": byOwner({ enterpriseUser: true, vouch: pin("owner-1", true) }, { enterpriseUser: true, vouch: pin("owner-1", false) }),
};

describe("check2faRemoval decisions, handbook2016", () => {
  it.each(Object.entries(CASES_2016))("%s", (_name, request) => {
    expect(check2faRemoval(request, "handbook2016")).toMatchSnapshot();
  });
});

describe("check2faRemoval decisions, gitlab2026", () => {
  it.each(Object.entries(CASES_2026))("%s", (_name, request) => {
    expect(check2faRemoval(request, "gitlab2026")).toMatchSnapshot();
  });

  it('"one user per ticket" applies only above the allowed number of users', () => {
    const ticket = CASES_2026["owner for a member and an enterprise user in one ticket"] as TwoFactorRemovalRequestInput;
    const refused = check2faRemoval(ticket, "gitlab2026");
    expect(refused.outcome).toBe("refuse");
    expect(refused.targets).toEqual([
      { userId: "m1", outcome: "refuse" },
      { userId: "m2", outcome: "refuse" },
    ]);
    expect(refused.reasons[0]).toEqual({
      code: "one_user_per_ticket",
      rule: "§7 2FA removal (2026): an owner asking for a non-enterprise member: one user per ticket",
      message: "The ticket names 2 users, including 1 non-enterprise member(s); it is refused as it stands",
      facts: { targets: 2, nonEnterpriseMembers: 1, maxPerTicket: 1 },
    });
    expect(refused.next).toEqual({ action: "open_one_ticket_per_user", message: "Ask the owner to open one ticket per user" });
    const allowed = check2faRemoval(ticket, "gitlab2026", { maxNonEnterpriseTargetsPerTicket: 2 });
    expect(allowed.outcome).toBe("approve_after_peer_review");
    expect(allowed.targets).toEqual([
      { userId: "m1", outcome: "approve_after_peer_review" },
      { userId: "m2", outcome: "approve_after_peer_review" },
    ]);
    expect(allowed.reasons.map((reason) => reason.code)).not.toContain("one_user_per_ticket");
  });

  it("a single non-enterprise member is one user per ticket", () => {
    const single = check2faRemoval(CASES_2026["owner for a member: challenges and PIN"] as TwoFactorRemovalRequestInput, "gitlab2026");
    expect(single.reasons.map((reason) => reason.code)).not.toContain("one_user_per_ticket");
  });
});

describe("check2faRemoval, bad requests", () => {
  it("a user named twice is a duplicate", () => {
    expect(describeError(thrown(() => check2faRemoval(byOwner({ userId: "m1" }, { userId: "m1" }), "gitlab2026")))).toEqual([
      "duplicate_id",
      ["request", "targets", 1, "userId"],
      'Target "m1" is named twice',
    ]);
  });

  it("the enterprise_user ground for a user who is not an enterprise user is inconsistent", () => {
    expect(describeError(thrown(() => check2faRemoval(byOwner({ enterpriseUser: false, grounds: ["enterprise_user"] }), "gitlab2026")))).toEqual([
      "inconsistent_facts",
      ["request", "targets", 0, "grounds"],
      'Target "m1" has the enterprise_user ground but enterpriseUser is false',
    ]);
    expect(check2faRemoval(byOwner({ enterpriseUser: true, grounds: ["enterprise_user"] }), "gitlab2026").outcome).not.toBe("cannot_decide");
  });

  it("an unknown edition and bad parameters are reported under their own names", () => {
    expect(describeError(thrown(() => check2faRemoval(v2016({}), "handbook2020" as Edition)))[1]).toEqual(["edition"]);
    expect(describeError(thrown(() => check2faRemoval(v2016({}), "gitlab2026", { maxNonEnterpriseTargetsPerTicket: 0 })))[1]).toEqual([
      "parameters",
      "maxNonEnterpriseTargetsPerTicket",
    ]);
    expect(describeError(thrown(() => check2faRemoval({ requester: { userId: "u1" }, targets: [] }, "gitlab2026")))[1]).toEqual(["request", "targets"]);
  });
});
