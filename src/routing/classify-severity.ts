import { match } from "ts-pattern";
import type { Decision } from "../shared/decision.js";
import { parseInput } from "../shared/errors.js";
import type { Priority, Severity } from "../sla/sla-vocabulary.js";
import { type ImpactFacts, impactFactsSchema } from "./impact-facts.js";

/**
 * Which definition decided the severity.
 *
 * @example
 * ```ts
 * const code: SeverityReasonCode = "production_unavailable";
 * ```
 */
export type SeverityReasonCode =
  | "production_unavailable"
  | "features_down_no_workaround"
  | "features_degraded_with_workaround"
  | "slowed_without_workaround"
  | "no_operational_impact"
  | "facts_missing";

/**
 * A severity decision: the severity and the priority it maps to on creation, or
 * `cannot_decide` with the missing facts.
 *
 * @example
 * ```ts
 * const d: SeverityClassification = { outcome: "classified", severity: 2, priority: "high", reasons: [] };
 * ```
 */
export interface SeverityClassification extends Decision<"classified" | "cannot_decide", SeverityReasonCode> {
  /** Severity 1 (most severe) to 4, when classified. */
  readonly severity?: Severity;
  /** The priority for that severity on creation (§2): 1 urgent, 2 high, 3 normal, 4 low. */
  readonly priority?: Priority;
}

const PRIORITY_OF: Readonly<Record<Severity, Priority>> = { 1: "urgent", 2: "high", 3: "normal", 4: "low" };

const RULES: Readonly<Record<Severity, string>> = {
  1: "§2 Definitions of Support Impact: severity 1, a production instance is unavailable or completely unusable",
  2: "§2 Definitions of Support Impact: severity 2, important features unavailable or extremely slow, no acceptable workaround",
  3: "§2 Definitions of Support Impact: severity 3, important features unavailable or somewhat slowed, a workaround is available",
  4: "§2 Definitions of Support Impact: severity 4, questions, clarifications, documentation; no impact on operation",
};

/**
 * Classifies a problem's severity by GitLab's Definitions of Support Impact (docs/rules.md §2):
 * 1 production unavailable or completely unusable; 2 important features unavailable or extremely
 * slow with no acceptable workaround; 3 important features unavailable or somewhat slowed with a
 * workaround; 4 no impact on operation.
 *
 * @remarks
 * The definitions leave one case open: features somewhat slowed with no workaround fits neither
 * 2 nor 3. The safe reading is the more severe one, 2, so the customer is never answered later
 * than they could be; the reason says so. A ticket classified 1 is priority Urgent only as an
 * emergency ticket (§2), which `checkEmergencyEligibility` decides.
 *
 * @example
 * ```ts
 * classifySeverity({ instance: "unavailable" }).severity; // => 1
 * classifySeverity({ instance: "usable", importantFeatures: "unavailable", workaroundAvailable: true }).severity; // => 3
 * classifySeverity({ instance: "usable" }).missing; // => ["importantFeatures"]
 * ```
 *
 * @throws {SupportPolicyError} `unknown_value` for an unknown fact value, `unknown_key` for an unknown fact.
 */
export function classifySeverity(impactFacts: ImpactFacts): SeverityClassification {
  const facts = parseInput(impactFactsSchema, impactFacts, ["impactFacts"]);
  const missing = (fields: string[]): SeverityClassification => ({
    outcome: "cannot_decide",
    reasons: [
      {
        code: "facts_missing",
        rule: "§2 Definitions of Support Impact",
        // Stryker disable next-line StringLiteral,ConditionalExpression: every caller names exactly one missing fact, so the join and the plural never show
        message: `The severity depends on ${fields.join(", ")}, which ${fields.length === 1 ? "is" : "are"} not given`,
        facts: { missing: fields },
      },
    ],
    missing: fields,
  });
  const classified = (severity: Severity, code: SeverityReasonCode, message: string): SeverityClassification => ({
    outcome: "classified",
    severity,
    priority: PRIORITY_OF[severity],
    reasons: [
      {
        code,
        rule: RULES[severity],
        message,
        facts: {
          instance: facts.instance ?? null,
          importantFeatures: facts.importantFeatures ?? null,
          workaroundAvailable: facts.workaroundAvailable ?? null,
        },
      },
    ],
  });

  if (facts.instance === undefined) return missing(["instance"]);
  return match(facts.instance)
    .returnType<SeverityClassification>()
    .with("unavailable", "completely_unusable", (state) =>
      classified(1, "production_unavailable", `The production instance is ${state === "unavailable" ? "unavailable" : "completely unusable"}`),
    )
    .with("usable", () => {
      const features = facts.importantFeatures;
      if (features === undefined) return missing(["importantFeatures"]);
      if (features === "working") return classified(4, "no_operational_impact", "Important features work: no impact on operation");
      const workaround = facts.workaroundAvailable;
      if (workaround === undefined) return missing(["workaroundAvailable"]);
      return match(features)
        .returnType<SeverityClassification>()
        .with("unavailable", "extremely_slow", (f) =>
          workaround
            ? classified(3, "features_degraded_with_workaround", `Important features are ${f.replace("_", " ")} but a workaround is available`)
            : classified(2, "features_down_no_workaround", `Important features are ${f.replace("_", " ")} with no acceptable workaround`),
        )
        .with("somewhat_slowed", () =>
          workaround
            ? classified(3, "features_degraded_with_workaround", "Important features are somewhat slowed and a workaround is available")
            : classified(
                2,
                "slowed_without_workaround",
                "Important features are somewhat slowed with no workaround: the definitions leave this open, so the more severe reading (2) is used",
              ),
        )
        .exhaustive();
    })
    .exhaustive();
}
