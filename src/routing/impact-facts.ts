import * as z from "zod";
import { oneOf } from "./internal/one-of.js";

/**
 * What a problem does to the customer's GitLab, in the terms of the Definitions of Support
 * Impact (docs/rules.md §2, 2026). Every fact is optional; a missing fact that the definition needs
 * makes the classification `cannot_decide`.
 *
 * @example
 * ```ts
 * impactFactsSchema.parse({ instance: "usable", importantFeatures: "working" });
 * // => { instance: "usable", importantFeatures: "working" }
 * ```
 */
export const impactFactsSchema = z.strictObject({
  /** The production instance: unavailable, completely unusable, or usable. */
  instance: oneOf(["unavailable", "completely_unusable", "usable"], "instance state").optional(),
  /** Important features: unavailable, extremely slow, somewhat slowed, or working. */
  importantFeatures: oneOf(["unavailable", "extremely_slow", "somewhat_slowed", "working"], "state of important features").optional(),
  /** Whether an acceptable workaround is available. */
  workaroundAvailable: z.boolean().optional(),
});

/**
 * The impact facts `classifySeverity` takes.
 *
 * @example
 * ```ts
 * const facts: ImpactFacts = { instance: "usable", importantFeatures: "unavailable", workaroundAvailable: false };
 * ```
 */
export type ImpactFacts = z.input<typeof impactFactsSchema>;
