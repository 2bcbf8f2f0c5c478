import * as z from "zod";
import type { Reason } from "../shared/decision.js";
import type { Edition } from "../shared/edition.js";
import { fail, parseInput } from "../shared/errors.js";
import { toMilliseconds } from "../sla/duration.js";
import { evaluateSla } from "../sla/evaluate-sla.js";
import { prepareSlaPolicies } from "../sla/prepare-sla-policies.js";
import type { SlaPolicySet } from "../sla/sla-policy-set.js";
import { PRIORITIES } from "../sla/sla-vocabulary.js";
import type { TicketInput } from "../sla/ticket.js";
import { CHANNEL_SLA_CATEGORIES } from "../shared/channel.js";
import { MIN_INSTANT } from "../shared/instant-range.js";
import { readInstant } from "../shared/read-instant.js";
import { HOUR, iso } from "./instant.js";
import { checkQueueTicketFast } from "./internal/check-queue-ticket-fast.js";
import { describeValue } from "../shared/describe-value.js";
import { type OrderQueueOptions, type QueueSlaReport, orderQueueOptionsSchema } from "./order-queue-options.js";
import { QUEUE_BUCKETS, type QueueBucket, type QueueBucket2016, type QueueBucket2026 } from "./queue-buckets.js";
import { type QueueTicket, queueTicketSchema } from "./queue-ticket.js";

/**
 * Why a ticket sits where it does in the queue.
 *
 * @example
 * ```ts
 * const code: QueueReasonCode = "near_breach_first_reply";
 * ```
 */
export type QueueReasonCode =
  | QueueBucket
  | "courtesy_check_with_owner"
  | "twitter_oldest_first"
  | "rehome_after_first_reply"
  | "no_sla_report";

/**
 * One ticket's place in the queue, with the reasons that put it there.
 *
 * @example
 * ```ts
 * const entry: QueueEntry = {
 *   ticketId: "42", position: 1, bucket: "near_breach_first_reply", dueAt: "2026-11-20T10:30:00.000Z",
 *   dueMetric: "first_reply", breached: false, nearBreach: true, courtesyCheckWith: "bob", reasons: [],
 * };
 * ```
 */
export interface QueueEntry {
  /** The ticket's id. */
  readonly ticketId: string;
  /** Its place in the queue, from 1. */
  readonly position: number;
  /** The bucket that placed it. */
  readonly bucket: QueueBucket;
  /** The nearest due instant among its running (active or paused) metrics, of any kind (ISO 8601), or null. */
  readonly dueAt: string | null;
  /** The metric of `dueAt` (`first_reply`, `next_reply`, `periodic_update`, `agent_work`, …), or null. */
  readonly dueMetric: string | null;
  /** Whether that metric is already past due at `now`. */
  readonly breached: boolean;
  /** Whether that metric is due within the near-breach window (or past due). */
  readonly nearBreach: boolean;
  /** 2026: the shared-view weight (see `orderQueue`); absent in 2016. */
  readonly weight?: number;
  /** Someone else owns the ticket (assignee or dedicated engineer): check with them first. */
  readonly courtesyCheckWith?: string;
  /** 2026: the role that handles an emergency, incident or account escalation. */
  readonly handledBy?: "on_call_engineer" | "incident_manager" | "escalation_owner";
  /** 2026: the customer's preferred region, when it is not the engineer's: rehome after the first reply. */
  readonly rehomeAfterFirstReply?: string;
  /** Why it is here. */
  readonly reasons: readonly Reason<QueueReasonCode>[];
}

/**
 * The ordered queue.
 *
 * @example
 * ```ts
 * const queue: OrderedQueue = { edition: "gitlab2026", now: "2026-11-20T10:00:00.000Z", entries: [] };
 * ```
 */
export interface OrderedQueue {
  /** The edition applied. */
  readonly edition: Edition;
  /** The instant the queue was ordered for (ISO 8601). */
  readonly now: string;
  /** Every ticket once, in pick-up order. */
  readonly entries: readonly QueueEntry[];
}

