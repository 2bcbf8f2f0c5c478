import type { SlaTarget } from "../../sla-policy.js";
import type { TicketStatus } from "../../sla-vocabulary.js";
import type { BusinessClock } from "./business-clock.js";
import type { RawCycle, TicketHistory } from "./collect-cycles.js";

/** A cycle measured against its target, on epoch milliseconds. */
export interface Measured {
  readonly start: number;
  readonly end: number | null;
  readonly endKind: "agent_reply" | "solved" | null;
  readonly due: number | null;
  readonly earliest: number | null;
  readonly breached: boolean;
  readonly paused: boolean;
  readonly early: boolean;
  readonly carried: number;
  readonly elapsedBusiness: number;
  readonly elapsedCalendar: number;
  readonly remainingBusiness: number;
  readonly remainingCalendar: number | null;
  readonly overdueBusiness: number;
  readonly overdueCalendar: number;
}

function runs(status: TicketStatus, pausedBy: readonly string[]): boolean {
  return status !== "solved" && status !== "closed" && !pausedBy.includes(status);
}

/**
 * Measures one cycle: business and real running time (pauses excluded), the due instant (the
 * earliest instant the running business time reaches the target less the carried time), and
 * whether it is breached. Fulfilled at or before the due instant is met; an ongoing cycle is
 * breached only once `now` is strictly after its due instant (POLICIES §2 "Boundaries").
 */
export function measureCycle(
  cycle: RawCycle,
  target: SlaTarget,
  clock: BusinessClock,
  history: TicketHistory,
  now: number,
  carried: number,
  carriedDue: number | null,
): Measured {
  const { start } = cycle;
  const end = cycle.end ?? now;
  const need = target.durationMs - carried;
  const { statusStarts, statuses } = history;
  let elapsedBusiness = 0;
  let elapsedCalendar = 0;
  // A reopened cycle whose carried time already exceeds the target was due before it began.
  let due: number | null = need <= 0 ? (carriedDue ?? start) : null;
  let lastRunningEnd: number | null = null;

  let i = 0;
  while (i + 1 < statusStarts.length && (statusStarts[i + 1] as number) <= start) i++;
  for (; i < statusStarts.length && (statusStarts[i] as number) < end; i++) {
    const segmentStart = Math.max(start, statusStarts[i] as number);
    const segmentEnd = Math.min(end, statusStarts[i + 1] ?? Infinity);
    if (segmentEnd <= segmentStart || !runs(statuses[i] as TicketStatus, target.pausedBy)) continue;
    const business = clock.between(segmentStart, segmentEnd);
    if (due === null && elapsedBusiness + business >= need) due = clock.add(segmentStart, need - elapsedBusiness);
    elapsedBusiness += business;
    elapsedCalendar += segmentEnd - segmentStart;
    lastRunningEnd = segmentEnd;
  }

  const ongoing = cycle.end === null;
  const paused = ongoing && !runs(statuses[statuses.length - 1] as TicketStatus, target.pausedBy);
  if (due === null) {
    if (ongoing && !paused) due = clock.add(now, need - elapsedBusiness);
    else if (!ongoing) due = clock.add(lastRunningEnd ?? start, need - elapsedBusiness);
  }
  const breached = due !== null && end > due;
  const earliest = target.notBeforeMs === null ? null : clock.add(start, target.notBeforeMs);
  return {
    start,
    end: cycle.end,
    endKind: cycle.endKind,
    due,
    earliest,
    breached,
    paused,
    early: cycle.endKind === "agent_reply" && earliest !== null && end < earliest,
    carried,
    elapsedBusiness,
    elapsedCalendar,
    remainingBusiness: need - elapsedBusiness,
    remainingCalendar: due === null ? null : due - end,
    overdueBusiness: breached ? Math.max(0, elapsedBusiness - need) : 0,
    overdueCalendar: breached && due !== null ? end - due : 0,
  };
}
