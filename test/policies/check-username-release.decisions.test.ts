// Full decisions over a fixed, named table of dormant-username requests, one or more per branch
// of each edition's rules: the snapshot shows every reason's code, rule, message and facts, the
// next step with its date, and the new name, so a change to any of them shows up in review.
import { describe, expect, it } from "vitest";
import { checkUsernameRelease, type UsernameReleaseFactsInput } from "../../src/policies/index.js";
import { DAY, NOW, daysAgo } from "./arbitraries.js";
import { describeError, thrown } from "./helpers.js";

const at = (days: number, ownerId = "u1") => ({ at: daysAgo(days), ownerId });

const eligible2016: UsernameReleaseFactsInput = {
  username: "alice",
  hasData: false,
  lastActivityAt: daysAgo(400),
  ownsActiveProject: false,
  contactAttempts: [at(20), at(10)],
};

const CASES_2016: Record<string, UsernameReleaseFactsInput> = {
  "all four criteria hold": eligible2016,
  "all four criteria hold, alice_idle taken": { ...eligible2016, takenNames: ["alice_idle", "bob"] },
  "the account holds data": { ...eligible2016, hasData: true },
  "active five months ago": { ...eligible2016, lastActivityAt: daysAgo(150) },
  "never active": { ...eligible2016, lastActivityAt: null },
  "owns an active project": { ...eligible2016, ownsActiveProject: true },
  "no contact attempt yet": { ...eligible2016, contactAttempts: [] },
  "one contact attempt": { ...eligible2016, contactAttempts: [at(3)] },
  "two attempts more than 14 days apart": { ...eligible2016, contactAttempts: [at(30), at(15.5)] },
  "two attempts exactly 14 days apart": { ...eligible2016, contactAttempts: [at(30), at(16)] },
  "the user replied": { ...eligible2016, replies: [{ at: daysAgo(5), ownerId: "u1", kind: "other" }] },
  "attempts listed latest first": { ...eligible2016, contactAttempts: [at(3), at(30)] },
  "nothing known": { username: "alice" },
  "data held while contact is pending": { ...eligible2016, hasData: true, contactAttempts: [at(3)] },
  "one attempt, dates shown in Auckland": { ...eligible2016, timeZone: "Pacific/Auckland", contactAttempts: [{ at: "2026-06-10T13:00:00Z", ownerId: "u1" }] },
};

const withData: UsernameReleaseFactsInput = {
  username: "alice",
  requesterIsPaidCustomer: true,
  hasData: true,
  lastActivityAt: daysAgo(100),
};

