import * as z from "zod";
import { deepFreeze } from "../shared/deep-freeze.js";

/**
 * The numbers of the licence rules (docs/rules.md §10).
 *
 * @example
 * ```ts
 * const parameters: LicenceParameters = { ...licenceParameters, widerCommunityMaxDaysWithoutApproval: 60 };
 * ```
 */
export interface LicenceParameters {
  /** Licence or subscription requests one ticket may hold. */
  readonly maxRequestsPerTicket: number;
  /** The longest Wider Community licence, in days, that needs no manager's approval. */
  readonly widerCommunityMaxDaysWithoutApproval: number;
  /** Response targets for internal requests, in business hours on Global Support Hours (24x5). */
  readonly responseTargetHours: {
    /** Urgent. */
    readonly urgent: number;
    /** High. */
    readonly high: number;
    /** Normal. */
    readonly normal: number;
    /** Low. */
    readonly low: number;
  };
}

/**
 * The defaults, from GitLab's "Working with Support" page (2021) and later pages; the 2016
 * handbook has no licence rules, so one set serves every edition.
 *
 * @example
 * ```ts
 * licenceParameters.responseTargetHours.high; // => 4
 * ```
 */
export const licenceParameters: LicenceParameters = deepFreeze({
  maxRequestsPerTicket: 1,
  widerCommunityMaxDaysWithoutApproval: 90,
  responseTargetHours: { urgent: 1, high: 4, normal: 8, low: 24 },
});

const hours = z.number().positive().max(10_000);

/**
 * Validates {@link LicenceParameters} once an override is merged over the defaults.
 *
 * @example
 * ```ts
 * licenceParametersSchema.parse(licenceParameters).widerCommunityMaxDaysWithoutApproval; // => 90
 * ```
 */
export const licenceParametersSchema: z.ZodType<LicenceParameters> = z.strictObject({
  maxRequestsPerTicket: z.int().min(1).max(100),
  widerCommunityMaxDaysWithoutApproval: z.int().min(0).max(100_000),
  responseTargetHours: z.strictObject({ urgent: hours, high: hours, normal: hours, low: hours }),
});
