import { fc, test } from "../support/property.js";
import { describe, expect, it } from "vitest";
import { checkCallReadiness, type CallReadinessFactsInput } from "../../src/policies/index.js";
import { deepFreeze } from "./arbitraries.js";
import { describeError, thrown } from "./helpers.js";

const ready: CallReadinessFactsInput = {
  scheduledAt: "2026-12-03T16:00:00Z",
  backupConfirmedAt: "2026-12-02T09:00:00Z",
  installationType: "omnibus",
  currentVersion: "7.14.3",
  targetVersion: "8.2.0",
  usesGitlabCi: true,
};

describe("checkCallReadiness", () => {
  it('"make sure that the customer has a backup before you start the call"', () => {
    const decision = checkCallReadiness(ready);
    expect(decision.outcome).toBe("ready");
    expect(decision.upgradePath).toEqual(["8.0", "8.2.0"]);
    expect(decision.next).toEqual({ action: "hold_call", at: "2026-12-03T16:00:00.000Z", message: "Hold the call at 2026-12-03T16:00:00.000Z; upgrade to 8.0, then 8.2.0" });
    const noBackup = checkCallReadiness({ ...ready, backupConfirmedAt: null });
    expect(noBackup.outcome).toBe("not_ready");
    expect(noBackup.next?.action).toBe("confirm_backup");
    const late = checkCallReadiness({ ...ready, backupConfirmedAt: "2026-12-03T16:30:00Z" });
    expect(late.outcome).toBe("not_ready");
    expect(late.reasons[0]?.code).toBe("backup_after_call_start");
  });

  it('intake: "installation type (source/Omnibus), current version, target version ..., and GitLab CI use"', () => {
    const decision = checkCallReadiness({ scheduledAt: "2026-12-03T16:00:00Z", backupConfirmedAt: "2026-12-02T09:00:00Z" });
    expect(decision.outcome).toBe("cannot_decide");
    expect(decision.missing).toEqual(["installationType", "currentVersion", "targetVersion", "usesGitlabCi"]);
    expect(decision.next?.message).toBe("Ask the customer for: installationType, currentVersion, targetVersion, usesGitlabCi");
  });

  it("no backup is not ready even while the intake is incomplete", () => {
    expect(checkCallReadiness({ scheduledAt: "2026-12-03T16:00:00Z", backupConfirmedAt: null }).outcome).toBe("not_ready");
  });

  it("bad input is a typed error", () => {
    expect(describeError(thrown(() => checkCallReadiness({ ...ready, installationType: "docker" as "omnibus" })))[0]).toBe("unknown_value");
    expect(describeError(thrown(() => checkCallReadiness({ ...ready, targetVersion: "7.0" })))).toEqual([
      "inconsistent_facts",
      ["targetVersion"],
      "The target version 7.0 is older than the current version 7.14.3",
    ]);
    expect(describeError(thrown(() => checkCallReadiness({ ...ready, scheduledAt: "tomorrow" })))).toEqual([
      "invalid_instant",
      ["facts", "scheduledAt"],
      'Expected an ISO 8601 instant with an offset such as "2026-12-01T09:00:00Z", received "tomorrow"',
    ]);
  });

  const factsArb = fc.record(
    {
      backupConfirmedAt: fc.constantFrom(null, "2026-12-02T09:00:00Z", "2026-12-04T09:00:00Z"),
      installationType: fc.constantFrom("source" as const, "omnibus" as const),
      currentVersion: fc.constantFrom("7.14.3", "8.0.0"),
      targetVersion: fc.constantFrom("8.0.1", "9.0.0"),
      usesGitlabCi: fc.boolean(),
    },
    { requiredKeys: [] },
  );
  test.prop([factsArb])("ready only with a backup confirmed before the call and a complete intake; never mutates; JSON round trip", (partial) => {
    const facts = deepFreeze({ scheduledAt: "2026-12-03T16:00:00Z", ...partial });
    const decision = checkCallReadiness(facts);
    expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
    if (decision.outcome === "ready") {
      expect(facts.backupConfirmedAt).toBe("2026-12-02T09:00:00Z");
      expect(Object.keys(facts)).toHaveLength(6);
    }
  });
});
