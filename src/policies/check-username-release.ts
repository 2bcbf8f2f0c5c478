import type { Overrides } from "../shared/overrides.js";
import type { InstantInput } from "../shared/instant-input.js";
import { match } from "ts-pattern";
import type { Decision, NextStep, Reason } from "../shared/decision.js";
import type { Edition } from "../shared/edition.js";
import { fail, parseInput, parseOverrides } from "../shared/errors.js";
import type { EditionInput } from "../shared/edition-schema.js";
import { idleUsername } from "./idle-username.js";
import { addCalendarMonths } from "./internal/add-calendar-months.js";
import type { CheckResult } from "./internal/check-result.js";
import { combineChecks } from "./internal/combine-checks.js";
import { daysToMs } from "./internal/days-to-ms.js";
import { editionSchema } from "./internal/edition-schema.js";
import { instantSchema } from "./internal/instant-schema.js";
import { localDateOf } from "./internal/local-date-of.js";
import { type UsernameReleaseFacts, type UsernameReleaseFactsInput, usernameReleaseFactsSchema } from "./username-release-facts.js";
import {
  type UsernameReleaseParameters,
  usernameReleaseParameters,
  usernameReleaseParametersSchema,
} from "./username-release-parameters.js";

/**
 * What to do with a dormant-username request: `release` it now, keep `waiting` (for a contact
 * window, a notice or the release date), `not_eligible`, or `cannot_decide` for lack of facts.
 *
 * @example
 * ```ts
 * const outcome: UsernameReleaseOutcome = "waiting";
 * ```
 */
export type UsernameReleaseOutcome = "release" | "waiting" | "not_eligible" | "cannot_decide";

/**
 * The stable identifiers of the reasons behind a dormant-username decision.
 *
 * @example
 * ```ts
 * const code: UsernameReleaseCode = "login_not_a_reply";
 * ```
 */
export type UsernameReleaseCode =
  | "requester_paid"
  | "requester_not_paid"
  | "no_data"
  | "has_data"
  | "inactive_counts_as_no_data"
  | "inactive_long_enough"
  | "recent_activity"
  | "owns_active_project"
  | "no_active_project"
  | "contact_window_met"
  | "contact_attempts_pending"
  | "owner_replied"
  | "owners_not_contacted"
  | "second_notice_pending"
  | "release_date_pending"
  | "no_reply_after_wait"
  | "owners_consented"
  | "owner_keeps"
  | "owner_reply_unclear"
  | "login_not_a_reply"
  | "trademark_not_grounds"
  | "trademark_court_order"
  | "facts_missing";

/**
 * A dormant-username decision. It carries the owners' opaque ids and dates at most, never
 * their contact details, so it can be shown to the requester and logged.
 *
 * @example
 * ```ts
 * checkUsernameRelease({ username: "alice", requesterIsPaidCustomer: true, hasData: false }, new Date("2026-12-01T00:00:00Z"), "gitlab2026").newName;
 * // => "alice_idle"
 * ```
 */
export interface UsernameReleaseDecision extends Decision<UsernameReleaseOutcome, UsernameReleaseCode> {
  /** The rule set applied. */
  readonly edition: Edition;
  /** The username asked for. */
  readonly username: string;
  /** On `release`: the name the dormant account is renamed to. */
  readonly newName?: string;
}

type Check = CheckResult<UsernameReleaseCode>;
type Rsn = Reason<UsernameReleaseCode>;

const RULE_2016 = "§6 dormant usernames (2016)";
const RULE_2026 = "§6 dormant usernames (2026)";

function day(instant: Date, timeZone: string): string {
  return localDateOf(instant, timeZone);
}

function missing(path: string, rule: string, what: string): Check {
  return {
    status: "missing",
    missing: [path],
    reasons: [{ code: "facts_missing", rule, message: `Not given: ${what}`, facts: { missing: path } }],
  };
}

function checkNoData2016(facts: UsernameReleaseFacts): Check {
  const rule = `${RULE_2016}: the account has no data`;
  if (facts.hasData === undefined) return missing("hasData", rule, "whether the account holds data");
  return facts.hasData
    ? { status: "fail", reasons: [{ code: "has_data", rule, message: "The account holds data", facts: { hasData: true } }] }
    : { status: "pass", reasons: [{ code: "no_data", rule, message: "The account holds no data", facts: { hasData: false } }] };
}

