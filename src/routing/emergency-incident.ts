import * as z from "zod";
import { instantSchema } from "../shared/instant-schema.js";
import { orNone } from "../shared/or-none.js";

/**
 * A paged emergency: when the page was triggered and, once it is, when it was acknowledged.
 * Instants are ISO 8601 strings with an offset, or `Date`s.
 *
 * @example
 * ```ts
 * emergencyIncidentSchema.parse({ triggeredAt: "2026-11-20T10:00:00Z" }).triggeredAt; // => 1795168800000
 * ```
 */
export const emergencyIncidentSchema = z
  .strictObject({
    /** When the page fired (the emergency ticket came in). */
    triggeredAt: instantSchema,
    /** When the page was acknowledged, if it was. */
    acknowledgedAt: orNone(instantSchema),
  })
  .superRefine((incident, ctx) => {
    if (incident.acknowledgedAt !== undefined && incident.acknowledgedAt < incident.triggeredAt) {
      ctx.addIssue({
        code: "custom",
        path: ["acknowledgedAt"],
        message: "The acknowledgement is before the page was triggered",
        params: { code: "event_before_creation" },
      });
    }
  });

/**
 * A paged emergency as `emergencyPaging` accepts it.
 *
 * @example
 * ```ts
 * const incident: EmergencyIncident = { triggeredAt: "2026-11-20T10:00:00Z", acknowledgedAt: "2026-11-20T10:03:00Z" };
 * ```
 */
export type EmergencyIncident = z.input<typeof emergencyIncidentSchema>;
