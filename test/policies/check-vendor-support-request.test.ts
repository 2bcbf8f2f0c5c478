import { fc, test } from "../support/property.js";
import { describe, expect, it } from "vitest";
import { checkVendorSupportRequest } from "../../src/policies/index.js";
import { describeError, thrown } from "./helpers.js";

describe("checkVendorSupportRequest", () => {
  it('"one support request per quarter" (Sidekiq)', () => {
    const first = checkVendorSupportRequest({ vendor: "sidekiq", requestAt: "2026-11-20T10:00:00Z", previousRequests: ["2026-09-30T23:00:00Z"] });
    expect(first.outcome).toBe("allowed");
    const second = checkVendorSupportRequest({ vendor: "sidekiq", requestAt: "2026-11-20T10:00:00Z", previousRequests: ["2026-10-01T00:00:00Z"] });
    expect(second.outcome).toBe("quota_used");
    expect(second.next).toEqual({ action: "wait_for_next_quarter", at: "2027-01-01T00:00:00.000Z", message: "The next request can be made from 2027-01-01T00:00:00.000Z" });
  });

  it("quarters follow the chosen zone's calendar", () => {
    const decision = checkVendorSupportRequest(
      { vendor: "sidekiq", requestAt: "2026-08-15T10:00:00Z", previousRequests: ["2026-07-01T05:00:00Z"] },
      { timeZone: "America/Los_Angeles" },
    );
    // 05:00Z on July 1 is still June 30 in Los Angeles: the previous quarter.
    expect(decision.outcome).toBe("allowed");
    const used = checkVendorSupportRequest({ vendor: "sidekiq", requestAt: "2026-08-15T10:00:00Z", previousRequests: ["2026-07-01T08:00:00Z"] }, { timeZone: "America/Los_Angeles" });
    expect(used.next?.at).toBe("2026-10-01T07:00:00.000Z");
  });

  it("an earlier request dated after the new one is a typed error", () => {
    expect(describeError(thrown(() => checkVendorSupportRequest({ vendor: "sidekiq", requestAt: "2026-11-20T10:00:00Z", previousRequests: ["2026-12-01T00:00:00Z"] })))).toEqual([
      "event_after_now",
      ["request", "previousRequests", 0],
      "Earlier request 0 (2026-12-01T00:00:00.000Z) is after the new request (2026-11-20T10:00:00.000Z)",
    ]);
    expect(describeError(thrown(() => checkVendorSupportRequest({ vendor: "redis" as "sidekiq", requestAt: "2026-11-20T10:00:00Z", previousRequests: [] })))[0]).toBe("unknown_value");
  });

  test.prop([fc.array(fc.date({ min: new Date("2025-01-01T00:00:00Z"), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true }), { maxLength: 12 })])(
    "following the decisions in order never makes more than one request in any quarter",
    (dates) => {
      const made: Date[] = [];
      for (const at of [...dates].sort((a, b) => a.getTime() - b.getTime())) {
        if (checkVendorSupportRequest({ vendor: "sidekiq", requestAt: at, previousRequests: made }).outcome === "allowed") made.push(at);
      }
      const quarters = made.map((at) => `${at.getUTCFullYear()}-Q${Math.floor(at.getUTCMonth() / 3) + 1}`);
      expect(new Set(quarters).size).toBe(quarters.length);
    },
  );

  it("does not mutate its input (the Dates included) and its decision survives a JSON round trip", () => {
    const previous = new Date("2026-10-02T08:00:00Z");
    const request = Object.freeze({ vendor: "sidekiq" as const, requestAt: new Date("2026-11-20T10:00:00Z"), previousRequests: Object.freeze([previous]) });
    const decision = checkVendorSupportRequest(request);
    expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
    expect(previous.toISOString()).toBe("2026-10-02T08:00:00.000Z");
    expect(request.requestAt.toISOString()).toBe("2026-11-20T10:00:00.000Z");
  });
});

