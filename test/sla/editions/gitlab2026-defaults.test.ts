import { describe, expect, it } from "vitest";
import { defineCalendar } from "../../../src/sla/define-calendar.js";
import { evaluateSla } from "../../../src/sla/evaluate-sla.js";
import {
  globalSupportHours,
  twentyFourSeven,
  usGovernmentEmergencyHours,
  usGovernmentSupportHours,
} from "../../../src/sla/gitlab-calendars.js";
import { parseTicket } from "../../../src/sla/parse-ticket.js";
import type { SlaPolicySet } from "../../../src/sla/sla-policy-set.js";
import type { TicketInput } from "../../../src/sla/ticket.js";
import { HOUR, MINUTE, at, nowAt } from "../sla-fixtures.js";

// The edition is built when its module loads; importing it inside each test makes a failure to
// build the default edition fail these tests instead of stopping the file from loading.
const load = () => import("../../../src/sla/editions/gitlab2026.js");

/** A target as one line: metric, priority, minutes and calendar. */
function line(target: SlaPolicySet["policies"][number]["targets"][number]): string {
  return `${target.metric} ${target.priority ?? "any"}: ${target.durationMs / MINUTE} min on ${target.calendar}`;
}

function table(set: SlaPolicySet): [string, string, Record<string, unknown>, string[]][] {
  return set.policies.map((policy) => [
    policy.id,
    policy.name,
    Object.fromEntries(Object.entries(policy.conditions).filter(([, value]) => value !== undefined)),
    policy.targets.map(line),
  ]);
}

const DEFAULT_PLANS = {
  premium: "priority",
  ultimate: "priority",
  silver: "priority",
  gold: "priority",
  dedicated: "priority",
  starter: "standard",
  bronze: "standard",
  us_government_12x5: "us_government_12x5",
  us_government_24x7: "us_government_24x7",
  free: "none",
  trial: "none",
  edu: "none",
  oss: "none",
  startup: "none",
};

// docs/rules.md §2 (2026), written out from the handbook's table rather than read from the library.
const DEFAULT_POLICIES = [
  [
    "licensing_renewals",
    "Licensing & Renewals (any plan)",
    { form: ["licensing_renewals"] },
    ["first_reply any: 480 min on global_support_hours", "next_reply any: 1440 min on global_support_hours"],
  ],
  [
    "us_government_12x5",
    "US Government support, 12x5 package",
    { supportLevel: ["us_government_12x5"] },
    [
      "first_reply urgent: 30 min on us_government_emergency",
      "first_reply high: 240 min on us_government_12x5",
      "first_reply normal: 480 min on us_government_12x5",
      "first_reply low: 1440 min on us_government_12x5",
      "next_reply urgent: 240 min on us_government_emergency",
      "next_reply high: 240 min on us_government_12x5",
      "next_reply normal: 1440 min on us_government_12x5",
      "next_reply low: 1440 min on us_government_12x5",
    ],
  ],
  [
    "us_government_24x7",
    "US Government support, 24x7 package",
    { supportLevel: ["us_government_24x7"] },
    [
      "first_reply urgent: 30 min on 24x7",
      "first_reply high: 240 min on 24x7",
      "first_reply normal: 480 min on us_government_12x5",
      "first_reply low: 1440 min on us_government_12x5",
      "next_reply urgent: 240 min on 24x7",
      "next_reply high: 240 min on 24x7",
      "next_reply normal: 1440 min on us_government_12x5",
      "next_reply low: 1440 min on us_government_12x5",
    ],
  ],
  [
    "emergency",
    "Emergency tickets (Priority Support)",
    { all: [{ field: "supportLevel", operator: "is", value: ["priority"] }, { field: "priority", operator: "is", value: ["urgent"] }], any: [{ field: "channel", operator: "is", value: ["emergency"] }, { field: "form", operator: "is", value: ["emergency"] }] },
    ["first_reply any: 30 min on 24x7", "next_reply any: 240 min on 24x7"],
  ],
  [
    "priority_support",
    "Priority Support (Premium and Ultimate)",
    { supportLevel: ["priority"] },
    [
      "first_reply urgent: 30 min on global_support_hours",
      "first_reply high: 240 min on global_support_hours",
      "first_reply normal: 480 min on global_support_hours",
      "first_reply low: 1440 min on global_support_hours",
      "next_reply urgent: 240 min on global_support_hours",
      "next_reply high: 240 min on global_support_hours",
      "next_reply normal: 1440 min on global_support_hours",
      "next_reply low: 1440 min on global_support_hours",
    ],
  ],
  [
    "standard",
    "Standard support (legacy Starter and Bronze)",
    { supportLevel: ["standard"] },
    ["first_reply any: 1440 min on global_support_hours", "next_reply any: 1440 min on global_support_hours"],
  ],
];

