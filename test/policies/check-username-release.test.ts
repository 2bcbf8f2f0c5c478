import { fc, test } from "../support/property.js";
import { describe, expect, it } from "vitest";
import { checkUsernameRelease, type UsernameReleaseFactsInput } from "../../src/policies/index.js";
import { DAY, NOW, daysAgo, deepFreeze, editionArb, usernameFactsArb } from "./arbitraries.js";
import { thrown } from "../support/thrown.js";

const eligible2016: UsernameReleaseFactsInput = {
  username: "alice",
  hasData: false,
  lastActivityAt: daysAgo(400),
  ownsActiveProject: false,
  contactAttempts: [
    { at: daysAgo(20), ownerId: "u1" },
    { at: daysAgo(10), ownerId: "u1" },
  ],
};

const withData2026 = (extra: Partial<UsernameReleaseFactsInput>): UsernameReleaseFactsInput => ({
  username: "alice",
  requesterIsPaidCustomer: true,
  hasData: true,
  lastActivityAt: daysAgo(100),
  ...extra,
});

function codes(decision: { reasons: readonly { code: string }[] }): string[] {
  return decision.reasons.map((reason) => reason.code);
}


describe("checkUsernameRelease, handbook2016", () => {
  it('releases when all four criteria hold, "appended with _idle to keep the account active but release the namespace"', () => {
    const decision = checkUsernameRelease(eligible2016, NOW, "handbook2016");
    expect(decision.outcome).toBe("release");
    expect(decision.newName).toBe("alice_idle");
    expect(codes(decision)).toEqual(["no_data", "inactive_long_enough", "no_active_project", "contact_window_met"]);
    expect(decision.next?.action).toBe("rename_account");
  });

  it('"The account in question has no data": an account with data is not eligible', () => {
    const decision = checkUsernameRelease({ ...eligible2016, hasData: true }, NOW, "handbook2016");
    expect(decision.outcome).toBe("not_eligible");
    expect(codes(decision)).toContain("has_data");
    expect(decision.reasons.find((r) => r.code === "has_data")?.rule).toMatch(/§6 dormant usernames \(2016\)/);
  });

  it('"There hasn\'t been any activity on the account ... for six months": activity 5 months ago is not eligible, 6 months ago is', () => {
    const active = checkUsernameRelease({ ...eligible2016, lastActivityAt: "2026-01-16T00:00:00Z" }, NOW, "handbook2016");
    expect(active.outcome).toBe("not_eligible");
    expect(codes(active)).toContain("recent_activity");
    expect(active.reasons.find((r) => r.code === "recent_activity")?.facts).toMatchObject({ inactiveFrom: "2026-07-16T00:00:00.000Z" });
    const idle = checkUsernameRelease({ ...eligible2016, lastActivityAt: "2025-12-15T12:00:00Z" }, NOW, "handbook2016");
    expect(idle.outcome).toBe("release");
  });

  it('"six months" clamps to the end of a shorter month (Aug 31 + 6 months = Feb 28)', () => {
    const now = new Date("2026-02-28T00:00:00Z");
    const facts = { ...eligible2016, lastActivityAt: "2025-08-31T00:00:00Z", contactAttempts: [{ at: "2026-02-20T00:00:00Z", ownerId: "u1" }, { at: "2026-02-27T00:00:00Z", ownerId: "u1" }] };
    expect(checkUsernameRelease(facts, now, "handbook2016").outcome).toBe("release");
    expect(checkUsernameRelease(facts, new Date("2026-02-27T23:59:59Z"), "handbook2016").outcome).toBe("not_eligible");
  });

  it('"The user cannot be an owner of any active project"', () => {
    const decision = checkUsernameRelease({ ...eligible2016, ownsActiveProject: true }, NOW, "handbook2016");
    expect(decision.outcome).toBe("not_eligible");
    expect(codes(decision)).toContain("owns_active_project");
  });

  it('"Support has had two failed attempts to contact the user within a two week period": one attempt is waiting for the next', () => {
    const decision = checkUsernameRelease({ ...eligible2016, contactAttempts: [{ at: daysAgo(3), ownerId: "u1" }] }, NOW, "handbook2016");
    expect(decision.outcome).toBe("waiting");
    expect(decision.next?.action).toBe("contact_user");
    expect(decision.next?.message).toContain("2026-06-26");
    expect(codes(decision)).toContain("contact_attempts_pending");
  });

  it("an attempt more than 14 days before the latest one no longer counts", () => {
    const apart = { ...eligible2016, contactAttempts: [{ at: daysAgo(30), ownerId: "u1" }, { at: daysAgo(15.5), ownerId: "u1" }] };
    expect(checkUsernameRelease(apart, NOW, "handbook2016").outcome).toBe("waiting");
    const exactly14 = { ...eligible2016, contactAttempts: [{ at: daysAgo(30), ownerId: "u1" }, { at: daysAgo(16), ownerId: "u1" }] };
    expect(checkUsernameRelease(exactly14, NOW, "handbook2016").outcome).toBe("release");
  });

  it("no attempt yet: waiting, with a first attempt as the next step", () => {
    const decision = checkUsernameRelease({ ...eligible2016, contactAttempts: [] }, NOW, "handbook2016");
    expect(decision.outcome).toBe("waiting");
    expect(decision.next?.message).toBe("Make a first attempt to contact the user");
  });

  it("a reply means the contact did not fail: not eligible", () => {
    const decision = checkUsernameRelease(
      { ...eligible2016, replies: [{ at: daysAgo(5), ownerId: "u1", kind: "release" }] },
      NOW,
      "handbook2016",
    );
    expect(decision.outcome).toBe("not_eligible");
    expect(codes(decision)).toContain("owner_replied");
  });

  it("a failed criterion other than contact is not eligible even while contact is pending", () => {
    const decision = checkUsernameRelease({ ...eligible2016, hasData: true, contactAttempts: [] }, NOW, "handbook2016");
    expect(decision.outcome).toBe("not_eligible");
  });

  it("a fact not given is cannot decide, listing every missing fact", () => {
    const decision = checkUsernameRelease({ username: "alice" }, NOW, "handbook2016");
    expect(decision.outcome).toBe("cannot_decide");
    expect(decision.missing).toEqual(["hasData", "lastActivityAt", "ownsActiveProject", "contactAttempts"]);
    expect(decision.next?.action).toBe("collect_facts");
  });

  it("never activity (null) counts as six months without activity", () => {
    expect(checkUsernameRelease({ ...eligible2016, lastActivityAt: null }, NOW, "handbook2016").outcome).toBe("release");
  });

  it("every threshold is a parameter", () => {
    const apart = { ...eligible2016, contactAttempts: [{ at: daysAgo(30), ownerId: "u1" }, { at: daysAgo(10), ownerId: "u1" }] };
    expect(checkUsernameRelease(apart, NOW, "handbook2016").outcome).toBe("waiting");
    expect(checkUsernameRelease(apart, NOW, "handbook2016", { contactWindowDays: 21 }).outcome).toBe("release");
    expect(checkUsernameRelease({ ...eligible2016, lastActivityAt: daysAgo(100) }, NOW, "handbook2016", { inactiveMonths: 3 }).outcome).toBe("release");
  });
});

