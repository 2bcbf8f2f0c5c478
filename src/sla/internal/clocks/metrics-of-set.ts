import type { SlaPolicySet } from "../../sla-policy-set.js";
import { ZENDESK_METRICS } from "../../zendesk-metrics.js";
import { type CompiledMetrics, compileMetrics } from "./compile-metrics.js";
import { statusCategories } from "./status-categories.js";

let zendeskOnly: CompiledMetrics | undefined;
const compiledSets = new WeakMap<SlaPolicySet, CompiledMetrics>();

/**
 * The metrics a policy set's targets may name, compiled: Zendesk's seven, then the set's own, against Zendesk's statuses and the set's own.
 * Compiled once per set (and once for every set that defines none), because a set is evaluated
 * against many tickets.
 */
export function metricsOfSet(set: SlaPolicySet): CompiledMetrics {
  if (set.metrics.length === 0 && set.statuses.length === 0) {
    zendeskOnly ??= compileMetrics(ZENDESK_METRICS, statusCategories([]));
    return zendeskOnly;
  }
  let compiled = compiledSets.get(set);
  if (compiled === undefined) {
    compiled = compileMetrics([...ZENDESK_METRICS, ...set.metrics], statusCategories(set.statuses));
    compiledSets.set(set, compiled);
  }
  return compiled;
}
