import type { Decision, Reason } from "../shared/decision.js";
import { parseInput } from "../shared/errors.js";
import { type CallReadinessFactsInput, callReadinessFactsSchema } from "./call-readiness-facts.js";
import type { CheckResult } from "./internal/check-result.js";
import { combineChecks } from "./internal/combine-checks.js";
import { upgradePathWithin } from "./plan-upgrade-path.js";

/**
 * Whether a scheduled call can go ahead: `ready`, `not_ready` (no backup before the call) or `cannot_decide`.
 *
 * @example
 * ```ts
 * const outcome: CallReadinessOutcome = "ready";
 * ```
 */
export type CallReadinessOutcome = "ready" | "not_ready" | "cannot_decide";

/**
 * The stable identifiers of the reasons behind a call-readiness decision.
 *
 * @example
 * ```ts
 * const code: CallReadinessCode = "backup_confirmed";
 * ```
 */
export type CallReadinessCode =
  | "backup_confirmed"
  | "no_backup"
  | "backup_after_call_start"
  | "intake_complete"
  | "upgrade_via_8_0"
  | "direct_upgrade"
  | "facts_missing";

/**
 * A call-readiness decision.
 *
 * @example
 * ```ts
 * const decision: CallReadinessDecision = { outcome: "cannot_decide", reasons: [], missing: ["backupConfirmedAt"] };
 * ```
 */
export interface CallReadinessDecision extends Decision<CallReadinessOutcome, CallReadinessCode> {
  /** The versions the upgrade goes through, when the versions and CI use are known. */
  readonly upgradePath?: readonly string[];
}

const RULE = "§11 scheduled calls";

/**
 * Decides whether a scheduled upgrade or installation call is ready (docs/rules.md §11): the customer
 * must have a backup **before** the call, and the intake must be complete (installation type,
 * current version, target version, GitLab CI use). A CI user below 8.0 upgrades to 8.0 first
 * (see {@link planUpgradePath}).
 *
 * @param facts - what is known (see {@link callReadinessFactsSchema}).
 * @throws SupportPolicyError on bad input, or a target version older than the current one.
 *
 * @example
 * ```ts
 * const decision = checkCallReadiness({
 *   scheduledAt: "2026-12-03T16:00:00Z", backupConfirmedAt: "2026-12-02T09:00:00Z",
 *   installationType: "omnibus", currentVersion: "7.14.3", targetVersion: "8.2.0", usesGitlabCi: true,
 * });
 * decision.outcome; // => "ready"
 * decision.upgradePath; // => ["8.0", "8.2.0"]
 * ```
 */
export function checkCallReadiness(facts: CallReadinessFactsInput): CallReadinessDecision {
  const valid = parseInput(callReadinessFactsSchema, facts, ["facts"]);
  const scheduledAt = valid.scheduledAt.toISOString();

  const backupRule = `${RULE}: the customer must have a backup before the call`;
  const backup: CheckResult<CallReadinessCode> =
    valid.backupConfirmedAt === undefined
      ? { status: "missing", missing: ["backupConfirmedAt"], reasons: [{ code: "facts_missing", rule: backupRule, message: "Not given: whether the customer has a backup", facts: { missing: "backupConfirmedAt" } }] }
      : valid.backupConfirmedAt === null
        ? {
            status: "fail",
            reasons: [{ code: "no_backup", rule: backupRule, message: "The customer has not confirmed a backup", facts: { backupConfirmedAt: null, scheduledAt } }],
            next: { action: "confirm_backup", at: scheduledAt, message: `Have the customer make and confirm a backup before the call at ${scheduledAt}` },
          }
        : valid.backupConfirmedAt.getTime() > valid.scheduledAt.getTime()
          ? {
              status: "fail",
              reasons: [{ code: "backup_after_call_start", rule: backupRule, message: "The backup was confirmed only after the call was due to start", facts: { backupConfirmedAt: valid.backupConfirmedAt.toISOString(), scheduledAt } }],
              next: { action: "reschedule_call", message: "Reschedule the call: backups take long and must not be made during it" },
            }
          : { status: "pass", reasons: [{ code: "backup_confirmed", rule: backupRule, message: "The customer confirmed a backup before the call", facts: { backupConfirmedAt: valid.backupConfirmedAt.toISOString(), scheduledAt } }] };

  const intakeRule = `${RULE}: collect installation type, current version, target version and GitLab CI use`;
  const absent = (["installationType", "currentVersion", "targetVersion", "usesGitlabCi"] as const).filter((key) => valid[key] === undefined);
  const intake: CheckResult<CallReadinessCode> =
    absent.length > 0
      ? { status: "missing", missing: absent, reasons: [{ code: "facts_missing", rule: intakeRule, message: `Not given: ${absent.join(", ")}`, facts: { missing: absent } }] }
      : {
          status: "pass",
          reasons: [
            {
              code: "intake_complete",
              rule: intakeRule,
              message: "The intake is complete",
              facts: { installationType: valid.installationType ?? null, currentVersion: valid.currentVersion ?? null, targetVersion: valid.targetVersion ?? null, usesGitlabCi: valid.usesGitlabCi ?? null },
            },
          ],
        };

  const upgradePath =
    valid.currentVersion !== undefined && valid.targetVersion !== undefined && valid.usesGitlabCi !== undefined
      ? upgradePathWithin(["facts"], valid.currentVersion, valid.targetVersion, valid.usesGitlabCi)
      : undefined;
  const pathReasons: Reason<CallReadinessCode>[] =
    upgradePath === undefined
      ? []
      : [
          upgradePath.length > 1
            ? { code: "upgrade_via_8_0", rule: `${RULE}: GitLab CI users upgrade to 8.0 first, then on`, message: `Upgrade to ${upgradePath.join(", then ")}`, facts: { upgradePath: [...upgradePath] } }
            : { code: "direct_upgrade", rule: `${RULE}: GitLab CI users upgrade to 8.0 first, then on`, message: `Upgrade straight to ${upgradePath.join("")}`, facts: { upgradePath: [...upgradePath] } },
        ];

  const combined = combineChecks([backup, intake]);
  const reasons = [...combined.reasons, ...pathReasons];
  const extra = upgradePath === undefined ? {} : { upgradePath };
  if (combined.status === "fail") return { outcome: "not_ready", reasons, ...extra, ...(combined.next === undefined ? {} : { next: combined.next }) };
  if (combined.status === "missing") {
    return { outcome: "cannot_decide", reasons, missing: combined.missing, next: { action: "collect_facts", message: `Ask the customer for: ${combined.missing.join(", ")}` }, ...extra };
  }
  return { outcome: "ready", reasons, ...extra, next: { action: "hold_call", at: scheduledAt, message: `Hold the call at ${scheduledAt}${upgradePath === undefined ? "" : `; upgrade to ${upgradePath.join(", then ")}`}` } };
}
