import * as z from "zod";
import { gitlabVersionSchema } from "./gitlab-version.js";
import { instantSchema } from "./internal/instant-schema.js";
import { orNone } from "../shared/or-none.js";

/**
 * What is known before a scheduled upgrade or installation call (docs/rules.md §11). Absent intake
 * facts make the decision `cannot_decide`, listing them.
 *
 * @example
 * ```ts
 * const facts: CallReadinessFactsInput = {
 *   scheduledAt: "2026-12-03T16:00:00Z",
 *   backupConfirmedAt: "2026-12-02T09:00:00Z",
 *   installationType: "omnibus",
 *   currentVersion: "7.14.3",
 *   targetVersion: "8.2.0",
 *   usesGitlabCi: true,
 * };
 * ```
 */
export const callReadinessFactsSchema = z.strictObject({
  /** When the call starts. */
  scheduledAt: instantSchema,
  /** When the customer confirmed a backup; `null` when they have not. */
  backupConfirmedAt: instantSchema.nullable().optional(),
  /** How GitLab was installed: from source or with the Omnibus package. */
  installationType: orNone(z.literal(["source", "omnibus"])),
  /** The installed version. */
  currentVersion: orNone(gitlabVersionSchema),
  /** The version to upgrade to (not always the latest). */
  targetVersion: orNone(gitlabVersionSchema),
  /** Whether the installation uses GitLab CI. */
  usesGitlabCi: orNone(z.boolean()),
});

/** Call facts as a caller passes them. */
export type CallReadinessFactsInput = z.input<typeof callReadinessFactsSchema>;
/** Call facts after validation. */
export type CallReadinessFacts = z.output<typeof callReadinessFactsSchema>;
