import type { CheckResult, CombinedResult } from "./check-result.js";

const RANK = { fail: 3, missing: 2, wait: 1, pass: 0 } as const;

/**
 * Combines criteria that must all hold. A definite "no" on a known fact outranks a missing fact
 * (the answer is no whatever the missing fact is); a missing fact outranks waiting (waiting
 * implies the rest is known to hold).
 */
export function combineChecks<Code extends string>(checks: readonly CheckResult<Code>[]): CombinedResult<Code> {
  let status: CombinedResult<Code>["status"] = "pass";
  for (const check of checks) if (RANK[check.status] > RANK[status]) status = check.status;
  const missing = [...new Set(checks.flatMap((check) => check.missing ?? []))];
  const decisive = checks.find((check) => check.status === status && check.next !== undefined);
  const reasons = checks.flatMap((check) => check.reasons);
  return decisive?.next === undefined ? { status, reasons, missing } : { status, reasons, missing, next: decisive.next };
}
