import * as z from "zod";
import { readonlyOutput } from "../shared/readonly-output.js";
import { orNone } from "../shared/or-none.js";

/**
 * The people a hostile-user issue must include, by role (docs/rules.md §11).
 *
 * @example
 * ```ts
 * hostileUserIssueRoleSchema.parse("support_lead"); // => "support_lead"
 * ```
 */
export const hostileUserIssueRoleSchema = z.literal(["support_lead", "vp_engineering", "director_people_ops", "other"]);

/**
 * A draft confidential issue about a hostile or threatening user. A content item not given is
 * read as not done: a checklist is complete only when every item is shown to be done.
 *
 * @example
 * ```ts
 * const issue: HostileUserIssueInput = {
 *   confidential: true,
 *   includesCommunicationHistory: true,
 *   includesLinks: true,
 *   includesSummary: true,
 *   people: ["support_lead", "vp_engineering", "director_people_ops"],
 * };
 * ```
 */
export const hostileUserIssueSchema = z.strictObject({
  /** Whether the issue is confidential. */
  confidential: orNone(z.boolean()),
  /** Whether it holds the history of the user's communication. */
  includesCommunicationHistory: orNone(z.boolean()),
  /** Whether it holds the relevant links. */
  includesLinks: orNone(z.boolean()),
  /** Whether it holds a summary of the high-level issues. */
  includesSummary: orNone(z.boolean()),
  /** The roles of the people included in the issue. */
  people: readonlyOutput(z.array(hostileUserIssueRoleSchema)),
});

/** A hostile-user issue as a caller passes it. */
export type HostileUserIssueInput = z.input<typeof hostileUserIssueSchema>;
/**
 * A role in a hostile-user issue.
 *
 * @example
 * ```ts
 * const role: HostileUserIssueRole = "support_lead";
 * ```
 */
export type HostileUserIssueRole = z.output<typeof hostileUserIssueRoleSchema>;
