// Imports generated Zendesk exports (the REST API's own JSON: tickets, ticket audits with about
// 20 events per ticket, users, SLA policies with all/any filters, two schedules in Rails zone
// names) and compares the cost of importing plus evaluating with evaluating tickets already
// converted, measured in the same run. Tickets come in pages of PAGE tickets, as an export does,
// so memory stays bounded.
import { importZendeskExport } from "../src/import/zendesk/import-zendesk-export.js";
import type { ZendeskImport } from "../src/import/zendesk/zendesk-export.js";
import { evaluateSla } from "../src/sla/evaluate-sla.js";
import type { SlaPolicySet } from "../src/sla/sla-policy-set.js";
import type { Ticket } from "../src/sla/ticket.js";
import { ImportRounds, timed } from "./lib/import-rounds.js";
import { consume, formatOps, printTable } from "./lib/measure.js";

const TICKETS = Number(process.env["ZENDESK_BENCH_TICKETS"] ?? 100_000);
const PAGE = 10_000;
// The budget: importing a ticket costs at most this many times evaluating it once converted,
// judged on the median page in wall-clock and in CPU time (see bench/lib/import-rounds.ts).
const BUDGET = 6;
const EVENTS = 20;
const MINUTE = 60_000;

let seed = 0x5eed;
function random(): number {
  seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0;
  return seed / 2 ** 32;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const CUSTOMERS = 200;
const AGENTS = 40;
const users = {
  users: [
    ...Array.from({ length: CUSTOMERS }, (_, i) => ({ id: 1000 + i, role: "end-user" })),
    ...Array.from({ length: AGENTS }, (_, i) => ({ id: 5000 + i, role: "agent" })),
  ],
};
const week = (open: number, close: number) => [1, 2, 3, 4, 5].map((day) => ({ start_time: day * 1440 + open, end_time: day * 1440 + close }));
const schedules = {
  schedules: [
    { id: 1, name: "Americas", time_zone: "Pacific Time (US & Canada)", intervals: week(480, 1080) },
    { id: 2, name: "EMEA", time_zone: "Amsterdam", intervals: week(480, 1080) },
  ],
};
const holidays = { 1: { holidays: [{ start_date: "2026-11-26", end_date: "2026-11-27" }] }, 2: { holidays: [{ start_date: "2026-12-25", end_date: "2026-12-26" }] } };
const metrics = (scale: number) =>
  ["low", "normal", "high", "urgent"].flatMap((priority, rank) => [
    { priority, metric: "first_reply_time", target: (480 / (rank + 1)) * scale, business_hours: priority !== "urgent" },
    { priority, metric: "next_reply_time", target: (960 / (rank + 1)) * scale, business_hours: true },
    { priority, metric: "agent_work_time", target: 2400 * scale, business_hours: true },
  ]);
const slaPolicies = {
  sla_policies: [
    { id: 1, title: "Enterprise", position: 1, filter: { all: [{ field: "type", operator: "is_not", value: "task" }], any: [{ field: "group_id", operator: "is", value: 7 }, { field: "current_tags", operator: "includes", value: "vip enterprise" }] }, policy_metrics: metrics(0.5) },
    { id: 2, title: "Standard", position: 2, filter: { all: [], any: [] }, policy_metrics: metrics(1) },
  ],
};

const STATUSES = ["open", "pending", "hold", "open", "solved"];
let auditId = 0;

function generateTicket(id: number, tickets: unknown[], audits: unknown[]): void {
  const created = Date.parse("2026-01-05T00:00:00Z") + Math.floor(random() * 300 * 24 * 60) * MINUTE;
  const requester = 1000 + Math.floor(random() * CUSTOMERS);
  let priority: string | null = pick(["low", "normal", "normal", "high", "urgent"]);
  let status = "new";
  let assignee: number | null = null;
  let tags: string[] = random() < 0.2 ? ["vip"] : [];
  let group: number | null = random() < 0.3 ? 7 : null;
  audits.push({
    id: ++auditId,
    ticket_id: id,
    created_at: new Date(created).toISOString(),
    author_id: requester,
    via: { channel: "email", source: { rel: null } },
    events: [
      { id: 1, type: "Comment", author_id: requester, public: true, body: "Help" },
      { id: 2, type: "Create", field_name: "status", value: "new" },
      { id: 3, type: "Create", field_name: "priority", value: priority },
      { id: 4, type: "Create", field_name: "requester_id", value: requester },
      { id: 5, type: "Create", field_name: "type", value: "question" },
      { id: 6, type: "Create", field_name: "tags", value: tags },
      ...(group === null ? [] : [{ id: 7, type: "Create", field_name: "group_id", value: group }]),
      { id: 8, type: "Create", field_name: "schedule_id", value: random() < 0.5 ? 1 : 2 },
    ],
  });
  let t = created;
  let events = 1;
  while (events < EVENTS) {
    t += Math.floor(1 + random() * 8 * 60) * MINUTE;
    const agent = 5000 + Math.floor(random() * AGENTS);
    const roll = random();
    const auditEvents: Record<string, unknown>[] = [];
    let author = agent;
    let via: Record<string, unknown> = { channel: "web", source: { rel: null } };
    if (roll < 0.3) {
      author = requester;
      auditEvents.push({ type: "Comment", author_id: requester, public: true });
      if (status === "solved" || status === "pending" || status === "hold") {
        auditEvents.push({ type: "Change", field_name: "status", value: "open", previous_value: status });
        status = "open";
      }
    } else if (roll < 0.6) {
      auditEvents.push({ type: "Comment", author_id: agent, public: random() < 0.85 });
      if (assignee === null) {
        auditEvents.push({ type: "Change", field_name: "assignee_id", value: agent, previous_value: null });
        assignee = agent;
      }
    } else if (roll < 0.65) {
      via = { channel: "rule", source: { from: { id: 9, title: "Reminder" }, rel: "automation" } };
      auditEvents.push({ type: "Comment", author_id: -1, public: true });
    } else if (roll < 0.85) {
      const next = pick(STATUSES);
      if (next !== status) auditEvents.push({ type: "Change", field_name: "status", value: next, previous_value: status });
      status = next;
    } else if (roll < 0.9) {
      const next = pick(["low", "normal", "high", "urgent"]);
      auditEvents.push({ type: "Change", field_name: "priority", value: next, previous_value: priority });
      priority = next;
    } else if (roll < 0.95) {
      const next = tags.includes("vip") ? [] : ["vip"];
      auditEvents.push({ type: "Change", field_name: "tags", value: next, previous_value: tags });
      tags = next;
    } else {
      const next = group === 7 ? 8 : 7;
      auditEvents.push({ type: "Change", field_name: "group_id", value: next, previous_value: group });
      group = next;
    }
    if (auditEvents.length === 0) continue;
    events += auditEvents.length;
    if (random() < 0.1) auditEvents.push({ type: "Notification", subject: "Update", via: { channel: "rule", source: { rel: "trigger" } } });
    audits.push({ id: ++auditId, ticket_id: id, created_at: new Date(t).toISOString(), author_id: author, via, events: auditEvents.map((event, index) => ({ id: index + 1, ...event })) });
  }
  tickets.push({ id, created_at: new Date(created).toISOString(), status, priority, type: "question", requester_id: requester, assignee_id: assignee, group_id: group, tags, via: { channel: "email" }, custom_fields: [] });
  nowByTicket.set(String(id), new Date(t + 60 * MINUTE));
}

const nowByTicket = new Map<string, Date>();

function generatePage(first: number, count: number) {
  const tickets: unknown[] = [];
  const audits: unknown[] = [];
  for (let id = first; id < first + count; id++) generateTicket(id, tickets, audits);
  return { tickets: { tickets, end_of_stream: first + count >= TICKETS, after_cursor: null }, ticketAudits: { audits }, users, slaPolicies, schedules, holidays };
}

function converted(result: ZendeskImport): Ticket[] {
  return result.tickets.flatMap((entry) => (entry.ok ? [entry.ticket] : []));
}

function evaluateAll(tickets: readonly Ticket[], set: SlaPolicySet): void {
  for (const ticket of tickets) consume(evaluateSla(ticket, set, nowByTicket.get(ticket.id) as Date));
}

// Warm-up on a small page, so the measured passes run optimised code.
{
  const warm = generatePage(10 * TICKETS + 1_000_000, 2000);
  const result = importZendeskExport(warm);
  evaluateAll(converted(result), result.policySet as SlaPolicySet);
}

let generateMs = 0;
let importMs = 0;
let evaluateMs = 0;
let bothMs = 0;
let imported = 0;
let failed = 0;
let auditEvents = 0;
const rounds = new ImportRounds();
for (let first = 0; first < TICKETS; first += PAGE) {
  const count = Math.min(PAGE, TICKETS - first);
  const generateStart = performance.now();
  const page = generatePage(first, count);
  generateMs += performance.now() - generateStart;
  for (const audit of page.ticketAudits.audits as { events: unknown[] }[]) auditEvents += audit.events.length;

  // 1. Import alone.
  const [result, firstImport] = timed(() => importZendeskExport(page));
  importMs += firstImport.wall;
  const tickets = converted(result);
  imported += tickets.length;
  failed += count - tickets.length;
  const set = result.policySet as SlaPolicySet;

  // 2. evaluateSla on the tickets already converted (the baseline).
  const [, firstEvaluation] = timed(() => {
    evaluateAll(tickets, set);
  });
  evaluateMs += firstEvaluation.wall;
  // Once more each, for the budget's rounds.
  const [fresh, secondImport] = timed(() => importZendeskExport(page));
  const freshTickets = converted(fresh);
  const [, secondEvaluation] = timed(() => {
    evaluateAll(freshTickets, set);
  });
  rounds.add([firstImport, secondImport], [firstEvaluation, secondEvaluation]);

  // 3. Import and evaluate, from the API's JSON to reports.
  const bothStart = performance.now();
  const again = importZendeskExport(page);
  evaluateAll(converted(again), again.policySet as SlaPolicySet);
  bothMs += performance.now() - bothStart;
}

const perSecond = (ms: number): number => (TICKETS * 1000) / ms;
printTable(
  ["measurement", "tickets/s", "µs per ticket", "× evaluateSla alone"],
  [
    [`importZendeskExport alone, ${TICKETS.toLocaleString("en-US")} tickets × ~${EVENTS} audit events`, formatOps(perSecond(importMs)), ((importMs * 1000) / TICKETS).toFixed(1), (importMs / evaluateMs).toFixed(2)],
    ["importZendeskExport + evaluateSla", formatOps(perSecond(bothMs)), ((bothMs * 1000) / TICKETS).toFixed(1), (bothMs / evaluateMs).toFixed(2)],
    ["evaluateSla on the converted tickets (baseline)", formatOps(perSecond(evaluateMs)), ((evaluateMs * 1000) / TICKETS).toFixed(1), "1.00"],
  ],
);
console.log(
  `\n${imported.toLocaleString("en-US")} tickets imported, ${failed} rejected; ${(auditEvents / TICKETS).toFixed(1)} audit events per ticket (Notifications included); pages of ${PAGE.toLocaleString("en-US")}; generated in ${(generateMs / 1000).toFixed(1)} s. ` +
    `Import + evaluation runs at ${(perSecond(bothMs) / perSecond(evaluateMs)).toFixed(2)} of the speed of evaluating converted tickets.`,
);
const passes = rounds.report("importZendeskExport", BUDGET);
console.log(`Budget ${passes ? "pass" : "FAIL"}.`);
if (failed > 0 || !passes) process.exitCode = 1;
