import type { SlaTarget } from "../../sla-policy.js";
import type { CycleGoal, MetricCycle } from "../../sla-report.js";
import type { PriorityId } from "../../sla-vocabulary.js";
import { formatIsoInstant } from "./format-iso-instant.js";
import type { BusinessClock } from "./business-clock.js";
import type { RawCycle, TicketHistory } from "./run-clocks.js";

/**
 * Where {@link measureCycle} leaves the due instant as a number, so callers need not parse it
 * back, and the status segment the cycle started in: a metric's cycles come in time order, so
 * the next one's search resumes there and a history's segments are walked once per metric.
 */
export interface DueOut {
  due: number | null;
  segment: number;
}

// A stopped clock is a metric's own business: Zendesk's stop on solving, so no cycle of theirs
// spans a solved segment, and a defined metric runs wherever its definition lets it.
function runs(status: string, pausedBy: readonly string[]): boolean {
  return !pausedBy.includes(status);
}

/** A target as a cycle is measured against it: a policy's, or a metric goal's, whose duration may be null ("No target"). */
export type MeasuredTarget = Omit<SlaTarget, "durationMs"> & { readonly durationMs: number | null };

/**
 * Measures one cycle: business and real running time (pauses excluded), the due instant (the
 * earliest instant the running business time reaches the target less the carried time), and
 * whether it is breached. Fulfilled at or before the due instant is met; an ongoing cycle is
 * breached only once `now` is strictly after its due instant (docs/rules.md §2 "Boundaries"). A
 * target of null (a goal's "No target") is never due and never breached; the clock still runs.
 * Builds the report's cycle directly, and leaves the numeric due instant in `out`.
 */
export function measureCycle(
  cycle: RawCycle,
  target: MeasuredTarget,
  clock: BusinessClock,
  history: TicketHistory,
  now: number,
  carried: number,
  carriedDue: number | null,
  index: number,
  policyId: string | null,
  priority: PriorityId | null,
  retargetedAt: number | null,
  out: DueOut,
  goal: CycleGoal | null = null,
): MetricCycle {
  const { start } = cycle;
  const end = cycle.end ?? now;
  // No target: the time needed is never reached, so no due instant is ever computed.
  const untargeted = target.durationMs === null;
  const need = target.durationMs === null ? Infinity : target.durationMs - carried;
  const { statusStarts, statuses } = history;
  let elapsedBusiness = 0;
  let elapsedCalendar = 0;
  // A reopened cycle whose carried time already exceeds the target was due before it began.
  let due: number | null = need <= 0 ? (carriedDue ?? start) : null;

  let i = out.segment;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: skipping the segments before the start only saves time, the loop below clips them to nothing
  while (i + 1 < statusStarts.length && (statusStarts[i + 1] as number) <= start) i++;
  out.segment = i;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: a segment at or past the end, or past the last status, clips to nothing and is skipped
  for (; i < statusStarts.length && (statusStarts[i] as number) < end; i++) {
    const segmentStart = Math.max(start, statusStarts[i] as number);
    const segmentEnd = Math.min(end, statusStarts[i + 1] ?? Infinity);
    if (segmentEnd <= segmentStart || !runs(statuses[i] as string, target.pausedBy)) continue;
    const business = clock.between(segmentStart, segmentEnd);
    if (due === null && elapsedBusiness + business >= need) due = clock.add(segmentStart, need - elapsedBusiness);
    elapsedBusiness += business;
    elapsedCalendar += segmentEnd - segmentStart;
  }

  const ongoing = cycle.end === null;
  const paused = ongoing && !runs(statuses[statuses.length - 1] as string, target.pausedBy);
  if (due === null && !untargeted) {
    if (ongoing && !paused) due = clock.add(now, need - elapsedBusiness);
    // Fulfilled before the target was reached, possibly while paused: the clock never ran out, so
    // the due instant lies after the fulfilment, where the remaining time would have run from.
    else if (!ongoing) due = clock.add(end, need - elapsedBusiness);
  }
  const breached = due !== null && end > due;
  const earliest = target.notBeforeMs === null ? null : clock.add(start, target.notBeforeMs);
  out.due = due;
  const fulfilled = cycle.end;
  return {
    index,
    outcome: fulfilled === null ? "ongoing" : breached ? "breached" : "met",
    breached,
    paused,
    startedAt: formatIsoInstant(start),
    dueAt: due === null ? null : formatIsoInstant(due),
    earliestAt: earliest === null ? null : formatIsoInstant(earliest),
    fulfilledAt: fulfilled === null ? null : formatIsoInstant(fulfilled),
    fulfilledBy: cycle.endKind,
    early: cycle.endKind === "agent_reply" && earliest !== null && end < earliest,
    priority,
    policyId,
    goal,
    calendar: target.calendar,
    targetMs: target.durationMs,
    carriedBusinessMs: carried,
    elapsedBusinessMs: elapsedBusiness,
    elapsedCalendarMs: elapsedCalendar,
    remainingBusinessMs: untargeted ? null : need - elapsedBusiness,
    remainingCalendarMs: due === null ? null : due - end,
    overdueBy: breached && due !== null ? { businessMs: Math.max(0, elapsedBusiness - need), calendarMs: end - due } : null,
    retargetedAt: retargetedAt === null ? null : formatIsoInstant(retargetedAt),
    withinCalendarHours: clock.isOpen(end),
  };
}
