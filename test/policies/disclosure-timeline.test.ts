import { fc, test } from "../support/property.js";
import { describe, expect, it } from "vitest";
import { PUBLIC_ISSUE_REMOVAL_MESSAGE, disclosureTimeline, type DisclosureReportInput } from "../../src/policies/index.js";
import { DAY, deepFreeze, editionArb } from "./arbitraries.js";
import { thrown } from "../support/thrown.js";

// Monday 2026-03-02 10:00 in Los Angeles (PST).
const RECEIVED = "2026-03-02T18:00:00Z";

const resolved: DisclosureReportInput = {
  receivedAt: RECEIVED,
  channel: "hackerone",
  firstResponseAt: "2026-03-02T20:00:00Z",
  closedAs: "resolved",
  closedAt: "2026-03-20T00:00:00Z",
  patchReleasedAt: "2026-03-18T00:00:00Z",
  publication: { sensitiveInformationRemoved: true, fixMergeRequestUrl: "https://gitlab.com/gitlab-org/gitlab/-/merge_requests/1" },
};

const codes = (decision: { reasons: readonly { code: string }[] }): string[] => decision.reasons.map((reason) => reason.code);


describe("disclosureTimeline", () => {
  it('"First response within 1 business day" on Global Support Hours', () => {
    const timeline = disclosureTimeline({ receivedAt: RECEIVED, channel: "email" }, "gitlab2026");
    expect(timeline.firstResponseDueAt).toBe("2026-03-03T18:00:00.000Z");
    expect(timeline.next).toEqual({ action: "first_response", at: "2026-03-03T18:00:00.000Z", message: "Respond by 2026-03-03T18:00:00.000Z" });
    // Friday 16:00 PST: 1 business hour left on Friday, the rest from Sunday 15:00.
    const friday = disclosureTimeline({ receivedAt: "2026-03-07T00:00:00Z", channel: "ticket" }, "gitlab2026");
    expect(friday.firstResponseDueAt).toBe("2026-03-09T21:00:00.000Z");
  });

  it("a first response after the deadline is late", () => {
    const late = disclosureTimeline({ ...resolved, firstResponseAt: "2026-03-03T18:00:01Z" }, "gitlab2026");
    expect(late.firstResponseOnTime).toBe(false);
    expect(codes(late)).toContain("first_response_late");
    expect(disclosureTimeline(resolved, "gitlab2026").firstResponseOnTime).toBe(true);
  });

  it('"Never say \\"there is no problem\\"; ask until understood; offer acknowledgement; always say they may ask for an update at any time"', () => {
    const guidance = disclosureTimeline(resolved, "handbook2016").reasons.find((reason) => reason.code === "response_guidance");
    expect(guidance?.message).toMatch(/Never say there is no problem/);
    expect(guidance?.message).toMatch(/update at any time/);
  });

  it('"fixed vulnerabilities become public 30 days after the patch through 2025, 90 days from 2026"', () => {
    expect(disclosureTimeline(resolved, "handbook2016").publicDisclosureAt).toBe("2026-04-17T00:00:00.000Z");
    const now = disclosureTimeline(resolved, "gitlab2026");
    expect(now.publicDisclosureAt).toBe("2026-06-16T00:00:00.000Z");
    expect(now.outcome).toBe("scheduled");
    expect(now.next).toEqual({ action: "publish", at: "2026-06-16T00:00:00.000Z", message: "Publish on or after 2026-06-16T00:00:00.000Z" });
    expect(disclosureTimeline(resolved, "gitlab2026", { fixedPublicAfterDays: 60 }).publicDisclosureAt).toBe("2026-05-17T00:00:00.000Z");
  });

  it('"a reporter\'s request is released when accepted or 30 days after it was submitted", independently of the patch rule', () => {
    const informative: DisclosureReportInput = { ...resolved, closedAs: "informative", patchReleasedAt: undefined, disclosureRequest: { by: "reporter", requestedAt: "2026-03-21T00:00:00Z" } };
    expect(disclosureTimeline(informative, "gitlab2026").publicDisclosureAt).toBe("2026-04-20T00:00:00.000Z");
    const accepted = { ...informative, disclosureRequest: { by: "reporter" as const, requestedAt: "2026-03-21T00:00:00Z", acceptedAt: "2026-03-25T00:00:00Z" } };
    expect(disclosureTimeline(accepted, "gitlab2026").publicDisclosureAt).toBe("2026-03-25T00:00:00.000Z");
    // Patched on 03-18: the 90-day date (06-16) does not hold back a request accepted on 03-25.
    const fixedAndAccepted = disclosureTimeline({ ...resolved, disclosureRequest: { by: "reporter" as const, requestedAt: "2026-03-21T00:00:00Z", acceptedAt: "2026-03-25T00:00:00Z" } }, "gitlab2026");
    expect(fixedAndAccepted).toMatchObject({ outcome: "scheduled", publicDisclosureAt: "2026-03-25T00:00:00.000Z", fixedPublicAt: "2026-06-16T00:00:00.000Z" });
    // Not accepted: released 30 days after it was submitted, still before the fixed-vulnerability date.
    const fixedNotAccepted = disclosureTimeline({ ...resolved, disclosureRequest: { by: "reporter" as const, requestedAt: "2026-03-21T00:00:00Z" } }, "gitlab2026");
    expect(fixedNotAccepted.publicDisclosureAt).toBe("2026-04-20T00:00:00.000Z");
  });

  it("a resolved report whose patch date is unknown is released by the reporter's request, not undecided", () => {
    const request = { by: "reporter" as const, requestedAt: "2026-03-21T00:00:00Z", acceptedAt: "2026-03-22T00:00:00Z" };
    const timeline = disclosureTimeline({ ...resolved, patchReleasedAt: undefined, disclosureRequest: request }, "gitlab2026");
    expect(timeline).toMatchObject({ outcome: "scheduled", publicDisclosureAt: "2026-03-22T00:00:00.000Z", fixedPublicAt: null });
    expect(timeline.missing).toBeUndefined();
  });

  it('"fixed vulnerabilities become public 30 days after the patch ... 90 days from 2026" is a date of its own whenever the patch date is known', () => {
    const patch = { patchReleasedAt: "2026-03-18T00:00:00Z" };
    expect(disclosureTimeline({ receivedAt: RECEIVED, channel: "email", closedAs: null, ...patch }, "gitlab2026")).toMatchObject({ publicDisclosureAt: null, fixedPublicAt: "2026-06-16T00:00:00.000Z" });
    expect(disclosureTimeline({ receivedAt: RECEIVED, channel: "email", ...patch }, "handbook2016")).toMatchObject({ outcome: "cannot_decide", fixedPublicAt: "2026-04-17T00:00:00.000Z" });
    expect(disclosureTimeline({ ...resolved, closedAs: "duplicate" }, "gitlab2026").fixedPublicAt).toBe("2026-06-16T00:00:00.000Z");
    expect(disclosureTimeline({ receivedAt: RECEIVED, channel: "email" }, "gitlab2026").fixedPublicAt).toBeNull();
  });

  it('"Before publication: no sensitive information, and a link to the merge request that fixed it": items the facts show undone are unmet, whatever else is undecided', () => {
    const undone = { sensitiveInformationRemoved: false };
    const request = { by: "reporter" as const, requestedAt: "2026-03-21T00:00:00Z" };
    const released = disclosureTimeline({ ...resolved, patchReleasedAt: undefined, publication: undone, disclosureRequest: request }, "gitlab2026");
    expect(released).toMatchObject({ outcome: "checklist_unmet", unmetChecklist: ["no_sensitive_information", "link_to_fix_merge_request"] });
    expect(released.reasons.filter((r) => r.code === "checklist_item_unmet").map((r) => r.facts)).toEqual([
      { item: "no_sensitive_information", sensitiveInformationRemoved: false },
      { item: "link_to_fix_merge_request", fixMergeRequestUrl: null },
    ]);
    const undecided = disclosureTimeline({ ...resolved, closedAt: undefined, publication: undone }, "gitlab2026");
    expect(undecided).toMatchObject({ outcome: "cannot_decide", unmetChecklist: ["no_sensitive_information", "link_to_fix_merge_request"] });
    const open = disclosureTimeline({ receivedAt: RECEIVED, channel: "email", closedAs: null, publication: undone }, "gitlab2026");
    expect(open.unmetChecklist).toEqual(["no_sensitive_information"]);
    expect(disclosureTimeline({ ...resolved, closedAs: "spam", publication: undone }, "gitlab2026").unmetChecklist).toEqual([]);
  });

  it("a request made before the closure counts from the closure", () => {
    const early = { ...resolved, closedAs: "informative" as const, patchReleasedAt: undefined, disclosureRequest: { by: "reporter" as const, requestedAt: "2026-03-10T00:00:00Z" } };
    expect(disclosureTimeline(early, "gitlab2026").publicDisclosureAt).toBe("2026-04-19T00:00:00.000Z");
  });

  it('"After a report is closed as resolved or informative it may be publicly disclosed": other closures and open reports are not', () => {
    expect(disclosureTimeline({ ...resolved, closedAs: "duplicate" }, "gitlab2026")).toMatchObject({ outcome: "not_disclosable", publicDisclosureAt: null });
    const open = disclosureTimeline({ receivedAt: RECEIVED, channel: "email", closedAs: null }, "gitlab2026");
    expect(open.outcome).toBe("not_disclosable");
    expect(codes(open)).toContain("report_open");
    const informativeNoRequest = disclosureTimeline({ ...resolved, closedAs: "informative", patchReleasedAt: undefined }, "gitlab2026");
    expect(codes(informativeNoRequest)).toContain("no_disclosure_request");
  });

  it('"Before publication: no sensitive information, and a link to the merge request that fixed it" as unmet items', () => {
    const timeline = disclosureTimeline({ ...resolved, publication: undefined }, "gitlab2026");
    expect(timeline.outcome).toBe("checklist_unmet");
    expect(timeline.unmetChecklist).toEqual(["no_sensitive_information", "link_to_fix_merge_request"]);
    expect(timeline.next?.action).toBe("complete_checklist");
    const informative = disclosureTimeline(
      { ...resolved, closedAs: "informative", patchReleasedAt: undefined, publication: { sensitiveInformationRemoved: true }, disclosureRequest: { by: "gitlab", requestedAt: "2026-03-21T00:00:00Z" } },
      "gitlab2026",
    );
    expect(informative.unmetChecklist).toEqual([]);
    expect(informative.publicDisclosureAt).toBe("2026-03-21T00:00:00.000Z");
  });

  it('"A vulnerability reported in a public issue: remove the contents, reply with the removal message, open an internal issue"', () => {
    const fresh = disclosureTimeline({ receivedAt: RECEIVED, channel: "public_issue" }, "handbook2016");
    expect(fresh.pendingPublicIssueSteps).toEqual(["remove_contents", "post_removal_message", "open_internal_issue"]);
    expect(fresh.next?.action).toBe("remove_contents");
    const removed = disclosureTimeline({ receivedAt: RECEIVED, channel: "public_issue", publicIssue: { contentsRemoved: true } }, "handbook2016");
    expect(removed.next).toEqual({ action: "post_removal_message", message: `Post: "${PUBLIC_ISSUE_REMOVAL_MESSAGE}"` });
    const done = disclosureTimeline({ receivedAt: RECEIVED, channel: "public_issue", publicIssue: { contentsRemoved: true, removalMessagePosted: true, internalIssueOpened: true } }, "handbook2016");
    expect(done.pendingPublicIssueSteps).toEqual([]);
  });

  it('"PGP-encrypted reports go to the Security team" and HackerOne reports are "closed manually in Zendesk"', () => {
    const pgp = disclosureTimeline({ receivedAt: RECEIVED, channel: "email", pgpEncrypted: true }, "gitlab2026");
    expect(pgp.next?.action).toBe("forward_to_security");
    expect(codes(disclosureTimeline(resolved, "gitlab2026"))).toContain("hackerone_workflow");
  });

  it("missing facts are cannot decide, listing them", () => {
    const timeline = disclosureTimeline({ ...resolved, closedAt: undefined, patchReleasedAt: undefined }, "gitlab2026");
    expect(timeline.outcome).toBe("cannot_decide");
    expect(timeline.missing).toEqual(["closedAt", "patchReleasedAt"]);
    expect(disclosureTimeline({ ...resolved, closedAs: undefined }, "gitlab2026").missing).toEqual(["closedAs"]);
  });

  it("dates out of order are typed errors", () => {
    const response = thrown(() => disclosureTimeline({ ...resolved, firstResponseAt: "2026-03-01T00:00:00Z" }, "gitlab2026"));
    expect([response.code, response.path, response.message]).toEqual([
      "event_before_creation",
      ["report", "firstResponseAt"],
      "The first response (2026-03-01T00:00:00.000Z) is before the report was received (2026-03-02T18:00:00.000Z)",
    ]);
    const accepted = thrown(() => disclosureTimeline({ ...resolved, disclosureRequest: { by: "reporter", requestedAt: "2026-03-21T00:00:00Z", acceptedAt: "2026-03-20T00:00:00Z" } }, "gitlab2026"));
    expect([accepted.code, accepted.path]).toEqual(["inverted_date_range", ["report", "disclosureRequest", "acceptedAt"]]);
    const open = thrown(() => disclosureTimeline({ ...resolved, closedAs: null }, "gitlab2026"));
    expect([open.code, open.path, open.message]).toEqual(["inconsistent_facts", ["report", "closedAt"], "closedAt is given but closedAs says the report is still open"]);
  });

  it("wrong types and missing fields are typed errors", () => {
    const channel = thrown(() => disclosureTimeline({ receivedAt: RECEIVED, channel: "pigeon" as "email" }, "gitlab2026"));
    expect([channel.code, channel.path]).toEqual(["unknown_value", ["report", "channel"]]);
    const received = thrown(() => disclosureTimeline({ channel: "email" } as DisclosureReportInput, "gitlab2026"));
    expect([received.code, received.path]).toEqual(["missing_field", ["report", "receivedAt"]]);
    const url = thrown(() => disclosureTimeline({ ...resolved, publication: { fixMergeRequestUrl: "not a url" } }, "gitlab2026"));
    expect([url.code, url.path]).toEqual(["invalid_format", ["report", "publication", "fixMergeRequestUrl"]]);
    const parameter = thrown(() => disclosureTimeline(resolved, "gitlab2026", { fixedPublicAfterDays: -1 }));
    expect([parameter.code, parameter.path]).toEqual(["too_small", ["parameters", "fixedPublicAfterDays"]]);
  });
});

