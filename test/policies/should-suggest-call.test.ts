import { fc, test } from "../support/property.js";
import { describe, expect, it } from "vitest";
import { shouldSuggestCall } from "../../src/policies/index.js";
import { describeError, thrown } from "./helpers.js";

describe("shouldSuggestCall", () => {
  it('"If a conversation goes through several back and forth emails and the problem still isn\'t close to being resolved, suggest a call"', () => {
    const decision = shouldSuggestCall({ backAndForthEmails: 3, closeToResolution: false });
    expect(decision.outcome).toBe("suggest_call");
    expect(decision.next?.message).toMatch(/stays with its assignee/);
    expect(shouldSuggestCall({ backAndForthEmails: 8, closeToResolution: true }).outcome).toBe("keep_emailing");
    expect(shouldSuggestCall({ backAndForthEmails: 2, closeToResolution: false }).outcome).toBe("keep_emailing");
    expect(shouldSuggestCall({ backAndForthEmails: 3, closeToResolution: false }, { severalEmails: 5 }).outcome).toBe("keep_emailing");
  });

  it("missing facts are cannot decide", () => {
    expect(shouldSuggestCall({}).missing).toEqual(["backAndForthEmails"]);
    expect(shouldSuggestCall({ backAndForthEmails: 4 }).missing).toEqual(["closeToResolution"]);
  });

  it("a negative count is a typed error", () => {
    expect(describeError(thrown(() => shouldSuggestCall({ backAndForthEmails: -1 })))[0]).toBe("too_small");
    expect(describeError(thrown(() => shouldSuggestCall({ backAndForthEmails: 3 }, { severalEmails: 0 })))[1]).toEqual(["parameters", "severalEmails"]);
  });

  test.prop([fc.nat(50), fc.nat(50)])("more emails never turn a suggestion into keep emailing", (a, b) => {
    const [few, many] = a <= b ? [a, b] : [b, a];
    if (shouldSuggestCall({ backAndForthEmails: few, closeToResolution: false }).outcome === "suggest_call") {
      expect(shouldSuggestCall({ backAndForthEmails: many, closeToResolution: false }).outcome).toBe("suggest_call");
    }
    expect(shouldSuggestCall({ backAndForthEmails: many, closeToResolution: true }).outcome).not.toBe("suggest_call");
  });

  it("does not mutate its input and its decision survives a JSON round trip", () => {
    const facts = Object.freeze({ backAndForthEmails: 4, closeToResolution: false });
    const decision = shouldSuggestCall(facts);
    expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
    expect(facts).toEqual({ backAndForthEmails: 4, closeToResolution: false });
  });
});

describe("shouldSuggestCall, full decisions", () => {
  const RULE = "§11 unscheduled calls: suggest a call when several back-and-forth emails haven't brought the ticket close to resolution";

  it('"several back and forth emails" and "still isn\'t close to being resolved": suggest a call, the assignee keeps the ticket', () => {
    expect(shouldSuggestCall({ backAndForthEmails: 3, closeToResolution: false })).toEqual({
      outcome: "suggest_call",
      reasons: [
        {
          code: "several_emails_unresolved",
          rule: RULE,
          message: "3 back-and-forth emails and the problem is not close to resolution",
          facts: { backAndForthEmails: 3, severalEmails: 3, closeToResolution: false },
        },
      ],
      next: { action: "suggest_call", message: "Suggest a call; if someone more experienced takes it, the ticket stays with its assignee" },
    });
  });

  it("fewer than several emails: keep emailing, whatever is known about resolution", () => {
    expect(shouldSuggestCall({ backAndForthEmails: 2 })).toEqual({
      outcome: "keep_emailing",
      reasons: [{ code: "few_emails", rule: RULE, message: "2 emails so far, fewer than 3", facts: { backAndForthEmails: 2, severalEmails: 3 } }],
    });
  });

  it("several emails but close to resolution: keep emailing", () => {
    expect(shouldSuggestCall({ backAndForthEmails: 7, closeToResolution: true })).toEqual({
      outcome: "keep_emailing",
      reasons: [{ code: "close_to_resolution", rule: RULE, message: "The ticket is close to resolution", facts: { backAndForthEmails: 7, closeToResolution: true } }],
    });
  });

  it("what counts as several is a parameter, with its boundary included", () => {
    expect(shouldSuggestCall({ backAndForthEmails: 4, closeToResolution: false }, { severalEmails: 5 }).reasons[0]?.message).toBe("4 emails so far, fewer than 5");
    expect(shouldSuggestCall({ backAndForthEmails: 5, closeToResolution: false }, { severalEmails: 5 }).reasons[0]?.facts).toEqual({
      backAndForthEmails: 5,
      severalEmails: 5,
      closeToResolution: false,
    });
  });

  it("a missing count, then a missing resolution, are named in the decision and its next step", () => {
    expect(shouldSuggestCall({ closeToResolution: false })).toEqual({
      outcome: "cannot_decide",
      missing: ["backAndForthEmails"],
      reasons: [{ code: "facts_missing", rule: RULE, message: "Not given: backAndForthEmails", facts: { missing: "backAndForthEmails" } }],
      next: { action: "collect_facts", message: "Find out: backAndForthEmails" },
    });
    expect(shouldSuggestCall({ backAndForthEmails: 3 })).toEqual({
      outcome: "cannot_decide",
      missing: ["closeToResolution"],
      reasons: [{ code: "facts_missing", rule: RULE, message: "Not given: closeToResolution", facts: { missing: "closeToResolution" } }],
      next: { action: "collect_facts", message: "Find out: closeToResolution" },
    });
  });

  it("bad facts are reported under facts, bad parameters under parameters", () => {
    expect(describeError(thrown(() => shouldSuggestCall({ backAndForthEmails: -1 })))[1]).toEqual(["facts", "backAndForthEmails"]);
    expect(describeError(thrown(() => shouldSuggestCall({ backAndForthEmails: 3 }, { severalEmails: 1001 })))[0]).toBe("too_big");
    expect(shouldSuggestCall({ backAndForthEmails: 1, closeToResolution: false }, { severalEmails: 1 }).outcome).toBe("suggest_call");
    expect(shouldSuggestCall({ backAndForthEmails: 999, closeToResolution: false }, { severalEmails: 1000 }).outcome).toBe("keep_emailing");
  });
});
