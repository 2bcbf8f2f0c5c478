import type { InstantInput } from "../shared/instant-input.js";
import { match } from "ts-pattern";
import * as z from "zod";
import type { Decision, Reason } from "../shared/decision.js";
import type { EditionInput } from "../shared/edition-schema.js";
import { fail, parseInput } from "../shared/errors.js";
import { globalSupportHours } from "../sla/gitlab-calendars.js";
import { isOpen } from "../sla/is-open.js";
import { nextOpen } from "../sla/next-open.js";
import { editionSchema } from "./edition-schema.js";
import { instantSchema } from "../shared/instant-schema.js";
import { HOUR, MINUTE, iso } from "./instant.js";
import { type StarRequest, starRequestSchema } from "./star-request.js";
import { deepFreeze } from "../shared/deep-freeze.js";

/**
 * Why a STAR may or may not be opened.
 *
 * @example
 * ```ts
 * const code: StarReasonCode = "outside_global_support_hours";
 * ```
 */
export type StarReasonCode =
  | "progress_stalled"
  | "priority_raised"
  | "high_dissatisfaction"
  | "management_oversight"
  | "other_business_reason"
  | "first_reply_breached_an_hour"
  | "licensing_expiry_within_24_hours"
  | "no_business_case"
  | "last_reply_from_support"
  | "ticket_too_new"
  | "required_information_missing"
  | "licensing_expiry_not_within_24_hours"
  | "licensing_already_expired"
  | "form_fields_missing"
  | "facts_missing"
  | "outside_global_support_hours"
  | "within_global_support_hours"
  | "response_time";

/**
 * The STAR reason codes that are reasons *for* a STAR (a business case), as opposed to rules
 * against one or about readiness.
 *
 * @example
 * ```ts
 * STAR_BUSINESS_CASE_CODES.includes("progress_stalled"); // => true
 * ```
 */
export const STAR_BUSINESS_CASE_CODES: readonly StarReasonCode[] = deepFreeze([
  "progress_stalled",
  "priority_raised",
  "high_dissatisfaction",
  "management_oversight",
  "other_business_reason",
  "first_reply_breached_an_hour",
  "licensing_expiry_within_24_hours",
]);

/**
 * A STAR decision: `allowed` (open it now), `not_yet` (allowed once Global Support Hours open:
 * `next.at`), `not_ready` (fields or facts missing, listed in `missing`, and still saying whether
 * and from when the hours allow it, and the urgency's response time) or `not_allowed`.
 *
 * @example
 * ```ts
 * const d: StarEligibility = { outcome: "not_ready", reasons: [], missing: ["urgency"] };
 * ```
 */
export interface StarEligibility extends Decision<"allowed" | "not_yet" | "not_allowed" | "not_ready", StarReasonCode> {
  /**
   * Unless not allowed: from when a STAR may be opened as far as the hours rule goes (ISO 8601):
   * `now` within Global Support Hours, else their next opening. A not-ready STAR says it too.
   */
  readonly allowedFrom?: string;
  /** Whenever the urgency is given and the STAR is not refused: its response time, in minutes. */
  readonly responseMinutes?: number;
  /** When allowed: the instant the STAR must be responded to by, ISO 8601. */
  readonly respondBy?: string;
}

const RESPONSE_MINUTES = { not_urgent: 120, timely: 60, urgent: 30 } as const;
const FORM_FIELDS = ["urgency", "plan", "group", "reason", "desiredResult"] as const;
const RULE = "§5 STAR";
const argsSchema = z.object({ request: starRequestSchema, now: instantSchema, edition: editionSchema });

/**
 * Decides whether a support ticket attention request (STAR) may be opened at `now` (docs/rules.md
 * §5): only during Global Support Hours; for a reason the handbook lists (stalled progress, a
 * priority raised, high dissatisfaction, management oversight; in 2026 also a first reply
 * breached by at least 1 hour, or another business reason); in 2026 not when the last reply is
 * Support's, the ticket is 30 minutes old or less, or information asked of the customer is still
 * missing; a licensing STAR only when the plan or grace period expires within 24 hours; and with
 * all five form fields filled. An allowed STAR gets its response time: not urgent 2 h, timely
 * 1 h, urgent 30 min. A STAR that is not ready (fields or facts missing) still says whether the
 * hours allow it now, from when (`allowedFrom`), and the urgency's response time when given.
 *
 * @remarks
 * A definite "don't" wins over missing facts: the answer is `not_allowed` even when other facts
 * are missing. A licensing expiry already past is not "within 24 hours": the safe reading is no.
 * The 2016 edition has no STAR of its own; it applies the WWS reasons and the hours rule only.
 *
 * @example
 * ```ts
 * const request: StarRequest = {
 *   urgency: "timely", plan: "premium", group: "SaaS", reason: "no progress for a week", desiredResult: "a call this week",
 *   ticket: { createdAt: "2026-11-16T09:00:00Z", lastPublicReplyFrom: "customer", requiredInformationMissing: false },
 *   triggers: { progressStalled: true },
 * };
 * checkStarEligibility(request, new Date("2026-11-18T18:00:00Z"), "gitlab2026").respondBy; // => "2026-11-18T19:00:00.000Z"
 * checkStarEligibility(request, new Date("2026-11-21T18:00:00Z"), "gitlab2026").next?.at; // => "2026-11-22T23:00:00.000Z"
 * ```
 *
 * @throws {SupportPolicyError} `unknown_value` for an unknown urgency, kind or edition,
 * `invalid_format` for a malformed instant, `too_small` for an empty text field.
 */
