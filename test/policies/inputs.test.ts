// The shapes every policy accepts, read through the public functions: each kind of bad value
// gets its own code, the path from the argument's root and a message naming what was received.
import { describe, expect, it } from "vitest";
import {
  checkCallReadiness,
  checkLicenceRequest,
  checkUsernameRelease,
  checkVendorSupportRequest,
  idleUsername,
  planUpgradePath,
  sentryUserQuery,
} from "../../src/policies/index.js";
import { NOW } from "./arbitraries.js";
import { describeError, thrown } from "./helpers.js";

const USERNAME_RULE =
  'Expected a GitLab username (1-255 letters, digits, "_", "-" or "."; starting with a letter, digit or "_"; not ending in ".", ".git" or ".atom")';

describe("instants", () => {
  const call = (scheduledAt: unknown) => () => checkCallReadiness({ scheduledAt } as Parameters<typeof checkCallReadiness>[0]);

  it("a missing instant is missing_field", () => {
    expect(describeError(thrown(() => checkCallReadiness({} as Parameters<typeof checkCallReadiness>[0])))).toEqual([
      "missing_field",
      ["facts", "scheduledAt"],
      `Missing required field "facts.scheduledAt"`,
    ]);
  });

  it("an Invalid Date is invalid_instant", () => {
    expect(describeError(thrown(call(new Date(Number.NaN))))).toEqual(["invalid_instant", ["facts", "scheduledAt"], 'Expected an ISO 8601 date-time with "Z" or an offset (e.g. "2026-11-20T10:00:00Z"), a Date or epoch milliseconds; received an invalid Date']);
  });

  it("epoch milliseconds are an instant, as in every area; null where an instant is required is invalid_type, naming what was received", () => {
    expect(checkCallReadiness({ scheduledAt: Date.UTC(2026, 11, 1, 9), backupConfirmedAt: null }).next?.at).toBe("2026-12-01T09:00:00.000Z");
    expect(describeError(thrown(call(null)))).toEqual(["invalid_type", ["facts", "scheduledAt"], 'Expected an ISO 8601 date-time with "Z" or an offset (e.g. "2026-11-20T10:00:00Z"), a Date or epoch milliseconds; received null']);
  });

  it("a string without an offset is invalid_instant", () => {
    expect(describeError(thrown(call("2026-12-01T09:00:00")))).toEqual([
      "invalid_instant",
      ["facts", "scheduledAt"],
      'Expected an ISO 8601 date-time with "Z" or an offset (e.g. "2026-11-20T10:00:00Z"), a Date or epoch milliseconds; received the string "2026-12-01T09:00:00"',
    ]);
  });

  it("a Date and a string with an offset are the same instant, and the Date passed in is copied", () => {
    const date = new Date("2026-12-01T09:00:00Z");
    const decision = checkCallReadiness({ scheduledAt: date, backupConfirmedAt: null });
    expect(decision.next?.at).toBe("2026-12-01T09:00:00.000Z");
    expect(checkCallReadiness({ scheduledAt: "2026-12-01T10:00:00+01:00", backupConfirmedAt: null }).next?.at).toBe("2026-12-01T09:00:00.000Z");
    expect(date.toISOString()).toBe("2026-12-01T09:00:00.000Z");
  });

  it("now must be an instant", () => {
    expect(describeError(thrown(() => checkUsernameRelease({ username: "alice" }, new Date(Number.NaN), "gitlab2026")))).toEqual([
      "invalid_instant",
      ["now"],
      'Expected an ISO 8601 date-time with "Z" or an offset (e.g. "2026-11-20T10:00:00Z"), a Date or epoch milliseconds; received an invalid Date',
    ]);
  });

  it("`now` accepts the same inputs everywhere: an ISO string the facts accept is accepted as now, with the same decision as the Date", () => {
    const facts = { username: "alice", lastActivityAt: "2024-01-01T00:00:00Z" };
    expect(checkUsernameRelease(facts, "2026-06-15T12:00:00Z", "gitlab2026")).toEqual(checkUsernameRelease(facts, new Date("2026-06-15T12:00:00Z"), "gitlab2026"));
  });
});

describe("usernames", () => {
  it("a username outside GitLab's rules is invalid_format, quoting it", () => {
    expect(describeError(thrown(() => sentryUserQuery("-alice")))).toEqual(["invalid_format", ["username"], `${USERNAME_RULE}, received "-alice"`]);
  });

  it.each(["", "-alice", ".alice", "alice.", "alice.git", "alice.GIT", "alice.atom", "ali ce", "alice/x", "a".repeat(256)])("%j is not a username", (name) => {
    expect(describeError(thrown(() => sentryUserQuery(name)))[0]).toBe("invalid_format");
  });

  it.each(["a", "_alice", "0alice", "alice.smith", "alice-smith_2", "alice.gitx", "alicegit", "a".repeat(255)])("%j is a username", (name) => {
    expect(sentryUserQuery(name)).toBe(`user.username:${name}`);
  });

  it("the username in a policy's facts is checked under facts", () => {
    expect(describeError(thrown(() => checkUsernameRelease({ username: "alice.git" }, NOW, "gitlab2026")))[1]).toEqual(["facts", "username"]);
  });
});

