import { describe, expect, it } from "vitest";
import { importJsmExport } from "../../../src/import/jsm/import-jsm-export.js";
import type { JsmImport, JsmIssueResult } from "../../../src/import/jsm/jsm-export.js";
import { SupportPolicyError } from "../../../src/shared/errors.js";
import type { Ticket } from "../../../src/sla/ticket.js";
import { AGENT, AUTOMATION, CUSTOMER, OTHER_AGENT, assigneeItem, comment, history, issue, resolutionItem, statusItem } from "./jsm-fixtures.js";

const at = (iso: string): number => Date.parse(iso);

function ticketOf(result: JsmImport, index = 0): Ticket {
  const entry = result.tickets[index] as JsmIssueResult;
  if (!entry.ok) throw new Error(`not imported: ${JSON.stringify(entry.errors)}`);
  return entry.ticket;
}

function errorsOf(result: JsmImport, index = 0): readonly { path: readonly (string | number)[]; code: string; message: string; record: string }[] {
  const entry = result.tickets[index] as JsmIssueResult;
  if (entry.ok) throw new Error("imported, expected errors");
  return entry.errors;
}

describe("importJsmExport: issues and their pages", () => {
  it("reads a search response { issues, startAt, maxResults, total }, the nextPageToken form, an array of pages and an array of issues alike", () => {
    const one = issue({ key: "SUP-1" });
    const two = issue({ key: "SUP-2" });
    const forms = [
      { startAt: 0, maxResults: 50, total: 2, issues: [one, two] },
      [{ issues: [one], nextPageToken: "abc", isLast: false }, { issues: [two], isLast: true }],
      [one, two],
    ];
    for (const issues of forms) expect(importJsmExport({ issues }).tickets.map((entry) => [entry.id, entry.ok])).toEqual([["SUP-1", true], ["SUP-2", true]]);
  });

  it("an issue listed on two pages is read once, from its last copy", () => {
    const result = importJsmExport({ issues: [{ issues: [issue({ key: "SUP-1", labels: ["old"] })] }, { issues: [issue({ key: "SUP-1", labels: ["new"] })] }] });
    expect(result.tickets).toHaveLength(1);
    expect(ticketOf(result).tags).toEqual(["new"]);
  });

  it("a page that is no response is an error naming it; the other pages still import", () => {
    const result = importJsmExport({ issues: [{ issues: [issue()] }, { values: [] }, 7] });
    expect(result.tickets.map((entry) => entry.ok)).toEqual([true]);
    expect(result.errors.map((error) => [error.record, error.code])).toEqual([["entry 1", "missing_field"], ["entry 2", "invalid_type"]]);
  });

  it("an argument that is no export is a SupportPolicyError at data", () => {
    expect(() => importJsmExport(null as never)).toThrow(SupportPolicyError);
  });

  it("one bad issue does not sink the others: each result stands alone", () => {
    const bad = issue({ key: "SUP-2", comments: [comment(CUSTOMER, "2026-11-30T10:05:00.000+1100", undefined)] });
    const result = importJsmExport({ issues: [issue({ key: "SUP-1" }), bad, issue({ key: "SUP-3" })] });
    expect(result.tickets.map((entry) => [entry.id, entry.ok])).toEqual([["SUP-1", true], ["SUP-2", false], ["SUP-3", true]]);
  });
});

