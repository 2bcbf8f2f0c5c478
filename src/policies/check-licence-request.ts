import type { Overrides } from "../shared/overrides.js";
import { match } from "ts-pattern";
import type { Decision, NextStep, Reason } from "../shared/decision.js";
import { parseInput, parseOverrides } from "../shared/errors.js";
import { internalRequestDueAt } from "./internal-request-due-at.js";
import { addDaysToLocalDate } from "./internal/add-days-to-local-date.js";
import { localDateOf } from "./internal/local-date-of.js";
import { type LicenceParameters, licenceParameters, licenceParametersSchema } from "./licence-parameters.js";
import { type LicenceRequest, type LicenceRequestInput, licenceRequestSchema } from "./licence-request.js";

/**
 * What to do with a licence ticket. `needs_action`: something must be done before it can go ahead;
 * `needs_manager_approval`: it can go ahead once a manager approves it (a Wider Community licence
 * over 90 days), which is not a refusal.
 *
 * @example
 * ```ts
 * const outcome: LicenceOutcome = "needs_action";
 * ```
 */
export type LicenceOutcome = "approve" | "refuse" | "needs_action" | "needs_manager_approval" | "cannot_decide";

/**
 * The stable identifiers of the reasons behind a licence decision.
 *
 * @example
 * ```ts
 * const code: LicenceCode = "one_request_per_ticket";
 * ```
 */
export type LicenceCode =
  | "one_request_per_ticket"
  | "support_never_starts_trial"
  | "existing_trial"
  | "no_existing_trial"
  | "previous_trial"
  | "no_previous_trial"
  | "grace_starts_after_expiry"
  | "grace_start_moved"
  | "wider_community_within_limit"
  | "wider_community_manager_approved"
  | "wider_community_needs_manager"
  | "seat_usage_not_checked"
  | "seats_exceeded"
  | "seat_usage_ok"
  | "licence_contact"
  | "temporary_licence_exception"
  | "not_licence_contact"
  | "response_target"
  | "facts_missing";

/**
 * A licence decision.
 *
 * @example
 * ```ts
 * const decision: LicenceDecision = { outcome: "approve", reasons: [], startsOn: "2026-11-16" };
 * ```
 */
export interface LicenceDecision extends Decision<LicenceOutcome, LicenceCode> {
  /** For an approved grace extension: its first day, `YYYY-MM-DD` in the customer's zone. */
  readonly startsOn?: string;
  /** When Support should respond (ISO 8601), when the request's priority is known. */
  readonly respondBy?: string;
}

type Rsn = Reason<LicenceCode>;
type Item = LicenceRequest["requests"][number];

interface ItemResult {
  readonly outcome: LicenceOutcome;
  readonly reasons: readonly Rsn[];
  readonly missing?: readonly string[];
  readonly next?: NextStep;
  readonly startsOn?: string;
}

const RULE = "§10 licences, trials and grace periods";

function missingFacts(paths: readonly string[], rule: string): ItemResult {
  return {
    outcome: "cannot_decide",
    missing: paths,
    reasons: [{ code: "facts_missing", rule, message: `Not given: ${paths.join(", ")}`, facts: { missing: [...paths] } }],
    next: { action: "collect_facts", message: `Find out: ${paths.join(", ")}` },
  };
}

