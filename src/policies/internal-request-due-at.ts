import type { Overrides } from "../shared/overrides.js";
import * as z from "zod";
import { parseInput, parseOverrides } from "../shared/errors.js";
import { addBusinessTime } from "../sla/add-business-time.js";
import { globalSupportHours } from "../sla/gitlab-calendars.js";
import { instantSchema } from "./internal/instant-schema.js";
import { type LicenceParameters, licenceParameters, licenceParametersSchema } from "./licence-parameters.js";
import type { InternalRequestPriority } from "./licence-request.js";

const inputSchema = z.strictObject({
  priority: z.literal(["urgent", "high", "normal", "low"]),
  submittedAt: instantSchema,
});

/**
 * When Support should respond to an internal request: its priority's target in business hours
 * on Global Support Hours (24x5) after it was submitted: Urgent 1 h, High 4 h, Normal 8 h,
 * Low 24 h (docs/rules.md §10, internal request response targets).
 *
 * @param priority - the request's priority.
 * @param submittedAt - when it was submitted (ISO 8601 with offset, or a `Date`).
 * @param parameters - overrides of the targets (see {@link licenceParameters}).
 * @returns the due instant as an ISO 8601 string.
 * @throws SupportPolicyError on an unknown priority or a bad instant.
 *
 * @example
 * ```ts
 * // Friday 16:30 in Los Angeles: 30 minutes on Friday, 30 more from Sunday 15:00.
 * internalRequestDueAt("urgent", "2026-12-04T16:30:00-08:00"); // => "2026-12-06T23:30:00.000Z"
 * ```
 */
export function internalRequestDueAt(
  priority: InternalRequestPriority,
  submittedAt: string | Date,
  parameters: Overrides<LicenceParameters> = {},
): string {
  const input = parseInput(inputSchema, { priority, submittedAt });
  const p = parseOverrides(licenceParametersSchema, licenceParameters, parameters, ["parameters"]);
  return addBusinessTime(globalSupportHours, input.submittedAt, { hours: p.responseTargetHours[input.priority] }).toISOString();
}
