import * as z from "zod";
import { SupportPolicyError } from "../../../shared/errors.js";
import { readInstant } from "../../../shared/read-instant.js";
import { parseTicket } from "../../../sla/parse-ticket.js";
import type { Priority, TicketStatus } from "../../../sla/sla-vocabulary.js";
import type { TicketEventInput, TicketFieldValue, TicketInput } from "../../../sla/ticket.js";
import type { ZendeskRecordError, ZendeskTicketResult } from "../zendesk-export.js";
import { recordError } from "../../shared/internal/records.js";
import { type RecordRef, idText } from "./records.js";
import { ZENDESK_PRIORITIES, ZENDESK_STATUS_NAMES, zendeskStatus } from "./vocabulary.js";
import { ownValue } from "../../../shared/own-value.js";

const id = z.union([z.int().nonnegative(), z.string().regex(/^\d+$/)]);
const optionalId = id.nullable().optional();
// Zendesk's system user, which closes tickets and runs automations, has the id -1.
const authorId = z.union([z.int(), z.string().min(1)]).nullable().optional();
const via = z.looseObject({ channel: z.union([z.string(), z.int()]).optional(), source: z.looseObject({ rel: z.string().nullable().optional() }).nullable().optional() });

export const ticketRecordSchema = z.looseObject({
  id,
  created_at: z.string(),
  status: z.string(),
  priority: z.string().nullable().optional(),
  type: z.string().nullable().optional(),
  assignee_id: optionalId,
  requester_id: optionalId,
  organization_id: optionalId,
  group_id: optionalId,
  brand_id: optionalId,
  ticket_form_id: optionalId,
  tags: z.array(z.string()).optional(),
  custom_fields: z.array(z.looseObject({ id, value: z.unknown() })).nullable().optional(),
  via: via.nullable().optional(),
});

export type TicketRecord = z.infer<typeof ticketRecordSchema>;

const auditEvent = z.looseObject({
  type: z.string(),
  id: z.union([z.int(), z.string()]).optional(),
  field_name: z.string().optional(),
  value: z.unknown().optional(),
  author_id: authorId,
  public: z.boolean().optional(),
  via: via.nullable().optional(),
});

export const auditRecordSchema = z.looseObject({
  id,
  ticket_id: id,
  created_at: z.string(),
  author_id: authorId,
  via: via.nullable().optional(),
  events: z.array(auditEvent),
});

export type AuditRecord = z.infer<typeof auditRecordSchema>;

/** What the importer knows outside the ticket: who is an end user, organizations' tags, custom statuses, the default schedule. */
export interface TicketContext {
  readonly roles: ReadonlyMap<string, string>;
  readonly organizationTags: ReadonlyMap<string, readonly string[]>;
  readonly customStatuses: ReadonlyMap<string, string> | null;
  readonly defaultCalendar: string | null;
}

/** Audit field names (Create and Change events) and the generic ticket field each sets. */
const GENERIC_FIELDS: Readonly<Record<string, string>> = {
  type: "type",
  group_id: "group",
  brand_id: "brand",
  requester_id: "requester",
  ticket_form_id: "form",
  organization_id: "organization",
};
const SCHEDULE_FIELDS = new Set(["schedule_id", "set_schedule"]);
const COMMENT_TYPES = new Set(["Comment", "VoiceComment"]);
const CUSTOM_FIELD = /^\d+$/;

/** A bad value found while converting: thrown to the ticket's boundary, where it becomes the ticket's error. */
class Problem extends Error {
  readonly ref: RecordRef;
  readonly path: readonly (string | number)[];
  readonly code: ZendeskRecordError["code"];

  constructor(ref: RecordRef, path: readonly (string | number)[], code: ZendeskRecordError["code"], message: string) {
    super(message);
    this.ref = ref;
    this.path = path;
    this.code = code;
  }
}

function statusOf(value: unknown, ref: RecordRef, path: readonly (string | number)[]): TicketStatus {
  const status = typeof value === "string" ? zendeskStatus(value) : undefined;
  if (status === undefined) throw new Problem(ref, path, "unknown_value", `Unknown status ${JSON.stringify(value)}: expected one of ${ZENDESK_STATUS_NAMES.join(", ")}`);
  return status;
}

