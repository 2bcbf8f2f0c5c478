// The raw-ticket fast path against the zod schema it stands in for. Tickets are generated from
// the schema's own vocabulary (every event kind, every instant form, nulls and absent keys), then
// broken one place at a time: a wrong value from a pool of near misses, a key removed, an extra
// key, or an object that fights back. Whatever comes in, the fast path with its fallback must
// answer exactly as the schema alone: the same ticket (deep, strict: key presence and -0
// included) or the same error (code, path, message, every issue). And on plain data it must
// decline only what the schema rejects, so a schema that starts accepting more fails here.
import { describe, expect } from "vitest";
import { CHANNELS } from "../../src/shared/channel.js";
import { parseFields } from "../../src/sla/internal/clocks/parse-fields.js";
import { parseTicketFast } from "../../src/sla/internal/parse-ticket-fast.js";
import { validateTicket } from "../../src/sla/internal/validate-ticket.js";
import { parseTicket } from "../../src/sla/parse-ticket.js";
import { PRIORITIES, SUPPORT_LEVELS, TICKET_STATUSES } from "../../src/sla/sla-vocabulary.js";
import { CHANGEABLE_FIELDS, TICKET_FIELDS, type Ticket, type TicketInput, ticketSchema } from "../../src/sla/ticket.js";
import { ABSENT, HOSTILE, type Mutation, type Outcome, type Path, build, getAt, optional, outcome, paths, replaceAt, sameOutcome } from "../support/mutations.js";
import { fc, test } from "../support/property.js";
import { runs } from "../support/runs.js";

type Json = unknown;


const MINUTE = 60_000;
const FIRST = Date.UTC(2026, 0, 1);

/** One instant in any form ticket data may give it: ISO with Z (with or without ms or seconds), with an offset, a Date, epoch ms. */
function instantArb(ms: number): fc.Arbitrary<unknown> {
  const iso = new Date(ms).toISOString();
  const withOffset = (minutes: number, keepMs: boolean): string => {
    const local = new Date(ms + minutes * MINUTE).toISOString();
    const sign = minutes < 0 ? "-" : "+";
    const abs = Math.abs(minutes);
    const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
    return `${keepMs ? local.slice(0, 23) : local.slice(0, 19)}${offset}`;
  };
  const forms: unknown[] = [iso, new Date(ms), ms];
  if (ms % 1000 === 0) forms.push(iso.slice(0, 19) + "Z", withOffset(60, false), withOffset(-330, false));
  if (ms % MINUTE === 0) forms.push(iso.slice(0, 16) + "Z", `${withOffset(120, false).slice(0, 16)}+02:00`);
  forms.push(withOffset(-300, true));
  return fc.constantFrom(...forms);
}

const text = fc.oneof(fc.constantFrom("a", "emea", "T-1", "ada", "20", "x y"), fc.string({ minLength: 1, maxLength: 6 }));
const tagsArb = fc.array(fc.constantFrom("vip", "billing", "emea", "a b"), { maxLength: 3 });
const fieldValueArb = fc.oneof(text, fc.constant(""), fc.integer({ min: -5, max: 500 }), fc.constant(-0), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), fc.boolean(), fc.constant(null), fc.array(fc.constantFrom("a", "b", ""), { maxLength: 3 }));
const fieldName = fc.oneof(fc.constantFrom(...TICKET_FIELDS), fc.integer({ min: 1, max: 99 }).map((n) => `custom_fields.${n}`));
const changeableName = fc.oneof(fc.constantFrom(...CHANGEABLE_FIELDS), fc.integer({ min: 1, max: 99 }).map((n) => `custom_fields.${n}`));
const openStatus = fc.constantFrom(...TICKET_STATUSES.filter((s) => s !== "solved" && s !== "closed"));
const nullableText = fc.oneof(text, fc.constant(null));

