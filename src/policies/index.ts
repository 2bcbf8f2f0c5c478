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
