import { fc } from "../support/property.js";
import { PRIORITIES, type Priority, type TicketStatus } from "../../src/sla/sla-vocabulary.js";
import type { TicketEventInput, TicketInput } from "../../src/sla/ticket.js";

export const MINUTE = 60_000;
const FIRST = Date.parse("2026-01-01T00:00:00Z") / MINUTE;
const LAST = Date.parse("2026-11-30T00:00:00Z") / MINUTE;
/** Two weeks of history, in minutes after creation. */
export const SPAN_MINUTES = 14 * 24 * 60;

const statuses: TicketStatus[] = ["new", "open", "pending", "on_hold", "solved"];

type Kind =
  | { readonly kind: "customer" | "agent" | "note" | "auto" }
  | { readonly kind: "status"; readonly status: TicketStatus }
  | { readonly kind: "priority"; readonly priority: Priority };

const kindArb: fc.Arbitrary<Kind> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<Kind>({ kind: "customer" }, { kind: "agent" }) },
  { weight: 1, arbitrary: fc.constantFrom<Kind>({ kind: "note" }, { kind: "auto" }) },
  { weight: 2, arbitrary: fc.constantFrom(...statuses).map((status): Kind => ({ kind: "status", status })) },
  { weight: 1, arbitrary: fc.constantFrom(...PRIORITIES).map((priority): Kind => ({ kind: "priority", priority })) },
);

export function toEvent(atMs: number, kind: Kind): TicketEventInput {
  const at = new Date(atMs).toISOString();
  switch (kind.kind) {
    case "customer":
      return { type: "comment", at, author: "customer", public: true };
    case "agent":
      return { type: "comment", at, author: "agent", public: true };
    case "note":
      return { type: "comment", at, author: "agent", public: false };
    case "auto":
      return { type: "comment", at, author: "agent", public: true, automated: true };
    case "status":
      return { type: "status_change", at, status: kind.status };
    case "priority":
      return { type: "priority_change", at, priority: kind.priority };
  }
}

/** A Premium ticket with up to 20 events at distinct minutes within two weeks of its creation. */
export const ticketArb: fc.Arbitrary<TicketInput> = fc
  .record({
    created: fc.integer({ min: FIRST, max: LAST }),
    channel: fc.constantFrom("ticket" as const, "emergency" as const),
    severity: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
    events: fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: SPAN_MINUTES }), kindArb), { maxLength: 20, selector: ([minute]) => minute }),
  })
  .map(({ created, channel, severity, events }) => ({
    id: `T-${created}`,
    createdAt: new Date(created * MINUTE).toISOString(),
    channel,
    severity,
    priority: "normal" as const,
    organization: { plan: "premium" },
    events: events.map(([minute, kind]) => toEvent((created + minute) * MINUTE, kind)),
  }));

/** An instant between the ticket's creation and a day after its last possible event. */
export function nowArb(ticket: TicketInput): fc.Arbitrary<Date> {
  const created = Date.parse(ticket.createdAt as string);
  return fc.integer({ min: 0, max: (SPAN_MINUTES + 24 * 60) * 60 }).map((seconds) => new Date(created + seconds * 1000));
}

export const eventTime = (event: TicketEventInput): number => Date.parse(event.at as string);
