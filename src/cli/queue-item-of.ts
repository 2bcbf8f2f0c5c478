import type { QueueSlaReport } from "../routing/order-queue-options.js";
import type { QueueTicket } from "../routing/queue-ticket.js";
import { readInstant } from "../shared/read-instant.js";
import type { SlaReport } from "../sla/sla-report.js";
import type { TicketRecord } from "./parse-ticket-record.js";
import { ticketAsOf } from "./ticket-as-of.js";

/**
 * What the pick-up order reads of one ticket: the ticket as of `now` (no events) and, of its
 * SLA report, only its running metrics' id, state, due instant and breach. A queue of a million
 * tickets keeps these, not the tickets with their histories and the full reports.
 *
 * @example
 * ```ts
 * const item: QueueItem = { ticket: { id: "T-1", channel: "ticket", createdAt: "2026-11-20T10:00:00Z", status: "open" }, report: { ticketId: "T-1", metrics: [] } };
 * ```
 */
export interface QueueItem {
  /** The ticket as of `now`: status, priority and assignee after its events, and since when the customer waits. */
  readonly ticket: QueueTicket;
  /** The running metrics of its SLA report. */
  readonly report: QueueSlaReport;
}

/**
 * A queue's tickets in input order and their reports by ticket id, as the pick-up order takes
 * them: each {@link QueueItem} goes in as it is made, so no list of the items themselves is
 * held beside them. See {@link queueItems}.
 *
 * @example
 * ```ts
 * const items: QueueItems = queueItems();
 * items.add(queueItemOf(record, now, values));
 * items.tickets.length; // => 1
 * ```
 */
export interface QueueItems {
  /** The tickets as of `now`, in input order. */
  readonly tickets: readonly QueueTicket[];
  /** Each ticket's running metrics, by ticket id. */
  readonly reports: ReadonlyMap<string, QueueSlaReport>;
  /** Adds an item's ticket and report. */
  readonly add: (item: QueueItem) => void;
}

/**
 * An empty {@link QueueItems}, or one holding `items`.
 *
 * @param items - items to add, in input order
 * @returns the tickets and reports, to add more to
 *
 * @example
 * ```ts
 * queueItems([item]).reports.get(item.ticket.id) === item.report; // => true
 * ```
 */
export function queueItems(items: Iterable<QueueItem> = []): QueueItems {
  const tickets: QueueTicket[] = [];
  // A Map: an object with a million ticket ids as keys is a slow dictionary, several times larger.
  const reports = new Map<string, QueueSlaReport>();
  const add = (item: QueueItem): void => {
    tickets.push(item.ticket);
    reports.set(item.ticket.id, item.report);
  };
  for (const item of items) add(item);
  return { tickets, reports, add };
}

/**
 * The values many queue items repeat (channels, statuses, priorities, assignees, regions,
 * forms, metric ids, organizations), each held once for all the items made with it. See
 * {@link queueItemValues}.
 *
 * @example
 * ```ts
 * const values: QueueItemValues = queueItemValues();
 * values.text("open") === values.text(["op", "en"].join("")); // => true
 * ```
 */
export interface QueueItemValues {
  /** The one copy of `text` kept so far (the first seen), or `text` itself once the table is full. */
  readonly text: (text: string) => string;
  /** The one organization object for an id without a dedicated engineer; a new one otherwise. */
  readonly organization: (id: string | undefined, dedicatedEngineer: string | null) => NonNullable<QueueTicket["organization"]>;
}

/** How many distinct texts and organizations a table keeps: past these, values are held as they come. */
const TEXT_LIMIT = 100_000;

/**
 * A fresh table of the values queue items share: one per queue, so that a million items hold
 * each status, assignee or organization once instead of a million copies parsed from the input.
 *
 * @returns an empty table
 *
 * @example
 * ```ts
 * const values = queueItemValues();
 * values.organization("org-1", null) === values.organization("org-1", null); // => true
 * ```
 */
export function queueItemValues(): QueueItemValues {
  const texts = new Map<string, string>();
  const organizations = new Map<string, NonNullable<QueueTicket["organization"]>>();
  const text = (value: string): string => {
    const held = texts.get(value);
    if (held !== undefined) return held;
    if (texts.size < TEXT_LIMIT) texts.set(value, value);
    return value;
  };
  return {
    text,
    organization: (id, dedicatedEngineer) => {
      if (id === undefined || dedicatedEngineer !== null) return { id: id === undefined ? undefined : text(id), dedicatedEngineer: dedicatedEngineer === null ? null : text(dedicatedEngineer) };
      const held = organizations.get(id);
      if (held !== undefined) return held;
      const organization = { id: text(id), dedicatedEngineer: null };
      if (organizations.size < TEXT_LIMIT) organizations.set(id, organization);
      return organization;
    },
  };
}

