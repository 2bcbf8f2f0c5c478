// A slow, obviously-correct reference for one metric defined as data, around the clock: it reads
// the definition's JSON and the ticket's JSON directly and walks the events one by one, with
// nothing shared with src/. It implements the rules as the metric language documents them:
// - creation is one event, then the status the ticket was created with is entered at once;
// - within one event a running cycle is stopped before a new one may start; a start while a cycle
//   runs is ignored; `once` never starts again after a cycle ended;
// - guards (`if`) read the ticket just before the event; a deferral reads it just after, and a
//   deferred start begins at the end of the first event after which no deferral state holds;
// - the clock runs except while a pause state holds; the due instant is where the running time
//   reaches the target less the time carried (accumulate) from earlier cycles;
// - a ticket in a custom status is in that status (not in its category's Zendesk status) and in
//   its category: the status the clocks read is the custom one where an event or the ticket gives
//   one, else the Zendesk status.

type Json = Record<string, unknown>;

export interface ReferenceCycle {
  startedAt: number;
  fulfilledAt: number | null;
  fulfilledBy: string | null;
  elapsedMs: number;
  carriedMs: number;
  dueAt: number | null;
  paused: boolean;
}

const CATEGORY: Record<string, string> = { new: "new", open: "open", pending: "pending", on_hold: "hold", solved: "solved", closed: "closed" };

/** A status's category: Zendesk's six, or a custom status's declared one. */
type CategoryOf = (status: string) => string | undefined;

interface Moment {
  status: string;
  completed: boolean;
}

function stateHolds(state: Json, moment: Moment, categoryOf: CategoryOf): boolean {
  if ("not" in state) return !stateHolds(state["not"] as Json, moment, categoryOf);
  if ("completed" in state) return moment.completed;
  if ("status" in state) return (state["status"] as string[]).includes(moment.status);
  return (state["category"] as string[]).includes(categoryOf(moment.status) as string);
}

interface Occurrence {
  kind: "created" | "comment" | "status" | "field";
  at: number;
  event: Json | null;
  from: string | null;
  to: string | null;
}

function statusNamed(hit: Json, status: string | null, categoryOf: CategoryOf): boolean {
  // Only status occurrences reach here, and their new status is never null.
  if (status === null) return false;
  const names = (hit["status"] as string[] | undefined) ?? [];
  const categories = (hit["category"] as string[] | undefined) ?? [];
  return names.includes(status) || categories.includes(categoryOf(status) as string);
}

function hitMatches(hit: Json, occurrence: Occurrence, before: Moment, categoryOf: CategoryOf): boolean {
  const on = hit["on"];
  let matches = false;
  if (on === "created") matches = occurrence.kind === "created";
  else if (on === "comment") {
    const event = occurrence.event;
    matches =
      occurrence.kind === "comment" &&
      event !== null &&
      (hit["author"] === undefined || hit["author"] === event["author"]) &&
      (hit["public"] === undefined || hit["public"] === event["public"]) &&
      (hit["automated"] === undefined || hit["automated"] === (event["automated"] ?? false));
  } else if (on === "status_entered" || on === "status_left") {
    if (occurrence.kind === "status") {
      const any = hit["status"] === undefined && hit["category"] === undefined;
      if (on === "status_entered") matches = any || (statusNamed(hit, occurrence.to, categoryOf) && !statusNamed(hit, occurrence.from, categoryOf));
      else matches = occurrence.from !== null && (any || (statusNamed(hit, occurrence.from, categoryOf) && !statusNamed(hit, occurrence.to, categoryOf)));
    }
  } else if (on === "field_changed") {
    matches = occurrence.kind === "field" && (!("from" in hit) || hit["from"] === occurrence.from) && (!("to" in hit) || hit["to"] === occurrence.to);
  }
  if (!matches) return false;
  return ((hit["if"] as Json[] | undefined) ?? []).every((state) => stateHolds(state, before, categoryOf));
}

function fulfilment(hit: Json, occurrence: Occurrence, categoryOf: CategoryOf): string {
  if (hit["on"] === "comment") return hit["author"] === "agent" ? "agent_reply" : hit["author"] === "customer" ? "customer_comment" : "comment";
  if (hit["on"] === "status_entered" || hit["on"] === "status_left") {
    const category = categoryOf(occurrence.to as string);
    return category === "solved" || category === "closed" ? "solved" : "status_change";
  }
  if (hit["on"] === "field_changed") return "field_change";
  return "created";
}

/**
 * The metric's cycles on the ticket as of `now`, for a target of `targetMs` around the clock; or,
 * when `targetMs` is a function, the target at each cycle's reference instant (its fulfilment, or
 * `now`): a number, null for no target, or undefined when no goal applies (the cycle is not reported).
 * `customStatuses` maps the set's custom status ids to their categories.
 */
