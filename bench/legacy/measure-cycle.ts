import type { SlaTarget } from "../../src/sla/sla-policy.js";
import type { MetricCycle } from "../../src/sla/sla-report.js";
import type { PriorityId, TicketStatus } from "../../src/sla/sla-vocabulary.js";
import { formatIsoInstant } from "../../src/sla/internal/clocks/format-iso-instant.js";
import type { BusinessClock } from "../../src/sla/internal/clocks/business-clock.js";
import type { RawCycle, TicketHistory } from "./collect-cycles.js";

/** Where {@link measureCycle} leaves the due instant as a number, so callers need not parse it back. */
export interface DueOut {
  due: number | null;
}

function runs(status: TicketStatus, pausedBy: readonly string[]): boolean {
  // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: no cycle spans a solved or closed segment (a solve ends every cycle, a reopen starts new ones); the checks state the rule
  return status !== "solved" && status !== "closed" && !pausedBy.includes(status);
}

/**
 * Measures one cycle: business and real running time (pauses excluded), the due instant (the
 * earliest instant the running business time reaches the target less the carried time), and
 * whether it is breached. Fulfilled at or before the due instant is met; an ongoing cycle is
 * breached only once `now` is strictly after its due instant (POLICIES §2 "Boundaries"). Builds
 * the report's cycle directly, and leaves the numeric due instant in `out`.
 */
export function measureCycle(
  cycle: RawCycle,
  target: SlaTarget,
  clock: BusinessClock,
  history: TicketHistory,
  now: number,
  carried: number,
  carriedDue: number | null,
  index: number,
  policyId: string,
  priority: PriorityId | null,
  retargetedAt: number | null,
  out: DueOut,
): MetricCycle {
  const { start } = cycle;
  const end = cycle.end ?? now;
  const need = target.durationMs - carried;
  const { statusStarts, statuses } = history;
  let elapsedBusiness = 0;
  let elapsedCalendar = 0;
  // A reopened cycle whose carried time already exceeds the target was due before it began.
  let due: number | null = need <= 0 ? (carriedDue ?? start) : null;

  let i = 0;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: skipping the segments before the start only saves time, the loop below clips them to nothing
  while (i + 1 < statusStarts.length && (statusStarts[i + 1] as number) <= start) i++;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: a segment at or past the end, or past the last status, clips to nothing and is skipped
  for (; i < statusStarts.length && (statusStarts[i] as number) < end; i++) {
    const segmentStart = Math.max(start, statusStarts[i] as number);
    const segmentEnd = Math.min(end, statusStarts[i + 1] ?? Infinity);
    if (segmentEnd <= segmentStart || !runs(statuses[i] as TicketStatus, target.pausedBy)) continue;
    const business = clock.between(segmentStart, segmentEnd);
    if (due === null && elapsedBusiness + business >= need) due = clock.add(segmentStart, need - elapsedBusiness);
    elapsedBusiness += business;
    elapsedCalendar += segmentEnd - segmentStart;
  }

  const ongoing = cycle.end === null;
  const paused = ongoing && !runs(statuses[statuses.length - 1] as TicketStatus, target.pausedBy);
  if (due === null) {
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
    calendar: target.calendar,
    targetMs: target.durationMs,
    carriedBusinessMs: carried,
    elapsedBusinessMs: elapsedBusiness,
    elapsedCalendarMs: elapsedCalendar,
    remainingBusinessMs: need - elapsedBusiness,
    remainingCalendarMs: due === null ? null : due - end,
    overdueBy: breached && due !== null ? { businessMs: Math.max(0, elapsedBusiness - need), calendarMs: end - due } : null,
    retargetedAt: retargetedAt === null ? null : formatIsoInstant(retargetedAt),
    // Not measured by the engine this baseline keeps.
    goal: null,
    withinCalendarHours: false,
  };
}
