import { describe, expect, it } from "vitest";
import { INTERNAL_REQUEST_ROUTES, type InternalRequestType } from "../../src/routing/internal-request-routes.js";
import { routeInternalRequest } from "../../src/routing/route-internal-request.js";

describe("routeInternalRequest, the whole table", () => {
  it('"a table from request type to action (form option, template, Slack channel)": every request type\'s decision', () => {
    const decisions = Object.fromEntries((Object.keys(INTERNAL_REQUEST_ROUTES) as InternalRequestType[]).map((type) => [type, routeInternalRequest(type)]));
    expect(decisions).toMatchSnapshot();
  });

  it('"team-member IT issues are not Support\'s": declined in full', () => {
    expect(routeInternalRequest("team_member_it_issue")).toEqual({
      outcome: "decline",
      route: {
        section: "GitLab Support's purpose",
        actedOn: false,
        via: "not_support",
        action: "Support does not handle team members' IT issues (1Password, Slack, Mac): contact Team Member Enablement",
      },
      reasons: [
        {
          code: "not_acted_on",
          rule: "§9 internal requests (Working with Support): GitLab Support's purpose",
          message: "Support does not handle team members' IT issues (1Password, Slack, Mac): contact Team Member Enablement",
          facts: { requestType: "team_member_it_issue", via: "not_support", formOption: null, template: null, slackChannel: null },
        },
      ],
    });
  });

  it('"One licence or subscription request per ticket"; "Support never starts a trial": a form route in full', () => {
    expect(routeInternalRequest("extend_saas_trial")).toEqual({
      outcome: "route",
      route: {
        section: "SaaS trial",
        actedOn: true,
        via: "internal_request_form",
        formOption: "Extend a SaaS trial",
        action: "Extend an active or expired trial",
        notes: ["One licence or subscription request per ticket", "Support never starts a trial: the customer must have started one"],
      },
      reasons: [
        {
          code: "routed",
          rule: "§9 internal requests (Working with Support): SaaS trial",
          message: "Extend an active or expired trial",
          facts: { requestType: "extend_saas_trial", via: "internal_request_form", formOption: "Extend a SaaS trial", template: null, slackChannel: null },
        },
      ],
    });
  });

  it("a form option without notes carries no notes", () => {
    expect(routeInternalRequest("reset_max_seats").route).toEqual({
      section: "SaaS subscription",
      actedOn: true,
      via: "internal_request_form",
      formOption: "Reset max seats for QSR",
      action: "Reset max seats once the overage waiver is approved",
    });
  });
});