export function referenceCycles(metric: Json, ticket: Json, now: number, targetMs: number | ((at: number) => number | null | undefined), customStatuses: Readonly<Record<string, string>> = {}): ReferenceCycle[] {
  const categoryOf: CategoryOf = (status) => (Object.hasOwn(CATEGORY, status) ? CATEGORY[status] : customStatuses[status]);
  const nameOf = (holder: Json): string => (holder["customStatus"] as string | null | undefined) ?? (holder["status"] as string | undefined) ?? "new";
  const createdAt = Date.parse(ticket["createdAt"] as string);
  const events = ((ticket["events"] as Json[] | undefined) ?? [])
    .map((event, index) => ({ event, index, at: Date.parse(event["at"] as string) }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .filter((entry) => entry.at <= now);

  let status = nameOf(ticket);
  let priority = (ticket["priority"] as string | null | undefined) ?? null;
  const statusTimeline: [number, string][] = [[createdAt, status]];
  const occurrences: Occurrence[] = [
    { kind: "created", at: createdAt, event: null, from: null, to: status },
    { kind: "status", at: createdAt, event: null, from: null, to: status },
  ];
  for (const { event, at } of events) {
    if (event["type"] === "comment") occurrences.push({ kind: "comment", at, event, from: null, to: status });
    else if (event["type"] === "status_change" && nameOf(event) !== status) {
      occurrences.push({ kind: "status", at, event, from: status, to: nameOf(event) });
      status = nameOf(event);
      statusTimeline.push([at, status]);
    } else if (event["type"] === "priority_change" && event["priority"] !== priority && metricWatchesPriority(metric)) {
      occurrences.push({ kind: "field", at, event, from: priority, to: event["priority"] as string | null });
      priority = event["priority"] as string | null;
    } else if (event["type"] === "priority_change") priority = event["priority"] as string | null;
  }

  const raw: { start: number; end: number | null; by: string | null }[] = [];
  let running = false;
  let completed = false;
  let deferred: Json | null = null;
  let current = nameOf(ticket);
  for (const occurrence of occurrences) {
    const before: Moment = { status: current, completed };
    const after: Moment = { status: occurrence.kind === "status" ? (occurrence.to as string) : current, completed };
    let stoppedNow = false;
    if (running) {
      const stop = (metric["stop"] as Json[]).find((hit) => hitMatches(hit, occurrence, before, categoryOf));
      if (stop !== undefined) {
        running = false;
        stoppedNow = true;
        const last = raw[raw.length - 1] as { end: number | null; by: string | null };
        last.end = occurrence.at;
        last.by = fulfilment(stop, occurrence, categoryOf);
      }
    }
    const mayStart = !running && deferred === null && !(metric["cycles"] === "once" && (completed || stoppedNow));
    if (mayStart) {
      const start = (metric["start"] as Json[]).find((hit) => hitMatches(hit, occurrence, before, categoryOf));
      if (start !== undefined) {
        const defer = (start["deferWhile"] as Json[] | undefined) ?? [];
        if (defer.some((state) => stateHolds(state, after, categoryOf))) deferred = start;
        else {
          running = true;
          raw.push({ start: occurrence.at, end: null, by: null });
        }
      }
    }
    if (stoppedNow) completed = true;
    current = after.status;
    if (deferred !== null) {
      const moment: Moment = { status: current, completed };
      const defer = (deferred["deferWhile"] as Json[] | undefined) ?? [];
      if (!defer.some((state) => stateHolds(state, moment, categoryOf))) {
        deferred = null;
        if (!running && !(metric["cycles"] === "once" && completed)) {
          running = true;
          raw.push({ start: occurrence.at, end: null, by: null });
        }
      }
    }
  }

  const pause = (metric["pause"] as Json[] | undefined) ?? [];
  const pausedAt = (at: number): boolean => {
    let s = statusTimeline[0]?.[1] as string;
    for (const [from, value] of statusTimeline) if (from <= at) s = value;
    return pause.some((state) => stateHolds(state, { status: s, completed: false }, categoryOf));
  };
  // Minute by minute would be simplest; the events fall on whole minutes and now may not, so the
  // walk goes over the instants where the status changes, each piece either running or paused.
  const cuts = (from: number, to: number): number[] => [from, ...statusTimeline.map(([at]) => at).filter((at) => at > from && at < to), to];
  let carried = 0;
  let previousDue: number | null = null;
  const results: ReferenceCycle[] = [];
  for (const cycle of raw) {
    const end = cycle.end ?? now;
    const target = typeof targetMs === "number" ? targetMs : targetMs(end);
    if (target === undefined) continue;
    // No target: the time needed is never reached.
    const need = target === null ? Infinity : target - (metric["cycles"] === "accumulate" ? carried : 0);
    let elapsed = 0;
    // Time carried past the target: due when the earlier cycle was.
    let due: number | null = need <= 0 ? (previousDue ?? cycle.start) : null;
    const points = cuts(cycle.start, end);
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i] as number;
      const b = points[i + 1] as number;
      if (b <= a || pausedAt(a)) continue;
      if (due === null && elapsed + (b - a) >= need) due = a + (need - elapsed);
      elapsed += b - a;
    }
    const paused = cycle.end === null && pausedAt(now);
    if (target !== null) due ??= cycle.end === null ? (paused ? null : now + (need - elapsed)) : end + (need - elapsed);
    results.push({ startedAt: cycle.start, fulfilledAt: cycle.end, fulfilledBy: cycle.by, elapsedMs: elapsed, carriedMs: metric["cycles"] === "accumulate" ? carried : 0, dueAt: due, paused });
    carried += elapsed;
    previousDue = due;
  }
  return results;
}

/** The ticket's priority at `at`: the creation one, then the last change at or before it. */
export function referencePriorityAt(ticket: Json, at: number): string | null {
  let priority = (ticket["priority"] as string | null | undefined) ?? null;
  const events = ((ticket["events"] as Json[] | undefined) ?? []).map((event, index) => ({ event, index, at: Date.parse(event["at"] as string) })).sort((a, b) => a.at - b.at || a.index - b.index);
  for (const entry of events) if (entry.at <= at && entry.event["type"] === "priority_change") priority = entry.event["priority"] as string | null;
  return priority;
}

function metricWatchesPriority(metric: Json): boolean {
  return [...(metric["start"] as Json[]), ...(metric["stop"] as Json[])].some((hit) => hit["on"] === "field_changed");
}
