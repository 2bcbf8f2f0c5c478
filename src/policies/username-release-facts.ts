import * as z from "zod";
import { instantSchema } from "./internal/instant-schema.js";
import { timeZoneSchema } from "./internal/time-zone-schema.js";
import { usernameSchema } from "./username-schema.js";
import { readonlyOutput } from "../shared/readonly-output.js";
import { orNone } from "../shared/or-none.js";

/**
 * One attempt by Support to contact an owner of the namespace (an email, a notice). Only the
 * owner's opaque id is needed; a contact address may be given but is never echoed.
 *
 * @example
 * ```ts
 * const attempt: ContactAttempt = { at: "2026-11-02T10:00:00Z", ownerId: "u1" };
 * ```
 */
export const contactAttemptSchema = z.strictObject({
  /** When the attempt was made. */
  at: instantSchema,
  /** Which owner was contacted (an opaque id). */
  ownerId: z.string().min(1),
  /** The address used; accepted so records can be passed as they are, never repeated in a decision. */
  email: orNone(z.string()),
});

/**
 * An explicit reply from a contacted owner. `keep`: they keep the name; `release`: they agree to
 * give it up; `other`: an explicit reply that says neither. A login is not a reply.
 *
 * @example
 * ```ts
 * const reply: OwnerReply = { at: "2026-11-05T08:00:00Z", ownerId: "u1", kind: "keep" };
 * ```
 */
export const ownerReplySchema = z.strictObject({
  /** When the reply arrived. */
  at: instantSchema,
  /** Which owner replied. */
  ownerId: z.string().min(1),
  /** What the reply says. */
  kind: z.literal(["keep", "release", "other"]),
});

/**
 * The facts a dormant-username request is decided on (docs/rules.md §6). Every fact a rule needs is
 * optional: when it is absent the decision is `cannot_decide` and lists it, which is different
 * from a fact given as `false`.
 *
 * @example
 * ```ts
 * const facts: UsernameReleaseFactsInput = {
 *   username: "alice",
 *   requesterIsPaidCustomer: true,
 *   hasData: false,
 * };
 * ```
 */
export const usernameReleaseFactsSchema = z.strictObject({
  /** The username or group path asked for. */
  username: usernameSchema,
  /** Whether the namespace is a user or a group; both are released the same way (2026). */
  namespaceKind: orNone(z.literal(["user", "group"])),
  /** The zone dates are shown in, in messages; UTC when absent. */
  timeZone: orNone(timeZoneSchema),
  /** 2026: whether the person asking is a paid customer (only they may ask). */
  requesterIsPaidCustomer: orNone(z.boolean()),
  /** Whether the namespace holds data: a non-empty group or project (2026), or any data (2016). */
  hasData: orNone(z.boolean()),
  /**
   * The last activity (code, issues, merge requests) on projects the account owns or takes part
   * in; `null` when there never was any. A login is not activity.
   */
  lastActivityAt: instantSchema.nullable().optional(),
  /** 2016: whether the user owns an active project. */
  ownsActiveProject: orNone(z.boolean()),
  /** The owners of the namespace, by opaque id; addresses are accepted and never echoed. */
  owners: orNone(
    readonlyOutput(
      z.array(
        z.strictObject({
          /** The owner (an opaque id). */
          id: z.string().min(1),
          /** The owner's address; never repeated in a decision. */
          email: orNone(z.string()),
        }),
      ),
    ),
  ),
  /** Every attempt Support made to contact an owner, in any order. */
  contactAttempts: orNone(readonlyOutput(z.array(contactAttemptSchema))),
  /** Every explicit reply from an owner, in any order. */
  replies: orNone(readonlyOutput(z.array(ownerReplySchema))),
  /** Logins by an owner; recorded so it is clear they were seen and not taken as replies. */
  logins: orNone(readonlyOutput(z.array(instantSchema))),
  /** A trademark claim made with the request, and whether a court order backs it. */
  trademarkClaim: orNone(
    z.strictObject({
      /** Whether a court order backs the claim. */
      courtOrder: z.boolean(),
    }),
  ),
  /** Names already in use, for choosing the `_idle` name. */
  takenNames: orNone(readonlyOutput(z.array(z.string()))),
});

/**
 * The facts as a caller passes them (instants as ISO strings or `Date`s).
 *
 * @example
 * ```ts
 * const facts: UsernameReleaseFactsInput = { username: "alice", requesterIsPaidCustomer: true, hasData: false };
 * ```
 */
export type UsernameReleaseFactsInput = z.input<typeof usernameReleaseFactsSchema>;
/**
 * The facts after validation (instants as `Date`s).
 *
 * @example
 * ```ts
 * usernameReleaseFactsSchema.parse({ username: "alice", lastActivityAt: "2024-01-01T00:00:00Z" }).lastActivityAt?.toISOString();
 * // => "2024-01-01T00:00:00.000Z"
 * ```
 */
export type UsernameReleaseFacts = z.output<typeof usernameReleaseFactsSchema>;
/**
 * A contact attempt as a caller passes it.
 *
 * @example
 * ```ts
 * const attempt: ContactAttempt = { at: "2026-11-02T10:00:00Z", ownerId: "u1" };
 * ```
 */
export type ContactAttempt = z.input<typeof contactAttemptSchema>;
/**
 * An owner's reply as a caller passes it.
 *
 * @example
 * ```ts
 * const reply: OwnerReply = { at: "2026-11-05T08:00:00Z", ownerId: "u1", kind: "keep" };
 * ```
 */
export type OwnerReply = z.input<typeof ownerReplySchema>;