const CASES_2026: Record<string, UsernameReleaseFactsInput> = {
  "paid customer, no data": { username: "alice", requesterIsPaidCustomer: true, hasData: false },
  "paid customer, no data, a group path": { username: "acme-group", namespaceKind: "group", requesterIsPaidCustomer: true, hasData: false, takenNames: ["acme-group_idle", "acme-group_idle1"] },
  "not a paid customer": { username: "alice", requesterIsPaidCustomer: false, hasData: false },
  "whether paid unknown": { username: "alice", hasData: false },
  "whether data held unknown": { username: "alice", requesterIsPaidCustomer: true },
  "data, activity unknown": { ...withData, lastActivityAt: undefined },
  "data, never active": { ...withData, lastActivityAt: null },
  "data, inactive for two years": { ...withData, lastActivityAt: "2024-06-15T12:00:00Z" },
  "data, inactive a day less than two years": { ...withData, lastActivityAt: "2024-06-16T12:00:00Z" },
  "data, contact unknown": withData,
  "data, no notice sent, five owners": { ...withData, owners: [{ id: "u1" }, { id: "u2" }, { id: "u3" }, { id: "u4" }, { id: "u5" }], contactAttempts: [] },
  "data, no notice sent, two owners": { ...withData, owners: [{ id: "u1", email: "u1.owner@example.com" }, { id: "u2" }], contactAttempts: [] },
  "data, no notice sent, owners unknown": { ...withData, contactAttempts: [] },
  "first notice 3 days ago": { ...withData, contactAttempts: [at(3), at(3, "u2")] },
  "first notice 8 days ago, no second notice": { ...withData, contactAttempts: [at(8)] },
  "first notice exactly a week ago, no second notice": { ...withData, contactAttempts: [at(7)] },
  "first notice a moment less than a week ago": { ...withData, contactAttempts: [{ at: new Date(NOW.getTime() - 7 * DAY + 1).toISOString(), ownerId: "u1" }] },
  "second notice sent exactly a week after the first": { ...withData, contactAttempts: [at(10), at(3)] },
  "second notice sent a moment before a week": { ...withData, contactAttempts: [at(10), { at: new Date(NOW.getTime() - 3 * DAY - 1).toISOString(), ownerId: "u1" }] },
  "second notice sent, 14 days since the first": { ...withData, contactAttempts: [at(14), at(6)] },
  "second notice sent, a moment less than 14 days": { ...withData, contactAttempts: [{ at: new Date(NOW.getTime() - 14 * DAY + 1).toISOString(), ownerId: "u1" }, at(6)] },
  "an owner keeps the name": { ...withData, contactAttempts: [at(14), at(6)], replies: [{ at: daysAgo(2), ownerId: "u1", kind: "keep" }] },
  "an owner keeps a name without data": {
    username: "alice",
    requesterIsPaidCustomer: true,
    hasData: false,
    contactAttempts: [at(3)],
    replies: [{ at: daysAgo(2), ownerId: "u1", kind: "keep" }, { at: daysAgo(1), ownerId: "u1", kind: "keep" }],
  },
  "an owner's reply is unclear": { ...withData, contactAttempts: [at(14), at(6)], replies: [{ at: daysAgo(2), ownerId: "u1", kind: "other" }] },
  "every contacted owner gives up the name": {
    ...withData,
    contactAttempts: [at(3), at(3, "u2")],
    replies: [{ at: daysAgo(2), ownerId: "u1", kind: "release" }, { at: daysAgo(1), ownerId: "u2", kind: "release" }],
  },
  "one of two owners gives up the name": { ...withData, contactAttempts: [at(3), at(3, "u2")], replies: [{ at: daysAgo(2), ownerId: "u1", kind: "release" }] },
  "logins after the first notice": { ...withData, contactAttempts: [at(14), at(6)], logins: [daysAgo(20), daysAgo(14), daysAgo(1)] },
  "notices listed latest first, with logins": { ...withData, contactAttempts: [at(6), at(14, "u2"), at(14), at(6, "u2")], logins: [daysAgo(13)] },
  "logins without any notice": { username: "alice", requesterIsPaidCustomer: true, hasData: false, logins: [daysAgo(1)] },
  "a trademark without a court order": { username: "alice", requesterIsPaidCustomer: true, hasData: false, trademarkClaim: { courtOrder: false } },
  "a trademark with a court order": { ...withData, contactAttempts: [at(3)], trademarkClaim: { courtOrder: true } },
  "first notice 3 days ago, dates shown in Auckland": { ...withData, timeZone: "Pacific/Auckland", contactAttempts: [{ at: "2026-06-12T13:00:00Z", ownerId: "u1" }] },
};

describe("checkUsernameRelease decisions, handbook2016", () => {
  it.each(Object.entries(CASES_2016))("%s", (_name, facts) => {
    expect(checkUsernameRelease(facts, NOW, "handbook2016")).toMatchSnapshot();
  });
});

describe("checkUsernameRelease decisions, gitlab2026", () => {
  it.each(Object.entries(CASES_2026))("%s", (_name, facts) => {
    expect(checkUsernameRelease(facts, NOW, "gitlab2026")).toMatchSnapshot();
  });
});

describe("checkUsernameRelease, exact decisions", () => {
  it('"release 2 weeks after the first contact without an explicit reply", with the dates of each step', () => {
    expect(checkUsernameRelease({ ...withData, contactAttempts: [at(14), at(6)] }, NOW, "gitlab2026")).toEqual({
      edition: "gitlab2026",
      username: "alice",
      outcome: "release",
      newName: "alice_idle",
      reasons: [
        { code: "requester_paid", rule: "§6 dormant usernames (2026): only paid customers may request", message: "The requester is a paid customer", facts: { requesterIsPaidCustomer: true } },
        {
          code: "has_data",
          rule: "§6 dormant usernames (2026): no activity for 2 or more years counts as no data",
          message: "The namespace holds data and was active on 2026-03-07, less than 2 years ago: its owners must be contacted",
          facts: { hasData: true, lastActivityAt: "2026-03-07T12:00:00.000Z", inactiveYearsCountsAsNoData: 2 },
        },
        {
          code: "no_reply_after_wait",
          rule: "§6 dormant usernames (2026): release 2 weeks after the first contact without an explicit reply",
          message: "No explicit reply 14 days after the first contact of 2026-06-01, and the second notice was sent",
          facts: {
            firstContactAt: "2026-06-01T12:00:00.000Z",
            ownersContacted: 1,
            secondNoticeDueAt: "2026-06-08T12:00:00.000Z",
            secondNoticeSent: true,
            releaseFrom: "2026-06-15T12:00:00.000Z",
          },
        },
      ],
      next: { action: "rename_account", message: 'Rename the dormant account "alice" to "alice_idle" and give "alice" to the requester' },
    });
  });

  it('"two failed attempts to contact the user within a two-week period": one attempt waits for the next, dated', () => {
    expect(checkUsernameRelease({ ...eligible2016, contactAttempts: [at(3)] }, NOW, "handbook2016")).toEqual({
      edition: "handbook2016",
      username: "alice",
      outcome: "waiting",
      reasons: [
        { code: "no_data", rule: "§6 dormant usernames (2016): the account has no data", message: "The account holds no data", facts: { hasData: false } },
        {
          code: "inactive_long_enough",
          rule: "§6 dormant usernames (2016): no activity for six months on owned and participated projects",
          message: "No activity since 2025-05-11, 6 months or more ago",
          facts: { lastActivityAt: "2025-05-11T12:00:00.000Z", inactiveMonthsRequired: 6, inactiveFrom: "2025-11-11T12:00:00.000Z" },
        },
        { code: "no_active_project", rule: "§6 dormant usernames (2016): the user owns no active project", message: "The user owns no active project", facts: { ownsActiveProject: false } },
        {
          code: "contact_attempts_pending",
          rule: "§6 dormant usernames (2016): two failed attempts to contact the user within a two-week period",
          message: "1 of 2 failed contact attempts lie within 14 days",
          facts: { attempts: 1, attemptsInWindow: 1, attemptsRequired: 2, windowDays: 14 },
        },
      ],
      next: {
        action: "contact_user",
        message: "Make another attempt to contact the user; it counts together with the attempt of 2026-06-12 only if made within 14 days of it, by 2026-06-26",
      },
    });
  });
});

