import type * as z from "zod";
import { CHANNELS } from "../../shared/channel.js";
import { PRIORITIES, SUPPORT_LEVELS, TICKET_STATUSES } from "../../sla/sla-vocabulary.js";
import { instantToMs } from "../instant.js";
import { REGIONS, type queueTicketSchema } from "../queue-ticket.js";

type Parsed = z.output<typeof queueTicketSchema>;

const TICKET_KEYS = new Set([
  "id", "channel", "createdAt", "status", "priority", "severity", "assignee", "organization", "emergency", "incident",
  "accountEscalation", "starred", "preferredRegion", "waitingSince", "form", "tags", "events",
]);
const ORGANIZATION_KEYS = new Set(["id", "plan", "supportLevel", "tags", "dedicatedEngineer"]);
const CHANNEL_SET = new Set<unknown>(CHANNELS);
const STATUS_SET = new Set<unknown>(TICKET_STATUSES);
const PRIORITY_SET = new Set<unknown>(PRIORITIES);
const LEVEL_SET = new Set<unknown>(SUPPORT_LEVELS);
const REGION_SET = new Set<unknown>(REGIONS);

/** The default organization, shared: parsed tickets stay inside the library and are never modified. */
const NO_ORGANIZATION: Parsed["organization"] = Object.freeze({ plan: null, supportLevel: null, tags: Object.freeze([]) as unknown as string[], dedicatedEngineer: null });

/** A sentinel: the fast path declines, and the zod schema decides (and explains). */
const DECLINE = Symbol("decline");

function text(value: unknown): string | null | typeof DECLINE {
  if (value === undefined || value === null) return null;
  return typeof value === "string" && value.length > 0 ? value : DECLINE;
}

function flag(value: unknown): boolean | typeof DECLINE {
  if (value === undefined) return false;
  return typeof value === "boolean" ? value : DECLINE;
}

function strings(value: unknown): string[] | typeof DECLINE {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return DECLINE;
  for (const item of value) if (typeof item !== "string" || item.length === 0) return DECLINE;
  return value as string[];
}

function oneOf(set: Set<unknown>, value: unknown): string | null | typeof DECLINE {
  if (value === undefined || value === null) return null;
  return set.has(value) ? (value as string) : DECLINE;
}

/**
 * Parses one queue ticket without zod when it is plainly valid, for queues of hundreds of
 * thousands of tickets; returns `undefined` for anything else, so the zod schema parses it and
 * reports the problem. Its output equals the schema's for every input it accepts (a property
 * test holds it to that).
 *
 * @internal
 */
export function parseQueueTicketFast(raw: unknown): Parsed | undefined {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw) || raw instanceof Date) return undefined;
  const t = raw as Record<string, unknown>;
  for (const key in t) if (!TICKET_KEYS.has(key) || !Object.hasOwn(t, key)) return undefined;
  const id = t["id"];
  if (typeof id !== "string" || id.length === 0) return undefined;
  if (!CHANNEL_SET.has(t["channel"])) return undefined;
  const createdAt = instantToMs(t["createdAt"]);
  if (typeof createdAt !== "number") return undefined;
  const status = t["status"] === undefined ? "new" : STATUS_SET.has(t["status"]) ? (t["status"] as Parsed["status"]) : undefined;
  if (status === undefined) return undefined;
  const priority = oneOf(PRIORITY_SET, t["priority"]) as Parsed["priority"] | typeof DECLINE;
  const severityRaw = t["severity"];
  const severity = severityRaw === undefined || severityRaw === null ? null : severityRaw === 1 || severityRaw === 2 || severityRaw === 3 || severityRaw === 4 ? severityRaw : DECLINE;
  const assignee = text(t["assignee"]);
  const form = text(t["form"]);
  const region = oneOf(REGION_SET, t["preferredRegion"]) as Parsed["preferredRegion"] | typeof DECLINE;
  const emergency = flag(t["emergency"]);
  const incident = flag(t["incident"]);
  const accountEscalation = flag(t["accountEscalation"]);
  const starred = flag(t["starred"]);
  const tags = strings(t["tags"]);
  if (
    priority === DECLINE || severity === DECLINE || assignee === DECLINE || form === DECLINE || region === DECLINE ||
    emergency === DECLINE || incident === DECLINE || accountEscalation === DECLINE || starred === DECLINE || tags === DECLINE
  ) {
    return undefined;
  }
  let waitingSince: number | null = null;
  if (t["waitingSince"] !== undefined && t["waitingSince"] !== null) {
    const ms = instantToMs(t["waitingSince"]);
    if (typeof ms !== "number") return undefined;
    waitingSince = ms;
  }
  const eventsRaw = t["events"];
  if (eventsRaw !== undefined && !Array.isArray(eventsRaw)) return undefined;
  // Aliasing is safe: the parsed ticket stays inside the library and is never modified.
  const events: unknown[] = eventsRaw === undefined ? [] : (eventsRaw as unknown[]);

  let organization: Parsed["organization"];
  const orgRaw = t["organization"];
  if (orgRaw === undefined) organization = NO_ORGANIZATION;
  else {
    if (typeof orgRaw !== "object" || orgRaw === null || Array.isArray(orgRaw) || orgRaw instanceof Date) return undefined;
    const o = orgRaw as Record<string, unknown>;
    for (const key in o) if (!ORGANIZATION_KEYS.has(key) || !Object.hasOwn(o, key)) return undefined;
    const orgId = o["id"];
    if (orgId !== undefined && (typeof orgId !== "string" || orgId.length === 0)) return undefined;
    const plan = text(o["plan"]);
    const level = oneOf(LEVEL_SET, o["supportLevel"]) as Parsed["organization"]["supportLevel"] | typeof DECLINE;
    const orgTags = strings(o["tags"]);
    const dedicated = text(o["dedicatedEngineer"]);
    if (plan === DECLINE || level === DECLINE || orgTags === DECLINE || dedicated === DECLINE) return undefined;
    organization = { ...(orgId === undefined ? {} : { id: orgId }), plan, supportLevel: level, tags: orgTags, dedicatedEngineer: dedicated };
  }
  return {
    id,
    channel: t["channel"] as Parsed["channel"],
    createdAt,
    status,
    priority,
    severity,
    assignee,
    organization,
    emergency,
    incident,
    accountEscalation,
    starred,
    preferredRegion: region,
    waitingSince,
    form,
    tags,
    events,
  };
}
