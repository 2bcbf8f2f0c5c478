import * as z from "zod";
import { PLANS, readPlan, unknownPlanMessage } from "../shared/plan.js";
import { CHANNELS } from "../shared/channel.js";
import { SUPPORT_LEVELS, TICKET_STATUSES } from "./sla-vocabulary.js";
import { deepFreeze } from "../shared/deep-freeze.js";
import { ID_PATTERN, idMessage } from "../shared/id-pattern.js";
import { parseWithin } from "../shared/errors.js";
import { describeValue } from "../shared/describe-value.js";

/**
 * The comparison operators of a {@link FieldCondition}: Zendesk's condition operators
 * (its Conditions reference, shared by triggers, automations, views and SLA policies), plus
 * `present` / `not_present`.
 *
 * - `is` / `is_not`: the field equals (does not equal) the value. A list value means "is one of"
 *   (`is_not`: "is none of"). On a list field (tags), `is` means the list holds the value.
 * - `includes` / `not_includes`: on a list field (`tags`, `organizationTags`), the list holds at
 *   least one (`not_includes`: none) of the listed values, as Zendesk's "Tags contains at least one
 *   of the following" / "contains none of the following"; on a single-valued field, the value is
 *   one (none) of the listed values.
 * - `less_than`, `greater_than`, `less_than_equal`, `greater_than_equal`: `priority` in the order
 *   the policy set declares (lowest first; Zendesk's low < normal < high < urgent by default),
 *   `status` by category in the order new < open < pending < on_hold < solved < closed (Zendesk's
 *   "status less than solved"; the value is one of those six, and a custom status compares as its
 *   category's), other fields numerically when both sides are
 *   numbers (or numeric strings), else as text (so ISO dates compare by date). A field without a
 *   value is neither less nor greater than anything.
 * - `present` / `not_present`: the field has a value (a list: at least one item).
 *
 * @example
 * ```ts
 * CONDITION_OPERATORS.includes("includes"); // => true
 * ```
 */
export const CONDITION_OPERATORS = deepFreeze([
  "is",
  "is_not",
  "includes",
  "not_includes",
  "less_than",
  "greater_than",
  "less_than_equal",
  "greater_than_equal",
  "present",
  "not_present",
] as const);

/**
 * One operator of {@link CONDITION_OPERATORS}.
 *
 * @example
 * ```ts
 * const operator: ConditionOperator = "is_not";
 * ```
 */
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];

/**
 * The ticket fields a condition can read, as the ticket stands at one moment:
 *
 * - `priority`, `status`, `assignee`, `tags`, `form`, `organization` (the organization's id): the
 *   ticket's own values at creation, then their change events;
 * - `type`, `group`, `brand`, `via` (the channel the ticket came in through, in the source
 *   system's words), `requester`, `custom_fields.<id>`: the ticket's `fields`, then `field_change`
 *   events;
 * - `channel`, `plan`, `supportLevel` (possibly derived by the policy set), `organizationTags`:
 *   the library's GitLab facts. An unknown `plan` or `supportLevel` makes a condition on it
 *   undecidable rather than false.
 *
 * `custom_fields.<id>` takes any id after the dot.
 *
 * @example
 * ```ts
 * CONDITION_FIELDS.includes("group"); // => true
 * ```
 */
export const CONDITION_FIELDS = deepFreeze([
  "priority",
  "status",
  "type",
  "group",
  "assignee",
  "organization",
  "brand",
  "form",
  "via",
  "requester",
  "tags",
  "channel",
  "plan",
  "supportLevel",
  "organizationTags",
] as const);

/**
 * A field name a condition can read: one of {@link CONDITION_FIELDS}, or `custom_fields.<id>`.
 *
 * @example
 * ```ts
 * const field: ConditionField = "custom_fields.360001";
 * ```
 */
export type ConditionField = (typeof CONDITION_FIELDS)[number] | `custom_fields.${string}`;

/**
 * One value a condition compares with.
 *
 * @example
 * ```ts
 * const value: ConditionScalar = "incident";
 * ```
 */
export type ConditionScalar = string | number | boolean | null;

