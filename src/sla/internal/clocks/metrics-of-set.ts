import { DEFAULT_STATUS_CATEGORIES } from "../../metric-definition.js";
import type { SlaPolicySet } from "../../sla-policy-set.js";
import { ZENDESK_METRICS } from "../../zendesk-metrics.js";
import { type CompiledMetrics, compileMetrics } from "./compile-metrics.js";

let zendeskOnly: CompiledMetrics | undefined;
const compiledSets = new WeakMap<SlaPolicySet, CompiledMetrics>();

/**
 * The metrics a policy set's targets may name, compiled: Zendesk's seven, then the set's own.
 * Compiled once per set (and once for every set that defines none), because a set is evaluated
 * against many tickets.
 */
export function metricsOfSet(set: SlaPolicySet): CompiledMetrics {
  if (set.metrics.length === 0) {
    zendeskOnly ??= compileMetrics(ZENDESK_METRICS, new Map(Object.entries(DEFAULT_STATUS_CATEGORIES)));
    return zendeskOnly;
  }
  let compiled = compiledSets.get(set);
  if (compiled === undefined) {
    compiled = compileMetrics([...ZENDESK_METRICS, ...set.metrics], new Map(Object.entries(DEFAULT_STATUS_CATEGORIES)));
    compiledSets.set(set, compiled);
  }
  return compiled;
}
