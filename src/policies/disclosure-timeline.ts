import { match } from "ts-pattern";
import type { Decision, NextStep, Reason } from "../shared/decision.js";
import type { Edition } from "../shared/edition.js";
import { fail, parseInput } from "../shared/errors.js";
import { addBusinessTime } from "../sla/add-business-time.js";
import { globalSupportHours } from "../sla/gitlab-calendars.js";
import { type DisclosureParameters, disclosureParameters, disclosureParametersSchema } from "./disclosure-parameters.js";
import { type DisclosureReport, type DisclosureReportInput, disclosureReportSchema } from "./disclosure-report.js";
import { daysToMs } from "./internal/days-to-ms.js";
import { editionSchema } from "./internal/edition-schema.js";
import { PUBLIC_ISSUE_REMOVAL_MESSAGE } from "./public-issue-removal-message.js";

/**
 * Where a report stands on public disclosure: a date is `scheduled` (checklist met), the date is
 * known but the `checklist_unmet`, it is `not_disclosable` (open, closed otherwise than resolved or
 * informative, or nothing asks for disclosure), or `cannot_decide` for lack of facts.
 *
 * @example
 * ```ts
 * const outcome: DisclosureOutcome = "scheduled";
 * ```
 */
export type DisclosureOutcome = "scheduled" | "checklist_unmet" | "not_disclosable" | "cannot_decide";

/**
 * The stable identifiers of the reasons in a disclosure timeline.
 *
 * @example
 * ```ts
 * const code: DisclosureCode = "first_response_due";
 * ```
 */
export type DisclosureCode =
  | "first_response_due"
  | "first_response_on_time"
  | "first_response_late"
  | "response_guidance"
  | "hackerone_workflow"
  | "pgp_to_security"
  | "public_issue_steps"
  | "report_open"
  | "closed_not_disclosable"
  | "no_disclosure_request"
  | "reporter_request"
  | "gitlab_request"
  | "fixed_vulnerability_embargo"
  | "after_closure"
  | "checklist_met"
  | "checklist_item_unmet"
  | "facts_missing";

/** An item of the pre-publication checklist. */
export type DisclosureChecklistItem = "no_sensitive_information" | "link_to_fix_merge_request";

/** A step for a report made in a public issue. */
export type PublicIssueStep = "remove_contents" | "post_removal_message" | "open_internal_issue";

/** A report's timeline: the first-response deadline, the public-disclosure date and what is still to do. */
export interface DisclosureTimeline extends Decision<DisclosureOutcome, DisclosureCode> {
  /** The rule set applied. */
  readonly edition: Edition;
  /** The first response is due by this instant (ISO 8601): 1 business day on Global Support Hours. */
  readonly firstResponseDueAt: string;
  /** Whether the first response met the deadline; absent while there is none. */
  readonly firstResponseOnTime?: boolean;
  /** The earliest instant the report may be made public (ISO 8601), or `null` when it may not (yet). */
  readonly publicDisclosureAt: string | null;
  /** Checklist items still to do before publication. */
  readonly unmetChecklist: readonly DisclosureChecklistItem[];
  /** For a report in a public issue: the steps still to do, in order. */
  readonly pendingPublicIssueSteps: readonly PublicIssueStep[];
}

type Rsn = Reason<DisclosureCode>;

const RULE = "§8 security disclosures";

function validate(report: DisclosureReport): void {
  const received = report.receivedAt.getTime();
  const before = (instant: Date | undefined, path: readonly PropertyKey[], what: string): void => {
    if (instant !== undefined && instant.getTime() < received) {
      fail("event_before_creation", ["report", ...path], `${what} (${instant.toISOString()}) is before the report was received (${report.receivedAt.toISOString()})`);
    }
  };
  before(report.firstResponseAt, ["firstResponseAt"], "The first response");
  before(report.closedAt, ["closedAt"], "The closure");
  before(report.disclosureRequest?.requestedAt, ["disclosureRequest", "requestedAt"], "The disclosure request");
  const request = report.disclosureRequest;
  if (request?.acceptedAt !== undefined && request.acceptedAt.getTime() < request.requestedAt.getTime()) {
    fail("inverted_date_range", ["report", "disclosureRequest", "acceptedAt"], `The request was accepted (${request.acceptedAt.toISOString()}) before it was made (${request.requestedAt.toISOString()})`);
  }
  if (report.closedAs === null && report.closedAt !== undefined) {
    fail("inconsistent_facts", ["report", "closedAt"], "closedAt is given but closedAs says the report is still open");
  }
}

