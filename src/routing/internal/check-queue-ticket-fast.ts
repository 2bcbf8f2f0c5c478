import { CHANNELS } from "../../shared/channel.js";
import { SUPPORT_LEVELS, TICKET_STATUSES } from "../../sla/sla-vocabulary.js";
import { ID_PATTERN } from "../../shared/id-pattern.js";
import { readInstant } from "../../shared/read-instant.js";
import { REGIONS } from "../queue-ticket.js";
import { PLANS } from "../../shared/plan.js";

const TICKET_KEYS = new Set([
  "id", "channel", "createdAt", "status", "priority", "severity", "assignee", "organization", "emergency", "incident",
  "accountEscalation", "starred", "preferredRegion", "waitingSince", "form", "tags", "events",
]);
const ORGANIZATION_KEYS = new Set(["id", "plan", "supportLevel", "tags", "dedicatedEngineer"]);
const CHANNEL_SET = new Set<unknown>(CHANNELS);
const STATUS_SET = new Set<unknown>(TICKET_STATUSES);
const LEVEL_SET = new Set<unknown>(SUPPORT_LEVELS);
const PLAN_SET = new Set<unknown>(PLANS);
const REGION_SET = new Set<unknown>(REGIONS);

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

function strings(value: unknown): boolean {
  if (value === undefined) return true;
  if (!Array.isArray(value)) return false;
  for (const item of value) if (typeof item !== "string" || item.length === 0) return false;
  return true;
}

/** A priority as the schema takes it: a well-formed id (a set's own ones too: `orderQueue` checks it against the set's priorities), or none. */
function priority(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && ID_PATTERN.test(value));
}

function oneOf(set: Set<unknown>, value: unknown): string | null | typeof DECLINE {
  if (value === undefined || value === null) return null;
  return set.has(value) ? (value as string) : DECLINE;
}

/**
 * Checks one queue ticket without zod when it is plainly valid, for queues of hundreds of
 * thousands of tickets, and returns its creation instant in epoch ms, writing its waiting instant
 * (or NaN) to `waiting[index]`; returns NaN for anything else, so the zod schema parses it and
 * reports the problem. It accepts only what the schema accepts, with the same instants (a
 * property test holds it to that); it builds nothing, since a queue reads the ticket as it is.
 *
 * @internal
 */
export function checkQueueTicketFast(raw: unknown, waiting: Float64Array, index: number): number {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw) || raw instanceof Date) return Number.NaN;
  const t = raw as Record<string, unknown>;
  for (const key in t) if (!TICKET_KEYS.has(key) || !Object.hasOwn(t, key)) return Number.NaN;
  const id = t["id"];
  if (typeof id !== "string" || id.length === 0) return Number.NaN;
  if (!CHANNEL_SET.has(t["channel"])) return Number.NaN;
  const createdAt = readInstant(t["createdAt"]);
  if (typeof createdAt !== "number") return Number.NaN;
  if (t["status"] !== undefined && !STATUS_SET.has(t["status"])) return Number.NaN;
  const severity = t["severity"];
  if (severity !== undefined && severity !== null && severity !== 1 && severity !== 2 && severity !== 3 && severity !== 4) return Number.NaN;
  if (
    !priority(t["priority"]) ||
    text(t["assignee"]) === DECLINE ||
    text(t["form"]) === DECLINE ||
    oneOf(REGION_SET, t["preferredRegion"]) === DECLINE ||
    flag(t["emergency"]) === DECLINE ||
    flag(t["incident"]) === DECLINE ||
    flag(t["accountEscalation"]) === DECLINE ||
    flag(t["starred"]) === DECLINE ||
    !strings(t["tags"])
  ) {
    return Number.NaN;
  }
  let waitingSince = Number.NaN;
  if (t["waitingSince"] !== undefined && t["waitingSince"] !== null) {
    const ms = readInstant(t["waitingSince"]);
    if (typeof ms !== "number") return Number.NaN;
    waitingSince = ms;
  }
  const events = t["events"];
  if (events !== undefined && !Array.isArray(events)) return Number.NaN;
  const orgRaw = t["organization"];
  if (orgRaw !== undefined) {
    if (typeof orgRaw !== "object" || orgRaw === null || Array.isArray(orgRaw) || orgRaw instanceof Date) return Number.NaN;
    const o = orgRaw as Record<string, unknown>;
    for (const key in o) if (!ORGANIZATION_KEYS.has(key) || !Object.hasOwn(o, key)) return Number.NaN;
    const orgId = o["id"];
    if (orgId !== undefined && (typeof orgId !== "string" || orgId.length === 0)) return Number.NaN;
    if (oneOf(PLAN_SET, o["plan"]) === DECLINE || oneOf(LEVEL_SET, o["supportLevel"]) === DECLINE || !strings(o["tags"]) || text(o["dedicatedEngineer"]) === DECLINE) return Number.NaN;
  }
  waiting[index] = waitingSince;
  return createdAt;
}
