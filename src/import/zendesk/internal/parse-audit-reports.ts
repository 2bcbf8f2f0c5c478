import * as z from "zod";
import { fail, parseInput } from "../../../shared/errors.js";
import { instantSchema } from "../../../shared/instant-schema.js";
import { METRIC_IDS, type MetricId } from "../../../sla/sla-vocabulary.js";

/** One cycle of a report's metric, as far as the audit reads it. */
export interface AuditedCycle {
  readonly index: number;
  readonly breached: boolean;
  /** Epoch milliseconds, or null. */
  readonly dueAt: number | null;
  /** Epoch milliseconds, or null while the cycle runs. */
  readonly fulfilledAt: number | null;
  readonly targetMs: number;
  readonly calendar: string;
  readonly policyId: string;
}

/** One report, as far as the audit reads it. */
export interface AuditedReport {
  readonly ticketId: string;
  /** Epoch milliseconds. */
  readonly evaluatedAt: number;
  readonly metrics: readonly { readonly metric: MetricId; readonly cycles: readonly AuditedCycle[] }[];
}

const cycleSchema = z.object({
  index: z.number().int().nonnegative(),
  breached: z.boolean(),
  dueAt: instantSchema.nullable(),
  fulfilledAt: instantSchema.nullable(),
  targetMs: z.number().nonnegative(),
  calendar: z.string(),
  policyId: z.string(),
});

const reportSchema = z.object({
  ticketId: z.string(),
  evaluatedAt: instantSchema,
  metrics: z.array(z.object({ metric: z.enum(METRIC_IDS), current: cycleSchema.nullable(), completed: z.array(cycleSchema) })),
});

/**
 * Reads the fields of `evaluateSla`'s reports the audit compares: each metric's cycles, oldest
 * first. A ticket reported twice is an error, since the audit could not tell which to trust.
 */
export function parseAuditReports(input: unknown, root: readonly PropertyKey[]): AuditedReport[] {
  const reports = parseInput(z.array(reportSchema), input, root);
  const seen = new Set<string>();
  return reports.map((report, index) => {
    if (seen.has(report.ticketId)) fail("duplicate_id", [...root, index, "ticketId"], `Ticket ${report.ticketId} has more than one report`);
    seen.add(report.ticketId);
    return {
      ticketId: report.ticketId,
      evaluatedAt: report.evaluatedAt,
      metrics: report.metrics.map(({ metric, current, completed }) => ({
        metric,
        cycles: [...completed, ...(current === null ? [] : [current])].sort((a, b) => a.index - b.index),
      })),
    };
  });
}