describe("checkUsernameRelease, gitlab2026", () => {
  it('"only paid customers may request"', () => {
    const decision = checkUsernameRelease({ username: "alice", requesterIsPaidCustomer: false, hasData: false }, NOW, "gitlab2026");
    expect(decision.outcome).toBe("not_eligible");
    expect(codes(decision)).toContain("requester_not_paid");
  });

  it('"A namespace without data ... is eligible for immediate release"', () => {
    const decision = checkUsernameRelease({ username: "alice", requesterIsPaidCustomer: true, hasData: false, takenNames: ["alice_idle"] }, NOW, "gitlab2026");
    expect(decision.outcome).toBe("release");
    expect(decision.newName).toBe("alice_idle1");
  });

  it('"no activity for 2 or more years" counts as no data', () => {
    const idle = checkUsernameRelease(withData2026({ lastActivityAt: "2024-06-15T12:00:00Z" }), NOW, "gitlab2026");
    expect(idle.outcome).toBe("release");
    expect(codes(idle)).toContain("inactive_counts_as_no_data");
    const recent = checkUsernameRelease(withData2026({ lastActivityAt: "2024-06-15T12:00:01Z" }), NOW, "gitlab2026");
    expect(recent.outcome).toBe("cannot_decide");
    expect(recent.missing).toEqual(["contactAttempts"]);
  });

  it('"A namespace with data needs its owners contacted first (at most 3)"', () => {
    const decision = checkUsernameRelease(
      withData2026({ contactAttempts: [], owners: [{ id: "a" }, { id: "b" }, { id: "c" }, { id: "d" }] }),
      NOW,
      "gitlab2026",
    );
    expect(decision.outcome).toBe("waiting");
    expect(decision.next).toEqual({ action: "send_first_notice", message: "Send the first notice to 3 owner(s) of the namespace" });
  });

  it('"a second notice 1 week after the first contact": waiting, due on the 7th day', () => {
    const decision = checkUsernameRelease(
      withData2026({ timeZone: "Pacific/Auckland", contactAttempts: [{ at: "2026-06-12T12:00:00Z", ownerId: "u1" }] }),
      NOW,
      "gitlab2026",
    );
    expect(decision.outcome).toBe("waiting");
    expect(decision.next).toEqual({
      action: "send_second_notice",
      at: "2026-06-19T12:00:00.000Z",
      message: "Send the second notice on 2026-06-20",
    });
  });

  it("a second notice that is overdue is to be sent now", () => {
    const decision = checkUsernameRelease(withData2026({ contactAttempts: [{ at: daysAgo(8), ownerId: "u1" }] }), NOW, "gitlab2026");
    expect(decision.outcome).toBe("waiting");
    expect(decision.next?.action).toBe("send_second_notice");
    expect(decision.next?.at).toBeUndefined();
  });

  it('"release 2 weeks after the first contact without an explicit reply"', () => {
    const contact = [{ at: daysAgo(14), ownerId: "u1" }, { at: daysAgo(7), ownerId: "u1" }];
    const decision = checkUsernameRelease(withData2026({ contactAttempts: contact }), NOW, "gitlab2026");
    expect(decision.outcome).toBe("release");
    expect(codes(decision)).toContain("no_reply_after_wait");
    const early = checkUsernameRelease(withData2026({ contactAttempts: [{ at: daysAgo(13), ownerId: "u1" }, { at: daysAgo(6), ownerId: "u1" }] }), NOW, "gitlab2026");
    expect(early.outcome).toBe("waiting");
    expect(early.next).toMatchObject({ action: "release_username", at: daysAgo(-1) });
  });

  it('"a login alone is not a reply"', () => {
    const contact = [{ at: daysAgo(14), ownerId: "u1" }, { at: daysAgo(7), ownerId: "u1" }];
    const decision = checkUsernameRelease(withData2026({ contactAttempts: contact, logins: [daysAgo(3)] }), NOW, "gitlab2026");
    expect(decision.outcome).toBe("release");
    expect(codes(decision)).toContain("login_not_a_reply");
  });

  it('"an explicit \\"keep\\" ends the request: not eligible"', () => {
    const contact = [{ at: daysAgo(14), ownerId: "u1" }, { at: daysAgo(7), ownerId: "u1" }];
    const decision = checkUsernameRelease(withData2026({ contactAttempts: contact, replies: [{ at: daysAgo(6), ownerId: "u1", kind: "keep" }] }), NOW, "gitlab2026");
    expect(decision.outcome).toBe("not_eligible");
    expect(codes(decision)).toContain("owner_keeps");
  });

  it("an explicit reply that neither keeps nor gives up the name stops the release (safe reading)", () => {
    const contact = [{ at: daysAgo(14), ownerId: "u1" }, { at: daysAgo(7), ownerId: "u1" }];
    const decision = checkUsernameRelease(withData2026({ contactAttempts: contact, replies: [{ at: daysAgo(6), ownerId: "u1", kind: "other" }] }), NOW, "gitlab2026");
    expect(decision.outcome).toBe("not_eligible");
    expect(decision.next?.action).toBe("clarify_with_owner");
    expect(decision.reasons.find((r) => r.code === "owner_reply_unclear")?.message).toMatch(/read safely/);
  });

  it("every contacted owner giving up the name releases it at once", () => {
    const decision = checkUsernameRelease(
      withData2026({ contactAttempts: [{ at: daysAgo(2), ownerId: "u1" }], replies: [{ at: daysAgo(1), ownerId: "u1", kind: "release" }] }),
      NOW,
      "gitlab2026",
    );
    expect(decision.outcome).toBe("release");
    expect(codes(decision)).toContain("owners_consented");
  });

  it('"A trademark is not grounds without a court order"', () => {
    const decision = checkUsernameRelease(withData2026({ contactAttempts: [], trademarkClaim: { courtOrder: false } }), NOW, "gitlab2026");
    expect(decision.outcome).toBe("waiting");
    expect(codes(decision)).toContain("trademark_not_grounds");
    const ordered = checkUsernameRelease(withData2026({ contactAttempts: [], trademarkClaim: { courtOrder: true } }), NOW, "gitlab2026");
    expect(ordered.outcome).toBe("waiting");
    expect(codes(ordered)).toContain("trademark_court_order");
  });

  it('"Group paths are released the same way"', () => {
    const decision = checkUsernameRelease({ username: "acme-group", namespaceKind: "group", requesterIsPaidCustomer: true, hasData: false }, NOW, "gitlab2026");
    expect(decision.outcome).toBe("release");
    expect(decision.newName).toBe("acme-group_idle");
  });

  it("missing facts are listed, never a no", () => {
    const decision = checkUsernameRelease({ username: "alice" }, NOW, "gitlab2026");
    expect(decision.outcome).toBe("cannot_decide");
    expect(decision.missing).toEqual(["requesterIsPaidCustomer", "hasData"]);
  });

  it("every threshold is a parameter", () => {
    const contact = [{ at: daysAgo(14), ownerId: "u1" }, { at: daysAgo(7), ownerId: "u1" }];
    expect(checkUsernameRelease(withData2026({ contactAttempts: contact }), NOW, "gitlab2026", { releaseAfterDays: 21 }).outcome).toBe("waiting");
    expect(checkUsernameRelease(withData2026({ lastActivityAt: daysAgo(400) }), NOW, "gitlab2026", { inactiveYearsCountsAsNoData: 1 }).outcome).toBe("release");
  });
});

