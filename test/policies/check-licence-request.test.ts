import { fc, test } from "../support/property.js";
import { describe, expect, it } from "vitest";
import { checkLicenceRequest, internalRequestDueAt, type LicenceRequestInput, type LicenceRequestItemInput } from "../../src/policies/index.js";
import { deepFreeze } from "./arbitraries.js";
import { thrown } from "../support/thrown.js";

const ticket = (item: LicenceRequestItemInput, extra: Partial<LicenceRequestInput> = {}): LicenceRequestInput => ({
  submittedAt: "2026-12-10T15:00:00Z",
  timeZone: "America/New_York",
  requests: [item],
  ...extra,
});


describe("checkLicenceRequest", () => {
  it('"One licence or subscription request per ticket"', () => {
    const decision = checkLicenceRequest({ ...ticket({ kind: "extend_trial", hasExistingTrial: true }), requests: [{ kind: "extend_trial", hasExistingTrial: true }, { kind: "send_licence", recipientIsLicenceContact: true }] });
    expect(decision.outcome).toBe("refuse");
    expect(decision.reasons[0]?.code).toBe("one_request_per_ticket");
    expect(decision.next).toEqual({ action: "split_ticket", message: "Ask for one ticket per licence or subscription request" });
  });

  it('"Support never starts a trial"', () => {
    const decision = checkLicenceRequest(ticket({ kind: "start_trial" }));
    expect(decision.outcome).toBe("refuse");
    expect(decision.next?.action).toBe("customer_starts_trial");
  });

  it('"extending one needs an existing trial"', () => {
    expect(checkLicenceRequest(ticket({ kind: "extend_trial", hasExistingTrial: true })).outcome).toBe("approve");
    expect(checkLicenceRequest(ticket({ kind: "extend_trial", hasExistingTrial: false })).outcome).toBe("refuse");
    const unknown = checkLicenceRequest(ticket({ kind: "extend_trial" }));
    expect(unknown.outcome).toBe("cannot_decide");
    expect(unknown.missing).toEqual(["requests.0.hasExistingTrial"]);
  });

  it('"can start only the day after the plan expires (expires on the 15th → from the 16th)"', () => {
    const decision = checkLicenceRequest(ticket({ kind: "grace_extension", planExpiresOn: "2026-12-15", hasPreviousTrial: true }));
    expect(decision.outcome).toBe("approve");
    expect(decision.startsOn).toBe("2026-12-16");
    const early = checkLicenceRequest(ticket({ kind: "grace_extension", planExpiresOn: "2026-12-15", hasPreviousTrial: true, requestedStartOn: "2026-12-15" }));
    expect(early.startsOn).toBe("2026-12-16");
    expect(early.reasons.map((reason) => reason.code)).toContain("grace_start_moved");
    const later = checkLicenceRequest(ticket({ kind: "grace_extension", planExpiresOn: "2026-12-15", hasPreviousTrial: true, requestedStartOn: "2026-12-20" }));
    expect(later.startsOn).toBe("2026-12-20");
  });

  it('"a request made later starts on the day of the request", in the customer\'s zone', () => {
    // 2026-12-20T03:00Z is still the 19th in New York and already the 20th in Tokyo.
    const newYork = checkLicenceRequest(ticket({ kind: "grace_extension", planExpiresOn: "2026-12-15", hasPreviousTrial: true }, { submittedAt: "2026-12-20T03:00:00Z" }));
    expect(newYork.startsOn).toBe("2026-12-19");
    const tokyo = checkLicenceRequest(ticket({ kind: "grace_extension", planExpiresOn: "2026-12-15", hasPreviousTrial: true }, { submittedAt: "2026-12-20T03:00:00Z", timeZone: "Asia/Tokyo" }));
    expect(tokyo.startsOn).toBe("2026-12-20");
  });

  it('"Grace-period extensions are treated like trial extensions (so they too need a previous trial)"', () => {
    const decision = checkLicenceRequest(ticket({ kind: "grace_extension", planExpiresOn: "2026-12-31", hasPreviousTrial: false }));
    expect(decision.outcome).toBe("refuse");
    expect(decision.next?.message).toBe("Ask the customer to start a trial from 2027-01-01, the day after the plan expires");
    expect(checkLicenceRequest(ticket({ kind: "grace_extension", planExpiresOn: "2026-12-31" })).missing).toEqual(["requests.0.hasPreviousTrial"]);
  });

  it('"A Wider Community licence over 90 days needs a manager\'s approval"', () => {
    expect(checkLicenceRequest(ticket({ kind: "wider_community_licence", durationDays: 90 })).outcome).toBe("approve");
    const long = checkLicenceRequest(ticket({ kind: "wider_community_licence", durationDays: 91 }));
    expect(long.outcome).toBe("needs_manager_approval");
    expect(long.reasons[0]?.code).toBe("wider_community_needs_manager");
    const approved = checkLicenceRequest(ticket({ kind: "wider_community_licence", durationDays: 365, approvingManagerEmail: "manager@example.com" }));
    expect(approved.outcome).toBe("approve");
    expect(JSON.stringify(approved)).not.toContain("manager@example.com");
    expect(checkLicenceRequest(ticket({ kind: "wider_community_licence", durationDays: 91 }), { widerCommunityMaxDaysWithoutApproval: 120 }).outcome).toBe("approve");
  });

  it('"A multi-year licence: check seat usage first"', () => {
    const unchecked = checkLicenceRequest(ticket({ kind: "multi_year_licence", seatUsageChecked: false }));
    expect(unchecked.outcome).toBe("needs_action");
    expect(unchecked.next?.action).toBe("check_seat_usage");
    expect(checkLicenceRequest(ticket({ kind: "multi_year_licence", seatUsageChecked: true, seatsExceeded: true })).next?.action).toBe("amend_subscription");
    expect(checkLicenceRequest(ticket({ kind: "multi_year_licence", seatUsageChecked: true, seatsExceeded: false })).outcome).toBe("approve");
    expect(checkLicenceRequest(ticket({ kind: "multi_year_licence", seatUsageChecked: true })).missing).toEqual(["requests.0.seatsExceeded"]);
  });

  it('"Licences go only to the licence contact (temporary ones excepted)"', () => {
    expect(checkLicenceRequest(ticket({ kind: "send_licence", recipientIsLicenceContact: true })).outcome).toBe("approve");
    expect(checkLicenceRequest(ticket({ kind: "send_licence", recipientIsLicenceContact: false, temporary: true })).outcome).toBe("approve");
    const other = checkLicenceRequest(ticket({ kind: "send_licence", recipientIsLicenceContact: false, temporary: false }));
    expect(other.outcome).toBe("refuse");
    expect(other.next?.action).toBe("contact_change");
    expect(checkLicenceRequest(ticket({ kind: "send_licence", recipientIsLicenceContact: false })).missing).toEqual(["requests.0.temporary"]);
  });

  it('"Internal request response targets, 24x5: Urgent 1 h, High 4 h, Normal 8 h, Low 24 h"', () => {
    // Thursday 2026-12-10 07:00 in Los Angeles: the 24x5 calendar is open all day.
    const due = (priority: "urgent" | "high" | "normal" | "low"): string | undefined =>
      checkLicenceRequest(ticket({ kind: "start_trial" }, { priority })).respondBy;
    expect(due("urgent")).toBe("2026-12-10T16:00:00.000Z");
    expect(due("high")).toBe("2026-12-10T19:00:00.000Z");
    expect(due("normal")).toBe("2026-12-10T23:00:00.000Z");
    expect(due("low")).toBe("2026-12-11T15:00:00.000Z");
    // From Friday 07:00: 10 h until Friday 17:00, 9 h on Sunday from 15:00, 5 h on Monday.
    const friday = checkLicenceRequest(ticket({ kind: "start_trial" }, { priority: "low", submittedAt: "2026-12-11T15:00:00Z" }));
    expect(friday.respondBy).toBe("2026-12-14T13:00:00.000Z");
    expect(internalRequestDueAt("urgent", "2026-12-04T16:30:00-08:00")).toBe("2026-12-06T23:30:00.000Z");
    expect(checkLicenceRequest(ticket({ kind: "start_trial" })).respondBy).toBeUndefined();
  });

  it("bad input is a typed error", () => {
    const date = thrown(() => checkLicenceRequest(ticket({ kind: "grace_extension", planExpiresOn: "2026-02-30", hasPreviousTrial: true })));
    expect([date.code, date.path, date.message]).toEqual(["invalid_date", ["request", "requests", 0, "planExpiresOn"], 'Expected a calendar date "YYYY-MM-DD", received "2026-02-30"']);
    const zone = thrown(() => checkLicenceRequest(ticket({ kind: "start_trial" }, { timeZone: "Mars/Olympus" })));
    expect([zone.code, zone.path, zone.message]).toEqual(["invalid_time_zone", ["request", "timeZone"], 'Expected an IANA time zone such as "Europe/Berlin", received "Mars/Olympus"']);
    const kind = thrown(() => checkLicenceRequest(ticket({ kind: "free_licence" } as unknown as LicenceRequestItemInput)));
    expect([kind.code, kind.path]).toEqual(["invalid_input", ["request", "requests", 0, "kind"]]);
    const none = thrown(() => checkLicenceRequest({ ...ticket({ kind: "start_trial" }), requests: [] }));
    expect([none.code, none.path]).toEqual(["too_small", ["request", "requests"]]);
    const duration = thrown(() => checkLicenceRequest(ticket({ kind: "wider_community_licence", durationDays: 1.5 })));
    expect([duration.code, duration.path]).toEqual(["invalid_type", ["request", "requests", 0, "durationDays"]]);
    const priority = thrown(() => internalRequestDueAt("asap" as "urgent", "2026-12-04T16:30:00Z"));
    expect([priority.code, priority.path]).toEqual(["unknown_value", ["priority"]]);
  });
});

