import type { Overrides } from "../shared/overrides.js";
import { match } from "ts-pattern";
import type { Decision, NextStep, Reason } from "../shared/decision.js";
import type { Edition } from "../shared/edition.js";
import { fail, parseInput, parseOverrides } from "../shared/errors.js";
import type { EditionInput } from "../shared/edition-schema.js";
import { editionSchema } from "./internal/edition-schema.js";
import {
  type TwoFactorRemovalParameters,
  twoFactorRemovalParameters,
  twoFactorRemovalParametersSchema,
} from "./two-factor-removal-parameters.js";
import {
  type TwoFactorRemovalRequest,
  type TwoFactorRemovalRequestInput,
  twoFactorRemovalRequestSchema,
} from "./two-factor-removal-request.js";

/**
 * The answer to a 2FA removal request. `approve` (2016) removes 2FA; in 2026 a pass is only
 * `approve_after_peer_review`. `offer_self_service` comes first when the user can recover alone.
 *
 * @example
 * ```ts
 * const outcome: TwoFactorRemovalOutcome = "approve_after_peer_review";
 * ```
 */
export type TwoFactorRemovalOutcome =
  | "approve"
  | "approve_after_peer_review"
  | "offer_self_service"
  | "needs_more_verification"
  | "refuse"
  | "cannot_decide";

/**
 * The stable identifiers of the reasons behind a 2FA removal decision.
 *
 * @example
 * ```ts
 * const code: TwoFactorRemovalCode = "pushed_given_file";
 * ```
 */
export type TwoFactorRemovalCode =
  | "pushed_given_file"
  | "photo_id_with_picture"
  | "combination_not_met"
  | "government_id_not_accepted"
  | "free_user"
  | "not_paid_when_opened"
  | "paid_when_opened"
  | "added_for_removal"
  | "not_added_for_removal"
  | "eligibility_ground"
  | "no_eligibility_ground"
  | "owner_intent_needs_vouch"
  | "self_service_available"
  | "self_service_exhausted"
  | "requester_not_authorised"
  | "one_user_per_ticket"
  | "identity_verified"
  | "identity_unverified"
  | "identity_failed"
  | "own_vouch_not_accepted"
  | "owner_answered_for_target"
  | "facts_missing";

/**
 * One target account's outcome within a request.
 *
 * @example
 * ```ts
 * const target: TwoFactorTargetOutcome = { userId: "u1", outcome: "approve" };
 * ```
 */
export interface TwoFactorTargetOutcome {
  /** The account. */
  readonly userId: string;
  /** What applies to this account alone. */
  readonly outcome: TwoFactorRemovalOutcome;
}

/**
 * A 2FA removal decision: the ticket's outcome (the least favourable of its targets) and each target's.
 *
 * @example
 * ```ts
 * check2faRemoval({ requester: { userId: "u1" }, targets: [{ userId: "u1", pushedGivenFile: true }] }, "handbook2016").targets;
 * // => [{ userId: "u1", outcome: "approve" }]
 * ```
 */
export interface TwoFactorRemovalDecision extends Decision<TwoFactorRemovalOutcome, TwoFactorRemovalCode> {
  /** The rule set applied. */
  readonly edition: Edition;
  /** Each account's own outcome, in the request's order. */
  readonly targets: readonly TwoFactorTargetOutcome[];
}

type Target = TwoFactorRemovalRequest["targets"][number];
type Rsn = Reason<TwoFactorRemovalCode>;

interface TargetResult {
  readonly outcome: TwoFactorRemovalOutcome;
  readonly reasons: readonly Rsn[];
  readonly missing: readonly string[];
  readonly next?: NextStep;
}

const RULE_2016 = "§7 2FA removal (2016)";
const RULE_2026 = "§7 2FA removal (2026)";

// Least favourable first: the ticket takes the first of these that any target has.
const SEVERITY: readonly TwoFactorRemovalOutcome[] = [
  "refuse",
  "cannot_decide",
  "offer_self_service",
  "needs_more_verification",
  "approve_after_peer_review",
  "approve",
];

