import { describe, expect, it } from "vitest";
import { classifyEscalation } from "../../src/routing/classify-escalation.js";
import type { EscalationSituation } from "../../src/routing/escalation-situation.js";
import { at, deepFreeze, expectError, roundTrip } from "./helpers.js";

const NOW = at("2026-11-18T18:00:00Z");
const paths = (situation: EscalationSituation): string[] => classifyEscalation(situation, NOW).paths.map((p) => p.path);

describe("classifyEscalation", () => {
  it("nothing to escalate: no escalation", () => {
    expect(classifyEscalation({ edition: "gitlab2026" }, NOW)).toEqual({ outcome: "no_escalation", paths: [], refused: [] });
  });

  it('"Account escalation: account-level risk from one ticket or several; several departments needed"', () => {
    const result = classifyEscalation({ edition: "gitlab2026", account: { accountLevelRisk: true, multipleDepartmentsNeeded: true } }, NOW);
    expect(result.paths[0]).toMatchObject({ path: "account_escalation", handledBy: "escalation_owner" });
    expect(result.paths[0]?.reasons.map((r) => r.code)).toEqual(["account_level_risk", "multiple_departments_needed"]);
  });

  it('"Emergency ticket: meets the Emergency (severity 1) definition of support impact", with plan eligibility', () => {
    const result = classifyEscalation({ edition: "gitlab2026", impact: { instance: "unavailable" }, plan: "starter" }, NOW);
    expect(result.paths[0]?.path).toBe("emergency_ticket");
    expect(result.paths[0]?.eligibility?.outcome).toBe("downgrade_to_high");
    expect(result.paths[0]?.reasons[0]?.message).toContain("priority High");
    expect(paths({ edition: "gitlab2026", impact: { instance: "usable", importantFeatures: "working" } })).toEqual([]);
  });

  it("impact facts too thin to classify: cannot decide, listing them", () => {
    expect(classifyEscalation({ edition: "gitlab2026", impact: { instance: "usable" } }, NOW)).toEqual({
      outcome: "cannot_decide",
      paths: [],
      refused: [],
      missing: ["impact.importantFeatures"],
    });
  });

  it('"GitLab.com incident: a verified loss of functionality over 5 minutes"', () => {
    expect(paths({ edition: "gitlab2026", gitlabCom: { lossOfFunctionalitySince: "2026-11-18T17:54:59Z", lossVerified: true } })).toEqual(["gitlab_com_incident"]);
    expect(paths({ edition: "gitlab2026", gitlabCom: { lossOfFunctionalitySince: "2026-11-18T17:55:00Z", lossVerified: true } })).toEqual([]);
    expect(paths({ edition: "gitlab2026", gitlabCom: { lossOfFunctionalitySince: "2026-11-18T17:00:00Z", lossVerified: false } })).toEqual([]);
    expect(classifyEscalation({ edition: "gitlab2026", gitlabCom: { lossOfFunctionalitySince: "2026-11-18T17:00:00Z" } }, NOW).missing).toEqual(["gitlabCom.lossVerified"]);
  });

  it('"GitLab.com incident: a common pattern across SaaS customers; a suspected high-severity bug deployed"', () => {
    const result = classifyEscalation({ edition: "gitlab2026", gitlabCom: { commonPatternAcrossSaasCustomers: true, suspectedHighSeverityBugDeployed: true } }, NOW);
    expect(result.paths[0]).toMatchObject({ path: "gitlab_com_incident", handledBy: "incident_manager" });
    expect(result.paths[0]?.reasons.map((r) => r.code)).toEqual(["common_saas_pattern", "suspected_high_severity_bug"]);
  });

  it('"Security incident: anything that may affect confidentiality, integrity or availability"', () => {
    expect(paths({ edition: "gitlab2026", security: { mayAffectConfidentialityIntegrityOrAvailability: true } })).toEqual(["security_incident"]);
    expect(paths({ edition: "gitlab2026", security: { mayAffectConfidentialityIntegrityOrAvailability: false } })).toEqual([]);
  });

  it('"STAR" applies with a business case when no rule forbids it, and carries whether it may be opened now', () => {
    const result = classifyEscalation(
      {
        edition: "gitlab2026",
        star: { triggers: { highDissatisfaction: true }, ticket: { lastPublicReplyFrom: "customer", createdAt: "2026-11-17T00:00:00Z", requiredInformationMissing: false } },
      },
      NOW,
    );
    expect(result.paths[0]?.path).toBe("star");
    expect(result.paths[0]?.star?.outcome).toBe("not_ready");
    expect(result.paths[0]?.reasons[0]?.facts).toMatchObject({ grounds: ["high_dissatisfaction"], starOutcome: "not_ready" });
    expect(result.refused).toEqual([]);
    expect(paths({ edition: "gitlab2026", star: { triggers: {} } })).toEqual([]);
  });

  it('"Not when the last reply is from Support, the ticket is 30 min old or less, required information is missing": a STAR with grounds that a rule forbids is considered and refused, never an escalation', () => {
    const cases = [
      { ticket: { lastPublicReplyFrom: "support", createdAt: "2026-11-17T00:00:00Z", requiredInformationMissing: false }, refusedBy: ["last_reply_from_support"] },
      { ticket: { lastPublicReplyFrom: "customer", createdAt: "2026-11-18T17:45:00Z", requiredInformationMissing: false }, refusedBy: ["ticket_too_new"] },
      { ticket: { lastPublicReplyFrom: "customer", createdAt: "2026-11-17T00:00:00Z", requiredInformationMissing: true }, refusedBy: ["required_information_missing"] },
    ] as const;
    for (const { ticket, refusedBy } of cases) {
      const result = classifyEscalation({ edition: "gitlab2026", star: { triggers: { highDissatisfaction: true }, ticket } }, NOW);
      expect(result.outcome).toBe("no_escalation");
      expect(result.paths).toEqual([]);
      expect(result.refused).toHaveLength(1);
      expect(result.refused[0]?.path).toBe("star");
      expect(result.refused[0]?.star.outcome).toBe("not_allowed");
      expect(result.refused[0]?.reasons.map((r) => r.code)).toEqual(["star_refused", ...refusedBy]);
      expect(result.refused[0]?.reasons[0]?.facts).toEqual({ grounds: ["high_dissatisfaction"], refusedBy: [...refusedBy] });
    }
  });

  it('"Licensing STAR only when the plan or grace period expires within 24 h": an expiry two days away is refused, beside a path that does apply', () => {
    const result = classifyEscalation(
      {
        edition: "gitlab2026",
        account: { accountLevelRisk: true },
        star: { kind: "licensing", expiresAt: "2026-11-20T18:00:00Z", triggers: { progressStalled: true }, ticket: { lastPublicReplyFrom: "customer", createdAt: "2026-11-17T00:00:00Z", requiredInformationMissing: false } },
      },
      NOW,
    );
    expect(result.outcome).toBe("escalate");
    expect(result.paths.map((p) => p.path)).toEqual(["account_escalation"]);
    expect(result.refused.map((r) => r.reasons.map((reason) => reason.code))).toEqual([["star_refused", "licensing_expiry_not_within_24_hours"]]);
    expect(result.refused[0]?.reasons[0]?.message).toMatch(/^A STAR has grounds \(progress_stalled\) but may not be opened: The plan expires at 2026-11-20T18:00:00.000Z/);
  });

  it('"Several paths can apply at once; the result lists each with its reasons", in the handbook\'s order', () => {
    const situation = deepFreeze({
      edition: "gitlab2026",
      star: { urgency: "urgent", plan: "ultimate", group: "SM", reason: "down", desiredResult: "help", triggers: { managementOversightNeeded: true } },
      account: { accountLevelRisk: true },
      impact: { instance: "completely_unusable" },
      plan: "ultimate",
      gitlabCom: { commonPatternAcrossSaasCustomers: true },
      security: { mayAffectConfidentialityIntegrityOrAvailability: true },
    } satisfies EscalationSituation);
    const result = classifyEscalation(situation, NOW);
    expect(result.outcome).toBe("escalate");
    expect(result.paths.map((p) => p.path)).toEqual(["star", "account_escalation", "emergency_ticket", "gitlab_com_incident", "security_incident"]);
    for (const path of result.paths) expect(path.reasons.length).toBeGreaterThan(0);
    expect(roundTrip(result)).toEqual(result);
  });

  it("rejects an unknown edition, plan and fact", () => {
    expectError(() => classifyEscalation({ edition: "2020" } as unknown as EscalationSituation, NOW), "unknown_value", ["situation", "edition"], 'Unknown edition "2020"');
    expectError(() => classifyEscalation({ edition: "gitlab2026", plan: "platinum" } as unknown as EscalationSituation, NOW), "unknown_value", ["situation", "plan"], 'Unknown plan "platinum"');
    expectError(() => classifyEscalation({ edition: "gitlab2026", vibes: 1 } as unknown as EscalationSituation, NOW), "unknown_key", ["situation", "vibes"], "vibes");
    expectError(() => classifyEscalation({} as EscalationSituation, NOW), "missing_field", ["situation", "edition"], 'Missing required field "situation.edition"');
  });
});
