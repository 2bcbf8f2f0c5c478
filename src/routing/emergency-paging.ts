import type { InstantInput } from "../shared/instant-input.js";
import { match } from "ts-pattern";
import * as z from "zod";
import type { Reason } from "../shared/decision.js";
import type { Edition } from "../shared/edition.js";
import type { EditionInput } from "../shared/edition-schema.js";
import { fail, parseInput } from "../shared/errors.js";
import { editionSchema } from "./edition-schema.js";
import { type EmergencyIncident, emergencyIncidentSchema } from "./emergency-incident.js";
import { instantSchema } from "../shared/instant-schema.js";
import { MINUTE, iso } from "./instant.js";

/**
 * Who an emergency page can reach: the 2016 on-call engineer and second level, or the 2026
 * chain from the on-call engineer to an executive.
 *
 * @example
 * ```ts
 * const role: PagedRole = "support_manager_on_call";
 * ```
 */
export type PagedRole =
  | "on_call_engineer"
  | "second_level"
  | "support_manager_on_call"
  | "support_director"
  | "senior_support_leaders"
  | "executive";

/**
 * One alert of the paging schedule.
 *
 * @example
 * ```ts
 * const alert: PagingAlert = { role: "second_level", pass: 1, at: "2026-11-20T10:05:00.000Z", minutesAfterTrigger: 5 };
 * ```
 */
export interface PagingAlert {
  /** Who is alerted. */
  readonly role: PagedRole;
  /** The pass through the escalation chain, from 1 (the on-call engineer's own alert is pass 1 too). */
  readonly pass: number;
  /** When the alert fires, ISO 8601. */
  readonly at: string;
  /** Minutes from the trigger to the alert. */
  readonly minutesAfterTrigger: number;
}

/**
 * A stable identifier of why the paging is where it is.
 *
 * @example
 * ```ts
 * const code: PagingReasonCode = "not_acknowledged_in_time";
 * ```
 */
export type PagingReasonCode = "on_call_paged" | "not_acknowledged_in_time" | "acknowledged" | "chain_exhausted" | "awaiting_acknowledgement";

/**
 * The next alert of a paging chain.
 *
 * @example
 * ```ts
 * const next: PagingNextAlert = { action: "alert", role: "support_director", at: "2026-11-20T10:15:00.000Z", message: "Alert support_director at 2026-11-20T10:15:00.000Z unless acknowledged" };
 * ```
 */
export interface PagingNextAlert {
  /** Always `alert`. */
  readonly action: "alert";
  /** Who is alerted next. */
  readonly role: PagedRole;
  /** When, ISO 8601, unless acknowledged by then. */
  readonly at: string;
  /** The step, for a person. */
  readonly message: string;
}

/**
 * Who has been paged for an emergency by `now`, and when the next escalation fires.
 *
 * @example
 * ```ts
 * const paging: EmergencyPaging = {
 *   edition: "handbook2016",
 *   outcome: "paging",
 *   alerted: [{ role: "on_call_engineer", pass: 1, at: "2026-11-20T10:00:00.000Z", minutesAfterTrigger: 0 }],
 *   currentlyPaged: "on_call_engineer",
 *   reasons: [],
 * };
 * ```
 */
export interface EmergencyPaging {
  /** The edition whose chain was applied. */
  readonly edition: Edition;
  /** `paging`: alerts are still to come; `acknowledged`: the chain stopped; `exhausted`: every alert has fired unacknowledged. */
  readonly outcome: "paging" | "acknowledged" | "exhausted";
  /** The alerts that have fired by `now`, in order. */
  readonly alerted: readonly PagingAlert[];
  /** The role alerted most recently. */
  readonly currentlyPaged: PagedRole;
  /** The next alert, when one is still to come. */
  readonly next?: PagingNextAlert;
  /** Why, with the rules applied. */
  readonly reasons: readonly Reason<PagingReasonCode>[];
}

interface Planned {
  role: PagedRole;
  pass: number;
  minutes: number;
}

const CHAIN_2026: readonly PagedRole[] = ["support_manager_on_call", "support_director", "senior_support_leaders", "executive"];

function schedule(edition: Edition): readonly Planned[] {
  return match(edition)
    .returnType<readonly Planned[]>()
    .with("handbook2016", () => [
      { role: "on_call_engineer", pass: 1, minutes: 0 },
      { role: "second_level", pass: 1, minutes: 5 },
    ])
    .with("gitlab2026", () => {
      const alerts: Planned[] = [{ role: "on_call_engineer", pass: 1, minutes: 0 }];
      // The manager is alerted 10 minutes in, then every alert 5 minutes after the one before,
      // the four-step chain repeated five times: the last, the executive's, at +105.
      for (let pass = 0; pass < 5; pass++) {
        CHAIN_2026.forEach((role, step) => alerts.push({ role, pass: pass + 1, minutes: 10 + pass * 20 + step * 5 }));
      }
      return alerts;
    })
    .exhaustive();
}

const RULE_2016 = "§4 emergencies (2016): acknowledge within 5 minutes, or the second level is alerted";
const RULE_2026 = "§4 emergencies (2026): +10 min support manager on call, then every 5 min director, senior leaders, executive, repeated 5 times";

const argsSchema = z.object({ incident: emergencyIncidentSchema, now: instantSchema, edition: editionSchema });

