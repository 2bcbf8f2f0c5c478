import { describe, expect } from "vitest";
import { fc, test } from "../support/property.js";
import { evaluateSla } from "../../src/sla/evaluate-sla.js";
import type { MetricCycle } from "../../src/sla/sla-report.js";
import { AROUND_THE_CLOCK } from "../../src/sla/sla-vocabulary.js";
import { nowArb, ticketArb } from "./sla-arbitraries.js";
import type { TicketInput } from "../../src/sla/ticket.js";
import { referenceCycles, referencePriorityAt } from "./reference-clock.js";

const STATUSES = ["new", "open", "pending", "on_hold", "solved", "closed"];
const CATEGORIES = ["new", "open", "pending", "hold", "solved", "closed"];

/** A random metric defined as data over these status names: any hits, guards, deferrals, pauses and cycle rule. */
function metricOver(statuses: readonly string[]) {
  const statusState = fc.oneof(
    fc.subarray([...statuses], { minLength: 1 }).map((status) => ({ status })),
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
      .tuple(fc.constantFrom("status_entered", "status_left"), fc.option(fc.subarray([...statuses], { minLength: 1 }), { nil: undefined }), fc.option(fc.subarray(CATEGORIES, { minLength: 1 }), { nil: undefined }), options)
      .map(([on, status, category, extra]) => ({ on, ...(status === undefined ? {} : { status }), ...(category === undefined ? {} : { category }), ...extra })),
    fc
      .record({ from: fc.constantFrom("low", "normal", "high", "urgent", null), to: fc.constantFrom("low", "normal", "high", "urgent", null) }, { requiredKeys: [] })
      .chain((change) => options.map((extra) => ({ on: "field_changed", field: "priority", ...change, ...extra }))),
  );
  const startArb = fc.tuple(hitArb, fc.option(fc.array(statusState, { minLength: 1, maxLength: 2 }), { nil: undefined })).map(([hit, deferWhile]) => (deferWhile === undefined ? hit : { ...hit, deferWhile }));

  // Often one whose stop hits are its start hits, so one event both ends a cycle and may begin the next.
  return fc
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
}
const metricArb = metricOver(STATUSES);

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

  // Goals on the same random metrics, with random custom priorities: the ticket's Zendesk
  // priorities renamed onto a declared list (lowest first), goals "priority at least p" with a
  // target or none, and a catch-all. The reference picks the first goal on the priority at each
  // cycle's fulfilment (or now) by the declared order, and measures from the cycle's start.
  const goalCaseArb = fc.tuple(
    caseArb,
    fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9_]{0,6}$/), { minLength: 4, maxLength: 6 }),
    fc.array(fc.tuple(fc.nat(5), fc.option(fc.integer({ min: 1, max: 12 * 60 }), { nil: null })), { maxLength: 3 }),
    fc.option(fc.integer({ min: 1, max: 12 * 60 }), { nil: null }),
  );
  test.prop([goalCaseArb], { numRuns: 300 })("with goals and custom priorities, the same goals, cycles, times and due instants", ([[metric, ticket, , now], ids, goalSpecs, catchAll]) => {
    const rename: Record<string, string> = { low: ids[0] as string, normal: ids[1] as string, high: ids[2] as string, urgent: ids[3] as string };
    const renamed = (value: unknown): unknown => (typeof value === "string" ? rename[value] : value);
    const t = ticket as unknown as { priority?: unknown; events?: { type: string; priority?: unknown }[] };
    const customTicket = { ...t, priority: renamed(t.priority ?? null), events: (t.events ?? []).map((event) => (event.type === "priority_change" ? { ...event, priority: renamed(event.priority) } : event)) };
    const goals = [
      ...goalSpecs.map(([rank, minutes]) => ({ when: { field: "priority", operator: "greater_than_equal", value: ids[rank % ids.length] }, target: minutes === null ? null : minutes * 60_000, calendar: AROUND_THE_CLOCK })),
      { target: catchAll === null ? null : catchAll * 60_000, calendar: AROUND_THE_CLOCK },
    ];
    const report = evaluateSla(customTicket as never, { priorities: ids, metrics: [{ ...metric, goals }] as never, policies: [] }, now);
    const found = report.metrics.find((entry) => entry.metric === "own");
    const cycles: MetricCycle[] = found === undefined ? [] : [...found.completed, ...(found.current === null ? [] : [found.current])];
    const goalAt = (at: number): number => {
      const priority = referencePriorityAt(customTicket, at);
      const rank = priority === null ? -1 : ids.indexOf(priority);
      const index = goalSpecs.findIndex(([goalRank]) => rank >= 0 && rank >= goalRank % ids.length);
      return index < 0 ? goalSpecs.length : index;
    };
    const expected = referenceCycles(metric as never, customTicket as never, now.getTime(), (at) => (goals[goalAt(at)] as { target: number | null }).target).map((cycle) => ({
      startedAt: iso(cycle.startedAt),
      fulfilledAt: iso(cycle.fulfilledAt),
      elapsedBusinessMs: cycle.elapsedMs,
      carriedBusinessMs: cycle.carriedMs,
      dueAt: iso(cycle.dueAt),
      paused: cycle.paused,
      goal: goalAt(cycle.fulfilledAt ?? now.getTime()),
    }));
    expect(cycles.map(({ startedAt, fulfilledAt, elapsedBusinessMs, carriedBusinessMs, dueAt, paused, goal }) => ({ startedAt, fulfilledAt, elapsedBusinessMs, carriedBusinessMs, dueAt, paused, goal: goal?.index }))).toEqual(expected);
  });
  // Custom statuses (docs/rules.md §2.3): a random set declares up to two statuses per category;
  // the ticket's creation and each status change take one of its status's category, or none; the
  // metric's hits and states name Zendesk's statuses and the custom ones alike.
  const customStatusesArb = fc.uniqueArray(fc.tuple(fc.stringMatching(/^x[a-z]{1,5}$/), fc.constantFrom(...CATEGORIES)), { maxLength: 8, selector: ([id]) => id });
  const customCaseArb = customStatusesArb.chain((declared) =>
    fc.tuple(fc.constant(declared), metricOver([...STATUSES, ...declared.map(([id]) => id)]), ticketArb, fc.array(fc.nat(), { minLength: 21, maxLength: 21 }), fc.integer({ min: 1, max: 12 * 60 })).chain(([, metric, ticket, picks, minutes]) => {
      const ofCategory = (status: string, pick: number): string | null => {
        const options = [null, ...declared.filter(([, category]) => category === CATEGORIES[STATUSES.indexOf(status)]).map(([id]) => id)];
        return options[pick % options.length] ?? null;
      };
      const t = ticket as unknown as { events?: { type: string; status?: string }[] };
      const customTicket = {
        ...ticket,
        customStatus: ofCategory("new", picks[20] as number),
        events: (t.events ?? []).map((event, index) => (event.type === "status_change" ? { ...event, customStatus: ofCategory(event.status as string, picks[index] as number) } : event)),
      } as unknown as TicketInput;
      return fc.tuple(fc.constant(declared), fc.constant(metric), fc.constant(customTicket), fc.constant(minutes), nowArb(customTicket));
    }),
  );
  test.prop([customCaseArb], { numRuns: 300 })("with custom statuses, the same cycles, times and due instants", ([declared, metric, ticket, targetMinutes, now]) => {
    const targetMs = targetMinutes * 60_000;
    const statuses = declared.map(([id, category]) => ({ id, name: id, category }));
    const report = evaluateSla(ticket, { statuses, metrics: [metric] as never, policies: [{ id: "p", name: "P", targets: [{ metric: "own", duration: targetMs, calendar: AROUND_THE_CLOCK }] }] } as never, now);
    const found = report.metrics.find((entry) => entry.metric === "own");
    const cycles: MetricCycle[] = found === undefined ? [] : [...found.completed, ...(found.current === null ? [] : [found.current])];
    const expected = referenceCycles(metric as never, ticket as never, now.getTime(), targetMs, Object.fromEntries(declared)).map((cycle) => ({
      startedAt: iso(cycle.startedAt),
      fulfilledAt: iso(cycle.fulfilledAt),
      fulfilledBy: cycle.fulfilledBy,
      elapsedBusinessMs: cycle.elapsedMs,
      carriedBusinessMs: cycle.carriedMs,
      dueAt: iso(cycle.dueAt),
      paused: cycle.paused,
    }));
    expect(cycles.map(({ startedAt, fulfilledAt, fulfilledBy, elapsedBusinessMs, carriedBusinessMs, dueAt, paused }) => ({ startedAt, fulfilledAt, fulfilledBy, elapsedBusinessMs, carriedBusinessMs, dueAt, paused }))).toEqual(expected);
  });
});
