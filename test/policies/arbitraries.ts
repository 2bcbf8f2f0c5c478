import { fc } from "../support/property.js";
import type { UsernameReleaseFactsInput } from "../../src/policies/index.js";

export const DAY = 86_400_000;
export const NOW = new Date("2026-06-15T12:00:00Z");

/** An ISO instant `days` (may be fractional) before NOW. */
export function daysAgo(days: number): string {
  return new Date(NOW.getTime() - days * DAY).toISOString();
}

/** Deep-freezes a value so any mutation by the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

const OWNER_IDS = ["u1", "u2", "u3", "u4"] as const;

const emailArb = fc
  .tuple(fc.stringMatching(/^[a-z]{3,10}$/), fc.constantFrom("example.com", "mail.test", "corp.example"))
  .map(([local, domain]) => `${local}.owner@${domain}`);

/** Any combination of dormant-username facts, with owner emails everywhere they are allowed. */
export const usernameFactsArb: fc.Arbitrary<UsernameReleaseFactsInput> = fc
  .record({
    requesterIsPaidCustomer: fc.option(fc.boolean(), { nil: undefined }),
    hasData: fc.option(fc.boolean(), { nil: undefined }),
    lastActivityDaysAgo: fc.option(fc.option(fc.integer({ min: 0, max: 1200 }), { nil: null }), { nil: undefined }),
    ownsActiveProject: fc.option(fc.boolean(), { nil: undefined }),
    emails: fc.array(emailArb, { minLength: 4, maxLength: 4 }),
    attempts: fc.option(
      fc.array(fc.record({ daysAgo: fc.integer({ min: 0, max: 60 }), owner: fc.constantFrom(...OWNER_IDS) }), { maxLength: 5 }),
      { nil: undefined },
    ),
    replies: fc.array(fc.record({ attempt: fc.nat(), delayDays: fc.integer({ min: 0, max: 30 }), kind: fc.constantFrom<"keep" | "release" | "other">("keep", "release", "other") }), { maxLength: 3 }),
    loginsDaysAgo: fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 3 }),
    trademark: fc.option(fc.boolean(), { nil: undefined }),
    takenNames: fc.array(fc.constantFrom("alice_idle", "ALICE_IDLE1", "bob"), { maxLength: 3 }),
  })
  .map((r) => {
    const owners = OWNER_IDS.map((id, index) => ({ id, email: r.emails[index] ?? "x@example.com" }));
    const attempts = r.attempts?.map((attempt) => ({
      at: daysAgo(attempt.daysAgo),
      ownerId: attempt.owner,
      email: owners.find((owner) => owner.id === attempt.owner)?.email ?? "x@example.com",
    }));
    const replies =
      attempts === undefined || attempts.length === 0
        ? []
        : r.replies.map((reply) => {
            const attempt = attempts[reply.attempt % attempts.length]!;
            const at = Math.min(new Date(attempt.at).getTime() + reply.delayDays * DAY, NOW.getTime());
            return { at: new Date(at).toISOString(), ownerId: attempt.ownerId, kind: reply.kind };
          });
    const facts: UsernameReleaseFactsInput = {
      username: "alice",
      owners,
      replies,
      logins: r.loginsDaysAgo.map((days) => daysAgo(days)),
      takenNames: r.takenNames,
      ...(r.requesterIsPaidCustomer === undefined ? {} : { requesterIsPaidCustomer: r.requesterIsPaidCustomer }),
      ...(r.hasData === undefined ? {} : { hasData: r.hasData }),
      ...(r.lastActivityDaysAgo === undefined ? {} : { lastActivityAt: r.lastActivityDaysAgo === null ? null : daysAgo(r.lastActivityDaysAgo) }),
      ...(r.ownsActiveProject === undefined ? {} : { ownsActiveProject: r.ownsActiveProject }),
      ...(attempts === undefined ? {} : { contactAttempts: attempts }),
      ...(r.trademark === undefined ? {} : { trademarkClaim: { courtOrder: r.trademark } }),
    };
    return facts;
  });

export const editionArb = fc.constantFrom<"handbook2016" | "gitlab2026">("handbook2016", "gitlab2026");
