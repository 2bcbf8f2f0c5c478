import * as z from "zod";
import { parseInput } from "../shared/errors.js";
import { USERNAME_MAX_LENGTH, usernameSchema } from "./username-schema.js";
import { readonlyOutput } from "../shared/readonly-output.js";

const SUFFIX = "_idle";

const idleUsernameInputSchema = z.strictObject({
  username: usernameSchema,
  takenNames: readonlyOutput(z.array(z.string())),
});

function candidate(username: string, index: number): string {
  const suffix = index === 0 ? SUFFIX : `${SUFFIX}${index}`;
  if (username.length + suffix.length <= USERNAME_MAX_LENGTH) return `${username}${suffix}`;
  // Trim the base, never the suffix: the suffix is what tells support staff the name was released.
  // A trimmed base may end in "." or "-", which would put two separators side by side.
  const base = username.slice(0, USERNAME_MAX_LENGTH - suffix.length).replace(/[.-]+$/, "");
  return `${base}${suffix}`;
}

/**
 * The name a dormant account is renamed to when its username is released: `name_idle`, or, when
 * that is taken, `name_idle1`, `name_idle2`, ... the first one not in `takenNames`. Names are
 * compared case-insensitively, as GitLab paths are. When `name` plus the suffix would exceed 255
 * characters, the base is trimmed (and any `.` or `-` it then ends with removed) so the result
 * is always a valid GitLab username ending in the suffix.
 *
 * Rule: docs/rules.md §6 (2016 SLA page) "Usernames will be appended with _idle to keep the account
 * active but release the namespace".
 *
 * @param username - the username being released.
 * @param takenNames - names already in use, in any case.
 * @returns the new name for the dormant account.
 * @throws SupportPolicyError `invalid_format` when `username` is not a valid GitLab username.
 *
 * @example
 * ```ts
 * idleUsername("alice", []); // => "alice_idle"
 * idleUsername("alice", ["Alice_Idle", "alice_idle1"]); // => "alice_idle2"
 * ```
 */
export function idleUsername(username: string, takenNames: readonly string[] = []): string {
  const input = parseInput(idleUsernameInputSchema, { username, takenNames });
  const taken = new Set(input.takenNames.map((name) => name.toLowerCase()));
  // At most takenNames.length candidates can be taken, so this loop ends.
  for (let index = 0; ; index += 1) {
    const name = candidate(input.username, index);
    if (!taken.has(name.toLowerCase())) return name;
  }
}
