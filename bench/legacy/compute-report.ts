// The clock engine before metrics were defined as data, copied from the library as it was (its
// collect-cycles, measure-cycle, choose-policy and compute-report), kept only so the benchmark can
// measure the old path and the new one in the same run. Not part of the library.
import type { Reason } from "../../src/shared/decision.js";
import type { SlaPolicy, SlaTarget } from "../../src/sla/sla-policy.js";
import type { SlaPolicySet } from "../../src/sla/sla-policy-set.js";
import type { MetricCycle, MetricReport, MetricState, SlaReasonCode, SlaReport } from "../../src/sla/sla-report.js";
import { AROUND_THE_CLOCK, METRIC_IDS, type MetricId, type PriorityId, type SupportLevel } from "../../src/sla/sla-vocabulary.js";
import type { Ticket } from "../../src/sla/ticket.js";
import { type BusinessClock, aroundTheClock, calendarClock } from "./business-clock.js";
import { type PolicyChoice, choosePolicy, targetFor } from "./choose-policy.js";
import { type TicketHistory, collectCycles, lastPriorityChange, priorityAt } from "./collect-cycles.js";
import { formatIsoInstant } from "../../src/sla/internal/clocks/format-iso-instant.js";
import { type DueOut, measureCycle } from "./measure-cycle.js";

const CARRIED = new Set<MetricId>(["requester_wait", "agent_work", "total_resolution"]);
const RULE_CHOICE = "§2 clock semantics: policy choice, the first policy whose conditions match applies";
const RULE_BREACH = "§2 clock semantics: met when fulfilled at or before the due instant; an active metric breaches once now is after it";
const RULE_RETARGET = "§2 clock semantics: a priority change re-targets from the metric's original start, so raising priority can breach at once";
const RULE_EARLY = "§2 2016 edition: posted issues, within two weeks but not sooner than two days";

const iso = formatIsoInstant;
const isoOrNull = (ms: number | null): string | null => (ms === null ? null : formatIsoInstant(ms));

type Reasons = Reason<SlaReasonCode>[];

/** A metric's state from its latest cycle; a switch, so a new outcome breaks the build until handled. */
function stateOf(last: MetricCycle | undefined): MetricState {
  // The state words changed since; the cost of choosing one did not.
  if (last === undefined) return "not_started";
  switch (last.outcome) {
    case "ongoing":
      return last.paused ? "paused" : "active";
    case "met":
    case "breached":
      return "closed";
  }
}

interface Context {
  readonly ticket: Ticket;
  readonly set: SlaPolicySet;
  readonly now: number;
  readonly history: TicketHistory;
  readonly supportLevel: SupportLevel | null;
  readonly choices: Map<PriorityId | null, PolicyChoice>;
  readonly clocks: Map<string, BusinessClock>;
}

function choiceAt(context: Context, priority: PriorityId | null): PolicyChoice {
  let choice = context.choices.get(priority);
  // Stryker disable next-line ConditionalExpression: a cache: computing again gives the same value
  if (choice === undefined) {
    choice = choosePolicy(context.set.policies, context.ticket, priority, context.supportLevel);
    context.choices.set(priority, choice);
  }
  return choice;
}

function clockFor(context: Context, calendarName: string): BusinessClock {
  if (calendarName === AROUND_THE_CLOCK) return aroundTheClock;
  let clock = context.clocks.get(calendarName);
  // Stryker disable next-line ConditionalExpression: a cache: computing again gives the same value (a clock's positions depend only on its calendar and the ticket)
  if (clock === undefined) {
    const calendar = context.set.calendars[calendarName];
    // The set's schema guarantees every target names a calendar it holds.
    // Stryker disable next-line all: unreachable, for the reason above
    if (calendar === undefined) throw new Error(`Unknown calendar ${calendarName}`);
    clock = calendarClock(calendar, context.ticket.createdAt);
    context.clocks.set(calendarName, clock);
  }
  return clock;
}

