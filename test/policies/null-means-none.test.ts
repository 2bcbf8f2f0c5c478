import { expect, it } from "vitest";
import {
  callReadinessFactsSchema,
  callSuggestionFactsSchema,
  check2faRemoval,
  checkCallReadiness,
  checkHostileUserIssue,
  checkLicenceRequest,
  checkUsernameRelease,
  checkVendorSupportRequest,
  disclosureReportSchema,
  disclosureTimeline,
  hostileUserIssueSchema,
  internalRequestDueAt,
  licenceRequestSchema,
  planSpamHandling,
  shouldSuggestCall,
  spamHandlingFactsSchema,
  twoFactorRemovalRequestSchema,
  usernameReleaseFactsSchema,
} from "../../src/policies/index.js";
import { describeNullMeansDefault, describeNullMeansNone, type NullCase, type NullParametersCase } from "../support/null-means-none.js";

const NOW = new Date("2026-12-01T00:00:00Z");

// Fields whose `null` has a meaning of its own, documented on the field.
const NEVER_ACTIVE = "lastActivityAt: null = there never was any activity";
const STILL_OPEN = "closedAs: null = the report is still open";
const NO_BACKUP = "backupConfirmedAt: null = the customer has not confirmed a backup";
const NOT_PAID = "paidPlanSince: null = the user is not on a paid plan";

const usernameFacts = {
  username: "alice",
  namespaceKind: "user",
  timeZone: "Europe/Berlin",
  requesterIsPaidCustomer: true,
  hasData: false,
  lastActivityAt: "2025-01-01T00:00:00Z",
  ownsActiveProject: false,
  owners: [{ id: "u1", email: "alice@example.com" }],
  contactAttempts: [{ at: "2026-11-02T10:00:00Z", ownerId: "u1", email: "alice@example.com" }],
  replies: [{ at: "2026-11-05T08:00:00Z", ownerId: "u1", kind: "other" }],
  logins: ["2026-11-03T00:00:00Z"],
  trademarkClaim: { courtOrder: false },
  takenNames: ["alice_idle"],
};

const disclosureReport = {
  receivedAt: "2026-03-02T00:00:00Z",
  channel: "public_issue",
  pgpEncrypted: false,
  firstResponseAt: "2026-03-02T06:00:00Z",
  closedAs: "resolved",
  closedAt: "2026-03-20T00:00:00Z",
  patchReleasedAt: "2026-03-18T00:00:00Z",
  disclosureRequest: { by: "reporter", requestedAt: "2026-03-21T00:00:00Z", acceptedAt: "2026-03-22T00:00:00Z" },
  publication: { sensitiveInformationRemoved: true, fixMergeRequestUrl: "https://gitlab.com/gitlab-org/gitlab/-/merge_requests/1" },
  publicIssue: { contentsRemoved: true, removalMessagePosted: false, internalIssueOpened: true },
};

const twoFactorTarget = {
  userId: "u2",
  pushedGivenFile: false,
  photoId: true,
  photoHoldingId: true,
  paidPlanSince: "2025-01-01T00:00:00Z",
  addedToPaidPlanForRemoval: false,
  grounds: ["paid_seat"],
  enterpriseUser: true,
  hasRecoveryCodes: false,
  hasSshKey: false,
  selfServiceFailed: true,
  challenges: { result: "passed", answeredBy: "target" },
  vouch: { ownerId: "owner-1", method: "support_pin", confirmed: true },
};
const twoFactorRequest = { ticketOpenedAt: "2026-11-02T09:00:00Z", requester: { userId: "owner-1", isOwner: true }, targets: [twoFactorTarget] };

const licenceRequest = {
  submittedAt: "2026-12-10T09:00:00Z",
  timeZone: "America/New_York",
  priority: "high",
  requests: [
    { kind: "extend_trial", hasExistingTrial: true },
    { kind: "grace_extension", planExpiresOn: "2026-12-15", hasPreviousTrial: false, requestedStartOn: "2026-12-16" },
    { kind: "wider_community_licence", durationDays: 120, approvingManagerEmail: "manager@example.com" },
    { kind: "multi_year_licence", seatUsageChecked: true, seatsExceeded: false },
    { kind: "send_licence", recipientIsLicenceContact: false, temporary: true },
  ],
};

