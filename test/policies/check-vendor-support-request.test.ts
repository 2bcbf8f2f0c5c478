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
