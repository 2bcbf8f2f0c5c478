import { type OrderedQueue, orderQueue } from "../routing/order-queue.js";
import type { SlaPolicySet } from "../sla/sla-policy-set.js";
import { SupportPolicyError } from "../shared/errors.js";
import type { Edition } from "../shared/edition.js";
import { CliError } from "./cli-error.js";
import { formatPath } from "./format-path.js";
import type { QueueItems } from "./queue-item-of.js";

/** The option each `orderQueue` option path came from, so its errors read as usage errors. */
const OPTION_OF: Readonly<Record<string, string>> = {
  "options.engineer.id": "--agent",
  "options.engineer.region": "--region",
  "options.engineer.dedicatedAccounts": "--dedicated",
  "options.nearBreachWindow": "--window",
};

/**
 * The engineer options of the `queue` and `report` commands, as given on the command line.
 *
 * @example
 * ```ts
 * const options: EngineerQueueOptions = { command: "queue", agent: "maria", region: "emea", dedicated: undefined, windowMinutes: 60 };
 * ```
 */
export interface EngineerQueueOptions {
  /** The command asking (`queue`, `report`), for its error lines. */
  readonly command: string;
  /** `--agent`: the engineer, as tickets name their assignee. */
  readonly agent: string;
  /** `--region`, unchecked: `orderQueue` validates it. */
  readonly region: string | undefined;
  /** `--dedicated`: organization ids, comma-separated. */
  readonly dedicated: string | undefined;
  /** `--window` in minutes. */
  readonly windowMinutes: number;
}

/**
 * Orders the valid tickets of an input for one engineer at `now` (docs/rules.md §3): each ticket as
 * of `now` (status, priority and assignee from its events, see {@link queueItemOf}), with its SLA
 * report's running metrics for the due times. A bad engineer option is a usage error naming the option.
 *
 * @param items - the valid tickets as the queue reads them, and their reports by id
 * @param options - the engineer options
 * @param edition - the rules to order by
 * @param now - the instant to order at
 * @param policySet - the policy set the reports came from, whose priorities the tickets carry
 * @returns the ordered queue
 * @throws {@link CliError} (exit 2) for a bad `--agent`, `--region`, `--dedicated` or `--window`
 *
 * @example
 * ```ts
 * engineerQueue(queueItems(records.map((r) => queueItemOf(r, now, values))), { command: "queue", agent: "maria", region: "emea", dedicated: undefined, windowMinutes: 60 }, "gitlab2026", now).entries[0]?.ticketId;
 * // => "T-1001"
 * ```
 */
export function engineerQueue(items: Pick<QueueItems, "tickets" | "reports">, options: EngineerQueueOptions, edition: Edition, now: Date, policySet?: SlaPolicySet): OrderedQueue {
  const { agent, region, dedicated } = options;
  const engineer = {
    id: agent,
    // Stryker disable next-line ConditionalExpression: orderQueue's options default an undefined region to null, exactly as an absent one
    ...(typeof region === "string" ? { region: region as "amer" } : {}),
    ...(typeof dedicated === "string" ? { dedicatedAccounts: dedicated.split(",").map((s) => s.trim()).filter((s) => s !== "") } : {}),
  };
  try {
    return orderQueue(
      items.tickets,
      // Every ticket has its report; the policy set is given for its priorities (a JSM export's Lowest to Highest).
      { now, engineer, edition, reports: items.reports, nearBreachWindow: { minutes: options.windowMinutes }, ...(policySet === undefined ? {} : { policies: policySet }) },
    );
  } catch (error) {
    if (!(error instanceof SupportPolicyError)) throw error;
    const path = formatPath(error.path);
    const option = Object.entries(OPTION_OF).find(([prefix]) => path.startsWith(prefix))?.[1];
    throw new CliError(option === undefined ? `support-policy ${options.command}: ${path}: ${error.message}` : `${option}: ${error.message}`);
  }
}
