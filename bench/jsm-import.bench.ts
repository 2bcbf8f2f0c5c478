// Imports generated Jira Service Management exports (search pages of issues with expand=changelog:
// about 20 changelog items and comments per issue, Jira's instants with +1100 offsets) against the
// SLA configuration of examples/jsm (two metrics with goals on Sydney business hours), and compares
// importing plus evaluating with evaluating the tickets already converted, measured in the same run.
import { readFileSync } from "node:fs";
import { importJsmExport } from "../src/import/jsm/import-jsm-export.js";
import type { JsmImport } from "../src/import/jsm/jsm-export.js";
import { evaluateSla } from "../src/sla/evaluate-sla.js";
import type { SlaPolicySet } from "../src/sla/sla-policy-set.js";
import type { Ticket } from "../src/sla/ticket.js";
import { ImportRounds, timed } from "./lib/import-rounds.js";
import { consume, formatOps, printTable } from "./lib/measure.js";

const ISSUES = Number(process.env["JSM_BENCH_ISSUES"] ?? 50_000);
// The budget: importing an issue costs at most this many times evaluating its converted ticket,
// judged on the median page in wall-clock and in CPU time (see bench/lib/import-rounds.ts).
const BUDGET = 5.5;
const PAGE = 5_000;
const EVENTS = 20;
const MINUTE = 60_000;
const slaConfig = JSON.parse(readFileSync(new URL("../examples/jsm/sla-config.json", import.meta.url), "utf8")) as unknown;

