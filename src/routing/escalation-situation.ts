import * as z from "zod";
import { editionSchema } from "./edition-schema.js";
import { impactFactsSchema } from "./impact-facts.js";
import { instantSchema } from "../shared/instant-schema.js";
import { planSchema } from "../shared/plan.js";
import { starRequestSchema } from "./star-request.js";
import { orNone } from "../shared/or-none.js";

/**
 * Everything known about a situation that might need escalating (docs/rules.md §5). Each group of
 * facts is optional; a path whose facts are absent is not considered.
 *
 * @example
 * ```ts
 * escalationSituationSchema.parse({ edition: "gitlab2026", security: { mayAffectConfidentialityIntegrityOrAvailability: true } }).edition;
 * // => "gitlab2026"
 * ```
 */
export const escalationSituationSchema = z.strictObject({
  /** The rule set to apply. */
  edition: editionSchema,
  /** A STAR the requester wants to open, with its ticket's facts. */
  star: orNone(starRequestSchema),
  /** Account-level facts. */
  account: orNone(
    z.strictObject({
      /** There is account-level risk, from one ticket or several. */
      accountLevelRisk: orNone(z.boolean()),
      /** Several departments are needed to restore the customer's confidence. */
      multipleDepartmentsNeeded: orNone(z.boolean()),
    }),
  ),
  /** The problem's impact, for the emergency definition (severity 1). */
  impact: orNone(impactFactsSchema),
  /** The customer's plan, for emergency eligibility. */
  plan: orNone(planSchema),
  /** GitLab.com facts. */
  gitlabCom: orNone(
    z.strictObject({
      /** A common pattern of reported problems across SaaS customers. */
      commonPatternAcrossSaasCustomers: orNone(z.boolean()),
      /** Since when functionality has been lost. */
      lossOfFunctionalitySince: orNone(instantSchema),
      /** The loss has been experienced and verified. */
      lossVerified: orNone(z.boolean()),
      /** A high-severity bug is suspected to have been deployed. */
      suspectedHighSeverityBugDeployed: orNone(z.boolean()),
    }),
  ),
  /** Security facts. */
  security: orNone(
    z.strictObject({
      /** The information may affect the confidentiality, integrity or availability of services or data. */
      mayAffectConfidentialityIntegrityOrAvailability: orNone(z.boolean()),
    }),
  ),
});

/**
 * A situation as `classifyEscalation` accepts it.
 *
 * @example
 * ```ts
 * const situation: EscalationSituation = { edition: "gitlab2026", account: { accountLevelRisk: true } };
 * ```
 */
export type EscalationSituation = z.input<typeof escalationSituationSchema>;