describe("checkUsernameRelease, events out of order", () => {
  const error = (facts: UsernameReleaseFactsInput) => describeError(thrown(() => checkUsernameRelease(facts, NOW, "gitlab2026")));
  const justAfter = new Date(NOW.getTime() + 1).toISOString();

  it("an event at the very instant of the decision is in order; a millisecond later is after now", () => {
    expect(checkUsernameRelease({ ...withData, lastActivityAt: NOW, contactAttempts: [{ at: NOW, ownerId: "u1" }], logins: [NOW], replies: [{ at: NOW, ownerId: "u1", kind: "release" }] }, NOW, "gitlab2026").outcome).toBe(
      "release",
    );
    expect(error({ ...withData, lastActivityAt: justAfter })).toEqual([
      "event_after_now",
      ["facts", "lastActivityAt"],
      "lastActivityAt (2026-06-15T12:00:00.001Z) is after now (2026-06-15T12:00:00.000Z)",
    ]);
  });

  it("a login or a reply after now", () => {
    expect(error({ ...withData, logins: [daysAgo(1), justAfter] })).toEqual([
      "event_after_now",
      ["facts", "logins", 1],
      "logins.1 (2026-06-15T12:00:00.001Z) is after now (2026-06-15T12:00:00.000Z)",
    ]);
    expect(error({ ...withData, contactAttempts: [at(3)], replies: [{ at: justAfter, ownerId: "u1", kind: "keep" }] })).toEqual([
      "event_after_now",
      ["facts", "replies", 0, "at"],
      "replies.0.at (2026-06-15T12:00:00.001Z) is after now (2026-06-15T12:00:00.000Z)",
    ]);
  });

  it("a reply from an owner who was never contacted, or contacted only later", () => {
    expect(error({ ...withData, contactAttempts: [at(3)], replies: [{ at: daysAgo(1), ownerId: "u2", kind: "keep" }] })).toEqual([
      "inconsistent_facts",
      ["facts", "replies", 0],
      'Reply 0 from owner "u2" comes before any contact attempt to that owner',
    ]);
    expect(error({ ...withData, contactAttempts: [at(3), at(1, "u2")], replies: [{ at: daysAgo(2), ownerId: "u2", kind: "keep" }] })[0]).toBe("inconsistent_facts");
    expect(error({ ...withData, replies: [{ at: daysAgo(2), ownerId: "u1", kind: "keep" }] })[0]).toBe("inconsistent_facts");
  });

  it("an owner listed twice, and an attempt to someone not among the owners", () => {
    expect(error({ ...withData, owners: [{ id: "u1" }, { id: "u2" }, { id: "u1" }] })).toEqual(["duplicate_id", ["facts", "owners", 2, "id"], 'Owner id "u1" is listed twice']);
    expect(error({ ...withData, owners: [{ id: "u1" }], contactAttempts: [at(3), at(2, "u9")] })).toEqual([
      "inconsistent_facts",
      ["facts", "contactAttempts", 1, "ownerId"],
      'Contact attempt 1 names owner "u9", who is not among the owners',
    ]);
  });

  it("without a list of owners, any contacted id is accepted", () => {
    expect(checkUsernameRelease({ ...withData, contactAttempts: [at(3, "anyone")] }, NOW, "gitlab2026").outcome).toBe("waiting");
  });
});
