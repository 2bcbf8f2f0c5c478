import * as z from "zod";
import type { Condition } from "../../../sla/condition.js";
import { type SlaPolicyInput, slaPolicySchema } from "../../../sla/sla-policy.js";
import { AROUND_THE_CLOCK, TICKET_CALENDAR } from "../../../sla/sla-vocabulary.js";
import type { ZendeskRecordError } from "../zendesk-export.js";
import { parseRecord, recordError, recordPath } from "../../shared/internal/records.js";
import { type RecordRef, idOf, recordsOf } from "./records.js";
import { ZENDESK_FIELDS, ZENDESK_METRICS, zendeskStatus } from "./vocabulary.js";
import { ownValue } from "../../../shared/own-value.js";

const filterCondition = z.looseObject({ field: z.string(), operator: z.string(), value: z.unknown().optional() });

const policySchema = z.looseObject({
  id: z.union([z.int().nonnegative(), z.string().min(1)]),
  title: z.string().min(1),
  description: z.string().nullable().optional(),
  position: z.int().optional(),
  filter: z.looseObject({ all: z.array(filterCondition).nullable().optional(), any: z.array(filterCondition).nullable().optional() }),
  policy_metrics: z.array(
    z.looseObject({
      priority: z.string(),
      metric: z.string(),
      target: z.number().positive().optional(),
      target_in_seconds: z.number().positive().optional(),
      business_hours: z.boolean(),
    }),
  ),
});

const CUSTOM_FILTER_FIELD = /^custom_fields_(\d+)$/;

/** A filter value as the condition model takes it: "" is no value, "hold" is on_hold, tags are split. */
function valueOf(field: string, value: unknown): unknown {
  if (value === "" || value === undefined) return value === "" ? null : undefined;
  if (field === "status" && typeof value === "string") return zendeskStatus(value) ?? value;
  if (field === "tags" && typeof value === "string") return value.split(/\s+/).filter((tag) => tag !== "");
  return value;
}

function conditionsOf(list: readonly z.infer<typeof filterCondition>[], key: "all" | "any", ref: RecordRef, errors: ZendeskRecordError[]): Condition[] | undefined {
  const result: Condition[] = [];
  const found = errors.length;
  list.forEach((condition, index) => {
    const custom = CUSTOM_FILTER_FIELD.exec(condition.field);
    const field = custom === null ? ownValue(ZENDESK_FIELDS, condition.field) : `custom_fields.${custom[1] as string}`;
    if (field === undefined) {
      errors.push(
        recordError(ref, ["filter", key, index, "field"], "unknown_field", `Unsupported filter field "${condition.field}": the importer reads ${Object.keys(ZENDESK_FIELDS).filter((name) => name !== "tags").join(", ")} and custom_fields_<id>`),
      );
      return;
    }
    const value = valueOf(field, condition.value);
    result.push({ field, operator: condition.operator, ...(value === undefined ? {} : { value }) } as Condition);
  });
  return errors.length > found ? undefined : result;
}

/** One SLA policy as the library's: the filter as a condition, the metrics as targets. */
function policyOf(raw: unknown, index: number, errors: ZendeskRecordError[]): { policy: SlaPolicyInput; position: number } | undefined {
  const ref: RecordRef = { source: "sla_policies", record: idOf(raw) === null ? `sla_policies[${index}]` : `SLA policy ${idOf(raw) as string}` };
  const policy = parseRecord(policySchema, raw, ref, errors);
  if (policy === undefined) return undefined;
  const found = errors.length;
  const all = conditionsOf(policy.filter.all ?? [], "all", ref, errors);
  const any = conditionsOf(policy.filter.any ?? [], "any", ref, errors);
  const targets = policy.policy_metrics.flatMap((metric, position) => {
    const id = ownValue(ZENDESK_METRICS, metric.metric);
    if (id === undefined) {
      errors.push(recordError(ref, ["policy_metrics", position, "metric"], "unknown_metric", `Unknown metric "${metric.metric}": expected one of ${Object.keys(ZENDESK_METRICS).join(", ")}`));
      return [];
    }
    const seconds = metric.target_in_seconds ?? (metric.target === undefined ? undefined : metric.target * 60);
    if (seconds === undefined) {
      errors.push(recordError(ref, ["policy_metrics", position, "target"], "missing_field", "A policy metric needs target (minutes) or target_in_seconds"));
      return [];
    }
    // Zendesk: business_hours true runs on the ticket's schedule, false on calendar hours.
    return [{ metric: id, priority: metric.priority, duration: seconds * 1000, calendar: metric.business_hours ? TICKET_CALENDAR : AROUND_THE_CLOCK }];
  });
  if (errors.length > found) return undefined;
  const input = {
    id: String(policy.id),
    name: policy.title,
    ...(typeof policy.description === "string" && policy.description !== "" ? { description: policy.description } : {}),
    conditions: { all: all ?? [], any: any ?? [] },
    targets,
  } as unknown as SlaPolicyInput;
  // Checked here, so a bad value names the Zendesk record and field rather than the built set.
  const parsed = slaPolicySchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = recordPath(issue.path);
      const [head, ...rest] = path;
      const mapped = head === "conditions" ? ["filter", ...rest] : head === "targets" ? ["policy_metrics", ...rest.map((key) => (key === "duration" ? "target" : key))] : path;
      const code = issue.code === "custom" ? ((issue.params as { code?: ZendeskRecordError["code"] } | undefined)?.code ?? "invalid_input") : issue.code === "invalid_value" ? "unknown_value" : "invalid_input";
      errors.push(recordError(ref, mapped, code, issue.message));
    }
    return undefined;
  }
  return { policy: input, position: policy.position ?? Number.MAX_SAFE_INTEGER };
}

/** The SLA policies in `position` order (first match wins, as Zendesk applies them). */
export function readPolicies(input: unknown, errors: ZendeskRecordError[]): { policies: SlaPolicyInput[]; failed: boolean } {
  const before = errors.length;
  const read = recordsOf(input, "sla_policies", "sla_policies", errors).map((raw, index) => policyOf(raw, index, errors));
  const policies = read
    .map((entry, index) => ({ entry, index }))
    .filter((item): item is { entry: { policy: SlaPolicyInput; position: number }; index: number } => item.entry !== undefined)
    .sort((a, b) => a.entry.position - b.entry.position || a.index - b.index)
    .map((item) => item.entry.policy);
  return { policies, failed: errors.length > before };
}
