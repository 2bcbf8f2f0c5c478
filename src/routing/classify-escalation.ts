import type { InstantInput } from "../shared/instant-input.js";
import { match } from "ts-pattern";
import * as z from "zod";
import type { Reason } from "../shared/decision.js";
import { parseInput } from "../shared/errors.js";
import { type EmergencyEligibility, checkEmergencyEligibility } from "./check-emergency-eligibility.js";
import { STAR_BUSINESS_CASE_CODES, type StarEligibility, type StarReasonCode, checkStarEligibility } from "./check-star-eligibility.js";
import { type SeverityClassification, classifySeverity } from "./classify-severity.js";
import { type EscalationSituation, escalationSituationSchema } from "./escalation-situation.js";
import { instantSchema } from "../shared/instant-schema.js";
import { MINUTE, iso } from "./instant.js";
import { deepFreeze } from "../shared/deep-freeze.js";

/**
 * The escalation paths of docs/rules.md §5, in the order the handbook lists them.
 *
 * @example
 * ```ts
 * ESCALATION_PATHS[0]; // => "star"
 * ```
 */
export const ESCALATION_PATHS = deepFreeze(["star", "account_escalation", "emergency_ticket", "gitlab_com_incident", "security_incident"] as const);

/**
 * One escalation path.
 *
 * @example
 * ```ts
 * const path: EscalationPath = "gitlab_com_incident";
 * ```
 */
export type EscalationPath = (typeof ESCALATION_PATHS)[number];

/**
 * Why a path applies.
 *
 * @example
 * ```ts
 * const code: EscalationReasonCode = "account_level_risk";
 * ```
 */
export type EscalationReasonCode =
  | "star_requested"
  | "star_refused"
  | "account_level_risk"
  | "multiple_departments_needed"
  | "meets_emergency_definition"
  | "common_saas_pattern"
  | "verified_loss_over_5_minutes"
  | "suspected_high_severity_bug"
  | "may_affect_cia";

/**
 * One path that applies, with its reasons and, for some, the decision behind it.
 *
 * @example
 * ```ts
 * const applied: AppliedEscalation = { path: "security_incident", handledBy: "security_on_call", reasons: [] };
 * ```
 */
export interface AppliedEscalation {
  /** The path. */
  readonly path: EscalationPath;
  /** Who takes it from here. */
  readonly handledBy: "support_managers" | "escalation_owner" | "on_call_engineer" | "incident_manager" | "security_on_call";
  /** Why it applies. */
  readonly reasons: readonly Reason<EscalationReasonCode>[];
  /** For a STAR: whether it may be opened now. */
  readonly star?: StarEligibility;
  /** For an emergency ticket: the severity decision. */
  readonly severity?: SeverityClassification;
  /** For an emergency ticket: whether the plan allows it, when the plan is given. */
  readonly eligibility?: EmergencyEligibility;
}

/**
 * A path that was considered because the situation gives grounds for it, and refused because a
 * rule forbids taking it: today a STAR with a business case that `checkStarEligibility` answers
 * `not_allowed` (the last reply is from Support, the ticket is 30 minutes old or less, required
 * information is missing, a licensing expiry more than 24 hours away).
 *
 * @example
 * ```ts
 * const refused: RefusedEscalation = { path: "star", reasons: [] };
 * ```
 */
export interface RefusedEscalation {
  /** The path. */
  readonly path: "star";
  /** Why it was considered (`star_refused`, naming the grounds), then the rules that refuse it. */
  readonly reasons: readonly Reason<EscalationReasonCode | StarReasonCode>[];
  /** The STAR decision that refused it. */
  readonly star: StarEligibility;
}

/**
 * Every escalation path that applies to a situation; several can apply at once.
 *
 * @example
 * ```ts
 * const result: EscalationClassification = { outcome: "no_escalation", paths: [], refused: [] };
 * ```
 */
