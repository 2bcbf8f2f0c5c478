export { checkUsernameRelease } from "./check-username-release.js";
export type { UsernameReleaseCode, UsernameReleaseDecision, UsernameReleaseOutcome } from "./check-username-release.js";
export { idleUsername } from "./idle-username.js";
export { USERNAME_MAX_LENGTH, usernameSchema } from "./username-schema.js";
export { contactAttemptSchema, ownerReplySchema, usernameReleaseFactsSchema } from "./username-release-facts.js";
export type { ContactAttempt, OwnerReply, UsernameReleaseFacts, UsernameReleaseFactsInput } from "./username-release-facts.js";
export { usernameReleaseParameters, usernameReleaseParametersSchema } from "./username-release-parameters.js";
export type { UsernameReleaseParameters } from "./username-release-parameters.js";
export { check2faRemoval } from "./check-2fa-removal.js";
export type { TwoFactorRemovalCode, TwoFactorRemovalDecision, TwoFactorRemovalOutcome, TwoFactorTargetOutcome } from "./check-2fa-removal.js";
export { twoFactorRemovalParameters, twoFactorRemovalParametersSchema } from "./two-factor-removal-parameters.js";
export type { TwoFactorRemovalParameters } from "./two-factor-removal-parameters.js";
export { ownerVouchSchema, twoFactorEligibilityGroundSchema, twoFactorRemovalRequestSchema, twoFactorTargetSchema } from "./two-factor-removal-request.js";
export type {
  OwnerVouch,
  TwoFactorEligibilityGround,
  TwoFactorRemovalRequest,
  TwoFactorRemovalRequestInput,
  TwoFactorTargetInput,
} from "./two-factor-removal-request.js";
export { disclosureTimeline } from "./disclosure-timeline.js";
export type {
  DisclosureChecklistItem,
  DisclosureCode,
  DisclosureOutcome,
  DisclosureTimeline,
  PublicIssueStep,
} from "./disclosure-timeline.js";
export { disclosureReportSchema } from "./disclosure-report.js";
export type { DisclosureReport, DisclosureReportInput } from "./disclosure-report.js";
export { disclosureParameters, disclosureParametersSchema } from "./disclosure-parameters.js";
export type { DisclosureParameters } from "./disclosure-parameters.js";
export { PUBLIC_ISSUE_REMOVAL_MESSAGE } from "./public-issue-removal-message.js";
export { checkLicenceRequest } from "./check-licence-request.js";
export type { LicenceCode, LicenceDecision, LicenceOutcome } from "./check-licence-request.js";
export { internalRequestDueAt } from "./internal-request-due-at.js";
export { licenceRequestItemSchema, licenceRequestSchema } from "./licence-request.js";
export type { InternalRequestPriority, LicenceRequest, LicenceRequestInput, LicenceRequestItemInput } from "./licence-request.js";
export { licenceParameters, licenceParametersSchema } from "./licence-parameters.js";
export type { LicenceParameters } from "./licence-parameters.js";
export { checkCallReadiness } from "./check-call-readiness.js";
export type { CallReadinessCode, CallReadinessDecision, CallReadinessOutcome } from "./check-call-readiness.js";
export { callReadinessFactsSchema } from "./call-readiness-facts.js";
export type { CallReadinessFacts, CallReadinessFactsInput } from "./call-readiness-facts.js";
export { CI_WAYPOINT_VERSION, planUpgradePath } from "./plan-upgrade-path.js";
export { gitlabVersionSchema } from "./gitlab-version.js";
export { callSuggestionParameters, shouldSuggestCall } from "./should-suggest-call.js";
export type { CallSuggestionCode, CallSuggestionOutcome, CallSuggestionParameters } from "./should-suggest-call.js";
export { callSuggestionFactsSchema } from "./call-suggestion-facts.js";
export type { CallSuggestionFactsInput } from "./call-suggestion-facts.js";
export { checkVendorSupportRequest, vendorSupportParameters } from "./check-vendor-support-request.js";
export type { VendorSupportCode, VendorSupportOutcome, VendorSupportParameters } from "./check-vendor-support-request.js";
export { vendorSupportRequestSchema } from "./vendor-support-request.js";
export type { VendorSupportRequestInput } from "./vendor-support-request.js";
export { planSpamHandling } from "./plan-spam-handling.js";
export type { SpamHandlingCode, SpamHandlingOutcome } from "./plan-spam-handling.js";
export { spamHandlingFactsSchema } from "./spam-handling-facts.js";
export type { SpamHandlingFactsInput } from "./spam-handling-facts.js";
export { checkHostileUserIssue } from "./check-hostile-user-issue.js";
export type { HostileUserIssueCode, HostileUserIssueDecision, HostileUserIssueItem, HostileUserIssueOutcome } from "./check-hostile-user-issue.js";
export { hostileUserIssueRoleSchema, hostileUserIssueSchema } from "./hostile-user-issue.js";
export type { HostileUserIssueInput, HostileUserIssueRole } from "./hostile-user-issue.js";
export { sentryUserQuery } from "./sentry-user-query.js";
