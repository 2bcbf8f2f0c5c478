import { ownValue } from "../../shared/own-value.js";
import { fail, guardReading } from "../../shared/errors.js";
import { FIVETRAN_TABLE_NAMES } from "./fivetran-tables.js";
import type {
  FivetranConversion,
  FivetranPolicyVersion,
  FivetranRecordError,
  FivetranRow,
  FivetranTableName,
  FivetranTables,
} from "./fivetran-tables.js";
import {
  type CellProblem,
  booleanCell,
  cell,
  dateCell,
  idValue,
  integerCell,
  isProblem,
  requiredCell,
  timestampCell,
} from "./internal/cells.js";

type Json = Record<string, unknown>;

// The ticket fields the Zendesk importer replays, as audits name them; a numeric name is a custom
// field. Fivetran's history also tracks fields that are not ticket fields (`sla_policy`, the SLA
// metrics' targets): those are left out.
const TICKET_FIELDS = new Set([
  "status",
  "priority",
  "type",
  "group_id",
  "assignee_id",
  "requester_id",
  "organization_id",
  "brand_id",
  "ticket_form_id",
]);
const TAG_FIELDS = new Set(["tags", "current_tags"]);
const CUSTOM_FIELD = /^\d+$/;
// Fivetran's history writes On-hold as "on-hold" where the API writes "hold".
const STATUS_ALIASES: Readonly<Record<string, string>> = { "on-hold": "hold", on_hold: "hold" };

const iso = (ms: number): string => new Date(ms).toISOString().replace(".000Z", "Z");

/** One thing that happened to a ticket, read from one of the tables. */
type Happening =
  | { readonly kind: "field"; readonly at: number; readonly field: string; readonly value: unknown; readonly author: string | null }
  | { readonly kind: "tags"; readonly at: number; readonly tags: readonly string[]; readonly author: string | null }
  | { readonly kind: "comment"; readonly at: number; readonly id: unknown; readonly public: boolean; readonly author: string | null; readonly body: string | null }
  | { readonly kind: "schedule"; readonly at: number; readonly scheduleId: string }
  | { readonly kind: "policy"; readonly at: number; readonly tag: string };

const ORDER: Readonly<Record<Happening["kind"], number>> = { field: 0, tags: 1, policy: 2, schedule: 3, comment: 4 };

class Collector {
  readonly errors: FivetranRecordError[] = [];
  /** Tickets left out, because a row they depend on is bad. */
  readonly badTickets = new Set<string>();

  add(table: FivetranTableName, row: number, record: string, column: string | null, problem: CellProblem): void {
    this.errors.push({ table, row, record, column, code: problem.problem, message: problem.message });
  }

  /** Reads a cell, recording its problem: undefined when it is bad. */
  read<T>(table: FivetranTableName, row: number, record: string, column: string, value: T | CellProblem): T | undefined {
    if (!isProblem(value)) return value;
    this.add(table, row, record, column, value);
    return undefined;
  }
}

function rowsOf(tables: FivetranTables, name: FivetranTableName): readonly FivetranRow[] {
  return tables[name] ?? [];
}

function idOf(text: string | null): number | string | null {
  return text === null ? null : idValue(text);
}

/** The users: `{ users: [...] }`. */
function readUsers(tables: FivetranTables, out: Collector): Json[] {
  const users: Json[] = [];
  rowsOf(tables, "user").forEach((row, index) => {
    const id = out.read("user", index, `user row ${index}`, "id", requiredCell(row, "id"));
    if (id === undefined) return;
    users.push({
      id: idValue(id),
      name: cell(row, "name"),
      email: cell(row, "email"),
      role: cell(row, "role"),
      organization_id: idOf(cell(row, "organization_id")),
      time_zone: cell(row, "time_zone"),
    });
  });
  return users;
}

