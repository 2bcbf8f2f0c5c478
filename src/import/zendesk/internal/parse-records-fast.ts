import type { AuditRecord, TicketRecord } from "./read-ticket.js";

// The importer's hot records (an export has tens of audits per ticket) read without zod when
// they are well formed. Each function builds exactly the value its zod schema (`auditRecordSchema`,
// `ticketRecordSchema` in read-ticket.ts) gives: the schema's keys first, in its order, present
// when the input has them, then every other enumerable key as it is (loose objects keep them),
// `__proto__` left out. Anything else, or anything that throws while being read, is declined, and
// the schema reports it. A property test holds both to the schemas.

/** Thrown to decline, caught at the top of each function; one instance, so declining is cheap. */
const DECLINE = new Error("not a well-formed record");

function decline(): never {
  throw DECLINE;
}

type Loose = Record<string, unknown>;

function plainObject(value: unknown): Loose {
  if (typeof value !== "object" || value === null) decline();
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) decline();
  return value as Loose;
}

function plainArray(value: unknown): readonly unknown[] {
  if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype) decline();
  return value as readonly unknown[];
}

/** `z.int()`: an integer within the safe range. */
const isInt = (value: unknown): boolean => typeof value === "number" && Number.isSafeInteger(value);

/** A Zendesk id: a non-negative integer, or a string of digits. */
function zendeskId(value: unknown): unknown {
  if (typeof value === "string" ? !/^\d+$/.test(value) : !(isInt(value) && (value as number) >= 0)) decline();
  return value;
}

/** Copies the keys a loose object keeps beyond its shape, as zod does: every enumerable key but `__proto__`. */
function copyExtras(from: Loose, to: Loose, shape: (key: string) => boolean): Loose {
  for (const key in from) if (!shape(key) && key !== "__proto__") to[key] = from[key];
  return to;
}

/** Sets an optional key as zod does: when the input has it, even as undefined. */
function optional(from: Loose, to: Loose, key: string, check: (value: unknown) => unknown): void {
  if (key in from) to[key] = check(from[key]);
}

const nullish = (check: (value: unknown) => unknown) => (value: unknown): unknown => (value === undefined || value === null ? value : check(value));

const sourceKey = (key: string): boolean => key === "rel";
const viaKey = (key: string): boolean => key === "channel" || key === "source";

// The checks are made once, here, rather than at each call: every audit event runs them.
const optionalRel = nullish((rel) => (typeof rel === "string" ? rel : decline()));
const optionalChannel = (channel: unknown): unknown => (channel === undefined || typeof channel === "string" || isInt(channel) ? channel : decline());
const optionalSource = nullish(sourceOf);
const optionalEventId = (id: unknown): unknown => (id === undefined || isInt(id) || typeof id === "string" ? id : decline());
const optionalFlag = (flag: unknown): unknown => (flag === undefined || typeof flag === "boolean" ? flag : decline());

function sourceOf(value: unknown): unknown {
  const o = plainObject(value);
  const out: Loose = {};
  optional(o, out, "rel", optionalRel);
  return copyExtras(o, out, sourceKey);
}

function viaOf(value: unknown): unknown {
  const o = plainObject(value);
  const out: Loose = {};
  optional(o, out, "channel", optionalChannel);
  optional(o, out, "source", optionalSource);
  return copyExtras(o, out, viaKey);
}

const optionalVia = nullish(viaOf);
/** Zendesk's system user has the id -1: any integer, or a non-empty string. */
const authorId = nullish((id) => (isInt(id) || (typeof id === "string" && id.length > 0) ? id : decline()));
const optionalString = (value: unknown): unknown => (value === undefined || typeof value === "string" ? value : decline());

const eventKey = (key: string): boolean =>
  key === "type" || key === "id" || key === "field_name" || key === "value" || key === "author_id" || key === "public" || key === "via";

function auditEventOf(value: unknown): unknown {
  const o = plainObject(value);
  const type = o["type"];
  if (typeof type !== "string") decline();
  const out: Loose = { type };
  optional(o, out, "id", optionalEventId);
  optional(o, out, "field_name", optionalString);
  if ("value" in o) out["value"] = o["value"];
  optional(o, out, "author_id", authorId);
  optional(o, out, "public", optionalFlag);
  optional(o, out, "via", optionalVia);
  return copyExtras(o, out, eventKey);
}