function eventArb(createdMs: number): fc.Arbitrary<Record<string, unknown>> {
  const at = fc.integer({ min: 0, max: 3 * 24 * 60 }).chain((minutes) => fc.constantFrom(0, 1, 999).chain((extra) => instantArb(createdMs + minutes * MINUTE + (minutes === 0 ? 0 : extra))));
  const kinds: fc.Arbitrary<Record<string, unknown>>[] = [
    instantArb(createdMs).map((when) => ({ type: "created", at: when })),
    fc.record({ at, author: fc.constantFrom("customer", "agent"), public: fc.boolean(), automated: optional(fc.boolean()), id: optional(fc.oneof(text, fc.constant(""))) }).map((e) => build({ type: "comment", ...e })),
    fc.record({ at, status: fc.constantFrom(...TICKET_STATUSES), customStatus: optional(nullableText) }).map((e) => build({ type: "status_change", ...e })),
    fc.record({ at, priority: fc.oneof(fc.constantFrom(...PRIORITIES), fc.constant(null)) }).map((e) => ({ type: "priority_change", ...e })),
    fc.record({ at, severity: fc.constantFrom(1, 2, 3, 4), by: fc.constantFrom("customer", "agent") }).map((e) => ({ type: "severity_change", ...e })),
    fc.record({ at, assignee: nullableText }).map((e) => ({ type: "assignee_change", ...e })),
    fc.record({ at, field: changeableName, value: fieldValueArb }).map((e) => ({ type: "field_change", ...e })),
    fc.record({ at, tags: tagsArb }).map((e) => ({ type: "tags_change", ...e })),
    fc.record({ at, calendar: nullableText }).map((e) => ({ type: "calendar_change", ...e })),
  ];
  return fc.oneof(...kinds);
}

/** The values the creation values and events lead to, replayed from the schema's own parse (events sorted). */
function replayed(ticket: Ticket): Record<string, unknown> {
  let status: string = ticket.status;
  let priority: string | null = ticket.priority;
  let assignee: string | null = ticket.assignee;
  let tags: readonly string[] = ticket.tags;
  for (const event of ticket.events) {
    if (event.type === "status_change") status = event.status;
    if (event.type === "priority_change") priority = event.priority;
    if (event.type === "assignee_change") assignee = event.assignee;
    if (event.type === "tags_change") tags = event.tags;
  }
  return { status, priority, assignee, tags: [...tags].reverse() };
}

/** A ticket the schema mostly accepts: every field and event kind, in every form. */
const ticketArbOf = (maxEvents: number): fc.Arbitrary<Record<string, unknown>> => fc
  .integer({ min: 0, max: 330 * 24 * 60 })
  .chain((minute) => fc.constantFrom(0, 7, 60_000 - 1).map((extra) => FIRST + minute * MINUTE + (minute % 3 === 0 ? 0 : extra)))
  .chain((createdMs) =>
    fc.record({
      id: fc.oneof(text, fc.nat({ max: 1e6 })),
      createdAt: instantArb(createdMs),
      channel: fc.constantFrom(...CHANNELS),
      organization: optional(
        fc.record({ id: optional(fc.oneof(text, fc.constant(""))), plan: optional(nullableText), supportLevel: optional(fc.oneof(fc.constantFrom(...SUPPORT_LEVELS), fc.constant(null))), tags: optional(tagsArb) }).map(build),
      ),
      form: optional(nullableText),
      priority: optional(fc.oneof(fc.constantFrom(...PRIORITIES), fc.constant(null))),
      severity: optional(fc.oneof(fc.constantFrom(1, 2, 3, 4), fc.constant(null))),
      status: optional(openStatus),
      customStatus: optional(nullableText),
      assignee: optional(nullableText),
      tags: optional(tagsArb),
      fields: optional(fc.dictionary(fieldName, fieldValueArb, { maxKeys: 3 })),
      calendar: optional(nullableText),
      events: optional(fc.array(eventArb(createdMs), { maxLength: maxEvents })),
      current: fc.subarray(["status", "priority", "assignee", "tags"]),
    }),
  )
  .map(({ current, ...rest }) => {
    const ticket = build(rest);
    // current, when asked for, is what the schema's own replay leads to (the mutations break it).
    const parsed = ticketSchema.safeParse(ticket);
    if (current.length > 0 && parsed.success) {
      const values = replayed(parsed.data);
      ticket["current"] = Object.fromEntries(current.map((key) => [key, values[key]]));
    }
    return ticket;
  });
