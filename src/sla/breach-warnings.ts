import type { InstantInput } from "../shared/instant-input.js";
import * as z from "zod";
import { parseInput } from "../shared/errors.js";
import type { BreachWarning } from "./breach-warning.js";
import { type Duration, toMilliseconds } from "./duration.js";
import { instantOf } from "./internal/instant.js";
import type { SlaReport } from "./sla-report.js";
import { METRIC_IDS } from "./sla-vocabulary.js";
import { priorityIdSchema } from "./internal/priorities.js";

const cycleSchema = z.object({
  dueAt: z.iso.datetime().nullable(),
  paused: z.boolean(),
  breached: z.boolean(),
  // Null for a goal without a target, which is never due.
  remainingBusinessMs: z.number().nullable(),
});

const reportsSchema = z.array(
  z.object({
    ticketId: z.string(),
    policyId: z.string().nullable(),
    priority: priorityIdSchema.nullable(),
    // Zendesk's metrics and the policy set's own.
    metrics: z.array(z.object({ metric: z.string().min(1), current: cycleSchema.nullable() })),
  }),
);

/** Zendesk's metrics in their order, then the set's own (by id). */
function rank(metric: string): number {
  const index = (METRIC_IDS as readonly string[]).indexOf(metric);
  return index < 0 ? METRIC_IDS.length : index;
}

/**
 * Lists the metrics that will breach within `within` of `now`, soonest first (ties by ticket id,
 * then metric order): the handbook's "an email is sent to everyone in the support team when an
 * SLA breach is imminent" (docs/rules.md §2, 2016 edition). Only running, unpaused, not yet breached
 * cycles whose due instant lies in [now, now + within] are listed; one already past due has
 * breached, which its report says.
 *
 * @param reports - reports from {@link evaluateSla}, ideally evaluated at `now`
 * @param now - the instant the warning is computed for
 * @param within - the warning window: milliseconds or `{ hours, minutes, ... }`, real time
 * @returns the warnings, soonest first
 * @throws {@link SupportPolicyError} for malformed reports, an invalid `now` or `within`
 *
 * @example
 * ```ts
 * const now = new Date("2026-03-02T12:30:00Z");
 * breachWarnings([evaluateSla(ticket, gitlab2026, now)], now, { hours: 1 });
 * // => [{ ticketId: "42", metric: "first_reply", dueAt: "2026-03-02T13:00:00.000Z", inMs: 1800000, ... }]
 * ```
 */
export function breachWarnings(reports: readonly SlaReport[], now: InstantInput, within: Duration): BreachWarning[] {
  const parsed = parseInput(reportsSchema, reports, ["reports"]);
  const at = instantOf(now, ["now"]);
  const windowMs = toMilliseconds(within, ["within"]);
  const warnings: BreachWarning[] = [];
  for (const report of parsed) {
    for (const { metric, current } of report.metrics) {
      if (current === null || current.paused || current.breached || current.dueAt === null || current.remainingBusinessMs === null) continue;
      const inMs = Date.parse(current.dueAt) - at;
      if (inMs < 0 || inMs > windowMs) continue;
      warnings.push({
        ticketId: report.ticketId,
        policyId: report.policyId,
        priority: report.priority,
        metric,
        dueAt: current.dueAt,
        inMs,
        remainingBusinessMs: current.remainingBusinessMs,
      });
    }
  }
  return warnings.sort(
    (a, b) =>
      a.inMs - b.inMs ||
      (a.ticketId < b.ticketId ? -1 : a.ticketId > b.ticketId ? 1 : 0) ||
      rank(a.metric) - rank(b.metric) ||
      (a.metric < b.metric ? -1 : a.metric > b.metric ? 1 : 0),
  );
}
