import { describe, expect, it } from "vitest";
import { checkStarEligibility, classifyEscalation, emergencyPaging, orderQueue } from "../../src/routing/index.js";
import { check2faRemoval, checkUsernameRelease, disclosureTimeline } from "../../src/policies/index.js";
import { EDITION_SPELLINGS } from "../../src/shared/index.js";
import { thrown } from "../support/thrown.js";
import { SupportPolicyError } from "../../src/shared/errors.js";

const NOW = new Date("2026-11-18T18:00:00Z");

// One edition spelling: the API's names and the command line's years, accepted by every function that takes an edition.
describe("editions are accepted as gitlab2026/2026 and handbook2016/2016 everywhere", () => {
  const calls: Record<string, (edition: never) => unknown> = {
    checkStarEligibility: (edition) => checkStarEligibility({ triggers: { progressStalled: true } }, NOW, edition),
    classifyEscalation: (edition) => classifyEscalation({ edition }, NOW),
    emergencyPaging: (edition) => emergencyPaging({ triggeredAt: "2026-11-18T17:50:00Z" }, NOW, edition),
    orderQueue: (edition) => orderQueue([], { now: NOW, engineer: { id: "me" }, edition }),
    disclosureTimeline: (edition) => disclosureTimeline({ receivedAt: "2026-11-18T10:00:00Z", channel: "email" }, edition),
    checkUsernameRelease: (edition) => checkUsernameRelease({ username: "someone" }, NOW, edition),
    check2faRemoval: (edition) => check2faRemoval({ ticketOpenedAt: "2026-11-20T08:00:00Z", requester: { userId: "u-1", isOwner: false }, targets: [{ userId: "u-1" }] }, edition),
  };

  it.each(Object.entries(calls))("%s: the year gives the same answer as the name, and an unknown edition names what it received", (_, call) => {
    for (const [year, name] of [["2016", "handbook2016"], ["2026", "gitlab2026"]] as const) {
      const byName = call(name as never);
      expect(call(year as never)).toEqual(byName);
    }
    const error = thrown(() => call("2025" as never), SupportPolicyError);
    expect(error.message).toContain('Unknown edition "2025"; expected one of handbook2016 (or 2016), gitlab2026 (or 2026)');
  });

  it("the table of spellings is the CLI's too", () => {
    expect(EDITION_SPELLINGS).toEqual({ handbook2016: "handbook2016", gitlab2026: "gitlab2026", "2016": "handbook2016", "2026": "gitlab2026" });
  });
});
