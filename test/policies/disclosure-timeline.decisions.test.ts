// Full timelines over a fixed, named table of security reports, one or more per branch of the
// rules: the snapshot shows every reason's code, rule, message and facts, the deadlines, the
// disclosure date, the checklist and the public-issue steps, and the next step.
import { describe, expect, it } from "vitest";
import { PUBLIC_ISSUE_REMOVAL_MESSAGE, disclosureTimeline, type DisclosureReportInput } from "../../src/policies/index.js";
import type { Edition } from "../../src/shared/edition.js";
import { describeError, thrown } from "./helpers.js";

// Monday 2026-03-02 10:00 in Los Angeles (PST); the first response is due 24 business hours later.
const RECEIVED = "2026-03-02T18:00:00Z";
const DUE = "2026-03-03T18:00:00.000Z";
const MR = "https://gitlab.com/gitlab-org/gitlab/-/merge_requests/1";

const answered: DisclosureReportInput = { receivedAt: RECEIVED, channel: "email", firstResponseAt: "2026-03-02T20:00:00Z" };
const resolved: DisclosureReportInput = {
  ...answered,
  closedAs: "resolved",
  closedAt: "2026-03-20T00:00:00Z",
  patchReleasedAt: "2026-03-18T00:00:00Z",
  publication: { sensitiveInformationRemoved: true, fixMergeRequestUrl: MR },
};
const informative: DisclosureReportInput = {
  ...answered,
  closedAs: "informative",
  closedAt: "2026-03-20T00:00:00Z",
  publication: { sensitiveInformationRemoved: true },
};

const CASES: Record<string, [DisclosureReportInput, Edition]> = {
  "just received by email": [{ receivedAt: RECEIVED, channel: "email" }, "gitlab2026"],
  "answered exactly at the deadline, still open": [{ ...answered, firstResponseAt: DUE, closedAs: null }, "gitlab2026"],
  "answered a second late, closure unknown": [{ ...answered, firstResponseAt: "2026-03-03T18:00:01Z" }, "gitlab2026"],
  "closed as duplicate": [{ ...answered, closedAs: "duplicate", closedAt: "2026-03-05T00:00:00Z" }, "gitlab2026"],
  "closed as not applicable": [{ ...answered, closedAs: "not_applicable" }, "gitlab2026"],
  "closed as spam": [{ ...answered, closedAs: "spam" }, "gitlab2026"],
  "resolved, closure date and patch unknown": [{ ...answered, closedAs: "resolved" }, "gitlab2026"],
  "informative, closure date unknown": [{ ...answered, closedAs: "informative" }, "gitlab2026"],
  "informative, nobody asked": [{ ...informative }, "gitlab2026"],
  "resolved and patched, 2026": [resolved, "gitlab2026"],
  "resolved and patched, 2016": [resolved, "handbook2016"],
  "resolved and patched, checklist not started": [{ ...resolved, publication: undefined }, "gitlab2026"],
  "resolved and patched, sensitive information still in": [{ ...resolved, publication: { sensitiveInformationRemoved: false, fixMergeRequestUrl: MR } }, "gitlab2026"],
  "informative, reporter's request accepted": [
    { ...informative, disclosureRequest: { by: "reporter", requestedAt: "2026-03-21T00:00:00Z", acceptedAt: "2026-03-25T00:00:00Z" } },
    "gitlab2026",
  ],
  "informative, reporter's request accepted after 30 days": [
    { ...informative, disclosureRequest: { by: "reporter", requestedAt: "2026-03-21T00:00:00Z", acceptedAt: "2026-04-25T00:00:00Z" } },
    "gitlab2026",
  ],
  "informative, reporter's request accepted exactly at 30 days": [
    { ...informative, disclosureRequest: { by: "reporter", requestedAt: "2026-03-21T00:00:00Z", acceptedAt: "2026-04-20T00:00:00Z" } },
    "gitlab2026",
  ],
  "informative, reporter's request not accepted": [{ ...informative, disclosureRequest: { by: "reporter", requestedAt: "2026-03-21T00:00:00Z" } }, "gitlab2026"],
  "informative, reporter asked and was accepted before the closure": [
    { ...informative, disclosureRequest: { by: "reporter", requestedAt: "2026-03-05T00:00:00Z", acceptedAt: "2026-03-06T00:00:00Z" } },
    "gitlab2026",
  ],
  "informative, GitLab asked": [{ ...informative, disclosureRequest: { by: "gitlab", requestedAt: "2026-03-22T00:00:00Z" } }, "gitlab2026"],
  "informative, GitLab asked before the closure": [{ ...informative, disclosureRequest: { by: "gitlab", requestedAt: "2026-03-03T00:00:00Z" } }, "gitlab2026"],
  "resolved, reporter's request released before the embargo ends": [
    { ...resolved, disclosureRequest: { by: "reporter", requestedAt: "2026-03-21T00:00:00Z", acceptedAt: "2026-03-22T00:00:00Z" } },
    "gitlab2026",
  ],
  "resolved, embargo of 30 days ends before the reporter's request": [
    { ...resolved, disclosureRequest: { by: "reporter", requestedAt: "2026-03-21T00:00:00Z" } },
    "handbook2016",
  ],
  "informative, patched without a request": [{ ...informative, patchReleasedAt: "2026-03-19T00:00:00Z" }, "gitlab2026"],
  "HackerOne report, just received": [{ receivedAt: RECEIVED, channel: "hackerone" }, "gitlab2026"],
  "PGP-encrypted report, just received": [{ receivedAt: RECEIVED, channel: "email", pgpEncrypted: true }, "gitlab2026"],
  "PGP-encrypted report, answered": [{ ...resolved, pgpEncrypted: true }, "gitlab2026"],
  "public issue, nothing done": [{ receivedAt: RECEIVED, channel: "public_issue" }, "gitlab2026"],
  "public issue, contents removed": [{ ...resolved, channel: "public_issue", publicIssue: { contentsRemoved: true } }, "gitlab2026"],
  "public issue, message posted": [{ ...resolved, channel: "public_issue", publicIssue: { contentsRemoved: true, removalMessagePosted: true } }, "gitlab2026"],
  "public issue, every step done": [
    { ...resolved, channel: "public_issue", publicIssue: { contentsRemoved: true, removalMessagePosted: true, internalIssueOpened: true } },
    "gitlab2026",
  ],
};