/**
 * A condition's value: one value, or a list (for `includes`, or "is one of" with `is`).
 * `null` stands for "no value" (no group, no priority).
 *
 * @example
 * ```ts
 * const value: ConditionValue = ["vip", "enterprise"];
 * ```
 */
export type ConditionValue = ConditionScalar | readonly ConditionScalar[];

/**
 * One test on one field of the ticket as it stands at a moment.
 *
 * @example
 * ```ts
 * const urgent: FieldCondition = { field: "priority", operator: "greater_than_equal", value: "high" };
 * ```
 */
export interface FieldCondition {
  /** The field read. */
  readonly field: ConditionField;
  /** How it is compared. */
  readonly operator: ConditionOperator;
  /** What it is compared with; absent for `present` / `not_present`. */
  readonly value?: ConditionValue | undefined;
}

/**
 * Every `all` condition holds, and (when `any` is given and not empty) at least one `any`
 * condition holds: Zendesk's `filter` / `conditions` shape. An empty `all` holds.
 *
 * @example
 * ```ts
 * const filter: AllCondition = { all: [{ field: "type", operator: "is", value: "incident" }], any: [] };
 * ```
 */
export interface AllCondition {
  /** Conditions that must all hold. */
  readonly all: readonly Condition[];
  /** Conditions of which at least one must hold; empty or absent: no such requirement. */
  readonly any?: readonly Condition[] | undefined;
}

/**
 * At least one condition holds; an empty list sets no requirement (Zendesk's empty `any`).
 *
 * @example
 * ```ts
 * const either: AnyCondition = { any: [{ field: "group", operator: "is", value: "20" }, { field: "tags", operator: "includes", value: ["vip"] }] };
 * ```
 */
export interface AnyCondition {
  /** Conditions of which at least one must hold. */
  readonly any: readonly Condition[];
}

/**
 * The condition does not hold (an undecidable condition stays undecidable).
 *
 * @example
 * ```ts
 * const notSpam: NotCondition = { not: { field: "tags", operator: "includes", value: ["spam"] } };
 * ```
 */
export interface NotCondition {
  /** The negated condition. */
  readonly not: Condition;
}

/**
 * A vendor-neutral, JSON-serialisable condition over a ticket as it stands at one moment: a
 * {@link FieldCondition}, or `all` / `any` / `not` over conditions. Evaluation is three-valued:
 * a condition on a fact the ticket does not give (an unknown plan or support level) is
 * undecidable, `all` is false as soon as one part is false, `any` true as soon as one part is true.
 *
 * @example
 * ```ts
 * const condition: Condition = {
 *   all: [{ field: "priority", operator: "is", value: ["high", "urgent"] }],
 *   any: [{ field: "group", operator: "is", value: "20" }, { field: "tags", operator: "includes", value: ["vip"] }],
 * };
 * ```
 */
export type Condition = FieldCondition | AllCondition | AnyCondition | NotCondition;

const LIST_FIELDS = new Set<string>(["tags", "organizationTags"]);
const ORDERED_FIELDS = new Set<string>(["priority", "status"]);
// Priorities and statuses are the policy set's to declare: here a priority or a status is a
// well-formed id, and the set checks it against its own lists.
const ENUMS: Readonly<Record<string, readonly string[]>> = {
  channel: CHANNELS,
  supportLevel: SUPPORT_LEVELS,
};
const ORDERING = new Set<ConditionOperator>(["less_than", "greater_than", "less_than_equal", "greater_than_equal"]);
const PRESENCE = new Set<ConditionOperator>(["present", "not_present"]);

function isKnownField(field: string): field is ConditionField {
  if (field.startsWith("custom_fields.")) return field.length > "custom_fields.".length;
  return (CONDITION_FIELDS as readonly string[]).includes(field);
}

function isScalar(item: unknown): item is ConditionScalar {
  return item === null || typeof item === "string" || typeof item === "boolean" || (typeof item === "number" && Number.isFinite(item));
}

const SCALARS = "text, a finite number, true, false or null";

