// The clock engine, measured three ways in one run:
// 1. evaluateSla on the 2026 edition with the engine that runs metrics defined as data, against
//    the engine before it (kept in bench/legacy/ only for this), on the same prepared tickets;
// 2. a metric defined as data (JSM's "Time to first response") against Zendesk's preset first
//    reply, on the same tickets and calendar;
// 3. one ticket with 10k, 20k, 40k and 80k events, new engine against old: the new one grows
//    linearly, the old one rescanned the history for every cycle.
// The compared variants run interleaved, round after round in a rotating order (bench/lib/measure.ts
// interleave), so a busy moment on a shared machine slows all of them alike, and timed in process
// CPU time, which other processes' turns on the cores do not inflate (CLOCK_BENCH_CLOCK=wall for
// wall-clock time); each ratio is printed with its budget and a pass or FAIL word, from the best
// rounds, the median of the round-by-round ratios beside it.
import { addBusinessTime } from "../src/sla/add-business-time.js";
import { gitlab2026 } from "../src/sla/editions/gitlab2026.js";
import { evaluateSla } from "../src/sla/evaluate-sla.js";
import { globalSupportHours } from "../src/sla/gitlab-calendars.js";
import { parseTicket } from "../src/sla/parse-ticket.js";
import { prepareSlaPolicies } from "../src/sla/prepare-sla-policies.js";
import type { SlaPolicySet } from "../src/sla/sla-policy-set.js";
import type { SlaReport } from "../src/sla/sla-report.js";
import type { Ticket, TicketEventInput, TicketInput } from "../src/sla/ticket.js";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { metricsOfSet } from "../src/sla/internal/clocks/metrics-of-set.js";
import { runClocks } from "../src/sla/internal/clocks/run-clocks.js";
import { collectCycles } from "./legacy/collect-cycles.js";
import { computeReport as legacyReport } from "./legacy/compute-report.js";
import { best, consume, formatOps, interleave, median, printTable, ratioOf, verdict } from "./lib/measure.js";

// A full collection between long-history runs; node gives no gc() without a flag at startup.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

const TICKETS = Number(process.env["CLOCK_BENCH_TICKETS"] ?? 20_000);
const MINUTE = 60_000;