function reportMetric(context: Context, metric: MetricId, nowTarget: SlaTarget, reasons: Reasons, upcomingOut: DueOut): MetricReport {
  const { history, now } = context;
  const cycles: MetricCycle[] = [];
  let carried = 0;
  let carriedDue: number | null = null;
  let upcoming: number | null = null;
  let breachCount = 0;
  // Stryker disable next-line ObjectLiteral: measureCycle sets due before it is read
  const out: DueOut = { due: null };
  const carries = CARRIED.has(metric);
  for (const raw of history.cycles[metric]) {
    const reference = raw.end ?? now;
    const priority = priorityAt(history, reference);
    const choice = choiceAt(context, priority);
    if (choice.kind !== "matched") continue;
    const target = targetFor(choice.policy, metric, priority);
    // A cycle completed under a priority the policy sets no target for was not tracked.
    if (target === undefined) continue;
    const retargetedAt = lastPriorityChange(history, raw.start, reference);
    const clock = clockFor(context, target.calendar);
    const cycle = measureCycle(raw, target, clock, history, now, carries ? carried : 0, carriedDue, cycles.length, choice.policy.id, priority, retargetedAt, out);
    carried += cycle.elapsedBusinessMs;
    carriedDue = out.due;
    upcoming = raw.end === null && !cycle.paused && !cycle.breached ? out.due : null;
    if (cycle.breached) breachCount += 1;
    cycles.push(cycle);
  }
  const last = cycles.at(-1);
  const current = last?.outcome === "ongoing" ? last : null;
  if (current !== null) cycles.pop();
  if (last !== undefined) explain(metric, last, reasons);
  const report: MetricReport = {
    metric,
    state: stateOf(last),
    breached: last?.breached ?? false,
    breachCount,
    targetMs: nowTarget.durationMs,
    goal: null,
    calendar: nowTarget.calendar,
    startedAt: last?.startedAt ?? null,
    dueAt: last?.dueAt ?? null,
    fulfilledAt: last?.fulfilledAt ?? null,
    elapsedBusinessMs: last?.elapsedBusinessMs ?? 0,
    elapsedCalendarMs: last?.elapsedCalendarMs ?? 0,
    remainingBusinessMs: last?.remainingBusinessMs ?? null,
    remainingCalendarMs: last?.remainingCalendarMs ?? null,
    overdueBy: last?.overdueBy ?? null,
    early: last?.early ?? false,
    current,
    completed: cycles,
  };
  upcomingOut.due = upcoming;
  return report;
}

function explain(metric: MetricId, cycle: MetricCycle, reasons: Reasons): void {
  // Stryker disable next-line ConditionalExpression: a breached cycle always has a due instant; the check narrows the type
  if (cycle.breached && cycle.dueAt !== null) {
    const facts = {
      metric,
      startedAt: cycle.startedAt,
      dueAt: cycle.dueAt,
      fulfilledAt: cycle.fulfilledAt,
      targetMs: cycle.targetMs,
      priority: cycle.priority,
      // Stryker disable next-line OptionalChaining: a breached cycle always has an overrun
      overdueByCalendarMs: cycle.overdueBy?.calendarMs ?? 0,
    };
    // Stryker disable next-line ConditionalExpression: null > an ISO string is false too; the check narrows the type
    if (cycle.retargetedAt !== null && cycle.retargetedAt > cycle.dueAt) {
      reasons.push({
        code: "breached_on_retarget",
        rule: RULE_RETARGET,
        message: `${metric} breached at once when the priority changed to ${cycle.priority ?? "none"} at ${cycle.retargetedAt}: measured from ${cycle.startedAt}, the new target was due at ${cycle.dueAt}`,
        facts: { ...facts, retargetedAt: cycle.retargetedAt },
      });
    } else {
      reasons.push({
        code: "metric_breached",
        rule: RULE_BREACH,
        message:
          cycle.fulfilledAt === null
            ? `${metric} is breached: it was due at ${cycle.dueAt} and is still unfulfilled`
            : `${metric} breached: due at ${cycle.dueAt}, fulfilled at ${cycle.fulfilledAt}`,
        facts,
      });
    }
  }
  // Stryker disable next-line ConditionalExpression: an early cycle always has a window and a fulfilment; the checks narrow the types
  if (cycle.early && cycle.earliestAt !== null && cycle.fulfilledAt !== null) {
    reasons.push({
      code: "reply_early",
      rule: RULE_EARLY,
      message: `${metric} was answered at ${cycle.fulfilledAt}, before the window opened at ${cycle.earliestAt}`,
      facts: { metric, fulfilledAt: cycle.fulfilledAt, earliestAt: cycle.earliestAt },
    });
  }
}

const targeted = new WeakMap<SlaPolicySet, ReadonlySet<MetricId>>();

/** The metrics some policy of the set targets: the only ones whose cycles are worth building. */
// Stryker disable all: a cache, and without it collectCycles builds every metric, which only costs time
function targetedMetrics(set: SlaPolicySet): ReadonlySet<MetricId> {
  let metrics = targeted.get(set);
  if (metrics === undefined) {
    metrics = new Set(set.policies.flatMap((policy) => policy.targets.map((target) => target.metric as MetricId)));
    targeted.set(set, metrics);
  }
  return metrics;
}

// Stryker restore all
/** Evaluates a validated ticket against a validated policy set as of `now` (epoch ms). */
export function computeReport(ticket: Ticket, set: SlaPolicySet, now: number): SlaReport {
  const facts = set.deriveFacts?.(ticket);
  const supportLevel = facts === undefined ? ticket.organization.supportLevel : facts.supportLevel;
  const history = collectCycles(ticket, now, targetedMetrics(set), facts === undefined ? ticket.priority : facts.priority);
  const context: Context = { ticket, set, now, history, supportLevel, choices: new Map(), clocks: new Map() };
  const priority = priorityAt(history, now);
  const choice = choiceAt(context, priority);
  const evaluatedAt = iso(now);
  switch (choice.kind) {
    case "none":
      return noPolicyReport(ticket, set, priority, supportLevel, evaluatedAt);
    case "unknown":
      return undecidedReport(ticket, choice, priority, evaluatedAt);
    case "matched":
      return appliedReport(context, choice.policy, priority, evaluatedAt);
  }
}