/** The condition's value as given (a list copied), or `undefined` with an issue for each part that is no {@link ConditionValue}. */
function readValue(value: unknown, ctx: z.core.$RefinementCtx): ConditionValue | undefined {
  if (value === undefined || isScalar(value)) return value;
  if (!Array.isArray(value)) {
    issue(ctx, ["value"], "invalid_type", `A condition's value is ${SCALARS}, or a list of those; received ${describeValue(value)}`, value);
    return undefined;
  }
  const list: ConditionScalar[] = [];
  let bad = false;
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (isScalar(item)) list.push(item);
    else {
      bad = true;
      issue(ctx, ["value", index], "invalid_type", `A condition's list of values holds ${SCALARS}; received ${describeValue(item)}`, item);
    }
  }
  return bad ? undefined : list;
}

function issue(ctx: z.core.$RefinementCtx, path: PropertyKey[], code: string, message: string, input: unknown): void {
  ctx.addIssue({ code: "custom", path, message, params: { code }, input });
}

const fieldConditionShape = z
  .strictObject({
    field: z.string({ error: (problem) => `A condition's field is a field name, received ${describeValue(problem.input)}` }),
    operator: z.enum(CONDITION_OPERATORS),
    value: z.unknown().optional(),
  })
  .transform((condition, ctx): FieldCondition => {
    const { field, operator } = condition;
    if (!isKnownField(field)) {
      issue(ctx, ["field"], "unknown_field", `Unknown condition field "${field}": expected one of ${CONDITION_FIELDS.join(", ")} or custom_fields.<id>`, field);
      return z.NEVER;
    }
    const given = readValue(condition.value, ctx);
    if (given === undefined && condition.value !== undefined) return z.NEVER;
    if (PRESENCE.has(operator)) {
      if (given !== undefined) {
        issue(ctx, ["value"], "inconsistent_facts", `The operator "${operator}" takes no value`, given);
        return z.NEVER;
      }
      return { field, operator };
    }
    // Zendesk writes a list of tags as one space-delimited string.
    let value: ConditionValue | undefined = given;
    if (LIST_FIELDS.has(field) && typeof value === "string") value = value.split(/\s+/).filter((tag) => tag !== "");
    if (value === undefined) {
      issue(ctx, ["value"], "missing_field", `The operator "${operator}" on "${field}" needs a value`, value);
      return z.NEVER;
    }
    if (LIST_FIELDS.has(field) && !["is", "is_not", "includes", "not_includes"].includes(operator)) {
      issue(ctx, ["operator"], "unknown_value", `The operator "${operator}" does not apply to the list field "${field}": use includes, not_includes, is, is_not, present or not_present`, operator);
      return z.NEVER;
    }
    if (ORDERING.has(operator)) {
      const ordered = ORDERED_FIELDS.has(field) || field.startsWith("custom_fields.");
      if (!ordered || Array.isArray(value) || value === null || typeof value === "boolean") {
        issue(
          ctx,
          ordered ? ["value"] : ["operator"],
          "unknown_value",
          ordered ? `The operator "${operator}" compares with one number or text, not ${JSON.stringify(value)}` : `The operator "${operator}" applies to priority, status and custom fields, not "${field}"`,
          ordered ? value : operator,
        );
        return z.NEVER;
      }
    }
    if (field === "priority" || field === "status") {
      const values: readonly ConditionScalar[] = Array.isArray(value) ? value : [value];
      values.forEach((item, index) => {
        // No priority is a value conditions can ask about; every ticket has a status.
        if ((item !== null || field === "status") && (typeof item !== "string" || !ID_PATTERN.test(item))) {
          issue(ctx, Array.isArray(value) ? ["value", index] : ["value"], "invalid_format", `${idMessage(field)}, not ${JSON.stringify(item)}`, item);
        }
      });
      // Statuses order by category (docs/rules.md §2.3 "Statuses"): a custom status has no
      // place of its own in the order, so an ordering names one of Zendesk's six.
      if (field === "status" && ORDERING.has(operator) && typeof value === "string" && ID_PATTERN.test(value) && !(TICKET_STATUSES as readonly string[]).includes(value)) {
        issue(
          ctx,
          ["value"],
          "unknown_value",
          `The operator "${operator}" compares statuses by their category, in the order ${TICKET_STATUSES.join(" < ")}, so it takes one of those, not ${JSON.stringify(value)}: a custom status is compared as its category's status, or listed with "is"`,
          value,
        );
      }
    }
    // A plan is read by the one plan parser, in any case, as the plan field lists read it (docs/rules.md §2.2).
    if (field === "plan") value = plansOf(value, ctx);
    const allowed = ENUMS[field];
    if (allowed !== undefined) {
      const values: readonly ConditionScalar[] = Array.isArray(value) ? value : [value];
      values.forEach((item, index) => {
        // No status, channel, level or plan outside the vocabulary is a value conditions can ask about.
        if (typeof item !== "string" || !allowed.includes(item)) {
          issue(ctx, Array.isArray(value) ? ["value", index] : ["value"], "unknown_value", `Unknown ${field} ${JSON.stringify(item)}: expected one of ${allowed.join(", ")}`, item);
        }
      });
    }
    return { field, operator, value };
  });