interface Disclosure {
  readonly outcome: DisclosureOutcome;
  readonly at: Date | null;
  readonly reasons: readonly Rsn[];
  readonly missing: readonly string[];
  readonly unmet: readonly DisclosureChecklistItem[];
}

function disclosure(report: DisclosureReport, p: DisclosureParameters): Disclosure {
  const none = (code: DisclosureCode, rule: string, message: string, facts: Rsn["facts"]): Disclosure => ({
    outcome: "not_disclosable",
    at: null,
    reasons: [{ code, rule, message, facts }],
    missing: [],
    unmet: [],
  });
  const closeRule = `${RULE}: a report closed as resolved or informative may be publicly disclosed`;
  if (report.closedAs === undefined) {
    return { outcome: "cannot_decide", at: null, missing: ["closedAs"], unmet: [], reasons: [{ code: "facts_missing", rule: closeRule, message: "Not given: whether and how the report was closed", facts: { missing: "closedAs" } }] };
  }
  if (report.closedAs === null) return none("report_open", closeRule, "The report is still open; it is not disclosed", { closedAs: null });
  const closedAs = report.closedAs;
  const disclosable = match(closedAs)
    .with("resolved", "informative", () => true)
    .with("duplicate", "not_applicable", "spam", () => false)
    .exhaustive();
  if (!disclosable) return none("closed_not_disclosable", closeRule, `A report closed as ${closedAs} is not disclosed`, { closedAs });

  const missing: string[] = [];
  if (report.closedAt === undefined) missing.push("closedAt");
  if (closedAs === "resolved" && report.patchReleasedAt === undefined) missing.push("patchReleasedAt");
  if (missing.length > 0) {
    return { outcome: "cannot_decide", at: null, missing, unmet: [], reasons: [{ code: "facts_missing", rule: closeRule, message: `Not given: ${missing.join(", ")}`, facts: { missing } }] };
  }
  const closedAt = report.closedAt ?? report.receivedAt;
  const request = report.disclosureRequest;
  if (request === undefined && report.patchReleasedAt === undefined) {
    return none("no_disclosure_request", `${RULE}: disclosure happens on request by either party`, "Nobody asked for disclosure and no patch starts the fixed-vulnerability clock", { closedAs });
  }

  // Every rule that applies gives an earliest date; the report becomes public at the latest of them.
  const reasons: Rsn[] = [];
  const candidates: Date[] = [closedAt];
  reasons.push({ code: "after_closure", rule: closeRule, message: `Closed as ${closedAs}`, facts: { closedAs, closedAt: closedAt.toISOString() } });
  if (request !== undefined) {
    // A request made before the closure starts counting at the closure: the later, safe reading.
    const start = new Date(Math.max(request.requestedAt.getTime(), closedAt.getTime()));
    if (request.by === "reporter") {
      const deadline = new Date(start.getTime() + daysToMs(p.reporterRequestReleaseAfterDays));
      const accepted = request.acceptedAt === undefined ? undefined : new Date(Math.max(request.acceptedAt.getTime(), start.getTime()));
      const at = accepted !== undefined && accepted.getTime() < deadline.getTime() ? accepted : deadline;
      candidates.push(at);
      reasons.push({
        code: "reporter_request",
        rule: `${RULE}: a reporter's request is released when accepted or 30 days after it was submitted`,
        message: accepted !== undefined && accepted.getTime() < deadline.getTime() ? "The reporter's request was accepted" : `The reporter's request is released ${p.reporterRequestReleaseAfterDays} days after it was submitted`,
        facts: { requestedAt: request.requestedAt.toISOString(), acceptedAt: request.acceptedAt?.toISOString() ?? null, releaseAt: at.toISOString(), releaseAfterDays: p.reporterRequestReleaseAfterDays },
      });
    } else {
      candidates.push(start);
      reasons.push({ code: "gitlab_request", rule: `${RULE}: GitLab may request disclosure`, message: "GitLab asked for disclosure", facts: { requestedAt: request.requestedAt.toISOString(), releaseAt: start.toISOString() } });
    }
  }
  if (report.patchReleasedAt !== undefined) {
    const at = new Date(report.patchReleasedAt.getTime() + daysToMs(p.fixedPublicAfterDays));
    candidates.push(at);
    reasons.push({
      code: "fixed_vulnerability_embargo",
      rule: `${RULE}: fixed vulnerabilities become public 30 days after the patch (through 2025) or 90 days (2026)`,
      message: `Public no earlier than ${p.fixedPublicAfterDays} days after the patch`,
      facts: { patchReleasedAt: report.patchReleasedAt.toISOString(), fixedPublicAfterDays: p.fixedPublicAfterDays, earliest: at.toISOString() },
    });
  }
  const at = new Date(Math.max(...candidates.map((date) => date.getTime())));

  const checklistRule = `${RULE}: before publication, no sensitive information and a link to the fixing merge request`;
  const unmet: DisclosureChecklistItem[] = [];
  if (report.publication?.sensitiveInformationRemoved !== true) unmet.push("no_sensitive_information");
  // An informative report fixed nothing, so there is no merge request to link.
  if (closedAs === "resolved" && report.publication?.fixMergeRequestUrl === undefined) unmet.push("link_to_fix_merge_request");
  for (const item of unmet) {
    reasons.push({
      code: "checklist_item_unmet",
      rule: checklistRule,
      message: item === "no_sensitive_information" ? "Edit the report so it holds no sensitive information" : "Add a link to the merge request that fixed it",
      facts: { item },
    });
  }
  if (unmet.length === 0) reasons.push({ code: "checklist_met", rule: checklistRule, message: "The publication checklist is complete", facts: {} });
  return { outcome: unmet.length === 0 ? "scheduled" : "checklist_unmet", at, reasons, missing: [], unmet };
}