describe("importJsmExport: instants", () => {
  it("Jira's instants with an offset without a colon (+1100) are read at their offset: 10:00 AEDT is 23:00 UTC the day before", () => {
    expect(ticketOf(importJsmExport({ issues: [issue({ created: "2026-11-30T10:00:00.000+1100" })] })).createdAt).toBe(at("2026-11-29T23:00:00Z"));
  });

  it("a negative offset with minutes (-0330, Newfoundland) and Z are read too", () => {
    expect(ticketOf(importJsmExport({ issues: [issue({ created: "2026-11-30T10:00:00.000-0330" })] })).createdAt).toBe(at("2026-11-30T13:30:00Z"));
    expect(ticketOf(importJsmExport({ issues: [issue({ created: "2026-11-30T10:00:00.000Z" })] })).createdAt).toBe(at("2026-11-30T10:00:00Z"));
  });

  it("an instant Jira does not write is an error naming the issue and the field", () => {
    const errors = errorsOf(importJsmExport({ issues: [issue({ histories: [history("30/Nov/26 10:05 AM", statusItem("Waiting for support", "In progress"))], status: "In progress" })] }));
    expect(errors).toMatchObject([{ record: "issue SUP-1", path: ["changelog", "histories", 0, "created"], code: "invalid_instant" }]);
  });
});

