import { fc, test } from "../support/property.js";
import { describe, expect, it } from "vitest";
import { check2faRemoval, type TwoFactorRemovalRequestInput, type TwoFactorTargetInput } from "../../src/policies/index.js";
import { deepFreeze, editionArb } from "./arbitraries.js";
import { thrown } from "../support/thrown.js";

const OPENED = "2026-11-02T09:00:00Z";

const eligibleSelf: TwoFactorTargetInput = {
  userId: "u1",
  paidPlanSince: "2025-01-01T00:00:00Z",
  addedToPaidPlanForRemoval: false,
  grounds: ["paid_seat"],
  hasRecoveryCodes: false,
  hasSshKey: false,
  challenges: { result: "passed", answeredBy: "target" },
};

function self(target: Partial<TwoFactorTargetInput> = {}, isOwner = false): TwoFactorRemovalRequestInput {
  return { ticketOpenedAt: OPENED, requester: { userId: "u1", isOwner }, targets: [{ ...eligibleSelf, ...target }] };
}

function forOthers(targets: TwoFactorTargetInput[]): TwoFactorRemovalRequestInput {
  return { ticketOpenedAt: OPENED, requester: { userId: "owner-1", isOwner: true }, targets };
}

const member = (userId: string, extra: Partial<TwoFactorTargetInput> = {}): TwoFactorTargetInput => ({
  ...eligibleSelf,
  userId,
  enterpriseUser: false,
  challenges: { result: "passed", answeredBy: "target" },
  vouch: { ownerId: "owner-1", method: "support_pin", confirmed: true },
  ...extra,
});

const codes = (decision: { reasons: readonly { code: string }[] }): string[] => decision.reasons.map((reason) => reason.code);


describe("check2faRemoval, handbook2016", () => {
  const request = (target: Partial<TwoFactorTargetInput>): TwoFactorRemovalRequestInput => ({ requester: { userId: "u1" }, targets: [{ userId: "u1", ...target }] });

  it('"Combination 1: Push a certain file to a repository in a personal project"', () => {
    const decision = check2faRemoval(request({ pushedGivenFile: true }), "handbook2016");
    expect(decision.outcome).toBe("approve");
    expect(codes(decision)).toEqual(["pushed_given_file"]);
    expect(decision.next?.action).toBe("remove_2fa");
  });

  it('"Combination 2: Photo ID and picture of user with ID"', () => {
    expect(check2faRemoval(request({ pushedGivenFile: false, photoId: true, photoHoldingId: true }), "handbook2016").outcome).toBe("approve");
    const half = check2faRemoval(request({ pushedGivenFile: false, photoId: true, photoHoldingId: false }), "handbook2016");
    expect(half.outcome).toBe("needs_more_verification");
    expect(codes(half)).toEqual(["combination_not_met"]);
  });

  it("a fact not given is cannot decide, listing only what could still complete a combination", () => {
    const decision = check2faRemoval(request({ photoId: false }), "handbook2016");
    expect(decision.outcome).toBe("cannot_decide");
    expect(decision.missing).toEqual(["targets.0.pushedGivenFile"]);
  });
});