describe("checkUsernameRelease, bad input", () => {
  it("a wrong type is a typed error with its path", () => {
    const error = thrown(() => checkUsernameRelease({ username: "alice", hasData: "yes" as unknown as boolean }, NOW, "gitlab2026"));
    expect(error.code).toBe("invalid_type");
    expect(error.path).toEqual(["facts", "hasData"]);
    expect(error.message).toBe("Invalid input: expected boolean, received string");
  });

  it("a missing username is missing_field", () => {
    const error = thrown(() => checkUsernameRelease({} as UsernameReleaseFactsInput, NOW, "gitlab2026"));
    expect(error.code).toBe("missing_field");
    expect(error.path).toEqual(["facts", "username"]);
    expect(error.message).toBe('Missing required field "facts.username"');
  });

  it("an invalid username is invalid_format", () => {
    const error = thrown(() => checkUsernameRelease({ username: "-bad" }, NOW, "gitlab2026"));
    expect(error.code).toBe("invalid_format");
    expect(error.path).toEqual(["facts", "username"]);
    expect(error.message).toMatch(/^Expected a GitLab username/);
  });

  it("an instant without an offset is invalid_instant", () => {
    const error = thrown(() => checkUsernameRelease({ username: "alice", lastActivityAt: "2026-01-01T00:00:00" }, NOW, "handbook2016"));
    expect(error.code).toBe("invalid_instant");
    expect(error.path).toEqual(["facts", "lastActivityAt"]);
    expect(error.message).toBe('Expected an ISO 8601 date-time with "Z" or an offset (e.g. "2026-11-20T10:00:00Z"), a Date or epoch milliseconds; received the string "2026-01-01T00:00:00"');
  });

  it("an event after now is event_after_now", () => {
    const error = thrown(() => checkUsernameRelease({ username: "alice", contactAttempts: [{ at: daysAgo(-1), ownerId: "u1" }] }, NOW, "gitlab2026"));
    expect(error.code).toBe("event_after_now");
    expect(error.path).toEqual(["facts", "contactAttempts", 0, "at"]);
    expect(error.message).toBe("contactAttempts.0.at (2026-06-16T12:00:00.000Z) is after now (2026-06-15T12:00:00.000Z)");
  });

  it("a reply before any contact to that owner is inconsistent_facts", () => {
    const error = thrown(() =>
      checkUsernameRelease(
        { username: "alice", contactAttempts: [{ at: daysAgo(2), ownerId: "u1" }], replies: [{ at: daysAgo(3), ownerId: "u1", kind: "keep" }] },
        NOW,
        "gitlab2026",
      ),
    );
    expect(error.code).toBe("inconsistent_facts");
    expect(error.path).toEqual(["facts", "replies", 0]);
    expect(error.message).toBe('Reply 0 from owner "u1" comes before any contact attempt to that owner');
  });

  it("a contact attempt to someone not among the owners is inconsistent_facts", () => {
    const error = thrown(() => checkUsernameRelease({ username: "alice", owners: [{ id: "u1" }], contactAttempts: [{ at: daysAgo(2), ownerId: "u9" }] }, NOW, "gitlab2026"));
    expect(error.code).toBe("inconsistent_facts");
    expect(error.path).toEqual(["facts", "contactAttempts", 0, "ownerId"]);
  });

  it("a duplicate owner id is duplicate_id", () => {
    const error = thrown(() => checkUsernameRelease({ username: "alice", owners: [{ id: "u1" }, { id: "u1" }] }, NOW, "gitlab2026"));
    expect(error.code).toBe("duplicate_id");
    expect(error.path).toEqual(["facts", "owners", 1, "id"]);
  });

  it("an unknown key, a bad now, edition or parameter are typed errors", () => {
    expect(thrown(() => checkUsernameRelease({ username: "alice", ownerPhone: "1" } as UsernameReleaseFactsInput, NOW, "gitlab2026")).code).toBe("unknown_key");
    const badNow = thrown(() => checkUsernameRelease({ username: "alice" }, new Date("nope"), "gitlab2026"));
    expect([badNow.code, badNow.path, badNow.message]).toEqual(["invalid_instant", ["now"], 'Expected an ISO 8601 date-time with "Z" or an offset (e.g. "2026-11-20T10:00:00Z"), a Date or epoch milliseconds; received an invalid Date']);
    const badEdition = thrown(() => checkUsernameRelease({ username: "alice" }, NOW, "gitlab2030" as "gitlab2026"));
    expect([badEdition.code, badEdition.path]).toEqual(["unknown_value", ["edition"]]);
    const badParameter = thrown(() => checkUsernameRelease({ username: "alice" }, NOW, "gitlab2026", { releaseAfterDays: 0 }));
    expect([badParameter.code, badParameter.path]).toEqual(["too_small", ["parameters", "releaseAfterDays"]]);
    const inverted = thrown(() => checkUsernameRelease({ username: "alice" }, NOW, "gitlab2026", { secondNoticeAfterDays: 14 }));
    expect([inverted.code, inverted.path, inverted.message]).toEqual([
      "inconsistent_facts",
      ["parameters", "secondNoticeAfterDays"],
      "The second notice must come before the release: secondNoticeAfterDays < releaseAfterDays",
    ]);
  });
});