/** The organizations with their tags: `{ organizations: [...] }`. */
function readOrganizations(tables: FivetranTables, out: Collector): Json[] {
  const organizations = new Map<string, { id: number | string; name: string | null; tags: string[] }>();
  const entry = (id: string) => {
    let found = organizations.get(id);
    if (found === undefined) {
      found = { id: idValue(id), name: null, tags: [] };
      organizations.set(id, found);
    }
    return found;
  };
  rowsOf(tables, "organization").forEach((row, index) => {
    const id = out.read("organization", index, `organization row ${index}`, "id", requiredCell(row, "id"));
    if (id !== undefined) entry(id).name = cell(row, "name");
  });
  rowsOf(tables, "organization_tag").forEach((row, index) => {
    const id = out.read("organization_tag", index, `organization tag row ${index}`, "organization_id", requiredCell(row, "organization_id"));
    const tag = cell(row, "tag");
    if (id !== undefined && tag !== null) entry(id).tags.push(tag);
  });
  return [...organizations.values()];
}

/** The schedules, earliest created first (the importer takes the first as the default): `{ schedules: [...] }`. */
function readSchedules(tables: FivetranTables, out: Collector): Json[] {
  const schedules = new Map<string, { id: number | string; name: string | null; time_zone: string | null; created: number; intervals: { start_time: number; end_time: number }[] }>();
  const bad = new Set<string>();
  rowsOf(tables, "schedule").forEach((row, index) => {
    if (booleanCell(row, "_fivetran_deleted") === true) return;
    const id = out.read("schedule", index, `schedule row ${index}`, "id", requiredCell(row, "id"));
    if (id === undefined) return;
    const record = `schedule ${id}`;
    const start = out.read("schedule", index, record, "start_time", integerCell(row, "start_time"));
    const end = out.read("schedule", index, record, "end_time", integerCell(row, "end_time"));
    const zone = out.read("schedule", index, record, "time_zone", requiredCell(row, "time_zone"));
    const createdText = cell(row, "created_at");
    const created = createdText === null ? Number.POSITIVE_INFINITY : out.read("schedule", index, record, "created_at", timestampCell(row, "created_at"));
    if (start === undefined || end === undefined || zone === undefined || created === undefined) {
      // A schedule missing one of its intervals would be a different schedule: leave it out.
      bad.add(id);
      return;
    }
    let schedule = schedules.get(id);
    if (schedule === undefined) {
      schedule = { id: idValue(id), name: cell(row, "name"), time_zone: zone, created, intervals: [] };
      schedules.set(id, schedule);
    }
    schedule.created = Math.min(schedule.created, created);
    schedule.intervals.push({ start_time: start, end_time: end });
  });
  return [...schedules.entries()]
    .filter(([id]) => !bad.has(id))
    .map(([, schedule]) => schedule)
    .sort((a, b) => a.created - b.created || String(a.id).localeCompare(String(b.id), "en", { numeric: true }))
    .map(({ id, name, time_zone, created, intervals }) => ({
      id,
      name,
      time_zone,
      ...(Number.isFinite(created) ? { created_at: iso(created) } : {}),
      intervals: intervals.sort((a, b) => a.start_time - b.start_time),
    }));
}

/** Each schedule's holidays: `{ [scheduleId]: { holidays: [...] } }`. */
function readHolidays(tables: FivetranTables, out: Collector): Record<string, { holidays: Json[] }> {
  const holidays: Record<string, { holidays: Json[] }> = {};
  rowsOf(tables, "schedule_holiday").forEach((row, index) => {
    if (booleanCell(row, "_fivetran_deleted") === true) return;
    const scheduleId = out.read("schedule_holiday", index, `holiday row ${index}`, "schedule_id", requiredCell(row, "schedule_id"));
    if (scheduleId === undefined) return;
    const record = `holiday ${cell(row, "id") ?? index} (schedule ${scheduleId})`;
    const start = out.read("schedule_holiday", index, record, "start_date", dateCell(row, "start_date"));
    const end = out.read("schedule_holiday", index, record, "end_date", dateCell(row, "end_date"));
    if (start === undefined || end === undefined) return;
    const key = String(idValue(scheduleId));
    (holidays[key] ??= { holidays: [] }).holidays.push({ id: idOf(cell(row, "id")), name: cell(row, "name"), start_date: start, end_date: end });
  });
  return holidays;
}

interface PolicyTarget {
  readonly updatedAt: number;
  readonly metric: string;
  readonly priority: string;
  readonly target: number;
  readonly businessHours: boolean;
}

interface Policies {
  readonly records: Json[];
  readonly versions: FivetranPolicyVersion[];
  /** Per policy id, its versions oldest first, or null when one of its rows is bad. */
  readonly byPolicy: ReadonlyMap<string, readonly { readonly updatedAt: number; readonly version: FivetranPolicyVersion }[] | null>;
}

