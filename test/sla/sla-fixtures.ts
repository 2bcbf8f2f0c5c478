import { globalSupportHours } from "../../src/sla/gitlab-calendars.js";
import { prepareSlaPolicies } from "../../src/sla/prepare-sla-policies.js";
import type { MetricReport, SlaReport } from "../../src/sla/sla-report.js";
import { AROUND_THE_CLOCK, METRIC_IDS, type MetricId, type Priority, type TicketStatus } from "../../src/sla/sla-vocabulary.js";
import type { TicketEventInput, TicketInput } from "../../src/sla/ticket.js";

/** Monday 2026-03-16 10:00 UTC (03:00 in Los Angeles, daylight time; no DST change that week). */
export const T0 = Date.parse("2026-03-16T10:00:00Z");
export const MINUTE = 60_000;
export const HOUR = 3_600_000;

export const at = (minutes: number): string => new Date(T0 + minutes * MINUTE).toISOString();
export const nowAt = (minutes: number): Date => new Date(T0 + minutes * MINUTE);

export const customer = (minutes: number): TicketEventInput => ({ type: "comment", at: at(minutes), author: "customer", public: true });
export const agent = (minutes: number): TicketEventInput => ({ type: "comment", at: at(minutes), author: "agent", public: true });
export const note = (minutes: number): TicketEventInput => ({ type: "comment", at: at(minutes), author: "agent", public: false });
export const autoReply = (minutes: number): TicketEventInput => ({ type: "comment", at: at(minutes), author: "agent", public: true, automated: true });
export const status = (minutes: number, value: TicketStatus): TicketEventInput => ({ type: "status_change", at: at(minutes), status: value });
export const priority = (minutes: number, value: Priority | null): TicketEventInput => ({ type: "priority_change", at: at(minutes), priority: value });

export function ticket(events: TicketEventInput[], extra: Partial<TicketInput> = {}): TicketInput {
  return { id: "T-1", createdAt: at(0), channel: "ticket", priority: "normal", events, ...extra };
}

/** Every metric one hour around the clock; an Urgent first reply 30 minutes. */
export const hourly = prepareSlaPolicies({
  policies: [
    {
      id: "hourly",
      name: "One hour for everything",
      targets: [
        ...METRIC_IDS.map((metric) => ({ metric, duration: { hours: 1 }, calendar: AROUND_THE_CLOCK })),
        { metric: "first_reply", priority: "urgent", duration: { minutes: 30 }, calendar: AROUND_THE_CLOCK },
      ],
    },
  ],
});

/** Every metric four business hours on Global Support Hours (24x5). */
export const fourBusinessHours = prepareSlaPolicies({
  policies: [{ id: "global", name: "Four business hours", targets: METRIC_IDS.map((metric) => ({ metric, duration: { hours: 4 }, calendar: "global" })) }],
  calendars: { global: globalSupportHours },
});

export function metricOf(report: SlaReport, metric: MetricId): MetricReport {
  const found = report.metrics.find((entry) => entry.metric === metric);
  if (found === undefined) throw new Error(`no ${metric} in the report`);
  return found;
}

import { thrown as caught } from "../support/thrown.js";

export { caught };

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