describe("importJsmExport: comments", () => {
  const imported = (comments: unknown[], agentAccountIds?: string[]): Ticket =>
    ticketOf(importJsmExport({ issues: [issue({ comments })], ...(agentAccountIds === undefined ? {} : { agentAccountIds }) }));

  it('"Comment: By customer" is a comment whose author\'s accountType is "customer"', () => {
    expect(imported([comment(CUSTOMER, "2026-11-30T10:05:00.000+1100", true)]).events).toMatchObject([{ type: "comment", author: "customer", public: true, automated: false }]);
  });

  it('an "atlassian" account writes as an agent; an "app" (Automation for Jira) as an automated agent', () => {
    expect(imported([comment(AGENT, "2026-11-30T10:05:00.000+1100", true), comment(AUTOMATION, "2026-11-30T10:06:00.000+1100", true)]).events).toMatchObject([
      { author: "agent", automated: false },
      { author: "agent", automated: true },
    ]);
  });

  it("with agentAccountIds, an Atlassian account outside the list is the customer (an employee on an internal help desk)", () => {
    expect(imported([comment(AGENT, "2026-11-30T10:05:00.000+1100", true), comment(OTHER_AGENT, "2026-11-30T10:06:00.000+1100", true)], [AGENT.accountId]).events).toMatchObject([
      { author: "agent" },
      { author: "customer" },
    ]);
  });

  it("jsdPublic: false is an internal note, and so is a comment restricted to a role", () => {
    expect(
      imported([comment(AGENT, "2026-11-30T10:05:00.000+1100", false), comment(AGENT, "2026-11-30T10:06:00.000+1100", true, { visibility: { type: "role", value: "Service Desk Team" } })]).events,
    ).toMatchObject([{ public: false }, { public: false }]);
  });

  it("a comment without jsdPublic is an error: a note cannot be told from a reply", () => {
    expect(errorsOf(importJsmExport({ issues: [issue({ comments: [comment(AGENT, "2026-11-30T10:05:00.000+1100", undefined)] })] }))).toEqual([
      {
        source: "issues",
        record: "issue SUP-1",
        path: ["fields", "comment", "comments", 0, "jsdPublic"],
        code: "missing_field",
        message: "The comment has no jsdPublic: cannot tell a comment the customer sees from an internal note (Jira gives jsdPublic on the comments of service projects)",
      },
    ]);
  });

  // Jira Server and Data Center users: name, key and emailAddress, no accountId or accountType.
  const dcReporter = { name: "chen.wei", key: "JIRAUSER10100", emailAddress: "chen.wei@example.com", displayName: "Chen Wei" };
  const dcAgent = { name: "ada", key: "JIRAUSER10000", emailAddress: "ada@example.org", displayName: "Ada Lovelace" };
  const dcIssue = (comments: unknown[], reporter: unknown = dcReporter): Record<string, unknown> => {
    const record = issue({ comments });
    (record["fields"] as { reporter: unknown }).reporter = reporter;
    return record;
  };

  it("Jira Server / Data Center: without accountType, the issue's reporter is the customer and anyone else an agent", () => {
    const result = importJsmExport({ issues: [dcIssue([comment({ name: "chen.wei", key: "JIRAUSER10100" }, "2026-11-30T10:05:00.000+1100", true), comment(dcAgent, "2026-11-30T10:06:00.000+1100", true)])] });
    const ticket = ticketOf(result);
    expect(ticket.events).toMatchObject([{ author: "customer" }, { author: "agent" }]);
    expect(ticket.fields).toMatchObject({ requester: "JIRAUSER10100" });
  });

  it("Jira Server / Data Center: a list of agents wins over the reporter, matched by key, name or email address", () => {
    const comments = [comment(dcAgent, "2026-11-30T10:05:00.000+1100", true), comment({ name: "ben" }, "2026-11-30T10:06:00.000+1100", true)];
    expect(ticketOf(importJsmExport({ issues: [dcIssue(comments, dcAgent)], agentAccountIds: ["ada@example.org"] })).events).toMatchObject([{ author: "agent" }, { author: "customer" }]);
  });

  it("an author without an accountType, with no reporter to compare, or with no identity at all, is an error naming the field", () => {
    const noReporter = errorsOf(importJsmExport({ issues: [dcIssue([comment(dcAgent, "2026-11-30T10:05:00.000+1100", true)], null)] }));
    expect(noReporter).toMatchObject([{ path: ["fields", "reporter"], code: "missing_field" }]);
    expect(noReporter[0]?.message).toBe(
      "The comment's author has no accountType and the issue has no reporter with an accountId, key, name or emailAddress: cannot tell a customer's comment from an agent's (give agentAccountIds, or export the reporter)",
    );
    const nobody = errorsOf(importJsmExport({ issues: [dcIssue([comment({ displayName: "Someone" }, "2026-11-30T10:05:00.000+1100", true)])] }));
    expect(nobody).toMatchObject([{ path: ["fields", "comment", "comments", 0, "author"], code: "missing_field" }]);
    expect(nobody[0]?.message).toBe("The comment's author has no accountType and no accountId, key, name or emailAddress: cannot tell a customer's comment from an agent's");
    const unknown = errorsOf(importJsmExport({ issues: [issue({ comments: [comment({ accountId: "x", accountType: "robot" }, "2026-11-30T10:05:00.000+1100", true)] })] }));
    expect(unknown[0]?.message).toBe('The comment\'s author has the accountType "robot": expected "atlassian", "customer" or "app", to tell a customer\'s comment from an agent\'s');
  });

  // The "Request participants" field: its id differs per site, its type does not.
  const PARTICIPANTS = "customfield_10026";
  const schema = { [PARTICIPANTS]: { type: "array", items: "user", custom: "com.atlassian.servicedesk:sd-request-participants", customId: 10026 } };
  const COLLEAGUE = { accountId: "5c3f1e2d9a8b7c0012345678", accountType: "atlassian", displayName: "Dana Cruz" };
  const withParticipants = (participants: unknown, comments: unknown[], histories: unknown[] = []): Record<string, unknown> => issue({ comments, histories, fields: { [PARTICIPANTS]: participants } });

  it("without agentAccountIds, a request participant writes as the customer: the field found by its type in the response's schema map (expand=schema)", () => {
    const result = importJsmExport({ issues: { issues: [withParticipants([COLLEAGUE], [comment(COLLEAGUE, "2026-11-30T10:05:00.000+1100", true), comment(AGENT, "2026-11-30T10:06:00.000+1100", true)])], schema } });
    expect(ticketOf(result).events).toMatchObject([{ author: "customer" }, { author: "agent" }]);
  });

  it("the participants field is also found by its name in the names map (expand=names), and in a single issue's own maps", () => {
    const comments = [comment(COLLEAGUE, "2026-11-30T10:05:00.000+1100", true)];
    const byName = importJsmExport({ issues: { issues: [withParticipants([COLLEAGUE], comments)], names: { [PARTICIPANTS]: "Request participants" } } });
    expect(ticketOf(byName).events).toMatchObject([{ author: "customer" }]);
    const single = importJsmExport({ issues: { ...withParticipants([COLLEAGUE], comments), schema } });
    expect(ticketOf(single).events).toMatchObject([{ author: "customer" }]);
  });

  it("a participant removed later wrote as a participant while listed: the changelog's participant items count", () => {
    const removed = { field: "Request participants", fieldtype: "custom", fieldId: PARTICIPANTS, from: `[${COLLEAGUE.accountId}]`, fromString: "[Dana Cruz]", to: "[]", toString: "[]" };
    const result = importJsmExport({ issues: { issues: [withParticipants([], [comment(COLLEAGUE, "2026-11-30T10:05:00.000+1100", true)], [history("2026-11-30T11:00:00.000+1100", removed)])], schema } });
    expect(ticketOf(result).events.filter((event) => event.type === "comment")).toMatchObject([{ author: "customer" }]);
  });

  it("without the schema or names map the participants are unknown: an Atlassian account other than the reporter writes as an agent (give agentAccountIds)", () => {
    const result = importJsmExport({ issues: [withParticipants([COLLEAGUE], [comment(COLLEAGUE, "2026-11-30T10:05:00.000+1100", true)])] });
    expect(ticketOf(result).events).toMatchObject([{ author: "agent" }]);
  });

  it("without agentAccountIds, the reporter writes as the customer whatever its accountType (a customer with an Atlassian account)", () => {
    const record = issue({ comments: [comment(COLLEAGUE, "2026-11-30T10:05:00.000+1100", true)] });
    (record["fields"] as { reporter: unknown }).reporter = COLLEAGUE;
    expect(ticketOf(importJsmExport({ issues: [record] })).events).toMatchObject([{ author: "customer" }]);
  });

  it("agentAccountIds decide over participation: a listed participant is an agent", () => {
    const result = importJsmExport({ issues: { issues: [withParticipants([COLLEAGUE, AGENT], [comment(AGENT, "2026-11-30T10:05:00.000+1100", true)])], schema }, agentAccountIds: [AGENT.accountId] });
    expect(ticketOf(result).events).toMatchObject([{ author: "agent" }]);
  });

  it("Jira Server / Data Center: a request participant, matched by key, name or email address, writes as the customer", () => {
    const participant = { name: "dana", key: "JIRAUSER10200", emailAddress: "dana@example.com" };
    const record = dcIssue([comment({ name: "dana" }, "2026-11-30T10:05:00.000+1100", true), comment(dcAgent, "2026-11-30T10:06:00.000+1100", true)]);
    (record["fields"] as Record<string, unknown>)[PARTICIPANTS] = [participant];
    expect(ticketOf(importJsmExport({ issues: { issues: [record], schema } })).events).toMatchObject([{ author: "customer" }, { author: "agent" }]);
  });

  it("participants that are no list of users are an error naming the field", () => {
    for (const participants of ["dana", [{ displayName: "Dana Cruz" }]]) {
      const errors = errorsOf(importJsmExport({ issues: { issues: [withParticipants(participants, [comment(COLLEAGUE, "2026-11-30T10:05:00.000+1100", true)])], schema } }));
      expect(errors).toMatchObject([{ path: ["fields", PARTICIPANTS], code: "invalid_type" }]);
      expect(errors[0]?.message).toBe(
        `The request participants (${PARTICIPANTS}) are not a list of users: expected an array of users with an accountId, key, name or emailAddress, or null`,
      );
    }
  });

  it("a comment page shorter than its total is an error: the missing comments could be the replies", () => {
    const partial = issue({ comments: [comment(AGENT, "2026-11-30T10:05:00.000+1100", true)] });
    (partial["fields"] as { comment: { total: number } }).comment.total = 3;
    expect(errorsOf(importJsmExport({ issues: [partial] }))).toMatchObject([{ path: ["fields", "comment", "comments"], code: "missing_field" }]);
  });
});

