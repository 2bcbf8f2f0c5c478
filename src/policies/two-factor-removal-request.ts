import * as z from "zod";
import { instantSchema } from "./internal/instant-schema.js";
import { readonlyOutput } from "../shared/readonly-output.js";
import { orNone } from "../shared/or-none.js";

/**
 * The 2026 grounds on which a paid-namespace user may have 2FA removed by Support, judged as of
 * the ticket's opening (docs/rules.md §7): occupies a paid seat; an owner intends to add them to a
 * paid seat (counts only with that owner's vouch or Support PIN); is an enterprise user; is the
 * billing contact on a current invoice; works with GitLab in an account-management project;
 * needs the account to reach the customer portal.
 *
 * @example
 * ```ts
 * twoFactorEligibilityGroundSchema.parse("paid_seat"); // => "paid_seat"
 * ```
 */
export const twoFactorEligibilityGroundSchema = z.literal([
  "paid_seat",
  "owner_intends_to_add",
  "enterprise_user",
  "billing_contact",
  "account_management_project",
  "customer_portal_access",
]);

/**
 * One of the five eligibility grounds (the seat ground has two forms).
 *
 * @example
 * ```ts
 * const ground: TwoFactorEligibilityGround = "paid_seat";
 * ```
 */
export type TwoFactorEligibilityGround = z.output<typeof twoFactorEligibilityGroundSchema>;

/**
 * An owner's confirmation of a user's identity: a vouch, or the namespace's Support PIN.
 *
 * @example
 * ```ts
 * const vouch: OwnerVouch = { ownerId: "owner-2", method: "support_pin", confirmed: true };
 * ```
 */
export const ownerVouchSchema = z.strictObject({
  /** The owner who vouched or gave the PIN (an opaque id). */
  ownerId: z.string().min(1),
  /** A vouch from the owner, or the Support PIN. */
  method: z.literal(["vouch", "support_pin"]),
  /** Whether it checked out (the PIN matched, the vouch came from the owner's verified address). */
  confirmed: z.boolean(),
});

/**
 * The facts about one account whose 2FA is to be removed. Absent facts make the decision
 * `cannot_decide` (listing them); `false` is a known "no".
 *
 * @example
 * ```ts
 * const target: TwoFactorTargetInput = { userId: "u1", pushedGivenFile: true };
 * ```
 */
export const twoFactorTargetSchema = z.strictObject({
  /** The account (an opaque id). */
  userId: z.string().min(1),
  /** 2016 combination 1: the user pushed the given file to a repository in a personal project. */
  pushedGivenFile: orNone(z.boolean()),
  /** 2016 combination 2, first half: a photo ID was provided (never accepted in 2026). */
  photoId: orNone(z.boolean()),
  /** 2016 combination 2, second half: a picture of the user holding the ID. */
  photoHoldingId: orNone(z.boolean()),
  /** 2026: since when the user has been on a paid plan; `null` when they are not (a free user). */
  paidPlanSince: instantSchema.nullable().optional(),
  /** 2026: whether the user was added to a paid subscription only so that 2FA can be removed. */
  addedToPaidPlanForRemoval: orNone(z.boolean()),
  /** 2026: the eligibility grounds that held when the ticket was opened. */
  grounds: orNone(readonlyOutput(z.array(twoFactorEligibilityGroundSchema))),
  /** 2026: whether the user is an enterprise user of the paid group. */
  enterpriseUser: orNone(z.boolean()),
  /** 2026: whether the user still has recovery codes. */
  hasRecoveryCodes: orNone(z.boolean()),
  /** 2026: whether the user has an SSH key registered (recovery codes can be regenerated over SSH). */
  hasSshKey: orNone(z.boolean()),
  /** 2026: whether self-service recovery was offered and did not work. */
  selfServiceFailed: orNone(z.boolean()),
  /** 2026: the identity challenges answered against the paid namespace, if any were attempted. */
  challenges: orNone(
    z.strictObject({
      /** Whether the answers passed. */
      result: z.literal(["passed", "failed"]),
      /** Who answered them; an owner never answers for another user. */
      answeredBy: z.literal(["target", "owner"]),
    }),
  ),
  /** 2026: an owner's vouch or Support PIN for this user, if one was given. */
  vouch: orNone(ownerVouchSchema),
});

/**
 * A request to remove two-factor authentication from one or more accounts (docs/rules.md §7).
 *
 * @example
 * ```ts
 * const request: TwoFactorRemovalRequestInput = {
 *   ticketOpenedAt: "2026-11-02T09:00:00Z",
 *   requester: { userId: "u1", isOwner: false },
 *   targets: [{ userId: "u1", pushedGivenFile: true }],
 * };
 * ```
 */
export const twoFactorRemovalRequestSchema = z.strictObject({
  /** When the ticket was opened; the 2026 grounds and plan are judged at this instant. */
  ticketOpenedAt: orNone(instantSchema),
  /** Who asked. */
  requester: z.strictObject({
    /** The requester's account (an opaque id). */
    userId: z.string().min(1),
    /** 2026: whether the requester is an owner of the paid namespace. */
    isOwner: orNone(z.boolean()),
  }),
  /** The accounts to remove 2FA from; one per ticket unless they are enterprise users. */
  targets: readonlyOutput(z.array(twoFactorTargetSchema).min(1)),
});

/**
 * A 2FA removal request as a caller passes it.
 *
 * @example
 * ```ts
 * const request: TwoFactorRemovalRequestInput = { requester: { userId: "u1" }, targets: [{ userId: "u1", pushedGivenFile: true }] };
 * ```
 */
export type TwoFactorRemovalRequestInput = z.input<typeof twoFactorRemovalRequestSchema>;
/**
 * A 2FA removal request after validation.
 *
 * @example
 * ```ts
 * twoFactorRemovalRequestSchema.parse({ requester: { userId: "u1" }, targets: [{ userId: "u1" }] }).targets.length; // => 1
 * ```
 */
export type TwoFactorRemovalRequest = z.output<typeof twoFactorRemovalRequestSchema>;
/**
 * One target account as a caller passes it.
 *
 * @example
 * ```ts
 * const target: TwoFactorTargetInput = { userId: "u1", paidPlanSince: "2025-06-01T00:00:00Z", grounds: ["paid_seat"] };
 * ```
 */
export type TwoFactorTargetInput = z.input<typeof twoFactorTargetSchema>;
/**
 * An owner's vouch or PIN as a caller passes it.
 *
 * @example
 * ```ts
 * const vouch: OwnerVouch = { ownerId: "owner-2", method: "support_pin", confirmed: true };
 * ```
 */
export type OwnerVouch = z.input<typeof ownerVouchSchema>;