const base = new Date("2026-01-05T00:00:00Z").getTime();
const reportArb: fc.Arbitrary<DisclosureReportInput> = fc
  .record({
    receivedHours: fc.integer({ min: 0, max: 24 * 30 }),
    channel: fc.constantFrom("email" as const, "ticket" as const, "hackerone" as const, "public_issue" as const),
    closedAs: fc.constantFrom("resolved" as const, "informative" as const, "duplicate" as const),
    closeAfterDays: fc.integer({ min: 0, max: 60 }),
    patchOffsetDays: fc.option(fc.integer({ min: -30, max: 30 }), { nil: undefined }),
    request: fc.option(fc.record({ by: fc.constantFrom("reporter" as const, "gitlab" as const), afterDays: fc.integer({ min: 0, max: 90 }), acceptAfterDays: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }) }), { nil: undefined }),
  })
  .map((r) => {
    const received = base + r.receivedHours * 3_600_000;
    const closed = received + r.closeAfterDays * DAY;
    const iso = (ms: number): string => new Date(ms).toISOString();
    const report: DisclosureReportInput = {
      receivedAt: iso(received),
      channel: r.channel,
      closedAs: r.closedAs,
      closedAt: iso(closed),
      ...(r.patchOffsetDays === undefined ? {} : { patchReleasedAt: iso(closed + r.patchOffsetDays * DAY) }),
      ...(r.request === undefined
        ? {}
        : {
            disclosureRequest: {
              by: r.request.by,
              requestedAt: iso(received + r.request.afterDays * DAY),
              ...(r.request.acceptAfterDays === undefined ? {} : { acceptedAt: iso(received + (r.request.afterDays + r.request.acceptAfterDays) * DAY) }),
            },
          }),
    };
    return report;
  });