function result(outcome: TwoFactorRemovalOutcome, reasons: readonly Rsn[], next?: NextStep, missing: readonly string[] = []): TargetResult {
  return next === undefined ? { outcome, reasons, missing } : { outcome, reasons, missing, next };
}

// The 2016 page does not say who may ask; both combinations are proof only the account holder
// can give (a push from their account, their own photo ID), so the requester does not matter.
function evaluate2016(target: Target, index: number): TargetResult {
  const at = (key: string): string => `targets.${index}.${key}`;
  const facts = { userId: target.userId };
  if (target.pushedGivenFile === true) {
    return result(
      "approve",
      [{ code: "pushed_given_file", rule: `${RULE_2016}: combination 1, push a given file to a repository in a personal project`, message: "The user pushed the given file to a personal project", facts }],
      { action: "remove_2fa", message: "Remove 2FA from the account" },
    );
  }
  if (target.photoId === true && target.photoHoldingId === true) {
    return result(
      "approve",
      [{ code: "photo_id_with_picture", rule: `${RULE_2016}: combination 2, photo ID and a picture of the user with the ID`, message: "The user sent a photo ID and a picture of themselves holding it", facts }],
      { action: "remove_2fa", message: "Remove 2FA from the account" },
    );
  }
  const missing: string[] = [];
  if (target.pushedGivenFile === undefined) missing.push(at("pushedGivenFile"));
  if (target.photoId !== false && target.photoHoldingId !== false) {
    if (target.photoId === undefined) missing.push(at("photoId"));
    if (target.photoHoldingId === undefined) missing.push(at("photoHoldingId"));
  }
  const rule = `${RULE_2016}: 2FA is removed only when one of the two combinations is met`;
  if (missing.length > 0) {
    return result("cannot_decide", [{ code: "facts_missing", rule, message: `Not given: ${missing.join(", ")}`, facts: { ...facts, missing } }], undefined, missing);
  }
  return result(
    "needs_more_verification",
    [{ code: "combination_not_met", rule, message: "Neither combination is met yet", facts: { ...facts, pushedGivenFile: false, photoId: target.photoId ?? null, photoHoldingId: target.photoHoldingId ?? null } }],
    { action: "request_verification", message: "Ask the user to push the given file to a repository in a personal project, or to send a photo ID and a picture of themselves holding it" },
  );
}

type Role = "self" | "owner_self" | "owner_for_enterprise_user" | "owner_for_member" | "other";

function roleOf(request: TwoFactorRemovalRequest, target: Target): Role | undefined {
  const self = target.userId === request.requester.userId;
  const owner = request.requester.isOwner;
  if (owner === undefined) return undefined;
  if (self) return owner ? "owner_self" : "self";
  if (!owner) return "other";
  if (target.enterpriseUser === undefined) return undefined;
  return target.enterpriseUser ? "owner_for_enterprise_user" : "owner_for_member";
}