let seed = 0x15a;
function random(): number {
  seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0;
  return seed / 2 ** 32;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const AEDT = 11 * 60 * MINUTE;
/** Jira's instant text, at +1100. */
function jira(ms: number): string {
  return `${new Date(ms + AEDT).toISOString().slice(0, 23)}+1100`;
}
const agents = Array.from({ length: 40 }, (_, i) => ({ accountId: `agent-${i}`, accountType: "atlassian" }));
const automation = { accountId: "557058:automation", accountType: "app" };
const PRIORITIES = ["Lowest", "Low", "Medium", "High", "Highest"];
const CATEGORY: Record<string, string> = { "Waiting for support": "new", "In progress": "indeterminate", "Waiting for customer": "indeterminate", Resolved: "done" };
const nowByIssue = new Map<string, Date>();

function generateIssue(n: number): unknown {
  const key = `SUP-${n}`;
  const created = Date.parse("2026-01-05T00:00:00Z") + Math.floor(random() * 300 * 24 * 60) * MINUTE;
  const customer = { accountId: `qm:customer-${n % 500}`, accountType: "customer" };
  const createdPriority = pick(PRIORITIES);
  let priority = createdPriority;
  let status = "Waiting for support";
  let resolution: string | null = null;
  let assignee: string | null = null;
  const histories: unknown[] = [];
  const comments: unknown[] = [];
  let t = created;
  let events = 0;
  while (events < EVENTS) {
    t += Math.floor(1 + random() * 6 * 60) * MINUTE;
    const agent = pick(agents);
    const roll = random();
    const items: unknown[] = [];
    if (roll < 0.25) {
      comments.push({ id: String(events), author: customer, created: jira(t), jsdPublic: true });
      if (status === "Waiting for customer" || status === "Resolved") {
        items.push({ field: "status", fieldtype: "jira", from: "1", fromString: status, to: "2", toString: "Waiting for support" });
        if (resolution !== null) items.push({ field: "resolution", fieldtype: "jira", from: "10000", fromString: resolution, to: null, toString: null });
        status = "Waiting for support";
        resolution = null;
      }
    } else if (roll < 0.55) {
      comments.push({ id: String(events), author: agent, created: jira(t), jsdPublic: random() < 0.8 });
      if (assignee === null) {
        items.push({ field: "assignee", fieldtype: "jira", from: null, fromString: null, to: agent.accountId, toString: agent.accountId });
        assignee = agent.accountId;
      }
    } else if (roll < 0.6) {
      comments.push({ id: String(events), author: automation, created: jira(t), jsdPublic: true });
    } else if (roll < 0.9) {
      const next = pick(["In progress", "Waiting for customer", "Resolved", "In progress"]);
      if (next !== status) {
        items.push({ field: "status", fieldtype: "jira", from: "1", fromString: status, to: "2", toString: next });
        if (next === "Resolved" && resolution === null) {
          items.push({ field: "resolution", fieldtype: "jira", from: null, fromString: null, to: "10000", toString: "Done" });
          resolution = "Done";
        } else if (next !== "Resolved" && resolution !== null) {
          items.push({ field: "resolution", fieldtype: "jira", from: "10000", fromString: resolution, to: null, toString: null });
          resolution = null;
        }
        status = next;
      }
    } else {
      const next = pick(PRIORITIES);
      if (next !== priority) items.push({ field: "priority", fieldtype: "jira", from: "1", fromString: priority, to: "2", toString: next });
      priority = next;
    }
    events += Math.max(1, items.length);
    if (items.length > 0) histories.push({ id: String(n * 100 + histories.length), author: agent, created: jira(t), items });
  }
  nowByIssue.set(key, new Date(t + 60 * MINUTE));
  return {
    id: String(n),
    key,
    fields: {
      created: jira(created),
      issuetype: { name: pick(["Incident", "Service request"]) },
      status: { name: status, statusCategory: { key: CATEGORY[status] } },
      priority: { name: priority },
      assignee: assignee === null ? null : { accountId: assignee, accountType: "atlassian" },
      reporter: customer,
      resolution: resolution === null ? null : { name: resolution },
      labels: [],
      comment: { comments, total: comments.length, maxResults: comments.length, startAt: 0 },
    },
    changelog: { startAt: 0, maxResults: histories.length, total: histories.length, histories },
  };
}

function generatePage(first: number, count: number): unknown {
  const issues: unknown[] = [];
  for (let n = first; n < first + count; n++) issues.push(generateIssue(n));
  return { issues, isLast: first + count >= ISSUES };
}

const converted = (result: JsmImport): Ticket[] => result.tickets.flatMap((entry) => (entry.ok ? [entry.ticket] : []));
function evaluateAll(tickets: readonly Ticket[], set: SlaPolicySet): void {
  for (const ticket of tickets) consume(evaluateSla(ticket, set, nowByIssue.get(ticket.id) as Date));
}

// Warm-up on a small page, so the measured passes run optimised code.
{
  const result = importJsmExport({ issues: generatePage(10 * ISSUES + 1_000_000, 1000), slaConfig });
  evaluateAll(converted(result), result.policySet as SlaPolicySet);
}

let importMs = 0;
let evaluateMs = 0;
let bothMs = 0;
let imported = 0;
let failed = 0;
const rounds = new ImportRounds();
for (let first = 0; first < ISSUES; first += PAGE) {
  const count = Math.min(PAGE, ISSUES - first);
  const issues = generatePage(first, count);

  // 1. Import alone.
  const [result, firstImport] = timed(() => importJsmExport({ issues, slaConfig }));
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
  const [fresh, secondImport] = timed(() => importJsmExport({ issues, slaConfig }));
  const freshTickets = converted(fresh);
  const [, secondEvaluation] = timed(() => {
    evaluateAll(freshTickets, set);
  });
  rounds.add([firstImport, secondImport], [firstEvaluation, secondEvaluation]);

  // 3. Import and evaluate, from Jira's JSON to reports.
  const bothStart = performance.now();
  const again = importJsmExport({ issues, slaConfig });
  evaluateAll(converted(again), again.policySet as SlaPolicySet);
  bothMs += performance.now() - bothStart;
}

const perSecond = (ms: number): number => (ISSUES * 1000) / ms;
printTable(
  ["measurement", "issues/s", "µs per issue", "× evaluateSla alone"],
  [
    [`importJsmExport alone, ${ISSUES.toLocaleString("en-US")} issues × ~${EVENTS} changelog items and comments`, formatOps(perSecond(importMs)), ((importMs * 1000) / ISSUES).toFixed(1), (importMs / evaluateMs).toFixed(2)],
    ["importJsmExport + evaluateSla", formatOps(perSecond(bothMs)), ((bothMs * 1000) / ISSUES).toFixed(1), (bothMs / evaluateMs).toFixed(2)],
    ["evaluateSla on the converted tickets (baseline)", formatOps(perSecond(evaluateMs)), ((evaluateMs * 1000) / ISSUES).toFixed(1), "1.00"],
  ],
);
const passes = rounds.report("importJsmExport", BUDGET);
console.log(`\n${imported.toLocaleString("en-US")} issues imported, ${failed} rejected; pages of ${PAGE.toLocaleString("en-US")}. Budget ${passes ? "pass" : "FAIL"}.`);
if (failed > 0 || !passes) process.exitCode = 1;