const CASES: readonly NullCase[] = [
  ...(["gitlab2026", "handbook2016"] as const).flatMap((edition): NullCase[] => [
    {
      name: `username release facts (${edition})`,
      schema: usernameReleaseFactsSchema,
      example: usernameFacts,
      decide: (facts) => checkUsernameRelease(facts as never, NOW, edition),
      nullHasAMeaning: { lastActivityAt: NEVER_ACTIVE },
    },
    {
      name: `a disclosure report (${edition})`,
      schema: disclosureReportSchema,
      example: disclosureReport,
      decide: (report) => disclosureTimeline(report as never, edition),
      nullHasAMeaning: { closedAs: STILL_OPEN },
    },
    {
      name: `a 2FA removal request (${edition})`,
      schema: twoFactorRemovalRequestSchema,
      example: twoFactorRequest,
      decide: (request) => check2faRemoval(request as never, edition),
      nullHasAMeaning: { paidPlanSince: NOT_PAID },
    },
  ]),
  {
    name: "a licence request",
    schema: licenceRequestSchema,
    example: licenceRequest,
    decide: (request) => checkLicenceRequest(request as never),
  },
  {
    name: "call readiness facts",
    schema: callReadinessFactsSchema,
    example: { scheduledAt: "2026-12-03T16:00:00Z", backupConfirmedAt: "2026-12-02T09:00:00Z", installationType: "omnibus", currentVersion: "7.14.3", targetVersion: "8.2.0", usesGitlabCi: true },
    decide: (facts) => checkCallReadiness(facts as never),
    nullHasAMeaning: { backupConfirmedAt: NO_BACKUP },
  },
  {
    name: "call suggestion facts",
    schema: callSuggestionFactsSchema,
    example: { backAndForthEmails: 4, closeToResolution: false },
    decide: (facts) => shouldSuggestCall(facts),
  },
  {
    name: "spam handling facts",
    schema: spamHandlingFactsSchema,
    example: { issueCount: 10, flaggedIssueCount: 3, confirmedSpammer: false, hamComplaint: true },
    decide: (facts) => planSpamHandling(facts),
  },
  {
    name: "a hostile-user issue",
    schema: hostileUserIssueSchema,
    example: { confidential: true, includesCommunicationHistory: true, includesLinks: false, includesSummary: true, people: ["support_lead"] },
    decide: (issue) => checkHostileUserIssue(issue as never),
  },
];

describeNullMeansNone("null means none wherever a field is optional (policies): the same result as the field absent", CASES);

// Parameter objects: overrides of an edition's numbers, every field of which may be left out.
const PARAMETER_CASES: readonly NullParametersCase[] = [
  ...(["gitlab2026", "handbook2016"] as const).flatMap((edition): NullParametersCase[] => [
    {
      name: `username release parameters (${edition})`,
      example: { inactiveMonths: 12, contactAttemptsRequired: 3, contactWindowDays: 21, maxOwnersContacted: 2, secondNoticeAfterDays: 5, releaseAfterDays: 10, inactiveYearsCountsAsNoData: 3 },
      decide: (parameters) => checkUsernameRelease(usernameFacts as never, NOW, edition, parameters as never),
    },
    {
      name: `disclosure parameters (${edition})`,
      example: { firstResponseBusinessHours: 8, reporterRequestReleaseAfterDays: 10, fixedPublicAfterDays: 45 },
      decide: (parameters) => disclosureTimeline(disclosureReport as never, edition, parameters as never),
    },
    {
      name: `2FA removal parameters (${edition})`,
      example: { maxNonEnterpriseTargetsPerTicket: 5 },
      decide: (parameters) => check2faRemoval(twoFactorRequest as never, edition, parameters as never),
    },
  ]),
  {
    name: "licence parameters",
    example: { maxRequestsPerTicket: 5, widerCommunityMaxDaysWithoutApproval: 200, responseTargetHours: { urgent: 2, high: 6, normal: 12, low: 48 } },
    decide: (parameters) => checkLicenceRequest(licenceRequest as never, parameters as never),
  },
  {
    name: "internal request parameters",
    example: { maxRequestsPerTicket: 5, widerCommunityMaxDaysWithoutApproval: 200, responseTargetHours: { urgent: 2, high: 6, normal: 12, low: 48 } },
    decide: (parameters) => internalRequestDueAt("high", "2026-12-04T16:30:00-08:00", parameters as never),
  },
  {
    name: "vendor support parameters",
    example: { requestsPerQuarter: 3, timeZone: "America/New_York" },
    decide: (parameters) => checkVendorSupportRequest({ vendor: "sidekiq", requestAt: "2026-11-20T10:00:00Z", previousRequests: ["2026-10-02T08:00:00Z"] }, parameters as never),
  },
  {
    name: "call suggestion parameters",
    example: { severalEmails: 6 },
    decide: (parameters) => shouldSuggestCall({ backAndForthEmails: 4, closeToResolution: false }, parameters as never),
  },
];

describeNullMeansDefault("null means none in parameter objects (policies): a field given as null takes the edition's value, as absent does", PARAMETER_CASES);

it("the parameter types take null for a field, as the calls do", () => {
  const overrides: Parameters<typeof checkUsernameRelease>[3] = { releaseAfterDays: null, inactiveMonths: undefined };
  expect(checkUsernameRelease(usernameFacts as never, NOW, "gitlab2026", overrides)).toEqual(checkUsernameRelease(usernameFacts as never, NOW, "gitlab2026"));
});
