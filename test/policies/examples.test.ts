import { describe, expect, expectTypeOf, it } from "vitest";
import {
  PUBLIC_ISSUE_REMOVAL_MESSAGE,
  checkCallReadiness,
  checkHostileUserIssue,
  checkLicenceRequest,
  checkUsernameRelease,
  checkVendorSupportRequest,
  check2faRemoval,
  disclosureParameters,
  disclosureTimeline,
  gitlabVersionSchema,
  idleUsername,
  internalRequestDueAt,
  licenceParameters,
  planSpamHandling,
  planUpgradePath,
  sentryUserQuery,
  shouldSuggestCall,
  twoFactorEligibilityGroundSchema,
  twoFactorRemovalParameters,
  usernameReleaseParameters,
  usernameSchema,
  type TwoFactorRemovalOutcome,
  type UsernameReleaseDecision,
  type UsernameReleaseOutcome,
} from "../../src/policies/index.js";

// Each block repeats an @example from the TSDoc, so the documented results stay true.
describe("documented examples", () => {
  it("dormant usernames", () => {
    const decision = checkUsernameRelease({ username: "alice", requesterIsPaidCustomer: true, hasData: false }, new Date("2026-12-01T00:00:00Z"), "gitlab2026");
    expect(decision.outcome).toBe("release");
    expect(decision.newName).toBe("alice_idle");
    expect(idleUsername("alice", [])).toBe("alice_idle");
    expect(idleUsername("alice", ["Alice_Idle", "alice_idle1"])).toBe("alice_idle2");
    expect(usernameSchema.safeParse("alice.smith").success).toBe(true);
    expect(usernameSchema.safeParse("-alice").success).toBe(false);
    expect(usernameReleaseParameters.gitlab2026.releaseAfterDays).toBe(14);
    expect(usernameReleaseParameters.handbook2016.inactiveMonths).toBe(6);
  });

  it("2FA removal", () => {
    expect(check2faRemoval({ requester: { userId: "u1" }, targets: [{ userId: "u1", pushedGivenFile: true }] }, "handbook2016").outcome).toBe("approve");
    expect(
      check2faRemoval({ ticketOpenedAt: "2026-11-02T09:00:00Z", requester: { userId: "u1", isOwner: false }, targets: [{ userId: "u1", paidPlanSince: null }] }, "gitlab2026").outcome,
    ).toBe("refuse");
    expect(twoFactorRemovalParameters.gitlab2026.maxNonEnterpriseTargetsPerTicket).toBe(1);
    expect(twoFactorRemovalParameters.handbook2016.maxNonEnterpriseTargetsPerTicket).toBe(1);
    expect(twoFactorEligibilityGroundSchema.parse("paid_seat")).toBe("paid_seat");
  });

  it("disclosures", () => {
    const timeline = disclosureTimeline(
      { receivedAt: "2026-03-02T18:00:00Z", channel: "hackerone", closedAs: "resolved", closedAt: "2026-03-20T00:00:00Z", patchReleasedAt: "2026-03-18T00:00:00Z" },
      "gitlab2026",
    );
    expect(timeline.firstResponseDueAt).toBe("2026-03-03T18:00:00.000Z");
    expect(timeline.publicDisclosureAt).toBe("2026-06-16T00:00:00.000Z");
    expect(timeline.unmetChecklist).toEqual(["no_sensitive_information", "link_to_fix_merge_request"]);
    expect(disclosureParameters.handbook2016.fixedPublicAfterDays).toBe(30);
    expect(disclosureParameters.gitlab2026.fixedPublicAfterDays).toBe(90);
    expect(PUBLIC_ISSUE_REMOVAL_MESSAGE.startsWith("Thank you for helping to make GitLab more secure!")).toBe(true);
  });

  it("licences", () => {
    const decision = checkLicenceRequest({
      submittedAt: "2026-12-10T15:00:00Z",
      timeZone: "America/New_York",
      requests: [{ kind: "grace_extension", planExpiresOn: "2026-12-15", hasPreviousTrial: true }],
    });
    expect(decision.outcome).toBe("approve");
    expect(decision.startsOn).toBe("2026-12-16");
    expect(internalRequestDueAt("urgent", "2026-12-04T16:30:00-08:00")).toBe("2026-12-06T23:30:00.000Z");
    expect(licenceParameters.responseTargetHours.high).toBe(4);
  });

  it("calls and the rest", () => {
    const ready = checkCallReadiness({
      scheduledAt: "2026-12-03T16:00:00Z",
      backupConfirmedAt: "2026-12-02T09:00:00Z",
      installationType: "omnibus",
      currentVersion: "7.14.3",
      targetVersion: "8.2.0",
      usesGitlabCi: true,
    });
    expect(ready.outcome).toBe("ready");
    expect(ready.upgradePath).toEqual(["8.0", "8.2.0"]);
    expect(planUpgradePath("7.14.3", "8.5.0", true)).toEqual(["8.0", "8.5.0"]);
    expect(planUpgradePath("7.14.3", "8.5.0", false)).toEqual(["8.5.0"]);
    expect(gitlabVersionSchema.safeParse("8.0.5").success).toBe(true);
    expect(gitlabVersionSchema.safeParse("v8").success).toBe(false);
    expect(shouldSuggestCall({ backAndForthEmails: 5, closeToResolution: false }).outcome).toBe("suggest_call");
    expect(shouldSuggestCall({ backAndForthEmails: 1 }).outcome).toBe("keep_emailing");
    const vendor = checkVendorSupportRequest({ vendor: "sidekiq", requestAt: "2026-11-20T10:00:00Z", previousRequests: ["2026-10-02T08:00:00Z"] });
    expect(vendor.outcome).toBe("quota_used");
    expect(vendor.next?.at).toBe("2027-01-01T00:00:00.000Z");
    expect(planSpamHandling({ issueCount: 3, flaggedIssueCount: 1, confirmedSpammer: true }).outcome).toBe("flag_issues_first");
    expect(planSpamHandling({ issueCount: 3, flaggedIssueCount: 3, confirmedSpammer: true }).outcome).toBe("delete_account");
    expect(checkHostileUserIssue({ confidential: true, includesSummary: true, people: ["support_lead"] }).unmet).toEqual([
      "communication_history",
      "links",
      "vp_engineering",
      "director_people_ops",
    ]);
    expect(sentryUserQuery("alice")).toBe("user.username:alice");
  });
});

describe("types", () => {
  it("outcomes are closed literal unions, so a new one breaks exhaustive matches", () => {
    expectTypeOf<UsernameReleaseOutcome>().toEqualTypeOf<"release" | "waiting" | "not_eligible" | "cannot_decide">();
    expectTypeOf<TwoFactorRemovalOutcome>().toEqualTypeOf<
      "approve" | "approve_after_peer_review" | "offer_self_service" | "needs_more_verification" | "refuse" | "cannot_decide"
    >();
    expectTypeOf<UsernameReleaseDecision["newName"]>().toEqualTypeOf<string | undefined>();
    // @ts-expect-error an edition that does not exist does not compile
    expect(() => checkUsernameRelease({ username: "alice" }, new Date("2026-12-01T00:00:00Z"), "gitlab2030")).toThrow();
    // @ts-expect-error an instant is an offset-bearing string, a Date or epoch milliseconds, not a boolean
    expect(() => checkCallReadiness({ scheduledAt: true })).toThrow();
  });
});