function checkInactivity2016(facts: UsernameReleaseFacts, now: Date, p: UsernameReleaseParameters, tz: string): Check {
  const rule = `${RULE_2016}: no activity for six months on owned and participated projects`;
  const last = facts.lastActivityAt;
  if (last === undefined) return missing("lastActivityAt", rule, "the last activity on owned or participated projects");
  if (last === null) {
    return {
      status: "pass",
      reasons: [{ code: "inactive_long_enough", rule, message: "The account never had any activity", facts: { lastActivityAt: null } }],
    };
  }
  const inactiveFrom = addCalendarMonths(last, p.inactiveMonths);
  const facts_ = { lastActivityAt: last.toISOString(), inactiveMonthsRequired: p.inactiveMonths, inactiveFrom: inactiveFrom.toISOString() };
  return now.getTime() >= inactiveFrom.getTime()
    ? {
        status: "pass",
        reasons: [{ code: "inactive_long_enough", rule, message: `No activity since ${day(last, tz)}, ${p.inactiveMonths} months or more ago`, facts: facts_ }],
      }
    : {
        status: "fail",
        reasons: [
          {
            code: "recent_activity",
            rule,
            message: `The account was active on ${day(last, tz)}, less than ${p.inactiveMonths} months ago; Support does not contact the owner of an apparently active username on another's behalf`,
            facts: facts_,
          },
        ],
      };
}

function checkActiveProject2016(facts: UsernameReleaseFacts): Check {
  const rule = `${RULE_2016}: the user owns no active project`;
  if (facts.ownsActiveProject === undefined) return missing("ownsActiveProject", rule, "whether the user owns an active project");
  return facts.ownsActiveProject
    ? { status: "fail", reasons: [{ code: "owns_active_project", rule, message: "The user owns an active project", facts: { ownsActiveProject: true } }] }
    : { status: "pass", reasons: [{ code: "no_active_project", rule, message: "The user owns no active project", facts: { ownsActiveProject: false } }] };
}

function checkContact2016(facts: UsernameReleaseFacts, p: UsernameReleaseParameters, tz: string): Check {
  const rule = `${RULE_2016}: two failed attempts to contact the user within a two-week period`;
  const attempts = facts.contactAttempts;
  if (attempts === undefined) return missing("contactAttempts", rule, "the attempts made to contact the user");
  const replies = facts.replies ?? [];
  if (replies.length > 0) {
    // Any reply means contact succeeded, so the attempts did not fail; the 2016 rules have no
    // path from a reply to a release, so the safe reading is "not eligible".
    return {
      status: "fail",
      reasons: [
        {
          code: "owner_replied",
          rule,
          message: "The user replied, so the contact attempts did not fail; the 2016 rules release only unreachable users' names",
          facts: { replies: replies.length },
        },
      ],
    };
  }
  const times = attempts.map((attempt) => attempt.at.getTime()).sort((a, b) => a - b);
  const latest = times.at(-1);
  const windowMs = daysToMs(p.contactWindowDays);
  const inWindow = latest === undefined ? 0 : times.filter((time) => time >= latest - windowMs).length;
  const facts_ = {
    attempts: times.length,
    attemptsInWindow: inWindow,
    attemptsRequired: p.contactAttemptsRequired,
    windowDays: p.contactWindowDays,
  };
  if (inWindow >= p.contactAttemptsRequired) {
    return {
      status: "pass",
      reasons: [{ code: "contact_window_met", rule, message: `${inWindow} failed contact attempts lie within ${p.contactWindowDays} days`, facts: facts_ }],
    };
  }
  const next: NextStep =
    latest === undefined
      ? { action: "contact_user", message: "Make a first attempt to contact the user" }
      : {
          action: "contact_user",
          message: `Make another attempt to contact the user; it counts together with the attempt of ${day(new Date(latest), tz)} only if made within ${p.contactWindowDays} days of it, by ${day(new Date(latest + windowMs), tz)}`,
        };
  return {
    status: "wait",
    next,
    reasons: [
      {
        code: "contact_attempts_pending",
        rule,
        message: `${inWindow} of ${p.contactAttemptsRequired} failed contact attempts lie within ${p.contactWindowDays} days`,
        facts: facts_,
      },
    ],
  };
}