const ticketArb = ticketArbOf(8);

/** Near misses: wrong types, unknown members, instants out of range or malformed, look-alikes. */
const NEAR_MISSES: readonly (() => unknown)[] = [
  () => null, () => undefined, () => "", () => "x", () => "low", () => "urgent", () => "p1", () => "High", () => "critical",
  () => 0, () => -1, () => 1.5, () => 5, () => -0, () => Number.NaN, () => Number.POSITIVE_INFINITY, () => 2 ** 53, () => true, () => false,
  () => [], () => ({}), () => ["a"], () => [""], () => [1], () => ({ plan: "premium" }),
  () => "new", () => "open", () => "solved", () => "closed", () => "on_hold", () => "agent", () => "customer",
  () => "comment", () => "created", () => "status_change", () => "priority_change", () => "field_change", () => "group", () => "via", () => "form", () => "custom_fields.", () => "custom_fields.7",
  () => "2026-03-02T09:00:00Z", () => "2026-03-02T09:00:00.000Z", () => "2026-02-30T09:00:00.000Z", () => "2026-02-29T09:00:00Z", () => "2028-02-29T09:00:00.000Z",
  () => "2026-03-02T24:00:00.000Z", () => "2026-03-02T24:30:00.000Z", () => "2026-03-02T25:00:00.000Z", () => "2026-03-02T23:59:59.999+24:00", () => "2026-03-02T09:00:60Z", () => "2026-03-02T09:60:00.000Z", () => "0026-03-02T09:00:00.000Z", () => "2026-03-02t09:00:00z",
  () => "2026-03-02T09:00:00", () => "2026-03-02", () => "2026-03-02T09:00:00.0000Z", () => "2026-13-02T09:00:00.000Z", () => "2026-03-00T09:00:00.000Z", () => "2026-03-02T09:00:00+25:00",
  () => "1899-12-31T23:59:59.999Z", () => "1900-01-01T00:00:00.000Z", () => "2199-12-31T23:59:59.999Z", () => "2200-01-01T00:00:00.000Z", () => "2026-03-0２T09:00:00.000Z",
  () => 8.64e15, () => -8.64e15, () => 1e300, () => Date.UTC(1899, 11, 31), () => Date.UTC(2200, 0, 1), () => Date.UTC(2026, 0, 1) - 1,
  () => new Date(Number.NaN), () => new Date(Date.UTC(2026, 5, 1)), () => new Date(Date.UTC(2300, 0, 1)), () => Object.create(Date.prototype) as unknown,
];

/** Mutations a JSON document can carry. */
const plainMutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: NEAR_MISSES.length - 1 }).map((i): Mutation => () => (NEAR_MISSES[i] as () => unknown)()) },
  { weight: 2, arbitrary: fc.constant<Mutation>(() => ABSENT) },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.constantFrom("extra", "constructor", "toString", "current", "events", "Type", "custom_fields.1", "id", "at"), fc.constantFrom<unknown>(1, "x", null, undefined)).map(
      ([key, value]): Mutation =>
        (old) => (typeof old === "object" && old !== null && !Array.isArray(old) && !(old instanceof Date) ? { ...old, [key]: value } : old),
    ),
  },
);

const hostileMutation: fc.Arbitrary<Mutation> = fc.constantFrom(...HOSTILE);

/** The schema alone, as every raw ticket was parsed before the fast path. */
const bySchema = (input: Json): Outcome => outcome(() => parseFields(ticketSchema, input, ["ticket"]));

/**
 * The fast path with its fallback answers as the schema alone; with `covers`, it also declines
 * exactly what the schema rejects (on plain data: see strayDate).
 */
function agrees(input: Json, covers = false): void {
  const schema = bySchema(input);
  const withFast = outcome(() => validateTicket(input as TicketInput));
  if (!sameOutcome(withFast, schema)) {
    expect(withFast).toStrictEqual(schema);
    expect.fail("the same keys and values, in another order");
  }
  if (covers && !strayDate(input)) expect(parseTicketFast(input) !== undefined).toBe(schema.ok);
}

