import { CHANNELS, type Channel } from "../../shared/channel.js";
import { PRIORITIES, type Priority, type PriorityId, SUPPORT_LEVELS, type SupportLevel, TICKET_STATUSES, type TicketStatus } from "../sla-vocabulary.js";
import { CHANGEABLE_FIELDS, TICKET_FIELDS, type Ticket, type TicketEvent, type TicketFieldValue } from "../ticket.js";
import { readInstant } from "../../shared/read-instant.js";
import { ID_PATTERN } from "../../shared/id-pattern.js";
import { PLANS, type Plan } from "../../shared/plan.js";

// Every check below accepts exactly a subset of what `ticketSchema` accepts and builds the value
// it returns for it; anything else (including anything that throws while being read) is
// declined, and the schema decides and words the error. A property test holds the two to that.

/**
 * Thrown inside this module to decline, and caught at its top; never escapes it. Thrown rather
 * than returned so every check stays a plain expression; one instance, so declining is cheap.
 */
const DECLINE = new Error("not a well-formed ticket");

function decline(): never {
  throw DECLINE;
}

const CHANNEL_SET: ReadonlySet<Channel> = new Set(CHANNELS);
const STATUS_SET: ReadonlySet<TicketStatus> = new Set(TICKET_STATUSES);
const PRIORITY_SET: ReadonlySet<Priority> = new Set(PRIORITIES);
const LEVEL_SET: ReadonlySet<SupportLevel> = new Set(SUPPORT_LEVELS);
// Plan ids as written; any other spelling (another case) is the schema's to read or refuse.
const PLAN_SET: ReadonlySet<Plan> = new Set(PLANS);
const TICKET_FIELD_SET: ReadonlySet<string> = new Set(TICKET_FIELDS);
const CHANGEABLE_FIELD_SET: ReadonlySet<string> = new Set(CHANGEABLE_FIELDS);
const CUSTOM_FIELD_PREFIX = "custom_fields.";

type Record_ = Record<string, unknown>;

/** A plain object (an object literal, parsed JSON, or a null-prototype object): nothing else is fast. */
function plainObject(value: unknown): Record_ {
  if (typeof value !== "object" || value === null) decline();
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) decline();
  return value as Record_;
}

/** A plain array: arrays of another prototype are left to the schema. */
function plainArray(value: unknown): readonly unknown[] {
  if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype) decline();
  return value as readonly unknown[];
}

/** A non-empty string (`z.string().min(1)`). */
function text(value: unknown): string {
  if (typeof value !== "string" || value.length === 0) decline();
  return value;
}

/** `z.string().min(1).nullable().default(null)`. */
function textOrNull(value: unknown): string | null {
  return value === undefined || value === null ? null : text(value);
}

function member<T extends string>(set: ReadonlySet<T>, value: unknown): T {
  if (!set.has(value as T)) decline();
  return value as T;
}

function memberOrNull<T extends string>(set: ReadonlySet<T>, value: unknown): T | null {
  return value === undefined || value === null ? null : member(set, value);
}


/** A priority id as the schema takes it (whether the policy set declares it is checked at evaluation); Zendesk's found without a regex. */
function priorityOrNull(value: unknown): PriorityId | null {
  if (value === undefined || value === null) return null;
  if (PRIORITY_SET.has(value as Priority)) return value as Priority;
  if (typeof value !== "string" || !ID_PATTERN.test(value)) decline();
  return value;
}

function severityOrNull(value: unknown): 1 | 2 | 3 | 4 | null {
  if (value === undefined || value === null) return null;
  if (value !== 1 && value !== 2 && value !== 3 && value !== 4) decline();
  return value;
}

function bool(value: unknown): boolean {
  if (typeof value !== "boolean") decline();
  return value;
}

/** A fresh copy of a list of non-empty strings (`z.array(z.string().min(1))`). */
function tagsOf(value: unknown): string[] {
  const list = plainArray(value);
  const tags = new Array<string>(list.length);
  for (let i = 0; i < list.length; i++) tags[i] = text(list[i]);
  return tags;
}

/** A field value: text, a finite number, a boolean, null, or a fresh copy of a list of texts. */
function fieldValue(value: unknown): TicketFieldValue {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) decline();
    return value;
  }
  const list = plainArray(value);
  const items = new Array<string>(list.length);
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (typeof item !== "string") decline();
    items[i] = item;
  }
  return items;
}

function isCustomField(name: string): boolean {
  return name.length > CUSTOM_FIELD_PREFIX.length && name.startsWith(CUSTOM_FIELD_PREFIX);
}

/**
 * An instant as the library reads every instant (`readInstant`, whose canonical forms are read
 * digit by digit); anything it refuses is declined, so the schema words the error.
 */
function instant(value: unknown): number {
  const ms = readInstant(value);
  if (typeof ms !== "number") decline();
  return ms;
}