function evaluate(item: Item, request: LicenceRequest, p: LicenceParameters): ItemResult {
  const at = (key: string): string => `requests.0.${key}`;
  return match(item)
    .returnType<ItemResult>()
    .with({ kind: "start_trial" }, () => ({
      outcome: "refuse",
      reasons: [{ code: "support_never_starts_trial", rule: `${RULE}: Support never starts a trial`, message: "Support does not start trials", facts: { kind: "start_trial" } }],
      next: { action: "customer_starts_trial", message: "Ask the customer to start a normal trial themselves" },
    }))
    .with({ kind: "extend_trial" }, (trial) => {
      const rule = `${RULE}: extending a trial needs an existing trial`;
      if (trial.hasExistingTrial === undefined) return missingFacts([at("hasExistingTrial")], rule);
      return trial.hasExistingTrial
        ? { outcome: "approve", reasons: [{ code: "existing_trial", rule, message: "The customer has a trial to extend", facts: { hasExistingTrial: true } }], next: { action: "extend_trial", message: "Extend the trial" } }
        : {
            outcome: "refuse",
            reasons: [{ code: "no_existing_trial", rule, message: "There is no trial to extend; Support cannot create one", facts: { hasExistingTrial: false } }],
            next: { action: "customer_starts_trial", message: "Ask the customer to start a trial first" },
          };
    })
    .with({ kind: "grace_extension" }, (grace) => {
      const trialRule = `${RULE}: grace-period extensions are treated like trial extensions and need a previous trial`;
      if (grace.hasPreviousTrial === undefined) return missingFacts([at("hasPreviousTrial")], trialRule);
      if (!grace.hasPreviousTrial) {
        return {
          outcome: "refuse",
          reasons: [{ code: "no_previous_trial", rule: trialRule, message: "No trial was ever created for the customer", facts: { hasPreviousTrial: false } }],
          next: { action: "customer_starts_trial", message: `Ask the customer to start a trial from ${addDaysToLocalDate(grace.planExpiresOn, 1)}, the day after the plan expires` },
        };
      }
      const startRule = `${RULE}: a grace extension starts only the day after the plan expires (expires on the 15th: from the 16th), or on the day of a later request`;
      const dayAfter = addDaysToLocalDate(grace.planExpiresOn, 1);
      const requestDay = localDateOf(request.submittedAt, request.timeZone);
      // ISO dates compare correctly as strings.
      const earliest = requestDay > dayAfter ? requestDay : dayAfter;
      const startsOn = grace.requestedStartOn !== undefined && grace.requestedStartOn > earliest ? grace.requestedStartOn : earliest;
      const facts = { planExpiresOn: grace.planExpiresOn, requestDay, earliestStart: earliest, startsOn, timeZone: request.timeZone };
      const reasons: Rsn[] = [
        { code: "previous_trial", rule: trialRule, message: "A trial was created for the customer before", facts: { hasPreviousTrial: true } },
        { code: "grace_starts_after_expiry", rule: startRule, message: `The plan expires on ${grace.planExpiresOn}; the extension starts on ${startsOn}`, facts },
      ];
      if (grace.requestedStartOn !== undefined && grace.requestedStartOn < earliest) {
        reasons.push({ code: "grace_start_moved", rule: startRule, message: `The requested start ${grace.requestedStartOn} is too early; the extension starts on ${earliest}`, facts: { requestedStartOn: grace.requestedStartOn, startsOn } });
      }
      return { outcome: "approve", reasons, startsOn, next: { action: "extend_grace_period", message: `Extend the grace period from ${startsOn} (${request.timeZone})` } };
    })
    .with({ kind: "wider_community_licence" }, (licence) => {
      const rule = `${RULE}: a Wider Community licence over 90 days needs a manager's approval`;
      const facts = { durationDays: licence.durationDays, maxDaysWithoutApproval: p.widerCommunityMaxDaysWithoutApproval };
      if (licence.durationDays <= p.widerCommunityMaxDaysWithoutApproval) {
        return { outcome: "approve", reasons: [{ code: "wider_community_within_limit", rule, message: `${licence.durationDays} days needs no approval`, facts }], next: { action: "generate_licence", message: "Generate the Wider Community licence" } };
      }
      // The manager's address is accepted to show approval exists; only that fact is kept.
      return licence.approvingManagerEmail === undefined
        ? {
            outcome: "needs_manager_approval",
            reasons: [
              {
                code: "wider_community_needs_manager",
                rule,
                message: `${licence.durationDays} days is over ${p.widerCommunityMaxDaysWithoutApproval}: the licence needs a manager's approval`,
                facts: { ...facts, managerApproval: false },
              },
            ],
            next: { action: "request_manager_approval", message: "Ask the requester for an approving manager's email; generate the licence once a manager approves" },
          }
        : {
            outcome: "approve",
            reasons: [{ code: "wider_community_manager_approved", rule, message: "A manager approved the licence", facts: { ...facts, managerApproval: true } }],
            next: { action: "generate_licence", message: "Generate the Wider Community licence" },
          };
    })
    .with({ kind: "multi_year_licence" }, (licence) => {
      const rule = `${RULE}: a multi-year licence: check seat usage first`;
      if (licence.seatUsageChecked === undefined) return missingFacts([at("seatUsageChecked")], rule);
      if (!licence.seatUsageChecked) {
        return {
          outcome: "needs_action",
          reasons: [{ code: "seat_usage_not_checked", rule, message: "Seat usage has not been checked with the customer", facts: { seatUsageChecked: false } }],
          next: { action: "check_seat_usage", message: "Check with the customer whether they exceeded their seat usage before requesting the licence" },
        };
      }
      if (licence.seatsExceeded === undefined) return missingFacts([at("seatsExceeded")], rule);
      return licence.seatsExceeded
        ? {
            outcome: "needs_action",
            reasons: [{ code: "seats_exceeded", rule, message: "The customer exceeded their seats; the subscription must be amended first", facts: { seatUsageChecked: true, seatsExceeded: true } }],
            next: { action: "amend_subscription", message: "Have the subscription amended (true-up) before the licence is generated; Support cannot waive true-ups" },
          }
        : { outcome: "approve", reasons: [{ code: "seat_usage_ok", rule, message: "Seat usage was checked and is within the subscription", facts: { seatUsageChecked: true, seatsExceeded: false } }], next: { action: "generate_licence", message: "Request next year's licence" } };
    })
    .with({ kind: "send_licence" }, (send) => {
      const rule = `${RULE}: licences go only to the licence contact (temporary ones excepted)`;
      if (send.recipientIsLicenceContact === true) {
        return { outcome: "approve", reasons: [{ code: "licence_contact", rule, message: "The recipient is the licence contact", facts: { recipientIsLicenceContact: true } }], next: { action: "send_licence", message: "Send the licence to the licence contact" } };
      }
      if (send.temporary === true) {
        return { outcome: "approve", reasons: [{ code: "temporary_licence_exception", rule, message: "A temporary licence may go to someone other than the licence contact", facts: { temporary: true, recipientIsLicenceContact: send.recipientIsLicenceContact ?? null } }], next: { action: "send_licence", message: "Send the temporary licence" } };
      }
      const missing = [
        ...(send.recipientIsLicenceContact === undefined ? [at("recipientIsLicenceContact")] : []),
        ...(send.temporary === undefined ? [at("temporary")] : []),
      ];
      if (missing.length > 0) return missingFacts(missing, rule);
      return {
        outcome: "refuse",
        reasons: [{ code: "not_licence_contact", rule, message: "The recipient is not the licence contact and the licence is not temporary", facts: { recipientIsLicenceContact: false, temporary: false } }],
        next: { action: "contact_change", message: "Ask the customer to file a ticket for the contact change process" },
      };
    })
    .exhaustive();
}

