import * as z from "zod";
import { instantSchema } from "./internal/instant-schema.js";
import { localDateSchema } from "./internal/local-date-schema.js";
import { timeZoneSchema } from "./internal/time-zone-schema.js";
import { readonlyOutput } from "../shared/readonly-output.js";
import { orNone } from "../shared/or-none.js";

/**
 * One licence, subscription or trial request (docs/rules.md §10). Absent facts make the decision
 * `cannot_decide`; dates are `YYYY-MM-DD` in the customer's time zone.
 *
 * @example
 * ```ts
 * const item: LicenceRequestItemInput = { kind: "grace_extension", planExpiresOn: "2026-12-15", hasPreviousTrial: true };
 * ```
 */
export const licenceRequestItemSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    /** Start a new trial: Support never does. */
    kind: z.literal("start_trial"),
  }),
  z.strictObject({
    /** Extend a trial. */
    kind: z.literal("extend_trial"),
    /** Whether the customer has a trial (active or expired) to extend. */
    hasExistingTrial: orNone(z.boolean()),
  }),
  z.strictObject({
    /** Extend the grace period of an (almost) expired plan; made as a trial extension. */
    kind: z.literal("grace_extension"),
    /** The plan's last day, in the customer's zone. */
    planExpiresOn: localDateSchema,
    /** Whether a trial was ever created for the customer. */
    hasPreviousTrial: orNone(z.boolean()),
    /** The first day asked for, if any. */
    requestedStartOn: orNone(localDateSchema),
  }),
  z.strictObject({
    /** A Wider Community licence. */
    kind: z.literal("wider_community_licence"),
    /** How long the licence lasts, in days. */
    durationDays: z.int().min(1).max(100_000),
    /** The approving manager's email, needed over 90 days; never echoed. */
    approvingManagerEmail: orNone(z.email()),
  }),
  z.strictObject({
    /** Next year's licence of a multi-year subscription. */
    kind: z.literal("multi_year_licence"),
    /** Whether the customer's seat usage was checked with them first. */
    seatUsageChecked: orNone(z.boolean()),
    /** Whether they use more seats than they bought (the subscription must be amended first). */
    seatsExceeded: orNone(z.boolean()),
  }),
  z.strictObject({
    /** Send or resend a licence to someone. */
    kind: z.literal("send_licence"),
    /** Whether the recipient is the licence contact. */
    recipientIsLicenceContact: orNone(z.boolean()),
    /** Whether the licence is a temporary one (the exception to the contact rule). */
    temporary: orNone(z.boolean()),
  }),
]);

/**
 * An internal licence and subscription ticket: when it was filed, the customer's zone, its
 * priority and what it asks for (one request per ticket).
 *
 * @example
 * ```ts
 * const request: LicenceRequestInput = {
 *   submittedAt: "2026-12-10T09:00:00Z",
 *   timeZone: "America/New_York",
 *   priority: "high",
 *   requests: [{ kind: "extend_trial", hasExistingTrial: true }],
 * };
 * ```
 */
export const licenceRequestSchema = z.strictObject({
  /** When the internal request was filed. */
  submittedAt: instantSchema,
  /** The customer's IANA time zone: local dates are read in it. */
  timeZone: timeZoneSchema,
  /** The internal request's priority, which sets the response target. */
  priority: orNone(z.literal(["urgent", "high", "normal", "low"])),
  /** What the ticket asks for. */
  requests: readonlyOutput(z.array(licenceRequestItemSchema).min(1)),
});

/** A licence ticket as a caller passes it. */
export type LicenceRequestInput = z.input<typeof licenceRequestSchema>;
/** A licence ticket after validation. */
export type LicenceRequest = z.output<typeof licenceRequestSchema>;
/** One request item as a caller passes it. */
export type LicenceRequestItemInput = z.input<typeof licenceRequestItemSchema>;
/**
 * The priority of an internal request.
 *
 * @example
 * ```ts
 * const priority: InternalRequestPriority = "high";
 * ```
 */
export type InternalRequestPriority = NonNullable<LicenceRequest["priority"]>;
