import type { JsonValue } from "../shared/json.js";

interface ReasonLike {
  readonly code: string;
  readonly rule: string;
  readonly message: string;
  readonly facts: Readonly<Record<string, JsonValue>>;
}

interface DecisionLike {
  readonly outcome?: string;
  readonly reasons?: readonly ReasonLike[];
  readonly next?: { readonly action: string; readonly at?: string; readonly message: string };
  readonly missing?: readonly string[];
  readonly targets?: readonly { readonly userId: string; readonly outcome: string }[];
  readonly paths?: readonly (DecisionLike & {
    readonly path: string;
    readonly handledBy: string;
    readonly star?: DecisionLike;
    readonly severity?: DecisionLike;
    readonly eligibility?: DecisionLike;
  })[];
  readonly refused?: readonly { readonly path: string; readonly reasons: readonly ReasonLike[] }[];
  readonly newName?: string;
}

function reasonLines(reasons: readonly ReasonLike[], indent: string): string[] {
  return reasons.flatMap((reason) => [
    `${indent}- ${reason.message}`,
    `${indent}    code: ${reason.code}`,
    `${indent}    rule: ${reason.rule}`,
    `${indent}    facts: ${JSON.stringify(reason.facts)}`,
  ]);
}

/**
 * Renders a policy decision for a person: the outcome, every reason with its code, the handbook
 * rule and the facts that decided it, what happens next, and the facts still missing; for a
 * 2FA removal each account's outcome, for an escalation each path with its own reasons and the
 * paths considered and refused.
 *
 * @param title - the first line (what was decided)
 * @param decision - a decision in the library's shape (`Decision`, a 2FA removal decision, an escalation classification)
 * @returns the text, ending with a newline
 *
 * @example
 * ```ts
 * renderDecision("username-release (gitlab2026)", { outcome: "release", reasons: [] });
 * // => "username-release (gitlab2026)\nOutcome: release\n"
 * ```
 */
export function renderDecision(title: string, decision: DecisionLike): string {
  const lines = [title, `Outcome: ${decision.outcome ?? "-"}`];
  if (decision.newName !== undefined) lines.push(`New name for the dormant account: ${decision.newName}`);
  for (const target of decision.targets ?? []) lines.push(`  account ${target.userId}: ${target.outcome}`);
  // Stryker disable next-line ArrayDeclaration: the branch runs only for a non-empty list, so its second fallback is never used
  if ((decision.reasons ?? []).length > 0) lines.push("Reasons:", ...reasonLines(decision.reasons ?? [], "  "));
  for (const path of decision.paths ?? []) {
    lines.push(`Path: ${path.path} (handled by ${path.handledBy})`, ...reasonLines(path.reasons ?? [], "  "));
    // The decisions behind a path (a STAR's eligibility, an emergency's severity and plan) explain themselves too.
    for (const [label, inner] of [["STAR", path.star], ["severity", path.severity], ["emergency eligibility", path.eligibility]] as const) {
      if (inner === undefined) continue;
      lines.push(`  ${label}: ${inner.outcome ?? "-"}`, ...reasonLines(inner.reasons ?? [], "    "));
      if (inner.next !== undefined) lines.push(`    next: ${inner.next.message}${inner.next.at === undefined ? "" : ` (at ${inner.next.at})`}`);
      // Stryker disable next-line ArrayDeclaration: the branch runs only for a non-empty list, so its second fallback is never used
      if ((inner.missing ?? []).length > 0) lines.push(`    missing facts: ${(inner.missing ?? []).join(", ")}`);
    }
  }
  // A path with grounds that a rule forbids is shown apart, so it never reads as an escalation.
  for (const path of decision.refused ?? []) lines.push(`Considered and refused: ${path.path}`, ...reasonLines(path.reasons, "  "));
  if (decision.next !== undefined) lines.push(`Next: ${decision.next.message}${decision.next.at === undefined ? "" : ` (at ${decision.next.at})`} [${decision.next.action}]`);
  // Stryker disable next-line ArrayDeclaration: the branch runs only for a non-empty list, so its second fallback is never used
  if ((decision.missing ?? []).length > 0) lines.push(`Missing facts: ${(decision.missing ?? []).join(", ")}`);
  return `${lines.join("\n")}\n`;
}
