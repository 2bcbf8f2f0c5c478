import type { ClockField, ClockHit, ClockState, MetricCycles, MetricDefinition, StatusCategory } from "../../metric-definition.js";
import type { FulfilmentKind } from "../../sla-report.js";

// Occurrence kinds: what happened. A status change is one occurrence that both entered and left
// hits read.
export const ON_CREATED = 0;
export const ON_COMMENT = 1;
export const ON_STATUS = 2;
export const ON_FIELD = 3;
export const OCCURRENCE_KINDS = 4;

/**
 * A state compiled to a test on the ticket's status (by index in the set's status list) or on
 * whether a metric completed a cycle: `statuses` flags the statuses where it holds; otherwise it
 * holds when `completed[metric]` equals `when`.
 */
export interface CompiledState {
  readonly statuses: Uint8Array | null;
  readonly metric: number;
  readonly when: number;
}

/** A comment's author, visibility and automation as a number in 0..7, the bit of a hit's `comments` mask. */
export function commentKind(author: "customer" | "agent", isPublic: boolean, automated: boolean): number {
  return (author === "agent" ? 4 : 0) + (isPublic ? 2 : 0) + (automated ? 1 : 0);
}

export interface CompiledHit {
  /** For status hits: entered (true) or left (false). */
  readonly entered: boolean;
  /**
   * Comment hits: the kinds of comment (bit {@link commentKind}) the author, public and automated
   * filters let through; one test per comment, where three filters each asked the comment again.
   */
  readonly comments: number;
  /** Status hits: the statuses named, flagged by status index; null: any status. */
  readonly statuses: Uint8Array | null;
  readonly field: ClockField | undefined;
  readonly hasFrom: boolean;
  readonly from: string | number | null | undefined;
  readonly hasTo: boolean;
  readonly to: string | number | null | undefined;
  readonly guard: readonly CompiledState[];
  readonly defer: readonly CompiledState[];
  readonly fulfilment: FulfilmentKind;
}

export interface CompiledMetric {
  readonly index: number;
  readonly id: string;
  readonly cycles: MetricCycles;
  /** Start and stop hits, by occurrence kind. */
  readonly startOn: readonly (readonly CompiledHit[])[];
  readonly stopOn: readonly (readonly CompiledHit[])[];
  /** The statuses the metric's own pause conditions pause on. */
  readonly pausedStatuses: readonly string[];
  /** Metric indexes the guards read. */
  readonly reads: readonly number[];
}

/** A policy set's metrics, compiled against its statuses. */
export interface CompiledMetrics {
  readonly metrics: readonly CompiledMetric[];
  readonly byId: ReadonlyMap<string, CompiledMetric>;
  /** The set's statuses, in order; status indexes point into it. */
  readonly statuses: readonly string[];
  readonly statusIndex: ReadonlyMap<string, number>;
  readonly categoryOf: ReadonlyMap<string, StatusCategory>;
  /** Flags, by status index, the statuses in the solved and closed categories. */
  readonly solved: Uint8Array;
}

/** A state holds for the ticket's status index and the metrics' completion flags. */
export function holds(state: CompiledState, status: number, completed: Uint8Array): boolean {
  return state.statuses !== null ? state.statuses[status] === 1 : completed[state.metric] === state.when;
}

interface Context {
  readonly statuses: readonly string[];
  readonly categoryOf: ReadonlyMap<string, StatusCategory>;
  readonly indexOf: ReadonlyMap<string, number>;
  readonly reads: number[];
}

function flags(context: Context, names: readonly string[] | undefined, categories: readonly StatusCategory[] | undefined): Uint8Array {
  return Uint8Array.from(context.statuses, (status) => (names?.includes(status) === true || categories?.includes(context.categoryOf.get(status) as StatusCategory) === true ? 1 : 0));
}

