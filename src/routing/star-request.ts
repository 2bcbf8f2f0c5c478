import * as z from "zod";
import { instantSchema } from "../shared/instant-schema.js";
import { oneOf } from "./internal/one-of.js";
import { deepFreeze } from "../shared/deep-freeze.js";
import { orDefault, orNone } from "../shared/or-none.js";

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
  urgency: orNone(oneOf(STAR_URGENCIES, "urgency")),
  /** The customer's plan, as written on the form. */
  plan: orNone(text),
  /** The Zendesk group of the ticket. */
  group: orNone(text),
  /** Why attention is requested. */
  reason: orNone(text),
  /** What the requester wants to happen. */
  desiredResult: orNone(text),
  /** `support` (default) or `licensing`: a licensing STAR has its own expiry rule. */
  kind: orDefault(oneOf(["support", "licensing"], "STAR kind").default("support")),
  /** For a licensing STAR: when the plan or grace period expires. */
  expiresAt: orNone(instantSchema),
  /** The ticket's facts. */
  ticket: orDefault(
    z.strictObject({
      /** When the ticket was created. */
      createdAt: orNone(instantSchema),
      /** Who wrote the last public reply. */
      lastPublicReplyFrom: orNone(oneOf(["support", "customer"], "author")),
      /** When the first reply was due. */
      firstReplyDueAt: orNone(instantSchema),
      /** When the first reply was sent, if it was. */
      firstRepliedAt: orNone(instantSchema),
      /** Information Support asked for is still missing from the customer. */
      requiredInformationMissing: orNone(z.boolean()),
    }).default({}),
  ),
  /** The situations that justify a STAR (WWS; NOW calls them business reasons). */
  triggers: orDefault(
    z.strictObject({
      /** Progress has stalled and the ticket needs more engineering effort. */
      progressStalled: orNone(z.boolean()),
      /** The ticket's priority was raised (Low to High). */
      priorityRaised: orNone(z.boolean()),
      /** Immediate intervention is needed for high customer dissatisfaction. */
      highDissatisfaction: orNone(z.boolean()),
      /** Support management oversight is needed. */
      managementOversightNeeded: orNone(z.boolean()),
      /** Any other business reason, in words. */
      otherBusinessReason: orNone(text),
    }).default({}),
  ),
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
