import * as z from "zod";
import { parseInput } from "../shared/errors.js";
import { usernameSchema } from "./username-schema.js";

const inputSchema = z.strictObject({ username: usernameSchema });

/**
 * The Sentry search that finds the errors a GitLab.com user met (docs/rules.md §11).
 *
 * @param username - the user's GitLab username.
 * @returns the search text for Sentry's search bar.
 * @throws SupportPolicyError `invalid_format` when `username` is not a GitLab username (so nothing can be injected into the query).
 *
 * @example
 * ```ts
 * sentryUserQuery("alice"); // => "user.username:alice"
 * ```
 */
export function sentryUserQuery(username: string): string {
  return `user.username:${parseInput(inputSchema, { username }).username}`;
}