describe("gitlab2026: the edition as shipped", () => {
  it('"Definitions of Support Impact", "Internal next-reply targets", Standard and Licensing & Renewals: the parameters', async () => {
    const { gitlab2026 } = await load();
    expect(gitlab2026.name).toBe("gitlab2026");
    expect(gitlab2026.parameters).toEqual({
      firstReplyMs: { urgent: 30 * MINUTE, high: 4 * HOUR, normal: 8 * HOUR, low: 24 * HOUR },
      nextReplyMs: { urgent: 4 * HOUR, high: 4 * HOUR, normal: 24 * HOUR, low: 24 * HOUR },
      standardMs: { firstReplyMs: 24 * HOUR, nextReplyMs: 24 * HOUR },
      licensingRenewals: { firstReplyMs: 8 * HOUR, nextReplyMs: 24 * HOUR, form: "licensing_renewals" },
      plans: DEFAULT_PLANS,
      emergencyChannels: ["emergency"],
      emergencyForms: ["emergency"],
    });
  });

  it('"Policy choice: an ordered list of policies with conditions": every policy and target, in order', async () => {
    const { gitlab2026 } = await load();
    expect(table(gitlab2026)).toEqual(DEFAULT_POLICIES);
  });

  it('"First and next reply never pause": no target of the edition pauses or has an earliest time', async () => {
    const { gitlab2026 } = await load();
    const targets = gitlab2026.policies.flatMap((policy) => policy.targets);
    expect(targets.map((target) => [target.pausedBy, target.notBeforeMs])).toEqual(targets.map(() => [[], null]));
  });

  it("the calendars are GitLab's Zendesk schedules", async () => {
    const { gitlab2026 } = await load();
    expect(Object.keys(gitlab2026.calendars)).toEqual(["global_support_hours", "24x7", "us_government_12x5", "us_government_emergency"]);
    expect(gitlab2026.calendars["global_support_hours"]).toBe(globalSupportHours);
    expect(gitlab2026.calendars["24x7"]).toBe(twentyFourSeven);
    expect(gitlab2026.calendars["us_government_12x5"]).toBe(usGovernmentSupportHours);
    expect(gitlab2026.calendars["us_government_emergency"]).toBe(usGovernmentEmergencyHours);
  });

  it("createGitlab2026Edition() without overrides builds the same edition", async () => {
    const { createGitlab2026Edition, gitlab2026 } = await load();
    const fresh = createGitlab2026Edition();
    expect(fresh.parameters).toEqual(gitlab2026.parameters);
    expect(table(fresh)).toEqual(DEFAULT_POLICIES);
  });
});

describe("gitlab2026: emergency tickets", () => {
  it('"Emergency tickets are those that came in through an emergency channel or on the support portal\'s emergency form": the form on the ticket channel runs 30 min around the clock, not High / 4 h', async () => {
    const { gitlab2026 } = await load();
    const ticket = { id: "E-1", createdAt: "2026-11-21T10:00:00Z", channel: "ticket" as const, form: "emergency", organization: { plan: "premium" } };
    const report = evaluateSla(ticket, gitlab2026, new Date("2026-11-21T10:10:00Z"));
    expect([report.policyId, report.metrics[0]?.dueAt]).toEqual(["emergency", "2026-11-21T10:30:00.000Z"]);
    const free = evaluateSla({ ...ticket, organization: { plan: "free" } }, gitlab2026, new Date("2026-11-21T10:10:00Z"));
    expect(free.policyId).not.toBe("emergency");
  });
});