/** The fields every report without metrics shares: no policy applies, or none can be decided. */
function withoutMetrics(ticket: Ticket, evaluatedAt: string, priority: PriorityId | null) {
  return { ticketId: ticket.id, evaluatedAt, priority, metrics: [], nextBreachAt: null, nextBreachMetric: null } as const;
}

function noPolicyReport(ticket: Ticket, set: SlaPolicySet, priority: PriorityId | null, supportLevel: SupportLevel | null, evaluatedAt: string): SlaReport {
  return {
    ...withoutMetrics(ticket, evaluatedAt, priority),
    outcome: "no_policy",
    policyId: null,
    policyName: null,
    reasons: [
      {
        code: "no_policy_matched",
        rule: RULE_CHOICE,
        message: `No policy's conditions match this ticket (${set.policies.length} checked), so it has no SLA`,
        facts: { checked: set.policies.map((policy) => policy.id), channel: ticket.channel, priority, supportLevel },
      },
    ],
  };
}

function undecidedReport(ticket: Ticket, choice: Extract<PolicyChoice, { kind: "unknown" }>, priority: PriorityId | null, evaluatedAt: string): SlaReport {
  return {
    ...withoutMetrics(ticket, evaluatedAt, priority),
    outcome: "cannot_decide",
    policyId: null,
    policyName: null,
    missing: choice.missing,
    reasons: [
      {
        code: "policy_undecidable",
        rule: RULE_CHOICE,
        message: `Cannot tell whether policy "${choice.policy.id}" applies: the ticket does not give ${choice.missing.join(" and ")}`,
        facts: { policyId: choice.policy.id, missing: choice.missing },
      },
    ],
  };
}

const matchedMessages = new WeakMap<SlaPolicy, string>();

function matchedMessage(policy: SlaPolicy): string {
  let message = matchedMessages.get(policy);
  // Stryker disable next-line ConditionalExpression: a cache: computing again gives the same value
  if (message === undefined) {
    message = `Policy "${policy.name}" applies: it is the first whose conditions match`;
    matchedMessages.set(policy, message);
  }
  return message;
}

function appliedReport(context: Context, policy: SlaPolicy, priority: PriorityId | null, evaluatedAt: string): SlaReport {
  const { ticket } = context;
  const reasons: Reasons = [
    {
      code: "policy_matched",
      rule: RULE_CHOICE,
      message: matchedMessage(policy),
      facts: { policyId: policy.id, priority, channel: ticket.channel, supportLevel: context.supportLevel, plan: ticket.organization.plan },
    },
  ];
  const metrics: MetricReport[] = [];
  // Stryker disable next-line ObjectLiteral: reportMetric sets due before it is read
  const upcomingOut: DueOut = { due: null };
  let nextBreachAt: number | null = null;
  let nextBreachMetric: MetricId | null = null;
  for (const metric of METRIC_IDS) {
    const target = targetFor(policy, metric, priority);
    if (target === undefined) continue;
    const report = reportMetric(context, metric, target, reasons, upcomingOut);
    const upcoming = upcomingOut.due;
    metrics.push(report);
    if (upcoming !== null && (nextBreachAt === null || upcoming < nextBreachAt)) {
      nextBreachAt = upcoming;
      nextBreachMetric = metric;
    }
  }
  if (metrics.length === 0 && priority === null) {
    return {
      ...withoutMetrics(ticket, evaluatedAt, priority),
      outcome: "cannot_decide",
      policyId: policy.id,
      policyName: policy.name,
      missing: ["priority"],
      reasons: [
        ...reasons,
        {
          code: "priority_missing",
          rule: "§2 targets per priority and metric",
          message: `Policy "${policy.name}" sets its targets per priority and the ticket has no priority`,
          facts: { policyId: policy.id },
        },
      ],
    };
  }

  const report: SlaReport = {
    ticketId: ticket.id,
    evaluatedAt,
    priority,
    outcome: "policy_applied",
    policyId: policy.id,
    policyName: policy.name,
    metrics,
    nextBreachAt: isoOrNull(nextBreachAt),
    nextBreachMetric,
    reasons,
  };
  // Stryker disable next-line ConditionalExpression,LogicalOperator: both are set together or not at all; the check narrows the types
  if (nextBreachAt === null || nextBreachMetric === null) return report;
  const at = iso(nextBreachAt);
  return { ...report, next: { action: `fulfil_${nextBreachMetric}`, at, message: `Fulfil ${nextBreachMetric} by ${at} to avoid a breach` } };
}
