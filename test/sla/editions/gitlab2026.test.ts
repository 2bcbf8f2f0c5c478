import { describe, expect, it } from "vitest";
import { createGitlab2026Edition, gitlab2026 } from "../../../src/sla/editions/gitlab2026.js";
import { evaluateSla } from "../../../src/sla/evaluate-sla.js";
import type { TicketInput } from "../../../src/sla/ticket.js";
import { parseTicket } from "../../../src/sla/parse-ticket.js";
import { PLANS } from "../../../src/shared/plan.js";
import { HOUR, agent, at, caught, customer, metricOf, nowAt, priority } from "../sla-fixtures.js";

const saturday = "2026-03-21T18:00:00Z"; // 11:00 in Los Angeles: Global Support Hours are closed.

function ticket(extra: Partial<TicketInput>): TicketInput {
  return { id: "G-1", createdAt: at(0), channel: "ticket", organization: { plan: "premium" }, ...extra };
}

describe("gitlab2026: Definitions of Support Impact (first response)", () => {
  it('"1 | Urgent | ... | 30 min, 24x7 (emergency ticket)"', () => {
    const events = [
      { type: "comment" as const, at: "2026-03-21T18:10:00Z", author: "agent" as const, public: true },
      { type: "comment" as const, at: "2026-03-21T18:20:00Z", author: "customer" as const, public: true },
    ];
    const report = evaluateSla(ticket({ channel: "emergency", severity: 1, createdAt: saturday, events }), gitlab2026, new Date("2026-03-21T18:30:00Z"));
    expect(report).toMatchObject({ policyId: "emergency", priority: "urgent" });
    expect(metricOf(report, "first_reply")).toMatchObject({ dueAt: "2026-03-21T18:30:00.000Z", calendar: "24x7", state: "closed", breached: false });
    expect(metricOf(report, "next_reply")).toMatchObject({ dueAt: "2026-03-21T22:20:00.000Z", calendar: "24x7", state: "active" });
  });

  it('"Severity to priority on creation: 1→Urgent (but High if the ticket is not an emergency ticket)"', () => {
    const report = evaluateSla(ticket({ severity: 1, createdAt: saturday }), gitlab2026, new Date("2026-03-21T19:00:00Z"));
    expect(report).toMatchObject({ policyId: "priority_support", priority: "high" });
    // Closed until Sunday 15:00 in Los Angeles (22:00 UTC), then four hours.
    expect(metricOf(report, "first_reply")).toMatchObject({ dueAt: "2026-03-23T02:00:00.000Z", calendar: "global_support_hours" });
  });

  it.each([
    [2, "high", "2026-03-16T14:00:00.000Z"],
    [3, "normal", "2026-03-16T18:00:00.000Z"],
    [4, "low", "2026-03-17T10:00:00.000Z"],
  ] as const)('"2→High 4 h, 3→Normal 8 h, 4→Low 24 h, 24x5": severity %i', (severity, expectedPriority, dueAt) => {
    const report = evaluateSla(ticket({ severity }), gitlab2026, nowAt(10));
    expect(report.priority).toBe(expectedPriority);
    expect(metricOf(report, "first_reply").dueAt).toBe(dueAt);
  });

  it('"Legacy Starter/Bronze get Standard: 24 h, 24x5, every priority"', () => {
    for (const plan of ["starter", "bronze"]) {
      const report = evaluateSla(ticket({ severity: 2, organization: { plan } }), gitlab2026, nowAt(10));
      expect(report.policyId).toBe("standard");
      expect(metricOf(report, "first_reply").dueAt).toBe("2026-03-17T10:00:00.000Z");
      expect(metricOf(report, "next_reply").targetMs).toBe(24 * HOUR);
    }
  });

  it('"Licensing & Renewals: first reply 8 h, next reply 24 h, on any plan, free and trial included"', () => {
    for (const plan of ["free", "trial", "ultimate"]) {
      const report = evaluateSla(ticket({ form: "licensing_renewals", organization: { plan } }), gitlab2026, nowAt(10));
      expect(report.policyId).toBe("licensing_renewals");
      expect(metricOf(report, "first_reply").dueAt).toBe("2026-03-16T18:00:00.000Z");
      expect(metricOf(report, "next_reply").targetMs).toBe(24 * HOUR);
    }
  });

  it('"Free, trials, and EDU/OSS/Startup programs: no support (community forum)"', () => {
    for (const plan of ["free", "trial", "edu", "oss", "startup"]) {
      const report = evaluateSla(ticket({ severity: 2, organization: { plan } }), gitlab2026, nowAt(10));
      expect(report).toMatchObject({ outcome: "no_policy", metrics: [] });
    }
  });

  it("reads every plan id routing reads, in any case, each to a support level (the plan vocabulary is one)", () => {
    for (const plan of PLANS) {
      const derived = gitlab2026.deriveFacts?.(parseTicket(ticket({ organization: { plan: plan.toUpperCase() } })));
      expect(derived?.supportLevel, plan).not.toBeNull();
      expect(evaluateSla(ticket({ severity: 2, organization: { plan } }), gitlab2026, nowAt(10)).outcome, plan).not.toBe("cannot_decide");
    }
  });

  it("no plan is not read as \"no support\": the report cannot decide", () => {
    const report = evaluateSla(ticket({ severity: 2, organization: { plan: null } }), gitlab2026, nowAt(10));
    expect(report).toMatchObject({ outcome: "cannot_decide", missing: ["organization.supportLevel"] });
  });

  it('"An unknown plan is reported as unknown, never guessed": the error names the plan received and the nearest plan', () => {
    const error = caught(() => evaluateSla(ticket({ severity: 2, organization: { plan: "ultimat" } }), gitlab2026, nowAt(10)));
    expect(error).toMatchObject({ code: "unknown_value", path: ["ticket", "organization", "plan"], issues: [{ suggestion: "ultimate" }] });
    expect(error.message).toMatch(/^Unknown plan "ultimat"; expected one of free, trial, oss, edu, startup, .*; did you mean "ultimate"\?$/);
  });

  it('"the EDU, OSS and Startup community programs" are plans of their own: the name of the three together says which ids to use', () => {
    const error = caught(() => evaluateSla(ticket({ severity: 2, organization: { plan: "community_program" } }), gitlab2026, nowAt(10)));
    expect(error).toMatchObject({ code: "unknown_value", path: ["ticket", "organization", "plan"] });
    expect(error.message).toContain('Unknown plan "community_program": the community programs are plans of their own, "oss", "edu" and "startup"');
  });

  it('"Emergency eligibility: Premium or above. Otherwise the emergency is downgraded to priority High."', () => {
    const report = evaluateSla(ticket({ channel: "emergency", severity: 1, organization: { plan: "starter" } }), gitlab2026, nowAt(10));
    expect(report).toMatchObject({ priority: "high", policyId: "standard" });
    const noSeverity = evaluateSla(ticket({ channel: "emergency" }), gitlab2026, nowAt(10));
    expect(noSeverity).toMatchObject({ priority: "urgent", policyId: "emergency" });
  });

  it('"Internal next-reply targets (not contractual): Urgent 4 h, High 4 h, Normal 24 h, Low 24 h"', () => {
    const targets = (["urgent", "high", "normal", "low"] as const).map((value) =>
      metricOf(evaluateSla(ticket({ priority: value }), gitlab2026, nowAt(1)), "next_reply").targetMs,
    );
    expect(targets).toEqual([4 * HOUR, 4 * HOUR, 24 * HOUR, 24 * HOUR]);
  });

  it('"an agent setting Urgent on a non-emergency ticket gives 30 min / 4 h on 24x5"', () => {
    const events = [{ type: "priority_change" as const, at: "2026-03-20T23:55:00Z", priority: "urgent" as const }];
    const report = evaluateSla(ticket({ severity: 3, createdAt: "2026-03-20T23:50:00Z", events }), gitlab2026, new Date(saturday));
    expect(report).toMatchObject({ policyId: "priority_support", priority: "urgent" });
    // Ten minutes on Friday before 17:00 in Los Angeles, twenty more from Sunday 15:00.
    expect(metricOf(report, "first_reply")).toMatchObject({ dueAt: "2026-03-22T22:20:00.000Z", breached: false, calendar: "global_support_hours" });
    expect(metricOf(report, "next_reply")).toMatchObject({ targetMs: 4 * HOUR, calendar: "global_support_hours" });
  });

  it('"A later change of the customer\'s severity does not change priority"', () => {
    const events = [{ type: "severity_change" as const, at: at(10), severity: 1 as const, by: "customer" as const }];
    const report = evaluateSla(ticket({ severity: 3, events }), gitlab2026, nowAt(20));
    expect(report.priority).toBe("normal");
    expect(metricOf(report, "first_reply").dueAt).toBe("2026-03-16T18:00:00.000Z");
  });

  it('"An agent changing priority changes both the first- and next-reply targets"', () => {
    const report = evaluateSla(ticket({ severity: 3, events: [agent(10), customer(20), priority(30, "high")] }), gitlab2026, nowAt(40));
    expect(metricOf(report, "next_reply")).toMatchObject({ targetMs: 4 * HOUR, dueAt: at(20 + 240) });
    expect(metricOf(report, "first_reply").targetMs).toBe(4 * HOUR);
    // The first reply completed under Normal keeps the target it completed under.
    expect(metricOf(report, "first_reply").completed[0]).toMatchObject({ priority: "normal", targetMs: 8 * HOUR, outcome: "met" });
  });
});