const auditKey = (key: string): boolean => key === "id" || key === "ticket_id" || key === "created_at" || key === "author_id" || key === "via" || key === "events";

function audit(value: unknown): AuditRecord {
  const o = plainObject(value);
  const id = zendeskId(o["id"]);
  const ticketId = zendeskId(o["ticket_id"]);
  const createdAt = o["created_at"];
  if (typeof createdAt !== "string") decline();
  const out: Loose = { id, ticket_id: ticketId, created_at: createdAt };
  optional(o, out, "author_id", authorId);
  optional(o, out, "via", optionalVia);
  const list = plainArray(o["events"]);
  const events = new Array<unknown>(list.length);
  for (let i = 0; i < list.length; i++) events[i] = auditEventOf(list[i]);
  out["events"] = events;
  return copyExtras(o, out, auditKey) as AuditRecord;
}

/**
 * `auditRecordSchema`'s result for a well-formed audit, without zod, or `undefined` (then the
 * schema parses it and reports the problem).
 *
 * @internal
 */
export function parseAuditRecordFast(value: unknown): AuditRecord | undefined {
  try {
    return audit(value);
  } catch {
    return undefined;
  }
}

const optionalId = nullish(zendeskId);
const optionalText = nullish((text) => (typeof text === "string" ? text : decline()));
const customFieldKey = (key: string): boolean => key === "id" || key === "value";

function customFieldOf(value: unknown): unknown {
  const o = plainObject(value);
  // `value: z.unknown()` is a required key: it may be undefined, but it must be there.
  if (!("value" in o)) decline();
  const out: Loose = { id: zendeskId(o["id"]), value: o["value"] };
  return copyExtras(o, out, customFieldKey);
}

function strings(value: unknown): unknown {
  if (value === undefined) return value;
  const list = plainArray(value);
  const copy = new Array<string>(list.length);
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (typeof item !== "string") decline();
    copy[i] = item;
  }
  return copy;
}

function customFields(value: unknown): unknown {
  if (value === undefined || value === null) return value;
  const list = plainArray(value);
  const copy = new Array<unknown>(list.length);
  for (let i = 0; i < list.length; i++) copy[i] = customFieldOf(list[i]);
  return copy;
}

const TICKET_KEYS = ["priority", "type", "assignee_id", "requester_id", "organization_id", "group_id", "brand_id", "ticket_form_id", "tags", "custom_fields", "via"] as const;
const TICKET_CHECKS: Readonly<Record<(typeof TICKET_KEYS)[number], (value: unknown) => unknown>> = {
  priority: optionalText,
  type: optionalText,
  assignee_id: optionalId,
  requester_id: optionalId,
  organization_id: optionalId,
  group_id: optionalId,
  brand_id: optionalId,
  ticket_form_id: optionalId,
  tags: strings,
  custom_fields: customFields,
  via: optionalVia,
};
const TICKET_SHAPE: ReadonlySet<string> = new Set(["id", "created_at", "status", ...TICKET_KEYS]);
const ticketKey = (key: string): boolean => TICKET_SHAPE.has(key);

function ticket(value: unknown): TicketRecord {
  const o = plainObject(value);
  const id = zendeskId(o["id"]);
  const createdAt = o["created_at"];
  const status = o["status"];
  if (typeof createdAt !== "string" || typeof status !== "string") decline();
  const out: Loose = { id, created_at: createdAt, status };
  for (const key of TICKET_KEYS) optional(o, out, key, TICKET_CHECKS[key]);
  return copyExtras(o, out, ticketKey) as TicketRecord;
}

/**
 * `ticketRecordSchema`'s result for a well-formed ticket object, without zod, or `undefined`
 * (then the schema parses it and reports the problem).
 *
 * @internal
 */
export function parseTicketRecordFast(value: unknown): TicketRecord | undefined {
  try {
    return ticket(value);
  } catch {
    return undefined;
  }
}
