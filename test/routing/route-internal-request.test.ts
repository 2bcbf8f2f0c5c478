import { describe, expect, it } from "vitest";
import { INTERNAL_REQUEST_ROUTES, type InternalRequestType } from "../../src/routing/internal-request-routes.js";
import { routeInternalRequest } from "../../src/routing/route-internal-request.js";
import { expectError, roundTrip } from "./helpers.js";

describe("routeInternalRequest", () => {
  it('"team-member IT issues are not Support\'s"', () => {
    const decision = routeInternalRequest("team_member_it_issue");
    expect(decision.outcome).toBe("decline");
    expect(decision.route.via).toBe("not_support");
    expect(decision.reasons[0]?.message).toContain("Team Member Enablement");
  });

  it('"customer-specific requests made in Slack are not acted on"', () => {
    const decision = routeInternalRequest("customer_request_in_slack");
    expect(decision.outcome).toBe("decline");
    expect(decision.reasons[0]?.code).toBe("not_acted_on");
    expect(decision.route.notes?.[0]).toContain("Support Ticket Attention Request form");
  });

  it("licence and trial requests go through the internal requests form with their option", () => {
    const decision = routeInternalRequest("extend_saas_trial");
    expect(decision.outcome).toBe("route");
    expect(decision.route).toMatchObject({ via: "internal_request_form", formOption: "Extend a SaaS trial" });
    expect(decision.reasons[0]?.facts).toMatchObject({ requestType: "extend_saas_trial", formOption: "Extend a SaaS trial" });
    expect(routeInternalRequest("wider_community_license").route.notes?.[0]).toContain("90 days");
    expect(routeInternalRequest("multi_year_license").route.notes?.[0]).toContain("seat usage");
  });

  it("the table gives templates and Slack channels where the handbook does", () => {
    expect(routeInternalRequest("contact_user_during_incident").route).toMatchObject({ template: "confidential_incident_data", slackChannel: "#support_gitlab-com" });
    expect(routeInternalRequest("claim_inactive_namespace").route.template).toBe("Name Squatting Request");
    expect(routeInternalRequest("who_is_on_call_self_managed").route.action).toContain("/chatops run oncall support");
    expect(routeInternalRequest("escalate_ticket").route.via).toBe("star_form");
  });

  it("every row resolves, and the decision is JSON", () => {
    for (const type of Object.keys(INTERNAL_REQUEST_ROUTES) as InternalRequestType[]) {
      const decision = routeInternalRequest(type);
      expect(decision.outcome).toBe(INTERNAL_REQUEST_ROUTES[type].actedOn ? "route" : "decline");
      expect(decision.reasons[0]?.rule).toMatch(/^§9 internal requests/);
      expect(roundTrip(decision)).toEqual(decision);
    }
  });

  it("rejects a request type the table does not have", () => {
    expectError(() => routeInternalRequest("order_pizza" as InternalRequestType), "unknown_value", ["requestType"], 'Unknown internal request type "order_pizza"');
  });
});
