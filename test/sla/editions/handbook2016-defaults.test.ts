import { describe, expect, it } from "vitest";
import { defineCalendar } from "../../../src/sla/define-calendar.js";
import { globalSupportHours } from "../../../src/sla/gitlab-calendars.js";
import type { SlaPolicySet } from "../../../src/sla/sla-policy-set.js";
import { HOUR, MINUTE, caught } from "../sla-fixtures.js";

// The edition is built when its module loads; importing it inside each test makes a failure to
// build the default edition fail these tests instead of stopping the file from loading.
const load = () => import("../../../src/sla/editions/handbook2016.js");

function line(target: SlaPolicySet["policies"][number]["targets"][number]): string {
  const window = target.notBeforeMs === null ? "" : `, not before ${target.notBeforeMs / MINUTE} min`;
  return `${target.metric} ${target.priority ?? "any"}: ${target.durationMs / MINUTE} min on ${target.calendar}${window}`;
}

function table(set: SlaPolicySet): [string, string, Record<string, unknown>, string[]][] {
  return set.policies.map((policy) => [
    policy.id,
    policy.name,
    Object.fromEntries(Object.entries(policy.conditions).filter(([, value]) => value !== undefined)),
    policy.targets.map(line),
  ]);
}

const CATEGORY_1 = ["emergency", "gitlab_com_downtime"];
const CATEGORY_2 = ["security", "hackerone", "ticket", "contact_form", "internal"];
const CATEGORY_3 = ["disqus", "twitter", "facebook"];
const CATEGORY_4 = [
  "issue_followup",
  "gitlab_com_support_tracker",
  "ce_tracker",
  "ee_tracker",
  "omnibus_tracker",
  "mailing_list",
  "forum",
  "docker",
  "stack_overflow",
  "reddit",
  "quora",
];

describe("handbook2016: the edition as shipped", () => {
  it('"SLA categories, in priority order": every policy and target, in order', async () => {
    const { handbook2016 } = await load();
    expect(handbook2016.name).toBe("handbook2016");
    expect(table(handbook2016)).toEqual([
      [
        "emergency",
        "SLA category 1: emergency tickets",
        { channel: CATEGORY_1 },
        ["first_reply any: 30 min on around_the_clock", "next_reply any: 30 min on around_the_clock"],
      ],
      [
        "security_through_regular",
        "SLA category 2: security disclosures through regular tickets",
        { channel: CATEGORY_2 },
        [
          "first_reply any: 1440 min on global_support_hours",
          "next_reply any: 1440 min on global_support_hours",
          "first_reply urgent: 30 min on around_the_clock",
          "next_reply urgent: 30 min on around_the_clock",
        ],
      ],
      [
        "disqus_and_twitter",
        "SLA category 3: Disqus and Twitter (tracked)",
        { channel: CATEGORY_3 },
        ["first_reply any: 1440 min on global_support_hours", "next_reply any: 1440 min on global_support_hours"],
      ],
      [
        "posted_issues",
        "SLA category 4: posted issues through the end",
        { channel: CATEGORY_4 },
        ["first_reply any: 20160 min on around_the_clock, not before 2880 min", "next_reply any: 20160 min on around_the_clock"],
      ],
    ]);
  });

  it('"within two weeks, but not sooner than two days", "30 minutes", "1 business day": the parameters', async () => {
    const { handbook2016 } = await load();
    expect(handbook2016.parameters).toEqual({
      emergencyMs: 30 * MINUTE,
      businessDayMs: 24 * HOUR,
      urgentMs: 30 * MINUTE,
      postedIssuesNotBeforeMs: 48 * HOUR,
      postedIssuesWithinMs: 336 * HOUR,
    });
  });

  it('"1 business day" is 24 business hours on Global Support Hours; reply targets never pause', async () => {
    const { handbook2016 } = await load();
    expect(handbook2016.calendars).toEqual({ global_support_hours: globalSupportHours });
    expect(handbook2016.calendars["global_support_hours"]).toBe(globalSupportHours);
    expect(handbook2016.deriveFacts).toBeUndefined();
    const targets = handbook2016.policies.flatMap((policy) => policy.targets);
    expect(targets.map((target) => target.pausedBy)).toEqual(targets.map(() => []));
  });

  it("createHandbook2016Edition() without overrides builds the same edition", async () => {
    const { createHandbook2016Edition, handbook2016 } = await load();
    const fresh = createHandbook2016Edition();
    expect(fresh.parameters).toEqual(handbook2016.parameters);
    expect(table(fresh)).toEqual(table(handbook2016));
  });
});

describe("handbook2016: every number is overridable", () => {
  it("each override replaces its own number and the calendar, and nothing else", async () => {
    const { createHandbook2016Edition } = await load();
    const weekdays = defineCalendar({ timeZone: "UTC", weekly: { mon: [["09:00", "17:00"]] } });
    const edition = createHandbook2016Edition({
      emergency: { minutes: 10 },
      businessDay: { hours: 8 },
      urgent: { minutes: 20 },
      postedIssues: { notBefore: { hours: 1 }, within: { hours: 2 } },
      businessCalendar: weekdays,
    });
    expect(edition.parameters).toEqual({ emergencyMs: 10 * MINUTE, businessDayMs: 8 * HOUR, urgentMs: 20 * MINUTE, postedIssuesNotBeforeMs: HOUR, postedIssuesWithinMs: 2 * HOUR });
    expect(table(edition).map(([id, , , targets]) => [id, targets])).toEqual([
      ["emergency", ["first_reply any: 10 min on around_the_clock", "next_reply any: 10 min on around_the_clock"]],
      [
        "security_through_regular",
        [
          "first_reply any: 480 min on global_support_hours",
          "next_reply any: 480 min on global_support_hours",
          "first_reply urgent: 20 min on around_the_clock",
          "next_reply urgent: 20 min on around_the_clock",
        ],
      ],
      ["disqus_and_twitter", ["first_reply any: 480 min on global_support_hours", "next_reply any: 480 min on global_support_hours"]],
      ["posted_issues", ["first_reply any: 120 min on around_the_clock, not before 60 min", "next_reply any: 120 min on around_the_clock"]],
    ]);
    expect(edition.calendars["global_support_hours"]).toBe(weekdays);
  });

  it("a window given only its deadline keeps the two-day earliest time", async () => {
    const { createHandbook2016Edition } = await load();
    const edition = createHandbook2016Edition({ postedIssues: { within: { hours: 100 } } });
    expect(edition.parameters).toMatchObject({ postedIssuesNotBeforeMs: 48 * HOUR, postedIssuesWithinMs: 100 * HOUR });
  });

  it("a malformed override is a typed error with its path", async () => {
    const { createHandbook2016Edition } = await load();
    const negative = caught(() => createHandbook2016Edition({ emergency: -1 }));
    expect(negative).toMatchObject({ code: "too_small", path: ["overrides", "emergency"] });
    const notCalendar = caught(() => createHandbook2016Edition({ businessCalendar: { timeZone: "UTC" } as never }));
    expect(notCalendar).toMatchObject({ code: "not_a_calendar", path: ["overrides", "businessCalendar"], message: "Expected a calendar made by defineCalendar(spec)" });
    const unknown = caught(() => createHandbook2016Edition({ postedIssues: { earliest: 1 } } as never));
    expect(unknown).toMatchObject({ code: "unknown_key", path: ["overrides", "postedIssues", "earliest"] });
  });
});