/** Strict objects: every enumerable key (as zod's strict object reads them, with `for...in`) known. */
function checkKeys(value: Record_, allowed: (key: string) => boolean): void {
  for (const key in value) if (!allowed(key)) decline();
}

const organizationKey = (key: string): boolean => key === "id" || key === "plan" || key === "supportLevel" || key === "tags";

function organizationOf(value: unknown): Ticket["organization"] {
  // null means none, as absent does: the schema reads both alike.
  if (value === undefined || value === null) return { plan: null, supportLevel: null, tags: [] };
  const o = plainObject(value);
  checkKeys(o, organizationKey);
  const id = o["id"] === null ? undefined : o["id"];
  if (id !== undefined && typeof id !== "string") decline();
  const plan = memberOrNull(PLAN_SET, o["plan"]);
  const supportLevel = memberOrNull(LEVEL_SET, o["supportLevel"]);
  const tags = o["tags"] === undefined || o["tags"] === null ? [] : tagsOf(o["tags"]);
  return "id" in o ? { id, plan, supportLevel, tags } : { plan, supportLevel, tags };
}

function fieldsOf(value: unknown): Record<string, TicketFieldValue> {
  if (value === undefined || value === null) return {};
  const f = plainObject(value);
  // A record reads symbol keys too (and rejects them); the common case has none.
  if (Object.getOwnPropertySymbols(f).length > 0) decline();
  const fields: Record<string, TicketFieldValue> = {};
  for (const name of Object.keys(f)) {
    if (!TICKET_FIELD_SET.has(name) && !isCustomField(name)) decline();
    fields[name] = fieldValue(f[name]);
  }
  return fields;
}

const commentKey = (key: string): boolean => key === "type" || key === "at" || key === "author" || key === "public" || key === "automated" || key === "id";
const statusKey = (key: string): boolean => key === "type" || key === "at" || key === "status" || key === "customStatus";
const keysOf = (...names: string[]) => {
  const set = new Set(names);
  return (key: string): boolean => set.has(key);
};
const createdKey = keysOf("type", "at");
const priorityKey = keysOf("type", "at", "priority");
const severityKey = keysOf("type", "at", "severity", "by");
const assigneeKey = keysOf("type", "at", "assignee");
const fieldKey = keysOf("type", "at", "field", "value");
const tagsKey = keysOf("type", "at", "tags");
const calendarKey = keysOf("type", "at", "calendar");

function author(value: unknown): "customer" | "agent" {
  if (value !== "customer" && value !== "agent") decline();
  return value;
}

function eventOf(value: unknown): TicketEvent {
  const e = plainObject(value);
  switch (e["type"]) {
    case "comment": {
      checkKeys(e, commentKey);
      const at = instant(e["at"]);
      const by = author(e["author"]);
      const visible = bool(e["public"]);
      const automated = e["automated"] === undefined || e["automated"] === null ? false : bool(e["automated"]);
      if (!("id" in e)) return { type: "comment", at, author: by, public: visible, automated };
      const id = e["id"] === null ? undefined : e["id"];
      if (id !== undefined && typeof id !== "string") decline();
      return { type: "comment", at, author: by, public: visible, automated, id };
    }
    case "status_change": {
      checkKeys(e, statusKey);
      const at = instant(e["at"]);
      const status = member(STATUS_SET, e["status"]);
      if (!("customStatus" in e)) return { type: "status_change", at, status };
      const customStatus = e["customStatus"] === undefined ? undefined : textOrNull(e["customStatus"]);
      return { type: "status_change", at, status, customStatus };
    }
    case "priority_change": {
      checkKeys(e, priorityKey);
      const at = instant(e["at"]);
      const priority = e["priority"] === null ? null : (priorityOrNull(e["priority"]) ?? decline());
      return { type: "priority_change", at, priority };
    }
    case "severity_change": {
      checkKeys(e, severityKey);
      const at = instant(e["at"]);
      const severity = severityOrNull(e["severity"]);
      if (severity === null) decline();
      return { type: "severity_change", at, severity, by: author(e["by"]) };
    }
    case "assignee_change": {
      checkKeys(e, assigneeKey);
      const at = instant(e["at"]);
      const assignee = e["assignee"] === null ? null : text(e["assignee"]);
      return { type: "assignee_change", at, assignee };
    }
    case "field_change": {
      checkKeys(e, fieldKey);
      const at = instant(e["at"]);
      const field = e["field"];
      if (typeof field !== "string" || (!CHANGEABLE_FIELD_SET.has(field) && !isCustomField(field))) decline();
      return { type: "field_change", at, field, value: fieldValue(e["value"]) };
    }
    case "tags_change": {
      checkKeys(e, tagsKey);
      const at = instant(e["at"]);
      return { type: "tags_change", at, tags: tagsOf(e["tags"]) };
    }
    case "calendar_change": {
      checkKeys(e, calendarKey);
      const at = instant(e["at"]);
      const calendar = e["calendar"] === null ? null : text(e["calendar"]);
      return { type: "calendar_change", at, calendar };
    }
    case "created": {
      checkKeys(e, createdKey);
      return { type: "created", at: instant(e["at"]) };
    }
    default:
      return decline();
  }
}