describe("check2faRemoval, gitlab2026", () => {
  it('a pass is only "approve after peer review"', () => {
    const decision = check2faRemoval(self(), "gitlab2026");
    expect(decision.outcome).toBe("approve_after_peer_review");
    expect(decision.next).toEqual({ action: "request_peer_review", message: "Have another Support engineer review the verification before removing 2FA" });
    expect(codes(decision)).toEqual(["paid_when_opened", "not_added_for_removal", "eligibility_ground", "self_service_exhausted", "identity_verified"]);
  });

  it('"government ID is not accepted (since August 2018)"', () => {
    const decision = check2faRemoval(self({ challenges: undefined, photoId: true, photoHoldingId: true }), "gitlab2026");
    expect(decision.outcome).toBe("needs_more_verification");
    expect(codes(decision)).toContain("government_id_not_accepted");
  });

  it('"Self-service first (recovery codes; regenerate them over SSH when an SSH key is registered)"', () => {
    const codesFirst = check2faRemoval(self({ hasRecoveryCodes: true }), "gitlab2026");
    expect(codesFirst.outcome).toBe("offer_self_service");
    expect(codesFirst.next?.message).toBe("Point the user to their recovery codes");
    const ssh = check2faRemoval(self({ hasSshKey: true }), "gitlab2026");
    expect(ssh.next?.message).toBe("Point the user to regenerating recovery codes over SSH");
    expect(check2faRemoval(self({ hasSshKey: true, selfServiceFailed: true }), "gitlab2026").outcome).toBe("approve_after_peer_review");
  });

  it('"Free users get no intervention (since August 2020)"', () => {
    const decision = check2faRemoval(self({ paidPlanSince: null }), "gitlab2026");
    expect(decision.outcome).toBe("refuse");
    expect(codes(decision)).toContain("free_user");
  });

  it('"The user must be on a paid plan when the ticket is opened"', () => {
    const decision = check2faRemoval(self({ paidPlanSince: "2026-11-02T09:00:01Z" }), "gitlab2026");
    expect(decision.outcome).toBe("refuse");
    expect(decision.reasons.find((reason) => reason.code === "not_paid_when_opened")?.facts).toMatchObject({ ticketOpenedAt: "2026-11-02T09:00:00.000Z" });
    expect(check2faRemoval(self({ paidPlanSince: OPENED }), "gitlab2026").outcome).toBe("approve_after_peer_review");
  });

  it('"and not added to a paid subscription just to remove 2FA"', () => {
    const decision = check2faRemoval(self({ addedToPaidPlanForRemoval: true }), "gitlab2026");
    expect(decision.outcome).toBe("refuse");
    expect(codes(decision)).toContain("added_for_removal");
  });

  it('"Eligible if one of" the five grounds; none is a refusal', () => {
    for (const ground of ["paid_seat", "enterprise_user", "billing_contact", "account_management_project", "customer_portal_access"] as const) {
      expect(check2faRemoval(self({ grounds: [ground] }), "gitlab2026").outcome).toBe("approve_after_peer_review");
    }
    const none = check2faRemoval(self({ grounds: [] }), "gitlab2026");
    expect(none.outcome).toBe("refuse");
    expect(codes(none)).toContain("no_eligibility_ground");
  });

  it('"\\"An owner intends to add them\\" counts only with that owner\'s vouch or PIN"', () => {
    const pending = check2faRemoval(self({ grounds: ["owner_intends_to_add"] }), "gitlab2026");
    expect(pending.outcome).toBe("needs_more_verification");
    expect(codes(pending)).toContain("owner_intent_needs_vouch");
    const vouched = check2faRemoval(self({ grounds: ["owner_intends_to_add"], vouch: { ownerId: "o2", method: "vouch", confirmed: true } }), "gitlab2026");
    expect(vouched.outcome).toBe("approve_after_peer_review");
    const refused = check2faRemoval(self({ grounds: ["owner_intends_to_add"], vouch: { ownerId: "o2", method: "vouch", confirmed: false } }), "gitlab2026");
    expect(refused.outcome).toBe("refuse");
  });

  it('"an owner asking for their own account needs the vouch or PIN of a different owner"', () => {
    const own = check2faRemoval(self({ challenges: undefined, vouch: { ownerId: "u1", method: "support_pin", confirmed: true } }, true), "gitlab2026");
    expect(own.outcome).toBe("needs_more_verification");
    expect(codes(own)).toContain("own_vouch_not_accepted");
    const challengesAlone = check2faRemoval(self({}, true), "gitlab2026");
    expect(challengesAlone.outcome).toBe("needs_more_verification");
    const other = check2faRemoval(self({ challenges: undefined, vouch: { ownerId: "u2", method: "support_pin", confirmed: true } }, true), "gitlab2026");
    expect(other.outcome).toBe("approve_after_peer_review");
  });

  it('"An enterprise owner asking for an enterprise user of the group gives the PIN themselves (several users per ticket allowed)"', () => {
    const enterprise = (userId: string): TwoFactorTargetInput => ({
      ...eligibleSelf,
      userId,
      enterpriseUser: true,
      grounds: ["enterprise_user"],
      challenges: undefined,
      vouch: { ownerId: "owner-1", method: "support_pin", confirmed: true },
    });
    const decision = check2faRemoval(forOthers([enterprise("e1"), enterprise("e2"), enterprise("e3")]), "gitlab2026");
    expect(decision.outcome).toBe("approve_after_peer_review");
    expect(decision.targets.map((target) => target.outcome)).toEqual(["approve_after_peer_review", "approve_after_peer_review", "approve_after_peer_review"]);
    const otherPin = check2faRemoval(forOthers([{ ...enterprise("e1"), vouch: { ownerId: "owner-2", method: "support_pin", confirmed: true } }]), "gitlab2026");
    expect(otherPin.outcome).toBe("needs_more_verification");
  });

  it('"An owner asking for a non-enterprise member: the target answers the challenges, the owner gives the PIN"', () => {
    expect(check2faRemoval(forOthers([member("m1")]), "gitlab2026").outcome).toBe("approve_after_peer_review");
    const noPin = check2faRemoval(forOthers([member("m1", { vouch: undefined })]), "gitlab2026");
    expect(noPin.outcome).toBe("needs_more_verification");
    expect(noPin.next?.message).toBe("Still needed: the owner gives the Support PIN; never say which answers were right");
  });

  it('"the owner never answers for the target"', () => {
    const decision = check2faRemoval(forOthers([member("m1", { challenges: { result: "passed", answeredBy: "owner" } })]), "gitlab2026");
    expect(decision.outcome).toBe("needs_more_verification");
    expect(codes(decision)).toContain("owner_answered_for_target");
  });

  it('"one user per ticket (a ticket naming several such users is refused as it stands, with the next step: one ticket per user)"', () => {
    const decision = check2faRemoval(forOthers([member("m1"), member("m2")]), "gitlab2026");
    expect(decision.outcome).toBe("refuse");
    expect(codes(decision)[0]).toBe("one_user_per_ticket");
    expect(decision.next).toEqual({ action: "open_one_ticket_per_user", message: "Ask the owner to open one ticket per user" });
    expect(decision.targets.every((target) => target.outcome === "refuse")).toBe(true);
    expect(check2faRemoval(forOthers([member("m1"), member("m2")]), "gitlab2026", { maxNonEnterpriseTargetsPerTicket: 2 }).outcome).toBe("approve_after_peer_review");
  });

  it("a requester who is neither the user nor an owner is refused", () => {
    const decision = check2faRemoval({ ticketOpenedAt: OPENED, requester: { userId: "x", isOwner: false }, targets: [member("m1")] }, "gitlab2026");
    expect(decision.outcome).toBe("refuse");
    expect(codes(decision)).toContain("requester_not_authorised");
  });

  it('"Failed challenges: needs more verification while an untried route remains (an owner\'s vouch), otherwise refuse"', () => {
    const failed = { challenges: { result: "failed", answeredBy: "target" } } as const;
    const untried = check2faRemoval(self(failed), "gitlab2026");
    expect(untried.outcome).toBe("needs_more_verification");
    expect(untried.next?.message).toBe("Verify the user by an owner's vouch or Support PIN; never say which answers were right");
    const exhausted = check2faRemoval(self({ ...failed, vouch: { ownerId: "o2", method: "vouch", confirmed: false } }), "gitlab2026");
    expect(exhausted.outcome).toBe("refuse");
    expect(codes(exhausted)).toContain("identity_failed");
    expect(exhausted.next?.message).toBe("Tell the user 2FA cannot be removed; never say which answers were right");
    expect(check2faRemoval(self({ ...failed, vouch: { ownerId: "o2", method: "vouch", confirmed: true } }), "gitlab2026").outcome).toBe("approve_after_peer_review");
  });

  it("a vouch or PIN that does not check out is a refusal on routes with nothing left to try", () => {
    const ownSelf = check2faRemoval(self({ challenges: undefined, vouch: { ownerId: "u2", method: "support_pin", confirmed: false } }, true), "gitlab2026");
    expect(ownSelf.outcome).toBe("refuse");
    const enterprise = check2faRemoval(
      forOthers([{ ...eligibleSelf, userId: "e1", enterpriseUser: true, challenges: undefined, vouch: { ownerId: "owner-1", method: "support_pin", confirmed: false } }]),
      "gitlab2026",
    );
    expect(enterprise.outcome).toBe("refuse");
    const memberFailed = check2faRemoval(forOthers([member("m1", { challenges: { result: "failed", answeredBy: "target" } })]), "gitlab2026");
    expect(memberFailed.outcome).toBe("refuse");
    expect(memberFailed.reasons.find((reason) => reason.code === "identity_failed")?.message).toBe("The user's challenge answers failed");
  });

  it("an owner asking for someone else needs to know whether they are an enterprise user", () => {
    const decision = check2faRemoval(forOthers([{ ...eligibleSelf, userId: "x1" }]), "gitlab2026");
    expect(decision.outcome).toBe("cannot_decide");
    expect(decision.missing).toEqual(["targets.0.enterpriseUser"]);
  });

  it("absent facts are cannot decide, listing them", () => {
    const decision = check2faRemoval({ requester: { userId: "u1" }, targets: [{ userId: "u1" }] }, "gitlab2026");
    expect(decision.outcome).toBe("cannot_decide");
    expect(decision.missing).toEqual([
      "targets.0.paidPlanSince",
      "targets.0.addedToPaidPlanForRemoval",
      "targets.0.grounds",
      "requester.isOwner",
      "targets.0.hasRecoveryCodes",
      "targets.0.hasSshKey",
    ]);
    const noOpening = check2faRemoval({ ...self(), ticketOpenedAt: undefined }, "gitlab2026");
    expect(noOpening.missing).toEqual(["ticketOpenedAt"]);
  });
});