const ticketsSchema = z.array(queueTicketSchema);
/** A ticket as the queue reads it: the input itself (defaults applied on reading), or the schema's output; instants are read from arrays. */
type View = Omit<QueueTicket, "createdAt" | "waitingSince">;

/** No due instant. */
const NO_DUE = Number.POSITIVE_INFINITY;
/** Instants as offsets from the start of the supported range lie in [0, SPAN). */
const SPAN = 1e13;
/**
 * A ticket's sort key is one exact integer, `rank × RANK_SPAN + key`, where `key` is the due
 * instant's offset, or `SPAN +` the creation offset when nothing is due, or, in 2016's FIFO
 * buckets, `category × SPAN +` the waiting offset. Keys stay below 5 × SPAN, so ranks never
 * overlap, and eight ranks stay far below 2^53.
 */
const RANK_SPAN = 1e14;
const offset = (ms: number): number => ms - MIN_INSTANT;
const NO_REPORT = { metrics: [] };

interface Due {
  first: number;
  firstIso: string | null;
  firstBreached: boolean;
  next: number;
  nextIso: string | null;
  nextBreached: boolean;
  /** The nearest due instant among the running metrics other than the replies. */
  other: number;
  otherIso: string | null;
  otherMetric: string | null;
  known: boolean;
}

/** The ISO string of an instant, reusing the input's text when it is already canonical UTC (formatting 100,000 dates is most of a queue's cost). */
function isoOf(ms: number, raw: unknown): string {
  // Only called on text that already parsed: this shape is then exactly `toISOString` output.
  return typeof raw === "string" && raw.length === 24 && raw.charCodeAt(23) === 90 && raw.charCodeAt(10) === 84 && raw.charCodeAt(19) === 46 ? raw : iso(ms);
}

function readReport(report: unknown, id: string, due: Due): Due {
  due.first = NO_DUE;
  due.firstIso = null;
  // Stryker disable next-line BooleanLiteral: the breached flags are kept for the record; the queue judges a breach from the due instant itself
  due.firstBreached = false;
  due.next = NO_DUE;
  due.nextIso = null;
  // Stryker disable next-line BooleanLiteral: the breached flags are kept for the record; the queue judges a breach from the due instant itself
  due.nextBreached = false;
  due.other = NO_DUE;
  due.otherIso = null;
  due.otherMetric = null;
  due.known = true;
  if (typeof report !== "object" || report === null) fail("invalid_type", ["options", "reports", id], "Expected an SLA report object");
  const r = report as { ticketId?: unknown; metrics?: unknown };
  if (typeof r.ticketId === "string" && r.ticketId !== id) {
    fail("inconsistent_facts", ["options", "reports", id, "ticketId"], `The report is for ticket "${r.ticketId}", filed under "${id}"`);
  }
  if (!Array.isArray(r.metrics)) fail(r.metrics === undefined ? "missing_field" : "invalid_type", ["options", "reports", id, "metrics"], "Expected the report's `metrics` array");
  const metrics = r.metrics as unknown[];
  for (let m = 0; m < metrics.length; m++) {
    const metric = metrics[m] as { metric?: unknown; state?: unknown; dueAt?: unknown; breached?: unknown } | null;
    if (typeof metric !== "object" || metric === null) fail("invalid_type", ["options", "reports", id, "metrics", m], "Expected a metric report object");
    const which = metric.metric;
    if (typeof which !== "string") fail("invalid_type", ["options", "reports", id, "metrics", m, "metric"], `Expected the metric's id, received ${describeValue(which)}`);
    const state = metric.state;
    if (state !== "active" && state !== "paused" && state !== "closed" && state !== "not_started") {
      fail("unknown_value", ["options", "reports", id, "metrics", m, "state"], `Unknown metric state ${describeValue(state)}; expected active, paused, closed or not_started`);
    }
    if (typeof metric.breached !== "boolean") fail("invalid_type", ["options", "reports", id, "metrics", m, "breached"], "Expected `breached` to be a boolean");
    if (state !== "active" && state !== "paused") continue;
    if (metric.dueAt === null || metric.dueAt === undefined) continue;
    const at = readInstant(metric.dueAt);
    if (typeof at !== "number") fail(at.code, ["options", "reports", id, "metrics", m, "dueAt"], at.message);
    if (which === "first_reply") {
      due.first = at;
      due.firstIso = isoOf(at, metric.dueAt);
      due.firstBreached = metric.breached;
    } else if (which === "next_reply") {
      due.next = at;
      due.nextIso = isoOf(at, metric.dueAt);
      due.nextBreached = metric.breached;
    } else if (at < due.other) {
      // Update and resolution clocks: the 2016 buckets name the replies, but every running metric is due.
      due.other = at;
      due.otherIso = isoOf(at, metric.dueAt);
      due.otherMetric = which;
    }
  }
  return due;
}

