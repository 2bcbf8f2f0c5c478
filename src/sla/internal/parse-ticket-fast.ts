import { CHANNELS, type Channel } from "../../shared/channel.js";
import { PRIORITIES, type Priority, type PriorityId, SUPPORT_LEVELS, type SupportLevel, TICKET_STATUSES, type TicketStatus } from "../sla-vocabulary.js";
import {
  type AssigneeChangeEvent,
  type CalendarChangeEvent,
  CHANGEABLE_FIELDS,
  type CommentEvent,
  type CreatedEvent,
  type FieldChangeEvent,
  type Organization,
  type PriorityChangeEvent,
  type SeverityChangeEvent,
  type StatusChangeEvent,
  TICKET_FIELDS,
  type TagsChangeEvent,
  type Ticket,
  type TicketEvent,
  type TicketFieldValue,
} from "../ticket.js";
import { readInstant } from "../../shared/read-instant.js";
import { parseIsoInstant } from "../../shared/parse-iso-instant.js";
import { MAX_INSTANT, MIN_INSTANT } from "../../shared/instant-range.js";
import { ID_PATTERN } from "../../shared/id-pattern.js";
import { PLANS, type Plan } from "../../shared/plan.js";

// Every check below accepts exactly a subset of what `ticketSchema` accepts and builds the value
// it returns for it; anything else (including anything that throws while being read) is
// declined, and the schema decides and words the error. A property test holds the two to that.
// Every part of the ticket is frozen as it is built, while it is fresh (one pass, no walk over
// the ticket afterwards); only the ticket object itself is left to its caller to mark and freeze.

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

/**
 * A constructor of plain objects: what `new` makes with it has `Object.prototype` as its
 * prototype and its keys in the order `init` sets them, as the object literal with those keys
 * would (nothing tells the two apart). The parsed ticket is built this way rather than with
 * literals because V8 decides, per object or array literal, to allocate its objects directly in
 * the old generation once most of them have lived long (a program that parsed an export and
 * kept it); every ticket parsed after that and dropped was garbage in the old generation,
 * holding its young parts alive through every young collection, and validating one cost about
 * half again as much. V8 makes no such decision for objects made by `new`. A test checks that a
 * parsed ticket's objects are plain ones with the schema's keys in the schema's order.
 */
function plainObjects<T extends object, A extends unknown[]>(init: (this: { -readonly [K in keyof T]: T[K] }, ...args: A) => void): new (...args: A) => T {
  init.prototype = Object.prototype;
  return init as unknown as new (...args: A) => T;
}


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

/** One frozen empty list for every empty list of a parsed ticket: it cannot change, so sharing it is safe. */
const NO_TAGS: readonly string[] = Object.freeze([]);

/** A fresh, frozen copy of a list of non-empty strings (`z.array(z.string().min(1))`). */
function tagsOf(value: unknown): readonly string[] {
  const list = plainArray(value);
  const length = list.length;
  if (length === 0) return NO_TAGS;
  const tags = new Array<string>(length);
  for (let i = 0; i < length; i++) tags[i] = text(list[i]);
  return Object.freeze(tags);
}

/** `tagList`: a list, or none (absent or null) for no tags. */
function tagsOrNone(value: unknown): readonly string[] {
  return value === undefined || value === null ? NO_TAGS : tagsOf(value);
}

/** A field value: text, a finite number, a boolean, null, or a fresh, frozen copy of a list of texts. */
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
  return Object.freeze(items);
}

function isCustomField(name: string): boolean {
  return name.length > CUSTOM_FIELD_PREFIX.length && name.startsWith(CUSTOM_FIELD_PREFIX);
}

/**
 * An instant as the library reads every instant (`readInstant`, whose canonical forms are read
 * digit by digit); anything it refuses is declined, so the schema words the error.
 */
function instant(value: unknown): number {
  if (typeof value === "string") {
    // readInstant's reading of text, without the problem it builds for text it refuses.
    const ms = parseIsoInstant(value);
    if (!(ms >= MIN_INSTANT && ms < MAX_INSTANT)) decline();
    return ms;
  }
  const ms = readInstant(value);
  if (typeof ms !== "number") decline();
  return ms;
}

// Strict objects: every enumerable key (as zod's strict object reads them, with `for...in`)
// known. One check per kind of object, so that each loop meets one shape of object.

function organizationKeys(o: Record_): void {
  for (const key in o) if (key !== "id" && key !== "plan" && key !== "supportLevel" && key !== "tags") decline();
}

