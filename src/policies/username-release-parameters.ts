import * as z from "zod";
import { deepFreeze } from "../shared/deep-freeze.js";

/**
 * The numbers of the dormant-username rules, all overridable (docs/rules.md §6).
 *
 * @example
 * ```ts
 * const parameters: UsernameReleaseParameters = { ...usernameReleaseParameters.gitlab2026, releaseAfterDays: 21 };
 * ```
 */
export interface UsernameReleaseParameters {
  /** 2016: months without activity before a username may be released. */
  readonly inactiveMonths: number;
  /** 2016: failed contact attempts needed. */
  readonly contactAttemptsRequired: number;
  /** 2016: the window, in days, the failed attempts must lie within. */
  readonly contactWindowDays: number;
  /** 2026: the most owners Support contacts. */
  readonly maxOwnersContacted: number;
  /** 2026: days after the first contact when the second notice is sent. */
  readonly secondNoticeAfterDays: number;
  /** 2026: days after the first contact after which the name is released without an explicit reply. */
  readonly releaseAfterDays: number;
  /** 2026: years without activity after which a namespace counts as holding no data. */
  readonly inactiveYearsCountsAsNoData: number;
}

/**
 * The default numbers per edition. Each edition only reads the numbers its rules use; the others
 * are kept equal across editions so that overriding one field is all a caller needs.
 *
 * @example
 * ```ts
 * usernameReleaseParameters.gitlab2026.releaseAfterDays; // => 14
 * usernameReleaseParameters.handbook2016.inactiveMonths; // => 6
 * ```
 */
export const usernameReleaseParameters: {
  /** The 2016 SLA page: six months, two failed attempts within two weeks. */
  readonly handbook2016: UsernameReleaseParameters;
  /** GitLab 2026: up to 3 owners, second notice after 1 week, release after 2 weeks, 2 idle years. */
  readonly gitlab2026: UsernameReleaseParameters;
} = deepFreeze({
  handbook2016: {
    inactiveMonths: 6,
    contactAttemptsRequired: 2,
    contactWindowDays: 14,
    maxOwnersContacted: 3,
    secondNoticeAfterDays: 7,
    releaseAfterDays: 14,
    inactiveYearsCountsAsNoData: 2,
  },
  gitlab2026: {
    inactiveMonths: 6,
    contactAttemptsRequired: 2,
    contactWindowDays: 14,
    maxOwnersContacted: 3,
    secondNoticeAfterDays: 7,
    releaseAfterDays: 14,
    inactiveYearsCountsAsNoData: 2,
  },
});

const count = z.int().min(1).max(10_000);

/**
 * Validates {@link UsernameReleaseParameters} once a caller's override is merged over the defaults.
 *
 * @example
 * ```ts
 * usernameReleaseParametersSchema.safeParse(usernameReleaseParameters.handbook2016).success; // => true
 * ```
 */
export const usernameReleaseParametersSchema: z.ZodType<UsernameReleaseParameters> = z
  .strictObject({
    inactiveMonths: count,
    contactAttemptsRequired: count,
    contactWindowDays: count,
    maxOwnersContacted: count,
    secondNoticeAfterDays: count,
    releaseAfterDays: count,
    inactiveYearsCountsAsNoData: count,
  })
  .superRefine((value, ctx) => {
    if (value.secondNoticeAfterDays >= value.releaseAfterDays) {
      ctx.addIssue({
        code: "custom",
        path: ["secondNoticeAfterDays"],
        message: "The second notice must come before the release: secondNoticeAfterDays < releaseAfterDays",
        params: { code: "inconsistent_facts" },
      });
    }
  });
