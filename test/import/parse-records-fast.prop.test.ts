// The Zendesk importer's fast paths for audits and ticket objects against the zod schemas they
// stand in for: on generated records (every optional key missing, undefined, null or set, extra
// keys at every level), every near miss in every place, and objects that fight back, the fast
// path with its fallback gives exactly what the schema alone gives (the same record, keys and
// all, or the same error), and on JSON it declines only what the schema rejects.
import { describe, expect } from "vitest";
import { parseAuditRecordFast, parseTicketRecordFast } from "../../src/import/zendesk/internal/parse-records-fast.js";
import { auditRecordSchema, ticketRecordSchema } from "../../src/import/zendesk/internal/read-ticket.js";
import { parseInput } from "../../src/shared/errors.js";
import { ABSENT, HOSTILE, build, getAt, optional, outcome, paths, replaceAt, sameOutcome } from "../support/mutations.js";
import { fc, test } from "../support/property.js";
import { runs } from "../support/runs.js";


const idArb = fc.oneof(fc.nat({ max: 1e9 }), fc.nat({ max: 1e9 }).map(String));
const authorArb = fc.oneof(fc.integer({ min: -1, max: 1e6 }), fc.nat().map(String), fc.constant(null));
const extras = fc.dictionary(fc.constantFrom("body", "previous_value", "metadata", "subject", "html_body", "attachments"), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 2 });
const sourceArb = fc.tuple(fc.record({ rel: optional(fc.oneof(fc.constantFrom("trigger", "automation", "follow_up"), fc.constant(null))), from: optional(fc.jsonValue({ maxDepth: 1 })) }), extras).map(([shape, more]) => ({ ...more, ...build(shape) }));
const viaArb = fc.tuple(fc.record({ channel: optional(fc.oneof(fc.constantFrom("web", "email", "rule", "api"), fc.nat({ max: 60 }))), source: optional(fc.oneof(sourceArb, fc.constant(null))) }), extras).map(([shape, more]) => ({ ...more, ...build(shape) }));
const eventArb = fc
  .tuple(
    fc.record({
      type: fc.constantFrom("Comment", "VoiceComment", "Create", "Change", "Notification"),
      id: optional(fc.oneof(fc.integer({ min: -5, max: 1e6 }), fc.string({ maxLength: 4 }))),
      field_name: optional(fc.constantFrom("status", "priority", "tags", "assignee_id", "group_id", "360001", "")),
      value: optional(fc.jsonValue({ maxDepth: 2 })),
      author_id: optional(authorArb),
      public: optional(fc.boolean()),
      via: optional(fc.oneof(viaArb, fc.constant(null))),
    }),
    extras,
  )
  .map(([shape, more]) => ({ ...more, ...build(shape) }));

const auditArb: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    fc.record({
      id: idArb,
      ticket_id: idArb,
      created_at: fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) }).map((ms) => new Date(ms).toISOString()),
      author_id: optional(authorArb),
      via: optional(fc.oneof(viaArb, fc.constant(null))),
      events: fc.array(eventArb, { maxLength: 4 }),
    }),
    extras,
  )
  .map(([shape, more]) => ({ ...more, ...build(shape) }));

const optionalId = optional(fc.oneof(idArb, fc.constant(null)));
const ticketRecordArb: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    fc.record({
      id: idArb,
      created_at: fc.constant("2026-03-02T09:00:00Z"),
      status: fc.constantFrom("new", "open", "pending", "hold", "solved", "closed", "deleted"),
      priority: optional(fc.oneof(fc.constantFrom("low", "normal", "high", "urgent"), fc.constant(null))),
      type: optional(fc.oneof(fc.constantFrom("question", "incident", "task"), fc.constant(null))),
      assignee_id: optionalId,
      requester_id: optionalId,
      organization_id: optionalId,
      group_id: optionalId,
      brand_id: optionalId,
      ticket_form_id: optionalId,
      tags: optional(fc.array(fc.constantFrom("vip", "billing"), { maxLength: 2 })),
      custom_fields: optional(fc.oneof(fc.constant(null), fc.array(fc.tuple(fc.record({ id: idArb, value: optional(fc.jsonValue({ maxDepth: 1 })) }), extras).map(([shape, more]) => ({ ...more, ...build(shape) })), { maxLength: 3 }))),
      via: optional(fc.oneof(viaArb, fc.constant(null))),
    }),
    extras,
  )
  .map(([shape, more]) => ({ ...more, ...build(shape) }));

/** Near misses a JSON document (or a caller's object) can carry. */
const NEAR_MISSES: readonly (() => unknown)[] = [
  () => ABSENT, () => null, () => undefined, () => "", () => "x", () => "12", () => "-1", () => " 1", () => "1.5",
  () => 0, () => -1, () => -0, () => 1.5, () => 2 ** 53, () => Number.NaN, () => true, () => [], () => ({}), () => ["a"], () => [1], () => [null],
  () => ({ rel: 1 }), () => ({ channel: null }), () => ({ source: "web" }),
];

type Fast = (value: unknown) => unknown;

/** The fast path with its fallback answers as the schema alone; with `covers`, it declines only what the schema rejects. */
function agrees(fast: Fast, schema: Parameters<typeof parseInput>[0], input: unknown, covers = false): void {
  const alone = outcome(() => parseInput(schema, input));
  const withFast = outcome(() => fast(input) ?? parseInput(schema, input));
  if (!sameOutcome(withFast, alone)) {
    expect(withFast).toStrictEqual(alone);
    expect.fail("the same keys and values, in another order");
  }
  if (covers) expect(fast(input) !== undefined).toBe(alone.ok);
}

const KINDS = [
  ["an audit", auditArb, parseAuditRecordFast, auditRecordSchema],
  ["a ticket object", ticketRecordArb, parseTicketRecordFast, ticketRecordSchema],
] as const;

describe("the Zendesk importer's fast paths", () => {
  for (const [name, arb, fast, schema] of KINDS) {
    test.prop([arb], { numRuns: runs(200) })(`${name}: the schema's record for generated records, declining nothing the schema accepts`, (record) => {
      agrees(fast, schema, record, true);
    });

    test.prop([arb], { numRuns: runs(6) })(`${name}: every near miss in every place gives the same answer as the schema alone, declining only what it rejects`, (record) => {
      for (const path of paths(record)) for (const make of NEAR_MISSES) agrees(fast, schema, replaceAt(record, path, make), true);
    });

    test.prop([arb], { numRuns: runs(15) })(`${name}: every hostile object in every object's place gives the same answer as the schema alone`, (record) => {
      for (const path of paths(record)) {
        const value = getAt(record, path);
        if (typeof value !== "object" || value === null) continue;
        for (const mutate of HOSTILE) agrees(fast, schema, replaceAt(record, path, mutate));
      }
    });

    test.prop([fc.anything({ withDate: true, withNullPrototype: true, withSparseArray: true, withBoxedValues: true })])(`${name}: anything at all gives the same answer as the schema alone`, (value) => {
      agrees(fast, schema, value);
    });
  }
});
