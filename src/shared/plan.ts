import * as z from "zod";
import { deepFreeze } from "./deep-freeze.js";
import { describeValue } from "./describe-value.js";
import { nearestValue } from "./nearest-value.js";

/**
 * The subscription plans the library knows, lowest first (docs/rules.md §2.2): free and trial;
 * the three community programs, each a plan of its own (`oss`, `edu`, `startup`); legacy Starter
 * and Bronze; Premium with its legacy SaaS name Silver; Ultimate with its legacy SaaS name Gold;
 * GitLab Dedicated; and the two US Government packages. One list for every area: the SLA
 * editions, the ticket and queue ticket, routing's emergency eligibility and the CLI.
 *
 * @example
 * ```ts
 * PLANS.includes("oss"); // => true
 * ```
 */
export const PLANS = deepFreeze([
  "free",
  "trial",
  "oss",
  "edu",
  "startup",
  "starter",
  "bronze",
  "silver",
  "premium",
  "gold",
  "ultimate",
  "dedicated",
  "us_government_12x5",
  "us_government_24x7",
] as const);

/**
 * A subscription plan id, one of {@link PLANS}.
 *
 * @example
 * ```ts
 * const plan: Plan = "edu";
 * ```
 */
export type Plan = (typeof PLANS)[number];

const PLAN_SET: ReadonlySet<string> = new Set(PLANS);

/**
 * The plan a caller's spelling names: a plan id in any case (`"Ultimate"` is `ultimate`), or
 * `undefined` for anything else.
 *
 * @param value - the value received
 * @returns the plan id, or `undefined`
 *
 * @example
 * ```ts
 * readPlan("Premium"); // => "premium"
 * readPlan("community_program"); // => undefined
 * ```
 */
export function readPlan(value: unknown): Plan | undefined {
  if (typeof value !== "string") return undefined;
  if (PLAN_SET.has(value)) return value as Plan;
  const lower = value.toLowerCase();
  return PLAN_SET.has(lower) ? (lower as Plan) : undefined;
}

const EXPECTED = `expected one of ${PLANS.join(", ")}`;

/**
 * Why a value is not a plan, in words: the value received and the plans allowed (the error adds
 * the nearest one). The three programs' name taken together (or a near spelling of it) gets the
 * programs' ids.
 *
 * @internal
 */
export function unknownPlanMessage(value: unknown): string {
  if (typeof value === "string" && (/^community[\s_-]?programs?$/i.test(value) || nearestValue(value, ["community_program"]) !== undefined)) {
    return `Unknown plan ${describeValue(value)}: the community programs are plans of their own, "oss", "edu" and "startup"; ${EXPECTED}`;
  }
  return `Unknown plan ${describeValue(value)}; ${EXPECTED}`;
}

/**
 * The one parser of plans, used wherever a plan is read: a plan id in any case, to the id.
 * Anything else is `unknown_value`, naming the value received, with the plans allowed and the
 * nearest one ("did you mean").
 *
 * @example
 * ```ts
 * planSchema.parse("Startup"); // => "startup"
 * ```
 */
export const planSchema: z.ZodType<Plan, string> = z.custom<string>(() => true).transform((value: unknown, ctx): Plan => {
  const plan = readPlan(value);
  if (plan !== undefined) return plan;
  // A missing plan reads like every missing field ("Missing required field ...").
  if (value === undefined) ctx.addIssue({ code: "invalid_type", expected: "string", input: value, message: `Missing plan; ${EXPECTED}` });
  else ctx.addIssue({ code: "custom", message: unknownPlanMessage(value), params: { code: "unknown_value", allowed: PLANS }, input: value });
  return z.NEVER;
});
