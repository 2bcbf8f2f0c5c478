// Every function that takes `now` (or another instant argument) takes it as date-fns does: a
// `Date` or epoch milliseconds, with the same answer either way.
import { describe, expect, it } from "vitest";
import { checkUsernameRelease } from "../../src/policies/check-username-release.js";
import { checkStarEligibility } from "../../src/routing/check-star-eligibility.js";
import { classifyEscalation } from "../../src/routing/classify-escalation.js";
import { emergencyFollowUps } from "../../src/routing/emergency-follow-ups.js";
import { emergencyPaging } from "../../src/routing/emergency-paging.js";
import { orderQueue } from "../../src/routing/order-queue.js";
import { type StarRequest } from "../../src/routing/star-request.js";
import { breachWarnings } from "../../src/sla/breach-warnings.js";
import { gitlab2026 } from "../../src/sla/editions/gitlab2026.js";
import { evaluateSla } from "../../src/sla/evaluate-sla.js";
import { thrown } from "../support/thrown.js";

const ISO = "2026-11-18T18:00:00Z";
const date = new Date(ISO);
const ms = Date.parse(ISO);

const star: StarRequest = {
  urgency: "timely",
  plan: "premium",
  group: "SaaS",
  reason: "no progress for a week",
  desiredResult: "a call this week",
  ticket: { createdAt: "2026-11-16T09:00:00Z", lastPublicReplyFrom: "customer", requiredInformationMissing: false },
  triggers: { progressStalled: true },
};

const calls: [string, (now: Date | number | string) => unknown][] = [
  ["evaluateSla", (now) => evaluateSla({ id: "T-1", createdAt: "2026-11-18T09:00:00Z", channel: "ticket", priority: "high" }, gitlab2026, now)],
  ["breachWarnings", (now) => breachWarnings([], now, { hours: 1 })],
  ["checkUsernameRelease", (now) => checkUsernameRelease({ username: "alice", requesterIsPaidCustomer: true, hasData: false }, now, "gitlab2026")],
  ["checkStarEligibility", (now) => checkStarEligibility(star, now, "gitlab2026")],
  [
    "classifyEscalation",
    (now) => classifyEscalation({ edition: "gitlab2026", account: { accountLevelRisk: true }, security: { mayAffectConfidentialityIntegrityOrAvailability: true } }, now),
  ],
  ["emergencyFollowUps", (now) => emergencyFollowUps({ startedAt: "2026-11-18T17:00:00Z", peopleInvolved: 1, firstContactAt: "2026-11-18T17:05:00Z" }, now)],
  ["emergencyPaging", (now) => emergencyPaging({ triggeredAt: "2026-11-18T17:50:00Z" }, now, "gitlab2026")],
  ["orderQueue", (now) => orderQueue([{ id: "T-1", createdAt: "2026-11-18T09:00:00Z", channel: "ticket", priority: "high" }], { now, engineer: { id: "alice" }, edition: "gitlab2026" })],
];

describe("now as a Date or as epoch milliseconds", () => {
  it.each(calls)("%s gives the same answer for both", (_, call) => {
    expect(call(ms)).toEqual(call(date));
  });

  it.each(calls)("%s: `now` accepts the same inputs everywhere, an ISO 8601 string with an offset giving the answer the Date gives", (_, call) => {
    expect(call(ISO)).toEqual(call(date));
    expect(call("2026-11-18T19:00:00+01:00")).toEqual(call(date));
  });

  it.each(calls)("%s rejects a string without an offset as invalid_instant at now", (_, call) => {
    expect(thrown(() => call("2026-11-18T18:00:00"))).toMatchObject({ code: "invalid_instant", path: expect.arrayContaining(["now"]) as unknown });
  });

  it.each(calls)("%s rejects NaN and Infinity as invalid_instant at now", (_, call) => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY]) expect(thrown(() => call(bad))).toMatchObject({ code: "invalid_instant", path: expect.arrayContaining(["now"]) as unknown });
  });
});