export interface EscalationClassification {
  /** `escalate` when a path applies; `no_escalation` when none does and nothing is missing; `cannot_decide` when none applies yet a fact that could add one is missing. */
  readonly outcome: "escalate" | "no_escalation" | "cannot_decide";
  /** The paths that apply, in the handbook's order. */
  readonly paths: readonly AppliedEscalation[];
  /** Paths with grounds that a rule forbids taking, with the reasons: never counted as an escalation. */
  readonly refused: readonly RefusedEscalation[];
  /** Facts that could add a path and are not given, as paths into the situation. */
  readonly missing?: readonly string[];
}

const argsSchema = z.object({ situation: escalationSituationSchema, now: instantSchema });

/**
 * Lists every escalation path that applies to a situation at `now` (docs/rules.md §5): a STAR, an
 * account escalation, an emergency ticket, a GitLab.com incident, a security incident. Each
 * comes with its reasons; the STAR with its eligibility (hours, "do" and "don't" rules,
 * urgency), the emergency ticket with its severity and plan eligibility.
 *
 * @remarks
 * A GitLab.com loss of functionality counts once verified and lasting more than 5 minutes
 * (strictly). A STAR applies when the request states a business case and no rule forbids it:
 * whether it may be opened now, or from when, is in `star`. A STAR with a business case that a
 * rule forbids ("not when the last reply is from Support, the ticket is 30 min old or less,
 * required information is missing") is not an escalation: it is listed in `refused` with the
 * rules that refuse it.
 *
 * @example
 * ```ts
 * const result = classifyEscalation(
 *   { edition: "gitlab2026", account: { accountLevelRisk: true }, security: { mayAffectConfidentialityIntegrityOrAvailability: true } },
 *   new Date("2026-11-18T18:00:00Z"),
 * );
 * result.paths.map((p) => p.path); // => ["account_escalation", "security_incident"]
 * ```
 *
 * @throws {SupportPolicyError} for malformed facts, an unknown edition, plan or urgency.
 */
