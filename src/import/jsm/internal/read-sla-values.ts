import * as z from "zod";
import { fail, parseInput } from "../../../shared/errors.js";
import type { JsmSlaCycleSide } from "../jsm-sla-comparison.js";
import { jiraTime } from "./jira-instant.js";
import { isObject } from "../../shared/internal/records.js";
import { issueRecords, keyOf } from "./issue-records.js";

/** One SLA of one issue as JSM records it: its name and its cycles, completed then ongoing. */
export interface JsmSla {
  readonly name: string;
  readonly completed: readonly JsmSlaCycleSide[];
  readonly ongoing: JsmSlaCycleSide | null;
}

// JSM's DateDTO and DurationDTO: epochMillis (or iso8601 / jira text), millis.
const dateShape = z.looseObject({ epochMillis: z.number().optional(), iso8601: z.string().optional(), jira: z.string().optional() });
const durationShape = z.looseObject({ millis: z.number().optional() });
const completedShape = z.looseObject({
  startTime: dateShape,
  stopTime: dateShape,
  breachTime: dateShape.nullable().optional(),
  breached: z.boolean(),
  goalDuration: durationShape.nullable().optional(),
});
const ongoingShape = z.looseObject({
  startTime: dateShape,
  breachTime: dateShape.nullable().optional(),
  breached: z.boolean(),
  paused: z.boolean(),
  goalDuration: durationShape.nullable().optional(),
});
const slaShape = z.looseObject({
  name: z.string().min(1),
  completedCycles: z.array(completedShape).default([]),
  ongoingCycle: ongoingShape.nullable().optional(),
});

function instant(value: z.infer<typeof dateShape>, path: readonly PropertyKey[]): string {
  const ms = value.epochMillis ?? (value.iso8601 === undefined ? (value.jira === undefined ? Number.NaN : jiraTime(value.jira)) : jiraTime(value.iso8601));
  if (!Number.isFinite(ms)) fail("invalid_instant", path, "Expected JSM's date { epochMillis, iso8601 } with a valid instant");
  return new Date(ms).toISOString();
}

function readSla(value: unknown, path: readonly PropertyKey[]): JsmSla {
  const sla = parseInput(slaShape, value, path);
  const completed = sla.completedCycles.map((cycle, index): JsmSlaCycleSide => {
    const at = [...path, "completedCycles", index];
    return {
      startedAt: instant(cycle.startTime, [...at, "startTime"]),
      stoppedAt: instant(cycle.stopTime, [...at, "stopTime"]),
      dueAt: cycle.breachTime === null || cycle.breachTime === undefined ? null : instant(cycle.breachTime, [...at, "breachTime"]),
      breached: cycle.breached,
      paused: null,
      goalMs: cycle.goalDuration?.millis ?? null,
    };
  });
  const cycle = sla.ongoingCycle;
  const ongoing: JsmSlaCycleSide | null =
    cycle === null || cycle === undefined
      ? null
      : {
          startedAt: instant(cycle.startTime, [...path, "ongoingCycle", "startTime"]),
          stoppedAt: null,
          dueAt: cycle.breachTime === null || cycle.breachTime === undefined ? null : instant(cycle.breachTime, [...path, "ongoingCycle", "breachTime"]),
          breached: cycle.breached,
          paused: cycle.paused,
          goalMs: cycle.goalDuration?.millis ?? null,
        };
  return { name: sla.name, completed, ongoing };
}

/** An issue field's value is an SLA's when it records cycles (its field id differs per site). */
function isSlaValue(value: unknown): boolean {
  return isObject(value) && Array.isArray(value["completedCycles"]) && typeof value["name"] === "string";
}

/**
 * JSM's SLAs by issue key: from each issue's SLA fields, then from the request SLA responses
 * (`{ [key]: { values } }`, a page or an array of pages), which replace an issue's fields.
 */
export function readSlaValues(issues: unknown, requestSla: unknown): Map<string, JsmSla[]> {
  const byIssue = new Map<string, JsmSla[]>();
  if (issues !== undefined) {
    // A page that is no page is the importer's error to report; it holds no SLA to compare.
    issueRecords(issues, []).forEach((record, index) => {
      const key = keyOf(record);
      const fields = isObject(record) ? record["fields"] : undefined;
      if (key === null || !isObject(fields)) return;
      const slas: JsmSla[] = [];
      for (const [id, value] of Object.entries(fields)) {
        if (isSlaValue(value)) slas.push(readSla(value, ["values", "issues", index, "fields", id]));
      }
      if (slas.length > 0) byIssue.set(key, slas);
    });
  }
  if (requestSla !== undefined) {
    if (!isObject(requestSla)) fail("invalid_type", ["values", "requestSla"], "Expected { [issueKey]: the response of GET /rest/servicedeskapi/request/{issueIdOrKey}/sla }");
    for (const [key, response] of Object.entries(requestSla)) {
      const pages = Array.isArray(response) ? response : [response];
      const slas: JsmSla[] = [];
      pages.forEach((page: unknown, pageIndex) => {
        const at = Array.isArray(response) ? ["values", "requestSla", key, pageIndex] : ["values", "requestSla", key];
        const values = isObject(page) ? page["values"] : undefined;
        if (!Array.isArray(values)) fail("missing_field", [...at, "values"], 'Expected the request SLA response { "values": [...] }');
        values.forEach((value: unknown, index) => slas.push(readSla(value, [...at, "values", index])));
      });
      byIssue.set(key, slas);
    }
  }
  return byIssue;
}