function checkPaid2026(facts: UsernameReleaseFacts): Check {
  const rule = `${RULE_2026}: only paid customers may request`;
  if (facts.requesterIsPaidCustomer === undefined) return missing("requesterIsPaidCustomer", rule, "whether the requester is a paid customer");
  return facts.requesterIsPaidCustomer
    ? { status: "pass", reasons: [{ code: "requester_paid", rule, message: "The requester is a paid customer", facts: { requesterIsPaidCustomer: true } }] }
    : {
        status: "fail",
        reasons: [{ code: "requester_not_paid", rule, message: "Only paid customers may ask for a username to be released", facts: { requesterIsPaidCustomer: false } }],
      };
}

function checkContact2026(facts: UsernameReleaseFacts, now: Date, p: UsernameReleaseParameters, tz: string): Check {
  const attempts = facts.contactAttempts;
  if (attempts === undefined) {
    return missing("contactAttempts", `${RULE_2026}: a namespace with data needs its owners contacted first`, "the notices sent to the owners");
  }
  if (attempts.length === 0) {
    const owners = facts.owners?.length;
    const rule = `${RULE_2026}: contact up to 3 owners first`;
    return {
      status: "wait",
      next: {
        action: "send_first_notice",
        message: `Send the first notice to ${owners === undefined ? `up to ${p.maxOwnersContacted}` : Math.min(owners, p.maxOwnersContacted)} owner(s) of the namespace`,
      },
      reasons: [
        {
          code: "owners_not_contacted",
          rule,
          message: "The namespace holds data, so its owners must be contacted before it is released",
          facts: { maxOwnersContacted: p.maxOwnersContacted, ...(owners === undefined ? {} : { owners }) },
        },
      ],
    };
  }
  const times = attempts.map((attempt) => attempt.at.getTime()).sort((a, b) => a - b);
  const first = times[0] ?? 0;
  const secondNoticeAt = first + daysToMs(p.secondNoticeAfterDays);
  const releaseAt = first + daysToMs(p.releaseAfterDays);
  const secondNoticeSent = times.some((time) => time >= secondNoticeAt);
  const replies = facts.replies ?? [];
  const contacted = [...new Set(attempts.map((attempt) => attempt.ownerId))];
  const base = {
    firstContactAt: new Date(first).toISOString(),
    ownersContacted: contacted.length,
    secondNoticeDueAt: new Date(secondNoticeAt).toISOString(),
    secondNoticeSent,
    releaseFrom: new Date(releaseAt).toISOString(),
  };
  const keeps = replies.filter((reply) => reply.kind === "keep");
  if (keeps.length > 0) {
    return {
      status: "fail",
      reasons: [
        {
          code: "owner_keeps",
          rule: `${RULE_2026}: an explicit "keep" ends the request`,
          message: "An owner replied that they keep the name; the request ends",
          facts: { ...base, keepReplies: keeps.length },
        },
      ],
    };
  }
  const unclear = replies.filter((reply) => reply.kind === "other");
  if (unclear.length > 0) {
    // The name is released only "without an explicit reply"; a reply that neither keeps nor
    // gives up the name is still explicit, so the safe reading is that it stops the release.
    return {
      status: "fail",
      next: { action: "clarify_with_owner", message: "Ask the owner whether they keep the name; it is not released while their reply is unclear" },
      reasons: [
        {
          code: "owner_reply_unclear",
          rule: `${RULE_2026}: release 2 weeks after the first contact without an explicit reply`,
          message: "An owner replied explicitly without saying whether they keep the name; read safely, an explicit reply stops the release",
          facts: { ...base, unclearReplies: unclear.length },
        },
      ],
    };
  }
  const consenting = new Set(replies.filter((reply) => reply.kind === "release").map((reply) => reply.ownerId));
  if (contacted.every((owner) => consenting.has(owner))) {
    return {
      status: "pass",
      reasons: [
        {
          code: "owners_consented",
          rule: `${RULE_2026}: release 2 weeks after the first contact without an explicit reply`,
          message: "Every contacted owner replied that they give up the name",
          facts: { ...base, consentingOwners: consenting.size },
        },
      ],
    };
  }
  const nowMs = now.getTime();
  if (!secondNoticeSent) {
    const due = nowMs >= secondNoticeAt;
    const next: NextStep = due
      ? { action: "send_second_notice", message: `Send the second notice now (due on ${day(new Date(secondNoticeAt), tz)})` }
      : { action: "send_second_notice", at: new Date(secondNoticeAt).toISOString(), message: `Send the second notice on ${day(new Date(secondNoticeAt), tz)}` };
    return {
      status: "wait",
      next,
      reasons: [
        {
          code: "second_notice_pending",
          rule: `${RULE_2026}: second notice after 1 week`,
          message: `The second notice is due ${p.secondNoticeAfterDays} days after the first contact of ${day(new Date(first), tz)}`,
          facts: base,
        },
      ],
    };
  }
  if (nowMs < releaseAt) {
    return {
      status: "wait",
      next: { action: "release_username", at: new Date(releaseAt).toISOString(), message: `Release the name on ${day(new Date(releaseAt), tz)} if no owner has replied by then` },
      reasons: [
        {
          code: "release_date_pending",
          rule: `${RULE_2026}: release 2 weeks after the first contact without an explicit reply`,
          message: `The name can be released ${p.releaseAfterDays} days after the first contact of ${day(new Date(first), tz)}`,
          facts: base,
        },
      ],
    };
  }
  return {
    status: "pass",
    reasons: [
      {
        code: "no_reply_after_wait",
        rule: `${RULE_2026}: release 2 weeks after the first contact without an explicit reply`,
        message: `No explicit reply ${p.releaseAfterDays} days after the first contact of ${day(new Date(first), tz)}, and the second notice was sent`,
        facts: base,
      },
    ],
  };
}

