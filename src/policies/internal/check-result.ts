import type { NextStep, Reason } from "../../shared/decision.js";

/**
 * The result of one criterion of a policy: `pass`, `fail` (a definite no), `missing` (a fact it
 * needs is absent) or `wait` (not yet: time or an action is outstanding).
 */
export interface CheckResult<Code extends string> {
  readonly status: "pass" | "fail" | "missing" | "wait";
  readonly reasons: readonly Reason<Code>[];
  readonly missing?: readonly string[];
  readonly next?: NextStep;
}

/** The status of several criteria that must all pass: a definite no wins, then a missing fact, then waiting. */
export interface CombinedResult<Code extends string> {
  readonly status: "pass" | "fail" | "missing" | "wait";
  readonly reasons: readonly Reason<Code>[];
  readonly missing: readonly string[];
  /** The next step of the first criterion with the combined status. */
  readonly next?: NextStep;
}