describe("checkVendorSupportRequest, full decisions", () => {
  const RULE = "§11 vendor support (Sidekiq): one request per quarter";

  it('"one support request per quarter": the first request of a quarter goes to the vendor', () => {
    expect(checkVendorSupportRequest({ vendor: "sidekiq", requestAt: "2026-05-20T10:00:00Z", previousRequests: ["2026-03-31T23:59:59Z", "2025-05-20T10:00:00Z"] })).toEqual({
      outcome: "allowed",
      reasons: [
        {
          code: "within_quarterly_quota",
          rule: RULE,
          message: "0 of 1 request(s) used in Q2 2026",
          facts: { vendor: "sidekiq", year: 2026, quarter: 2, usedThisQuarter: 0, requestsPerQuarter: 1, timeZone: "UTC" },
        },
      ],
      next: { action: "contact_vendor", message: "File the issue with the vendor and email their support with a link to it" },
    });
  });

  it('"one support request per quarter": a second request in the quarter waits for the next one', () => {
    expect(checkVendorSupportRequest({ vendor: "sidekiq", requestAt: "2026-02-10T10:00:00Z", previousRequests: ["2026-01-01T00:00:00Z"] })).toEqual({
      outcome: "quota_used",
      reasons: [
        {
          code: "quarterly_quota_used",
          rule: RULE,
          message: "The quota for Q1 2026 is used",
          facts: { vendor: "sidekiq", year: 2026, quarter: 1, usedThisQuarter: 1, requestsPerQuarter: 1, timeZone: "UTC" },
        },
      ],
      next: { action: "wait_for_next_quarter", at: "2026-04-01T00:00:00.000Z", message: "The next request can be made from 2026-04-01T00:00:00.000Z" },
    });
  });

  it("each quarter opens the next on the first of April, July, October and January", () => {
    const nextAfter = (requestAt: string): string | undefined => checkVendorSupportRequest({ vendor: "sidekiq", requestAt, previousRequests: [requestAt] }).next?.at;
    expect(nextAfter("2026-03-31T23:59:59Z")).toBe("2026-04-01T00:00:00.000Z");
    expect(nextAfter("2026-04-01T00:00:00Z")).toBe("2026-07-01T00:00:00.000Z");
    expect(nextAfter("2026-09-30T12:00:00Z")).toBe("2026-10-01T00:00:00.000Z");
    expect(nextAfter("2026-12-31T23:59:59Z")).toBe("2027-01-01T00:00:00.000Z");
  });

  it("a request at the very instant of the new one counts; the same quarter of another year does not", () => {
    const at = "2026-07-01T00:00:00Z";
    expect(checkVendorSupportRequest({ vendor: "sidekiq", requestAt: at, previousRequests: [at] }).outcome).toBe("quota_used");
    expect(checkVendorSupportRequest({ vendor: "sidekiq", requestAt: at, previousRequests: ["2025-07-01T00:00:00Z", "2025-09-30T00:00:00Z"] }).outcome).toBe("allowed");
  });

  it("a larger quota allows requests up to it, counted in the message", () => {
    const request = { vendor: "sidekiq" as const, requestAt: "2026-11-20T10:00:00Z", previousRequests: ["2026-10-02T00:00:00Z"] };
    expect(checkVendorSupportRequest(request, { requestsPerQuarter: 2 }).reasons[0]?.message).toBe("1 of 2 request(s) used in Q4 2026");
    expect(checkVendorSupportRequest({ ...request, previousRequests: ["2026-10-02T00:00:00Z", "2026-11-01T00:00:00Z"] }, { requestsPerQuarter: 2 }).outcome).toBe("quota_used");
  });

  it("the next quarter opens at local midnight of the chosen zone", () => {
    const decision = checkVendorSupportRequest({ vendor: "sidekiq", requestAt: "2026-11-20T10:00:00Z", previousRequests: ["2026-11-01T00:00:00Z"] }, { timeZone: "Asia/Tokyo" });
    expect(decision.next?.at).toBe("2026-12-31T15:00:00.000Z");
    expect(decision.reasons[0]?.facts).toMatchObject({ timeZone: "Asia/Tokyo", quarter: 4, year: 2026 });
  });

  it("an instant before 1900 is outside the library's range, as in every area", () => {
    expect(describeError(thrown(() => checkVendorSupportRequest({ vendor: "sidekiq", requestAt: "1899-02-01T00:00:00Z", previousRequests: [] })))).toEqual([
      "out_of_range",
      ["request", "requestAt"],
      "The instant 1899-02-01T00:00:00.000Z is outside the supported range 1900-01-01T00:00:00.000Z to 2200-01-01T00:00:00.000Z",
    ]);
  });

  it("bad parameters are reported under parameters", () => {
    const request = { vendor: "sidekiq" as const, requestAt: "2026-11-20T10:00:00Z", previousRequests: [] };
    expect(describeError(thrown(() => checkVendorSupportRequest(request, { requestsPerQuarter: 0 })))[1]).toEqual(["parameters", "requestsPerQuarter"]);
    expect(describeError(thrown(() => checkVendorSupportRequest({ ...request, requestAt: "not a date" })))[1]).toEqual(["request", "requestAt"]);
  });
});
