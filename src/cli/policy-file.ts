import * as z from "zod";
import { recordSchema } from "../shared/record-schema.js";

/**
 * The zod schema of a `--policies FILE.json` file: your own SLA policies as plain JSON. `calendars`
 * maps the names the targets use to either a calendar the CLI knows by name (`"global"`,
 * `"24x7"`, `"amer"`, `"apac"`, `"emea"`, `"usgov"`, `"usgov-emergency"`) or a calendar spec
 * (`{ timeZone, weekly, holidays?, overrides? }`); `policies` are the SLA engine's policies in
 * order, the first that matches applies (docs/rules.md §2 "Policy choice"); `metrics` defines metrics
 * beside Zendesk's seven (see `MetricDefinition`). Each policy, metric and calendar is
 * validated by the engine, which names the bad field.
 *
 * @example
 * ```ts
 * policyFileSchema.parse({ calendars: { office: "emea" }, policies: [] }).calendars;
 * // => { office: "emea" }
 * ```
 */
export const policyFileSchema = z.strictObject({
  /** A name for the policy set, shown in reports. */
  name: z.string().min(1).optional(),
  /** The calendars the targets name: a known calendar's name or a calendar spec. */
  calendars: recordSchema(z.string().min(1), z.union([z.string().min(1), z.record(z.string(), z.unknown())]), "a calendar").default({}),
  /** The policies, first match wins. */
  policies: z.array(z.unknown()),
  /** Metrics defined as data (start, pause and stop conditions), which targets name by id. */
  metrics: z.array(z.unknown()).optional(),
});

/**
 * A policy file as written.
 *
 * @example
 * ```ts
 * const file: PolicyFile = { calendars: { office: "emea" }, policies: [] };
 * ```
 */
export type PolicyFile = z.input<typeof policyFileSchema>;
