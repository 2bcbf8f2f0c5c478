// One Zendesk ticket replayed by the library, and the ticket_metric_events Zendesk records for it,
// written from Zendesk's "Ticket metric event types reference" (activate, pause, fulfill,
// apply_sla with sla.target / business_hours / policy, breach with deleted, update_status).
//
// Ticket 42, created Monday 2026-03-16 10:00 UTC, priority normal, policy "Gold" (Zendesk id 25),
// every target around the clock:
//   10:00 created by the customer      first reply due 10:00 + 60 min = 11:00
//   10:40 public agent reply           first reply fulfilled, met (40 min < 60)
//   11:00 customer writes again        next reply (instance 2) due 11:00 + 120 min = 13:00
//   13:20 public agent reply           next reply fulfilled 20 min late: breached at 13:00
//   15:00 solved                       requester wait fulfilled: 5 h < 8 h, met
// The report is taken at 16:00.
import { prepareSlaPolicies } from "../../../src/sla/prepare-sla-policies.js";
import { evaluateSla } from "../../../src/sla/evaluate-sla.js";
import type { SlaReport } from "../../../src/sla/sla-report.js";
import { AROUND_THE_CLOCK } from "../../../src/sla/sla-vocabulary.js";

export const NOW = new Date("2026-03-16T16:00:00Z");

export const gold = prepareSlaPolicies({
  policies: [
    {
      id: "25",
      name: "Gold",
      targets: [
        { metric: "first_reply", duration: { minutes: 60 }, calendar: AROUND_THE_CLOCK },
        { metric: "next_reply", duration: { minutes: 120 }, calendar: AROUND_THE_CLOCK },
        { metric: "requester_wait", duration: { hours: 8 }, calendar: AROUND_THE_CLOCK },
      ],
    },
  ],
});

export function report42(): SlaReport {
  return evaluateSla(
    {
      id: "42",
      createdAt: "2026-03-16T10:00:00Z",
      channel: "ticket",
      priority: "normal",
      events: [
        { type: "comment", at: "2026-03-16T10:40:00Z", author: "agent", public: true },
        { type: "comment", at: "2026-03-16T11:00:00Z", author: "customer", public: true },
        { type: "comment", at: "2026-03-16T13:20:00Z", author: "agent", public: true },
        { type: "status_change", at: "2026-03-16T15:00:00Z", status: "solved" },
      ],
    },
    gold,
    NOW,
  );
}

export interface ZendeskEvent {
  id: number;
  ticket_id: number;
  metric: string;
  instance_id: number;
  type: string;
  time: string;
  deleted?: boolean;
  sla?: { target: number; target_in_seconds?: number; business_hours: boolean; policy: { id: number; title: string; description: string | null } };
  status?: { calendar: number; business: number };
  group_sla?: unknown;
}

const policy = { id: 25, title: "Gold", description: null };
let nextId = 1000;
const event = (metric: string, instance: number, type: string, time: string, extra: Partial<ZendeskEvent> = {}): ZendeskEvent => ({
  id: nextId++,
  ticket_id: 42,
  metric,
  instance_id: instance,
  type,
  time,
  ...extra,
});
export const applySla = (metric: string, instance: number, time: string, target: number, businessHours = false): ZendeskEvent =>
  event(metric, instance, "apply_sla", time, { sla: { target, target_in_seconds: target * 60, business_hours: businessHours, policy } });

/** What Zendesk records for ticket 42: agrees with the library at every point. */
export function events42(): ZendeskEvent[] {
  return [
    event("reply_time", 1, "activate", "2026-03-16T10:00:00Z"),
    applySla("reply_time", 1, "2026-03-16T10:00:00Z", 60),
    // Zendesk writes the breach it expects when it applies the target, and deletes it once fulfilled in time.
    event("reply_time", 1, "breach", "2026-03-16T11:00:00Z", { deleted: true }),
    event("reply_time", 1, "fulfill", "2026-03-16T10:40:00Z"),
    event("reply_time", 1, "update_status", "2026-03-16T10:40:00Z", { status: { calendar: 40, business: 40 } }),
    event("reply_time", 2, "activate", "2026-03-16T11:00:00Z"),
    applySla("reply_time", 2, "2026-03-16T11:00:00Z", 120),
    event("reply_time", 2, "breach", "2026-03-16T13:00:00Z", { deleted: false }),
    event("reply_time", 2, "fulfill", "2026-03-16T13:20:00Z"),
    event("reply_time", 2, "update_status", "2026-03-16T13:20:00Z", { status: { calendar: 140, business: 140 } }),
    event("requester_wait_time", 1, "activate", "2026-03-16T10:00:00Z"),
    applySla("requester_wait_time", 1, "2026-03-16T10:00:00Z", 480),
    event("requester_wait_time", 1, "fulfill", "2026-03-16T15:00:00Z"),
    // Measured without a target: Zendesk records the clock for every metric, SLA or not.
    event("agent_work_time", 1, "activate", "2026-03-16T10:00:00Z"),
    event("agent_work_time", 1, "fulfill", "2026-03-16T15:00:00Z"),
    // Group SLAs are not compared.
    event("group_ownership_time", 1, "apply_group_sla", "2026-03-16T10:00:00Z", { group_sla: { target: 1440, business_hours: false, policy } }),
  ];
}
