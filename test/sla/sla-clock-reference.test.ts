import { describe, expect } from "vitest";
import { fc, test } from "../support/property.js";
import { evaluateSla } from "../../src/sla/evaluate-sla.js";
import type { MetricCycle } from "../../src/sla/sla-report.js";
import { AROUND_THE_CLOCK } from "../../src/sla/sla-vocabulary.js";
import { nowArb, ticketArb } from "./sla-arbitraries.js";
import { referenceCycles } from "./reference-clock.js";

const STATUSES = ["new", "open", "pending", "on_hold", "solved", "closed"];
const CATEGORIES = ["new", "open", "pending", "hold", "solved", "closed"];

const statusState = fc.oneof(
  fc.subarray(STATUSES, { minLength: 1 }).map((status) => ({ status })),
  fc.subarray(CATEGORIES, { minLength: 1 }).map((category) => ({ category })),
);
const pauseState = fc.oneof(statusState, statusState.map((state) => ({ not: state })));
const guardState = fc.oneof(pauseState, fc.constant({ completed: "own" }), fc.constant({ not: { completed: "own" } }));
const options = fc.record({ if: fc.array(guardState, { maxLength: 2 }) }, { requiredKeys: [] });

const hitArb = fc.oneof(
  options.map((extra) => ({ on: "created", ...extra })),
  fc
    .record({ author: fc.constantFrom("customer", "agent"), public: fc.boolean(), automated: fc.boolean() }, { requiredKeys: [] })
    .chain((comment) => options.map((extra) => ({ on: "comment", ...comment, ...extra }))),
  fc
    .tuple(fc.constantFrom("status_entered", "status_left"), fc.option(fc.subarray(STATUSES, { minLength: 1 }), { nil: undefined }), fc.option(fc.subarray(CATEGORIES, { minLength: 1 }), { nil: undefined }), options)
    .map(([on, status, category, extra]) => ({ on, ...(status === undefined ? {} : { status }), ...(category === undefined ? {} : { category }), ...extra })),
  fc
    .record({ from: fc.constantFrom("low", "normal", "high", "urgent", null), to: fc.constantFrom("low", "normal", "high", "urgent", null) }, { requiredKeys: [] })
    .chain((change) => options.map((extra) => ({ on: "field_changed", field: "priority", ...change, ...extra }))),
);
const startArb = fc.tuple(hitArb, fc.option(fc.array(statusState, { minLength: 1, maxLength: 2 }), { nil: undefined })).map(([hit, deferWhile]) => (deferWhile === undefined ? hit : { ...hit, deferWhile }));

/**
 * A random metric defined as data: any hits, guards, deferrals, pauses and cycle rule; often one
 * whose stop hits are its start hits, so one event both ends a cycle and may begin the next.
 */
const metricArb = fc
  .record({
    id: fc.constant("own"),
    name: fc.constant("Own metric"),
    start: fc.array(startArb, { minLength: 1, maxLength: 3 }),
    pause: fc.array(pauseState, { maxLength: 2 }),
    stop: fc.array(hitArb, { minLength: 1, maxLength: 3 }),
    cycles: fc.constantFrom("once", "repeat", "accumulate"),
    stopOnStart: fc.boolean(),
  })
  .map(({ stopOnStart, ...metric }) => (stopOnStart ? { ...metric, stop: metric.start.map((hit) => Object.fromEntries(Object.entries(hit).filter(([key]) => key !== "deferWhile"))) } : metric));

const caseArb = fc.tuple(metricArb, ticketArb, fc.integer({ min: 1, max: 12 * 60 })).chain(([metric, ticket, targetMinutes]) => fc.tuple(fc.constant(metric), fc.constant(ticket), fc.constant(targetMinutes), nowArb(ticket)));

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

describe("the clock engine against a slow reference that walks the events one by one", () => {
  test.prop([caseArb], { numRuns: 400 })("for random tickets and random defined metrics, the same cycles, times and due instants", ([metric, ticket, targetMinutes, now]) => {
    const targetMs = targetMinutes * 60_000;
    const report = evaluateSla(ticket, { metrics: [metric] as never, policies: [{ id: "p", name: "P", targets: [{ metric: "own", duration: targetMs, calendar: AROUND_THE_CLOCK }] }] }, now);
    const found = report.metrics.find((entry) => entry.metric === "own");
    const cycles: MetricCycle[] = found === undefined ? [] : [...found.completed, ...(found.current === null ? [] : [found.current])];
    const expected = referenceCycles(metric as never, ticket as never, now.getTime(), targetMs).map((cycle) => ({
      startedAt: iso(cycle.startedAt),
      fulfilledAt: iso(cycle.fulfilledAt),
      fulfilledBy: cycle.fulfilledBy,
      elapsedBusinessMs: cycle.elapsedMs,
      elapsedCalendarMs: cycle.elapsedMs,
      carriedBusinessMs: cycle.carriedMs,
      dueAt: iso(cycle.dueAt),
      paused: cycle.paused,
    }));
    expect(cycles.map(({ startedAt, fulfilledAt, fulfilledBy, elapsedBusinessMs, elapsedCalendarMs, carriedBusinessMs, dueAt, paused }) => ({ startedAt, fulfilledAt, fulfilledBy, elapsedBusinessMs, elapsedCalendarMs, carriedBusinessMs, dueAt, paused }))).toEqual(expected);
  });
});