/**
 * The SLA policies, one Zendesk policy per version of each warehouse policy. A version is the
 * state of the policy's targets at one `sla_policy_updated_at`: for each metric and priority, its
 * latest row up to then (an update that changed only first reply keeps the other targets). Each
 * version matches the tickets that carry its tag, which the audits give a ticket from the
 * instant its policy was applied (`ticket_sla_policy`).
 */
function readPolicies(tables: FivetranTables, out: Collector): Policies {
  const rows = new Map<string, PolicyTarget[] | null>();
  rowsOf(tables, "sla_policy_metric_history").forEach((row, index) => {
    const policyId = out.read("sla_policy_metric_history", index, `SLA policy row ${index}`, "sla_policy_id", requiredCell(row, "sla_policy_id"));
    if (policyId === undefined) return;
    const record = `SLA policy ${policyId}`;
    const updatedAt = out.read("sla_policy_metric_history", index, record, "sla_policy_updated_at", timestampCell(row, "sla_policy_updated_at"));
    const metric = out.read("sla_policy_metric_history", index, record, "metric", requiredCell(row, "metric"));
    const priority = out.read("sla_policy_metric_history", index, record, "priority", requiredCell(row, "priority"));
    const target = out.read("sla_policy_metric_history", index, record, "target", integerCell(row, "target"));
    const businessHours = out.read("sla_policy_metric_history", index, record, "business_hours", booleanCell(row, "business_hours"));
    const list = rows.get(policyId);
    if (updatedAt === undefined || metric === undefined || priority === undefined || target === undefined || businessHours === undefined) {
      // A policy missing one of its targets would judge its tickets by the wrong ones.
      rows.set(policyId, null);
      return;
    }
    const entry: PolicyTarget = { updatedAt, metric: metric.toLowerCase(), priority: priority.toLowerCase(), target, businessHours: businessHours ?? false };
    if (list === undefined) rows.set(policyId, [entry]);
    else list?.push(entry);
  });

  const titles = new Map<string, { at: number; title: string }>();
  rowsOf(tables, "sla_policy_history").forEach((row) => {
    const id = cell(row, "id");
    const title = cell(row, "title");
    if (id === null || title === null) return;
    const updated = timestampCell(row, "updated_at");
    const at = isProblem(updated) ? Number.NEGATIVE_INFINITY : updated;
    const known = titles.get(id);
    if (known === undefined || at >= known.at) titles.set(id, { at, title });
  });

  const records: Json[] = [];
  const versions: FivetranPolicyVersion[] = [];
  const byPolicy = new Map<string, { updatedAt: number; version: FivetranPolicyVersion }[] | null>();
  const ordered = [...rows.keys()].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  for (const policyId of ordered) {
    const targets = rows.get(policyId);
    if (targets === null || targets === undefined) {
      byPolicy.set(policyId, null);
      continue;
    }
    const instants = [...new Set(targets.map((target) => target.updatedAt))].sort((a, b) => a - b);
    const list: { updatedAt: number; version: FivetranPolicyVersion }[] = [];
    instants.forEach((updatedAt, index) => {
      const state = new Map<string, PolicyTarget>();
      for (const target of targets) {
        if (target.updatedAt > updatedAt) continue;
        const key = `${target.metric} ${target.priority}`;
        const known = state.get(key);
        if (known === undefined || target.updatedAt >= known.updatedAt) state.set(key, target);
      }
      const number = index + 1;
      const version: FivetranPolicyVersion = {
        policyId,
        version: number,
        updatedAt: iso(updatedAt),
        zendeskPolicyId: `${policyId}${String(number).padStart(3, "0")}`,
        tag: `fivetran_sla_policy_${policyId}_v${number}`,
      };
      versions.push(version);
      list.push({ updatedAt, version });
      records.push({
        id: idValue(version.zendeskPolicyId),
        title: `${titles.get(policyId)?.title ?? `SLA policy ${policyId}`} (targets of ${version.updatedAt})`,
        description: `SLA policy ${policyId}, version ${number}: the targets in force from ${version.updatedAt}`,
        position: records.length + 1,
        filter: { all: [{ field: "current_tags", operator: "includes", value: version.tag }], any: [] },
        policy_metrics: [...state.values()].map((target) => ({
          priority: target.priority,
          metric: target.metric,
          target: target.target,
          business_hours: target.businessHours,
        })),
      });
    });
    byPolicy.set(policyId, list);
  }
  return { records, versions, byPolicy };
}