describe("gitlab2026: US Government", () => {
  it('"12x5 package: severity 2–4 on US Government 12x5 (Mon–Fri 05:00–17:00 PT); severity 1 on US Government emergency hours (every day 05:00–17:00 PT)"', () => {
    const organization = { plan: "us_government_12x5" };
    const sev2 = evaluateSla(ticket({ severity: 2, createdAt: saturday, organization }), gitlab2026, new Date(saturday));
    expect(sev2.policyId).toBe("us_government_12x5");
    expect(metricOf(sev2, "first_reply").dueAt).toBe("2026-03-23T16:00:00.000Z");
    const sev1 = evaluateSla(ticket({ channel: "emergency", severity: 1, createdAt: saturday, organization }), gitlab2026, new Date(saturday));
    expect(metricOf(sev1, "first_reply")).toMatchObject({ dueAt: "2026-03-21T18:30:00.000Z", calendar: "us_government_emergency" });
  });

  it('"24x7 package: severity 1 and 2 around the clock, 3 and 4 on 12x5"', () => {
    const organization = { plan: "us_government_24x7" };
    const sev2 = evaluateSla(ticket({ severity: 2, createdAt: saturday, organization }), gitlab2026, new Date(saturday));
    expect(metricOf(sev2, "first_reply")).toMatchObject({ dueAt: "2026-03-21T22:00:00.000Z", calendar: "24x7" });
    const sev3 = evaluateSla(ticket({ severity: 3, createdAt: saturday, organization }), gitlab2026, new Date(saturday));
    expect(metricOf(sev3, "first_reply").dueAt).toBe("2026-03-23T20:00:00.000Z");
  });
});