describe("importJsmExport: the changelog", () => {
  it("the status at creation is the first status item's fromString; each item a status change, a custom status within its category", () => {
    const ticket = ticketOf(
      importJsmExport({
        issues: [
          issue({
            status: "Resolved",
            resolution: "Done",
            histories: [
              history("2026-11-30T10:35:00.000+1100", statusItem("Waiting for support", "Waiting for customer")),
              history("2026-11-30T12:30:00.000+1100", statusItem("Waiting for customer", "Resolved"), resolutionItem(null, "Done")),
            ],
          }),
        ],
      }),
    );
    expect([ticket.status, ticket.customStatus]).toEqual(["open", "waiting_for_support"]);
    expect(ticket.events).toMatchObject([
      { type: "status_change", at: at("2026-11-29T23:35:00Z"), status: "pending", customStatus: "waiting_for_customer" },
      { type: "status_change", at: at("2026-11-30T01:30:00Z"), status: "solved", customStatus: "resolved" },
      { type: "field_change", field: "custom_fields.resolution", value: "Done" },
    ]);
  });

  it('"Resolution: Set" and "Resolution: Cleared" come from resolution items: set from none to Done, cleared from Done to none', () => {
    const ticket = ticketOf(
      importJsmExport({
        issues: [
          issue({
            histories: [
              history("2026-11-30T12:30:00.000+1100", statusItem("Waiting for support", "Resolved"), resolutionItem(null, "Done")),
              history("2026-12-01T09:00:00.000+1100", statusItem("Resolved", "Waiting for support"), resolutionItem("Done", null)),
            ],
          }),
        ],
      }),
    );
    expect(ticket.fields["custom_fields.resolution"]).toBeUndefined();
    expect(ticket.events.filter((event) => event.type === "field_change")).toMatchObject([{ value: "Done" }, { value: null }]);
  });

  it('"Assignee: From unassigned": the assignee at creation is the first assignee item\'s from (none), then its to', () => {
    const ticket = ticketOf(importJsmExport({ issues: [issue({ assignee: AGENT, histories: [history("2026-11-30T10:20:00.000+1100", assigneeItem(null, AGENT))] })] }));
    expect(ticket.assignee).toBeNull();
    expect(ticket.events).toMatchObject([{ type: "assignee_change", assignee: AGENT.accountId }]);
  });

  it("histories are taken in time order whatever order the response lists them in (newest first here)", () => {
    const ticket = ticketOf(
      importJsmExport({
        issues: [
          issue({
            status: "Resolved",
            histories: [
              history("2026-11-30T12:30:00.000+1100", statusItem("In progress", "Resolved")),
              history("2026-11-30T10:35:00.000+1100", statusItem("Waiting for support", "In progress")),
            ],
          }),
        ],
      }),
    );
    expect(ticket.customStatus).toBe("waiting_for_support");
    expect(ticket.events.map((event) => (event.type === "status_change" ? event.customStatus : null))).toEqual(["in_progress", "resolved"]);
  });

  it("no changelog is an error: the values at creation are unknown", () => {
    const bare = issue();
    delete bare["changelog"];
    expect(errorsOf(importJsmExport({ issues: [bare] }))).toMatchObject([{ record: "issue SUP-1", path: ["changelog"], code: "missing_field" }]);
  });

  it("a changelog shorter than its total (search embeds only the first page) is an error naming the endpoint for the rest", () => {
    const truncated = issue({ histories: [history("2026-11-30T10:35:00.000+1100", statusItem("Waiting for support", "In progress"))], status: "In progress" });
    (truncated["changelog"] as { total: number }).total = 120;
    expect(errorsOf(importJsmExport({ issues: [truncated] }))[0]?.message).toBe(
      "The changelog holds 1 of its 120 histories: Jira embeds only the first page, so read the rest with GET /rest/api/3/issue/SUP-1/changelog and give them all",
    );
  });

  it("a current value the changelog does not lead to is an error at the issue's field (the history is incomplete)", () => {
    // Resolved now, but the one history kept leaves it In progress: the resolving history is missing.
    const errors = errorsOf(importJsmExport({ issues: [issue({ status: "Resolved", histories: [history("2026-11-30T10:35:00.000+1100", statusItem("Waiting for support", "In progress"))] })] }));
    expect(errors).toMatchObject([{ path: ["fields", "status"], code: "inconsistent_facts" }]);
  });

  it("components change one at a time: the set at creation is the current one with later additions undone", () => {
    const ticket = ticketOf(
      importJsmExport({
        issues: [
          issue({
            components: ["Email", "VPN"],
            histories: [history("2026-11-30T11:00:00.000+1100", { field: "Component", fieldtype: "jira", fieldId: "components", from: null, fromString: null, to: "10101", toString: "VPN" })],
          }),
        ],
      }),
    );
    expect(ticket.fields["custom_fields.component"]).toEqual(["Email"]);
    expect(ticket.events).toMatchObject([{ type: "field_change", field: "custom_fields.component", value: ["Email", "VPN"] }]);
  });

  it("the request type is read from the field whose value names one, as custom_fields.request_type", () => {
    const ticket = ticketOf(importJsmExport({ issues: [issue({ fields: { customfield_10010: { requestType: { id: "1", name: "Get IT help" } } } })] }));
    expect(ticket.fields).toMatchObject({ type: "Incident", "custom_fields.request_type": "Get IT help", requester: CUSTOMER.accountId });
  });
});

