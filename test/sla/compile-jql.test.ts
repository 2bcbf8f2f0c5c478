import { describe, expect, it } from "vitest";
import { compileJql } from "../../src/sla/compile-jql.js";
import { conditionSchema } from "../../src/sla/condition.js";
import { evaluateSla } from "../../src/sla/evaluate-sla.js";
import { AROUND_THE_CLOCK } from "../../src/sla/sla-vocabulary.js";
import { caught, nowAt, ticket } from "./sla-fixtures.js";

describe("compileJql: JSM goal conditions in the library's condition model", () => {
  it.each([
    ["priority = High", { field: "priority", operator: "is", value: "high" }],
    ["priority != low", { field: "priority", operator: "is_not", value: "low" }],
    ['issuetype IN (Incident, "Service request")', { field: "type", operator: "is", value: ["Incident", "Service request"] }],
    ['"Request Type" NOT IN ("Get IT help")', { field: "custom_fields.request_type", operator: "is_not", value: ["Get IT help"] }],
    ["request type = Onboarding", { field: "custom_fields.request_type", operator: "is", value: "Onboarding" }],
    ["labels = vip", { field: "tags", operator: "includes", value: ["vip"] }],
    ["labels not in (spam, test)", { field: "tags", operator: "not_includes", value: ["spam", "test"] }],
    ["organizations = 360001", { field: "organization", operator: "is", value: "360001" }],
    ["component = Billing", { field: "custom_fields.component", operator: "is", value: "Billing" }],
    ['status = "On hold"', { field: "status", operator: "is", value: "on_hold" }],
  ])("%s", (jql, expected) => {
    expect(compileJql(jql)).toEqual(expected);
    expect(conditionSchema.parse(compileJql(jql))).toEqual(expected);
  });

  it("AND binds tighter than OR; NOT and parentheses nest", () => {
    expect(compileJql("priority = urgent OR priority = high AND labels = vip")).toEqual({
      any: [
        { field: "priority", operator: "is", value: "urgent" },
        { all: [{ field: "priority", operator: "is", value: "high" }, { field: "tags", operator: "includes", value: ["vip"] }] },
      ],
    });
    expect(compileJql("NOT (labels = spam OR issuetype = Problem) and priority in (high)")).toEqual({
      all: [{ not: { any: [{ field: "tags", operator: "includes", value: ["spam"] }, { field: "type", operator: "is", value: "Problem" }] } }, { field: "priority", operator: "is", value: ["high"] }],
    });
  });

  it("a compiled goal condition chooses the policy: JSM's goals as ordered policies, the last for all remaining issues", () => {
    const target = (hours: number) => [{ metric: "first_reply", duration: { hours }, calendar: AROUND_THE_CLOCK }];
    const set = {
      policies: [
        { id: "vip_urgent", name: "priority = Urgent AND labels = vip", conditions: compileJql("priority = Urgent AND labels = vip"), targets: target(1) },
        { id: "high", name: "priority IN (High, Urgent)", conditions: compileJql("priority IN (High, Urgent)"), targets: target(4) },
        { id: "remaining", name: "All remaining issues", targets: target(24) },
      ],
    };
    expect(evaluateSla(ticket([], { priority: "urgent", tags: ["vip"] }), set, nowAt(1)).policyId).toBe("vip_urgent");
    expect(evaluateSla(ticket([], { priority: "urgent" }), set, nowAt(1)).policyId).toBe("high");
    expect(evaluateSla(ticket([], { priority: "low", tags: ["vip"] }), set, nowAt(1)).policyId).toBe("remaining");
  });

  it.each([
    ["assignee = ada", 'Unknown field "assignee" at position 1: the subset knows priority, issuetype, "Request Type", labels, organizations, component and status'],
    ["priority > High", 'Unexpected ">" at position 10: expected =, !=, IN or NOT IN (the subset has no other operators)'],
    ["priority ~ High", 'Unexpected "~" at position 10: expected =, !=, IN or NOT IN (the subset has no other operators)'],
    ["priority = High ORDER BY created", 'Unexpected "ORDER" at position 17: expected AND, OR or the end of the query (the subset has no ORDER BY, functions or other operators)'],
    ["labels IN vip", 'Unexpected "vip" at position 11: expected "(" to open a list of values'],
    ["priority IN (High, ", "Unexpected end of the query: expected more"],
    ["(priority = High", 'Unexpected end of the query: expected ")"'],
    ["priority = ", "Unexpected end of the query: expected more"],
    ['labels = "vip', 'Unterminated string starting at position 10: "vip'],
    ["priority = )", 'Unexpected ")" at position 12: expected a value'],
    ["  ", "The query is empty: a goal for all remaining issues has no condition"],
  ])("outside the subset is an error naming the token: %s", (jql, message) => {
    expect(caught(() => compileJql(42 as never))).toMatchObject({ code: "invalid_type", path: ["jql"], message: "Expected the JQL text as a string, received number" });
    expect(caught(() => compileJql(jql))).toMatchObject({ code: "invalid_input", path: ["jql"], message });
  });
});