/**
 * Works out who is paged for an emergency at `now` and when the next escalation fires
 * (docs/rules.md §4): 2016 — the on-call engineer, then the second level if not acknowledged within
 * 5 minutes; 2026 — the on-call engineer, the support manager on call at +10 min, then the
 * director, senior support leaders and an executive 5 minutes apart, the chain repeated 5 times
 * (last alert at +105 min).
 *
 * @remarks
 * An alert due at or before `now` has fired. An acknowledgement at or before an alert's instant
 * stops it, the same boundary as an SLA met at its due instant (§2); the on-call engineer's
 * own alert always fires.
 *
 * @example
 * ```ts
 * const paging = emergencyPaging({ triggeredAt: "2026-11-20T10:00:00Z" }, new Date("2026-11-20T10:06:00Z"), "handbook2016");
 * paging.currentlyPaged; // => "second_level"
 * paging.outcome; // => "exhausted"
 * emergencyPaging({ triggeredAt: "2026-11-20T10:00:00Z" }, new Date("2026-11-20T10:12:00Z"), "gitlab2026").next?.role;
 * // => "support_director"
 * ```
 *
 * @throws {SupportPolicyError} `invalid_format` for a malformed instant, `unknown_value` for an
 * unknown edition, `event_before_creation` for an acknowledgement before the trigger,
 * `now_before_creation` when `now` is before the trigger, `inconsistent_facts` when the
 * acknowledgement is after `now`.
 */
export function emergencyPaging(incident: EmergencyIncident, now: InstantInput, edition: EditionInput): EmergencyPaging {
  const args = parseInput(argsSchema, { incident, now, edition });
  const { triggeredAt, acknowledgedAt } = args.incident;
  if (args.now < triggeredAt) fail("now_before_creation", ["now"], "`now` is before the page was triggered");
  // Stryker disable next-line ConditionalExpression: an absent (undefined) acknowledgement compares false with now, so the guard changes nothing
  if (acknowledgedAt !== undefined && acknowledgedAt > args.now) {
    fail("inconsistent_facts", ["incident", "acknowledgedAt"], "The acknowledgement is after `now`");
  }
  const rule = args.edition === "handbook2016" ? RULE_2016 : RULE_2026;
  const plan = schedule(args.edition);
  const alerted: PagingAlert[] = [];
  let next: Planned | undefined;
  for (const [index, alert] of plan.entries()) {
    const at = triggeredAt + alert.minutes * MINUTE;
    // Stryker disable next-line ConditionalExpression: an absent (undefined) acknowledgement compares false with an alert's instant
    const stopped = index > 0 && acknowledgedAt !== undefined && acknowledgedAt <= at;
    if (stopped) break;
    if (at <= args.now) alerted.push({ role: alert.role, pass: alert.pass, at: iso(at), minutesAfterTrigger: alert.minutes });
    else {
      next = alert;
      break;
    }
  }
  // Stryker disable next-line ObjectLiteral: the on-call engineer's own alert always fires, since now is never before the trigger, so the fallback is never read
  const last = alerted.at(-1) ?? { role: "on_call_engineer" as const, at: iso(triggeredAt) };
  const reasons: Reason<PagingReasonCode>[] = [
    {
      code: "on_call_paged",
      rule: "§4 emergencies: an emergency ticket pages the on-call engineer",
      message: `The on-call engineer was paged at ${iso(triggeredAt)}`,
      facts: { triggeredAt: iso(triggeredAt) },
    },
  ];
  if (alerted.length > 1) {
    reasons.push({
      code: "not_acknowledged_in_time",
      rule,
      message: `No acknowledgement before ${last.at}: ${alerted.length - 1} escalation alert(s) fired, the last to ${last.role}`,
      facts: { escalationsFired: alerted.length - 1, lastAlerted: last.role, lastAlertAt: last.at },
    });
  }
  let outcome: EmergencyPaging["outcome"];
  if (acknowledgedAt !== undefined) {
    outcome = "acknowledged";
    reasons.push({
      code: "acknowledged",
      rule,
      message: `Acknowledged at ${iso(acknowledgedAt)}, ${(acknowledgedAt - triggeredAt) / MINUTE} minutes after the page; no further alerts`,
      facts: { acknowledgedAt: iso(acknowledgedAt), minutesToAcknowledge: (acknowledgedAt - triggeredAt) / MINUTE },
    });
  } else if (next === undefined) {
    outcome = "exhausted";
    reasons.push({
      code: "chain_exhausted",
      rule,
      message: `Every alert of the chain has fired without an acknowledgement; nothing more fires`,
      facts: { alerts: alerted.length },
    });
  } else {
    outcome = "paging";
    const at = iso(triggeredAt + next.minutes * MINUTE);
    reasons.push({
      code: "awaiting_acknowledgement",
      rule,
      message: `Not acknowledged yet: ${next.role} is alerted at ${at} unless acknowledged by then`,
      facts: { nextRole: next.role, nextAlertAt: at, minutesAfterTrigger: next.minutes },
    });
  }
  const result: EmergencyPaging = { edition: args.edition, outcome, alerted, currentlyPaged: last.role, reasons };
  // Stryker disable next-line LogicalOperator,ConditionalExpression: the outcome is paging exactly when a next alert exists; the second test is only for the type checker
  if (outcome === "paging" && next !== undefined) {
    const at = iso(triggeredAt + next.minutes * MINUTE);
    return { ...result, next: { action: "alert", role: next.role, at, message: `Alert ${next.role} at ${at} unless acknowledged` } };
  }
  return result;
}