describe("importJsmExport: statuses and priorities", () => {
  it("a status the configuration does not declare is an error naming the issue, the item and the known statuses", () => {
    const errors = errorsOf(importJsmExport({ issues: [issue({ status: "Triage", statusCategory: "new" })] }));
    expect(errors[0]).toMatchObject({ record: "issue SUP-1", path: ["fields", "status", "name"], code: "unknown_value" });
    expect(errors[0]?.message).toMatch(/^Status "Triage" is not in the SLA configuration's statuses, so its category is unknown: expected one of To Do, Waiting for support/);
  });

  it("the current status's JSM category must agree with the configuration's: Resolved (done) cannot be a status still open", () => {
    const errors = errorsOf(importJsmExport({ issues: [issue({ status: "Waiting for support", statusCategory: "done" })] }));
    expect(errors[0]?.message).toBe('Status "Waiting for support" is in JSM\'s category "done", but the SLA configuration puts it in "open" (expected solved or closed)');
  });

  it("a status category or a changelog field named like an object's own property (constructor, toString, __proto__, hasOwnProperty) is one JSM does not have: read as any unknown one", () => {
    const names = ["constructor", "toString", "__proto__", "hasOwnProperty"];
    const unknown = ticketOf(importJsmExport({ issues: [issue({ statusCategory: "purple", histories: [history("2026-11-30T11:00:00.000+1100", { field: "summary", from: null, fromString: "a", to: null, toString: "b" })] })] }));
    for (const name of names) {
      const item = { field: name, from: null, fromString: "a", to: null, toString: "b" };
      expect(ticketOf(importJsmExport({ issues: [issue({ statusCategory: name, histories: [history("2026-11-30T11:00:00.000+1100", item)] })] }))).toEqual(unknown);
    }
  });

  it("JSM's Open, Pending and Closed are the library's own statuses of those names", () => {
    const ticket = ticketOf(importJsmExport({ issues: [issue({ status: "Closed", histories: [history("2026-11-30T11:00:00.000+1100", statusItem("Open", "Closed"))] })] }));
    expect([ticket.status, ticket.customStatus]).toEqual(["open", null]);
    expect(ticket.events).toMatchObject([{ type: "status_change", status: "closed" }]);
  });

  it("a priority the configuration does not declare is an error naming it and the declared ones", () => {
    const errors = errorsOf(importJsmExport({ issues: [issue({ priority: "Critical" })] }));
    expect(errors[0]).toMatchObject({ path: ["fields", "priority", "name"], code: "unknown_value", message: 'Priority "Critical" (critical) is not in the SLA configuration\'s priorities: expected one of lowest, low, medium, high, highest' });
  });
});
