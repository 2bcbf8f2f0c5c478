import { fc } from "../support/property.js";
import type { QueueSlaReport } from "../../src/routing/order-queue-options.js";
import type { QueueTicket } from "../../src/routing/queue-ticket.js";
import { CHANNELS } from "../../src/shared/channel.js";

export const NOW = new Date("2026-11-18T18:00:00.000Z");
const HOUR = 3_600_000;
const T = NOW.getTime();

const instant = (fromHours: number, toHours: number): fc.Arbitrary<string> =>
  fc.integer({ min: T + fromHours * HOUR, max: T + toHours * HOUR }).map((ms) => new Date(ms).toISOString());

/** A queue ticket without its id; ids are given by position so they are unique. */
const ticketBody = fc.record(
  {
    channel: fc.constantFrom(...CHANNELS),
    createdAt: instant(-96, 0),
    status: fc.constantFrom("new", "open", "pending", "on_hold", "solved"),
    assignee: fc.constantFrom("me", "bob", null),
    organization: fc.record({ id: fc.constantFrom("org-1", "org-2", "org-3"), dedicatedEngineer: fc.constantFrom("me", "bob", null) }, { requiredKeys: ["id"] }),
    emergency: fc.boolean(),
    incident: fc.boolean(),
    accountEscalation: fc.boolean(),
    starred: fc.boolean(),
    preferredRegion: fc.constantFrom("amer", "apac", "emea", null),
    waitingSince: instant(-96, 0),
  },
  { requiredKeys: ["channel", "createdAt"] },
);

const metric = (name: "first_reply" | "next_reply"): fc.Arbitrary<QueueSlaReport["metrics"][number]> =>
  fc.record({
    metric: fc.constant(name),
    state: fc.constantFrom("active", "active", "paused", "closed", "not_started"),
    dueAt: fc.option(instant(-10, 30), { nil: null }),
    breached: fc.boolean(),
  });

const report: fc.Arbitrary<QueueSlaReport | undefined> = fc.option(
  fc.tuple(metric("first_reply"), metric("next_reply")).map(([first, next]) => ({ metrics: [first, next] })),
  { nil: undefined },
);

export interface QueueCase {
  readonly tickets: QueueTicket[];
  readonly reports: Record<string, QueueSlaReport>;
}

/** A queue of tickets with unique ids and, for most, an SLA report. */
export const queueCase = (maxLength = 30): fc.Arbitrary<QueueCase> =>
  fc.array(fc.tuple(ticketBody, report), { maxLength }).map((items) => {
    const tickets: QueueTicket[] = [];
    const reports: Record<string, QueueSlaReport> = {};
    items.forEach(([body, r], index) => {
      const id = `t${index}`;
      tickets.push({ id, ...body });
      if (r !== undefined) reports[id] = r;
    });
    return { tickets, reports };
  });
