// Nothing the caller passes is changed, on any path: not frozen, not sorted, not filled in, when
// the answer is a decision and when it is an error.
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";
import { SupportPolicyError } from "../../src/shared/errors.js";
import { integrityOf } from "../support/integrity.js";

function outcomeOf(run: () => unknown): string {
  try {
    run();
    return "decided";
  } catch (error) {
    if (error instanceof SupportPolicyError) return error.code;
    throw error;
  }
}

const requester = { userId: "u1" };

describe("check2faRemoval never changes the targets it is given", () => {
  it.each([
    ["an object instead of an array", (): unknown => ({ userId: "u2" })],
    ["a typed array", (): unknown => new Uint8Array([1, 2, 3])],
    ["an empty array", (): unknown => []],
    ["an array with a bad target", (): unknown => [{ userId: 7 }]],
    ["a valid array", (): unknown => [{ userId: "u1", pushedGivenFile: true }]],
  ])("%s: the library's answer, and the value as it was", (_name, make) => {
    const targets = make();
    const before = integrityOf(targets);
    const snapshot = structuredClone(targets);
    const request = { requester, targets } as unknown as api.TwoFactorRemovalRequestInput;
    const outcome = outcomeOf(() => api.check2faRemoval(request, "gitlab2026"));
    expect(outcome).toMatch(/^(decided|invalid_type|too_small)$/);
    expect(integrityOf(targets)).toEqual(before);
    expect(targets).toEqual(snapshot);
  });
});

describe("array fields read as readonly are never frozen in the caller's hands, even when they are not arrays", () => {
  const notAnArray = (): Record<string, unknown> => ({ 0: "x", length: 1 });
  it.each([
    ["checkVendorSupportRequest previousRequests", (bad: unknown) => api.checkVendorSupportRequest({ vendor: "sidekiq", requestAt: "2026-11-20T10:00:00Z", previousRequests: bad } as never)],
    ["idleUsername takenNames", (bad: unknown) => api.idleUsername({ username: "alice", takenNames: bad } as never)],
    ["checkLicenceRequest requests", (bad: unknown) => api.checkLicenceRequest({ requests: bad } as never)],
    ["checkHostileUserIssue people", (bad: unknown) => api.checkHostileUserIssue({ people: bad } as never)],
    ["checkUsernameRelease facts.contactAttempts", (bad: unknown) => api.checkUsernameRelease({ username: "alice", contactAttempts: bad } as never, new Date("2026-11-20T10:00:00Z"), "gitlab2026")],
  ])("%s", (_name, call) => {
    const bad = notAnArray();
    outcomeOf(() => call(bad));
    expect(Object.isFrozen(bad)).toBe(false);
    expect(Object.isExtensible(bad)).toBe(true);
  });
});
