import type { Reason } from "../../../shared/decision.js";
import type { JsonValue } from "../../../shared/json.js";
import type { SlaPolicy } from "../../sla-policy.js";
import type { SlaPolicySet } from "../../sla-policy-set.js";
import type { CycleGoal, MetricCycle, MetricReport, MetricState, SlaReasonCode, SlaReport } from "../../sla-report.js";
import { fail } from "../../../shared/errors.js";
import { AROUND_THE_CLOCK, type PriorityId, type SupportLevel, TICKET_CALENDAR } from "../../sla-vocabulary.js";
import type { Ticket } from "../../ticket.js";
import { conditionFields, evaluateCondition } from "../evaluate-condition.js";
import { policyCondition } from "../policy-condition.js";
import { type TicketState, type TicketStates, ticketStates } from "../ticket-state.js";
import { type BusinessClock, aroundTheClock, calendarClock } from "./business-clock.js";
import { type PolicyChoice, choosePolicy, targetFor } from "./choose-policy.js";
import type { CompiledMetric, CompiledMetrics } from "./compile-metrics.js";
import { formatIsoInstant } from "./format-iso-instant.js";
import { type DueOut, type MeasuredTarget, measureCycle } from "./measure-cycle.js";
import { type GoalPlan, type SetGoals, goalsOfSet } from "./metric-goals.js";
import { metricsOfSet } from "./metrics-of-set.js";
import { type RawCycle, type TicketHistory, runClocks } from "./run-clocks.js";

const RULE_CHOICE = "§2 clock semantics: policy choice, the first policy whose conditions match applies";
const RULE_BREACH = "§2 clock semantics: met when fulfilled at or before the due instant; an active metric breaches once now is after it";
const RULE_RETARGET = "§2 clock semantics: a priority change re-targets from the metric's original start, so raising priority can breach at once";
const RULE_POLICY_CHANGE = "§2 clock semantics: policy choice, re-made whenever a fact the conditions read changes; each cycle keeps the policy in force at its fulfilment (or now)";
const RULE_CALENDAR = "§2 targets on the ticket's calendar: the calendar the ticket has at the cycle's fulfilment, or now";
const RULE_EARLY = "§2 2016 edition: posted issues, within two weeks but not sooner than two days";
const RULE_GOALS = "§2 goals: a metric with goals sets its own targets, the first goal whose condition holds at the cycle's fulfilment (or now) applies, measured from the cycle's start";

const iso = formatIsoInstant;

type Reasons = Reason<SlaReasonCode>[];

/** A metric's state from its latest cycle; a switch, so a new outcome breaks the build until handled. */
function stateOf(last: MetricCycle | undefined): MetricState {
  if (last === undefined) return "not_started";
  switch (last.outcome) {
    case "ongoing":
      return last.paused ? "paused" : "active";
    case "met":
    case "breached":
      // Zendesk's Closed: whether it was fulfilled late is the report's `breached`, not a state.
      return "closed";
  }
}

interface Context {
  readonly ticket: Ticket;
  readonly set: SlaPolicySet;
  readonly now: number;
  readonly history: TicketHistory;
  readonly metrics: CompiledMetrics;
  /** Per metric index, whether a policy of the set targets it or it has goals. */
  readonly wanted: Uint8Array;
  readonly supportLevel: SupportLevel | null;
  readonly states: TicketStates;
  /** The policy choice per state of `states`. */
  readonly choices: (PolicyChoice | undefined)[];
  /** Targets on the ticket's calendar, with the calendar they ran on, per calendar name. */
  resolved: Map<MeasuredTarget, Map<string, MeasuredTarget>> | null;
  /** Set when a target on the ticket's calendar met a ticket without one. */
  calendarMissing: boolean;
  readonly goals: SetGoals;
  /** Per metric index with goals, the goal chosen per state of `states` (-1: none applies). */
  goalChoices: Map<number, number[]> | null;
  /** The facts a goal's condition lacked, when one could not be decided. */
  goalMissing: { readonly metric: string; readonly goal: number; readonly missing: readonly string[] } | null;
}

const UNDECIDED = -2;

/**
 * The goal that applies to the ticket as it stands in state `index`: the first whose condition
 * holds (-1: none; UNDECIDED when an earlier one cannot be decided, which blocks later ones as
 * an undecidable policy does). Chosen once per state and metric.
 */