function commentKeys(e: Record_): void {
  for (const key in e) if (key !== "type" && key !== "at" && key !== "author" && key !== "public" && key !== "automated" && key !== "id") decline();
}

function statusKeys(e: Record_): void {
  for (const key in e) if (key !== "type" && key !== "at" && key !== "status" && key !== "customStatus") decline();
}

/** The keys of an event of `type`, `at` and one more, `name`. */
function changeKeys(e: Record_, name: string): void {
  for (const key in e) if (key !== "type" && key !== "at" && key !== name) decline();
}

function severityKeys(e: Record_): void {
  for (const key in e) if (key !== "type" && key !== "at" && key !== "severity" && key !== "by") decline();
}

function fieldChangeKeys(e: Record_): void {
  for (const key in e) if (key !== "type" && key !== "at" && key !== "field" && key !== "value") decline();
}

function createdKeys(e: Record_): void {
  for (const key in e) if (key !== "type" && key !== "at") decline();
}

function ticketKeys(t: Record_): void {
  for (const key in t) {
    switch (key) {
      case "id":
      case "createdAt":
      case "channel":
      case "organization":
      case "form":
      case "priority":
      case "severity":
      case "status":
      case "customStatus":
      case "assignee":
      case "tags":
      case "fields":
      case "calendar":
      case "current":
      case "events":
        break;
      default:
        decline();
    }
  }
}

function currentKeys(c: Record_): void {
  for (const key in c) if (key !== "status" && key !== "priority" && key !== "assignee" && key !== "tags") decline();
}

// One constructor per shape of parsed object (see plainObjects).
type Author = "customer" | "agent";
const CreatedOf = plainObjects<CreatedEvent, [number]>(function (at) {
  this.type = "created";
  this.at = at;
});
/** A comment; `id` is set only when the input has the key (`hasId`), as the schema does. */
const CommentOf = plainObjects<CommentEvent, [number, Author, boolean, boolean, boolean, string | undefined]>(function (at, by, visible, automated, hasId, id) {
  this.type = "comment";
  this.at = at;
  this.author = by;
  this.public = visible;
  this.automated = automated;
  if (hasId) this.id = id;
});
/** A status change; `customStatus` is set only when the input has the key (`hasCustom`). */
const StatusOf = plainObjects<StatusChangeEvent, [number, TicketStatus, boolean, string | null | undefined]>(function (at, status, hasCustom, customStatus) {
  this.type = "status_change";
  this.at = at;
  this.status = status;
  if (hasCustom) this.customStatus = customStatus;
});
const PriorityOf = plainObjects<PriorityChangeEvent, [number, PriorityId | null]>(function (at, priority) {
  this.type = "priority_change";
  this.at = at;
  this.priority = priority;
});
const SeverityOf = plainObjects<SeverityChangeEvent, [number, 1 | 2 | 3 | 4, Author]>(function (at, severity, by) {
  this.type = "severity_change";
  this.at = at;
  this.severity = severity;
  this.by = by;
});
const AssigneeOf = plainObjects<AssigneeChangeEvent, [number, string | null]>(function (at, assignee) {
  this.type = "assignee_change";
  this.at = at;
  this.assignee = assignee;
});
const FieldOf = plainObjects<FieldChangeEvent, [number, string, TicketFieldValue]>(function (at, field, value) {
  this.type = "field_change";
  this.at = at;
  this.field = field;
  this.value = value;
});
const TagsOf = plainObjects<TagsChangeEvent, [number, readonly string[]]>(function (at, tags) {
  this.type = "tags_change";
  this.at = at;
  this.tags = tags;
});
const CalendarOf = plainObjects<CalendarChangeEvent, [number, string | null]>(function (at, calendar) {
  this.type = "calendar_change";
  this.at = at;
  this.calendar = calendar;
});
/** An organization; `id` is set only when the input has the key (`hasId`). */
const OrganizationOf = plainObjects<Organization, [boolean, string | undefined, Plan | null, SupportLevel | null, readonly string[]]>(function (hasId, id, plan, supportLevel, tags) {
  if (hasId) this.id = id;
  this.plan = plan;
  this.supportLevel = supportLevel;
  this.tags = tags;
});
type TicketParts = [string, number, Channel, Organization, string | null, PriorityId | null, 1 | 2 | 3 | 4 | null, TicketStatus, string | null, string | null, readonly string[], Ticket["fields"], string | null, readonly TicketEvent[]];
const TicketOf = plainObjects<Ticket, TicketParts>(function (id, createdAt, channel, organization, form, priority, severity, status, customStatus, assignee, tags, fields, calendar, events) {
  this.id = id;
  this.createdAt = createdAt;
  this.channel = channel;
  this.organization = organization;
  this.form = form;
  this.priority = priority;
  this.severity = severity;
  this.status = status;
  this.customStatus = customStatus;
  this.assignee = assignee;
  this.tags = tags;
  this.fields = fields;
  this.calendar = calendar;
  this.events = events;
});