/** Identity verification by the requester/target matrix; returns undefined when it passes. */
function verifyIdentity(request: TwoFactorRemovalRequest, target: Target, role: Exclude<Role, "other">, notes: Rsn[]): TargetResult {
  const facts = { userId: target.userId, route: role };
  const vouch = target.vouch;
  const challenges = target.challenges;
  const noHints = "never say which answers were right";
  if (challenges?.answeredBy === "owner") {
    notes.push({
      code: "owner_answered_for_target",
      rule: `${RULE_2026}: the owner never answers the challenges for the target`,
      message: "The challenges were answered by an owner, not the user; they do not count",
      facts,
    });
  }
  const challengesByTarget = challenges?.answeredBy === "target" ? challenges.result : undefined;
  const verified = (route: string): TargetResult =>
    result("approve_after_peer_review", [...notes, { code: "identity_verified", rule: `${RULE_2026}: identity verified (${route}); a pass needs peer review`, message: `Identity verified by ${route}`, facts }], {
      action: "request_peer_review",
      message: "Have another Support engineer review the verification before removing 2FA",
    });
  const failed = (message: string): TargetResult =>
    result("refuse", [...notes, { code: "identity_failed", rule: `${RULE_2026}: failed challenges with no untried route are refused`, message, facts }], {
      action: "refuse_removal",
      message: `Tell the user 2FA cannot be removed; ${noHints}`,
    });
  const more = (message: string, next: string): TargetResult =>
    result("needs_more_verification", [...notes, { code: "identity_unverified", rule: `${RULE_2026}: identity is verified by challenges or an owner's vouch / Support PIN`, message, facts }], {
      action: "request_verification",
      message: `${next}; ${noHints}`,
    });

  return match(role)
    .returnType<TargetResult>()
    .with("self", () => {
      // Either route suffices: the user's own challenges, or any owner's vouch or PIN.
      if (challengesByTarget === "passed") return verified("the user's challenge answers");
      if (vouch?.confirmed === true) return verified(`an owner's ${vouch.method === "vouch" ? "vouch" : "Support PIN"}`);
      const untried = [challengesByTarget === undefined ? "challenges" : null, vouch === undefined ? "an owner's vouch or Support PIN" : null].filter((item): item is string => item !== null);
      if (untried.length > 0) return more(`Not verified yet; untried: ${untried.join(" and ")}`, `Verify the user by ${untried.join(" or ")}`);
      return failed("The challenges failed and the owner's vouch or PIN did not confirm the user");
    })
    .with("owner_self", () => {
      if (vouch?.ownerId === request.requester.userId) {
        notes.push({
          code: "own_vouch_not_accepted",
          rule: `${RULE_2026}: an owner asking for their own account needs the vouch or PIN of a different owner`,
          message: "An owner cannot vouch for their own account",
          facts,
        });
      }
      const other = vouch !== undefined && vouch.ownerId !== request.requester.userId ? vouch : undefined;
      if (other?.confirmed === true) return verified("a different owner's vouch or Support PIN");
      if (other === undefined) return more("An owner asking for their own account needs a different owner's vouch or PIN", "Ask a different owner of the namespace for a vouch or the Support PIN");
      return failed("The other owner's vouch or PIN did not confirm the requester");
    })
    .with("owner_for_enterprise_user", () => {
      const own = vouch?.ownerId === request.requester.userId ? vouch : undefined;
      if (own?.confirmed === true) return verified("the enterprise owner's Support PIN");
      if (own === undefined) return more("The enterprise owner has not given the Support PIN", "Ask the requesting owner for the Support PIN");
      return failed("The enterprise owner's Support PIN did not match");
    })
    .with("owner_for_member", () => {
      // Both are needed: the user answers the challenges and the owner gives the PIN.
      const own = vouch?.ownerId === request.requester.userId ? vouch : undefined;
      if (challengesByTarget === "failed" || own?.confirmed === false) {
        return failed(challengesByTarget === "failed" ? "The user's challenge answers failed" : "The owner's Support PIN did not match");
      }
      if (challengesByTarget === "passed" && own?.confirmed === true) return verified("the user's challenge answers and the owner's Support PIN");
      const pending = [challengesByTarget === undefined ? "the user answers the challenges" : null, own === undefined ? "the owner gives the Support PIN" : null].filter((item): item is string => item !== null);
      return more(`Still needed: ${pending.join(" and ")}`, `Still needed: ${pending.join(" and ")}`);
    })
    .exhaustive();
}