describe("gitlab2026: every number is overridable", () => {
  it("each override replaces its own number, plan, channel and calendar, and nothing else", async () => {
    const { createGitlab2026Edition } = await load();
    const night = defineCalendar({ timeZone: "UTC", weekly: { mon: [["00:00", "06:00"]] } });
    const edition = createGitlab2026Edition({
      firstReply: { urgent: { minutes: 15 }, high: { hours: 1 }, normal: { hours: 2 }, low: { hours: 3 } },
      nextReply: { urgent: { hours: 5 }, high: { hours: 6 }, normal: { hours: 7 }, low: { hours: 9 } },
      standard: { firstReply: { hours: 10 }, nextReply: { hours: 11 } },
      licensingRenewals: { firstReply: { hours: 12 }, nextReply: { hours: 13 }, form: "billing" },
      plans: { trial: "priority", premium: "standard" },
      emergencyChannels: ["emergency", "gitlab_com_downtime"],
      emergencyForms: ["urgent_help"],
      calendars: { global: night, twentyFourSeven: night, usGovernment: night, usGovernmentEmergency: night },
    });
    expect(edition.parameters).toEqual({
      firstReplyMs: { urgent: 15 * MINUTE, high: HOUR, normal: 2 * HOUR, low: 3 * HOUR },
      nextReplyMs: { urgent: 5 * HOUR, high: 6 * HOUR, normal: 7 * HOUR, low: 9 * HOUR },
      standardMs: { firstReplyMs: 10 * HOUR, nextReplyMs: 11 * HOUR },
      licensingRenewals: { firstReplyMs: 12 * HOUR, nextReplyMs: 13 * HOUR, form: "billing" },
      plans: { ...DEFAULT_PLANS, trial: "priority", premium: "standard" },
      emergencyChannels: ["emergency", "gitlab_com_downtime"],
      emergencyForms: ["urgent_help"],
    });
    expect(table(edition)).toEqual([
      ["licensing_renewals", "Licensing & Renewals (any plan)", { form: ["billing"] }, ["first_reply any: 720 min on global_support_hours", "next_reply any: 780 min on global_support_hours"]],
      [
        "us_government_12x5",
        "US Government support, 12x5 package",
        { supportLevel: ["us_government_12x5"] },
        [
          "first_reply urgent: 15 min on us_government_emergency",
          "first_reply high: 60 min on us_government_12x5",
          "first_reply normal: 120 min on us_government_12x5",
          "first_reply low: 180 min on us_government_12x5",
          "next_reply urgent: 300 min on us_government_emergency",
          "next_reply high: 360 min on us_government_12x5",
          "next_reply normal: 420 min on us_government_12x5",
          "next_reply low: 540 min on us_government_12x5",
        ],
      ],
      [
        "us_government_24x7",
        "US Government support, 24x7 package",
        { supportLevel: ["us_government_24x7"] },
        [
          "first_reply urgent: 15 min on 24x7",
          "first_reply high: 60 min on 24x7",
          "first_reply normal: 120 min on us_government_12x5",
          "first_reply low: 180 min on us_government_12x5",
          "next_reply urgent: 300 min on 24x7",
          "next_reply high: 360 min on 24x7",
          "next_reply normal: 420 min on us_government_12x5",
          "next_reply low: 540 min on us_government_12x5",
        ],
      ],
      [
        "emergency",
        "Emergency tickets (Priority Support)",
        { all: [{ field: "supportLevel", operator: "is", value: ["priority"] }, { field: "priority", operator: "is", value: ["urgent"] }], any: [{ field: "channel", operator: "is", value: ["emergency", "gitlab_com_downtime"] }, { field: "form", operator: "is", value: ["urgent_help"] }] },
        ["first_reply any: 15 min on 24x7", "next_reply any: 300 min on 24x7"],
      ],
      [
        "priority_support",
        "Priority Support (Premium and Ultimate)",
        { supportLevel: ["priority"] },
        [
          "first_reply urgent: 15 min on global_support_hours",
          "first_reply high: 60 min on global_support_hours",
          "first_reply normal: 120 min on global_support_hours",
          "first_reply low: 180 min on global_support_hours",
          "next_reply urgent: 300 min on global_support_hours",
          "next_reply high: 360 min on global_support_hours",
          "next_reply normal: 420 min on global_support_hours",
          "next_reply low: 540 min on global_support_hours",
        ],
      ],
      ["standard", "Standard support (legacy Starter and Bronze)", { supportLevel: ["standard"] }, ["first_reply any: 600 min on global_support_hours", "next_reply any: 660 min on global_support_hours"]],
    ]);
    expect(Object.values(edition.calendars)).toEqual([night, night, night, night]);
  });

  it("the parameters are a frozen copy: the caller's overrides are not frozen", async () => {
    const { createGitlab2026Edition } = await load();
    const plans = { trial: "priority" as const };
    const emergencyChannels = ["emergency" as const];
    const edition = createGitlab2026Edition({ plans, emergencyChannels });
    expect(Object.isFrozen(edition.parameters)).toBe(true);
    expect([Object.isFrozen(plans), Object.isFrozen(emergencyChannels)]).toEqual([false, false]);
  });
});

