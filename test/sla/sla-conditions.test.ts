import { describe, expect, it } from "vitest";
import { evaluateSla } from "../../src/sla/evaluate-sla.js";
import { prepareSlaPolicies } from "../../src/sla/prepare-sla-policies.js";
import type { SlaConditions } from "../../src/sla/sla-policy.js";
import type { TicketInput } from "../../src/sla/ticket.js";
import { AROUND_THE_CLOCK } from "../../src/sla/sla-vocabulary.js";
import { HOUR, MINUTE, caught, nowAt, ticket } from "./sla-fixtures.js";

function outcomeOf(conditions: SlaConditions, extra: Partial<TicketInput>): string {
  const set = prepareSlaPolicies({ policies: [{ id: "p", name: "P", conditions, targets: [{ metric: "first_reply", duration: { hours: 1 }, calendar: AROUND_THE_CLOCK }] }] });
  return evaluateSla(ticket([], extra), set, nowAt(1)).outcome;
}

// docs/rules.md §2 "Policy choice: an ordered list of policies with conditions"; every field given must hold.
const CASES: [string, SlaConditions, Partial<TicketInput>, string][] = [
  ["no conditions match every ticket", {}, {}, "policy_applied"],
  ["channel: listed", { channel: ["twitter", "ticket"] }, {}, "policy_applied"],
  ["channel: not listed", { channel: ["twitter"] }, {}, "no_policy"],
  ["priority: listed", { priority: ["high"] }, { priority: "high" }, "policy_applied"],
  ["priority: not listed", { priority: ["high"] }, { priority: "normal" }, "no_policy"],
  ["priority: null matches a ticket without one", { priority: [null] }, { priority: null }, "policy_applied"],
  ["priority: null does not match a ticket with one", { priority: [null] }, { priority: "low" }, "no_policy"],
  ["form: listed", { form: ["billing"] }, { form: "billing" }, "policy_applied"],
  ["form: a ticket without a form", { form: ["billing"] }, {}, "no_policy"],
  ["form: null matches a ticket without a form", { form: [null] }, {}, "policy_applied"],
  ["tags any: one of them", { tags: { any: ["a", "b"] } }, { tags: ["b"] }, "policy_applied"],
  ["tags any: none of them", { tags: { any: ["a", "b"] } }, { tags: ["c"] }, "no_policy"],
  ["tags all: every one", { tags: { all: ["a", "b"] } }, { tags: ["b", "c", "a"] }, "policy_applied"],
  ["tags all: one missing", { tags: { all: ["a", "b"] } }, { tags: ["a"] }, "no_policy"],
  ["tags none: absent", { tags: { none: ["spam"] } }, { tags: ["vip"] }, "policy_applied"],
  ["tags none: present", { tags: { none: ["spam"] } }, { tags: ["vip", "spam"] }, "no_policy"],
  ["tags none: any one of them present", { tags: { none: ["spam", "abuse"] } }, { tags: ["abuse"] }, "no_policy"],
  ["tags: an empty condition holds", { tags: {} }, {}, "policy_applied"],
  ["organization tags: on the organization", { organizationTags: { any: ["strategic"] } }, { organization: { tags: ["strategic"] } }, "policy_applied"],
  ["organization tags: the ticket's own tags do not count", { organizationTags: { any: ["strategic"] } }, { tags: ["strategic"] }, "no_policy"],
  ["organization tags: none present", { organizationTags: { none: ["churned"] } }, { organization: { tags: ["churned"] } }, "no_policy"],
  ["organization tags: all present", { organizationTags: { all: ["a", "b"] } }, { organization: { tags: ["a", "b"] } }, "policy_applied"],
  ["plan: listed", { plan: ["premium"] }, { organization: { plan: "premium" } }, "policy_applied"],
  ["plan: not listed", { plan: ["premium"] }, { organization: { plan: "free" } }, "no_policy"],
  ["plan: not given", { plan: ["premium"] }, {}, "cannot_decide"],
  ["plan: a program is a plan of its own", { plan: ["oss"] }, { organization: { plan: "oss" } }, "policy_applied"],
  ["plan: read in any case, in the ticket and in the condition", { plan: ["Edu"] }, { organization: { plan: "EDU" } }, "policy_applied"],
  ["support level: listed", { supportLevel: ["priority"] }, { organization: { supportLevel: "priority" } }, "policy_applied"],
  ["support level: not listed", { supportLevel: ["priority"] }, { organization: { supportLevel: "none" } }, "no_policy"],
  ["support level: not given", { supportLevel: ["priority"] }, {}, "cannot_decide"],
  ["a known fact that fails wins over an unknown one", { channel: ["twitter"], plan: ["premium"] }, {}, "no_policy"],
  ["a failing tag condition wins over an unknown support level", { tags: { any: ["vip"] }, supportLevel: ["priority"] }, {}, "no_policy"],
  ["an unknown plan and a support level that fails: no", { plan: ["premium"], supportLevel: ["priority"] }, { organization: { supportLevel: "none" } }, "no_policy"],
];