function evaluate2026(request: TwoFactorRemovalRequest, target: Target, index: number): TargetResult {
  const at = (key: string): string => `targets.${index}.${key}`;
  const facts = { userId: target.userId };
  const notes: Rsn[] = [];
  const missing: string[] = [];
  if (target.photoId === true || target.photoHoldingId === true) {
    notes.push({
      code: "government_id_not_accepted",
      rule: `${RULE_2026}: government ID is not accepted (since August 2018)`,
      message: "A government or photo ID was offered; it is never accepted as proof",
      facts,
    });
  }
  const refuse = (code: TwoFactorRemovalCode, rule: string, message: string, extra: Rsn["facts"] = {}): TargetResult =>
    result("refuse", [...notes, { code, rule, message, facts: { ...facts, ...extra } }], {
      action: "refuse_removal",
      message: "Tell the user 2FA cannot be removed by Support",
    });

  // Plan when the ticket was opened.
  const planRule = `${RULE_2026}: free users get no intervention (since August 2020); a paid plan is required when the ticket is opened`;
  if (target.paidPlanSince === null) return refuse("free_user", planRule, "The user is on a free plan; Support does not remove 2FA for free users", { paidPlanSince: null });
  if (target.paidPlanSince === undefined) missing.push(at("paidPlanSince"));
  else if (request.ticketOpenedAt === undefined) missing.push("ticketOpenedAt");
  else if (target.paidPlanSince.getTime() > request.ticketOpenedAt.getTime()) {
    return refuse("not_paid_when_opened", planRule, "The user was not on a paid plan when the ticket was opened", {
      paidPlanSince: target.paidPlanSince.toISOString(),
      ticketOpenedAt: request.ticketOpenedAt.toISOString(),
    });
  } else {
    notes.push({
      code: "paid_when_opened",
      rule: planRule,
      message: "The user was on a paid plan when the ticket was opened",
      facts: { ...facts, paidPlanSince: target.paidPlanSince.toISOString(), ticketOpenedAt: request.ticketOpenedAt.toISOString() },
    });
  }
  const addedRule = `${RULE_2026}: not added to a paid subscription just to remove 2FA`;
  if (target.addedToPaidPlanForRemoval === true) return refuse("added_for_removal", addedRule, "The user was added to a paid subscription only to have 2FA removed");
  if (target.addedToPaidPlanForRemoval === undefined) missing.push(at("addedToPaidPlanForRemoval"));
  else notes.push({ code: "not_added_for_removal", rule: addedRule, message: "The user was not added to a paid subscription just for this", facts: { ...facts, addedToPaidPlanForRemoval: false } });

  // Grounds, judged as of the ticket's opening.
  const groundRule = `${RULE_2026}: one of the five eligibility grounds, as of the ticket's opening`;
  let groundPending = false;
  if (target.grounds === undefined) missing.push(at("grounds"));
  else {
    const firm = target.grounds.filter((ground) => ground !== "owner_intends_to_add");
    const intent = target.grounds.includes("owner_intends_to_add");
    const intentVouched = intent && target.vouch?.confirmed === true;
    if (firm.length > 0 || intentVouched) {
      notes.push({ code: "eligibility_ground", rule: groundRule, message: `Eligible on: ${[...firm, ...(intentVouched ? ["owner_intends_to_add"] : [])].join(", ")}`, facts: { ...facts, grounds: [...target.grounds] } });
    } else if (intent && target.vouch === undefined) {
      groundPending = true;
      notes.push({
        code: "owner_intent_needs_vouch",
        rule: `${RULE_2026}: "an owner intends to add them" counts only with that owner's vouch or PIN`,
        message: "The only ground is an owner's intent to add the user, which needs that owner's vouch or Support PIN",
        facts: { ...facts, grounds: [...target.grounds] },
      });
    } else {
      return refuse("no_eligibility_ground", groundRule, "None of the five eligibility grounds holds", { grounds: [...target.grounds] });
    }
  }

  // Requester/target matrix.
  const role = roleOf(request, target);
  if (role === "other") {
    return refuse("requester_not_authorised", `${RULE_2026}: only the user, or an owner of the paid namespace, may ask`, "The requester is neither the user nor an owner of the namespace");
  }
  if (role === undefined) missing.push(request.requester.isOwner === undefined ? "requester.isOwner" : at("enterpriseUser"));

  // Self-service first.
  const selfRule = `${RULE_2026}: self-service first (recovery codes; regenerate them over SSH when an SSH key is registered)`;
  let selfService: TargetResult | undefined;
  if (target.selfServiceFailed !== true) {
    if (target.hasRecoveryCodes === true || target.hasSshKey === true) {
      selfService = result(
        "offer_self_service",
        [...notes, { code: "self_service_available", rule: selfRule, message: target.hasRecoveryCodes === true ? "The user has recovery codes" : "The user can regenerate recovery codes over SSH", facts: { ...facts, hasRecoveryCodes: target.hasRecoveryCodes ?? null, hasSshKey: target.hasSshKey ?? null } }],
        {
          action: "offer_self_service",
          message: target.hasRecoveryCodes === true ? "Point the user to their recovery codes" : "Point the user to regenerating recovery codes over SSH",
        },
      );
    } else {
      if (target.hasRecoveryCodes === undefined) missing.push(at("hasRecoveryCodes"));
      if (target.hasSshKey === undefined) missing.push(at("hasSshKey"));
      if (target.hasRecoveryCodes === false && target.hasSshKey === false) {
        notes.push({ code: "self_service_exhausted", rule: selfRule, message: "The user has neither recovery codes nor an SSH key", facts });
      }
    }
  } else {
    notes.push({ code: "self_service_exhausted", rule: selfRule, message: "Self-service was offered and did not work", facts });
  }

  if (missing.length > 0) {
    return result("cannot_decide", [...notes, { code: "facts_missing", rule: RULE_2026, message: `Not given: ${missing.join(", ")}`, facts: { ...facts, missing } }], undefined, missing);
  }
  if (selfService !== undefined) return selfService;
  // Stryker disable next-line ConditionalExpression,StringLiteral: unreachable, an undefined role has already added a missing fact and returned above; the guard narrows the type
  if (role === undefined) return result("cannot_decide", notes, undefined, missing); // unreachable: role undefined adds a missing fact
  const identity = verifyIdentity(request, target, role, notes);
  if (groundPending && identity.outcome === "approve_after_peer_review") {
    // Verified identity but the ground itself still waits on the owner's vouch.
    return result("needs_more_verification", identity.reasons, { action: "request_verification", message: "Ask the owner who intends to add the user for a vouch or the Support PIN" });
  }
  return identity;
}

