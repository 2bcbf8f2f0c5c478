// The clock engine, measured three ways in one run:
// 1. evaluateSla on the 2026 edition with the engine that runs metrics defined as data, against
//    the engine before it (kept in bench/legacy/ only for this), on the same prepared tickets;
// 2. a metric defined as data (JSM's "Time to first response") against Zendesk's preset first
//    reply, on the same tickets and calendar;
// 3. one ticket with 10k, 20k, 40k and 80k events, new engine against old: the new one grows
//    linearly, the old one rescanned the history for every cycle.
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
import { consume, formatOps, measure, printTable } from "./lib/measure.js";

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

// The two engines must agree before their costs are compared.
const summary = (report: SlaReport): string => JSON.stringify(report.metrics.map((metric) => [metric.metric, metric.dueAt, metric.breached, metric.breachCount, metric.completed.length]));
for (let i = 0; i < 2_000; i++) {
  const ticket = tickets[i] as Ticket;
  const now = nows[i] as number;
  if (summary(evaluateSla(ticket, gitlab2026, now)) !== summary(legacyReport(ticket, gitlab2026, now))) throw new Error(`The engines disagree on ticket ${ticket.id}`);
}

function rounds(fn: () => unknown, count = 5): number {
  let best = Infinity;
  for (let round = 0; round < count; round++) best = Math.min(best, measure("", fn, 300).nsPerOp);
  return best;
}

let j = 0;
const next = (): number => (j = (j + 1) % TICKETS);
const starts = Array.from({ length: 4096 }, (_, i) => new Date((nows[i % TICKETS] as number) - 1000 * MINUTE));
let k = 0;
let newNs = Infinity;
let oldNs = Infinity;
let addNs = Infinity;
// Interleaved, best of each, so a busy machine slows both alike.
for (let round = 0; round < 5; round++) {
  newNs = Math.min(newNs, rounds(() => evaluateSla(tickets[next()] as Ticket, gitlab2026, nows[j] as number), 1));
  oldNs = Math.min(oldNs, rounds(() => legacyReport(tickets[next()] as Ticket, gitlab2026, nows[j] as number), 1));
  addNs = Math.min(addNs, rounds(() => addBusinessTime(globalSupportHours, starts[k++ & 4095] as Date, { hours: 4 }), 1));
}

// The walk alone (events to cycles), old and new, on the same tickets: the part of an evaluation
// the change replaced. The evaluations above also differ by what landed in between (the policy
// re-chosen whenever a fact its conditions read changes, custom statuses checked).
const compiled = metricsOfSet(gitlab2026);
const wanted = Uint8Array.from(compiled.metrics, (metric) => (metric.id === "first_reply" || metric.id === "next_reply" ? 1 : 0));
const legacyWanted = new Set(["first_reply", "next_reply"] as const);
let walkNew = Infinity;
let walkOld = Infinity;
for (let round = 0; round < 5; round++) {
  walkNew = Math.min(walkNew, rounds(() => runClocks(tickets[next()] as Ticket, nows[j] as number, compiled, wanted, (tickets[j] as Ticket).priority), 1));
  walkOld = Math.min(walkOld, rounds(() => collectCycles(tickets[next()] as Ticket, nows[j] as number, legacyWanted, (tickets[j] as Ticket).priority), 1));
}

console.log(`### evaluateSla on the 2026 edition, ${TICKETS.toLocaleString("en-US")} prepared tickets of 20 events\n`);
printTable(
  ["engine", "tickets/s", "µs per ticket", "in addBusinessTime calls", "new ÷ old"],
  [
    ["metrics as data (now)", formatOps(1e9 / newNs), (newNs / 1000).toFixed(2), (newNs / addNs).toFixed(1), (newNs / oldNs).toFixed(2)],
    ["hard-wired clocks (before)", formatOps(1e9 / oldNs), (oldNs / 1000).toFixed(2), (oldNs / addNs).toFixed(1), "1"],
    ["the walk alone, metrics as data (runClocks)", formatOps(1e9 / walkNew), (walkNew / 1000).toFixed(2), (walkNew / addNs).toFixed(1), (walkNew / walkOld).toFixed(2)],
    ["the walk alone, hard-wired (collectCycles)", formatOps(1e9 / walkOld), (walkOld / 1000).toFixed(2), (walkOld / addNs).toFixed(1), "1"],
    ["addBusinessTime(globalSupportHours, t, { hours: 4 })", formatOps(1e9 / addNs), (addNs / 1000).toFixed(3), "1", ""],
  ],
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
let presetNs = Infinity;
let definedNs = Infinity;
for (let round = 0; round < 5; round++) {
  presetNs = Math.min(presetNs, rounds(evaluateOn(presetSet), 1));
  definedNs = Math.min(definedNs, rounds(evaluateOn(definedSet), 1));
}
console.log("\n### A metric defined as data against Zendesk's preset (first reply and resolution clocks, Global Support Hours)\n");
printTable(
  ["metrics", "tickets/s", "µs per ticket", "÷ preset (budget 1.5)"],
  [
    ["first_reply + requester_wait (presets)", formatOps(1e9 / presetNs), (presetNs / 1000).toFixed(2), "1"],
    ["time_to_first_response + time_to_resolution (defined)", formatOps(1e9 / definedNs), (definedNs / 1000).toFixed(2), (definedNs / presetNs).toFixed(2)],
  ],
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
const rows: string[][] = [];
let firstPer10k = 0;
for (const count of [10_000, 20_000, 40_000, 80_000]) {
  const long = parseTicket(generate(count, count, 30));
  const now = lastEvent(long) + MINUTE;
  const time = (fn: () => unknown, runs: number): number => {
    let best = Infinity;
    for (let run = 0; run < runs; run++) {
      // Each run starts on a collected heap, so it pays only for its own garbage.
      collectGarbage();
      const start = performance.now();
      consume(fn());
      best = Math.min(best, performance.now() - start);
    }
    return best;
  };
  const newMs = time(() => evaluateSla(long, everyMetric, now), 5);
  const oldMs = time(() => legacyReport(long, everyMetric, now), count > 40_000 ? 1 : 2);
  const per10k = (newMs / count) * 10_000;
  if (firstPer10k === 0) firstPer10k = per10k;
  rows.push([count.toLocaleString("en-US"), newMs.toFixed(1), per10k.toFixed(2), (per10k / firstPer10k).toFixed(2), oldMs.toFixed(0), (oldMs / newMs).toFixed(0)]);
}
console.log("\n### One ticket with a long history, every metric (best of 5 runs; the old engine 1–2 runs)\n");
printTable(["events", "now: ms", "now: ms per 10k events", "per-event cost ÷ at 10k", "before: ms", "before ÷ now"], rows);
