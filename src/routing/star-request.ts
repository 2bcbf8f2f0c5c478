import * as z from "zod";
import { instantSchema } from "../shared/instant-schema.js";
import { oneOf } from "./internal/one-of.js";
import { deepFreeze } from "../shared/deep-freeze.js";

/**
 * STAR urgencies with their response times: not urgent 2 hours, timely 1 hour, urgent 30 minutes
 * (docs/rules.md §5).
 *
 * @example
 * ```ts
 * STAR_URGENCIES; // => ["not_urgent", "timely", "urgent"]
 * ```
 */
export const STAR_URGENCIES = deepFreeze(["not_urgent", "timely", "urgent"] as const);

const text = z.string().trim().min(1, { error: "Expected a non-empty text" });

/**
 * A support ticket attention request (STAR) and the facts about its ticket that the STAR rules
 * need (docs/rules.md §5). The five form fields (`urgency`, `plan`, `group`, `reason`,
 * `desiredResult`) are required for the request to be ready; every other fact is optional, and a
 * rule whose fact is missing makes the request not ready rather than guessing.
 *
 * @example
 * ```ts
 * starRequestSchema.parse({ urgency: "timely", triggers: { progressStalled: true } }).urgency; // => "timely"
 * ```
 */
export const starRequestSchema = z.strictObject({
  /** How urgent: not urgent (2 h), timely (1 h) or urgent (30 min). */
  urgency: oneOf(STAR_URGENCIES, "urgency").optional(),
  /** The customer's plan, as written on the form. */
  plan: text.optional(),
  /** The Zendesk group of the ticket. */
  group: text.optional(),
  /** Why attention is requested. */
  reason: text.optional(),
  /** What the requester wants to happen. */
  desiredResult: text.optional(),
  /** `support` (default) or `licensing`: a licensing STAR has its own expiry rule. */
  kind: oneOf(["support", "licensing"], "STAR kind").default("support"),
  /** For a licensing STAR: when the plan or grace period expires. */
  expiresAt: instantSchema.optional(),
  /** The ticket's facts. */
  ticket: z
    .strictObject({
      /** When the ticket was created. */
      createdAt: instantSchema.optional(),
      /** Who wrote the last public reply. */
      lastPublicReplyFrom: oneOf(["support", "customer"], "author").optional(),
      /** When the first reply was due. */
      firstReplyDueAt: instantSchema.optional(),
      /** When the first reply was sent, if it was. */
      firstRepliedAt: instantSchema.optional(),
      /** Information Support asked for is still missing from the customer. */
      requiredInformationMissing: z.boolean().optional(),
    })
    .default({}),
  /** The situations that justify a STAR (WWS; NOW calls them business reasons). */
  triggers: z
    .strictObject({
      /** Progress has stalled and the ticket needs more engineering effort. */
      progressStalled: z.boolean().optional(),
      /** The ticket's priority was raised (Low to High). */
      priorityRaised: z.boolean().optional(),
      /** Immediate intervention is needed for high customer dissatisfaction. */
      highDissatisfaction: z.boolean().optional(),
      /** Support management oversight is needed. */
      managementOversightNeeded: z.boolean().optional(),
      /** Any other business reason, in words. */
      otherBusinessReason: text.optional(),
    })
    .default({}),
});

/**
 * A STAR request as `checkStarEligibility` accepts it.
 *
 * @example
 * ```ts
 * const request: StarRequest = { urgency: "urgent", plan: "premium", group: "SaaS", reason: "stalled", desiredResult: "an engineer today" };
 * ```
 */
export type StarRequest = z.input<typeof starRequestSchema>;