function checkData2026(facts: UsernameReleaseFacts, now: Date, p: UsernameReleaseParameters, tz: string): Check {
  const rule = `${RULE_2026}: a namespace without data is eligible for immediate release`;
  if (facts.hasData === undefined) return missing("hasData", rule, "whether the namespace holds a non-empty group or project");
  if (!facts.hasData) {
    return { status: "pass", reasons: [{ code: "no_data", rule, message: "The namespace holds no group or project with content", facts: { hasData: false } }] };
  }
  const inactiveRule = `${RULE_2026}: no activity for 2 or more years counts as no data`;
  const last = facts.lastActivityAt;
  if (last === undefined) return missing("lastActivityAt", inactiveRule, "the namespace's last activity");
  const noDataFrom = last === null ? null : addCalendarMonths(last, 12 * p.inactiveYearsCountsAsNoData);
  if (last === null || noDataFrom === null || now.getTime() >= noDataFrom.getTime()) {
    return {
      status: "pass",
      reasons: [
        {
          code: "inactive_counts_as_no_data",
          rule: inactiveRule,
          message: last === null ? "The namespace holds data but never had any activity" : `No activity since ${day(last, tz)}, ${p.inactiveYearsCountsAsNoData} years or more ago: counts as no data`,
          facts: { hasData: true, lastActivityAt: last === null ? null : last.toISOString(), inactiveYearsCountsAsNoData: p.inactiveYearsCountsAsNoData },
        },
      ],
    };
  }
  const contact = checkContact2026(facts, now, p, tz);
  const hasData: Rsn = {
    code: "has_data",
    rule: inactiveRule,
    message: `The namespace holds data and was active on ${day(last, tz)}, less than ${p.inactiveYearsCountsAsNoData} years ago: its owners must be contacted`,
    facts: { hasData: true, lastActivityAt: last.toISOString(), inactiveYearsCountsAsNoData: p.inactiveYearsCountsAsNoData },
  };
  return { ...contact, reasons: [hasData, ...contact.reasons] };
}

