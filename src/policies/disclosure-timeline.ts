import type { Overrides } from "../shared/overrides.js";
import { match } from "ts-pattern";
import type { Decision, NextStep, Reason } from "../shared/decision.js";
import type { Edition } from "../shared/edition.js";
import { fail, parseInput, parseOverrides } from "../shared/errors.js";
import type { EditionInput } from "../shared/edition-schema.js";
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
  /**
   * The earliest instant the report may be made public (ISO 8601), or `null` when it may not
   * (yet): the first of a disclosure request's release and the fixed-vulnerability date, never
   * before the closure.
   */
  readonly publicDisclosureAt: string | null;
  /**
   * The fixed-vulnerability public date, whenever the patch date is known, whatever else holds:
   * the patch plus 30 days (2016 edition, GitLab's rule through 2025) or 90 days (2026). `null`
   * without a patch date.
   */
  readonly fixedPublicAt: string | null;
  /** Checklist items the facts do not show done, for any report that may become public. */
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

const CHECKLIST_RULE = `${RULE}: before publication, no sensitive information and a link to the fixing merge request`;

/**
 * The publication checklist items the facts do not show done, for a report that may become
 * public. A fix link is asked for once something was fixed: the report is resolved or a patch
 * is known (an informative report fixed nothing).
 */
function checklist(report: DisclosureReport): { unmet: DisclosureChecklistItem[]; reasons: Rsn[] } {
  const unmet: DisclosureChecklistItem[] = [];
  if (report.publication?.sensitiveInformationRemoved !== true) unmet.push("no_sensitive_information");
  const fixed = report.closedAs === "resolved" || (report.closedAs !== "informative" && report.patchReleasedAt !== undefined);
  if (fixed && report.publication?.fixMergeRequestUrl === undefined) unmet.push("link_to_fix_merge_request");
  const reasons = unmet.map(
    (item): Rsn => ({
      code: "checklist_item_unmet",
      rule: CHECKLIST_RULE,
      message: item === "no_sensitive_information" ? "Edit the report so it holds no sensitive information" : "Add a link to the merge request that fixed it",
      facts: { item, ...(item === "no_sensitive_information" ? { sensitiveInformationRemoved: report.publication?.sensitiveInformationRemoved ?? null } : { fixMergeRequestUrl: null }) },
    }),
  );
  return { unmet, reasons };
}

