import * as z from "zod";
import { fail, parseInput } from "../shared/errors.js";
import { gitlabVersionSchema } from "./gitlab-version.js";
import { compareVersions } from "./internal/compare-versions.js";

/**
 * The version GitLab CI users must pass through: CI merged into GitLab in 8.0.
 *
 * @example
 * ```ts
 * CI_WAYPOINT_VERSION; // => "8.0"
 * ```
 */
export const CI_WAYPOINT_VERSION = "8.0";

const inputSchema = z.strictObject({
  currentVersion: gitlabVersionSchema,
  targetVersion: gitlabVersionSchema,
  usesGitlabCi: z.boolean(),
});

/**
 * The versions an upgrade goes through, in order, ending at the target: a GitLab CI user below
 * 8.0 upgrades to 8.0 first, then on to the target (docs/rules.md §11, "Use of GitLab CI (need to
 * upgrade to 8.0 first, then 8.+)"). Everyone else goes straight to the target.
 *
 * @param currentVersion - the installed version.
 * @param targetVersion - the version asked for (not always the latest).
 * @param usesGitlabCi - whether the installation uses GitLab CI.
 * @returns the steps, each a version string.
 * @throws SupportPolicyError `invalid_format` on a malformed version, `inconsistent_facts` when the target is older than the current version.
 *
 * @example
 * ```ts
 * planUpgradePath("7.14.3", "8.5.0", true); // => ["8.0", "8.5.0"]
 * planUpgradePath("7.14.3", "8.5.0", false); // => ["8.5.0"]
 * ```
 */
export function planUpgradePath(currentVersion: string, targetVersion: string, usesGitlabCi: boolean): readonly string[] {
  return upgradePathWithin([], currentVersion, targetVersion, usesGitlabCi);
}

/**
 * {@link planUpgradePath}, for a caller whose versions sit under `root` in its own input, so that
 * an error's path points into that input.
 *
 * @internal
 */
export function upgradePathWithin(root: readonly PropertyKey[], currentVersion: string, targetVersion: string, usesGitlabCi: boolean): readonly string[] {
  const input = parseInput(inputSchema, { currentVersion, targetVersion, usesGitlabCi }, root);
  if (compareVersions(input.targetVersion, input.currentVersion) < 0) {
    fail("inconsistent_facts", [...root, "targetVersion"], `The target version ${input.targetVersion} is older than the current version ${input.currentVersion}`);
  }
  // Only a CI user crossing 8.0 stops there: a target inside 8.0.x is itself the waypoint.
  const crossesWaypoint =
    input.usesGitlabCi &&
    compareVersions(input.currentVersion, CI_WAYPOINT_VERSION) < 0 &&
    compareVersions(input.targetVersion, "8.1") >= 0;
  return crossesWaypoint ? [CI_WAYPOINT_VERSION, input.targetVersion] : [input.targetVersion];
}