describe("disclosureTimeline decisions", () => {
  it.each(Object.entries(CASES))("%s", (_name, [report, edition]) => {
    expect(disclosureTimeline(report, edition)).toMatchSnapshot();
  });
});

describe("disclosureTimeline, exact decisions", () => {
  it('"fixed vulnerabilities become public ... 90 days from 2026", once the checklist is done', () => {
    expect(disclosureTimeline(resolved, "gitlab2026")).toEqual({
      outcome: "scheduled",
      edition: "gitlab2026",
      firstResponseDueAt: DUE,
      firstResponseOnTime: true,
      publicDisclosureAt: "2026-06-16T00:00:00.000Z",
      fixedPublicAt: "2026-06-16T00:00:00.000Z",
      unmetChecklist: [],
      pendingPublicIssueSteps: [],
      reasons: [
        {
          code: "first_response_on_time",
          rule: "§8 security disclosures: first response within 1 business day",
          message: "The first response was on time",
          facts: { receivedAt: "2026-03-02T18:00:00.000Z", dueAt: DUE, firstResponseAt: "2026-03-02T20:00:00.000Z" },
        },
        {
          code: "response_guidance",
          rule: '§8 security disclosures: never say "there is no problem"; ask until understood; offer acknowledgement; say they may ask for an update at any time',
          message:
            "Never say there is no problem; keep asking until the problem is understood; offer a mention on the acknowledgements page even without a vulnerability; say they can ask for an update at any time",
          facts: {},
        },
        {
          code: "after_closure",
          rule: "§8 security disclosures: a report closed as resolved or informative may be publicly disclosed",
          message: "Closed as resolved",
          facts: { closedAs: "resolved", closedAt: "2026-03-20T00:00:00.000Z" },
        },
        {
          code: "fixed_vulnerability_embargo",
          rule: "§8 security disclosures: fixed vulnerabilities become public 30 days after the patch (through 2025) or 90 days (2026)",
          message: "Public as a fixed vulnerability 90 days after the patch",
          facts: { patchReleasedAt: "2026-03-18T00:00:00.000Z", fixedPublicAfterDays: 90, earliest: "2026-06-16T00:00:00.000Z" },
        },
        {
          code: "checklist_met",
          rule: "§8 security disclosures: before publication, no sensitive information and a link to the fixing merge request",
          message: "The publication checklist is complete",
          facts: {},
        },
      ],
      next: { action: "publish", at: "2026-06-16T00:00:00.000Z", message: "Publish on or after 2026-06-16T00:00:00.000Z" },
    });
  });

  it('"reply with the removal message" is the next step once the contents are removed', () => {
    expect(disclosureTimeline({ receivedAt: RECEIVED, channel: "public_issue", publicIssue: { contentsRemoved: true } }, "gitlab2026").next).toEqual({
      action: "post_removal_message",
      message: `Post: "${PUBLIC_ISSUE_REMOVAL_MESSAGE}"`,
    });
  });

  it("the waits are parameters", () => {
    const report = { ...informative, disclosureRequest: { by: "reporter" as const, requestedAt: "2026-03-21T00:00:00Z" } };
    expect(disclosureTimeline(report, "gitlab2026", { reporterRequestReleaseAfterDays: 10 }).publicDisclosureAt).toBe("2026-03-31T00:00:00.000Z");
    expect(disclosureTimeline(resolved, "gitlab2026", { fixedPublicAfterDays: 0 }).publicDisclosureAt).toBe("2026-03-20T00:00:00.000Z");
    expect(disclosureTimeline({ receivedAt: RECEIVED, channel: "email" }, "gitlab2026", { firstResponseBusinessHours: 1 }).firstResponseDueAt).toBe("2026-03-02T19:00:00.000Z");
  });
});