function input(extra: Partial<TicketInput>): TicketInput {
  return { id: "D-1", createdAt: at(0), channel: "ticket", ...extra };
}

describe("gitlab2026: the facts derived before policies are matched", () => {
  const cases: [string, Partial<TicketInput>, { priority: string | null; supportLevel: string | null }][] = [
    ['"Premium and Ultimate ... get Priority Support": the plan is read whatever its case', { severity: 2, organization: { plan: "Ultimate" } }, { priority: "high", supportLevel: "priority" }],
    ['"Legacy Starter/Bronze get Standard"', { severity: 3, organization: { plan: "BRONZE" } }, { priority: "normal", supportLevel: "standard" }],
    ["the organization's own support level wins over its plan", { severity: 4, organization: { plan: "premium", supportLevel: "standard" } }, { priority: "low", supportLevel: "standard" }],
    ["no plan and no support level: the support level is unknown", { severity: 3 }, { priority: "normal", supportLevel: null }],
    ["no plan: the support level is unknown, not none", { organization: { plan: null } }, { priority: null, supportLevel: null }],
    ["without a severity, a ticket keeps the priority it was given", { priority: "low", organization: { plan: "premium" } }, { priority: "low", supportLevel: "priority" }],
    ['"1→Urgent (but High if the ticket is not an emergency ticket)"', { severity: 1, organization: { plan: "premium" } }, { priority: "high", supportLevel: "priority" }],
    ['"1→Urgent" for an emergency ticket of a Premium organization', { channel: "emergency", severity: 1, organization: { plan: "premium" } }, { priority: "urgent", supportLevel: "priority" }],
    ["an emergency ticket without a severity counts as severity 1", { channel: "emergency", priority: "low", organization: { plan: "gold" } }, { priority: "urgent", supportLevel: "priority" }],
    ["an emergency ticket with a lower severity keeps that severity's priority", { channel: "emergency", severity: 3, organization: { plan: "premium" } }, { priority: "normal", supportLevel: "priority" }],
    ['"Emergency eligibility: Premium or above": US Government 12x5 is eligible', { channel: "emergency", organization: { plan: "us_government_12x5" } }, { priority: "urgent", supportLevel: "us_government_12x5" }],
    ['"Emergency eligibility: Premium or above": US Government 24x7 is eligible', { channel: "emergency", organization: { plan: "us_government_24x7" } }, { priority: "urgent", supportLevel: "us_government_24x7" }],
    ['"Otherwise the emergency is downgraded to priority High": Standard', { channel: "emergency", organization: { plan: "starter" } }, { priority: "high", supportLevel: "standard" }],
    ['"Otherwise the emergency is downgraded to priority High": no support', { channel: "emergency", organization: { plan: "free" } }, { priority: "high", supportLevel: "none" }],
    ['"Otherwise the emergency is downgraded to priority High": an unknown plan', { channel: "emergency", severity: 1 }, { priority: "high", supportLevel: null }],
  ];

  it.each(cases)("%s", async (_, extra, expected) => {
    const { gitlab2026 } = await load();
    expect(gitlab2026.deriveFacts?.(parseTicket(input(extra)))).toEqual(expected);
  });

  it.each(["silver", "gold", "dedicated", "ultimate"])('"Premium and Ultimate (self-managed, SaaS, Dedicated ...) get Priority Support": %s', async (plan) => {
    const { gitlab2026 } = await load();
    const report = evaluateSla(input({ severity: 2, organization: { plan } }), gitlab2026, nowAt(10));
    expect(report).toMatchObject({ outcome: "policy_applied", policyId: "priority_support", priority: "high" });
  });
});
