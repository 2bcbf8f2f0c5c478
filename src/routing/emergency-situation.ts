import * as z from "zod";
import { instantSchema } from "../shared/instant-schema.js";
import { orNone } from "../shared/or-none.js";

/**
 * The facts of an emergency in progress that its follow-up rules need (docs/rules.md §4). Instants
 * are ISO 8601 strings with an offset, or `Date`s.
 *
 * @example
 * ```ts
 * emergencySituationSchema.parse({ startedAt: "2026-11-20T10:00:00Z", peopleInvolved: 2 }).peopleInvolved; // => 2
 * ```
 */
export const emergencySituationSchema = z
  .strictObject({
    /** When the emergency began (the page was triggered). */
    startedAt: instantSchema,
    /** When it was resolved, if it is. */
    resolvedAt: orNone(instantSchema),
    /** How many people from GitLab are or need to be involved. */
    peopleInvolved: orNone(z.int().min(1)),
    /** A shared document is already open. */
    sharedDocumentStarted: orNone(z.boolean()),
    /** An account escalation is already open. */
    accountEscalationOpened: orNone(z.boolean()),
    /** When Support first contacted the customer (sent the call link). */
    firstContactAt: orNone(instantSchema),
    /** When the customer last responded, if they did. */
    customerRespondedAt: orNone(instantSchema),
    /** When Support followed up after the customer's silence, if it did. */
    followUpSentAt: orNone(instantSchema),
  })
  .superRefine((s, ctx) => {
    const before = (key: "resolvedAt" | "firstContactAt" | "customerRespondedAt" | "followUpSentAt", value: number | undefined, floor: number, what: string): void => {
      if (value !== undefined && value < floor) {
        ctx.addIssue({ code: "custom", path: [key], message: `\`${key}\` is before ${what}`, params: { code: "event_before_creation" } });
      }
    };
    before("resolvedAt", s.resolvedAt, s.startedAt, "the emergency started");
    before("firstContactAt", s.firstContactAt, s.startedAt, "the emergency started");
    if (s.followUpSentAt !== undefined && s.firstContactAt === undefined) {
      ctx.addIssue({ code: "custom", path: ["firstContactAt"], message: "A follow-up was sent but `firstContactAt` is missing", params: { code: "missing_field" } });
    }
    before("followUpSentAt", s.followUpSentAt, s.firstContactAt ?? s.startedAt, "the first contact");
  });

/**
 * An emergency in progress, as `emergencyFollowUps` accepts it.
 *
 * @example
 * ```ts
 * const emergency: EmergencySituation = { startedAt: "2026-11-20T10:00:00Z", firstContactAt: "2026-11-20T10:04:00Z" };
 * ```
 */
export type EmergencySituation = z.input<typeof emergencySituationSchema>;
