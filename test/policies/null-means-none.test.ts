import { describe, expect, it } from "vitest";
import * as z from "zod";
import { checkUsernameRelease } from "../../src/policies/check-username-release.js";
import { disclosureReportSchema } from "../../src/policies/disclosure-report.js";
import { disclosureTimeline } from "../../src/policies/disclosure-timeline.js";
import { usernameReleaseFactsSchema } from "../../src/policies/username-release-facts.js";

const NOW = new Date("2026-12-01T00:00:00Z");

/** Whatever the call returns, or the error it throws (as code and message), so the two can be compared. */
function outcome(call: () => unknown): unknown {
  try {
    return call();
  } catch (error) {
    return { threw: error instanceof Error ? error.message : String(error) };
  }
}

/** A strict object's optional top-level fields, read from the schema itself. */
function optionalFields(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape: Record<string, z.ZodType> }).shape;
  return Object.keys(shape).filter((key) => shape[key]?.safeParse(undefined).success === true);
}

// A field whose `null` has a meaning of its own, documented on the field (closedAs: null = still open).
const NULL_HAS_A_MEANING = new Set(["closedAs"]);

const CASES: [string, z.ZodType, Record<string, unknown>, (input: Record<string, unknown>) => unknown, readonly string[]][] = [
  [
    "username release facts",
    usernameReleaseFactsSchema,
    { username: "alice", requesterIsPaidCustomer: true, hasData: false, lastActivityAt: "2025-01-01T00:00:00Z" },
    (facts) => checkUsernameRelease(facts as never, NOW, "gitlab2026"),
    ["lastActivityAt", "trademarkClaim"],
  ],
  ["a disclosure report", disclosureReportSchema, { receivedAt: "2026-03-02T00:00:00Z", channel: "email", closedAs: "resolved" }, (report) => disclosureTimeline(report as never, "gitlab2026"), ["pgpEncrypted", "firstResponseAt", "closedAt", "patchReleasedAt"]],
];

describe("null means none wherever a field is optional: the same result as the field absent", () => {
  for (const [name, schema, example, decide, checked] of CASES) {
    const fields = optionalFields(schema).filter((field) => !NULL_HAS_A_MEANING.has(field) && checked.includes(field));

    it(`${name}: the fields checked are optional fields of the schema`, () => {
      expect(fields).toEqual(checked);
    });

    it.each(fields)(`${name}: %s: null is accepted and decides as absent`, (field) => {
      const absent = Object.fromEntries(Object.entries(example).filter(([key]) => key !== field));
      const withNull = { ...absent, [field]: null };
      expect(schema.safeParse(withNull).success).toBe(true);
      expect(outcome(() => decide(withNull))).toEqual(outcome(() => decide(absent)));
    });
  }
});
