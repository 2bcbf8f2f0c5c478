import { describe, expect, it } from "vitest";
import { classifyEscalation } from "../../src/routing/classify-escalation.js";
import { at } from "./helpers.js";

const NOW = at("2026-11-18T18:00:00Z");

const accountLevelRisk = {
  code: "account_level_risk",
  rule: "§5 escalation paths: account escalation, account-level risk from one ticket or several",
  message: "There is account-level risk",
  facts: { accountLevelRisk: true },
};
const severalDepartments = {
  code: "multiple_departments_needed",
  rule: "§5 escalation paths: account escalation, several departments needed to restore confidence",
  message: "Several departments are needed to restore the customer's confidence",
  facts: { multipleDepartmentsNeeded: true },
};
const EMERGENCY_RULE = "§5 escalation paths: emergency ticket, meets the Emergency (severity 1) definition of support impact";

describe("classifyEscalation, full decisions", () => {
  it('"Account escalation: account-level risk from one ticket or several"', () => {
    expect(classifyEscalation({ edition: "gitlab2026", account: { accountLevelRisk: true, multipleDepartmentsNeeded: false } }, NOW)).toEqual({
      outcome: "escalate",
      paths: [{ path: "account_escalation", handledBy: "escalation_owner", reasons: [accountLevelRisk] }],
      refused: [],
    });
  });

  it('"Account escalation: several departments needed to restore confidence"', () => {
    expect(classifyEscalation({ edition: "gitlab2026", account: { accountLevelRisk: false, multipleDepartmentsNeeded: true } }, NOW)).toEqual({
      outcome: "escalate",
      paths: [{ path: "account_escalation", handledBy: "escalation_owner", reasons: [severalDepartments] }],
      refused: [],
    });
  });

  it("account facts that are all false: no escalation", () => {
    expect(classifyEscalation({ edition: "gitlab2026", account: { accountLevelRisk: false, multipleDepartmentsNeeded: false } }, NOW)).toEqual({ outcome: "no_escalation", paths: [], refused: [] });
  });

  it('"Emergency ticket: meets the Emergency (severity 1) definition", on a plan with emergency support', () => {
    const result = classifyEscalation({ edition: "gitlab2026", impact: { instance: "unavailable" }, plan: "premium" }, NOW);
    expect(result.outcome).toBe("escalate");
    expect(result.paths).toHaveLength(1);
    expect(result.paths[0]).toMatchObject({
      path: "emergency_ticket",
      handledBy: "on_call_engineer",
      severity: { outcome: "classified", severity: 1, priority: "urgent" },
      eligibility: { outcome: "eligible", priority: "urgent" },
      reasons: [{ code: "meets_emergency_definition", rule: EMERGENCY_RULE, message: "Severity 1: open an emergency ticket", facts: { severity: 1, plan: "premium" } }],
    });
  });

  it("an emergency on a plan below Premium: open it at priority High", () => {
    const result = classifyEscalation({ edition: "gitlab2026", impact: { instance: "completely_unusable" }, plan: "bronze" }, NOW);
    expect(result.paths[0]?.eligibility?.outcome).toBe("downgrade_to_high");
    expect(result.paths[0]?.reasons).toEqual([
      {
        code: "meets_emergency_definition",
        rule: EMERGENCY_RULE,
        message: "Severity 1, but the plan has no emergency support: open it at priority High",
        facts: { severity: 1, plan: "bronze" },
      },
    ]);
  });

  it("an emergency with no plan given: the emergency ticket without an eligibility decision", () => {
    const result = classifyEscalation({ edition: "gitlab2026", impact: { instance: "unavailable" } }, NOW);
    expect(result.outcome).toBe("escalate");
    expect(result.paths[0]).not.toHaveProperty("eligibility");
    expect(result.paths[0]?.reasons).toEqual([
      { code: "meets_emergency_definition", rule: EMERGENCY_RULE, message: "Severity 1: open an emergency ticket", facts: { severity: 1, plan: null } },
    ]);
    expect(result).not.toHaveProperty("missing");
  });

  it("severity 2 is no emergency ticket", () => {
    expect(classifyEscalation({ edition: "gitlab2026", impact: { instance: "usable", importantFeatures: "unavailable", workaroundAvailable: false }, plan: "ultimate" }, NOW)).toEqual({
      outcome: "no_escalation",
      paths: [],
      refused: [],
    });
  });

  it("impact facts too thin to classify, with no other path: cannot decide, each missing fact under impact", () => {
    expect(classifyEscalation({ edition: "gitlab2026", impact: {} }, NOW)).toEqual({ outcome: "cannot_decide", paths: [], refused: [], missing: ["impact.instance"] });
    expect(classifyEscalation({ edition: "gitlab2026", impact: { instance: "usable", importantFeatures: "unavailable" } }, NOW)).toEqual({
      outcome: "cannot_decide",
      paths: [],
      refused: [],
      missing: ["impact.workaroundAvailable"],
    });
  });

  it("a path that applies wins over a missing fact: escalate, still listing what is missing", () => {
    expect(classifyEscalation({ edition: "gitlab2026", impact: { instance: "usable" }, security: { mayAffectConfidentialityIntegrityOrAvailability: true } }, NOW)).toEqual({
      outcome: "escalate",
      paths: [
        {
          path: "security_incident",
          handledBy: "security_on_call",
          reasons: [
            {
              code: "may_affect_cia",
              rule: "§5 escalation paths: security incident, may affect confidentiality, integrity or availability",
              message: "The information may affect the confidentiality, integrity or availability of services or data",
              facts: { mayAffectConfidentialityIntegrityOrAvailability: true },
            },
          ],
        },
      ],
      refused: [],
      missing: ["impact.importantFeatures"],
    });
  });

  it('"GitLab.com incident: a verified loss of functionality over 5 minutes", with since when and for how long', () => {
    expect(classifyEscalation({ edition: "gitlab2026", gitlabCom: { lossOfFunctionalitySince: "2026-11-18T17:54:30Z", lossVerified: true } }, NOW)).toEqual({
      outcome: "escalate",
      paths: [
        {
          path: "gitlab_com_incident",
          handledBy: "incident_manager",
          reasons: [
            {
              code: "verified_loss_over_5_minutes",
              rule: "§5 escalation paths: GitLab.com incident, a verified loss of functionality over 5 minutes",
              message: "Functionality has been lost since 2026-11-18T17:54:30.000Z, 5.5 minutes, verified",
              facts: { since: "2026-11-18T17:54:30.000Z", minutes: 5.5 },
            },
          ],
        },
      ],
      refused: [],
    });
  });

  it('"over 5 minutes" is strict: exactly 5 minutes is not yet an incident, a millisecond more is', () => {
    expect(classifyEscalation({ edition: "gitlab2026", gitlabCom: { lossOfFunctionalitySince: "2026-11-18T17:55:00Z", lossVerified: true } }, NOW)).toEqual({
      outcome: "no_escalation",
      paths: [],
      refused: [],
    });
    expect(classifyEscalation({ edition: "gitlab2026", gitlabCom: { lossOfFunctionalitySince: "2026-11-18T17:54:59.999Z", lossVerified: true } }, NOW).outcome).toBe("escalate");
  });

  it("a loss of functionality not yet verified: cannot decide, naming the fact", () => {
    expect(classifyEscalation({ edition: "gitlab2026", gitlabCom: { lossOfFunctionalitySince: "2026-11-18T17:00:00Z" } }, NOW)).toEqual({
      outcome: "cannot_decide",
      paths: [],
      refused: [],
      missing: ["gitlabCom.lossVerified"],
    });
  });

  it('"GitLab.com incident: a common pattern across SaaS customers; a suspected high-severity bug deployed": both reasons in full', () => {
    expect(classifyEscalation({ edition: "gitlab2026", gitlabCom: { commonPatternAcrossSaasCustomers: true, suspectedHighSeverityBugDeployed: true } }, NOW)).toEqual({
      outcome: "escalate",
      paths: [
        {
          path: "gitlab_com_incident",
          handledBy: "incident_manager",
          reasons: [
            {
              code: "common_saas_pattern",
              rule: "§5 escalation paths: GitLab.com incident, a common pattern across SaaS customers",
              message: "A common pattern of problems across SaaS customers",
              facts: { commonPatternAcrossSaasCustomers: true },
            },
            {
              code: "suspected_high_severity_bug",
              rule: "§5 escalation paths: GitLab.com incident, a suspected high-severity bug deployed",
              message: "A high-severity bug is suspected to have been deployed",
              facts: { suspectedHighSeverityBugDeployed: true },
            },
          ],
        },
      ],
      refused: [],
    });
  });

  it("GitLab.com facts that are all false: no escalation", () => {
    expect(
      classifyEscalation({ edition: "gitlab2026", gitlabCom: { commonPatternAcrossSaasCustomers: false, suspectedHighSeverityBugDeployed: false, lossVerified: true } }, NOW),
    ).toEqual({ outcome: "no_escalation", paths: [], refused: [] });
  });

  it('"STAR": the STAR reason names its grounds and whether it may be opened now', () => {
    const result = classifyEscalation(
      {
        edition: "gitlab2026",
        star: {
          urgency: "timely",
          plan: "premium",
          group: "SaaS",
          reason: "stalled",
          desiredResult: "an engineer",
          ticket: { createdAt: "2026-11-16T09:00:00Z", lastPublicReplyFrom: "customer", requiredInformationMissing: false },
          triggers: { progressStalled: true, highDissatisfaction: true },
        },
      },
      NOW,
    );
    expect(result.outcome).toBe("escalate");
    expect(result.paths).toHaveLength(1);
    expect(result.paths[0]).toMatchObject({ path: "star", handledBy: "support_managers", star: { outcome: "allowed", respondBy: "2026-11-18T19:00:00.000Z" } });
    expect(result.paths[0]?.reasons).toEqual([
      {
        code: "star_requested",
        rule: "§5 escalation paths: STAR",
        message: "A STAR is justified (progress_stalled, high_dissatisfaction); it may be opened: allowed",
        facts: { grounds: ["progress_stalled", "high_dissatisfaction"], starOutcome: "allowed" },
      },
    ]);
  });

  it('"NOW: first-reply SLA breached by at least 1 h, or a business reason", and a priority raised, are each grounds for the STAR path', () => {
    const result = classifyEscalation(
      {
        edition: "gitlab2026",
        star: {
          urgency: "urgent",
          plan: "premium",
          group: "SaaS",
          reason: "late",
          desiredResult: "a reply",
          ticket: { createdAt: "2026-11-18T09:00:00Z", firstReplyDueAt: "2026-11-18T16:00:00Z", lastPublicReplyFrom: "customer", requiredInformationMissing: false },
          triggers: { priorityRaised: true, otherBusinessReason: "renewal at risk" },
        },
      },
      NOW,
    );
    expect(result.paths[0]?.reasons[0]?.facts).toEqual({ grounds: ["priority_raised", "other_business_reason", "first_reply_breached_an_hour"], starOutcome: "allowed" });
  });

  it('"Licensing STAR only when the plan or grace period expires within 24 h": the expiry is the ground', () => {
    const result = classifyEscalation(
      {
        edition: "gitlab2026",
        star: {
          kind: "licensing",
          expiresAt: "2026-11-19T06:00:00Z",
          urgency: "timely",
          plan: "premium",
          group: "L&R",
          reason: "expiring",
          desiredResult: "an extension",
          ticket: { createdAt: "2026-11-18T09:00:00Z", lastPublicReplyFrom: "customer", requiredInformationMissing: false },
        },
      },
      NOW,
    );
    expect(result.paths[0]?.reasons[0]).toMatchObject({
      message: "A STAR is justified (licensing_expiry_within_24_hours); it may be opened: allowed",
      facts: { grounds: ["licensing_expiry_within_24_hours"], starOutcome: "allowed" },
    });
  });

  it("a STAR with no business case is no escalation path", () => {
    expect(classifyEscalation({ edition: "gitlab2026", star: { triggers: { progressStalled: false } } }, NOW)).toEqual({ outcome: "no_escalation", paths: [], refused: [] });
  });

  it("a STAR is judged by the situation's edition", () => {
    const star = { urgency: "timely", plan: "premium", group: "SaaS", reason: "r", desiredResult: "d", triggers: { progressStalled: true } } as const;
    expect(classifyEscalation({ edition: "handbook2016", star }, NOW).paths[0]?.star?.outcome).toBe("allowed");
    expect(classifyEscalation({ edition: "gitlab2026", star }, NOW).paths[0]?.star?.outcome).toBe("not_ready");
  });
});
