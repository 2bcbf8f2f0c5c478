// Zendesk REST API shapes, written from the API reference (Tickets, Ticket Audits, Users, SLA
// Policies, Schedules): only the fields the importer reads, plus a few it must ignore.

export const T0 = "2026-03-16T10:00:00Z"; // Monday
export const minutes = (n: number): string => new Date(Date.parse(T0) + n * 60_000).toISOString().replace(".000Z", "Z");
export const iso = (n: number): string => new Date(Date.parse(T0) + n * 60_000).toISOString();
export const NOW = (n: number): Date => new Date(Date.parse(T0) + n * 60_000);

export const CUSTOMER = 1;
export const AGENT = 2;
export const ADMIN = 3;
export const users = {
  users: [
    { id: CUSTOMER, name: "Casey Customer", role: "end-user", email: "casey@example.com" },
    { id: AGENT, name: "Ada Agent", role: "agent" },
    { id: ADMIN, name: "Ari Admin", role: "admin" },
  ],
};

export type Json = Record<string, unknown>;

export function zTicket(id: number, extra: Json = {}): Json {
  return { url: `https://example.zendesk.com/api/v2/tickets/${id}.json`, id, created_at: T0, updated_at: T0, status: "new", priority: "normal", type: null, subject: "Help", requester_id: CUSTOMER, submitter_id: CUSTOMER, assignee_id: null, organization_id: null, group_id: null, brand_id: null, ticket_form_id: null, tags: [], custom_fields: [], via: { channel: "email", source: { from: {}, to: {}, rel: null } }, ...extra };
}

export const create = (field: string, value: unknown): Json => ({ id: Math.floor(Math.random() * 1e9), type: "Create", field_name: field, value });
export const change = (field: string, value: unknown, previous: unknown = null): Json => ({ id: 1, type: "Change", field_name: field, value, previous_value: previous });
export const comment = (author: number, isPublic = true, extra: Json = {}): Json => ({ id: 7, type: "Comment", author_id: author, body: "text", html_body: "<p>text</p>", public: isPublic, attachments: [], ...extra });
export const notification = (): Json => ({ id: 8, type: "Notification", subject: "Received", body: "...", recipients: [CUSTOMER], via: { channel: "rule", source: { from: { id: 5, title: "Notify requester" }, rel: "trigger" } } });

let auditId = 1000;
export function audit(ticketId: number, at: string, events: Json[], extra: Json = {}): Json {
  auditId += 1;
  return { id: auditId, ticket_id: ticketId, created_at: at, author_id: CUSTOMER, metadata: { system: {}, custom: {} }, via: { channel: "web", source: { from: {}, to: {}, rel: null } }, events, ...extra };
}

/** The audit that creates a customer's ticket: status new, priority normal, the opening comment. */
export function creationAudit(ticketId: number, extra: Json[] = [], priority: string | null = "normal"): Json {
  return audit(ticketId, T0, [comment(CUSTOMER), create("status", "new"), create("priority", priority), create("requester_id", CUSTOMER), ...extra]);
}

export const byTrigger = { via: { channel: "rule", source: { from: { id: 42, title: "Auto-reply" }, rel: "trigger" } }, author_id: -1 };

/** One policy for every ticket: first reply 60 min, next reply 120 min, calendar hours, per priority. */
export function policy(id: number, extra: Json = {}, metrics?: Json[]): Json {
  return {
    url: `https://example.zendesk.com/api/v2/slas/policies/${id}.json`,
    id,
    title: `Policy ${id}`,
    description: "",
    position: id,
    filter: { all: [], any: [] },
    policy_metrics: metrics ?? [
      ...["low", "normal", "high", "urgent"].map((priority) => ({ priority, metric: "first_reply_time", target: 60, business_hours: false })),
      ...["low", "normal", "high", "urgent"].map((priority) => ({ priority, metric: "next_reply_time", target: 120, business_hours: false })),
      { priority: "normal", metric: "agent_work_time", target: 240, business_hours: false },
    ],
    created_at: T0,
    updated_at: T0,
    ...extra,
  };
}

/** Monday-Friday 09:00-17:00 as Zendesk's intervals: minutes from Sunday 00:00. */
export function weekdayIntervals(open = 9 * 60, close = 17 * 60): Json[] {
  return [1, 2, 3, 4, 5].map((day) => ({ start_time: day * 1440 + open, end_time: day * 1440 + close }));
}