let seed = 0x5eed_c10c;
function random(): number {
  seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0;
  return seed / 2 ** 32;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const statuses = ["open", "pending", "on_hold", "open", "solved", "open"] as const;

/** A ticket with `count` events a few minutes to hours apart: comments, status and priority changes. */
function generate(index: number, count: number, spacingMinutes: number): TicketInput {
  const created = Date.parse("2026-01-05T00:00:00Z") + Math.floor(random() * 300 * 24 * 60) * MINUTE;
  let t = created;
  const events: TicketEventInput[] = [];
  for (let i = 0; i < count; i++) {
    t += Math.floor(1 + random() * spacingMinutes) * MINUTE;
    const roll = random();
    if (roll < 0.35) events.push({ type: "comment", at: t, author: "customer", public: true });
    else if (roll < 0.7) events.push({ type: "comment", at: t, author: "agent", public: random() < 0.85, automated: random() < 0.05 });
    else if (roll < 0.9) events.push({ type: "status_change", at: t, status: pick(statuses) });
    else events.push({ type: "priority_change", at: t, priority: pick(["low", "normal", "high", "urgent"] as const) });
  }
  return { id: index, createdAt: created, channel: "ticket", severity: pick([1, 2, 3, 4] as const), organization: { plan: pick(["premium", "ultimate", "starter", "free"]) }, events };
}

const lastEvent = (ticket: Ticket): number => ticket.events.at(-1)?.at ?? ticket.createdAt;
const tickets = Array.from({ length: TICKETS }, (_, index) => parseTicket(generate(index, 20, 8 * 60)));
const nows = tickets.map((ticket) => lastEvent(ticket) + 60 * MINUTE);

// The engine before reads a policy's conditions only as field lists. The 2026 edition's emergency
// policy has since become a condition tree (an emergency channel or the emergency form), which it
// would read as no condition at all; it runs the edition as it was before that change, with the
// emergency policy's field lists, which decide alike for these tickets (none has a form).
const legacyEdition: SlaPolicySet = {
  ...gitlab2026,
  policies: gitlab2026.policies.map((policy) => (policy.id === "emergency" ? { ...policy, conditions: { channel: ["emergency"], supportLevel: ["priority"], priority: ["urgent"] } } : policy)),
};

// The two engines must agree before their costs are compared.
const summary = (report: SlaReport): string => JSON.stringify(report.metrics.map((metric) => [metric.metric, metric.dueAt, metric.breached, metric.breachCount, metric.completed.length]));
for (let i = 0; i < 2_000; i++) {
  const ticket = tickets[i] as Ticket;
  const now = nows[i] as number;
  if (summary(evaluateSla(ticket, gitlab2026, now)) !== summary(legacyReport(ticket, legacyEdition, now))) throw new Error(`The engines disagree on ticket ${ticket.id}`);
}

const ROUNDS = Number(process.env["CLOCK_BENCH_ROUNDS"] ?? 7);
const CLOCK = process.env["CLOCK_BENCH_CLOCK"] === "wall" ? "wall" : "cpu";
let j = 0;
const next = (): number => (j = (j + 1) % TICKETS);
const starts = Array.from({ length: 4096 }, (_, i) => new Date((nows[i % TICKETS] as number) - 1000 * MINUTE));
let k = 0;

// The walk alone (events to cycles), old and new, on the same tickets: the part of an evaluation
// the change replaced. The evaluations also differ by what landed since (the policy re-chosen
// whenever a fact its conditions read changes, custom statuses checked).
const compiled = metricsOfSet(gitlab2026);
const wanted = Uint8Array.from(compiled.metrics, (metric) => (metric.id === "first_reply" || metric.id === "next_reply" ? 1 : 0));
const legacyWanted = new Set(["first_reply", "next_reply"] as const);
const NEW = 0;
const OLD = 1;
const ADD = 2;
const WALK_NEW = 3;
const WALK_OLD = 4;
const engines = interleave(
  [
    ["metrics as data (now)", () => evaluateSla(tickets[next()] as Ticket, gitlab2026, nows[j] as number)],
    ["hard-wired clocks (before)", () => legacyReport(tickets[next()] as Ticket, legacyEdition, nows[j] as number)],
    ["addBusinessTime(globalSupportHours, t, { hours: 4 })", () => addBusinessTime(globalSupportHours, starts[k++ & 4095] as Date, { hours: 4 })],
    ["the walk alone, metrics as data (runClocks)", () => runClocks(tickets[next()] as Ticket, nows[j] as number, compiled, wanted, (tickets[j] as Ticket).priority, gitlab2026.priorities)],
    ["the walk alone, hard-wired (collectCycles)", () => collectCycles(tickets[next()] as Ticket, nows[j] as number, legacyWanted, (tickets[j] as Ticket).priority)],
  ],
  ROUNDS,
  300,
  CLOCK,
);
const addBest = best(engines.samples[ADD] as number[]);
const engineRow = (index: number, against: number | null, budget: number | null): string[] => {
  const samples = engines.samples[index] as number[];
  const fastest = best(samples);
  const ratio = against === null ? null : ratioOf(engines, index, against);
  return [
    engines.names[index] as string,
    formatOps(1e9 / fastest),
    (fastest / 1000).toFixed(index === ADD ? 3 : 2),
    (median(samples) / 1000).toFixed(index === ADD ? 3 : 2),
    index === ADD ? "1" : (fastest / addBest).toFixed(1),
    ratio === null ? "" : budget === null ? `${ratio.best.toFixed(2)} (median ${ratio.median.toFixed(2)})` : verdict(ratio, budget),
  ];
};

console.log(`### evaluateSla on the 2026 edition, ${TICKETS.toLocaleString("en-US")} prepared tickets of 20 events, ${ROUNDS} interleaved rounds, ${CLOCK === "cpu" ? "CPU" : "wall-clock"} time\n`);
printTable(
  ["engine", "tickets/s (best)", "µs per ticket (best)", "µs (median)", "in addBusinessTime calls", "÷ before (budget: no slower)"],
  [engineRow(NEW, OLD, 1), engineRow(OLD, null, null), engineRow(WALK_NEW, WALK_OLD, null), engineRow(WALK_OLD, null, null), engineRow(ADD, null, null)],
);

// 2. A defined metric against the preset it mirrors, each the only target of its set.
const target = { duration: { hours: 8 }, calendar: "global" } as const;
const presetSet = prepareSlaPolicies({ calendars: { global: globalSupportHours }, policies: [{ id: "p", name: "Preset", targets: [{ metric: "first_reply", ...target }, { metric: "requester_wait", ...target }] }] });
const definedSet = prepareSlaPolicies({
  calendars: { global: globalSupportHours },
  metrics: [
    {
      id: "time_to_first_response",
      name: "Time to first response",
      start: [{ on: "created" }],
      stop: [{ on: "comment", author: "agent", public: true, automated: false }, { on: "status_entered", category: ["solved", "closed"] }],
      cycles: "once",
    },
    {
      id: "time_to_resolution",
      name: "Time to resolution",
      start: [{ on: "created" }, { on: "status_left", category: ["solved", "closed"] }],
      pause: [{ status: ["pending"] }],
      stop: [{ on: "status_entered", category: ["solved", "closed"] }],
      cycles: "repeat",
    },
  ],
  policies: [{ id: "p", name: "Defined", targets: [{ metric: "time_to_first_response", ...target }, { metric: "time_to_resolution", ...target }] }],
});
const evaluateOn = (set: SlaPolicySet) => () => evaluateSla(tickets[next()] as Ticket, set, nows[j] as number);
const kinds = interleave(
  [
    ["first_reply + requester_wait (presets)", evaluateOn(presetSet)],
    ["time_to_first_response + time_to_resolution (defined)", evaluateOn(definedSet)],
  ],
  ROUNDS,
  300,
  CLOCK,
);
console.log("\n### A metric defined as data against Zendesk's preset (first reply and resolution clocks, Global Support Hours)\n");
printTable(
  ["metrics", "tickets/s (best)", "µs per ticket (best)", "µs (median)", "÷ preset (budget 1.5)"],
  kinds.names.map((name, index) => {
    const samples = kinds.samples[index] as number[];
    return [name, formatOps(1e9 / best(samples)), (best(samples) / 1000).toFixed(2), (median(samples) / 1000).toFixed(2), index === 0 ? "1" : verdict(ratioOf(kinds, 1, 0), 1.5)];
  }),
);

// 3. Long histories: one ticket, many events, every metric of an hourly around-the-clock set.
const everyMetric = prepareSlaPolicies({
  policies: [
    {
      id: "all",
      name: "All",
      targets: ["first_reply", "next_reply", "periodic_update", "pausable_update", "requester_wait", "agent_work", "total_resolution"].map((metric) => ({ metric, duration: { hours: 1 }, calendar: "around_the_clock" })),
    },
  ],
});
// The four tickets are prefixes of one history, so the larger ones hold more of the same kind of
// events rather than different ones; sizes are measured in interleaved rounds, after warm-up runs.
const SIZES = [10_000, 20_000, 40_000, 80_000] as const;
const LINEAR_BUDGET = 1.5;
const LONGEST = 80_000;
const longest = generate(LONGEST, LONGEST, 30);
const longTickets = SIZES.map((count) => parseTicket({ ...longest, id: count, events: (longest.events ?? []).slice(0, count) }));
const longNows = longTickets.map((ticket) => lastEvent(ticket) + MINUTE);
function runOnce(fn: () => unknown): number {
  // Each run starts on a collected heap, so it pays only for its own garbage.
  collectGarbage();
  if (CLOCK === "wall") {
    const start = performance.now();
    consume(fn());
    return performance.now() - start;
  }
  const before = process.cpuUsage();
  consume(fn());
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}
for (let warm = 0; warm < 3; warm++) for (const [index, ticket] of longTickets.entries()) consume(evaluateSla(ticket, everyMetric, longNows[index] as number));
const longNew = SIZES.map((): number[] => []);
for (let round = 0; round < 5; round++) {
  for (let step = 0; step < SIZES.length; step++) {
    const index = (step + round) % SIZES.length;
    (longNew[index] as number[]).push(runOnce(() => evaluateSla(longTickets[index] as Ticket, everyMetric, longNows[index] as number)));
  }
}
const longOld = SIZES.map((count, index) => Math.min(...Array.from({ length: count > 40_000 ? 1 : 2 }, () => runOnce(() => legacyReport(longTickets[index] as Ticket, everyMetric, longNows[index] as number)))));
const perEvent = (index: number, pick: (values: readonly number[]) => number): number => (pick(longNew[index] as number[]) / (SIZES[index] as number)) * 10_000;
const rows = SIZES.map((count, index) => {
  const newMs = median(longNew[index] as number[]);
  const growth = { best: perEvent(index, best) / perEvent(0, best), median: perEvent(index, median) / perEvent(0, median) };
  // Linear: the cost per event stays put as the history grows eightfold (quadratic would make it
  // 8). Judged on the medians: a run's report is garbage-collected while it is built (young-space
  // collections copy what survives, and all of a report survives), and only the smallest report
  // sometimes fits without one, so the best runs compare a collection-free run with the rest.
  return [count.toLocaleString("en-US"), newMs.toFixed(1), perEvent(index, median).toFixed(2), index === 0 ? "1" : verdict(growth, LINEAR_BUDGET, 2, "median"), (longOld[index] as number).toFixed(0), ((longOld[index] as number) / newMs).toFixed(0)];
});
console.log(`\n### One ticket with a long history (prefixes of one history), every metric (5 interleaved runs; the old engine 1–2 runs, best; ${CLOCK === "cpu" ? "CPU" : "wall-clock"} time)\n`);
printTable(["events", "now: ms (median)", "now: ms per 10k events (median)", "per-event cost ÷ at 10k (budget: linear)", "before: ms", "before ÷ now"], rows);