function worst(outcomes: readonly TwoFactorRemovalOutcome[]): TwoFactorRemovalOutcome {
  // Stryker disable next-line StringLiteral: unreachable, every target's outcome is in SEVERITY and a request has at least one target
  return SEVERITY.find((outcome) => outcomes.includes(outcome)) ?? "cannot_decide";
}

function validate(request: TwoFactorRemovalRequest): void {
  const seen = new Set<string>();
  request.targets.forEach((target, index) => {
    if (seen.has(target.userId)) fail("duplicate_id", ["request", "targets", index, "userId"], `Target "${target.userId}" is named twice`);
    seen.add(target.userId);
    if (target.enterpriseUser === false && target.grounds?.includes("enterprise_user") === true) {
      fail("inconsistent_facts", ["request", "targets", index, "grounds"], `Target "${target.userId}" has the enterprise_user ground but enterpriseUser is false`);
    }
  });
}

/**
 * Decides a request to remove two-factor authentication from one or more accounts, following the
 * edition's rules (docs/rules.md §7).
 *
 * - `handbook2016`: either the user pushes a given file to a repository in a personal project,
 *   or sends a photo ID and a picture of themselves holding it.
 * - `gitlab2026`: government ID never counts; self-service is offered first when the user has
 *   recovery codes or an SSH key; free users are refused; the user must be on a paid plan when
 *   the ticket was opened and not added just for this; one of the five eligibility grounds;
 *   identity by the requester/target matrix (an owner asking for their own account needs a
 *   **different** owner's vouch or PIN; an enterprise owner gives the PIN for enterprise users;
 *   for a non-enterprise member the user answers the challenges and the owner gives the PIN,
 *   one user per ticket). A pass is only `approve_after_peer_review`.
 *
 * The ticket's outcome is the least favourable of its targets' outcomes (refuse, cannot decide,
 * self-service, more verification, approval). Messages never hint which answers were right.
 *
 * @param request - the request and the facts about each account (see {@link twoFactorRemovalRequestSchema}).
 * @param edition - the rule set.
 * @param parameters - overrides of the edition's numbers.
 * @throws SupportPolicyError on bad input: wrong types, a target named twice, contradictory facts.
 *
 * @example
 * ```ts
 * check2faRemoval(
 *   { requester: { userId: "u1" }, targets: [{ userId: "u1", pushedGivenFile: true }] },
 *   "handbook2016",
 * ).outcome; // => "approve"
 * check2faRemoval(
 *   { ticketOpenedAt: "2026-11-02T09:00:00Z", requester: { userId: "u1", isOwner: false },
 *     targets: [{ userId: "u1", paidPlanSince: null }] },
 *   "gitlab2026",
 * ).outcome; // => "refuse"
 * ```
 */
