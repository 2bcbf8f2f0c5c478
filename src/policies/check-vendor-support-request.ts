import type { Overrides } from "../shared/overrides.js";
import { fromZonedTime } from "date-fns-tz";
import * as z from "zod";
import type { Decision } from "../shared/decision.js";
import { fail, parseInput, parseOverrides } from "../shared/errors.js";
import { localDateOf } from "./internal/local-date-of.js";
import { timeZoneSchema } from "./internal/time-zone-schema.js";
import { type VendorSupportRequestInput, vendorSupportRequestSchema } from "./vendor-support-request.js";
import { deepFreeze } from "../shared/deep-freeze.js";

/**
 * Whether a vendor-support request is within the quota.
 *
 * @example
 * ```ts
 * const outcome: VendorSupportOutcome = "quota_used";
 * ```
 */
export type VendorSupportOutcome = "allowed" | "quota_used";

/**
 * The stable identifiers of the reasons behind a vendor-support decision.
 *
 * @example
 * ```ts
 * const code: VendorSupportCode = "quarterly_quota_used";
 * ```
 */
export type VendorSupportCode = "within_quarterly_quota" | "quarterly_quota_used";

/**
 * The numbers of the vendor-support quota.
 *
 * @example
 * ```ts
 * const parameters: VendorSupportParameters = { requestsPerQuarter: 2, timeZone: "UTC" };
 * ```
 */
export interface VendorSupportParameters {
  /** Requests allowed per calendar quarter. */
  readonly requestsPerQuarter: number;
  /** The zone whose calendar quarters count. */
  readonly timeZone: string;
}

/**
 * The default: one request per quarter, quarters on the UTC calendar (the handbook names no zone).
 *
 * @example
 * ```ts
 * vendorSupportParameters.requestsPerQuarter; // => 1
 * ```
 */
export const vendorSupportParameters: VendorSupportParameters = deepFreeze({ requestsPerQuarter: 1, timeZone: "UTC" });

const parametersSchema = z.strictObject({ requestsPerQuarter: z.int().min(1).max(1000), timeZone: timeZoneSchema });

function quarterOf(instant: Date, timeZone: string): { year: number; quarter: number } {
  const [year = 0, month = 1] = localDateOf(instant, timeZone).split("-").map(Number);
  return { year, quarter: Math.floor((month - 1) / 3) + 1 };
}

/**
 * Decides whether Support may make another request to a vendor's commercial support (docs/rules.md
 * §11): GitLab's Sidekiq subscription entitles it to one support request per calendar quarter.
 *
 * @param request - the new request and the earlier ones (see {@link vendorSupportRequestSchema}).
 * @param parameters - the quota and the zone of the quarters (see {@link vendorSupportParameters}).
 * @throws SupportPolicyError on bad input, or an earlier request dated after the new one.
 *
 * @example
 * ```ts
 * const decision = checkVendorSupportRequest({
 *   vendor: "sidekiq", requestAt: "2026-11-20T10:00:00Z", previousRequests: ["2026-10-02T08:00:00Z"],
 * });
 * decision.outcome; // => "quota_used"
 * decision.next?.at; // => "2027-01-01T00:00:00.000Z"
 * ```
 */
export function checkVendorSupportRequest(
  request: VendorSupportRequestInput,
  parameters: Overrides<VendorSupportParameters> = {},
): Decision<VendorSupportOutcome, VendorSupportCode> {
  const valid = parseInput(vendorSupportRequestSchema, request, ["request"]);
  const p = parseOverrides(parametersSchema, vendorSupportParameters, parameters, ["parameters"]);
  valid.previousRequests.forEach((previous, index) => {
    if (previous.getTime() > valid.requestAt.getTime()) {
      fail("event_after_now", ["request", "previousRequests", index], `Earlier request ${index} (${previous.toISOString()}) is after the new request (${valid.requestAt.toISOString()})`);
    }
  });
  const current = quarterOf(valid.requestAt, p.timeZone);
  const used = valid.previousRequests.filter((previous) => {
    const quarter = quarterOf(previous, p.timeZone);
    return quarter.year === current.year && quarter.quarter === current.quarter;
  }).length;
  const rule = "§11 vendor support (Sidekiq): one request per quarter";
  const facts = { vendor: valid.vendor, year: current.year, quarter: current.quarter, usedThisQuarter: used, requestsPerQuarter: p.requestsPerQuarter, timeZone: p.timeZone };
  if (used < p.requestsPerQuarter) {
    return {
      outcome: "allowed",
      reasons: [{ code: "within_quarterly_quota", rule, message: `${used} of ${p.requestsPerQuarter} request(s) used in Q${current.quarter} ${current.year}`, facts }],
      next: { action: "contact_vendor", message: "File the issue with the vendor and email their support with a link to it" },
    };
  }
  const nextYear = current.quarter === 4 ? current.year + 1 : current.year;
  const nextMonth = current.quarter === 4 ? 1 : current.quarter * 3 + 1;
  const nextQuarter = fromZonedTime(`${String(nextYear).padStart(4, "0")}-${String(nextMonth).padStart(2, "0")}-01T00:00:00`, p.timeZone);
  return {
    outcome: "quota_used",
    reasons: [{ code: "quarterly_quota_used", rule, message: `The quota for Q${current.quarter} ${current.year} is used`, facts }],
    next: { action: "wait_for_next_quarter", at: nextQuarter.toISOString(), message: `The next request can be made from ${nextQuarter.toISOString()}` },
  };
}