function disclosure(report: DisclosureReport, p: DisclosureParameters, fixedAt: Date | null): Disclosure {
  const none = (code: DisclosureCode, rule: string, message: string, facts: Rsn["facts"], list = checklist(report)): Disclosure => ({
    outcome: "not_disclosable",
    at: null,
    reasons: [{ code, rule, message, facts }, ...list.reasons],
    missing: [],
    unmet: list.unmet,
  });
  const undecided = (missing: string[], rule: string, message: string): Disclosure => {
    const list = checklist(report);
    return { outcome: "cannot_decide", at: null, missing, unmet: list.unmet, reasons: [{ code: "facts_missing", rule, message, facts: { missing } }, ...list.reasons] };
  };
  const closeRule = `${RULE}: a report closed as resolved or informative may be publicly disclosed`;
  if (report.closedAs === undefined) return undecided(["closedAs"], closeRule, "Not given: whether and how the report was closed");
  if (report.closedAs === null) return none("report_open", closeRule, "The report is still open; it is not disclosed", { closedAs: null });
  const closedAs = report.closedAs;
  const disclosable = match(closedAs)
    .with("resolved", "informative", () => true)
    .with("duplicate", "not_applicable", "spam", () => false)
    .exhaustive();
  if (!disclosable) return none("closed_not_disclosable", closeRule, `A report closed as ${closedAs} is not disclosed`, { closedAs }, { unmet: [], reasons: [] });

  const request = report.disclosureRequest;
  const missing: string[] = [];
  if (report.closedAt === undefined) missing.push("closedAt");
  // Without a request, only the fixed-vulnerability clock can make a resolved report public, and it needs the patch.
  if (request === undefined && closedAs === "resolved" && report.patchReleasedAt === undefined) missing.push("patchReleasedAt");
  if (missing.length > 0) return undecided(missing, closeRule, `Not given: ${missing.join(", ")}`);
  const closedAt = report.closedAt ?? report.receivedAt;
  if (request === undefined && fixedAt === null) {
    return none("no_disclosure_request", `${RULE}: disclosure happens on request by either party`, "Nobody asked for disclosure and no patch starts the fixed-vulnerability clock", { closedAs });
  }

  // Two independent routes to publication, each never before the closure: a disclosure request
  // (a reporter's is released when accepted or 30 days after it was submitted) and the
  // fixed-vulnerability clock (the patch plus 30 or 90 days). The report is public by the first.
  const reasons: Rsn[] = [{ code: "after_closure", rule: closeRule, message: `Closed as ${closedAs}`, facts: { closedAs, closedAt: closedAt.toISOString() } }];
  const routes: number[] = [];
  if (request !== undefined) {
    // A request made before the closure starts counting at the closure: the later, safe reading.
    const start = new Date(Math.max(request.requestedAt.getTime(), closedAt.getTime()));
    if (request.by === "reporter") {
      const deadline = new Date(start.getTime() + daysToMs(p.reporterRequestReleaseAfterDays));
      const accepted = request.acceptedAt === undefined ? undefined : new Date(Math.max(request.acceptedAt.getTime(), start.getTime()));
      const at = accepted !== undefined && accepted.getTime() < deadline.getTime() ? accepted : deadline;
      routes.push(at.getTime());
      reasons.push({
        code: "reporter_request",
        rule: `${RULE}: a reporter's request is released when accepted or 30 days after it was submitted`,
        message: accepted !== undefined && accepted.getTime() < deadline.getTime() ? "The reporter's request was accepted" : `The reporter's request is released ${p.reporterRequestReleaseAfterDays} days after it was submitted`,
        facts: { requestedAt: request.requestedAt.toISOString(), acceptedAt: request.acceptedAt?.toISOString() ?? null, releaseAt: at.toISOString(), releaseAfterDays: p.reporterRequestReleaseAfterDays },
      });
    } else {
      routes.push(start.getTime());
      reasons.push({ code: "gitlab_request", rule: `${RULE}: GitLab may request disclosure`, message: "GitLab asked for disclosure", facts: { requestedAt: request.requestedAt.toISOString(), releaseAt: start.toISOString() } });
    }
  }
  if (fixedAt !== null && report.patchReleasedAt !== undefined) {
    routes.push(Math.max(fixedAt.getTime(), closedAt.getTime()));
    reasons.push({
      code: "fixed_vulnerability_embargo",
      rule: `${RULE}: fixed vulnerabilities become public 30 days after the patch (through 2025) or 90 days (2026)`,
      message: `Public as a fixed vulnerability ${p.fixedPublicAfterDays} days after the patch`,
      facts: { patchReleasedAt: report.patchReleasedAt.toISOString(), fixedPublicAfterDays: p.fixedPublicAfterDays, earliest: fixedAt.toISOString() },
    });
  }
  const at = new Date(Math.min(...routes));

  const list = checklist(report);
  reasons.push(...list.reasons);
  if (list.unmet.length === 0) reasons.push({ code: "checklist_met", rule: CHECKLIST_RULE, message: "The publication checklist is complete", facts: {} });
  return { outcome: list.unmet.length === 0 ? "scheduled" : "checklist_unmet", at, reasons, missing: [], unmet: list.unmet };
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
 * (24 hours on Global Support Hours, the 24x5 calendar) after the report arrived. Once closed as
 * resolved or informative, the report may become public by either of two independent routes,
 * whichever comes first: a disclosure request (a reporter's is released when accepted or 30 days
 * after it was submitted; GitLab's at once), or the fixed-vulnerability date, the patch plus 30
 * days (2016 edition, GitLab's rule through 2025) or 90 days (2026 edition), which is also given
 * on its own as `fixedPublicAt` whenever the patch date is known. It lists the publication
 * checklist items the facts do not show done (no sensitive information; a link to the fixing
 * merge request once something was fixed) and, for a report made in
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
 * timeline.fixedPublicAt; // => "2026-06-16T00:00:00.000Z"
 * timeline.unmetChecklist; // => ["no_sensitive_information", "link_to_fix_merge_request"]
 * ```
 */
export function disclosureTimeline(
  report: DisclosureReportInput,
  edition: EditionInput,
  parameters: Overrides<DisclosureParameters> = {},
): DisclosureTimeline {
  const valid = parseInput(disclosureReportSchema, report, ["report"]);
  const rules = parseInput(editionSchema, edition, ["edition"]);
  const p = parseOverrides(disclosureParametersSchema, disclosureParameters[rules], parameters, ["parameters"]);
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
  const fixedAt = valid.patchReleasedAt === undefined ? null : new Date(valid.patchReleasedAt.getTime() + daysToMs(p.fixedPublicAfterDays));
  const result = disclosure(valid, p, fixedAt);
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
    fixedPublicAt: fixedAt === null ? null : fixedAt.toISOString(),
    unmetChecklist: result.unmet,
    pendingPublicIssueSteps: steps,
    ...(onTime === undefined ? {} : { firstResponseOnTime: onTime }),
    ...(result.outcome === "cannot_decide" ? { missing: result.missing } : {}),
  };
  return next === undefined ? timeline : { ...timeline, next };
}