function priorityOf(value: unknown, ref: RecordRef, path: readonly (string | number)[]): Priority | null {
  if (value === null || value === undefined || value === "" || value === "-") return null;
  const priority = typeof value === "string" ? ownValue(ZENDESK_PRIORITIES, value) : undefined;
  if (priority === undefined) throw new Problem(ref, path, "unknown_value", `Unknown priority ${JSON.stringify(value)}: expected one of ${Object.keys(ZENDESK_PRIORITIES).join(", ")} or none`);
  return priority;
}

function tagsOf(value: unknown, ref: RecordRef, path: readonly (string | number)[]): string[] {
  if (value === null || value === undefined) return [];
  // Audits give tags as a list; older ones as one space-delimited string.
  if (typeof value === "string") return value.split(/\s+/).filter((tag) => tag !== "");
  if (Array.isArray(value) && value.every((tag) => typeof tag === "string")) return (value).filter((tag) => tag !== "");
  throw new Problem(ref, path, "invalid_type", `Expected tags as a list of strings, received ${JSON.stringify(value)}`);
}

function fieldValueOf(value: unknown, ref: RecordRef, path: readonly (string | number)[]): TicketFieldValue {
  if (value === undefined || value === null || value === "") return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) return value;
  throw new Problem(ref, path, "invalid_type", `Expected a field value (text, number, boolean or a list of texts), received ${JSON.stringify(value)}`);
}

function isAutomated(eventVia: z.infer<typeof via> | null | undefined, auditVia: z.infer<typeof via> | null | undefined): boolean {
  // An event carries its own via only when it differs from the audit's (Zendesk's audit events reference).
  const source = eventVia ?? auditVia;
  if (source === null || source === undefined) return false;
  const rel = source.source?.rel;
  return source.channel === "rule" || rel === "trigger" || rel === "automation";
}

/** The audit's instant by the library's one instant reader, for ordering; one it refuses sorts last (and its events are reported when the ticket is read). */
function at(audit: AuditRecord): number {
  const ms = readInstant(audit.created_at);
  return typeof ms === "number" ? ms : Number.POSITIVE_INFINITY;
}

interface Origin {
  readonly ref: RecordRef;
  readonly path: readonly (string | number)[];
}

/**
 * One Zendesk ticket as the library's, from its audits: the `Create` events give the values at
 * creation (the ticket object holds only the current ones, which are checked against the
 * replayed events instead), `Change` events become status, priority, assignee, tags, field and
 * schedule events, and `Comment` events comments, authored by the customer when their author is
 * an end user. A comment a trigger or automation made (`via.channel` `rule`) is automated, and
 * the opening comment of a ticket an agent created is the ticket's description, not a reply.
 */
export function readTicket(record: TicketRecord, audits: readonly AuditRecord[], context: TicketContext, recordErrors: ZendeskRecordError[]): ZendeskTicketResult {
  const ticketId = String(record.id);
  const ticketRef: RecordRef = { source: "tickets", record: `ticket ${ticketId}` };
  try {
    return convert(record, ticketId, ticketRef, audits, context);
  } catch (error) {
    if (!(error instanceof Problem)) throw error;
    return { ok: false, id: ticketId, errors: [...recordErrors, recordError(error.ref, error.path, error.code, error.message)] };
  }
}

