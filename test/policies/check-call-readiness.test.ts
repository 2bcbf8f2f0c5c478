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
      ["facts", "targetVersion"],
      "The target version 7.0 is older than the current version 7.14.3",
    ]);
    expect(describeError(thrown(() => checkCallReadiness({ ...ready, scheduledAt: "tomorrow" })))).toEqual([
      "invalid_instant",
      ["facts", "scheduledAt"],
      'Expected an ISO 8601 date-time with "Z" or an offset (e.g. "2026-11-20T10:00:00Z"), a Date or epoch milliseconds; received the string "tomorrow"',
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

describe("checkCallReadiness, full decisions", () => {
  const BACKUP_RULE = "§11 scheduled calls: the customer must have a backup before the call";
  const INTAKE_RULE = "§11 scheduled calls: collect installation type, current version, target version and GitLab CI use";
  const PATH_RULE = "§11 scheduled calls: GitLab CI users upgrade to 8.0 first, then on";
  const SCHEDULED = "2026-12-03T16:00:00.000Z";
  const intakeComplete = {
    code: "intake_complete",
    rule: INTAKE_RULE,
    message: "The intake is complete",
    facts: { installationType: "omnibus", currentVersion: "7.14.3", targetVersion: "8.2.0", usesGitlabCi: true },
  };

  it('"a backup before you start the call" and a complete intake: hold the call, through 8.0 for a GitLab CI user', () => {
    expect(checkCallReadiness(ready)).toEqual({
      outcome: "ready",
      upgradePath: ["8.0", "8.2.0"],
      reasons: [
        { code: "backup_confirmed", rule: BACKUP_RULE, message: "The customer confirmed a backup before the call", facts: { backupConfirmedAt: "2026-12-02T09:00:00.000Z", scheduledAt: SCHEDULED } },
        intakeComplete,
        { code: "upgrade_via_8_0", rule: PATH_RULE, message: "Upgrade to 8.0, then 8.2.0", facts: { upgradePath: ["8.0", "8.2.0"] } },
      ],
      next: { action: "hold_call", at: SCHEDULED, message: `Hold the call at ${SCHEDULED}; upgrade to 8.0, then 8.2.0` },
    });
  });

  it("without GitLab CI the upgrade goes straight to the target", () => {
    const decision = checkCallReadiness({ ...ready, usesGitlabCi: false, installationType: "source" });
    expect(decision.upgradePath).toEqual(["8.2.0"]);
    expect(decision.reasons.slice(1)).toEqual([
      { ...intakeComplete, facts: { installationType: "source", currentVersion: "7.14.3", targetVersion: "8.2.0", usesGitlabCi: false } },
      { code: "direct_upgrade", rule: PATH_RULE, message: "Upgrade straight to 8.2.0", facts: { upgradePath: ["8.2.0"] } },
    ]);
    expect(decision.next?.message).toBe(`Hold the call at ${SCHEDULED}; upgrade to 8.2.0`);
  });

  it("a backup confirmed exactly when the call starts is in time; a millisecond later is not", () => {
    expect(checkCallReadiness({ ...ready, backupConfirmedAt: SCHEDULED }).outcome).toBe("ready");
    expect(checkCallReadiness({ ...ready, backupConfirmedAt: "2026-12-03T16:00:00.001Z" })).toEqual({
      outcome: "not_ready",
      upgradePath: ["8.0", "8.2.0"],
      reasons: [
        {
          code: "backup_after_call_start",
          rule: BACKUP_RULE,
          message: "The backup was confirmed only after the call was due to start",
          facts: { backupConfirmedAt: "2026-12-03T16:00:00.001Z", scheduledAt: SCHEDULED },
        },
        intakeComplete,
        { code: "upgrade_via_8_0", rule: PATH_RULE, message: "Upgrade to 8.0, then 8.2.0", facts: { upgradePath: ["8.0", "8.2.0"] } },
      ],
      next: { action: "reschedule_call", message: "Reschedule the call: backups take long and must not be made during it" },
    });
  });

  it("no backup: the customer confirms one before the call", () => {
    expect(checkCallReadiness({ scheduledAt: SCHEDULED, backupConfirmedAt: null, installationType: "omnibus" })).toEqual({
      outcome: "not_ready",
      reasons: [
        { code: "no_backup", rule: BACKUP_RULE, message: "The customer has not confirmed a backup", facts: { backupConfirmedAt: null, scheduledAt: SCHEDULED } },
        {
          code: "facts_missing",
          rule: INTAKE_RULE,
          message: "Not given: currentVersion, targetVersion, usesGitlabCi",
          facts: { missing: ["currentVersion", "targetVersion", "usesGitlabCi"] },
        },
      ],
      next: { action: "confirm_backup", at: SCHEDULED, message: `Have the customer make and confirm a backup before the call at ${SCHEDULED}` },
    });
  });

  it("an unknown backup is asked for with the intake; a known upgrade path is still given", () => {
    expect(checkCallReadiness({ ...ready, backupConfirmedAt: undefined, installationType: undefined })).toEqual({
      outcome: "cannot_decide",
      upgradePath: ["8.0", "8.2.0"],
      missing: ["backupConfirmedAt", "installationType"],
      reasons: [
        { code: "facts_missing", rule: BACKUP_RULE, message: "Not given: whether the customer has a backup", facts: { missing: "backupConfirmedAt" } },
        { code: "facts_missing", rule: INTAKE_RULE, message: "Not given: installationType", facts: { missing: ["installationType"] } },
        { code: "upgrade_via_8_0", rule: PATH_RULE, message: "Upgrade to 8.0, then 8.2.0", facts: { upgradePath: ["8.0", "8.2.0"] } },
      ],
      next: { action: "collect_facts", message: "Ask the customer for: backupConfirmedAt, installationType" },
    });
  });

  it("each of the versions and CI use is needed for the upgrade path", () => {
    expect(checkCallReadiness({ ...ready, currentVersion: undefined }).upgradePath).toBeUndefined();
    expect(checkCallReadiness({ ...ready, targetVersion: undefined }).upgradePath).toBeUndefined();
    expect(checkCallReadiness({ ...ready, usesGitlabCi: undefined }).upgradePath).toBeUndefined();
    expect(checkCallReadiness({ ...ready, usesGitlabCi: undefined }).missing).toEqual(["usesGitlabCi"]);
    expect(checkCallReadiness({ ...ready, installationType: undefined }).upgradePath).toEqual(["8.0", "8.2.0"]);
  });
});