function compileState(state: ClockState, context: Context): CompiledState {
  if ("not" in state) {
    const inner = compileState(state.not, context);
    if (inner.statuses !== null) return { statuses: inner.statuses.map((flag) => 1 - flag), metric: -1, when: 0 };
    return { statuses: null, metric: inner.metric, when: 1 - inner.when };
  }
  if ("completed" in state) {
    // The set's schema checks that a guard names a metric of the set.
    const metric = context.indexOf.get(state.completed) ?? -1;
    context.reads.push(metric);
    return { statuses: null, metric, when: 1 };
  }
  return { statuses: "status" in state ? flags(context, state.status, undefined) : flags(context, undefined, state.category), metric: -1, when: 0 };
}

const KIND_OF = { created: ON_CREATED, comment: ON_COMMENT, status_entered: ON_STATUS, status_left: ON_STATUS, field_changed: ON_FIELD } as const;

function fulfilmentOf(hit: ClockHit): FulfilmentKind {
  switch (hit.on) {
    case "created":
      return "created";
    case "comment":
      return hit.author === "agent" ? "agent_reply" : hit.author === "customer" ? "customer_comment" : "comment";
    case "status_entered":
    case "status_left":
      return "status_change";
    case "field_changed":
      return "field_change";
  }
}

function compileHit(hit: ClockHit, context: Context): CompiledHit {
  const states = (list: readonly ClockState[] | undefined): CompiledState[] => (list ?? []).map((entry) => compileState(entry, context));
  const isStatus = hit.on === "status_entered" || hit.on === "status_left";
  const isComment = hit.on === "comment";
  const isField = hit.on === "field_changed";
  // The kinds of comment a comment hit admits, one bit per kind; a filter left out admits either value.
  let comments = 0;
  for (let kind = 0; isComment && kind < 8; kind++) {
    const author = kind >= 4 ? "agent" : "customer";
    const isPublic = (kind & 2) === 2;
    const automated = (kind & 1) === 1;
    if ((hit.author ?? author) === author && (hit.public ?? isPublic) === isPublic && (hit.automated ?? automated) === automated) comments |= 1 << kind;
  }
  return {
    entered: hit.on !== "status_left",
    comments,
    statuses: isStatus && (hit.status !== undefined || hit.category !== undefined) ? flags(context, hit.status, hit.category) : null,
    field: isField ? hit.field : undefined,
    hasFrom: isField && hit.from !== undefined,
    from: isField ? hit.from : undefined,
    hasTo: isField && hit.to !== undefined,
    to: isField ? hit.to : undefined,
    guard: states(hit.if),
    defer: states(hit.deferWhile),
    fulfilment: fulfilmentOf(hit),
  };
}

function byKind(hits: readonly ClockHit[], context: Context): CompiledHit[][] {
  const lists: CompiledHit[][] = Array.from({ length: OCCURRENCE_KINDS }, () => []);
  for (const hit of hits) (lists[KIND_OF[hit.on]] as CompiledHit[]).push(compileHit(hit, context));
  return lists;
}

/**
 * Compiles metric definitions against a set's statuses: statuses become indexes, status names
 * and categories become flags over them, hits are sorted by the kind of occurrence they react to,
 * and each metric learns which others its guards read, so the walk can track those even when no
 * policy targets them.
 */
export function compileMetrics(definitions: readonly MetricDefinition[], categoryOf: ReadonlyMap<string, StatusCategory>): CompiledMetrics {
  const statuses = [...categoryOf.keys()];
  const indexOf = new Map(definitions.map((definition, index) => [definition.id, index]));
  const metrics = definitions.map((definition, index): CompiledMetric => {
    const context: Context = { statuses, categoryOf, indexOf, reads: [] };
    const pause = definition.pause.map((state) => compileState(state, context));
    const none = new Uint8Array(definitions.length);
    return {
      index,
      id: definition.id,
      cycles: definition.cycles,
      startOn: byKind(definition.start, context),
      stopOn: byKind(definition.stop, context),
      pausedStatuses: statuses.filter((_, status) => pause.some((state) => holds(state, status, none))),
      reads: [...new Set(context.reads)],
    };
  });
  const solved = Uint8Array.from(statuses, (status) => (categoryOf.get(status) === "solved" || categoryOf.get(status) === "closed" ? 1 : 0));
  return { metrics, byId: new Map(metrics.map((metric) => [metric.id, metric])), statuses, statusIndex: new Map(statuses.map((status, index) => [status, index])), categoryOf, solved };
}