function keepReplyCheck(facts: UsernameReleaseFacts): Check {
  // An explicit "keep" ends the request in every case, even for a namespace that could be
  // released without contact: releasing a name its owner said they keep is the worst "yes".
  const keeps = (facts.replies ?? []).filter((reply) => reply.kind === "keep");
  return keeps.length === 0
    ? { status: "pass", reasons: [] }
    : {
        status: "fail",
        reasons: [
          {
            code: "owner_keeps",
            rule: `${RULE_2026}: an explicit "keep" ends the request`,
            message: "An owner replied that they keep the name; the request ends",
            facts: { keepReplies: keeps.length },
          },
        ],
      };
}

function notes2026(facts: UsernameReleaseFacts, tz: string): Rsn[] {
  const notes: Rsn[] = [];
  const first = facts.contactAttempts?.map((attempt) => attempt.at.getTime()).sort((a, b) => a - b)[0];
  const logins = (facts.logins ?? []).filter((login) => first !== undefined && login.getTime() >= first);
  if (logins.length > 0) {
    notes.push({
      code: "login_not_a_reply",
      rule: `${RULE_2026}: a login alone is not a reply`,
      message: `An owner logged in ${logins.length} time(s) since the first contact${first === undefined ? "" : ` of ${day(new Date(first), tz)}`}; a login is not a reply`,
      facts: { loginsSinceFirstContact: logins.length },
    });
  }
  if (facts.trademarkClaim !== undefined) {
    notes.push(
      facts.trademarkClaim.courtOrder
        ? {
            code: "trademark_court_order",
            rule: `${RULE_2026}: a trademark is not grounds without a court order`,
            message: "A court order backs the trademark claim: pass it to Legal; this decision applies the dormancy rules only",
            facts: { courtOrder: true },
          }
        : {
            code: "trademark_not_grounds",
            rule: `${RULE_2026}: a trademark is not grounds without a court order`,
            message: "A trademark without a court order is not grounds for release; only the dormancy rules apply",
            facts: { courtOrder: false },
          },
    );
  }
  return notes;
}

function validateOrder(facts: UsernameReleaseFacts, now: Date): void {
  const nowMs = now.getTime();
  const after = (instant: Date, path: readonly PropertyKey[]): void => {
    if (instant.getTime() > nowMs) fail("event_after_now", ["facts", ...path], `${path.map(String).join(".")} (${instant.toISOString()}) is after now (${now.toISOString()})`);
  };
  if (facts.lastActivityAt) after(facts.lastActivityAt, ["lastActivityAt"]);
  facts.contactAttempts?.forEach((attempt, index) => { after(attempt.at, ["contactAttempts", index, "at"]); });
  facts.logins?.forEach((login, index) => { after(login, ["logins", index]); });
  const ownerIds = facts.owners === undefined ? undefined : new Set(facts.owners.map((owner) => owner.id));
  facts.owners?.forEach((owner, index) => {
    if (facts.owners?.findIndex((other) => other.id === owner.id) !== index) {
      fail("duplicate_id", ["facts", "owners", index, "id"], `Owner id "${owner.id}" is listed twice`);
    }
  });
  facts.contactAttempts?.forEach((attempt, index) => {
    if (ownerIds !== undefined && !ownerIds.has(attempt.ownerId)) {
      fail("inconsistent_facts", ["facts", "contactAttempts", index, "ownerId"], `Contact attempt ${index} names owner "${attempt.ownerId}", who is not among the owners`);
    }
  });
  facts.replies?.forEach((reply, index) => {
    after(reply.at, ["replies", index, "at"]);
    const contactedBefore = facts.contactAttempts?.some((attempt) => attempt.ownerId === reply.ownerId && attempt.at.getTime() <= reply.at.getTime());
    if (contactedBefore !== true) {
      fail("inconsistent_facts", ["facts", "replies", index], `Reply ${index} from owner "${reply.ownerId}" comes before any contact attempt to that owner`);
    }
  });
}