/**
 * Decides an internal licence, subscription or trial ticket (docs/rules.md §10): one request per
 * ticket; Support never starts a trial; extending one needs an existing trial; a grace extension
 * (treated as a trial extension, so it too needs a previous trial) starts only the day after the
 * plan expires in the customer's zone (expires on the 15th: from the 16th), or on the day of a
 * later request; a Wider Community licence over 90 days needs a manager's approval (`needs_manager_approval`, with the next step to ask for it, until one is given); a multi-year
 * licence needs the seat check first; licences go only to the licence contact (temporary ones
 * excepted). With a priority, `respondBy` is the internal response target on 24x5
 * (see {@link internalRequestDueAt}).
 *
 * @param request - the ticket (see {@link licenceRequestSchema}).
 * @param parameters - overrides of the numbers (see {@link licenceParameters}).
 * @throws SupportPolicyError on bad input: wrong types, impossible dates, unknown time zones.
 *
 * @example
 * ```ts
 * const decision = checkLicenceRequest({
 *   submittedAt: "2026-12-10T15:00:00Z",
 *   timeZone: "America/New_York",
 *   requests: [{ kind: "grace_extension", planExpiresOn: "2026-12-15", hasPreviousTrial: true }],
 * });
 * decision.outcome; // => "approve"
 * decision.startsOn; // => "2026-12-16"
 * ```
 */
export function checkLicenceRequest(request: LicenceRequestInput, parameters: Overrides<LicenceParameters> = {}): LicenceDecision {
  const valid = parseInput(licenceRequestSchema, request, ["request"]);
  const p = parseOverrides(licenceParametersSchema, licenceParameters, parameters, ["parameters"]);
  const respondBy = valid.priority === undefined ? undefined : internalRequestDueAt(valid.priority, valid.submittedAt, p);
  const target: Rsn[] =
    valid.priority === undefined || respondBy === undefined
      ? []
      : [
          {
            code: "response_target",
            rule: `${RULE}: internal request response targets, 24x5: Urgent 1 h, High 4 h, Normal 8 h, Low 24 h`,
            message: `Respond by ${respondBy}`,
            facts: { priority: valid.priority, targetHours: p.responseTargetHours[valid.priority], respondBy },
          },
        ];
  const extra = respondBy === undefined ? {} : { respondBy };

  if (valid.requests.length > p.maxRequestsPerTicket) {
    return {
      outcome: "refuse",
      reasons: [
        {
          code: "one_request_per_ticket",
          rule: `${RULE}: one licence or subscription request per ticket`,
          message: `The ticket holds ${valid.requests.length} requests; each needs its own ticket`,
          facts: { requests: valid.requests.length, maxPerTicket: p.maxRequestsPerTicket, kinds: valid.requests.map((item) => item.kind) },
        },
        ...target,
      ],
      next: { action: "split_ticket", message: "Ask for one ticket per licence or subscription request" },
      ...extra,
    };
  }
  const [first] = valid.requests;
  // The schema requires at least one request.
  if (first === undefined) throw new Error("unreachable: a ticket holds at least one request");
  const result = evaluate(first, valid, p);
  const decision: LicenceDecision = {
    outcome: result.outcome,
    reasons: [...result.reasons, ...target],
    ...(result.next === undefined ? {} : { next: result.next }),
    ...(result.missing === undefined ? {} : { missing: result.missing }),
    ...(result.startsOn === undefined ? {} : { startsOn: result.startsOn }),
    ...extra,
  };
  return decision;
}
