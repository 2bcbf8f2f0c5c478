import * as z from "zod";
import { instantSchema } from "./internal/instant-schema.js";
import { orNone } from "../shared/or-none.js";

/**
 * A security report and what has happened to it (docs/rules.md §8). Absent facts that a date needs
 * make the timeline `cannot_decide` and are listed.
 *
 * @example
 * ```ts
 * const report: DisclosureReportInput = {
 *   receivedAt: "2026-03-02T10:00:00Z",
 *   channel: "hackerone",
 *   closedAs: "resolved",
 *   closedAt: "2026-03-20T10:00:00Z",
 *   patchReleasedAt: "2026-03-18T00:00:00Z",
 * };
 * ```
 */
export const disclosureReportSchema = z.strictObject({
  /** When the report reached Support. */
  receivedAt: instantSchema,
  /** Where it arrived: the security email or a ticket, HackerOne, or a public issue. */
  channel: z.literal(["email", "ticket", "hackerone", "public_issue"]),
  /** Whether the report is PGP-encrypted (it then goes to the Security team). */
  pgpEncrypted: orNone(z.boolean()),
  /** When Support first responded, if it has. */
  firstResponseAt: orNone(instantSchema),
  /** How the report was closed; `null` while it is open. */
  closedAs: z.literal(["resolved", "informative", "duplicate", "not_applicable", "spam"]).nullable().optional(),
  /** When it was closed; `null` means not given, as absent does. */
  closedAt: orNone(instantSchema),
  /** When the patch that fixes the vulnerability was released. */
  patchReleasedAt: orNone(instantSchema),
  /** A request to disclose the report publicly. */
  disclosureRequest: orNone(
    z.strictObject({
      /** Who asked: the reporter or GitLab. */
      by: z.literal(["reporter", "gitlab"]),
      /** When the request was submitted. */
      requestedAt: instantSchema,
      /** When GitLab accepted it, if it has. */
      acceptedAt: orNone(instantSchema),
    }),
  ),
  /** The publication checklist, as far as it is done. */
  publication: orNone(
    z.strictObject({
      /** Whether the report was edited so it holds no sensitive information. */
      sensitiveInformationRemoved: orNone(z.boolean()),
      /** The link to the merge request that fixed the vulnerability. */
      fixMergeRequestUrl: orNone(z.url()),
    }),
  ),
  /** For a report made in a public issue: the steps taken so far. */
  publicIssue: orNone(
    z.strictObject({
      /** The issue's contents were removed. */
      contentsRemoved: orNone(z.boolean()),
      /** The standard removal message was posted. */
      removalMessagePosted: orNone(z.boolean()),
      /** An internal issue was opened. */
      internalIssueOpened: orNone(z.boolean()),
    }),
  ),
});

/** A security report as a caller passes it. */
export type DisclosureReportInput = z.input<typeof disclosureReportSchema>;
/** A security report after validation. */
export type DisclosureReport = z.output<typeof disclosureReportSchema>;