describe("disclosureTimeline, properties", () => {
  test.prop([reportArb, editionArb])("the public date is the first of the request's release and the fixed-vulnerability date, never before the closure", (report, edition) => {
    const timeline = disclosureTimeline(report, edition);
    const days = edition === "gitlab2026" ? 90 : 30;
    const patch = typeof report.patchReleasedAt === "string" ? new Date(report.patchReleasedAt).getTime() : undefined;
    expect(timeline.fixedPublicAt).toBe(patch === undefined ? null : new Date(patch + days * DAY).toISOString());
    if (timeline.publicDisclosureAt === null) return;
    const at = new Date(timeline.publicDisclosureAt).getTime();
    const closed = new Date(report.closedAt!).getTime();
    expect(at).toBeGreaterThanOrEqual(closed);
    const request = report.disclosureRequest;
    const routes: number[] = [];
    if (patch !== undefined) routes.push(Math.max(closed, patch + days * DAY));
    if (request !== undefined && request !== null) {
      const start = Math.max(closed, new Date(request.requestedAt).getTime());
      const accepted = request.acceptedAt === undefined || request.acceptedAt === null ? Infinity : Math.max(start, new Date(request.acceptedAt).getTime());
      routes.push(request.by === "gitlab" ? start : Math.min(accepted, start + 30 * DAY));
    }
    expect(at).toBe(Math.min(...routes));
  });

  test.prop([reportArb])("the 2026 edition never makes a report public earlier than the 2016 edition", (report) => {
    const old = disclosureTimeline(report, "handbook2016").publicDisclosureAt;
    const now = disclosureTimeline(report, "gitlab2026").publicDisclosureAt;
    if (old !== null && now !== null) expect(new Date(now).getTime()).toBeGreaterThanOrEqual(new Date(old).getTime());
    expect(old === null).toBe(now === null);
  });

  test.prop([reportArb, editionArb])("the first response is due at least 24 hours after receipt, within one business day of Global Support Hours", (report, edition) => {
    const timeline = disclosureTimeline(report, edition);
    const gap = new Date(timeline.firstResponseDueAt).getTime() - new Date(report.receivedAt).getTime();
    expect(gap).toBeGreaterThanOrEqual(24 * 3_600_000);
    expect(gap).toBeLessThanOrEqual(24 * 3_600_000 + 46 * 3_600_000);
  });

  test.prop([reportArb, editionArb])("only reports closed as resolved or informative get a public date", (report, edition) => {
    const timeline = disclosureTimeline(report, edition);
    if (report.closedAs === "duplicate") expect(timeline.publicDisclosureAt).toBeNull();
    if (report.closedAs === "resolved") expect(timeline.publicDisclosureAt === null).toBe(report.patchReleasedAt === undefined && report.disclosureRequest === undefined);
  });

  test.prop([reportArb, editionArb])("timelines survive a JSON round trip and never mutate the report", (report, edition) => {
    const before = structuredClone(report);
    const timeline = disclosureTimeline(deepFreeze(report), edition);
    expect(JSON.parse(JSON.stringify(timeline))).toEqual(timeline);
    expect(report).toEqual(before);
  });
});
