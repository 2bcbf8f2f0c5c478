import type { InstantInput } from "../shared/instant-input.js";
import * as z from "zod";
import type { NextStep, Reason } from "../shared/decision.js";
import { fail, parseInput } from "../shared/errors.js";
import { type EmergencySituation, emergencySituationSchema } from "./emergency-situation.js";
import { instantSchema } from "../shared/instant-schema.js";
import { HOUR, MINUTE, iso } from "./instant.js";

/**
 * A follow-up step an emergency calls for.
 *
 * @example
 * ```ts
 * const code: FollowUpCode = "close_bridge_set_priority_high";
 * ```
 */
export type FollowUpCode =
  | "start_shared_document"
  | "consider_account_escalation"
  | "send_follow_up"
  | "close_bridge_set_priority_high"
  | "document_steps_in_ticket";

/**
 * What an emergency calls for at `now`, and the next step that will become due.
 *
 * @example
 * ```ts
 * const plan: EmergencyFollowUpPlan = { actions: [], reasons: [], missing: ["peopleInvolved"] };
 * ```
 */
export interface EmergencyFollowUpPlan {
  /** The steps due now, in the order the rules list them. */
  readonly actions: readonly FollowUpCode[];
  /** Why each step is due, one reason per step. */
  readonly reasons: readonly Reason<FollowUpCode>[];
  /** The earliest step that becomes due later, if any. */
  readonly next?: NextStep;
  /** Facts that could add a step and are not given, as field names. */
  readonly missing?: readonly string[];
}

const argsSchema = z.object({ emergency: emergencySituationSchema, now: instantSchema });

/**
 * Lists the follow-ups an emergency calls for at `now` (docs/rules.md §4): a shared document once it
 * has run 1 hour or involves several people; an account escalation to consider once it has run
 * 3 hours; a follow-up after 15 silent minutes from the first contact; and, 15 silent minutes
 * after that follow-up, closing the call and setting the priority to High. Once resolved: document
 * the steps in the ticket.
 *
 * @remarks
 * "Longer than an hour" is read as "has reached one hour": starting the document a moment early
 * is harmless, a moment late is not. The same reading applies to 3 hours and to 15 minutes of
 * silence. Any customer response at or after the first contact counts as breaking the silence.
 *
 * @example
 * ```ts
 * const plan = emergencyFollowUps(
 *   { startedAt: "2026-11-20T10:00:00Z", peopleInvolved: 1, firstContactAt: "2026-11-20T10:05:00Z" },
 *   new Date("2026-11-20T10:20:00Z"),
 * );
 * plan.actions; // => ["send_follow_up"]
 * plan.next?.at; // => "2026-11-20T11:00:00.000Z"
 * ```
 *
 * @throws {SupportPolicyError} `invalid_format` for a malformed instant, `event_before_creation`
 * for an event before the emergency or the first contact, `now_before_creation` when `now` is
 * before the emergency started, `inconsistent_facts` for an event after `now`.
 */