/** The report of a ticket with no running metric: one for all of them. */
const NO_RUNNING_METRICS: QueueSlaReport = Object.freeze({ metrics: Object.freeze([]) });

type QueueMetric = QueueSlaReport["metrics"][number];

/** A metric as the queue holds it; the due instant's text made one flat string (a formatted instant is several joined pieces). */
function runningMetric(m: QueueMetric, values: QueueItemValues): QueueMetric {
  const { dueAt } = m;
  // Reading a character flattens a joined string in place; the collector then drops the pieces.
  if (dueAt !== null) dueAt.charCodeAt(0);
  return { metric: values.text(m.metric), state: m.state === "active" ? "active" : "paused", dueAt, breached: m.breached };
}

/** The running metrics of a report, in an array of their exact number (a growing array keeps spare room). */
function runningMetrics(metrics: readonly QueueMetric[], values: QueueItemValues): QueueSlaReport {
  let running = 0;
  for (const m of metrics) if (m.state === "active" || m.state === "paused") running += 1;
  if (running === 0) return NO_RUNNING_METRICS;
  const kept = new Array<QueueMetric>(running);
  let at = 0;
  for (const m of metrics) if (m.state === "active" || m.state === "paused") kept[at++] = runningMetric(m, values);
  return { metrics: kept };
}

/** The fields the pick-up order reads, defaults applied as it applies them, in one shape for every ticket. */
function queueTicketOf(t: QueueTicket, createdAt: number, waitingSince: number | null, values: QueueItemValues): QueueTicket {
  const organizationId = t.organization?.id ?? undefined;
  const dedicatedEngineer = t.organization?.dedicatedEngineer ?? null;
  return {
    id: t.id,
    channel: values.text(t.channel) as QueueTicket["channel"],
    createdAt,
    status: values.text(t.status ?? "new") as QueueTicket["status"],
    priority: t.priority === undefined || t.priority === null ? null : values.text(t.priority),
    assignee: t.assignee === undefined || t.assignee === null ? null : values.text(t.assignee),
    organization: organizationId === undefined && dedicatedEngineer === null ? undefined : values.organization(organizationId, dedicatedEngineer),
    emergency: t.emergency === true,
    incident: t.incident === true,
    accountEscalation: t.accountEscalation === true,
    starred: t.starred === true,
    preferredRegion: t.preferredRegion ?? null,
    waitingSince,
    form: t.form === undefined || t.form === null ? null : values.text(t.form),
  };
}

/** An instant the record's checks already accepted, in epoch ms. */
function epochOf(instant: QueueTicket["waitingSince"]): number | null {
  if (instant === undefined || instant === null) return null;
  return readInstant(instant) as number;
}

/**
 * Cuts a valid ticket record with its SLA report down to its {@link QueueItem} at `now`. Metrics
 * that are not running (closed, not started) are left out: ordering reads only running ones.
 * The item keeps only what the order and its output read, instants as epoch ms and repeated
 * values from `values`: a few hundred bytes a ticket.
 *
 * @param record - the valid ticket record with its SLA report as of `now`
 * @param now - the instant the queue is ordered for
 * @param values - the values shared by the queue's items
 * @returns the queue's view of the ticket
 *
 * @example
 * ```ts
 * queueItemOf(record, new Date("2026-11-20T12:00:00Z"), queueItemValues()).report.metrics.map((m) => m.metric); // => ["first_reply"]
 * ```
 */
export function queueItemOf(record: TicketRecord & { readonly report: SlaReport }, now: Date, values: QueueItemValues): QueueItem {
  const asOf = ticketAsOf(record.queueTicket, record.ticket, now);
  return { ticket: queueTicketOf(asOf, record.ticket.createdAt, epochOf(asOf.waitingSince), values), report: runningMetrics(record.report.metrics, values) };
}

/**
 * The same {@link QueueItem} holding its repeated values from `values`: for an item made on
 * another thread, whose values arrive as copies of their own.
 *
 * @param item - an item made by {@link queueItemOf}
 * @param values - the values shared by the queue's items
 * @returns an equal item
 *
 * @example
 * ```ts
 * sharedQueueItem(received.item, values).ticket.status; // => "open"
 * ```
 */
export function sharedQueueItem(item: QueueItem, values: QueueItemValues): QueueItem {
  const { ticket } = item;
  return {
    ticket: queueTicketOf(ticket, ticket.createdAt as number, (ticket.waitingSince ?? null) as number | null, values),
    report: runningMetrics(item.report.metrics, values),
  };
}
