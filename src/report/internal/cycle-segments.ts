import type { TicketStatus } from "../../sla/sla-vocabulary.js";
import type { StatusSegment } from "./status-segments.js";

/**
 * A stretch of one cycle: the clock `running`, or paused by the status in force. Epoch
 * milliseconds.
 */
export interface CycleSegment {
  readonly from: number;
  readonly to: number;
  readonly running: boolean;
  readonly status: TicketStatus;
}

/**
 * Splits one cycle, from `start` to `end` (its fulfilment, or `now`), into running and paused
 * stretches: the clock runs while the status is not one of the target's pausing statuses, as
 * the report measures it (docs/rules.md §2; a cycle never spans a solved stretch: solving ends
 * it). Running stretches that
 * touch are merged (keeping the first one's status), and so are paused ones with the same
 * status, so a bar is drawn with as few pieces as the history allows.
 */
export function cycleSegments(statuses: readonly StatusSegment[], start: number, end: number, pausedBy: readonly string[]): CycleSegment[] {
  const pieces: CycleSegment[] = [];
  for (const segment of statuses) {
    const from = Math.max(start, segment.from);
    const to = Math.min(end, segment.to);
    if (to <= from) continue;
    const running = !pausedBy.includes(segment.status);
    const last = pieces[pieces.length - 1];
    if (last?.to === from && last.running === running && (running || last.status === segment.status)) {
      pieces[pieces.length - 1] = { ...last, to };
    } else {
      pieces.push({ from, to, running, status: segment.status });
    }
  }
  return pieces;
}
