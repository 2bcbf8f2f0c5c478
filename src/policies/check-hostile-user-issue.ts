import { match } from "ts-pattern";
import type { Decision } from "../shared/decision.js";
import { parseInput } from "../shared/errors.js";
import { type HostileUserIssueInput, type HostileUserIssueRole, hostileUserIssueSchema } from "./hostile-user-issue.js";

/**
 * Whether a hostile-user issue has everything it must.
 *
 * @example
 * ```ts
 * const outcome: HostileUserIssueOutcome = "incomplete";
 * ```
 */
export type HostileUserIssueOutcome = "complete" | "incomplete";

/**
 * A required part of a hostile-user issue.
 *
 * @example
 * ```ts
 * const item: HostileUserIssueItem = "confidential";
 * ```
 */
export type HostileUserIssueItem =
  | "confidential"
  | "communication_history"
  | "links"
  | "summary"
  | "support_lead"
  | "vp_engineering"
  | "director_people_ops";

/**
 * The stable identifiers of the reasons behind a hostile-user issue check.
 *
 * @example
 * ```ts
 * const code: HostileUserIssueCode = "item_missing";
 * ```
 */
export type HostileUserIssueCode = "item_missing" | "all_items_present";

/**
 * A hostile-user issue check: the outcome and the items still missing.
 *
 * @example
 * ```ts
 * const decision: HostileUserIssueDecision = { outcome: "incomplete", reasons: [], unmet: ["confidential"] };
 * ```
 */
export interface HostileUserIssueDecision extends Decision<HostileUserIssueOutcome, HostileUserIssueCode> {
  /** The required items not (shown to be) there, in the handbook's order. */
  readonly unmet: readonly HostileUserIssueItem[];
}

const REQUIRED_PEOPLE: readonly Exclude<HostileUserIssueRole, "other">[] = ["support_lead", "vp_engineering", "director_people_ops"];

function describe(item: HostileUserIssueItem): string {
  return match(item)
    .with("confidential", () => "make the issue confidential")
    .with("communication_history", () => "add the history of the user's communication")
    .with("links", () => "add the relevant links")
    .with("summary", () => "add a summary of the high-level issues")
    .with("support_lead", () => "include the Support Lead")
    .with("vp_engineering", () => "include the VP of Engineering")
    .with("director_people_ops", () => "include the Director of PeopleOps")
    .exhaustive();
}

/**
 * Checks a confidential issue about a hostile or threatening user (docs/rules.md §11, Code of
 * Conduct): it must be confidential, hold the communication history, the relevant links and a
 * summary, and include the Support Lead, the VP of Engineering and the Director of PeopleOps.
 *
 * @param issue - the draft issue (see {@link hostileUserIssueSchema}).
 * @throws SupportPolicyError on bad input (an unknown role, wrong types).
 *
 * @example
 * ```ts
 * checkHostileUserIssue({ confidential: true, includesSummary: true, people: ["support_lead"] }).unmet;
 * // => ["communication_history", "links", "vp_engineering", "director_people_ops"]
 * ```
 */
export function checkHostileUserIssue(issue: HostileUserIssueInput): HostileUserIssueDecision {
  const valid = parseInput(hostileUserIssueSchema, issue, ["issue"]);
  const unmet: HostileUserIssueItem[] = [];
  if (valid.confidential !== true) unmet.push("confidential");
  if (valid.includesCommunicationHistory !== true) unmet.push("communication_history");
  if (valid.includesLinks !== true) unmet.push("links");
  if (valid.includesSummary !== true) unmet.push("summary");
  for (const role of REQUIRED_PEOPLE) if (!valid.people.includes(role)) unmet.push(role);
  const rule = "§11 hostile or threatening users: a confidential issue with the communication history, links and a summary, including the Support Lead, VP of Engineering and Director of PeopleOps";
  if (unmet.length === 0) {
    return { outcome: "complete", unmet, reasons: [{ code: "all_items_present", rule, message: "The issue has everything it must", facts: {} }], next: { action: "file_issue", message: "File the confidential issue in the Support issue tracker" } };
  }
  return {
    outcome: "incomplete",
    unmet,
    reasons: unmet.map((item) => ({ code: "item_missing" as const, rule, message: `Still to do: ${describe(item)}`, facts: { item } })),
    next: { action: "complete_issue", message: `Before filing: ${unmet.map(describe).join("; ")}` },
  };
}
