import { fail, parseInput, SupportPolicyError } from "../shared/errors.js";
import { checkQueueTicketFast } from "../routing/internal/check-queue-ticket-fast.js";
import { queueTicketSchema, type QueueTicket } from "../routing/queue-ticket.js";
import { parseTicket } from "../sla/parse-ticket.js";
import type { Ticket } from "../sla/ticket.js";

/** Fields only the pick-up order reads; the SLA engine's ticket schema rejects them, so they are split off. */
const ROUTING_KEYS = ["emergency", "incident", "accountEscalation", "starred", "preferredRegion", "waitingSince"] as const;

/**
 * A ticket record of a CLI input file, validated for both the SLA engine and the pick-up order.
 *
 * @example
 * ```ts
 * const record: TicketRecord = parseTicketRecord({ id: "T-1", createdAt: "2026-11-20T10:00:00Z", channel: "ticket" });
 * record.ticket.id; // => "T-1"
 * ```
 */
export interface TicketRecord {
  /** The ticket as the SLA engine reads it (parsed once, so it is not validated again). */
  readonly ticket: Ticket;
  /** The record as the pick-up order reads it (the ticket's fields plus the routing-only ones, without events). */
  readonly queueTicket: QueueTicket;
}

/**
 * Validates one ticket record of a CLI input file. A record is the SLA engine's ticket
 * (`ticketSchema`: id, createdAt, channel, organization, priority, severity, status, events, …)
 * plus the optional fields only the pick-up order reads (`emergency`, `incident`,
 * `accountEscalation`, `starred`, `preferredRegion`, `waitingSince`,
 * `organization.dedicatedEngineer`). `status`, `priority` and `assignee` are the values at
 * creation; later changes are events (docs/rules.md §2 "Clock semantics").
 *
 * @param record - one parsed JSON value
 * @returns the ticket for the SLA engine and the record for the queue
 * @throws {@link SupportPolicyError} with the path inside the record (without the `ticket` root)
 *
 * @example
 * ```ts
 * parseTicketRecord({ id: 7, createdAt: "2026-11-20T10:00:00Z", channel: "twitter", starred: true }).queueTicket.id;
 * // => "7"
 * ```
 */
export function parseTicketRecord(record: unknown): TicketRecord {
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    fail("invalid_type", [], `Expected a ticket object, received ${Array.isArray(record) ? "an array" : record === null ? "null" : typeof record}`);
  }
  const raw = record as Record<string, unknown>;
  const slaPart: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!(ROUTING_KEYS as readonly string[]).includes(key)) slaPart[key] = value;
  }
  const organization = raw["organization"];
  if (typeof organization === "object" && organization !== null && !Array.isArray(organization)) {
    slaPart["organization"] = Object.fromEntries(Object.entries(organization).filter(([key]) => key !== "dedicatedEngineer"));
  }
  let ticket: Ticket;
  try {
    ticket = parseTicket(slaPart as unknown as Parameters<typeof parseTicket>[0]);
  } catch (error) {
    throw rootless(error);
  }
  const queueInput = { ...raw, id: ticket.id, events: [] };
  // The queue's own fast check first (it accepts only what the schema accepts); the schema words the error.
  if (Number.isNaN(checkQueueTicketFast(queueInput, new Float64Array(1), 0))) parseInput(queueTicketSchema, queueInput, []);
  return { ticket, queueTicket: queueInput as unknown as QueueTicket };
}

/** Drops the `ticket` root the SLA engine puts on its paths: the CLI names the record instead. */
function rootless(error: unknown): unknown {
  if (!(error instanceof SupportPolicyError)) return error;
  // Stryker disable next-line ConditionalExpression: parseTicket roots every path at "ticket"; the test keeps the CLI right should that change
  const strip = (path: readonly PropertyKey[]): readonly PropertyKey[] => (path[0] === "ticket" ? path.slice(1) : path);
  const [first, ...rest] = error.issues.map((issue) => ({ ...issue, path: strip(issue.path) }));
  // Stryker disable next-line ConditionalExpression: a SupportPolicyError always has a first issue
  return first === undefined ? error : new SupportPolicyError([first, ...rest], error.omittedIssues);
}