/** Appends a happening to its ticket's list. */
function push(map: Map<string, Happening[]>, ticketId: string, happening: Happening): void {
  const list = map.get(ticketId);
  if (list === undefined) map.set(ticketId, [happening]);
  else list.push(happening);
}

/** Every ticket's history from the history, comment, schedule and policy tables. */
function readHistories(tables: FivetranTables, policies: Policies, out: Collector): Map<string, Happening[]> {
  const histories = new Map<string, Happening[]>();
  const ticketOf = (table: FivetranTableName, row: FivetranRow, index: number): string | undefined =>
    out.read(table, index, `${table} row ${index}`, "ticket_id", requiredCell(row, "ticket_id"));
  const readAt = (table: FivetranTableName, row: FivetranRow, index: number, ticketId: string, column: string): number | undefined => {
    const at = out.read(table, index, `ticket ${ticketId}`, column, timestampCell(row, column));
    if (at === undefined) out.badTickets.add(ticketId);
    return at;
  };

  rowsOf(tables, "ticket_field_history").forEach((row, index) => {
    const ticketId = ticketOf("ticket_field_history", row, index);
    if (ticketId === undefined) return;
    const field = out.read("ticket_field_history", index, `ticket ${ticketId}`, "field_name", requiredCell(row, "field_name"));
    if (field === undefined) {
      out.badTickets.add(ticketId);
      return;
    }
    const tracked = TICKET_FIELDS.has(field) || TAG_FIELDS.has(field) || CUSTOM_FIELD.test(field);
    if (!tracked) return;
    const at = readAt("ticket_field_history", row, index, ticketId, "updated");
    if (at === undefined) return;
    const value = cell(row, "value");
    const author = cell(row, "user_id");
    if (TAG_FIELDS.has(field)) {
      push(histories, ticketId, { kind: "tags", at, tags: (value ?? "").split(/[\s,]+/).filter((tag) => tag !== ""), author });
      return;
    }
    const text = field === "status" && value !== null ? (ownValue(STATUS_ALIASES, value) ?? value) : value;
    push(histories, ticketId, { kind: "field", at, field, value: field.endsWith("_id") && text !== null ? idValue(text) : text, author });
  });

  rowsOf(tables, "ticket_comment").forEach((row, index) => {
    const ticketId = ticketOf("ticket_comment", row, index);
    if (ticketId === undefined) return;
    const at = readAt("ticket_comment", row, index, ticketId, "created");
    const isPublic = out.read("ticket_comment", index, `ticket ${ticketId}`, "public", booleanCell(row, "public"));
    if (at === undefined) return;
    if (isPublic === undefined || isPublic === null) {
      // Whether a comment is public decides whether it is a reply: without it, the ticket is left out.
      if (isPublic === null) out.add("ticket_comment", index, `ticket ${ticketId}`, "public", { problem: "missing_field", message: 'Missing required column "public"' });
      out.badTickets.add(ticketId);
      return;
    }
    const author = cell(row, "user_id");
    push(histories, ticketId, { kind: "comment", at, id: idOf(cell(row, "id")), public: isPublic, author, body: cell(row, "body") });
  });

  rowsOf(tables, "ticket_schedule").forEach((row, index) => {
    const ticketId = ticketOf("ticket_schedule", row, index);
    if (ticketId === undefined) return;
    const at = readAt("ticket_schedule", row, index, ticketId, "created_at");
    const scheduleId = out.read("ticket_schedule", index, `ticket ${ticketId}`, "schedule_id", requiredCell(row, "schedule_id"));
    if (at === undefined) return;
    if (scheduleId === undefined) {
      out.badTickets.add(ticketId);
      return;
    }
    push(histories, ticketId, { kind: "schedule", at, scheduleId: String(idValue(scheduleId)) });
  });

  rowsOf(tables, "ticket_sla_policy").forEach((row, index) => {
    const ticketId = ticketOf("ticket_sla_policy", row, index);
    if (ticketId === undefined) return;
    const record = `ticket ${ticketId}`;
    const at = readAt("ticket_sla_policy", row, index, ticketId, "policy_applied_at");
    const policyId = out.read("ticket_sla_policy", index, record, "sla_policy_id", requiredCell(row, "sla_policy_id"));
    if (at === undefined) return;
    if (policyId === undefined) {
      out.badTickets.add(ticketId);
      return;
    }
    const versions = policies.byPolicy.get(policyId);
    // The version in force when the policy was applied: the latest update at or before it.
    const version = versions?.filter((entry) => entry.updatedAt <= at).at(-1)?.version;
    if (version === undefined) {
      const message =
        versions === undefined
          ? `SLA policy ${policyId} has no targets in sla_policy_metric_history`
          : versions === null
            ? `SLA policy ${policyId} has a bad row in sla_policy_metric_history`
            : `SLA policy ${policyId} was applied at ${iso(at)}, before its first recorded targets (${versions[0]?.version.updatedAt ?? "none"})`;
      out.add("ticket_sla_policy", index, record, "sla_policy_id", { problem: "out_of_range", message });
      out.badTickets.add(ticketId);
      return;
    }
    push(histories, ticketId, { kind: "policy", at, tag: version.tag });
  });
  return histories;
}

