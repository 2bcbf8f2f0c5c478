import { describe, expect, it } from "vitest";
import { checkQueueTicketFast } from "../../src/routing/internal/check-queue-ticket-fast.js";
import { queueTicketSchema } from "../../src/routing/queue-ticket.js";
import { fc, test } from "../support/property.js";

const CREATED = Date.UTC(2026, 10, 18, 10);
const WAITING = Date.UTC(2026, 10, 18, 12);
const full = {
  id: "t1",
  channel: "twitter",
  createdAt: "2026-11-18T10:00:00.000Z",
  status: "pending",
  priority: "urgent",
  severity: 4,
  assignee: "me",
  organization: { id: "o", plan: "premium", supportLevel: "us_government_24x7", tags: ["vip"], dedicatedEngineer: "bob" },
  emergency: true,
  incident: false,
  accountEscalation: true,
  starred: false,
  preferredRegion: "apac",
  waitingSince: "2026-11-18T12:00:00Z",
  form: "SaaS",
  tags: ["a", "b"],
  events: [{ any: "thing" }],
};

const check = (ticket: unknown): { created: number; waiting: number } => {
  const waiting = new Float64Array([-1, -1, -1]);
  const created = checkQueueTicketFast(ticket, waiting, 1);
  return { created, waiting: waiting[1] as number };
};

describe("the fast queue-ticket check", () => {
  it("accepts a ticket with every field set, returning its creation and writing its waiting instant at its index", () => {
    expect(check(full)).toEqual({ created: CREATED, waiting: WAITING });
    expect(queueTicketSchema.safeParse(full).success).toBe(true);
  });

  it("accepts the bare minimum, and nulls where the schema allows them; no waiting instant is NaN", () => {
    const minimal = { id: "t1", channel: "ticket", createdAt: new Date(CREATED) };
    expect(check(minimal).created).toBe(CREATED);
    expect(check(minimal).waiting).toBeNaN();
    const nulls = { ...minimal, priority: null, severity: null, assignee: null, preferredRegion: null, waitingSince: null, form: null, organization: { plan: null, supportLevel: null, dedicatedEngineer: null } };
    expect(check(nulls).created).toBe(CREATED);
    expect(check(nulls).waiting).toBeNaN();
    expect(check({ ...minimal, severity: 1 }).created).toBe(CREATED);
  });

  // Each case breaks one thing the schema rejects; the fast check must decline it.
  const BROKEN: Readonly<Record<string, unknown>> = {
    "not an object": "t1",
    null: null,
    "an array": [full],
    "a Date": new Date(CREATED),
    "an unknown field": { ...full, colour: "red" },
    "no id": { ...full, id: undefined },
    "an empty id": { ...full, id: "" },
    "a numeric id": { ...full, id: 7 },
    "an unknown channel": { ...full, channel: "fax" },
    "a malformed creation": { ...full, createdAt: "2026-11-18" },
    "an unknown status": { ...full, status: "archived" },
    "severity 0": { ...full, severity: 0 },
    "severity 5": { ...full, severity: 5 },
    "severity as text": { ...full, severity: "1" },
    "a malformed priority id": { ...full, priority: "Critical" },
    "an empty assignee": { ...full, assignee: "" },
    "a numeric assignee": { ...full, assignee: 3 },
    "an empty form": { ...full, form: "" },
    "an unknown region": { ...full, preferredRegion: "mars" },
    "emergency as text": { ...full, emergency: "yes" },
    "incident as a number": { ...full, incident: 1 },
    "starred as text": { ...full, starred: "true" },
    "tags not an array": { ...full, tags: "a" },
    "an empty tag": { ...full, tags: ["a", ""] },
    "a numeric tag": { ...full, tags: [1] },
    "a malformed waiting instant": { ...full, waitingSince: "noon" },
    "events not an array": { ...full, events: {} },
    "organization not an object": { ...full, organization: "acme" },
    "organization an array": { ...full, organization: [] },
    "an unknown organization field": { ...full, organization: { id: "o", size: 3 } },
    "an empty organization id": { ...full, organization: { id: "" } },
    "a numeric organization id": { ...full, organization: { id: 5 } },
    "an empty plan": { ...full, organization: { plan: "" } },
    "an unknown support level": { ...full, organization: { supportLevel: "gold" } },
    "organization tags not strings": { ...full, organization: { tags: [null] } },
    "an empty dedicated engineer": { ...full, organization: { dedicatedEngineer: "" } },
  };

  for (const [name, ticket] of Object.entries(BROKEN)) {
    it(`declines ${name}, as the schema rejects it`, () => {
      expect(queueTicketSchema.safeParse(ticket).success).toBe(false);
      const result = check(ticket);
      expect(result.created).toBeNaN();
      expect(result.waiting).toBe(-1);
    });
  }

  it("leaves a null where the schema has a default to the schema, which reads it as the default", () => {
    for (const ticket of [{ ...full, accountEscalation: null }, { ...full, organization: null }, { ...full, status: null, tags: null, events: null }]) {
      expect(queueTicketSchema.safeParse(ticket).success).toBe(true);
      expect(check(ticket).created).toBeNaN();
    }
    expect(queueTicketSchema.parse({ ...full, accountEscalation: null, organization: null, status: null }).accountEscalation).toBe(false);
  });

  it("leaves an organization given as a Date to the schema", () => {
    expect(check({ ...full, organization: new Date(CREATED) }).created).toBeNaN();
  });

  it("accepts a policy set's own priority ids (p1, sev_0) as the schema does: orderQueue checks them against the set's priorities", () => {
    for (const priority of ["p1", "sev_0", "critical"]) {
      expect(queueTicketSchema.parse({ ...full, priority }).priority).toBe(priority);
      expect(check({ ...full, priority })).toEqual({ created: CREATED, waiting: WAITING });
    }
  });

  const idLike = fc.stringMatching(/^[a-z0-9_]{1,8}$/);
  const nearMiss = fc.oneof(fc.constant(""), fc.stringMatching(/^[A-Za-z0-9_ -]{1,8}$/), fc.string({ maxLength: 6 }));
  test.prop([fc.oneof(idLike, nearMiss, fc.constant(null), fc.constant(undefined), fc.integer(), fc.boolean(), fc.constant(["p1"]))])(
    "the fast check and the schema agree on every priority: the fast path takes exactly the ids the schema takes, with the same instants",
    (priority) => {
      const ticket = { ...full, priority };
      const slow = queueTicketSchema.safeParse(ticket);
      const fast = check(ticket);
      expect(Number.isNaN(fast.created)).toBe(!slow.success);
      if (slow.success) expect([fast.created, fast.waiting]).toEqual([slow.data.createdAt, slow.data.waitingSince]);
    },
  );

  it("declines inherited fields, which the schema would not see as the ticket's own", () => {
    const inherited = Object.assign(Object.create({ colour: "red" }) as Record<string, unknown>, { id: "t1", channel: "ticket", createdAt: "2026-11-18T10:00:00Z" });
    expect(check(inherited).created).toBeNaN();
    const org = Object.assign(Object.create({ size: 3 }) as Record<string, unknown>, { id: "o" });
    expect(check({ id: "t1", channel: "ticket", createdAt: "2026-11-18T10:00:00Z", organization: org }).created).toBeNaN();
  });
});
