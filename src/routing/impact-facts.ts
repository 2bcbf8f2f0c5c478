import * as z from "zod";
import { oneOf } from "./internal/one-of.js";
import { orNone } from "../shared/or-none.js";

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
  instance: orNone(oneOf(["unavailable", "completely_unusable", "usable"], "instance state")),
  /** Important features: unavailable, extremely slow, somewhat slowed, or working. */
  importantFeatures: orNone(oneOf(["unavailable", "extremely_slow", "somewhat_slowed", "working"], "state of important features")),
  /** Whether an acceptable workaround is available. */
  workaroundAvailable: orNone(z.boolean()),
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