describe("check2faRemoval, bad input", () => {
  it("no targets is too_small", () => {
    const error = thrown(() => check2faRemoval({ requester: { userId: "u1" }, targets: [] }, "gitlab2026"));
    expect([error.code, error.path]).toEqual(["too_small", ["request", "targets"]]);
  });

  it("a target named twice is duplicate_id", () => {
    const error = thrown(() => check2faRemoval(forOthers([member("m1"), member("m1")]), "gitlab2026"));
    expect([error.code, error.path, error.message]).toEqual(["duplicate_id", ["request", "targets", 1, "userId"], 'Target "m1" is named twice']);
  });

  it("contradictory facts are inconsistent_facts", () => {
    const error = thrown(() => check2faRemoval(forOthers([member("m1", { grounds: ["enterprise_user"] })]), "gitlab2026"));
    expect([error.code, error.path, error.message]).toEqual([
      "inconsistent_facts",
      ["request", "targets", 0, "grounds"],
      'Target "m1" has the enterprise_user ground but enterpriseUser is false',
    ]);
  });

  it("a wrong type, an unknown ground or a missing requester are typed errors", () => {
    const wrong = thrown(() => check2faRemoval(self({ hasSshKey: "no" as unknown as boolean }), "gitlab2026"));
    expect([wrong.code, wrong.path, wrong.message]).toEqual(["invalid_type", ["request", "targets", 0, "hasSshKey"], "Invalid input: expected boolean, received string"]);
    const ground = thrown(() => check2faRemoval(self({ grounds: ["friend_of_ceo" as "paid_seat"] }), "gitlab2026"));
    expect([ground.code, ground.path]).toEqual(["unknown_value", ["request", "targets", 0, "grounds", 0]]);
    const requester = thrown(() => check2faRemoval({ targets: [eligibleSelf] } as unknown as TwoFactorRemovalRequestInput, "gitlab2026"));
    expect([requester.code, requester.path, requester.message]).toEqual(["missing_field", ["request", "requester"], 'Missing required field "request.requester"']);
  });
});

