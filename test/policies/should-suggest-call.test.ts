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