describe("checkUsernameRelease, properties", () => {
  test.prop([usernameFactsArb, editionArb])("an explicit \"keep\" reply is never released", (facts, edition) => {
    const withKeep = (facts.replies ?? []).some((reply) => reply.kind === "keep");
    fc.pre(withKeep);
    expect(checkUsernameRelease(facts, NOW, edition).outcome).not.toBe("release");
  });

  test.prop([usernameFactsArb, editionArb])("a login never counts as a reply: logins never change the outcome or the next step", (facts, edition) => {
    const withLogins = checkUsernameRelease(facts, NOW, edition);
    const withoutLogins = checkUsernameRelease({ ...facts, logins: [] }, NOW, edition);
    expect(withLogins.outcome).toBe(withoutLogins.outcome);
    expect(withLogins.next).toEqual(withoutLogins.next);
    expect(withLogins.missing).toEqual(withoutLogins.missing);
  });

  test.prop([usernameFactsArb, editionArb])("the decision never contains an owner's contact details", (facts, edition) => {
    const json = JSON.stringify(checkUsernameRelease(facts, NOW, edition));
    for (const owner of facts.owners ?? []) if (owner.email !== undefined) expect(json).not.toContain(owner.email);
    expect(json).not.toContain("@");
  });

  test.prop([usernameFactsArb, editionArb])("the decision survives a JSON round trip and the input is not mutated", (facts, edition) => {
    const before = structuredClone(facts);
    const decision = checkUsernameRelease(deepFreeze(facts), NOW, edition);
    expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
    expect(facts).toEqual(before);
  });

  test.prop([usernameFactsArb])("2026: only a paid customer's request is ever released", (facts) => {
    const decision = checkUsernameRelease(facts, NOW, "gitlab2026");
    if (decision.outcome === "release") expect(facts.requesterIsPaidCustomer).toBe(true);
    if (facts.requesterIsPaidCustomer === false) expect(decision.outcome).toBe("not_eligible");
  });

  test.prop([usernameFactsArb, editionArb])("cannot_decide always lists what is missing; other outcomes list nothing", (facts, edition) => {
    const decision = checkUsernameRelease(facts, NOW, edition);
    if (decision.outcome === "cannot_decide") expect(decision.missing?.length).toBeGreaterThan(0);
    else expect(decision.missing).toBeUndefined();
  });

  it("2016: a release means all four criteria were shown to hold", () => {
    let releases = 0;
    fc.assert(
      fc.property(usernameFactsArb, fc.boolean(), (generated, favourable) => {
        // Half the runs lean towards eligible facts so that releases are common enough to check.
        const facts = favourable ? { ...generated, hasData: false, ownsActiveProject: false, replies: [] } : generated;
        const decision = checkUsernameRelease(facts, NOW, "handbook2016");
        if (decision.outcome !== "release") return;
        releases += 1;
        expect(facts.hasData).toBe(false);
        expect(facts.ownsActiveProject).toBe(false);
        expect(facts.replies ?? []).toEqual([]);
        const last = facts.lastActivityAt;
        if (last !== null && last !== undefined) expect(NOW.getTime() - new Date(last).getTime()).toBeGreaterThanOrEqual(180 * DAY);
        expect(new Set((facts.contactAttempts ?? []).map((a) => a.at)).size).toBeGreaterThanOrEqual(1);
      }),
      // Enough runs that releases occur whatever the suite-wide scale.
      { numRuns: 200 },
    );
    expect(releases).toBeGreaterThan(0);
  });

  it("2026: a namespace with recent data is never released before 2 weeks after the first contact, unless every contacted owner consented", () => {
    let releases = 0;
    fc.assert(
      fc.property(usernameFactsArb, fc.integer({ min: 0, max: 600 }), (generated, activeDaysAgo) => {
        const facts = { ...generated, requesterIsPaidCustomer: true, hasData: true, lastActivityAt: daysAgo(activeDaysAgo) };
        const decision = checkUsernameRelease(facts, NOW, "gitlab2026");
        if (decision.outcome !== "release" || decision.reasons.some((reason) => reason.code === "owners_consented")) return;
        releases += 1;
        const first = Math.min(...(facts.contactAttempts ?? []).map((attempt) => new Date(attempt.at).getTime()));
        expect(NOW.getTime() - first).toBeGreaterThanOrEqual(14 * DAY);
        expect((facts.replies ?? []).every((reply) => reply.kind === "release")).toBe(true);
      }),
      // Enough runs that releases occur whatever the suite-wide scale.
      { numRuns: 200 },
    );
    expect(releases).toBeGreaterThan(0);
  });
});