/**
 * Decides whether a dormant username (or group path) can be released to someone else, and what
 * happens next, following the edition's rules (docs/rules.md §6).
 *
 * - `handbook2016`: all four criteria: the account has no data; no activity for six months on
 *   projects it owns or takes part in; two failed contact attempts within a two-week period
 *   (until then: `waiting`, an attempt more than 14 days before the latest no longer counts);
 *   the user owns no active project.
 * - `gitlab2026`: only paid customers may ask; a namespace without data (or inactive for 2+
 *   years) is released at once; otherwise up to 3 owners are contacted, a second notice goes out
 *   1 week after the first contact, and the name is released 2 weeks after the first contact
 *   without an explicit reply. A login is not a reply; an explicit "keep" ends the request; a
 *   trademark is not grounds without a court order.
 *
 * On `release`, `newName` is the `name_idle` name (see {@link idleUsername}). The decision never
 * contains an owner's contact details. Waits ("1 week", "2 weeks") are elapsed days of 24 hours;
 * "six months" and "2 years" are calendar months on the UTC calendar.
 *
 * @param facts - what is known about the namespace and the contact made (see {@link usernameReleaseFactsSchema}).
 * @param now - the instant of the decision.
 * @param edition - the rule set.
 * @param parameters - overrides of the edition's numbers (see {@link usernameReleaseParameters}).
 * @throws SupportPolicyError on bad input: wrong types, events after `now`, a reply before any contact.
 *
 * @example
 * ```ts
 * const decision = checkUsernameRelease(
 *   { username: "alice", requesterIsPaidCustomer: true, hasData: false },
 *   new Date("2026-12-01T00:00:00Z"),
 *   "gitlab2026",
 * );
 * decision.outcome; // => "release"
 * decision.newName; // => "alice_idle"
 * ```
 */
export function checkUsernameRelease(
  facts: UsernameReleaseFactsInput,
  now: InstantInput,
  edition: EditionInput,
  parameters: Overrides<UsernameReleaseParameters> = {},
): UsernameReleaseDecision {
  const valid = parseInput(usernameReleaseFactsSchema, facts, ["facts"]);
  const at = parseInput(instantSchema, now, ["now"]);
  const rules = parseInput(editionSchema, edition, ["edition"]);
  const p = parseOverrides(usernameReleaseParametersSchema, usernameReleaseParameters[rules], parameters, ["parameters"]);
  validateOrder(valid, at);
  const tz = valid.timeZone ?? "UTC";

  const { checks, notes } = match(rules)
    .with("handbook2016", () => ({
      checks: [checkNoData2016(valid), checkInactivity2016(valid, at, p, tz), checkActiveProject2016(valid), checkContact2016(valid, p, tz)],
      notes: [] as Rsn[],
    }))
    .with("gitlab2026", () => ({
      checks: [checkPaid2026(valid), keepReplyCheck(valid), checkData2026(valid, at, p, tz)],
      notes: notes2026(valid, tz),
    }))
    .exhaustive();

  const combined = combineChecks(checks);
  // A keep reply may be reported twice (globally and in the contact flow); keep it once.
  const reasons = dedupe([...combined.reasons, ...notes]);
  const base = { edition: rules, username: valid.username, reasons };
  return match(combined.status)
    .returnType<UsernameReleaseDecision>()
    .with("pass", () => {
      const newName = idleUsername(valid.username, valid.takenNames ?? []);
      return {
        ...base,
        outcome: "release",
        newName,
        next: { action: "rename_account", message: `Rename the dormant account "${valid.username}" to "${newName}" and give "${valid.username}" to the requester` },
      };
    })
    .with("fail", () => ({
      ...base,
      outcome: "not_eligible",
      next: combined.next ?? {
        action: "decline_request",
        message: "Tell the requester the name cannot be released; never share the owner's contact details or contact them on the requester's behalf",
      },
    }))
    .with("missing", () => ({
      ...base,
      outcome: "cannot_decide",
      missing: combined.missing,
      next: { action: "collect_facts", message: `Find out: ${combined.missing.join(", ")}` },
    }))
    .with("wait", () => (combined.next === undefined ? { ...base, outcome: "waiting" } : { ...base, outcome: "waiting", next: combined.next }))
    .exhaustive();
}

function dedupe(reasons: readonly Rsn[]): Rsn[] {
  const seen = new Set<string>();
  return reasons.filter((reason) => {
    const key = `${reason.code}|${reason.rule}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
