import * as z from "zod";
import { deepFreeze } from "../shared/deep-freeze.js";

/**
 * The numbers of the security-disclosure rules (docs/rules.md §8).
 *
 * @example
 * ```ts
 * const parameters: DisclosureParameters = { ...disclosureParameters.gitlab2026, fixedPublicAfterDays: 60 };
 * ```
 */
export interface DisclosureParameters {
  /** Business hours on Global Support Hours (24x5) for the first response: 24 is 1 business day. */
  readonly firstResponseBusinessHours: number;
  /** Days after a reporter's disclosure request after which it is released even if not accepted. */
  readonly reporterRequestReleaseAfterDays: number;
  /** Days after the patch after which a fixed vulnerability becomes public. */
  readonly fixedPublicAfterDays: number;
}

/**
 * The default numbers per edition: fixed vulnerabilities are public 30 days after the patch in
 * the 2016 edition (GitLab's rule through 2025) and 90 days in the 2026 edition.
 *
 * @example
 * ```ts
 * disclosureParameters.handbook2016.fixedPublicAfterDays; // => 30
 * disclosureParameters.gitlab2026.fixedPublicAfterDays; // => 90
 * ```
 */
export const disclosureParameters: {
  /** The 2016 SLA page (and GitLab's rule through 2025). */
  readonly handbook2016: DisclosureParameters;
  /** GitLab 2026. */
  readonly gitlab2026: DisclosureParameters;
} = deepFreeze({
  handbook2016: { firstResponseBusinessHours: 24, reporterRequestReleaseAfterDays: 30, fixedPublicAfterDays: 30 },
  gitlab2026: { firstResponseBusinessHours: 24, reporterRequestReleaseAfterDays: 30, fixedPublicAfterDays: 90 },
});

/**
 * Validates {@link DisclosureParameters} once an override is merged over the defaults.
 *
 * @example
 * ```ts
 * disclosureParametersSchema.safeParse(disclosureParameters.gitlab2026).success; // => true
 * ```
 */
export const disclosureParametersSchema: z.ZodType<DisclosureParameters> = z.strictObject({
  firstResponseBusinessHours: z.number().positive().max(10_000),
  reporterRequestReleaseAfterDays: z.int().min(0).max(10_000),
  fixedPublicAfterDays: z.int().min(0).max(10_000),
});