/** A ticket, a place in it and a mutation; applied in the test, since fast-check cannot print a proxy that throws. */
/**
 * Whether a Date stands where an object is expected (zod reads it as an object with no keys; the
 * fast path leaves anything but a plain object to the schema): the one plain-data case the fast
 * path may decline though the schema accepts it.
 */
function strayDate(value: unknown, key: string | number | null = null): boolean {
  if (value instanceof Date) return key !== "at" && key !== "createdAt";
  if (Array.isArray(value)) return value.some((item, index) => strayDate(item, index));
  if (typeof value === "object" && value !== null) return Object.entries(value).some(([name, item]) => strayDate(item, name));
  return false;
}

const mutated = (mutation: fc.Arbitrary<Mutation>): fc.Arbitrary<readonly [Record<string, unknown>, number, Mutation]> => fc.tuple(ticketArb, fc.nat(), mutation);

function apply(ticket: Json, index: number, mutate: Mutation): Json {
  const all = paths(ticket);
  return replaceAt(ticket, all[index % all.length] as Path, mutate);
}

describe("the raw-ticket fast path", () => {
  test.prop([ticketArb], { numRuns: runs(300) })("gives the schema's ticket for generated tickets, and declines exactly what the schema rejects", (ticket) => {
    agrees(ticket, true);
  });

  test.prop([mutated(plainMutation)], { numRuns: runs(600) })("a ticket broken in one place: the same ticket or the same error as the schema alone, declining only what the schema rejects", ([ticket, index, mutate]) => {
    const input = apply(ticket, index, mutate);
    agrees(input, true);
  });

  test.prop([fc.array(fc.tuple(fc.nat(), plainMutation), { minLength: 2, maxLength: 4 }), ticketArb], { numRuns: runs(200) })("a ticket broken in several places: the same answer as the schema alone", (mutations, ticket) => {
    let input: Json = ticket;
    for (const [index, mutate] of mutations) input = apply(input, index, mutate);
    agrees(input, true);
  });

  test.prop([mutated(hostileMutation)], { numRuns: runs(300) })("proxies, getters, other prototypes, symbol and hidden keys: the same answer as the schema alone, a typed error when reading throws", ([ticket, index, mutate]) => {
    agrees(apply(ticket, index, mutate));
  });

  // Exhaustive over places: every near miss in every place, every hostile object in every object's place.
  test.prop([ticketArbOf(3)], { numRuns: runs(4) })("every near miss in every place of a ticket: the same answer as the schema alone, declining only what the schema rejects", (ticket) => {
    for (const path of paths(ticket)) {
      for (const make of NEAR_MISSES) {
        agrees(replaceAt(ticket, path, make), true);
      }
    }
  });

  test.prop([ticketArb], { numRuns: runs(20) })("every hostile object in every object's place of a ticket: the same answer as the schema alone", (ticket) => {
    for (const path of paths(ticket)) {
      const value = getAt(ticket, path);
      if (typeof value !== "object" || value === null || value instanceof Date) continue;
      for (const mutate of HOSTILE) agrees(replaceAt(ticket, path, mutate));
    }
  });

  test.prop([fc.anything({ withDate: true, withNullPrototype: true, withSparseArray: true, withBoxedValues: true })])("anything at all: the same answer as the schema alone", (input) => {
    agrees(input);
    agrees({ id: "T-1", createdAt: "2026-03-02T09:00:00Z", channel: "ticket", events: [input] });
  });

  test.prop([ticketArb])("parseTicket's result is deeply frozen, and freezing it freezes nothing of the input", (ticket) => {
    const before = JSON.stringify(ticket);
    const parsed = outcome(() => parseTicket(ticket as unknown as TicketInput));
    if (!parsed.ok) return;
    const frozen = (value: unknown): boolean =>
      typeof value !== "object" || value === null || (Object.isFrozen(value) && Object.values(value).every(frozen));
    expect(frozen(parsed.value)).toBe(true);
    const reachable = paths(ticket).map((path) => getAt(ticket, path));
    expect(reachable.filter((value) => typeof value === "object" && value !== null && Object.isFrozen(value))).toEqual([]);
    expect(JSON.stringify(ticket)).toBe(before);
  });
});
