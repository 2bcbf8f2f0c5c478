import { match } from "ts-pattern";
import type { MetricReport } from "../../sla/sla-report.js";

/**
 * A metric's state in the report's own words (docs/rules.md §2.3 "Metric states"), as the `sla`
 * command's table shows them: active, paused, closed (early), not started; with ", breached"
 * when the report says the metric is breached.
 */
export function metricStateLabel(metric: MetricReport): string {
  const state = match(metric.state)
    .with("active", () => "active")
    .with("paused", () => "paused")
    .with("closed", () => (metric.early ? "closed early" : "closed"))
    .with("not_started", () => "not started")
    .exhaustive();
  return metric.breached ? `${state}, breached` : state;
}