export function checkStarEligibility(request: StarRequest, now: InstantInput, edition: EditionInput): StarEligibility {
  const { request: r, now: at, edition: ed } = parseInput(argsSchema, { request, now, edition });
  const is2026 = match(ed)
    .with("gitlab2026", () => true)
    // Stryker disable next-line ArrowFunction: undefined is as falsy as false wherever is2026 is read
    .with("handbook2016", () => false)
    .exhaustive();
  const blocking: Reason<StarReasonCode>[] = [];
  const supporting: Reason<StarReasonCode>[] = [];
  const missing: string[] = [];
  const t = r.ticket;
  // Stryker disable next-line ConditionalExpression: a comparison with an absent (undefined) instant is false, so dropping the guard changes nothing
  if (t.createdAt !== undefined && at < t.createdAt) fail("now_before_creation", ["now"], "`now` is before the ticket was created");
  // Stryker disable next-line ConditionalExpression: a comparison with an absent (undefined) instant is false, so dropping the guard changes nothing
  if (t.firstRepliedAt !== undefined && t.firstRepliedAt > at) fail("inconsistent_facts", ["request", "ticket", "firstRepliedAt"], "The first reply is after `now`");

  // The "do" reasons.
  const triggers: [boolean | undefined, StarReasonCode, string][] = [
    [r.triggers.progressStalled, "progress_stalled", "Progress has stalled and the ticket needs more engineering effort"],
    [r.triggers.priorityRaised, "priority_raised", "The ticket's priority was raised"],
    [r.triggers.highDissatisfaction, "high_dissatisfaction", "Immediate intervention is needed for high customer dissatisfaction"],
    [r.triggers.managementOversightNeeded, "management_oversight", "Support management oversight is needed"],
  ];
  for (const [present, code, message] of triggers) {
    if (present === true) supporting.push({ code, rule: `${RULE}: ${message.toLowerCase()}`, message, facts: { [code]: true } });
  }
  if (is2026 && r.triggers.otherBusinessReason !== undefined) {
    supporting.push({
      code: "other_business_reason",
      rule: `${RULE} (2026): a business reason`,
      message: `Business reason: ${r.triggers.otherBusinessReason}`,
      facts: { otherBusinessReason: r.triggers.otherBusinessReason },
    });
  }
  // Stryker disable next-line ConditionalExpression: without a due instant the overrun is NaN, never at least an hour
  if (is2026 && t.firstReplyDueAt !== undefined) {
    const overBy = (t.firstRepliedAt ?? at) - t.firstReplyDueAt;
    if (overBy >= HOUR) {
      supporting.push({
        code: "first_reply_breached_an_hour",
        rule: `${RULE} (2026): first-reply SLA breached by at least 1 hour`,
        message: `The first reply was due ${iso(t.firstReplyDueAt)} and is ${Math.floor(overBy / MINUTE)} minutes over`,
        facts: { firstReplyDueAt: iso(t.firstReplyDueAt), minutesOver: Math.floor(overBy / MINUTE) },
      });
    }
  }

  // The 2026 "don't" rules.
  if (is2026) {
    if (t.lastPublicReplyFrom === "support") {
      blocking.push({
        code: "last_reply_from_support",
        rule: `${RULE} (2026): not when the last reply is from Support`,
        message: "The last public reply is from Support: the ticket is waiting on the customer",
        facts: { lastPublicReplyFrom: "support" },
      });
    } else if (t.lastPublicReplyFrom === undefined) missing.push("ticket.lastPublicReplyFrom");
    if (t.createdAt === undefined) missing.push("ticket.createdAt");
    else if (at - t.createdAt <= 30 * MINUTE) {
      blocking.push({
        code: "ticket_too_new",
        rule: `${RULE} (2026): not when the ticket is 30 minutes old or less`,
        message: `The ticket is ${Math.floor((at - t.createdAt) / MINUTE)} minutes old; a STAR needs it older than 30 minutes`,
        facts: { createdAt: iso(t.createdAt), ageMinutes: (at - t.createdAt) / MINUTE },
      });
    }
    if (t.requiredInformationMissing === true) {
      blocking.push({
        code: "required_information_missing",
        rule: `${RULE} (2026): not when required information is missing`,
        message: "Information asked of the customer is still missing",
        facts: { requiredInformationMissing: true },
      });
    } else if (t.requiredInformationMissing === undefined) missing.push("ticket.requiredInformationMissing");
  }

  // Licensing STARs.
  if (r.kind === "licensing") {
    if (r.expiresAt === undefined) missing.push("expiresAt");
    else {
      const left = r.expiresAt - at;
      if (left < 0) {
        blocking.push({
          code: "licensing_already_expired",
          rule: `${RULE}: a licensing STAR only when the plan or grace period expires within 24 hours`,
          message: `The plan expired at ${iso(r.expiresAt)}; give the grace period's expiry if one is running`,
          facts: { expiresAt: iso(r.expiresAt) },
        });
      } else if (left <= 24 * HOUR) {
        supporting.push({
          code: "licensing_expiry_within_24_hours",
          rule: `${RULE}: a licensing STAR only when the plan or grace period expires within 24 hours`,
          message: `The plan or grace period expires at ${iso(r.expiresAt)}, within 24 hours`,
          facts: { expiresAt: iso(r.expiresAt), hoursLeft: left / HOUR },
        });
      } else {
        blocking.push({
          code: "licensing_expiry_not_within_24_hours",
          rule: `${RULE}: a licensing STAR only when the plan or grace period expires within 24 hours`,
          message: `The plan expires at ${iso(r.expiresAt)}, more than 24 hours away; a licensing STAR is possible from ${iso(r.expiresAt - 24 * HOUR)}`,
          facts: { expiresAt: iso(r.expiresAt), hoursLeft: left / HOUR },
        });
      }
    }
  }

  if (blocking.length > 0) return { outcome: "not_allowed", reasons: [...supporting, ...blocking] };

  // The hours rule and the urgency hold whatever else is missing: a not-ready STAR says them too.
  const open = isOpen(globalSupportHours, new Date(at));
  const opens = open ? at : nextOpen(globalSupportHours, new Date(at)).getTime();
  const hours: Reason<StarReasonCode> = open
    ? { code: "within_global_support_hours", rule: `${RULE}: only during Global Support Hours`, message: "Within Global Support Hours", facts: { now: iso(at) } }
    : {
        code: "outside_global_support_hours",
        rule: `${RULE}: only during Global Support Hours`,
        message: `Outside Global Support Hours: a STAR can be opened from ${iso(opens)}`,
        facts: { now: iso(at), opensAt: iso(opens) },
      };
  const responseMinutes = r.urgency === undefined ? undefined : RESPONSE_MINUTES[r.urgency];
  const response: Reason<StarReasonCode>[] =
    r.urgency === undefined || responseMinutes === undefined
      ? []
      : [
          {
            code: "response_time",
            rule: `${RULE}: urgency ${r.urgency}: respond within ${responseMinutes} minutes`,
            message: `Urgency ${r.urgency.replace("_", " ")}: a response within ${responseMinutes} minutes`,
            facts: { urgency: r.urgency, responseMinutes },
          },
        ];

  const formMissing = FORM_FIELDS.filter((field) => r[field] === undefined);
  if (formMissing.length > 0 || missing.length > 0) {
    const reasons: Reason<StarReasonCode>[] = [];
    if (formMissing.length > 0) {
      reasons.push({
        code: "form_fields_missing",
        rule: `${RULE}: required fields are urgency, plan, group, reason and desired result`,
        message: `Fill in ${formMissing.join(", ")} before opening the STAR`,
        facts: { missing: formMissing },
      });
    }
    if (missing.length > 0) {
      reasons.push({
        code: "facts_missing",
        rule: `${RULE} (2026): the "don't" rules`,
        message: `Whether a STAR is allowed depends on ${missing.join(", ")}, not given`,
        facts: { missing },
      });
    }
    return {
      outcome: "not_ready",
      reasons: [...supporting, ...reasons, hours, ...response],
      missing: [...formMissing, ...missing],
      allowedFrom: iso(opens),
      ...(responseMinutes === undefined ? {} : { responseMinutes }),
    };
  }

  if (supporting.length === 0) {
    return {
      outcome: "not_allowed",
      reasons: [
        {
          code: "no_business_case",
          rule: `${RULE}: not without a business case`,
          message: "None of the reasons for a STAR applies",
          facts: { reasonsGiven: 0 },
        },
      ],
    };
  }

  // Stryker disable next-line ConditionalExpression: urgency is a required form field, so a STAR without one returned not_ready above
  const minutes = responseMinutes ?? RESPONSE_MINUTES.not_urgent;
  if (!open) {
    return {
      outcome: "not_yet",
      reasons: [...supporting, hours, ...response],
      allowedFrom: iso(opens),
      responseMinutes: minutes,
      next: { action: "open_star", at: iso(opens), message: `Open the STAR once Global Support Hours open at ${iso(opens)}` },
    };
  }
  return {
    outcome: "allowed",
    reasons: [...supporting, hours, ...response],
    allowedFrom: iso(at),
    responseMinutes: minutes,
    respondBy: iso(at + minutes * MINUTE),
  };
}