const optionalBoolean = fc.option(fc.boolean(), { nil: undefined });
const targetArb = (userId: string): fc.Arbitrary<TwoFactorTargetInput> =>
  fc
    .record(
      {
        pushedGivenFile: optionalBoolean,
        photoId: optionalBoolean,
        photoHoldingId: optionalBoolean,
        paidPlanSince: fc.option(fc.constantFrom<string | null>(null, "2025-01-01T00:00:00Z", "2026-12-01T00:00:00Z"), { nil: undefined }),
        addedToPaidPlanForRemoval: optionalBoolean,
        grounds: fc.option(fc.subarray(["paid_seat", "owner_intends_to_add", "billing_contact"] as const), { nil: undefined }),
        enterpriseUser: optionalBoolean,
        hasRecoveryCodes: optionalBoolean,
        hasSshKey: optionalBoolean,
        selfServiceFailed: optionalBoolean,
        challenges: fc.option(fc.record({ result: fc.constantFrom("passed" as const, "failed" as const), answeredBy: fc.constantFrom("target" as const, "owner" as const) }), { nil: undefined }),
        vouch: fc.option(fc.record({ ownerId: fc.constantFrom("owner-1", "owner-2", "u1"), method: fc.constantFrom("vouch" as const, "support_pin" as const), confirmed: fc.boolean() }), { nil: undefined }),
      },
      { requiredKeys: [] },
    )
    .map((facts) => ({ userId, ...facts }));