function goalOfState(context: Context, compiled: CompiledMetric, plan: GoalPlan, index: number): number {
  context.goalChoices ??= new Map();
  let choices = context.goalChoices.get(compiled.index);
  if (choices === undefined) {
    choices = [];
    context.goalChoices.set(compiled.index, choices);
  }
  let chosen = choices[index];
  if (chosen === undefined) {
    chosen = -1;
    const state = context.states.states[index] as TicketState;
    for (let goal = 0; goal < plan.conditions.length; goal++) {
      const condition = plan.conditions[goal] ?? null;
      const missing: string[] = [];
      const verdict = condition === null ? "yes" : evaluateCondition(condition, state, missing);
      if (verdict === "no") continue;
      if (verdict === "unknown") {
        chosen = UNDECIDED;
        context.goalMissing ??= { metric: compiled.id, goal, missing: [...new Set(missing)] };
      } else chosen = goal;
      break;
    }
    choices[index] = chosen;
  }
  return chosen;
}

/** The last state change inside a cycle (after `start`, up to state `index`) that moved the ticket to the goal it has at `index`, or null. */
function goalChangedAt(context: Context, compiled: CompiledMetric, plan: GoalPlan, index: number, start: number): number | null {
  const { ats } = context.states;
  const goal = goalOfState(context, compiled, plan, index);
  for (let k = index; k > 0 && (ats[k] as number) > start; k--) {
    if (goalOfState(context, compiled, plan, k - 1) !== goal) return ats[k] as number;
  }
  return null;
}

function choiceOfState(context: Context, index: number): PolicyChoice {
  let choice = context.choices[index];
  // Stryker disable next-line ConditionalExpression: a cache: computing again gives the same value
  if (choice === undefined) {
    const { states } = context.states;
    const state = states[index] as TicketState;
    // States that are one object (a priority the ticket returns to) share one choice.
    // Stryker disable next-line all: a cache: choosing again gives the same value
    for (let seen = 0; seen < states.length && choice === undefined; seen++) if (states[seen] === state) choice = context.choices[seen];
    choice ??= choosePolicy(context.set.policies, state);
    context.choices[index] = choice;
  }
  return choice;
}

/** Moves `index` forward to the last entry of the sorted `ats` at or before `at`. */
function advance(ats: readonly number[], index: number, at: number): number {
  let next = index;
  while (next + 1 < ats.length && (ats[next + 1] as number) <= at) next++;
  return next;
}

/**
 * The target as it runs while the ticket has the calendar at `index` of its calendars: a target
 * on the ticket's calendar takes that calendar (undefined when it has none); any other target is
 * itself.
 */
function resolveTarget<T extends MeasuredTarget>(context: Context, target: T, index: number): T | undefined {
  if (target.calendar !== TICKET_CALENDAR) return target;
  const { calendarAts, calendars } = context.states;
  const name = calendars[index] ?? null;
  if (name === null) {
    context.calendarMissing = true;
    return undefined;
  }
  if (!Object.hasOwn(context.set.calendars, name)) {
    const path = index === 0 ? ["ticket", "calendar"] : ["ticket", "events", context.ticket.events.findIndex((event) => event.type === "calendar_change" && event.at === calendarAts[index]), "calendar"];
    fail("not_a_calendar", path, `Unknown calendar "${name}" on the ticket: expected one of the policy set's calendars (${Object.keys(context.set.calendars).join(", ") || "none"})`);
  }
  context.resolved ??= new Map();
  let byName = context.resolved.get(target);
  if (byName === undefined) {
    byName = new Map();
    context.resolved.set(target, byName);
  }
  let resolved = byName.get(name) as T | undefined;
  if (resolved === undefined) {
    resolved = { ...target, calendar: name };
    byName.set(name, resolved);
  }
  return resolved;
}

function clockFor(context: Context, calendarName: string): BusinessClock {
  if (calendarName === AROUND_THE_CLOCK) return aroundTheClock;
  const calendar = context.set.calendars[calendarName];
  // The set's schema guarantees every target names a calendar it holds.
  // Stryker disable next-line all: unreachable, for the reason above
  if (calendar === undefined) throw new Error(`Unknown calendar ${calendarName}`);
  return calendarClock(calendar);
}