/** A plan condition's value with each plan read by {@link readPlan}; an unknown one is an issue naming the nearest plan. */
function plansOf(value: ConditionValue, ctx: z.core.$RefinementCtx): ConditionValue {
  const read = (item: ConditionScalar, path: PropertyKey[]): ConditionScalar => {
    const plan = readPlan(item);
    if (plan !== undefined) return plan;
    ctx.addIssue({ code: "custom", path, message: unknownPlanMessage(item), params: { code: "unknown_value", allowed: PLANS }, input: item });
    return item;
  };
  if (!Array.isArray(value)) return read(value as ConditionScalar, ["value"]);
  return (value as readonly ConditionScalar[]).map((item, index) => read(item, ["value", index]));
}

/** A list of conditions, under `key`. */
const conditionList = (key: "all" | "any") => z.array(z.lazy(() => conditionShape), { error: (problem) => `"${key}" is a list of conditions, received ${describeValue(problem.input)}` });
const allShape = z.strictObject({ all: conditionList("all"), any: conditionList("any").optional() });
const anyShape = z.strictObject({ any: conditionList("any") });
const notShape = z.strictObject({ not: z.lazy(() => conditionShape) });

// Chosen by the keys present rather than tried in turn as a union, so an error names the bad
// field of the shape meant, not every shape that failed.
const conditionShape: z.ZodType<Condition> = z.custom<unknown>(() => true).transform((value, ctx): Condition => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    issue(ctx, [], "invalid_type", "Expected a condition: { field, operator, value }, { all, any }, { any } or { not }", value);
    return z.NEVER;
  }
  const schema = "field" in value || "operator" in value ? fieldConditionShape : "all" in value ? allShape : "any" in value ? anyShape : "not" in value ? notShape : undefined;
  if (schema === undefined) {
    issue(ctx, [], "missing_field", `Expected a condition with "field", "all", "any" or "not", received keys ${JSON.stringify(Object.keys(value))}`, value);
    return z.NEVER;
  }
  return parseWithin<Condition>(schema, value, ctx) ?? z.NEVER;
});

/**
 * The zod schema of a {@link Condition}. Checks: the field is one a condition can read
 * (`unknown_field` otherwise, never a silent no-match); `channel` and `supportLevel` values are
 * ones the library knows (`unknown_value`); a `priority` or `status` value is a well-formed id
 * (`invalid_format`), which the policy set the condition belongs to checks against its
 * `priorities` or its statuses (Zendesk's six and its `statuses`; `unknown_value`); ordering
 * operators apply to `priority`, `status` (taking one of Zendesk's six) and custom fields only;
 * `present` / `not_present` take no value, every other operator needs one. A space-delimited
 * string of tags (Zendesk's form) becomes a list. A ticket in a custom status is in that status
 * and in its category's (`status is pending` holds for a custom status of the pending category).
 *
 * @example
 * ```ts
 * conditionSchema.parse({ all: [{ field: "tags", operator: "includes", value: "vip enterprise" }] });
 * // => { all: [{ field: "tags", operator: "includes", value: ["vip", "enterprise"] }] }
 * ```
 */
export const conditionSchema: z.ZodType<Condition> = conditionShape;