describe("disclosureTimeline, events out of order", () => {
  it("a first response, a closure or a request before the report was received", () => {
    expect(describeError(thrown(() => disclosureTimeline({ ...answered, firstResponseAt: "2026-03-02T17:59:59Z" }, "gitlab2026")))).toEqual([
      "event_before_creation",
      ["report", "firstResponseAt"],
      "The first response (2026-03-02T17:59:59.000Z) is before the report was received (2026-03-02T18:00:00.000Z)",
    ]);
    expect(describeError(thrown(() => disclosureTimeline({ ...resolved, closedAt: "2026-03-01T00:00:00Z" }, "gitlab2026")))).toEqual([
      "event_before_creation",
      ["report", "closedAt"],
      "The closure (2026-03-01T00:00:00.000Z) is before the report was received (2026-03-02T18:00:00.000Z)",
    ]);
    expect(describeError(thrown(() => disclosureTimeline({ ...informative, disclosureRequest: { by: "gitlab", requestedAt: "2026-03-01T00:00:00Z" } }, "gitlab2026")))).toEqual([
      "event_before_creation",
      ["report", "disclosureRequest", "requestedAt"],
      "The disclosure request (2026-03-01T00:00:00.000Z) is before the report was received (2026-03-02T18:00:00.000Z)",
    ]);
  });

  it("events at the very instant of receipt are in order", () => {
    expect(disclosureTimeline({ ...resolved, firstResponseAt: RECEIVED, closedAt: RECEIVED, disclosureRequest: { by: "gitlab", requestedAt: RECEIVED, acceptedAt: RECEIVED } }, "gitlab2026").outcome).toBe(
      "scheduled",
    );
  });

  it("a request accepted before it was made", () => {
    expect(
      describeError(thrown(() => disclosureTimeline({ ...informative, disclosureRequest: { by: "reporter", requestedAt: "2026-03-21T00:00:00Z", acceptedAt: "2026-03-20T23:59:59Z" } }, "gitlab2026"))),
    ).toEqual([
      "inverted_date_range",
      ["report", "disclosureRequest", "acceptedAt"],
      "The request was accepted (2026-03-20T23:59:59.000Z) before it was made (2026-03-21T00:00:00.000Z)",
    ]);
  });

  it("a closure date for a report said to be open", () => {
    expect(describeError(thrown(() => disclosureTimeline({ ...answered, closedAs: null, closedAt: "2026-03-20T00:00:00Z" }, "gitlab2026")))).toEqual([
      "inconsistent_facts",
      ["report", "closedAt"],
      "closedAt is given but closedAs says the report is still open",
    ]);
  });
});