const ticketKey = keysOf("id", "createdAt", "channel", "organization", "form", "priority", "severity", "status", "customStatus", "assignee", "tags", "fields", "calendar", "current", "events");
const currentKey = keysOf("status", "priority", "assignee", "tags");

function idOf(value: unknown): string {
  if (typeof value === "string") return text(value);
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) decline();
  return String(value);
}

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  if (left.size !== right.size) return false;
  for (const tag of left) if (!right.has(tag)) return false;
  return true;
}

function parse(input: unknown): Ticket {
  const t = plainObject(input);
  checkKeys(t, ticketKey);
  const id = idOf(t["id"]);
  const createdAt = instant(t["createdAt"]);
  const channel = member(CHANNEL_SET, t["channel"]);
  const organization = organizationOf(t["organization"]);
  const form = textOrNull(t["form"]);
  const priority = priorityOrNull(t["priority"]);
  const severity = severityOrNull(t["severity"]);
  const status = t["status"] === undefined || t["status"] === null ? "new" : member(STATUS_SET, t["status"]);
  const customStatus = textOrNull(t["customStatus"]);
  const assignee = textOrNull(t["assignee"]);
  const tags = t["tags"] === undefined || t["tags"] === null ? [] : tagsOf(t["tags"]);
  const fields = fieldsOf(t["fields"]);
  const calendar = textOrNull(t["calendar"]);
  const currentRaw = t["current"];
  const eventsRaw = t["events"] === undefined || t["events"] === null ? [] : plainArray(t["events"]);

  // The schema's checks beyond shapes: any of them failing is the schema's to report.
  if (status === "solved" || status === "closed") decline();
  const count = eventsRaw.length;
  const events = new Array<TicketEvent>(count);
  let sorted = true;
  let created = false;
  let previous = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < count; i++) {
    const event = eventOf(eventsRaw[i]);
    if (event.at < createdAt) decline();
    if (event.type === "created") {
      if (created || event.at !== createdAt) decline();
      created = true;
    }
    if (event.at < previous) sorted = false;
    previous = event.at;
    events[i] = event;
  }
  // A stable sort keeps ties in input order, as the schema's does.
  if (!sorted) events.sort((a, b) => a.at - b.at);

  let current: TicketStatus = status;
  let currentPriority = priority;
  let currentAssignee = assignee;
  let currentTags: readonly string[] = tags;
  for (const event of events) {
    if (event.type === "status_change") {
      if (current === "closed" && event.status !== "closed") decline();
      current = event.status;
    } else if (event.type === "priority_change") currentPriority = event.priority;
    else if (event.type === "assignee_change") currentAssignee = event.assignee;
    else if (event.type === "tags_change") currentTags = event.tags;
  }
  if (currentRaw !== undefined && currentRaw !== null) {
    const c = plainObject(currentRaw);
    checkKeys(c, currentKey);
    const givenStatus = c["status"] === undefined || c["status"] === null ? undefined : member(STATUS_SET, c["status"]);
    const givenPriority = c["priority"] === undefined ? undefined : priorityOrNull(c["priority"]);
    const givenAssignee = c["assignee"] === undefined ? undefined : textOrNull(c["assignee"]);
    const givenTags = c["tags"] === undefined || c["tags"] === null ? undefined : tagsOf(c["tags"]);
    if (givenStatus !== undefined && givenStatus !== current) decline();
    if (givenPriority !== undefined && givenPriority !== currentPriority) decline();
    if (givenAssignee !== undefined && givenAssignee !== currentAssignee) decline();
    if (givenTags !== undefined && !sameTags(givenTags, currentTags)) decline();
  }
  return { id, createdAt, channel, organization, form, priority, severity, status, customStatus, assignee, tags, fields, calendar, events };
}

/**
 * `ticketSchema`'s result for a well-formed ticket, built without zod, or `undefined` for
 * anything else (then the schema parses it and words the error). Raw tickets (every ticket of an
 * export) take this path, so validating one costs less than evaluating it. The result is fresh:
 * it shares no object with the input, so freezing it freezes nothing of the caller's.
 *
 * @internal
 */
export function parseTicketFast(input: unknown): Ticket | undefined {
  try {
    return parse(input);
  } catch {
    // A decline, or the input fighting back (a throwing getter, a revoked proxy): the schema
    // reads it again and reports it as the library's error.
    return undefined;
  }
}