function publicIssueSteps(report: DisclosureReport): PublicIssueStep[] {
  if (report.channel !== "public_issue") return [];
  const done = report.publicIssue;
  const steps: PublicIssueStep[] = [];
  if (done?.contentsRemoved !== true) steps.push("remove_contents");
  if (done?.removalMessagePosted !== true) steps.push("post_removal_message");
  if (done?.internalIssueOpened !== true) steps.push("open_internal_issue");
  return steps;
}

/**
 * The timeline of a security report (docs/rules.md §8): the first response is due 1 business day
 * (24 hours on Global Support Hours, the 24x5 calendar) after the report arrived; the report may
 * become public at the latest of: its closure as resolved or informative; a reporter's request
 * being accepted or 30 days after it was submitted; the patch plus 30 days (2016 edition, GitLab's
 * rule through 2025) or 90 days (2026 edition). It lists the publication checklist items still
 * unmet (no sensitive information; a link to the fixing merge request) and, for a report made in
 * a public issue, the steps still to do (remove the contents, post {@link PUBLIC_ISSUE_REMOVAL_MESSAGE},
 * open an internal issue).
 *
 * @param report - the report and what happened to it (see {@link disclosureReportSchema}).
 * @param edition - the rule set.
 * @param parameters - overrides of the edition's numbers (see {@link disclosureParameters}).
 * @throws SupportPolicyError on bad input: wrong types, a response or closure before the report.
 *
 * @example
 * ```ts
 * const timeline = disclosureTimeline(
 *   { receivedAt: "2026-03-02T18:00:00Z", channel: "hackerone", closedAs: "resolved",
 *     closedAt: "2026-03-20T00:00:00Z", patchReleasedAt: "2026-03-18T00:00:00Z" },
 *   "gitlab2026",
 * );
 * timeline.firstResponseDueAt; // => "2026-03-03T18:00:00.000Z"
 * timeline.publicDisclosureAt; // => "2026-06-16T00:00:00.000Z"
 * timeline.unmetChecklist; // => ["no_sensitive_information", "link_to_fix_merge_request"]
 * ```
 */