export function emergencyFollowUps(emergency: EmergencySituation, now: InstantInput): EmergencyFollowUpPlan {
  const { emergency: e, now: at } = parseInput(argsSchema, { emergency, now });
  if (at < e.startedAt) fail("now_before_creation", ["now"], "`now` is before the emergency started");
  for (const key of ["resolvedAt", "firstContactAt", "customerRespondedAt", "followUpSentAt"] as const) {
    const value = e[key];
    // Stryker disable next-line ConditionalExpression: an absent (undefined) event compares false with now, so the guard changes nothing
    if (value !== undefined && value > at) fail("inconsistent_facts", ["emergency", key], `\`${key}\` is after \`now\``);
  }
  const end = e.resolvedAt ?? at;
  const ran = end - e.startedAt;
  const actions: FollowUpCode[] = [];
  const reasons: Reason<FollowUpCode>[] = [];
  const later: { at: number; action: FollowUpCode; message: string }[] = [];
  const missing: string[] = [];
  const due = (action: FollowUpCode, rule: string, message: string, facts: Reason["facts"]): void => {
    actions.push(action);
    reasons.push({ code: action, rule, message, facts });
  };
  const minutes = ran / MINUTE;

  if (e.sharedDocumentStarted !== true) {
    // Stryker disable next-line ConditionalExpression: an absent (undefined) count compares false with 1, so the guard changes nothing
    const several = e.peopleInvolved !== undefined && e.peopleInvolved > 1;
    if (ran >= HOUR || several) {
      due(
        "start_shared_document",
        "§4 emergencies: longer than 1 hour and/or multiple people involved: start a shared document",
        `Start a shared document open to the customer and the team, and announce it: ${ran >= HOUR ? `the emergency has run ${minutes} minutes` : `${e.peopleInvolved ?? 0} people are involved`}`,
        { minutesRunning: minutes, peopleInvolved: e.peopleInvolved ?? null },
      );
    } else {
      if (e.peopleInvolved === undefined) missing.push("peopleInvolved");
      if (e.resolvedAt === undefined) later.push({ at: e.startedAt + HOUR, action: "start_shared_document", message: "Start a shared document once the emergency has run 1 hour" });
    }
  }
  if (e.accountEscalationOpened !== true) {
    if (ran >= 3 * HOUR) {
      due(
        "consider_account_escalation",
        "§4 emergencies (2026): longer than 3 hours: consider an account escalation",
        `The emergency has run ${minutes} minutes: consider an account escalation`,
        { minutesRunning: minutes },
      );
    } else if (e.resolvedAt === undefined) {
      later.push({ at: e.startedAt + 3 * HOUR, action: "consider_account_escalation", message: "Consider an account escalation once the emergency has run 3 hours" });
    }
  }
  if (e.resolvedAt === undefined && e.firstContactAt !== undefined) {
    // Stryker disable next-line ConditionalExpression: an absent (undefined) response compares false with the first contact, so the guard changes nothing
    const responded = e.customerRespondedAt !== undefined && e.customerRespondedAt >= e.firstContactAt;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: read only once a follow-up was sent, never before the first contact, so a response at or after it also broke the first silence
    const respondedAfterFollowUp = responded && e.followUpSentAt !== undefined && (e.customerRespondedAt ?? 0) >= e.followUpSentAt;
    if (e.followUpSentAt === undefined && !responded) {
      const dueAt = e.firstContactAt + 15 * MINUTE;
      if (at >= dueAt) {
        due(
          "send_follow_up",
          "§4 emergencies (2026): customer silent 15 minutes after first contact: follow up",
          `No response from the customer since the first contact at ${iso(e.firstContactAt)}: follow up`,
          { firstContactAt: iso(e.firstContactAt), silentMinutes: (at - e.firstContactAt) / MINUTE },
        );
      } else later.push({ at: dueAt, action: "send_follow_up", message: "Follow up if the customer is still silent 15 minutes after the first contact" });
    } else if (e.followUpSentAt !== undefined && !respondedAfterFollowUp) {
      const dueAt = e.followUpSentAt + 15 * MINUTE;
      if (at >= dueAt) {
        due(
          "close_bridge_set_priority_high",
          "§4 emergencies (2026): 15 minutes after the follow-up: close the call, set priority High",
          `No response 15 minutes after the follow-up at ${iso(e.followUpSentAt)}: close the call and set the priority to High`,
          { followUpSentAt: iso(e.followUpSentAt), silentMinutes: (at - e.followUpSentAt) / MINUTE, newPriority: "high" },
        );
      } else later.push({ at: dueAt, action: "close_bridge_set_priority_high", message: "Close the call and set priority High if still silent 15 minutes after the follow-up" });
    }
  }
  if (e.resolvedAt !== undefined) {
    due("document_steps_in_ticket", "§4 emergencies: after the emergency, document the steps in the ticket", "Document the steps taken in the ticket", {
      resolvedAt: iso(e.resolvedAt),
    });
  }
  later.sort((a, b) => a.at - b.at);
  const first = later[0];
  return {
    actions,
    reasons,
    ...(first === undefined ? {} : { next: { action: first.action, at: iso(first.at), message: first.message } }),
    ...(missing.length > 0 ? { missing } : {}),
  };
}