export function classifyEscalation(situation: EscalationSituation, now: InstantInput): EscalationClassification {
  const { situation: s, now: at } = parseInput(argsSchema, { situation, now });
  const paths: AppliedEscalation[] = [];
  const refused: RefusedEscalation[] = [];
  const missing: string[] = [];

  for (const path of ESCALATION_PATHS) {
    const applied = match(path)
      .returnType<AppliedEscalation | undefined>()
      .with("star", () => {
        // The STAR as the caller gave it, so that its problems are reported at its own path; `null` means none.
        const request = situation.star;
        if (request === undefined || request === null) return undefined;
        const star = checkStarEligibility(request, new Date(at), s.edition);
        const grounds = star.reasons.filter((reason) => STAR_BUSINESS_CASE_CODES.includes(reason.code));
        if (grounds.length === 0) return undefined;
        if (star.outcome === "not_allowed") {
          const refusing = star.reasons.filter((reason) => !STAR_BUSINESS_CASE_CODES.includes(reason.code));
          refused.push({
            path: "star",
            star,
            reasons: [
              {
                code: "star_refused",
                rule: "§5 escalation paths: STAR, not when the last reply is from Support, the ticket is 30 min old or less, or required information is missing",
                message: `A STAR has grounds (${grounds.map((g) => g.code).join(", ")}) but may not be opened: ${refusing.map((r) => r.message).join("; ")}`,
                facts: { grounds: grounds.map((g) => g.code), refusedBy: refusing.map((r) => r.code) },
              },
              ...refusing,
            ],
          });
          return undefined;
        }
        return {
          path,
          handledBy: "support_managers",
          star,
          reasons: [
            {
              code: "star_requested",
              rule: "§5 escalation paths: STAR",
              message: `A STAR is justified (${grounds.map((g) => g.code).join(", ")}); it may be opened: ${star.outcome}`,
              facts: { grounds: grounds.map((g) => g.code), starOutcome: star.outcome },
            },
          ],
        };
      })
      .with("account_escalation", () => {
        const reasons: Reason<EscalationReasonCode>[] = [];
        if (s.account?.accountLevelRisk === true) {
          reasons.push({
            code: "account_level_risk",
            rule: "§5 escalation paths: account escalation, account-level risk from one ticket or several",
            message: "There is account-level risk",
            facts: { accountLevelRisk: true },
          });
        }
        if (s.account?.multipleDepartmentsNeeded === true) {
          reasons.push({
            code: "multiple_departments_needed",
            rule: "§5 escalation paths: account escalation, several departments needed to restore confidence",
            message: "Several departments are needed to restore the customer's confidence",
            facts: { multipleDepartmentsNeeded: true },
          });
        }
        return reasons.length > 0 ? { path, handledBy: "escalation_owner", reasons } : undefined;
      })
      .with("emergency_ticket", () => {
        if (s.impact === undefined) return undefined;
        const severity = classifySeverity(s.impact);
        if (severity.outcome === "cannot_decide") {
          // Stryker disable next-line ArrayDeclaration: a cannot_decide severity always lists what is missing, so the fallback is never read
          missing.push(...(severity.missing ?? []).map((m) => `impact.${m}`));
          return undefined;
        }
        if (severity.severity !== 1) return undefined;
        const eligibility = s.plan === undefined ? undefined : checkEmergencyEligibility({ plan: s.plan });
        return {
          path,
          handledBy: "on_call_engineer",
          severity,
          ...(eligibility === undefined ? {} : { eligibility }),
          reasons: [
            {
              code: "meets_emergency_definition",
              rule: "§5 escalation paths: emergency ticket, meets the Emergency (severity 1) definition of support impact",
              message:
                eligibility?.outcome === "downgrade_to_high"
                  ? "Severity 1, but the plan has no emergency support: open it at priority High"
                  : "Severity 1: open an emergency ticket",
              facts: { severity: 1, plan: s.plan ?? null },
            },
          ],
        };
      })
      .with("gitlab_com_incident", () => {
        const g = s.gitlabCom;
        if (g === undefined) return undefined;
        const reasons: Reason<EscalationReasonCode>[] = [];
        if (g.commonPatternAcrossSaasCustomers === true) {
          reasons.push({
            code: "common_saas_pattern",
            rule: "§5 escalation paths: GitLab.com incident, a common pattern across SaaS customers",
            message: "A common pattern of problems across SaaS customers",
            facts: { commonPatternAcrossSaasCustomers: true },
          });
        }
        if (g.lossOfFunctionalitySince !== undefined) {
          const lasted = at - g.lossOfFunctionalitySince;
          if (g.lossVerified === undefined) missing.push("gitlabCom.lossVerified");
          else if (g.lossVerified && lasted > 5 * MINUTE) {
            reasons.push({
              code: "verified_loss_over_5_minutes",
              rule: "§5 escalation paths: GitLab.com incident, a verified loss of functionality over 5 minutes",
              message: `Functionality has been lost since ${iso(g.lossOfFunctionalitySince)}, ${lasted / MINUTE} minutes, verified`,
              facts: { since: iso(g.lossOfFunctionalitySince), minutes: lasted / MINUTE },
            });
          }
        }
        if (g.suspectedHighSeverityBugDeployed === true) {
          reasons.push({
            code: "suspected_high_severity_bug",
            rule: "§5 escalation paths: GitLab.com incident, a suspected high-severity bug deployed",
            message: "A high-severity bug is suspected to have been deployed",
            facts: { suspectedHighSeverityBugDeployed: true },
          });
        }
        return reasons.length > 0 ? { path, handledBy: "incident_manager", reasons } : undefined;
      })
      .with("security_incident", () =>
        s.security?.mayAffectConfidentialityIntegrityOrAvailability === true
          ? {
              path,
              handledBy: "security_on_call",
              reasons: [
                {
                  code: "may_affect_cia",
                  rule: "§5 escalation paths: security incident, may affect confidentiality, integrity or availability",
                  message: "The information may affect the confidentiality, integrity or availability of services or data",
                  facts: { mayAffectConfidentialityIntegrityOrAvailability: true },
                },
              ],
            }
          : undefined,
      )
      .exhaustive();
    if (applied !== undefined) paths.push(applied);
  }
  const outcome = paths.length > 0 ? "escalate" : missing.length > 0 ? "cannot_decide" : "no_escalation";
  return { outcome, paths, refused, ...(missing.length > 0 ? { missing } : {}) };
}
