import * as z from "zod";
import { instantSchema } from "./internal/instant-schema.js";
import { readonlyOutput } from "../shared/readonly-output.js";

/**
 * A request GitLab Support wants to make to a vendor's commercial support, and the ones already
 * made (docs/rules.md §11).
 *
 * @example
 * ```ts
 * const request: VendorSupportRequestInput = {
 *   vendor: "sidekiq",
 *   requestAt: "2026-11-20T10:00:00Z",
 *   previousRequests: ["2026-10-02T08:00:00Z"],
 * };
 * ```
 */
export const vendorSupportRequestSchema = z.strictObject({
  /** The vendor: Sidekiq (Contributed Systems) is the one the handbook names. */
  vendor: z.literal(["sidekiq"]),
  /** When the new request would be made. */
  requestAt: instantSchema,
  /** When earlier requests to the same vendor were made. */
  previousRequests: readonlyOutput(z.array(instantSchema)),
});

/** A vendor-support request as a caller passes it. */
export type VendorSupportRequestInput = z.input<typeof vendorSupportRequestSchema>;