export function check2faRemoval(
  request: TwoFactorRemovalRequestInput,
  edition: EditionInput,
  parameters: Overrides<TwoFactorRemovalParameters> = {},
): TwoFactorRemovalDecision {
  const valid = parseInput(twoFactorRemovalRequestSchema, request, ["request"]);
  const rules = parseInput(editionSchema, edition, ["edition"]);
  const p = parseOverrides(twoFactorRemovalParametersSchema, twoFactorRemovalParameters[rules], parameters, ["parameters"]);
  validate(valid);

  const results = match(rules)
    .with("handbook2016", () => valid.targets.map((target, index) => evaluate2016(target, index)))
    .with("gitlab2026", () => {
      const perTarget = valid.targets.map((target, index) => evaluate2026(valid, target, index));
      const members = valid.targets.filter((target) => roleOf(valid, target) === "owner_for_member");
      if (members.length === 0 || valid.targets.length <= p.maxNonEnterpriseTargetsPerTicket) return perTarget;
      // A ticket naming several users, one of them a non-enterprise member, is refused as it stands.
      const oneUser: TargetResult = result(
        "refuse",
        [
          {
            code: "one_user_per_ticket",
            rule: `${RULE_2026}: an owner asking for a non-enterprise member: one user per ticket`,
            message: `The ticket names ${valid.targets.length} users, including ${members.length} non-enterprise member(s); it is refused as it stands`,
            facts: { targets: valid.targets.length, nonEnterpriseMembers: members.length, maxPerTicket: p.maxNonEnterpriseTargetsPerTicket },
          },
        ],
        { action: "open_one_ticket_per_user", message: "Ask the owner to open one ticket per user" },
      );
      return [oneUser, ...perTarget];
    })
    .exhaustive();

  const outcome = worst(results.map((item) => item.outcome));
  const offset = results.length - valid.targets.length;
  // Stryker disable next-line OptionalChaining: without the one-user refusal there is exactly one result per target, so the index is always in range
  const targets = valid.targets.map((target, index) => ({ userId: target.userId, outcome: offset > 0 ? "refuse" as const : (results[index]?.outcome ?? "cannot_decide") }));
  const reasons = results.flatMap((item) => item.reasons);
  const missing = [...new Set(results.flatMap((item) => item.missing))];
  const decisive = results.find((item) => item.outcome === outcome && item.next !== undefined)?.next;
  const next: NextStep | undefined = outcome === "cannot_decide" ? { action: "collect_facts", message: `Find out: ${missing.join(", ")}` } : decisive;
  const base = { outcome, edition: rules, targets, reasons, ...(outcome === "cannot_decide" ? { missing } : {}) };
  return next === undefined ? base : { ...base, next };
}