/** The tags at a moment: the ticket's own tags and the tag of the policy version applied to it. */
function tagList(own: readonly string[], policyTag: string | null): string[] {
  return policyTag === null || own.includes(policyTag) ? [...own] : [...own, policyTag];
}

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * A ticket's audits, as Zendesk writes them: the first at creation with a `Create` event per value
 * the history gives at that instant (and the opening comment), then one audit per later instant
 * with `Change` and `Comment` events. Rows within the ticket's creation second belong to the
 * creation. A change to the value a field already has is left out (the history repeats some).
 */
function auditsOf(ticketId: string, createdAt: number, currentTags: readonly string[], happenings: readonly Happening[], nextId: () => number, via: string | null): { audits: Json[]; tags: string[] } {
  const ordered = [...happenings].sort((a, b) => a.at - b.at || ORDER[a.kind] - ORDER[b.kind]);
  const creationEnd = createdAt + 1000;
  const atCreation = ordered.filter((happening) => happening.at < creationEnd);
  const later = ordered.filter((happening) => happening.at >= creationEnd);

  const values = new Map<string, unknown>();
  // Without a tags history, the warehouse knows only the current tags: they stand from creation.
  const hasTagHistory = ordered.some((happening) => happening.kind === "tags");
  let ownTags: readonly string[] = hasTagHistory ? [] : currentTags;
  let policyTag: string | null = null;
  let schedule: string | null = null;
  const comment = (happening: Extract<Happening, { kind: "comment" }>): Json => ({
    id: happening.id,
    type: "Comment",
    public: happening.public,
    author_id: idOf(happening.author),
    body: happening.body,
  });

  const creationEvents: Json[] = [];
  let creationAuthor: string | null = null;
  for (const happening of atCreation) {
    switch (happening.kind) {
      case "field":
        values.set(happening.field, happening.value);
        creationAuthor ??= happening.author;
        break;
      case "tags":
        ownTags = happening.tags;
        break;
      case "policy":
        policyTag = happening.tag;
        break;
      case "schedule":
        schedule = happening.scheduleId;
        break;
      case "comment":
        creationAuthor ??= happening.author;
        creationEvents.push(comment(happening));
        break;
    }
  }
  const createEvents: Json[] = [...values.entries()].map(([field, value]) => ({ id: nextId(), type: "Create", field_name: field, value }));
  createEvents.push({ id: nextId(), type: "Create", field_name: "tags", value: tagList(ownTags, policyTag) });
  if (schedule !== null) createEvents.push({ id: nextId(), type: "Create", field_name: "schedule_id", value: idValue(schedule) });
  const audits: Json[] = [
    { id: nextId(), ticket_id: idValue(ticketId), created_at: iso(createdAt), author_id: idOf(creationAuthor), via: via === null ? null : { channel: via }, events: [...createEvents, ...creationEvents] },
  ];

  let index = 0;
  while (index < later.length) {
    const at = (later[index] as Happening).at;
    const events: Json[] = [];
    let author: string | null = null;
    const tagsBefore = tagList(ownTags, policyTag);
    for (; index < later.length && (later[index] as Happening).at === at; index++) {
      const happening = later[index] as Happening;
      switch (happening.kind) {
        case "field": {
          const previous = values.get(happening.field) ?? null;
          if (sameValue(previous, happening.value)) break;
          values.set(happening.field, happening.value);
          author ??= happening.author;
          events.push({ id: nextId(), type: "Change", field_name: happening.field, value: happening.value, previous_value: previous });
          break;
        }
        case "tags":
          ownTags = happening.tags;
          author ??= happening.author;
          break;
        case "policy":
          policyTag = happening.tag;
          break;
        case "schedule":
          if (schedule !== happening.scheduleId) {
            events.push({ id: nextId(), type: "Change", field_name: "schedule_id", value: idValue(happening.scheduleId), previous_value: schedule === null ? null : idValue(schedule) });
            schedule = happening.scheduleId;
          }
          break;
        case "comment":
          author ??= happening.author;
          events.push(comment(happening));
          break;
      }
    }
    const tagsAfter = tagList(ownTags, policyTag);
    if (!sameValue(tagsBefore, tagsAfter)) events.unshift({ id: nextId(), type: "Change", field_name: "tags", value: tagsAfter, previous_value: tagsBefore });
    if (events.length > 0) audits.push({ id: nextId(), ticket_id: idValue(ticketId), created_at: iso(at), author_id: idOf(author), events });
  }
  return { audits, tags: tagList(ownTags, policyTag) };
}