function reportMetric(context: Context, compiled: CompiledMetric, nowTarget: MeasuredTarget, nowGoal: CycleGoal | null, reasons: Reasons, upcomingOut: DueOut): MetricReport {
  const { history, now, states } = context;
  const metric = compiled.id;
  const cycles: MetricCycle[] = [];
  let carried = 0;
  let carriedDue: number | null = null;
  let upcoming: number | null = null;
  let breachCount = 0;
  let lastRetargetedLate = false;
  // Stryker disable next-line ObjectLiteral: measureCycle sets due before it is read
  const out: DueOut = { due: null, segment: 0 };
  const carries = compiled.cycles === "accumulate";
  const { priorityAts, priorities } = history;
  // A metric's cycles come in time order, so the priority, the ticket's state and its calendar
  // at each one's reference instant are found by moving cursors forward, never by searching
  // from the start again: measuring is linear in the events.
  let change = 0;
  let state = 0;
  let calendar = 0;
  const plan = context.goals.plans[compiled.index];
  for (const raw of history.cycles[compiled.index] as RawCycle[]) {
    const reference = raw.end ?? now;
    change = advance(priorityAts, change, reference);
    state = advance(states.ats, state, reference);
    calendar = advance(states.calendarAts, calendar, reference);
    const priority = priorities[change] ?? null;
    let given: MeasuredTarget | undefined;
    let policyId: string | null = null;
    let goal: CycleGoal | null = null;
    let retargetedAt: number | null;
    if (plan === undefined) {
      const choice = choiceOfState(context, state);
      if (choice.kind !== "matched") continue;
      // A cycle completed under a priority the policy sets no target for was not tracked.
      given = targetFor(choice.policy, metric, priority);
      policyId = choice.policy.id;
      // The last priority change inside the cycle re-targeted it.
      retargetedAt = change > 0 && (priorityAts[change] as number) > raw.start ? (priorityAts[change] as number) : null;
    } else {
      // The goal is chosen on the ticket as it stands at the reference instant, as a priority's target is.
      const chosen = goalOfState(context, compiled, plan, state);
      if (chosen < 0) continue;
      given = plan.targets[chosen];
      goal = plan.refs[chosen] ?? null;
      retargetedAt = goalChangedAt(context, compiled, plan, state, raw.start);
    }
    if (given === undefined) continue;
    const target = resolveTarget(context, given, calendar);
    if (target === undefined) continue;
    const clock = clockFor(context, target.calendar);
    const cycle = measureCycle(raw, target, clock, history, now, carries ? carried : 0, carriedDue, cycles.length, policyId, priority, retargetedAt, out, goal);
    lastRetargetedLate = retargetedAt !== null && out.due !== null && retargetedAt > out.due;
    carried += cycle.elapsedBusinessMs;
    carriedDue = out.due;
    upcoming = raw.end === null && !cycle.paused && !cycle.breached ? out.due : null;
    if (cycle.breached) breachCount += 1;
    cycles.push(cycle);
  }
  const last = cycles.at(-1);
  const current = last?.outcome === "ongoing" ? last : null;
  if (current !== null) cycles.pop();
  if (last !== undefined) explain(metric, last, lastRetargetedLate, reasons);
  const report: MetricReport = {
    metric,
    state: stateOf(last),
    breached: last?.breached ?? false,
    breachCount,
    targetMs: nowTarget.durationMs,
    goal: nowGoal,
    calendar: (nowTarget.calendar === TICKET_CALENDAR ? context.states.calendars[context.states.calendars.length - 1] : nowTarget.calendar) ?? TICKET_CALENDAR,
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

/**
 * The reasons a metric's latest cycle gives. `retargetedLate`: the cycle was re-targeted after
 * its new due instant (compared as numbers: comparing the ISO strings made flat copies of both).
 */
function explain(metric: string, cycle: MetricCycle, retargetedLate: boolean, reasons: Reasons): void {
  // Stryker disable next-line ConditionalExpression: a breached cycle always has a due instant; the check narrows the type
  if (cycle.breached && cycle.dueAt !== null) {
    const facts: Record<string, JsonValue> = {
      metric,
      startedAt: cycle.startedAt,
      dueAt: cycle.dueAt,
      fulfilledAt: cycle.fulfilledAt,
      targetMs: cycle.targetMs,
      priority: cycle.priority,
      // Stryker disable next-line OptionalChaining: a breached cycle always has an overrun
      overdueByCalendarMs: cycle.overdueBy?.calendarMs ?? 0,
    };
    // Stryker disable next-line ConditionalExpression: retargetedLate implies a re-target; the check narrows the type
    if (retargetedLate && cycle.retargetedAt !== null) {
      // Added in place, last: a spread of the facts into a literal with one more key took V8's slow path.
      facts["retargetedAt"] = cycle.retargetedAt;
      reasons.push({
        code: "breached_on_retarget",
        rule: RULE_RETARGET,
        message: `${metric} breached at once when the priority changed to ${cycle.priority ?? "none"} at ${cycle.retargetedAt}: measured from ${cycle.startedAt}, the new target was due at ${cycle.dueAt}`,
        facts,
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

const readFields = new WeakMap<SlaPolicySet, ReadonlySet<string>>();

/** The fields the set's conditions (its policies' and its goals') read: only their changes can change the policy or goal in force. */
// Stryker disable all: a cache
function fieldsRead(set: SlaPolicySet, goals: SetGoals): ReadonlySet<string> {
  let fields = readFields.get(set);
  if (fields === undefined) {
    const found = new Set<string>(goals.fields);
    for (const policy of set.policies) conditionFields(policyCondition(policy.conditions), found);
    fields = found;
    readFields.set(set, fields);
  }
  return fields;
}
// Stryker restore all

const wantedFlags = new WeakMap<SlaPolicySet, Uint8Array>();

/** Per metric index, whether some policy of the set targets it or it has goals: the only metrics whose cycles are worth building. */
// Stryker disable all: a cache, and without it every metric's cycles are built, which only costs time
function targetedMetrics(set: SlaPolicySet, metrics: CompiledMetrics, goals: SetGoals): Uint8Array {
  let wanted = wantedFlags.get(set);
  if (wanted === undefined) {
    wanted = new Uint8Array(metrics.metrics.length);
    for (const policy of set.policies) for (const target of policy.targets) wanted[metrics.byId.get(target.metric)?.index ?? 0] = 1;
    for (let index = 0; index < goals.plans.length; index++) if (goals.plans[index] !== undefined) wanted[index] = 1;
    wantedFlags.set(set, wanted);
  }
  return wanted;
}

// Stryker restore all
/** Evaluates a validated ticket against a validated policy set as of `now` (epoch ms). */
export function computeReport(ticket: Ticket, set: SlaPolicySet, now: number): SlaReport {
  const facts = set.deriveFacts?.(ticket);
  const supportLevel = facts === undefined ? ticket.organization.supportLevel : facts.supportLevel;
  const createdPriority = facts === undefined ? ticket.priority : facts.priority;
  const metrics = metricsOfSet(set);
  const goals = goalsOfSet(set, metrics);
  const wanted = targetedMetrics(set, metrics, goals);
  const history = runClocks(ticket, now, metrics, wanted, createdPriority, set.priorities);
  const states = ticketStates(ticket, createdPriority, supportLevel, now, fieldsRead(set, goals), history, set.priorities);
  const context: Context = {
    ticket,
    set,
    now,
    history,
    metrics,
    wanted,
    supportLevel,
    states,
    choices: [],
    resolved: null,
    calendarMissing: false,
    goals,
    goalChoices: null,
    goalMissing: null,
  };
  // Both histories stop at now, so their last entries are the ones in force.
  const priority = history.priorities[history.priorities.length - 1] ?? null;
  const choice = choiceOfState(context, states.ats.length - 1);
  const evaluatedAt = iso(now);
  switch (choice.kind) {
    case "none": {
      // Metrics with goals need no policy: they are reported on their own.
      const report = goals.any ? appliedReport(context, null, priority, evaluatedAt) : null;
      return report !== null && (report.metrics.length > 0 || report.outcome === "cannot_decide") ? report : noPolicyReport(ticket, set, priority, supportLevel, evaluatedAt);
    }
    case "unknown":
      return undecidedReport(ticket, choice, priority, evaluatedAt);
    case "matched":
      return appliedReport(context, choice.policy, priority, evaluatedAt);
  }
}

/**
 * A report without metrics: no policy applies, or none can be decided. Built as one literal, key
 * by key in the report's order: spreading shared fields into a literal with more keys takes V8's
 * slow path (microseconds, more than the rest of such an evaluation).
 */
function withoutMetrics(
  ticket: Ticket,
  evaluatedAt: string,
  priority: PriorityId | null,
  outcome: SlaReport["outcome"],
  policy: SlaPolicy | null,
  missing: readonly string[] | undefined,
  reasons: Reasons,
): SlaReport {
  const policyId = policy === null ? null : policy.id;
  const policyName = policy === null ? null : policy.name;
  if (missing === undefined) return { ticketId: ticket.id, evaluatedAt, priority, metrics: [], nextBreachAt: null, nextBreachMetric: null, outcome, policyId, policyName, reasons };
  return { ticketId: ticket.id, evaluatedAt, priority, metrics: [], nextBreachAt: null, nextBreachMetric: null, outcome, policyId, policyName, missing, reasons };
}

function noPolicyReport(ticket: Ticket, set: SlaPolicySet, priority: PriorityId | null, supportLevel: SupportLevel | null, evaluatedAt: string): SlaReport {
  return withoutMetrics(ticket, evaluatedAt, priority, "no_policy", null, undefined, [
    {
      code: "no_policy_matched",
      rule: RULE_CHOICE,
      message: `No policy's conditions match this ticket (${set.policies.length} checked), so it has no SLA`,
      facts: { checked: set.policies.map((policy) => policy.id), channel: ticket.channel, priority, supportLevel },
    },
  ]);
}

function undecidedReport(ticket: Ticket, choice: Extract<PolicyChoice, { kind: "unknown" }>, priority: PriorityId | null, evaluatedAt: string): SlaReport {
  return withoutMetrics(ticket, evaluatedAt, priority, "cannot_decide", null, choice.missing, [
    {
      code: "policy_undecidable",
      rule: RULE_CHOICE,
      message: `Cannot tell whether policy "${choice.policy.id}" applies: the ticket does not give ${choice.missing.join(" and ")}`,
      facts: { policyId: choice.policy.id, missing: choice.missing },
    },
  ]);
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

/** The report of the policy in force, or with `policy` null of the set's metrics with goals alone. */
function appliedReport(context: Context, policy: SlaPolicy | null, priority: PriorityId | null, evaluatedAt: string): SlaReport {
  const { ticket } = context;
  const reasons: Reasons = [
    policy === null
      ? {
          code: "goals_applied",
          rule: RULE_GOALS,
          message:
            context.set.policies.length === 0
              ? "The policy set has no policies: its metrics with goals apply on their own"
              : `No policy's conditions match this ticket (${context.set.policies.length} checked): the set's metrics with goals apply on their own`,
          facts: { checked: context.set.policies.map((entry) => entry.id), priority, channel: ticket.channel },
        }
      : {
          code: "policy_matched",
          rule: RULE_CHOICE,
          message: matchedMessage(policy),
          facts: { policyId: policy.id, priority, channel: ticket.channel, supportLevel: context.supportLevel, plan: ticket.organization.plan },
        },
  ];
  explainPolicyChanges(context, reasons);
  const metrics: MetricReport[] = [];
  // Stryker disable next-line ObjectLiteral: reportMetric sets due before it is read
  const upcomingOut: DueOut = { due: null, segment: 0 };
  let nextBreachAt: number | null = null;
  let nextBreachMetric: string | null = null;
  const nowState = context.states.ats.length - 1;
  const { wanted } = context;
  for (const compiled of context.metrics.metrics) {
    // A metric no policy of the set targets and without goals has nothing to report (of
    // Zendesk's seven, GitLab's editions target two): skipped before asking for its target.
    if (wanted[compiled.index] !== 1) continue;
    const metric = compiled.id;
    const plan = context.goals.plans[compiled.index];
    let target: MeasuredTarget | undefined;
    let goal: CycleGoal | null = null;
    if (plan === undefined) target = policy === null ? undefined : targetFor(policy, metric, priority);
    else {
      // A metric with goals is reported when one of its goals applies now.
      const chosen = goalOfState(context, compiled, plan, nowState);
      target = chosen < 0 ? undefined : plan.targets[chosen];
      goal = chosen < 0 ? null : (plan.refs[chosen] ?? null);
    }
    if (target === undefined) continue;
    const report = reportMetric(context, compiled, target, goal, reasons, upcomingOut);
    const upcoming = upcomingOut.due;
    metrics.push(report);
    if (upcoming !== null && (nextBreachAt === null || upcoming < nextBreachAt)) {
      nextBreachAt = upcoming;
      nextBreachMetric = metric;
    }
  }
  const { goalMissing } = context;
  if (goalMissing !== null) {
    reasons.push({
      code: "goal_undecidable",
      rule: RULE_GOALS,
      message: `Cannot tell which goal of ${goalMissing.metric} applies: goal ${goalMissing.goal}'s condition needs ${goalMissing.missing.join(" and ")}, which the ticket does not give`,
      facts: { metric: goalMissing.metric, goal: goalMissing.goal, missing: goalMissing.missing },
    });
    return withoutMetrics(ticket, evaluatedAt, priority, "cannot_decide", policy, goalMissing.missing, reasons);
  }
  if (context.calendarMissing) {
    reasons.push({
      code: "calendar_missing",
      rule: RULE_CALENDAR,
      message: `${policy === null ? "A metric's goal runs" : `Policy "${policy.name}" has targets`} on the ticket's calendar and the ticket has no calendar`,
      facts: { policyId: policy === null ? null : policy.id },
    });
    return withoutMetrics(ticket, evaluatedAt, priority, "cannot_decide", policy, ["calendar"], reasons);
  }
  if (policy !== null && metrics.length === 0 && priority === null && context.set.withoutPriority === "no_targets") {
    reasons.push({
      code: "no_target_without_priority",
      rule: "§2 targets per priority and metric: a ticket without a priority has no target",
      message: `Policy "${policy.name}" sets its targets per priority and the ticket has no priority, so no metric applies`,
      facts: { policyId: policy.id },
    });
    return withoutMetrics(ticket, evaluatedAt, priority, "policy_applied", policy, undefined, reasons);
  }
  if (policy !== null && metrics.length === 0 && priority === null) {
    reasons.push({
      code: "priority_missing",
      rule: "§2 targets per priority and metric",
      message: `Policy "${policy.name}" sets its targets per priority and the ticket has no priority`,
      facts: { policyId: policy.id },
    });
    return withoutMetrics(ticket, evaluatedAt, priority, "cannot_decide", policy, ["priority"], reasons);
  }

  const policyId = policy === null ? null : policy.id;
  const policyName = policy === null ? null : policy.name;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: both are set together or not at all; the check narrows the types
  if (nextBreachAt === null || nextBreachMetric === null) {
    return { ticketId: ticket.id, evaluatedAt, priority, outcome: "policy_applied", policyId, policyName, metrics, nextBreachAt: null, nextBreachMetric, reasons };
  }
  // One literal with `next`, not a spread of the report without it (a slow path in V8).
  const at = iso(nextBreachAt);
  const next = { action: `fulfil_${nextBreachMetric}`, at, message: `Fulfil ${nextBreachMetric} by ${at} to avoid a breach` };
  return { ticketId: ticket.id, evaluatedAt, priority, outcome: "policy_applied", policyId, policyName, metrics, nextBreachAt: at, nextBreachMetric, reasons, next };
}

function policyIdOf(choice: PolicyChoice): string | null {
  return choice.kind === "none" ? null : choice.policy.id;
}

/** One reason per change of the policy in force over the ticket's life, up to now. */
function explainPolicyChanges(context: Context, reasons: Reasons): void {
  const { ats } = context.states;
  let previous = choiceOfState(context, 0);
  for (let index = 1; index < ats.length; index++) {
    const choice = choiceOfState(context, index);
    if (choice.kind === previous.kind && policyIdOf(choice) === policyIdOf(previous)) continue;
    const at = iso(ats[index] as number);
    const from = policyIdOf(previous);
    const to = policyIdOf(choice);
    const describe = (kind: PolicyChoice["kind"], id: string | null): string => (kind === "matched" ? `policy "${id ?? ""}"` : kind === "none" ? "no policy" : `no decidable policy (${id ?? ""} lacks facts)`);
    reasons.push({
      code: "policy_changed",
      rule: RULE_POLICY_CHANGE,
      message: `From ${at} the ticket is under ${describe(choice.kind, to)}, before under ${describe(previous.kind, from)}; each metric cycle keeps the policy in force at its fulfilment, or now while it runs`,
      facts: { at, fromPolicyId: from, toPolicyId: to, fromOutcome: previous.kind, toOutcome: choice.kind },
    });
    previous = choice;
  }
}
