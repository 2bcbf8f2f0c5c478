import * as z from "zod";
import { editionSchema as edition } from "../shared/edition-schema.js";
import { instantSchema as instant } from "../shared/instant-schema.js";

const parameters = z.record(z.string(), z.unknown()).optional();

/**
 * The zod schema of an input to `support-policy explain`: a decision request that states its
 * kind. Each kind carries what its policy function takes; the facts themselves are validated by
 * that function, which names the bad field.
 *
 * - `username-release`: `{ kind, edition, now, facts, parameters? }` for `checkUsernameRelease`
 *   (docs/rules.md §6).
 * - `2fa-removal`: `{ kind, edition, request, parameters? }` for `check2faRemoval` (docs/rules.md §7).
 * - `escalation`: `{ kind, now, situation }` for `classifyEscalation`; the situation names its
 *   own edition (docs/rules.md §5).
 *
 * `edition` is `"2016"`, `"2026"`, `"handbook2016"` or `"gitlab2026"`; `now` an ISO 8601 instant
 * with an offset (the decision is as of then, so it can be replayed).
 *
 * @example
 * ```ts
 * explainInputSchema.parse({ kind: "username-release", edition: "2026", now: "2026-11-20T10:00:00Z", facts: {} }).edition;
 * // => "gitlab2026"
 * ```
 */
export const explainInputSchema = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({
      /** A dormant-username request. */
      kind: z.literal("username-release"),
      /** The rule set. */
      edition,
      /** The instant of the decision. */
      now: instant,
      /** The facts, as `checkUsernameRelease` takes them. */
      facts: z.unknown(),
      /** Overrides of the edition's numbers. */
      parameters,
    }),
    z.strictObject({
      /** A 2FA removal request. */
      kind: z.literal("2fa-removal"),
      /** The rule set. */
      edition,
      /** The request, as `check2faRemoval` takes it. */
      request: z.unknown(),
      /** Overrides of the edition's numbers. */
      parameters,
    }),
    z.strictObject({
      /** A situation that may need escalating. */
      kind: z.literal("escalation"),
      /** The instant of the decision. */
      now: instant,
      /** The situation, as `classifyEscalation` takes it (with its own `edition`). */
      situation: z.unknown(),
    }),
  ],
  { error: 'Unknown kind: expected "username-release", "2fa-removal" or "escalation"' },
);

/**
 * An `explain` input as written.
 *
 * @example
 * ```ts
 * const input: ExplainInput = { kind: "escalation", now: "2026-11-20T10:00:00Z", situation: { edition: "gitlab2026" } };
 * ```
 */
export type ExplainInput = z.input<typeof explainInputSchema>;