/**
 * Converts Zendesk data as Fivetran lands it in a warehouse (its tables, each as an array of rows,
 * read from CSV by the caller) into the parsed REST API responses a Zendesk export holds, so the
 * Zendesk importer reads them unchanged: tickets with their audits, users, organizations, SLA
 * policies, schedules and holidays.
 *
 * - **Audits.** `ticket_field_history` holds every value each field took, the creation values
 *   included: the rows at the ticket's creation (within its creation second) become the first
 *   audit's `Create` events, later rows `Change` events grouped by instant; comments
 *   (`ticket_comment`) become `Comment` events with `public` and `author_id`; `ticket_schedule`
 *   becomes `schedule_id` changes. The ticket rows' own values are the current ones and are never
 *   read as creation values. On-hold, written `on-hold` in the history, is the API's `hold`.
 * - **SLA policies, versioned in time.** The warehouse does not keep the policies' filters; it
 *   keeps which policy was applied to which ticket and when (`ticket_sla_policy`) and every
 *   version of the targets (`sla_policy_metric_history`, by `sla_policy_updated_at`). A ticket is
 *   judged by the version in force when its policy was applied: the latest update at or before
 *   `policy_applied_at` (per metric and priority, as an update may change some targets only).
 *   Each version becomes one Zendesk SLA policy (id `<policy id><version, 3 digits>`, listed in
 *   `policyVersions`) whose filter is a tag, `fivetran_sla_policy_<id>_v<n>`, which the ticket's
 *   audits add from `policy_applied_at` on (and swap when another policy is applied). A ticket
 *   whose policy was applied before the policy's first recorded version cannot be judged and is
 *   left out with an error.
 * - **Timestamps** without an offset are UTC, as Fivetran writes them.
 * - **Not in the warehouse**: which comments a trigger made (`ticket_comment` has no `via`), so no
 *   comment reads as automated; and, without a `tags` history, past tags (the current ones stand
 *   from creation; the policies here never read them).
 *
 * A bad row is an error naming its table, row and column; it leaves out what depends on it (a
 * ticket with a bad history, comment, schedule or policy row; a schedule with a bad interval)
 * and never the rest. Pure: no input is modified.
 *
 * @param tables - the tables' rows (column name → cell text); only `ticket` is required
 * @returns the export for the Zendesk importer, the policy versions made, and the bad rows
 * @throws `SupportPolicyError` `invalid_type` when `tables` is not an object of arrays of rows
 *
 * @example
 * ```ts
 * const { zendeskExport, errors } = fivetranToZendesk({
 *   ticket: [{ id: "42", created_at: "2026-03-16 10:00:00", status: "open", priority: "normal", via_channel: "email" }],
 *   ticket_field_history: [
 *     { ticket_id: "42", field_name: "status", updated: "2026-03-16 10:00:00", value: "new" },
 *     { ticket_id: "42", field_name: "priority", updated: "2026-03-16 10:00:00", value: "normal" },
 *     { ticket_id: "42", field_name: "status", updated: "2026-03-16 10:40:00", value: "open" },
 *   ],
 * });
 * zendeskExport.ticketAudits.audits.length; // => 2 (the creation, and the change to open)
 * errors; // => []
 * ```
 */