/** The organization of a ticket that gives none. */
const NO_ORGANIZATION: Ticket["organization"] = Object.freeze({ plan: null, supportLevel: null, tags: NO_TAGS });

function organizationOf(value: unknown): Ticket["organization"] {
  // null means none, as absent does: the schema reads both alike.
  if (value === undefined || value === null) return NO_ORGANIZATION;
  const o = plainObject(value);
  organizationKeys(o);
  const id = o["id"] === null ? undefined : o["id"];
  if (id !== undefined && typeof id !== "string") decline();
  const plan = memberOrNull(PLAN_SET, o["plan"]);
  const supportLevel = memberOrNull(LEVEL_SET, o["supportLevel"]);
  const tags = tagsOrNone(o["tags"]);
  return Object.freeze(new OrganizationOf("id" in o, id, plan, supportLevel, tags));
}

const NO_FIELDS: Readonly<Record<string, TicketFieldValue>> = Object.freeze({});

function fieldsOf(value: unknown): Readonly<Record<string, TicketFieldValue>> {
  if (value === undefined || value === null) return NO_FIELDS;
  const f = plainObject(value);
  // A record reads symbol keys too (and rejects them); the common case has none.
  if (Object.getOwnPropertySymbols(f).length > 0) decline();
  const fields: Record<string, TicketFieldValue> = {};
  for (const name of Object.keys(f)) {
    if (!TICKET_FIELD_SET.has(name) && !isCustomField(name)) decline();
    fields[name] = fieldValue(f[name]);
  }
  return Object.freeze(fields);
}

function author(value: unknown): "customer" | "agent" {
  if (value !== "customer" && value !== "agent") decline();
  return value;
}

/** One event, frozen. */
function eventOf(e: Record_): TicketEvent {
  switch (e["type"]) {
    case "comment": {
      commentKeys(e);
      const at = instant(e["at"]);
      const by = author(e["author"]);
      const visible = bool(e["public"]);
      const automated = e["automated"] === undefined || e["automated"] === null ? false : bool(e["automated"]);
      const id = e["id"] === null ? undefined : e["id"];
      if (id !== undefined && typeof id !== "string") decline();
      return Object.freeze(new CommentOf(at, by, visible, automated, "id" in e, id));
    }
    case "status_change": {
      statusKeys(e);
      const at = instant(e["at"]);
      const status = member(STATUS_SET, e["status"]);
      const customStatus = e["customStatus"] === undefined ? undefined : textOrNull(e["customStatus"]);
      return Object.freeze(new StatusOf(at, status, "customStatus" in e, customStatus));
    }
    case "priority_change": {
      changeKeys(e, "priority");
      const at = instant(e["at"]);
      const priority = e["priority"] === null ? null : (priorityOrNull(e["priority"]) ?? decline());
      return Object.freeze(new PriorityOf(at, priority));
    }
    case "severity_change": {
      severityKeys(e);
      const at = instant(e["at"]);
      const severity = severityOrNull(e["severity"]);
      if (severity === null) decline();
      return Object.freeze(new SeverityOf(at, severity, author(e["by"])));
    }
    case "assignee_change": {
      changeKeys(e, "assignee");
      const at = instant(e["at"]);
      const assignee = e["assignee"] === null ? null : text(e["assignee"]);
      return Object.freeze(new AssigneeOf(at, assignee));
    }
    case "field_change": {
      fieldChangeKeys(e);
      const at = instant(e["at"]);
      const field = e["field"];
      if (typeof field !== "string" || (!CHANGEABLE_FIELD_SET.has(field) && !isCustomField(field))) decline();
      return Object.freeze(new FieldOf(at, field, fieldValue(e["value"])));
    }
    case "tags_change": {
      changeKeys(e, "tags");
      const at = instant(e["at"]);
      return Object.freeze(new TagsOf(at, tagsOf(e["tags"])));
    }
    case "calendar_change": {
      changeKeys(e, "calendar");
      const at = instant(e["at"]);
      const calendar = e["calendar"] === null ? null : text(e["calendar"]);
      return Object.freeze(new CalendarOf(at, calendar));
    }
    case "created": {
      createdKeys(e);
      return Object.freeze(new CreatedOf(instant(e["at"])));
    }
    default:
      return decline();
  }
}

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