describe("§2 policy conditions", () => {
  it.each(CASES)("%s", (_, conditions, extra, expected) => {
    expect(outcomeOf(conditions, extra)).toBe(expected);
  });
});

describe("§2 policy conditions on plans: the one plan vocabulary", () => {
  it("a plan condition naming a plan outside the vocabulary is refused with the nearest plan", () => {
    const error = caught(() => outcomeOf({ plan: ["premium", "ultimte"] }, {}));
    expect(error).toMatchObject({ code: "unknown_value", issues: [{ suggestion: "ultimate" }] });
    expect(error.path.slice(-3)).toEqual(["conditions", "plan", 1]);
    expect(error.message).toMatch(/Unknown plan "ultimte"; expected one of free, .*; did you mean "ultimate"\?$/);
  });

  it("a condition tree reads its plan values with the one plan parser, as the field lists do: any case", () => {
    expect(outcomeOf({ field: "plan", operator: "is", value: ["Premium", "ULTIMATE"] } as never, { organization: { plan: "ultimate" } })).toBe("policy_applied");
    expect(outcomeOf({ field: "plan", operator: "is", value: "Edu" } as never, { organization: { plan: "EDU" } })).toBe("policy_applied");
    expect(outcomeOf({ all: [{ field: "plan", operator: "is_not", value: ["Free"] }] } as never, { organization: { plan: "free" } })).toBe("no_policy");
  });

  it("a condition tree's unknown plan is refused as the field lists refuse it, with the nearest plan", () => {
    for (const [value, path] of [
      ["ultimte", ["conditions", "value"]],
      [["premium", "Ultimte"], ["conditions", "value", 1]],
    ] as const) {
      const error = caught(() => outcomeOf({ field: "plan", operator: "is", value } as never, {}));
      expect(error).toMatchObject({ code: "unknown_value", issues: [{ suggestion: "ultimate" }] });
      expect(error.path.slice(-path.length)).toEqual(path);
      expect(error.message).toMatch(/Unknown plan "(Ultimte|ultimte)"; expected one of free, .*; did you mean "ultimate"\?$/);
    }
  });

  it("a condition tree on plan names plans of the vocabulary", () => {
    const error = caught(() => outcomeOf({ field: "plan", operator: "is", value: ["community_program"] } as never, {}));
    expect(error).toMatchObject({ code: "unknown_value" });
    expect(error.message).toContain('Unknown plan "community_program"');
  });
});

describe("§2 targets per priority and metric", () => {
  const set = prepareSlaPolicies({
    policies: [
      {
        id: "p",
        name: "P",
        targets: [
          { metric: "first_reply", duration: { hours: 8 }, calendar: AROUND_THE_CLOCK },
          { metric: "first_reply", priority: "high", duration: { hours: 4 }, calendar: AROUND_THE_CLOCK },
          { metric: "first_reply", priority: "urgent", duration: { minutes: 30 }, calendar: AROUND_THE_CLOCK },
          { metric: "next_reply", priority: "urgent", duration: { hours: 1 }, calendar: AROUND_THE_CLOCK },
        ],
      },
    ],
  });

  it("a target naming the ticket's priority wins over the every-priority one", () => {
    const targets = (["urgent", "high", "normal", "low", null] as const).map((value) => {
      const report = evaluateSla(ticket([], { priority: value }), set, nowAt(1));
      return [value, report.metrics.map((metric) => [metric.metric, metric.targetMs])];
    });
    expect(targets).toEqual([
      ["urgent", [["first_reply", 30 * MINUTE], ["next_reply", HOUR]]],
      ["high", [["first_reply", 4 * HOUR]]],
      ["normal", [["first_reply", 8 * HOUR]]],
      ["low", [["first_reply", 8 * HOUR]]],
      [null, [["first_reply", 8 * HOUR]]],
    ]);
  });
});