function slaTicketOf(t: View, createdAt: number): TicketInput {
  const org = t.organization;
  return {
    id: t.id,
    createdAt,
    channel: t.channel,
    organization: {
      ...(org?.id === undefined || org.id === null ? {} : { id: org.id }),
      plan: org?.plan ?? null,
      supportLevel: org?.supportLevel ?? null,
      tags: org?.tags ?? [],
    },
    form: t.form ?? null,
    priority: t.priority ?? null,
    severity: t.severity ?? null,
    status: t.status ?? "new",
    assignee: t.assignee ?? null,
    tags: t.tags ?? [],
    events: (t.events ?? []) as TicketInput["events"],
  };
}

const RULE_EMERGENCY_2016 = "§3 pick-up order (2016): emergency tickets first";
const RULE_NEAR_FIRST = "§3 pick-up order (2016): close to breaching first reply; a ticket breaching or about to breach is picked up by any engineer";
const RULE_NEAR_NEXT = "§3 pick-up order (2016): close to breaching next reply; a ticket breaching or about to breach is picked up by any engineer";
const RULE_COURTESY = "§3 pick-up order (2016): courtesy: check with the assigned agent first, and offer to reply";
const RULE_FIFO_2016 = "§3 pick-up order (2016): tickets assigned to you first, then new unassigned tickets, FIFO; channels in SLA-category order";
const RULE_NO_REPORT = "§3 pick-up order: close to breaching is judged from the SLA";
const RULE_TWITTER = "§3 Twitter: play mode, oldest first, skip none";
const RULE_ORDER_2026 = "§3 pick-up order (2026): emergencies, incidents, account escalations; your STARs; the shared view by weight; then the rest";
const RULE_REGION_2026 = "§3 pick-up order (2026): a ticket whose preferred region is not yours is not reordered";

const MESSAGE_YOURS = "Assigned to you: your own tickets come first, by channel SLA category, then oldest waiting first";
const MESSAGE_YOURS_DEDICATED = "Your dedicated organization's ticket counts as assigned to you: by channel SLA category, then oldest waiting first";
const MESSAGE_NEW = "A new unassigned ticket, after your own tickets: by channel SLA category, then oldest waiting first";
const MESSAGE_OTHER = "Another open ticket, after the new ones: by channel SLA category, then oldest waiting first";
const MESSAGE_FIRST_PAST = "The first reply is past due (see dueAt): anyone picks it up, whoever it is assigned to";
const MESSAGE_FIRST_NEAR = "The first reply is due within the near-breach window (see dueAt): anyone picks it up, whoever it is assigned to";
const MESSAGE_NEXT_PAST = "The next reply is past due (see dueAt): anyone picks it up, whoever it is assigned to";
const MESSAGE_NEXT_NEAR = "The next reply is due within the near-breach window (see dueAt): anyone picks it up, whoever it is assigned to";
const MESSAGE_SOLVED = "Solved or closed: nothing to pick up";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

type FifoBucket = "assigned_to_you" | "new_unassigned" | "other_open" | "dedicated_to_another_engineer" | "solved";

function message2016(bucket: FifoBucket, assignedToYou: boolean, dedicated: string | null): string {
  switch (bucket) {
    case "assigned_to_you":
      return assignedToYou ? MESSAGE_YOURS : MESSAGE_YOURS_DEDICATED;
    case "new_unassigned":
      return MESSAGE_NEW;
    case "other_open":
      return MESSAGE_OTHER;
    case "dedicated_to_another_engineer":
      return `The organization's dedicated engineer is ${dedicated ?? ""}: it routes to them unless close to breaching; by channel SLA category, then oldest waiting first`;
    case "solved":
      return MESSAGE_SOLVED;
  }
}