/** The values a ticket's events lead to from its creation values, replayed in order. */
interface Replay {
  status: TicketStatus;
  priority: PriorityId | null;
  assignee: string | null;
  tags: readonly string[];
  /** Whether the events came in order, and so were replayed as they were read. */
  inOrder: boolean;
}

/** One event replayed; a closed ticket reopened is the schema's to report. */
function replay(state: Replay, event: TicketEvent): void {
  switch (event.type) {
    case "status_change":
      if (state.status === "closed" && event.status !== "closed") decline();
      state.status = event.status;
      break;
    case "priority_change":
      state.priority = event.priority;
      break;
    case "assignee_change":
      state.assignee = event.assignee;
      break;
    case "tags_change":
      state.tags = event.tags;
      break;
    case "created":
    case "comment":
    case "severity_change":
    case "field_change":
    case "calendar_change":
      break;
  }
}

const NO_EVENTS: readonly TicketEvent[] = Object.freeze([]);

/**
 * The events, frozen and sorted (ties in input order), replayed into `state` as they are read
 * while they come in order, as exports give them; out of order, `state.inOrder` turns false and
 * the caller replays the sorted events.
 */
function eventsOf(value: unknown, createdAt: number, state: Replay): readonly TicketEvent[] {
  if (value === undefined || value === null) return NO_EVENTS;
  const list = plainArray(value);
  const count = list.length;
  if (count === 0) return NO_EVENTS;
  const events = new Array<TicketEvent>(count);
  let created = false;
  let previous = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < count; i++) {
    const event = eventOf(plainObject(list[i]));
    const at = event.at;
    if (at < createdAt) decline();
    if (event.type === "created") {
      if (created || at !== createdAt) decline();
      created = true;
    }
    // A closed ticket reopened in the order read so far is reopened in sorted order too: declining
    // it early declines nothing the schema accepts.
    if (at < previous) state.inOrder = false;
    else if (state.inOrder) replay(state, event);
    previous = at;
    events[i] = event;
  }
  // A stable sort keeps ties in input order, as the schema's does.
  if (!state.inOrder) events.sort((a, b) => a.at - b.at);
  return Object.freeze(events);
}
function parse(input: unknown): Ticket {
  const t = plainObject(input);
  ticketKeys(t);
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
  const tags = tagsOrNone(t["tags"]);
  const fields = fieldsOf(t["fields"]);
  const calendar = textOrNull(t["calendar"]);
  const currentRaw = t["current"];

  // The schema's checks beyond shapes: any of them failing is the schema's to report.
  if (status === "solved" || status === "closed") decline();
  let state: Replay = { status, priority, assignee, tags, inOrder: true };
  const events = eventsOf(t["events"], createdAt, state);
  if (!state.inOrder) {
    state = { status, priority, assignee, tags, inOrder: true };
    for (const event of events) replay(state, event);
  }
  if (currentRaw !== undefined && currentRaw !== null) {
    const c = plainObject(currentRaw);
    currentKeys(c);
    const givenStatus = c["status"] === undefined || c["status"] === null ? undefined : member(STATUS_SET, c["status"]);
    const givenPriority = c["priority"] === undefined ? undefined : priorityOrNull(c["priority"]);
    const givenAssignee = c["assignee"] === undefined ? undefined : textOrNull(c["assignee"]);
    const givenTags = c["tags"] === undefined || c["tags"] === null ? undefined : tagsOf(c["tags"]);
    if (givenStatus !== undefined && givenStatus !== state.status) decline();
    if (givenPriority !== undefined && givenPriority !== state.priority) decline();
    if (givenAssignee !== undefined && givenAssignee !== state.assignee) decline();
    if (givenTags !== undefined && !sameTags(givenTags, state.tags)) decline();
  }
  return new TicketOf(id, createdAt, channel, organization, form, priority, severity, status, customStatus, assignee, tags, fields, calendar, events);
}

/**
 * `ticketSchema`'s result for a well-formed ticket, built without zod, or `undefined` for
 * anything else (then the schema parses it and words the error). Raw tickets (every ticket of an
 * export) take this path, so validating one costs less than evaluating it. The result shares no
 * object with the input, and every part of it is frozen but the ticket object itself, which its
 * caller marks and freezes (`freezeTicket` then skips the walk over its parts).
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
