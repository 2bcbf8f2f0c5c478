import * as z from "zod";
import type { Decision } from "../shared/decision.js";
import { parseInput } from "../shared/errors.js";
import { describeValue } from "../shared/describe-value.js";
import { INTERNAL_REQUEST_ROUTES, type InternalRequestRoute, type InternalRequestType } from "./internal-request-routes.js";

const TYPES = Object.keys(INTERNAL_REQUEST_ROUTES) as [InternalRequestType, ...InternalRequestType[]];
const typeSchema = z.enum(TYPES, {
  error: (issue) => `Unknown internal request type ${describeValue(issue.input)}; expected one of ${TYPES.join(", ")}`,
});

/**
 * The routing of one internal request: `route` with the action, or `decline` when Support does
 * not act on it (and the action says where to go instead).
 *
 * @example
 * ```ts
 * const d: InternalRequestDecision = {
 *   outcome: "decline",
 *   route: INTERNAL_REQUEST_ROUTES.team_member_it_issue,
 *   reasons: [],
 * };
 * ```
 */
export interface InternalRequestDecision extends Decision<"route" | "decline", "routed" | "not_acted_on"> {
  /** The table row that decided it. */
  readonly route: InternalRequestRoute;
}

/**
 * Looks up what to do with an internal request in the "Working with Support" routing table
 * (docs/rules.md §9): the form option, template or Slack channel, or a decline for requests Support
 * does not act on (team members' IT issues, customer-specific requests made in Slack).
 *
 * @example
 * ```ts
 * routeInternalRequest("extend_saas_trial").route.formOption; // => "Extend a SaaS trial"
 * routeInternalRequest("customer_request_in_slack").outcome; // => "decline"
 * ```
 *
 * @throws {SupportPolicyError} `unknown_value` for a request type not in the table.
 */
export function routeInternalRequest(requestType: InternalRequestType): InternalRequestDecision {
  const type = parseInput(typeSchema, requestType, ["requestType"]);
  const route: InternalRequestRoute = INTERNAL_REQUEST_ROUTES[type];
  const rule = `§9 internal requests (Working with Support): ${route.section}`;
  const facts = {
    requestType: type,
    via: route.via,
    formOption: route.formOption ?? null,
    template: route.template ?? null,
    slackChannel: route.slackChannel ?? null,
  };
  return route.actedOn
    ? { outcome: "route", route, reasons: [{ code: "routed", rule, message: route.action, facts }] }
    : { outcome: "decline", route, reasons: [{ code: "not_acted_on", rule, message: route.action, facts }] };
}