/**
 * The 2026 shared-view weight of a ticket whose nearest running reply is due `remainingMs` from
 * now (negative once past): `100 / (1 + remaining hours)` before the due instant, `100 + hours
 * overdue` after it, 0 with nothing due. It rises strictly as the ticket nears (and passes) its
 * breach; ties and float rounding never decide the order, the due instant does.
 */
function weightOf(remainingMs: number | null): number {
  if (remainingMs === null) return 0;
  const weight = remainingMs >= 0 ? 100 / (1 + remainingMs / HOUR) : 100 - remainingMs / HOUR;
  return Math.round(weight * 1000) / 1000;
}

/**
 * The indexes of `primary` in ascending order of (primary, created, id). Sorting 100,000
 * tickets with a comparator costs far more than a native numeric sort, so each key is first
 * rounded into the high bits of one exact integer whose low bits hold its index; a native sort
 * of those gives the order up to the rounding, and only runs that share a rounded value, in
 * practice ties, are sorted again with the full comparison.
 */
function sortIndexes(primary: Float64Array, created: Float64Array, ids: readonly string[], bound: number): Uint32Array {
  const n = primary.length;
  const scale = 2 ** Math.max(1, Math.ceil(Math.log2(n + 1)));
  const quantum = 2 ** Math.max(0, Math.ceil(Math.log2(bound / (2 ** 53 / scale))));
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = Math.floor((primary[i] as number) / quantum) * scale + i;
  packed.sort();
  const index = new Uint32Array(n);
  for (let p = 0; p < n; p++) index[p] = (packed[p] as number) % scale;
  const compare = (a: number, b: number): number =>
    (primary[a] as number) - (primary[b] as number) || (created[a] as number) - (created[b] as number) || ((ids[a] as string) < (ids[b] as string) ? -1 : 1);
  let start = 0;
  for (let p = 1; p <= n; p++) {
    if (p < n && Math.floor((packed[p] as number) / scale) === Math.floor((packed[start] as number) / scale)) continue;
    if (p - start > 1) index.subarray(start, p).sort(compare);
    start = p;
  }
  return index;
}

/**
 * Orders a support queue for one engineer at `now`: every ticket once, each with its bucket and
 * the reasons that placed it (docs/rules.md §3).
 *
 * 2016 edition, buckets in order: emergencies; close to breaching (or past) first reply;
 * close to breaching (or past) next reply; assigned to you (a dedicated organization's ticket
 * counts as its dedicated engineer's); new unassigned; other open; another engineer's dedicated
 * organization; solved. Buckets 2–3 ignore the assignee, earliest due first, and name the owner
 * in `courtesyCheckWith` when it is someone else. Buckets 4–7 go by channel SLA category, then
 * FIFO (oldest waiting first; Twitter by creation, oldest first, none skipped).
 *
 * 2026 edition: emergencies (on-call engineer), incidents (incident manager), account
 * escalations (escalation owner); your STARred tickets; the shared view of unassigned tickets;
 * your other tickets; the rest; solved. Every bucket goes by the nearest running reply's due
 * instant, earliest first. The shared view reports a `weight` of `100 / (1 + hours to due)`,
 * or `100 + hours overdue` once past due (0 with nothing due), which rises strictly as a ticket
 * nears its breach; the order follows the due instant itself, so rounding can never invert it. A
 * ticket whose preferred region is not the engineer's stays in place and says to rehome it after
 * the first reply.
 *
 * Ties fall to creation time, then id, so the order is total. Each ticket's sort key depends only
 * on the ticket, its report and the options, never on the other tickets: permuting the input
 * changes nothing, and adding or removing a ticket never reorders the others.
 *
 * @remarks
 * SLA facts come from `options.reports` (by ticket id; the SLA engine's `SlaReport` fits), or
 * are evaluated with `options.policies` for tickets without a report. A ticket with neither is
 * never "close to breaching": its entry says the SLA is unknown. The near-breach window defaults
 * to 1 hour. Sorting uses one numeric key tuple per ticket and sorts indexes.
 *
 * @example
 * ```ts
 * const queue = orderQueue(
 *   [
 *     { id: "a", channel: "ticket", createdAt: "2026-11-20T08:00:00Z", status: "open", assignee: "me" },
 *     { id: "b", channel: "ticket", createdAt: "2026-11-20T09:00:00Z", status: "open", assignee: "bob" },
 *   ],
 *   {
 *     now: new Date("2026-11-20T10:00:00Z"),
 *     engineer: { id: "me" },
 *     edition: "handbook2016",
 *     reports: { b: { metrics: [{ metric: "next_reply", state: "active", dueAt: "2026-11-20T10:20:00Z", breached: false }] } },
 *   },
 * );
 * queue.entries.map((e) => [e.ticketId, e.bucket, e.courtesyCheckWith ?? null]);
 * // => [["b", "near_breach_next_reply", "bob"], ["a", "assigned_to_you", null]]
 * ```
 *
 * @throws {SupportPolicyError} `missing_field` for a ticket without an id, `duplicate_id` for two
 * tickets with one id, `unknown_value` for an unknown channel, status, priority, region, edition
 * or bucket, `invalid_format` for a malformed instant, `invalid_duration` for a bad window,
 * `inconsistent_facts` for a report filed under another ticket's id.
 */
