import * as z from "zod";
import { SupportPolicyError, parseInput } from "../../../shared/errors.js";
import type { BusinessCalendar } from "../../../sla/business-calendar.js";
import type { CalendarSpec } from "../../../sla/calendar-spec.js";
import { defineCalendar } from "../../../sla/define-calendar.js";
import { prepareSlaPolicies } from "../../../sla/prepare-sla-policies.js";
import { type SlaPolicySet, type SlaPolicySetInput, customStatusSchema } from "../../../sla/sla-policy-set.js";
import { recordError } from "../../shared/internal/records.js";
import type { JsmRecordError } from "../jsm-export.js";
import { type Vocabulary, vocabularyOf } from "./status-vocabulary.js";
import { ConditionProblem, translateHit, translateState } from "./translate-condition.js";
import { recordSchema } from "../../../shared/record-schema.js";

const configSchema = z.strictObject({
  name: z.string().min(1).optional(),
  priorities: z.array(z.string().min(1)).min(1).optional(),
  statuses: z.array(customStatusSchema).optional(),
  calendars: recordSchema(z.string().min(1), z.unknown(), "a calendar").default({}),
  metrics: z.array(z.looseObject({ start: z.array(z.unknown()).optional(), stop: z.array(z.unknown()).optional(), pause: z.array(z.unknown()).optional() })),
  policies: z.array(z.unknown()).default([]),
});

const WHERE = { source: "sla-config", record: "the SLA configuration" } as const;

function push(errors: JsmRecordError[], path: readonly PropertyKey[], code: JsmRecordError["code"], message: string): void {
  errors.push(recordError(WHERE, path, code, message));
}

function pushAll(errors: JsmRecordError[], error: SupportPolicyError, root: readonly PropertyKey[]): void {
  for (const issue of error.issues) push(errors, [...root, ...issue.path], issue.code, issue.message);
}

/**
 * The SLA configuration: its vocabulary (statuses and priorities, JSM's defaults where it
 * declares none) for reading the issues, and the policy set of its metrics, goals and calendars;
 * null when any part is bad (the errors say which), since evaluating without it would be wrong.
 */
export function readSlaConfig(raw: unknown, errors: JsmRecordError[]): { vocabulary: Vocabulary; policySet: SlaPolicySet | null } {
  if (raw === undefined) return { vocabulary: vocabularyOf(), policySet: null };
  let config: z.infer<typeof configSchema>;
  try {
    config = parseInput(configSchema, raw);
  } catch (error) {
    if (!(error instanceof SupportPolicyError)) throw error;
    pushAll(errors, error, []);
    return { vocabulary: vocabularyOf(), policySet: null };
  }
  const vocabulary = vocabularyOf(config.statuses, config.priorities);
  const before = errors.length;
  const translate = (list: readonly unknown[] | undefined, path: readonly PropertyKey[], one: (condition: unknown, vocabulary: Vocabulary) => unknown): unknown[] | undefined =>
    list?.map((condition, index) => {
      try {
        return one(condition, vocabulary);
      } catch (error) {
        if (!(error instanceof ConditionProblem)) throw error;
        push(errors, [...path, index], "unknown_value", error.message);
        return condition;
      }
    });
  const metrics = config.metrics.map((metric, index) => {
    const start = translate(metric.start, ["metrics", index, "start"], translateHit);
    const stop = translate(metric.stop, ["metrics", index, "stop"], translateHit);
    const pause = translate(metric.pause, ["metrics", index, "pause"], translateState);
    return { ...metric, ...(start === undefined ? {} : { start }), ...(stop === undefined ? {} : { stop }), ...(pause === undefined ? {} : { pause }) };
  });
  const calendars: Record<string, BusinessCalendar> = {};
  for (const [name, spec] of Object.entries(config.calendars)) {
    try {
      calendars[name] = defineCalendar(spec as CalendarSpec);
    } catch (error) {
      if (!(error instanceof SupportPolicyError)) throw error;
      pushAll(errors, error, ["calendars", name]);
    }
  }
  if (errors.length > before) return { vocabulary, policySet: null };
  const input: SlaPolicySetInput = {
    ...(config.name === undefined ? {} : { name: config.name }),
    policies: config.policies as SlaPolicySetInput["policies"],
    metrics: metrics as unknown as SlaPolicySetInput["metrics"],
    statuses: vocabulary.statuses,
    priorities: vocabulary.priorities,
    calendars,
  };
  try {
    return { vocabulary, policySet: prepareSlaPolicies(input) };
  } catch (error) {
    if (!(error instanceof SupportPolicyError)) throw error;
    // prepareSlaPolicies names the set "policySet": the configuration is that set.
    for (const issue of error.issues) push(errors, issue.path[0] === "policySet" ? issue.path.slice(1) : issue.path, issue.code, issue.message);
    return { vocabulary, policySet: null };
  }
}
