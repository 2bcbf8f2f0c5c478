// Issues in the shape of Jira Cloud's "Get issue" with expand=changelog (the fields a JSM export
// carries), built small for one rule at a time. Instants are Jira's: an offset without a colon.

export const AGENT = { accountId: "5b10a2844c20165700ede21g", accountType: "atlassian", displayName: "Ada Lovelace" };
export const OTHER_AGENT = { accountId: "5b10ac8d82e05b22cc7d4ef5", accountType: "atlassian", displayName: "Ben Okafor" };
export const CUSTOMER = { accountId: "qm:8a1f3c2e-0001-4d3e-9b1a-2c7e5d9f0a1b", accountType: "customer", displayName: "Chen Wei" };
export const AUTOMATION = { accountId: "557058:f58131cb-b67d-43c7-b30d-6b58d40bd077", accountType: "app", displayName: "Automation for Jira" };

const CATEGORY: Record<string, string> = {
  "Waiting for support": "new",
  "In progress": "indeterminate",
  "Waiting for customer": "indeterminate",
  Resolved: "done",
  Closed: "done",
};

export interface IssueOptions {
  readonly key?: string;
  readonly created?: string;
  readonly status?: string;
  readonly statusCategory?: string;
  readonly priority?: string | null;
  readonly assignee?: typeof AGENT | null;
  readonly resolution?: string | null;
  readonly labels?: readonly string[];
  readonly components?: readonly string[];
  readonly comments?: readonly unknown[];
  readonly histories?: readonly unknown[];
  readonly fields?: Record<string, unknown>;
}

export function issue(options: IssueOptions = {}): Record<string, unknown> {
  const status = options.status ?? "Waiting for support";
  const comments = options.comments ?? [];
  const histories = options.histories ?? [];
  return {
    id: "10041",
    key: options.key ?? "SUP-1",
    fields: {
      created: options.created ?? "2026-11-30T10:00:00.000+1100",
      issuetype: { id: "10004", name: "Incident" },
      status: { id: "1", name: status, statusCategory: { id: 2, key: options.statusCategory ?? CATEGORY[status] ?? "new" } },
      priority: options.priority === null || options.priority === undefined ? null : { id: "3", name: options.priority },
      assignee: options.assignee ?? null,
      reporter: CUSTOMER,
      resolution: options.resolution === undefined || options.resolution === null ? null : { id: "10000", name: options.resolution },
      labels: options.labels ?? [],
      ...(options.components === undefined ? {} : { components: options.components.map((name, index) => ({ id: String(10_100 + index), name })) }),
      comment: { comments, maxResults: comments.length, total: comments.length, startAt: 0 },
      ...options.fields,
    },
    changelog: { startAt: 0, maxResults: histories.length, total: histories.length, histories },
  };
}

let ids = 100;
export function comment(author: unknown, created: string, jsdPublic: boolean | undefined, extra: Record<string, unknown> = {}): Record<string, unknown> {
  ids += 1;
  return { id: String(ids), author, created, ...(jsdPublic === undefined ? {} : { jsdPublic }), ...extra };
}

export function history(created: string, ...items: unknown[]): Record<string, unknown> {
  ids += 1;
  return { id: String(ids), author: AGENT, created, items };
}

export const statusItem = (from: string, to: string): Record<string, unknown> => ({ field: "status", fieldtype: "jira", fieldId: "status", from: "1", fromString: from, to: "2", toString: to });
export const resolutionItem = (from: string | null, to: string | null): Record<string, unknown> => ({
  field: "resolution", fieldtype: "jira", fieldId: "resolution", from: from === null ? null : "10000", fromString: from, to: to === null ? null : "10000", toString: to,
});
export const priorityItem = (from: string, to: string): Record<string, unknown> => ({ field: "priority", fieldtype: "jira", fieldId: "priority", from: "2", fromString: from, to: "1", toString: to });
export const assigneeItem = (from: typeof AGENT | null, to: typeof AGENT | null): Record<string, unknown> => ({
  field: "assignee", fieldtype: "jira", fieldId: "assignee", from: from?.accountId ?? null, fromString: from?.displayName ?? null, to: to?.accountId ?? null, toString: to?.displayName ?? null,
});

/**
 * The same issue as an object whose prototype is not Object.prototype: the import's hand path
 * declines it and the schemas read it. Only the issue itself is rebuilt, so that the values
 * inside, and zod's words for them, stay the same.
 */
export function forSchemas(value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  return Object.assign(Object.create(Object.create(Object.prototype) as object) as object, value);
}
