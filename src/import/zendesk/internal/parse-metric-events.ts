import * as z from "zod";
import { parseInput } from "../../../shared/errors.js";
import { instantSchema } from "../../../shared/instant-schema.js";
import type { ZendeskMetricName } from "../metric-event-audit.js";

/** The event types the audit reads; Zendesk's others (`apply_group_sla`, `measure`) are skipped. */
const EVENT_TYPES = ["activate", "pause", "fulfill", "apply_sla", "breach", "update_status"] as const;
const METRIC_NAMES: readonly ZendeskMetricName[] = [
  "reply_time",
  "agent_work_time",
  "requester_wait_time",
  "pausable_update_time",
  "periodic_update_time",
  "resolution_time",
];

/** The target an `apply_sla` event applied. */
export interface AppliedTarget {
  readonly targetMs: number;
  readonly businessHours: boolean;
  readonly policyId: string | null;
  readonly policyTitle: string | null;
}

/** One of Zendesk's metric events, as the audit reads it. */
export interface MetricEvent {
  readonly ticketId: string;
  readonly metric: ZendeskMetricName;
  readonly instanceId: number;
  readonly type: (typeof EVENT_TYPES)[number];
  /** Epoch milliseconds. */
  readonly at: number;
  /** The event's position in the input, which orders events recorded in the same second. */
  readonly order: number;
  /** The applied target, on `apply_sla` events. */
  readonly sla: AppliedTarget | null;
}

const idSchema = z.union([z.number().int().nonnegative(), z.string().min(1)]);

const slaSchema = z.object({
  // Minutes; newer accounts also give the exact target in seconds.
  target: z.number().nonnegative().nullable().optional(),
  target_in_seconds: z.number().nonnegative().nullable().optional(),
  business_hours: z.boolean(),
  policy: z.object({ id: idSchema, title: z.string().nullable().optional() }).nullable().optional(),
});

const eventSchema = z
  .object({
    ticket_id: idSchema,
    metric: z.string(),
    instance_id: z.number().int().min(1),
    type: z.string(),
    time: instantSchema,
    deleted: z.boolean().optional(),
    sla: slaSchema.optional(),
  })
  .superRefine((event, ctx) => {
    if (event.type !== "apply_sla") return;
    if (event.sla === undefined) {
      ctx.addIssue({ code: "custom", path: ["sla"], message: 'Missing required field "sla" on an apply_sla event', params: { code: "missing_field" } });
    } else if (event.sla.target_in_seconds == null && event.sla.target == null) {
      ctx.addIssue({ code: "custom", path: ["sla", "target"], message: "An apply_sla event needs sla.target (minutes) or sla.target_in_seconds", params: { code: "missing_field" } });
    }
  });

const pageSchema = z.object({ ticket_metric_events: z.array(eventSchema) });

function isKnown<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/**
 * Reads `{ ticket_metric_events: [...] }` (the list endpoint's response, or one page of the
 * incremental export), or an array of such pages, into the events the audit compares. Deleted
 * events, and metrics or types the audit does not compare, are left out.
 */
export function parseMetricEvents(input: unknown, root: readonly PropertyKey[]): MetricEvent[] {
  const pages = Array.isArray(input)
    ? input.map((page: unknown, index) => parseInput(pageSchema, page, [...root, index]))
    : [parseInput(pageSchema, input, root)];
  const events: MetricEvent[] = [];
  for (const page of pages) {
    for (const event of page.ticket_metric_events) {
      if (event.deleted === true || !isKnown(METRIC_NAMES, event.metric) || !isKnown(EVENT_TYPES, event.type)) continue;
      const sla = event.type === "apply_sla" && event.sla !== undefined ? event.sla : undefined;
      events.push({
        ticketId: String(event.ticket_id),
        metric: event.metric,
        instanceId: event.instance_id,
        type: event.type,
        at: event.time,
        order: events.length,
        sla:
          sla === undefined
            ? null
            : {
                targetMs: sla.target_in_seconds != null ? sla.target_in_seconds * 1000 : (sla.target ?? 0) * 60_000,
                businessHours: sla.business_hours,
                policyId: sla.policy == null ? null : String(sla.policy.id),
                policyTitle: sla.policy?.title ?? null,
              },
      });
    }
  }
  return events;
}