export function fivetranToZendesk(tables: FivetranTables): FivetranConversion {
  // The export is read by hand as well as through schemas: whatever in it fights back (a getter
  // or proxy trap that throws, a revoked proxy, a cycle) is bad input, never a crash.
  return guardReading(["tables"], () => readFivetranToZendesk(tables));
}

/** fivetranToZendesk without the guard. */
function readFivetranToZendesk(tables: FivetranTables): FivetranConversion {
  if (typeof tables !== "object" || (tables as unknown) === null || Array.isArray(tables)) {
    fail("invalid_type", ["tables"], "Expected the tables as an object of row arrays, such as { ticket: [...] }");
  }
  for (const name of FIVETRAN_TABLE_NAMES) {
    const rows: unknown = tables[name];
    if (rows === undefined && name !== "ticket") continue;
    if (!Array.isArray(rows)) fail(rows === undefined ? "missing_field" : "invalid_type", ["tables", name], `Expected the ${name} table as an array of rows`);
    rows.forEach((row: unknown, index) => {
      if (typeof row !== "object" || row === null || Array.isArray(row)) fail("invalid_type", ["tables", name, index], `Expected row ${index} of ${name} as an object of column → cell text`);
    });
  }

  const out = new Collector();
  const users = readUsers(tables, out);
  const organizations = readOrganizations(tables, out);
  const schedules = readSchedules(tables, out);
  const holidays = readHolidays(tables, out);
  const policies = readPolicies(tables, out);
  const histories = readHistories(tables, policies, out);

  const currentTags = new Map<string, string[]>();
  rowsOf(tables, "ticket_tag").forEach((row) => {
    const ticketId = cell(row, "ticket_id");
    const tag = cell(row, "tag");
    if (ticketId === null || tag === null) return;
    const list = currentTags.get(ticketId) ?? [];
    if (!list.includes(tag)) list.push(tag);
    currentTags.set(ticketId, list);
  });

  let counter = 0;
  const nextId = (): number => ++counter;
  const tickets: Json[] = [];
  const audits: Json[] = [];
  rowsOf(tables, "ticket").forEach((row, index) => {
    const id = out.read("ticket", index, `ticket row ${index}`, "id", requiredCell(row, "id"));
    if (id === undefined) return;
    const createdAt = out.read("ticket", index, `ticket ${id}`, "created_at", timestampCell(row, "created_at"));
    if (createdAt === undefined || out.badTickets.has(id)) return;
    const updated = timestampCell(row, "updated_at");
    const via = cell(row, "via_channel");
    const status = cell(row, "status");
    const converted = auditsOf(id, createdAt, currentTags.get(id) ?? [], histories.get(id) ?? [], nextId, via);
    audits.push(...converted.audits);
    tickets.push({
      id: idValue(id),
      created_at: iso(createdAt),
      updated_at: isProblem(updated) ? null : iso(updated),
      subject: cell(row, "subject"),
      status: status === null ? null : (ownValue(STATUS_ALIASES, status) ?? status),
      priority: cell(row, "priority"),
      type: cell(row, "type"),
      requester_id: idOf(cell(row, "requester_id")),
      submitter_id: idOf(cell(row, "submitter_id")),
      assignee_id: idOf(cell(row, "assignee_id")),
      group_id: idOf(cell(row, "group_id")),
      organization_id: idOf(cell(row, "organization_id")),
      brand_id: idOf(cell(row, "brand_id")),
      ticket_form_id: idOf(cell(row, "ticket_form_id")),
      tags: converted.tags,
      via: via === null ? null : { channel: via },
    });
  });

  return {
    zendeskExport: {
      tickets: { tickets },
      ticketAudits: { audits },
      users: { users },
      organizations: { organizations },
      slaPolicies: { sla_policies: policies.records },
      schedules: { schedules },
      holidays,
    },
    policyVersions: policies.versions,
    errors: out.errors,
  };
}
