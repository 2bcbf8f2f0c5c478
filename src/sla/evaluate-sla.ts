import type { InstantInput } from "../shared/instant-input.js";
import { fail } from "../shared/errors.js";
import { instantOf } from "./internal/instant.js";
import { computeReport } from "./internal/clocks/compute-report.js";
import { freezeTicket, isPreparedPolicySet, isPreparedTicket } from "./internal/clocks/prepared.js";
import { parseFields } from "./internal/clocks/parse-fields.js";
import { type SlaPolicySet, type SlaPolicySetInput, slaPolicySetSchema } from "./sla-policy-set.js";
import type { SlaReport } from "./sla-report.js";
import type { Ticket, TicketInput } from "./ticket.js";
import { validateTicket } from "./internal/validate-ticket.js";

const NOW_PATH = ["now"] as const;

/**
 * Evaluates a ticket's SLA as of `now`: the policy that applies (the first that matches, or none,
 * or "cannot decide" with the missing facts), and for every metric it targets the state, the
 * ongoing and completed cycles, due instants, business and calendar time elapsed and remaining,
 * overruns, early replies, and the earliest next breach (docs/rules.md §2, on Zendesk's clock model).
 *
 * Events after `now` are ignored, so a report can be computed as of any past moment. The policy
 * in force is chosen on the ticket as of `now`; each completed cycle keeps the target of the
 * priority in force when it was fulfilled, so later events never change it. Pure: no clock is
 * read and no input is modified.
 *
 * @param ticket - the ticket and its history (or a {@link parseTicket} result, not validated again)
 * @param policySet - the policy set (or a {@link prepareSlaPolicies} result or an edition, not
 *   validated again)
 * @param now - the instant to evaluate at
 * @returns the report, JSON-serialisable (ISO 8601 instants, milliseconds)
 * @throws {@link SupportPolicyError} for bad input, with its path; `now_before_creation` when
 *   `now` precedes the ticket's creation
 *
 * @example
 * ```ts
 * const report = evaluateSla(
 *   { id: 1, createdAt: "2026-03-02T17:00:00Z", channel: "ticket", severity: 2, organization: { plan: "premium" } },
 *   gitlab2026,
 *   new Date("2026-03-02T18:00:00Z"),
 * );
 * report.policyId; // => "priority_support"
 * report.metrics[0]?.dueAt; // => "2026-03-02T21:00:00.000Z"
 * ```
 */
export function evaluateSla(ticket: TicketInput, policySet: SlaPolicySetInput | SlaPolicySet, now: InstantInput): SlaReport {
  const parsedTicket = isPreparedTicket(ticket) ? ticket : frozen(validateTicket(ticket));
  const set = isPreparedPolicySet(policySet) ? policySet : parseFields(slaPolicySetSchema, policySet, ["policySet"]);
  const at = instantOf(now, NOW_PATH);
  if (at < parsedTicket.createdAt) {
    fail(
      "now_before_creation",
      ["now"],
      `now (${new Date(at).toISOString()}) is before the ticket's creation (${new Date(parsedTicket.createdAt).toISOString()})`,
    );
  }
  return computeReport(parsedTicket, set, at);
}

/**
 * A ticket validated here is frozen like a prepared one, though nobody else sees it: the engine's
 * code then meets one kind of ticket object, frozen, whichever path the ticket took.
 */
function frozen(ticket: Ticket): Ticket {
  freezeTicket(ticket);
  return ticket;
}