describe("the _idle name at the length limit", () => {
  it("a name with room for the suffix keeps its base", () => {
    const base = "a".repeat(250);
    expect(idleUsername(base)).toBe(`${base}_idle`);
    expect(idleUsername(base, [`${base}_idle`])).toBe(`${"a".repeat(249)}_idle1`);
  });

  it("a name that fits keeps a final separator of its own", () => {
    expect(idleUsername(`${"a".repeat(249)}-`)).toBe(`${"a".repeat(249)}-_idle`);
  });

  it("a longer base is trimmed so the name is exactly 255 characters", () => {
    expect(idleUsername("a".repeat(255))).toBe(`${"a".repeat(250)}_idle`);
    expect(idleUsername("a".repeat(255), [`${"a".repeat(250)}_idle`])).toBe(`${"a".repeat(249)}_idle1`);
  });

  it("every separator the trim leaves at the end is dropped", () => {
    expect(idleUsername(`${"a".repeat(247)}.-.bcdef`)).toBe(`${"a".repeat(247)}_idle`);
  });
});

describe("versions", () => {
  it.each(["8", "8.0.0.1", "12345.0", "8.x", " 8.0", "8.0 "])("%j is not a GitLab version", (version) => {
    expect(describeError(thrown(() => planUpgradePath(version, "9.0", false)))).toEqual([
      "invalid_format",
      ["currentVersion"],
      `Expected a GitLab version "MAJOR.MINOR" or "MAJOR.MINOR.PATCH", received "${version}"`,
    ]);
  });

  it("a version without a patch is the .0 patch; each part compares as a number", () => {
    expect(planUpgradePath("7.14", "7.14.0", true)).toEqual(["7.14.0"]);
    expect(planUpgradePath("7.14.0", "7.14", true)).toEqual(["7.14"]);
    expect(planUpgradePath("7.14.9", "7.14.10", true)).toEqual(["7.14.10"]);
    expect(describeError(thrown(() => planUpgradePath("7.14.10", "7.14.9", true)))[0]).toBe("inconsistent_facts");
    expect(describeError(thrown(() => planUpgradePath("8.0", "7.99.99", false)))[0]).toBe("inconsistent_facts");
    expect(planUpgradePath("1234.1234.1234", "1234.1234.1234", false)).toEqual(["1234.1234.1234"]);
  });

  it("8.0 is the waypoint only for a CI user below 8.0 going to 8.1 or later", () => {
    expect(planUpgradePath("7.99.99", "8.1", true)).toEqual(["8.0", "8.1"]);
    expect(planUpgradePath("7.99.99", "8.0.99", true)).toEqual(["8.0.99"]);
    expect(planUpgradePath("8.0", "8.1", true)).toEqual(["8.1"]);
    expect(planUpgradePath("6.0", "9.0", true)).toEqual(["8.0", "9.0"]);
  });
});

describe("calendar dates and zones", () => {
  const grace = (planExpiresOn: string, timeZone = "UTC") =>
    checkLicenceRequest({ submittedAt: "2026-01-10T12:00:00Z", timeZone, requests: [{ kind: "grace_extension", planExpiresOn, hasPreviousTrial: true }] });

  it("the day after expiry rolls over months, years and leap days", () => {
    expect(grace("2026-01-31").startsOn).toBe("2026-02-01");
    expect(grace("2026-12-31").startsOn).toBe("2027-01-01");
    expect(grace("2028-02-28").startsOn).toBe("2028-02-29");
    expect(grace("2027-02-28").startsOn).toBe("2027-03-01");
  });

  it("a date that does not exist is invalid_date", () => {
    expect(describeError(thrown(() => grace("2026-02-30")))).toEqual([
      "invalid_date",
      ["request", "requests", 0, "planExpiresOn"],
      'Expected a calendar date "YYYY-MM-DD", received "2026-02-30"',
    ]);
    expect(describeError(thrown(() => grace("2026-2-3")))[0]).toBe("invalid_date");
  });

  it("an unknown zone is invalid_time_zone", () => {
    expect(describeError(thrown(() => grace("2026-01-31", "Mars/Olympus_Mons")))).toEqual([
      "invalid_time_zone",
      ["request", "timeZone"],
      'Expected an IANA time zone such as "Europe/Berlin", received "Mars/Olympus_Mons"',
    ]);
    expect(describeError(thrown(() => checkVendorSupportRequest({ vendor: "sidekiq", requestAt: NOW, previousRequests: [] }, { timeZone: "Nowhere" })))[1]).toEqual([
      "parameters",
      "timeZone",
    ]);
  });

  it("a known zone other than UTC is accepted", () => {
    expect(grace("2026-01-31", "Pacific/Chatham").startsOn).toBe("2026-02-01");
  });
});

describe("months on the UTC calendar", () => {
  const lastActive = (lastActivityAt: string, now: string) =>
    checkUsernameRelease(
      {
        username: "alice",
        hasData: false,
        lastActivityAt,
        ownsActiveProject: false,
        contactAttempts: [
          { at: "2026-01-01T00:00:00Z", ownerId: "u1" },
          { at: "2026-01-02T00:00:00Z", ownerId: "u1" },
        ],
      },
      new Date(now),
      "handbook2016",
    ).reasons[1]?.facts;

  it('"six months" from the last day of a month ends on the last day of the shorter month, at the same time of day', () => {
    expect(lastActive("2025-08-31T10:20:30.400Z", "2026-03-01T00:00:00Z")).toMatchObject({ inactiveFrom: "2026-02-28T10:20:30.400Z" });
    expect(lastActive("2025-07-31T23:00:00Z", "2026-03-01T00:00:00Z")).toMatchObject({ inactiveFrom: "2026-01-31T23:00:00.000Z" });
    expect(lastActive("2025-08-15T00:00:00Z", "2026-03-01T00:00:00Z")).toMatchObject({ inactiveFrom: "2026-02-15T00:00:00.000Z" });
  });
});
