import { describe, expect, it } from "vitest";
import { parseTicketRecord } from "../../src/cli/parse-ticket-record.js";
import { ticketAsOf } from "../../src/cli/ticket-as-of.js";
import { SAMPLE } from "./harness.js";
import { thrown as errorOf } from "../support/thrown.js";

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}


describe("parseTicketRecord", () => {
  it("accepts every sample ticket and does not mutate it", () => {
    for (const record of SAMPLE) {
      const copy = structuredClone(record);
      const parsed = parseTicketRecord(deepFreeze(structuredClone(record)));
      expect(parsed.ticket.id).toBe(record["id"]);
      expect(record).toEqual(copy);
    }
  });

  it("splits off the routing-only fields, which the SLA engine's ticket schema rejects", () => {
    const parsed = parseTicketRecord({
      id: 7,
      createdAt: "2026-11-20T10:00:00Z",
      channel: "twitter",
      starred: true,
      preferredRegion: "apac",
      organization: { id: "org-1", plan: "premium", dedicatedEngineer: "alex" },
    });
    expect(parsed.ticket.id).toBe("7");
    expect(parsed.queueTicket).toMatchObject({ id: "7", starred: true, preferredRegion: "apac", organization: { dedicatedEngineer: "alex" } });
  });

  it.each([
    [42, "invalid_type", [], "Expected a ticket object, received number"],
    [["a"], "invalid_type", [], "Expected a ticket object, received an array"],
    [{ id: "A", channel: "ticket" }, "missing_field", ["createdAt"], 'Missing required field "ticket.createdAt"'],
    [{ id: "A", createdAt: "2026-11-20T10:00:00Z", channel: "pigeon" }, "unknown_value", ["channel"], expect.stringContaining('Invalid option: expected one of "emergency"') as unknown],
    [{ id: "A", createdAt: "2026-11-20T10:00:00Z", channel: "ticket", colour: "red" }, "unknown_key", ["colour"], expect.stringContaining('Unknown key "colour"') as unknown],
    [{ id: "A", createdAt: "2026-11-20T10:00:00Z", channel: "ticket", preferredRegion: "mars" }, "unknown_value", ["preferredRegion"], 'Unknown region "mars"; expected one of amer, apac, emea'],
    [
      { id: "A", createdAt: "2026-11-20T10:00:00Z", channel: "ticket", events: [{ type: "comment", at: "2026-11-20T09:00:00Z", author: "agent", public: true }] },
      "event_before_creation",
      ["events", 0, "at"],
      "The event at 2026-11-20T09:00:00.000Z comes before the ticket's creation at 2026-11-20T10:00:00.000Z",
    ],
  ])("%j is rejected with its code, path and message", (record, code, path, message) => {
    const error = errorOf(() => parseTicketRecord(record));
    expect(error.code).toBe(code);
    expect(error.path).toEqual(path);
    expect(error.issues[0]?.message).toEqual(message);
  });
});

describe("ticketAsOf", () => {
  const record = {
    id: "Q-1",
    createdAt: "2026-11-20T10:00:00Z",
    channel: "ticket",
    priority: "low",
    events: [
      { type: "comment", at: "2026-11-20T10:30:00Z", author: "agent", public: true },
      { type: "comment", at: "2026-11-20T11:00:00Z", author: "customer", public: true },
      { type: "comment", at: "2026-11-20T11:30:00Z", author: "customer", public: true },
      { type: "priority_change", at: "2026-11-20T12:00:00Z", priority: "high" },
      { type: "status_change", at: "2026-11-20T13:00:00Z", status: "pending" },
      { type: "comment", at: "2026-11-20T13:00:00Z", author: "agent", public: true },
    ],
  } as const;

  it("applies the events up to now; a public agent reply opens a New ticket; the customer waits since the first comment after the last agent reply", () => {
    const parsed = parseTicketRecord(deepFreeze(structuredClone(record)));
    expect(ticketAsOf(parsed.queueTicket, parsed.ticket, new Date("2026-11-20T12:30:00Z"))).toMatchObject({
      status: "open",
      priority: "high",
      waitingSince: "2026-11-20T11:00:00.000Z",
    });
    expect(ticketAsOf(parsed.queueTicket, parsed.ticket, new Date("2026-11-20T13:30:00Z"))).toMatchObject({ status: "pending", priority: "high", waitingSince: null });
    expect(ticketAsOf(parsed.queueTicket, parsed.ticket, new Date("2026-11-20T10:15:00Z"))).toMatchObject({ status: "new", priority: "low", waitingSince: "2026-11-20T10:00:00.000Z" });
  });

  it("keeps a waitingSince the record states", () => {
    const parsed = parseTicketRecord({ ...structuredClone(record), waitingSince: "2026-11-20T10:05:00Z" });
    expect(ticketAsOf(parsed.queueTicket, parsed.ticket, new Date("2026-11-20T12:30:00Z")).waitingSince).toBe("2026-11-20T10:05:00Z");
  });
});
