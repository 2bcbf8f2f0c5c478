import * as z from "zod";
import { deepFreeze } from "../shared/deep-freeze.js";

/**
 * The numbers of the 2FA removal rules.
 *
 * @example
 * ```ts
 * twoFactorRemovalParameters.gitlab2026.maxNonEnterpriseTargetsPerTicket; // => 1
 * ```
 */
export interface TwoFactorRemovalParameters {
  /** 2026: how many accounts a ticket may name when an owner asks for a non-enterprise member. */
  readonly maxNonEnterpriseTargetsPerTicket: number;
}

/**
 * The default numbers per edition (the 2016 rules have no per-ticket limit of their own).
 *
 * @example
 * ```ts
 * twoFactorRemovalParameters.handbook2016.maxNonEnterpriseTargetsPerTicket; // => 1
 * ```
 */
export const twoFactorRemovalParameters: {
  /** The 2016 SLA page. */
  readonly handbook2016: TwoFactorRemovalParameters;
  /** GitLab 2026: one user per ticket for non-enterprise members. */
  readonly gitlab2026: TwoFactorRemovalParameters;
} = deepFreeze({
  handbook2016: { maxNonEnterpriseTargetsPerTicket: 1 },
  gitlab2026: { maxNonEnterpriseTargetsPerTicket: 1 },
});

/**
 * Validates {@link TwoFactorRemovalParameters} once an override is merged over the defaults.
 *
 * @example
 * ```ts
 * twoFactorRemovalParametersSchema.safeParse(twoFactorRemovalParameters.gitlab2026).success; // => true
 * ```
 */
export const twoFactorRemovalParametersSchema: z.ZodType<TwoFactorRemovalParameters> = z.strictObject({ maxNonEnterpriseTargetsPerTicket: z.int().min(1).max(1000) });