export function orderQueue(tickets: readonly QueueTicket[], options: OrderQueueOptions): OrderedQueue {
  const opts = parseInput(orderQueueOptionsSchema, options, ["options"]);
  if (!Array.isArray(tickets)) parseInput(ticketsSchema, tickets, ["tickets"]);
  const n = tickets.length;
  // Stryker disable next-line ArrayDeclaration: the length is only preallocation; every slot is written before it is read
  const list: View[] = new Array<View>(n);
  const created = new Float64Array(n);
  const waiting = new Float64Array(n);
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const raw = tickets[i] as QueueTicket;
    let t: View = raw;
    const fast = checkQueueTicketFast(raw, waiting, i);
    if (Number.isNaN(fast)) {
      const parsed = parseInput(queueTicketSchema, raw, ["tickets", i]);
      created[i] = parsed.createdAt;
      waiting[i] = parsed.waitingSince ?? Number.NaN;
      t = parsed;
    } else created[i] = fast;
    if (seen.has(t.id)) {
      const first = list.findIndex((other) => other.id === t.id);
      fail("duplicate_id", ["tickets", i, "id"], `Ticket id "${t.id}" appears twice in the queue (at ${first} and ${i})`);
    }
    seen.add(t.id);
    list[i] = t;
  }
  const window = opts.nearBreachWindow === undefined ? HOUR : toMilliseconds(opts.nearBreachWindow, ["options", "nearBreachWindow"]);
  const windowMinutes = window / 60_000;
  const edition = opts.edition;
  const order = QUEUE_BUCKETS[edition];
  let rankOf = new Map<string, number>(order.map((b, i) => [b, i]));
  if (opts.bucketOrder !== undefined) {
    const custom = opts.bucketOrder;
    custom.forEach((bucket, i) => {
      if (!rankOf.has(bucket)) fail("unknown_value", ["options", "bucketOrder", i], `Unknown bucket ${describeValue(bucket)} for the ${edition} edition; expected one of ${order.join(", ")}`);
      if (custom.indexOf(bucket) !== i) fail("duplicate_id", ["options", "bucketOrder", i], `Bucket "${bucket}" is listed twice`);
    });
    const absent = order.find((b) => !custom.includes(b));
    if (absent !== undefined) fail("missing_field", ["options", "bucketOrder"], `The bucket order leaves out "${absent}"; list every bucket of the edition`);
    rankOf = new Map(custom.map((b, i) => [b, i]));
  }
  const reports = opts.reports;
  const reportMap = reports instanceof Map ? (reports as ReadonlyMap<string, QueueSlaReport>) : undefined;
  const reportRecord = reports === undefined || reportMap !== undefined ? undefined : (reports as Readonly<Record<string, unknown>>);
  // One lookup per ticket; the own-property check only for ids that name something every object has ("constructor").
  const reportOf = (id: string): unknown => {
    if (reportMap !== undefined) return reportMap.get(id);
    if (reportRecord === undefined) return undefined;
    const found = reportRecord[id];
    return found !== undefined && (!(id in Object.prototype) || Object.hasOwn(reportRecord, id)) ? found : undefined;
  };
  const policies: SlaPolicySet | undefined = opts.policies === undefined ? undefined : prepareSlaPolicies(opts.policies);
  // A ticket's priority is one of its policy set's, Zendesk's when the queue has none.
  const declared = policies?.priorities ?? PRIORITIES;
  for (let i = 0; i < n; i++) {
    const priority = (list[i] as View).priority;
    if (priority !== undefined && priority !== null && !declared.includes(priority)) {
      fail("unknown_value", ["tickets", i, "priority"], `Unknown priority ${describeValue(priority)}; expected one of ${declared.join(", ")}`);
    }
  }
  const now = opts.now;
  const me = opts.engineer;
  const mine = new Set(me.dedicatedAccounts);
  const nowDate = new Date(now);

  const primary = new Float64Array(n);
  // Stryker disable next-line ArrayDeclaration: the length is only preallocation; every slot is written before it is read
  const ids: string[] = new Array<string>(n);
  // Stryker disable next-line ArrayDeclaration: the length is only preallocation; every slot is written before it is read
  const entries: Mutable<QueueEntry>[] = new Array<QueueEntry>(n);

  // One scratch record, rewritten for each ticket: a queue allocates enough already.
  // Stryker disable next-line ObjectLiteral,BooleanLiteral: readReport rewrites every field before any is read
  const due: Due = { first: NO_DUE, firstIso: null, firstBreached: false, next: NO_DUE, nextIso: null, nextBreached: false, other: NO_DUE, otherIso: null, otherMetric: null, known: false };
  for (let i = 0; i < n; i++) {
    const t = list[i] as View;
    const raw = tickets[i] as { createdAt?: unknown; waitingSince?: unknown };
    const createdAt = created[i] as number;
    const waitingSince = waiting[i] as number;
    const status = t.status ?? "new";
    const assignee = t.assignee ?? null;
    const starred = t.starred ?? false;
    // `null` means none, as absent does.
    const orgId = t.organization?.id ?? undefined;
    ids[i] = t.id;
    const report = reportOf(t.id);
    if (report !== undefined) readReport(report, t.id, due);
    else if (policies !== undefined) readReport(evaluateSla(slaTicketOf(t, createdAt), policies, nowDate), t.id, due);
    else readReport(NO_REPORT, t.id, due).known = false;
    const nearestReply = due.first <= due.next ? due.first : due.next;
    // A reply wins a tie: the 2016 buckets and the reasons name the replies.
    const nearest = nearestReply <= due.other ? nearestReply : due.other;
    const nearestMetric = nearest === NO_DUE ? null : nearestReply > due.other ? due.otherMetric : due.first <= due.next ? "first_reply" : "next_reply";
    const nearestBreached = nearest !== NO_DUE && now > nearest;
    // The main reason and up to two more, put into an array of the exact size at the end: growing
    // an empty array allocates spare capacity for every one of 100,000 entries.
    let main: Reason<QueueReasonCode>;
    let extra: Reason<QueueReasonCode> | undefined;
    let unknownSla: Reason<QueueReasonCode> | undefined;
    const dueIso = nearestMetric === null ? null : nearestReply > due.other ? due.otherIso : nearestMetric === "first_reply" ? due.firstIso : due.nextIso;
    const done = status === "solved" || status === "closed";
    let bucket: QueueBucket;
    let courtesy: string | undefined;
    let handledBy: QueueEntry["handledBy"];
    let rehome: string | undefined;
    let weight: number | undefined;
    let key = 0;
    const dedicated = t.organization?.dedicatedEngineer ?? (orgId !== undefined && mine.has(orgId) ? me.id : null);

    if (edition === "handbook2016") {
      const owner = assignee ?? dedicated;
      const emergency = t.emergency === true || t.channel === "emergency" || t.channel === "gitlab_com_downtime";
      let b16: QueueBucket2016;
      if (done) b16 = "solved";
      else if (emergency) b16 = "emergency";
      else if (due.first !== NO_DUE && due.first - now <= window) b16 = "near_breach_first_reply";
      else if (due.next !== NO_DUE && due.next - now <= window) b16 = "near_breach_next_reply";
      else if (assignee === me.id || (assignee === null && dedicated === me.id)) b16 = "assigned_to_you";
      else if (dedicated !== null && dedicated !== me.id) b16 = "dedicated_to_another_engineer";
      else if (status === "new" && assignee === null) b16 = "new_unassigned";
      else b16 = "other_open";
      bucket = b16;
      const twitter = t.channel === "twitter";
      // Formatted only where a reason shows it: formatting a million instants costs more than ordering them.
      const createdIso = isoOf(createdAt, raw.createdAt);
      const fifo = twitter || Number.isNaN(waitingSince) ? createdAt : waitingSince;
      const fifoIso = twitter || Number.isNaN(waitingSince) ? createdIso : isoOf(waitingSince, raw.waitingSince);
      switch (b16) {
        case "near_breach_first_reply":
        case "near_breach_next_reply": {
          const firstReply = b16 === "near_breach_first_reply";
          const at = firstReply ? due.first : due.next;
          const atIso = (firstReply ? due.firstIso : due.nextIso) ?? iso(at);
          key = offset(at);
          const past = now > at;
          main = {
            code: b16,
            rule: firstReply ? RULE_NEAR_FIRST : RULE_NEAR_NEXT,
            message: firstReply ? (past ? MESSAGE_FIRST_PAST : MESSAGE_FIRST_NEAR) : past ? MESSAGE_NEXT_PAST : MESSAGE_NEXT_NEAR,
            facts: { dueAt: atIso, breached: past, windowMinutes, assignee: assignee, dedicatedEngineer: dedicated },
          };
          if (owner !== null && owner !== me.id) {
            courtesy = owner;
            extra = {
              code: "courtesy_check_with_owner",
              rule: RULE_COURTESY,
              message: `Check with ${owner} first and offer to reply`,
              facts: { owner, dedicated: assignee === null },
            };
          }
          break;
        }
        case "emergency":
          key = nearest === NO_DUE ? SPAN + offset(createdAt) : offset(nearest);
          main = {
            code: "emergency",
            rule: RULE_EMERGENCY_2016,
            message: t.channel === "gitlab_com_downtime" ? "An emergency (GitLab.com downtime) comes before everything else" : "An emergency ticket comes before everything else",
            facts: { channel: t.channel, dueAt: dueIso },
          };
          break;
        case "assigned_to_you":
        case "new_unassigned":
        case "other_open":
        case "dedicated_to_another_engineer":
        case "solved": {
          const category = CHANNEL_SLA_CATEGORIES[t.channel];
          key = category * SPAN + offset(fifo);
          main = {
            code: b16,
            rule: RULE_FIFO_2016,
            message: message2016(b16, assignee === me.id, dedicated),
            facts: { slaCategory: category, waitingSince: fifoIso, assignee: assignee, dedicatedEngineer: dedicated, status: status },
          };
          if (twitter && b16 !== "solved") {
            extra = { code: "twitter_oldest_first", rule: RULE_TWITTER, message: "Twitter tickets go oldest first by creation, none skipped", facts: { createdAt: createdIso } };
          }
          break;
        }
      }
    } else {
      // The 2026 support portal's emergency form marks an emergency on any channel (docs/rules.md §2.2).
      const emergency = t.emergency === true || t.channel === "emergency" || t.form === "emergency";
      const incident = t.incident === true || t.channel === "gitlab_com_downtime";
      let b26: QueueBucket2026;
      if (done) b26 = "solved";
      else if (emergency) b26 = "emergency";
      else if (incident) b26 = "incident";
      else if (t.accountEscalation === true) b26 = "account_escalation";
      else if (starred && assignee === me.id) b26 = "your_starred";
      else if (assignee === null) b26 = "shared_view";
      else if (assignee === me.id) b26 = "your_other";
      else b26 = "rest";
      bucket = b26;
      key = nearest === NO_DUE ? SPAN + offset(createdAt) : offset(nearest);
      weight = weightOf(nearest === NO_DUE ? null : nearest - now);
      const facts = { dueAt: dueIso, dueMetric: nearestMetric, weight, assignee: assignee, starred: starred };
      let message: string;
      switch (b26) {
        case "emergency":
          handledBy = "on_call_engineer";
          message = "An emergency: first, for the on-call engineer";
          break;
        case "incident":
          handledBy = "incident_manager";
          message = "Part of a GitLab.com incident: after emergencies, for the incident manager";
          break;
        case "account_escalation":
          handledBy = "escalation_owner";
          message = "Part of an account escalation: after incidents, for the escalation owner";
          break;
        case "your_starred":
          message = "Your STARred ticket: before the shared view";
          break;
        case "shared_view":
          message = dueIso === null ? "Unassigned: the shared view; nothing is due, so after every ticket with a due reply" : "Unassigned: the shared view, by weight (the nearest breach first)";
          break;
        case "your_other":
          message = "Your own ticket: after the shared view, even when close to breaching";
          break;
        case "rest":
          message = `Assigned to ${assignee ?? ""}${starred ? " (their STAR)" : ""}: after your own tickets`;
          break;
        case "solved":
          message = MESSAGE_SOLVED;
          break;
      }
      main = { code: b26, rule: RULE_ORDER_2026, message, facts };
      const region = t.preferredRegion ?? null;
      if (region !== null && me.region !== null && region !== me.region && !done) {
        rehome = region;
        extra = {
          code: "rehome_after_first_reply",
          rule: RULE_REGION_2026,
          message: "The customer prefers another region: rehome the ticket there after the first reply",
          facts: { preferredRegion: region, engineerRegion: me.region },
        };
      }
    }
    if (!due.known && !done) {
      unknownSla = {
        code: "no_sla_report",
        rule: RULE_NO_REPORT,
        message: "No SLA report or policies for this ticket: it cannot be placed as close to breaching",
        facts: { ticketId: t.id },
      };
    }
    primary[i] = (rankOf.get(bucket) ?? 0) * RANK_SPAN + key;
    const reasons = extra === undefined ? (unknownSla === undefined ? [main] : [main, unknownSla]) : unknownSla === undefined ? [main, extra] : [main, extra, unknownSla];
    const nearBreach = nearest !== NO_DUE && nearest - now <= window;
    // 2026's weight is in the literal: a property added afterwards goes to a separate, larger
    // store, some 40 bytes more for each of a million entries.
    const entry: Mutable<QueueEntry> =
      weight === undefined
        ? { ticketId: t.id, position: 0, bucket, dueAt: dueIso, dueMetric: nearestMetric, breached: nearestBreached, nearBreach, reasons }
        : { ticketId: t.id, position: 0, bucket, dueAt: dueIso, dueMetric: nearestMetric, breached: nearestBreached, nearBreach, reasons, weight };
    // Assigned one by one: spreading optional properties in is several times slower at 100,000 entries.
    if (courtesy !== undefined) entry.courtesyCheckWith = courtesy;
    if (handledBy !== undefined) entry.handledBy = handledBy;
    if (rehome !== undefined) entry.rehomeAfterFirstReply = rehome;
    entries[i] = entry;
  }

  const index = sortIndexes(primary, created, ids, order.length * RANK_SPAN);
  // Stryker disable next-line ArrayDeclaration: the length is only preallocation; every slot is written before it is read
  const ordered: QueueEntry[] = new Array<QueueEntry>(n);
  for (let p = 0; p < n; p++) {
    const entry = entries[index[p] as number] as QueueEntry & { position: number };
    entry.position = p + 1;
    ordered[p] = entry;
  }
  return { edition, now: iso(now), entries: ordered };
}