const requestArb: fc.Arbitrary<TwoFactorRemovalRequestInput> = fc
  .record({
    requesterId: fc.constantFrom("u1", "owner-1"),
    isOwner: optionalBoolean,
    opened: fc.option(fc.constant(OPENED), { nil: undefined }),
    targets: fc.oneof(fc.tuple(targetArb("u1")), fc.tuple(targetArb("m1"), targetArb("m2"))),
  })
  .map(({ requesterId, isOwner, opened, targets }) => ({
    ...(opened === undefined ? {} : { ticketOpenedAt: opened }),
    requester: { userId: requesterId, ...(isOwner === undefined ? {} : { isOwner }) },
    targets: targets.map((target) => (target.enterpriseUser === false ? { ...target, grounds: target.grounds?.filter((g) => g !== "enterprise_user") } : target)),
  }))
  .map((request) => JSON.parse(JSON.stringify(request)) as TwoFactorRemovalRequestInput);

const isApproval = (outcome: string): boolean => outcome === "approve" || outcome === "approve_after_peer_review";

describe("check2faRemoval, properties", () => {
  test.prop([requestArb, fc.nat()])("2026: no combination of facts from a free user yields an approval", (request, pick) => {
    const targets = request.targets.map((target, index) =>
      index === pick % request.targets.length ? { ...target, paidPlanSince: pick % 2 === 0 ? null : "2026-12-01T00:00:00Z" } : target,
    );
    const decision = check2faRemoval({ ...request, ticketOpenedAt: OPENED, targets }, "gitlab2026");
    expect(isApproval(decision.outcome)).toBe(false);
  });

  test.prop([requestArb, editionArb, fc.nat(), fc.nat()])("removing a fact never turns a refusal (or any non-approval) into an approval", (request, edition, targetPick, keyPick) => {
    const before = check2faRemoval(request, edition);
    fc.pre(!isApproval(before.outcome));
    const index = targetPick % request.targets.length;
    const target = request.targets[index]!;
    const keys = Object.keys(target).filter((key) => key !== "userId");
    const candidates: TwoFactorRemovalRequestInput[] = [];
    if (keys.length > 0) {
      const key = keys[keyPick % keys.length]!;
      const reduced = Object.fromEntries(Object.entries(target).filter(([k]) => k !== key)) as TwoFactorTargetInput;
      candidates.push({ ...request, targets: request.targets.map((t, i) => (i === index ? reduced : t)) });
    }
    const withoutOpening = { ...request };
    delete withoutOpening.ticketOpenedAt;
    candidates.push(withoutOpening, { ...request, requester: { userId: request.requester.userId } });
    for (const candidate of candidates) expect(isApproval(check2faRemoval(candidate, edition).outcome)).toBe(false);
  });

  it("2026 never approves without peer review, and an approval has every fact it needs", () => {
    let approvals = 0;
    fc.assert(
      fc.property(requestArb, fc.boolean(), (generated, favourable) => {
        // Half the runs get favourable plan facts so that approvals are common enough to check.
        const favour = { paidPlanSince: "2025-01-01T00:00:00Z", addedToPaidPlanForRemoval: false, grounds: ["paid_seat" as const], hasRecoveryCodes: false, hasSshKey: false };
        const request = favourable ? { ...generated, ticketOpenedAt: OPENED, targets: generated.targets.map((target) => ({ ...target, ...favour })) } : generated;
        const decision = check2faRemoval(request, "gitlab2026");
        expect(decision.outcome).not.toBe("approve");
        if (decision.outcome !== "approve_after_peer_review") return;
        approvals += 1;
        for (const target of request.targets) {
          expect(target.paidPlanSince).toBe("2025-01-01T00:00:00Z");
          expect(target.addedToPaidPlanForRemoval).toBe(false);
          expect(target.challenges?.result === "passed" || target.vouch?.confirmed === true).toBe(true);
        }
        expect(decision.next?.action).toBe("request_peer_review");
      }),
      // Enough runs that approvals occur whatever the suite-wide scale.
      { numRuns: 200 },
    );
    expect(approvals).toBeGreaterThan(0);
  });

  test.prop([requestArb])("2026: a government ID never changes the outcome", (request) => {
    const withId = { ...request, targets: request.targets.map((target) => ({ ...target, photoId: true, photoHoldingId: true })) };
    const withoutId = { ...request, targets: request.targets.map((target) => ({ ...target, photoId: false, photoHoldingId: false })) };
    expect(check2faRemoval(withId, "gitlab2026").outcome).toBe(check2faRemoval(withoutId, "gitlab2026").outcome);
  });

  test.prop([requestArb, editionArb])("decisions survive a JSON round trip and never mutate the request", (request, edition) => {
    const before = structuredClone(request);
    const decision = check2faRemoval(deepFreeze(request), edition);
    expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
    expect(request).toEqual(before);
    expect(decision.targets).toHaveLength(request.targets.length);
  });
});