function convert(record: TicketRecord, ticketId: string, ticketRef: RecordRef, audits: readonly AuditRecord[], context: TicketContext): ZendeskTicketResult {
  if (audits.length === 0) {
    throw new Problem(ticketRef, [], "missing_field", `No audits for ticket ${ticketId}: the ticket object holds only its current values, so its values at creation and its history are unknown (add its audits to ticket_audits.json)`);
  }
  // Each audit's instant read once, not at every comparison of the sort.
  const keyed = audits.map((audit) => ({ audit, time: at(audit), id: Number(audit.id) }));
  keyed.sort((a, b) => a.time - b.time || a.id - b.id);
  const ordered = keyed.map((entry) => entry.audit);
  const creation = ordered[0] as AuditRecord;
  const creationRef: RecordRef = { source: "ticket_audits", record: `audit ${String(creation.id)} (ticket ${ticketId})` };
  if (!creation.events.some((event) => event.type === "Create")) {
    throw new Problem(creationRef, ["events"], "missing_field", `The ticket's first audit has no Create events: the audit that created ticket ${ticketId} is missing from the export`);
  }
  // Fields no Change event touches still hold their creation value in the ticket object.
  const changed = new Set<string>();
  for (const audit of ordered) for (const event of audit.events) if (event.type === "Change" && event.field_name !== undefined) changed.add(event.field_name);
  const created = new Map<string, { value: unknown; index: number }>();
  creation.events.forEach((event, index) => {
    if (event.type === "Create" && event.field_name !== undefined) created.set(event.field_name, { value: event.value, index });
  });
  const customValues = new Map((record.custom_fields ?? []).map((field) => [String(field.id), field.value]));
  const currentOf = (name: string): unknown => {
    if (CUSTOM_FIELD.test(name)) return customValues.get(name);
    return (record as Record<string, unknown>)[name];
  };
  const initial = (name: string): { value: unknown; path: readonly (string | number)[]; ref: RecordRef } => {
    const found = created.get(name);
    if (found !== undefined) return { value: found.value, path: ["events", found.index, "value"], ref: creationRef };
    return { value: changed.has(name) ? null : currentOf(name), path: [name], ref: ticketRef };
  };

  const statusAt = initial("status");
  const status = statusOf(statusAt.value ?? "new", statusAt.ref, statusAt.path);
  const priorityAt = initial("priority");
  const priority = priorityOf(priorityAt.value, priorityAt.ref, priorityAt.path);
  const tagsAt = initial("tags");
  const tags = tagsOf(tagsAt.value, tagsAt.ref, tagsAt.path);
  const assignee = idText(initial("assignee_id").value);
  const requester = idText(initial("requester_id").value);
  const organization = idText(initial("organization_id").value);
  const form = idText(initial("ticket_form_id").value);

  const fields: Record<string, TicketFieldValue> = {};
  for (const [name, field] of Object.entries(GENERIC_FIELDS)) {
    if (field === "form" || field === "organization") continue;
    const start = initial(name);
    const value = field === "type" ? fieldValueOf(start.value, start.ref, start.path) : idText(start.value);
    if (value !== null) fields[field] = value;
  }
  const channel = record.via?.channel;
  if (channel !== undefined) fields["via"] = String(channel);
  const customNames = new Set([...customValues.keys(), ...[...created.keys()].filter((name) => CUSTOM_FIELD.test(name))]);
  for (const name of customNames) {
    const start = initial(name);
    const value = fieldValueOf(start.value, start.ref, start.path);
    if (value !== null) fields[`custom_fields.${name}`] = value;
  }
  let calendar = context.defaultCalendar;
  for (const name of SCHEDULE_FIELDS) {
    const found = created.get(name);
    if (found !== undefined) calendar = idText(found.value);
  }

  const roleOf = (author: string | null, automated: boolean, ref: RecordRef, path: readonly (string | number)[]): "customer" | "agent" => {
    const role = author === null ? undefined : context.roles.get(author);
    // A trigger or automation writes for the helpdesk, often as a system user no export lists.
    if (automated && role === undefined) return "agent";
    if (role === "end-user") return "customer";
    if (role === "agent" || role === "admin") return "agent";
    if (role === undefined && author !== null && author === requester) return "customer";
    throw new Problem(
      ref,
      path,
      role === undefined ? "missing_field" : "unknown_value",
      role === undefined
        ? `The comment's author ${author ?? "(none)"} is not in users.json: cannot tell a customer's comment from an agent's`
        : `The comment's author ${author ?? ""} has the role "${role}": expected end-user, agent or admin`,
    );
  };

  const events: TicketEventInput[] = [];
  const origins: Origin[] = [];
  const push = (event: TicketEventInput, origin: Origin): void => {
    events.push(event);
    origins.push(origin);
  };
  let openingSkipped = false;
  for (const { audit, time: ms } of keyed) {
    const ref: RecordRef = { source: "ticket_audits", record: `audit ${String(audit.id)} (ticket ${ticketId})` };
    // The instant as read for the order, which the ticket then need not read again; one refused
    // there goes as its text, for the ticket's validation to name.
    const time = Number.isFinite(ms) ? ms : audit.created_at;
    const statusChanged = audit.events.some((event) => event.type === "Change" && event.field_name === "status");
    audit.events.forEach((event, index) => {
      const path = ["events", index];
      const origin = { ref, path };
      if (COMMENT_TYPES.has(event.type)) {
        const author = idText(event.author_id ?? audit.author_id);
        const automated = isAutomated(event.via, audit.via);
        const role = roleOf(author, automated, ref, [...path, "author_id"]);
        // Zendesk: "An agent creates a ticket. Timing starts when the ticket is created and ends
        // at the agent's next public comment": the opening comment is the description, not a reply.
        if (audit === creation && role === "agent" && !openingSkipped) {
          openingSkipped = true;
          return;
        }
        openingSkipped = true;
        push({ type: "comment", at: time, author: role, public: event.public ?? true, automated, ...(event.id === undefined ? {} : { id: String(event.id) }) }, origin);
        return;
      }
      if (event.type !== "Change" || event.field_name === undefined) return;
      const name = event.field_name;
      const valuePath = [...path, "value"];
      if (name === "status") push({ type: "status_change", at: time, status: statusOf(event.value, ref, valuePath) }, origin);
      else if (name === "priority") push({ type: "priority_change", at: time, priority: priorityOf(event.value, ref, valuePath) }, origin);
      else if (name === "assignee_id") push({ type: "assignee_change", at: time, assignee: idText(event.value) }, origin);
      else if (name === "tags") push({ type: "tags_change", at: time, tags: tagsOf(event.value, ref, valuePath) }, origin);
      else if (SCHEDULE_FIELDS.has(name)) push({ type: "calendar_change", at: time, calendar: idText(event.value) }, origin);
      else if (name === "custom_status_id") {
        // A custom status counts as its category; the audit usually records the status change too.
        if (statusChanged) return;
        const key = idText(event.value);
        const category = key === null ? undefined : context.customStatuses?.get(key);
        if (category === undefined) {
          throw new Problem(ref, valuePath, "unknown_value", `Custom status ${key ?? "(none)"} is not in custom_statuses.json: its status category is unknown`);
        }
        push({ type: "status_change", at: time, status: statusOf(category, { source: "custom_statuses", record: `custom status ${key ?? ""}` }, ["status_category"]) }, origin);
      } else {
        const generic = ownValue(GENERIC_FIELDS, name) ?? (CUSTOM_FIELD.test(name) ? `custom_fields.${name}` : undefined);
        if (generic === undefined) return;
        const value = generic === "type" || generic.startsWith("custom_fields.") ? fieldValueOf(event.value, ref, valuePath) : idText(event.value);
        push({ type: "field_change", at: time, field: generic, value }, origin);
      }
    });
  }

  const currentStatus = record.status === "deleted" ? undefined : statusOf(record.status, ticketRef, ["status"]);
  const organizationTags = organization === null ? [] : (context.organizationTags.get(organization) ?? []);
  const input: TicketInput = {
    id: ticketId,
    createdAt: record.created_at,
    channel: "ticket",
    organization: { ...(organization === null ? {} : { id: organization }), tags: organizationTags },
    form,
    priority,
    status,
    assignee,
    tags,
    fields,
    calendar,
    current: {
      ...(currentStatus === undefined ? {} : { status: currentStatus }),
      priority: priorityOf(record.priority, ticketRef, ["priority"]),
      assignee: idText(record.assignee_id),
      tags: record.tags ?? [],
    },
    events,
  };
  try {
    return { ok: true, id: ticketId, ticket: parseTicket(input) };
  } catch (error) {
    if (!(error instanceof SupportPolicyError)) throw error;
    return { ok: false, id: ticketId, errors: error.issues.map((issue) => locate(issue.path.slice(1), issue.code, issue.message, ticketRef, origins)) };
  }
}

/** Where a problem of the built ticket lies in the export: an event's audit, or the ticket record. */
function locate(path: readonly PropertyKey[], code: ZendeskRecordError["code"], message: string, ticketRef: RecordRef, origins: readonly Origin[]): ZendeskRecordError {
  const [head, index] = path;
  if (head === "events" && typeof index === "number") {
    const origin = origins[index];
    if (origin !== undefined) return recordError(origin.ref, origin.path, code, message);
  }
  if (head === "current") return recordError(ticketRef, path.slice(1).map((key) => (key === "assignee" ? "assignee_id" : String(key))), code, message);
  if (head === "createdAt") return recordError(ticketRef, ["created_at"], code, message);
  return recordError(ticketRef, path, code, message);
}
