// Account decisions with their reasons: a dormant username and a 2FA removal, in both editions.
// Run: npx tsx examples/policy-decisions.ts
import { check2faRemoval, checkUsernameRelease } from "support-policy/policies";

const now = new Date("2026-11-20T17:30:00Z");

const release = checkUsernameRelease(
  {
    username: "northwind",
    requesterIsPaidCustomer: true,
    hasData: true,
    lastActivityAt: "2025-03-02T10:00:00Z",
    owners: [{ id: "owner-1" }],
    contactAttempts: [{ at: "2026-11-10T09:00:00Z", ownerId: "owner-1" }, { at: "2026-11-17T09:00:00Z", ownerId: "owner-1" }],
    replies: [],
  },
  now,
  "gitlab2026",
);
console.log(`username "${release.username}": ${release.outcome}`);
for (const reason of release.reasons) console.log(`  [${reason.code}] ${reason.message}`);
if (release.next !== undefined) console.log(`  next: ${release.next.message}`);

// The 2016 rules: the user pushed the given file to a personal project.
const removal2016 = check2faRemoval({ requester: { userId: "u1" }, targets: [{ userId: "u1", pushedGivenFile: true }] }, "handbook2016");
console.log(`2FA removal (2016): ${removal2016.outcome}`);

// The 2026 rules: a free user is refused, and the reason says which rule refused it.
const removal2026 = check2faRemoval(
  { ticketOpenedAt: "2026-11-20T08:00:00Z", requester: { userId: "u2", isOwner: false }, targets: [{ userId: "u2", paidPlanSince: null }] },
  "gitlab2026",
);
console.log(`2FA removal (2026): ${removal2026.outcome}`);
for (const reason of removal2026.reasons) console.log(`  [${reason.code}] ${reason.message} (${reason.rule})`);