describe("gitlab2026: every number is overridable", () => {
  it("createGitlab2026Edition({ firstReply: { high: { hours: 2 } } })", () => {
    const edition = createGitlab2026Edition({ firstReply: { high: { hours: 2 } }, plans: { Trial: "priority" } });
    const report = evaluateSla(ticket({ severity: 2, organization: { plan: "trial" } }), edition, nowAt(1));
    expect(metricOf(report, "first_reply").dueAt).toBe("2026-03-16T12:00:00.000Z");
    expect(edition.parameters).toMatchObject({ firstReplyMs: { urgent: 1_800_000, high: 7_200_000, normal: 28_800_000, low: 86_400_000 } });
  });

  it("the plans override remaps plans of the one vocabulary: another key is an unknown plan, named with the nearest plan", () => {
    const error = caught(() => createGitlab2026Edition({ plans: { primium: "standard" } }));
    expect(error).toMatchObject({ code: "unknown_value", path: ["overrides", "plans", "primium"], issues: [{ suggestion: "premium" }] });
    expect(error.message).toMatch(/^Unknown plan "primium"; expected one of free, .*; did you mean "premium"\?$/);
  });

  it("a plans override naming __proto__ is refused at its key, not dropped", () => {
    const error = caught(() => createGitlab2026Edition({ plans: JSON.parse('{ "__proto__": "priority" }') as never }));
    expect(error).toMatchObject({ code: "duplicate_id", path: ["overrides", "plans", "__proto__"], message: '"__proto__" cannot name a plan: JavaScript objects reserve it' });
  });

  it("a malformed override is a typed error with its path", () => {
    const error = caught(() => createGitlab2026Edition({ firstReply: { high: -1 } }));
    expect(error).toMatchObject({ code: "too_small", path: ["overrides", "firstReply", "high"] });
    expect(error.message).toContain("expected number to be >=0");
    const unknown = caught(() => createGitlab2026Edition({ secondReply: {} } as never));
    expect(unknown).toMatchObject({ code: "unknown_key", path: ["overrides", "secondReply"] });
  });
});