export function disclosureTimeline(
  report: DisclosureReportInput,
  edition: Edition,
  parameters: Partial<DisclosureParameters> = {},
): DisclosureTimeline {
  const valid = parseInput(disclosureReportSchema, report, ["report"]);
  const rules = parseInput(editionSchema, edition, ["edition"]);
  const p = parseInput(disclosureParametersSchema, { ...disclosureParameters[rules], ...parameters }, ["parameters"]);
  validate(valid);

  const due = addBusinessTime(globalSupportHours, valid.receivedAt, { hours: p.firstResponseBusinessHours });
  const reasons: Rsn[] = [];
  const responseRule = `${RULE}: first response within 1 business day`;
  const onTime = valid.firstResponseAt === undefined ? undefined : valid.firstResponseAt.getTime() <= due.getTime();
  reasons.push(
    onTime === undefined
      ? { code: "first_response_due", rule: responseRule, message: `Respond by ${due.toISOString()}`, facts: { receivedAt: valid.receivedAt.toISOString(), dueAt: due.toISOString() } }
      : {
          code: onTime ? "first_response_on_time" : "first_response_late",
          rule: responseRule,
          message: onTime ? "The first response was on time" : "The first response was late",
          facts: { receivedAt: valid.receivedAt.toISOString(), dueAt: due.toISOString(), firstResponseAt: valid.firstResponseAt?.toISOString() ?? null },
        },
  );
  reasons.push({
    code: "response_guidance",
    rule: `${RULE}: never say "there is no problem"; ask until understood; offer acknowledgement; say they may ask for an update at any time`,
    message: "Never say there is no problem; keep asking until the problem is understood; offer a mention on the acknowledgements page even without a vulnerability; say they can ask for an update at any time",
    facts: {},
  });
  if (valid.channel === "hackerone") {
    reasons.push({ code: "hackerone_workflow", rule: `${RULE}: HackerOne reports are answered from HackerOne and closed manually in Zendesk`, message: "Respond from the HackerOne dashboard and close the Zendesk ticket manually", facts: { channel: "hackerone" } });
  }
  if (valid.pgpEncrypted === true) {
    reasons.push({ code: "pgp_to_security", rule: `${RULE}: PGP-encrypted reports go to the Security team`, message: "Pass the encrypted report to the Security team", facts: { pgpEncrypted: true } });
  }
  const steps = publicIssueSteps(valid);
  if (steps.length > 0) {
    reasons.push({
      code: "public_issue_steps",
      rule: `${RULE}: a vulnerability reported in a public issue: remove the contents, reply with the removal message, open an internal issue`,
      message: `Still to do: ${steps.join(", ")}`,
      facts: { pending: steps },
    });
  }
  const result = disclosure(valid, p);
  reasons.push(...result.reasons);

  const next: NextStep | undefined =
    steps.length > 0
      ? { action: steps[0] ?? "remove_contents", message: steps[0] === "post_removal_message" ? `Post: "${PUBLIC_ISSUE_REMOVAL_MESSAGE}"` : `Do now: ${steps.join(", ")}` }
      : valid.pgpEncrypted === true && valid.firstResponseAt === undefined
        ? { action: "forward_to_security", message: "Pass the encrypted report to the Security team" }
        : valid.firstResponseAt === undefined
          ? { action: "first_response", at: due.toISOString(), message: `Respond by ${due.toISOString()}` }
          : match(result.outcome)
              .returnType<NextStep | undefined>()
              .with("scheduled", () => (result.at === null ? undefined : { action: "publish", at: result.at.toISOString(), message: `Publish on or after ${result.at.toISOString()}` }))
              .with("checklist_unmet", () =>
                result.at === null ? undefined : { action: "complete_checklist", at: result.at.toISOString(), message: `Before publishing on ${result.at.toISOString()}: ${result.unmet.join(", ")}` },
              )
              .with("cannot_decide", () => ({ action: "collect_facts", message: `Find out: ${result.missing.join(", ")}` }))
              .with("not_disclosable", () => undefined)
              .exhaustive();

  const timeline: DisclosureTimeline = {
    outcome: result.outcome,
    edition: rules,
    reasons,
    firstResponseDueAt: due.toISOString(),
    publicDisclosureAt: result.at === null ? null : result.at.toISOString(),
    unmetChecklist: result.unmet,
    pendingPublicIssueSteps: steps,
    ...(onTime === undefined ? {} : { firstResponseOnTime: onTime }),
    ...(result.outcome === "cannot_decide" ? { missing: result.missing } : {}),
  };
  return next === undefined ? timeline : { ...timeline, next };
}