const dateArb = fc.date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
const zoneArb = fc.constantFrom("UTC", "America/New_York", "Pacific/Chatham", "America/St_Johns", "Asia/Kolkata", "Pacific/Kiritimati", "Pacific/Pago_Pago");

describe("checkLicenceRequest, properties", () => {
  test.prop([dateArb, fc.option(dateArb, { nil: undefined }), fc.date({ min: new Date("2019-06-01T00:00:00Z"), max: new Date("2031-06-01T00:00:00Z"), noInvalidDate: true }), zoneArb])(
    "a grace extension never starts on or before the expiry date, nor before the day of the request",
    (planExpiresOn, requestedStartOn, submittedAt, timeZone) => {
      const decision = checkLicenceRequest({
        submittedAt,
        timeZone,
        requests: [{ kind: "grace_extension", planExpiresOn, hasPreviousTrial: true, ...(requestedStartOn === undefined ? {} : { requestedStartOn }) }],
      });
      expect(decision.outcome).toBe("approve");
      const startsOn = decision.startsOn!;
      expect(startsOn > planExpiresOn).toBe(true);
      const requestDay = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(submittedAt);
      expect(startsOn >= requestDay).toBe(true);
    },
  );

  const itemArb: fc.Arbitrary<LicenceRequestItemInput> = fc.oneof(
    fc.constant({ kind: "start_trial" as const }),
    fc.record({ kind: fc.constant("extend_trial" as const), hasExistingTrial: fc.boolean() }, { requiredKeys: ["kind"] }),
    fc.record({ kind: fc.constant("grace_extension" as const), planExpiresOn: dateArb, hasPreviousTrial: fc.boolean() }, { requiredKeys: ["kind", "planExpiresOn"] }),
    fc.record({ kind: fc.constant("wider_community_licence" as const), durationDays: fc.integer({ min: 1, max: 400 }), approvingManagerEmail: fc.constant("boss@example.com") }, { requiredKeys: ["kind", "durationDays"] }),
    fc.record({ kind: fc.constant("multi_year_licence" as const), seatUsageChecked: fc.boolean(), seatsExceeded: fc.boolean() }, { requiredKeys: ["kind"] }),
    fc.record({ kind: fc.constant("send_licence" as const), recipientIsLicenceContact: fc.boolean(), temporary: fc.boolean() }, { requiredKeys: ["kind"] }),
  );
  const ticketArb = fc.record({ items: fc.array(itemArb, { minLength: 1, maxLength: 3 }), priority: fc.option(fc.constantFrom("urgent" as const, "high" as const, "normal" as const, "low" as const), { nil: undefined }) });

  test.prop([ticketArb])("nothing Support may not do is ever approved", ({ items, priority }) => {
    const decision = checkLicenceRequest({ submittedAt: "2026-12-10T15:00:00Z", timeZone: "UTC", requests: items, ...(priority === undefined ? {} : { priority }) });
    if (decision.outcome !== "approve") return;
    expect(items).toHaveLength(1);
    const item = items[0]!;
    expect(item.kind).not.toBe("start_trial");
    if (item.kind === "extend_trial") expect(item.hasExistingTrial).toBe(true);
    if (item.kind === "grace_extension") expect(item.hasPreviousTrial).toBe(true);
    if (item.kind === "wider_community_licence" && item.durationDays > 90) expect(item.approvingManagerEmail).toBeDefined();
    if (item.kind === "multi_year_licence") expect([item.seatUsageChecked, item.seatsExceeded]).toEqual([true, false]);
    if (item.kind === "send_licence") expect(item.recipientIsLicenceContact === true || item.temporary === true).toBe(true);
  });

  test.prop([ticketArb])("decisions never echo an email, survive a JSON round trip and never mutate the ticket", ({ items, priority }) => {
    const request: LicenceRequestInput = { submittedAt: "2026-12-10T15:00:00Z", timeZone: "UTC", requests: items, ...(priority === undefined ? {} : { priority }) };
    const before = structuredClone(request);
    const decision = checkLicenceRequest(deepFreeze(request));
    expect(JSON.stringify(decision)).not.toContain("@");
    expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
    expect(request).toEqual(before);
  });

  test.prop([fc.date({ min: new Date("2026-01-01T00:00:00Z"), max: new Date("2027-01-01T00:00:00Z"), noInvalidDate: true })])(
    "response targets are ordered: urgent ≤ high ≤ normal ≤ low, each at least its hours after submission",
    (submittedAt) => {
      const dues = (["urgent", "high", "normal", "low"] as const).map((priority) => new Date(internalRequestDueAt(priority, submittedAt)).getTime());
      for (let index = 1; index < dues.length; index += 1) expect(dues[index]!).toBeGreaterThanOrEqual(dues[index - 1]!);
      expect(dues[0]! - submittedAt.getTime()).toBeGreaterThanOrEqual(3_600_000);
      expect(dues[3]! - submittedAt.getTime()).toBeGreaterThanOrEqual(24 * 3_600_000);
    },
  );
});
