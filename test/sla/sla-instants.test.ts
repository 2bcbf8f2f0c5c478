import { describe, expect, it } from "vitest";
import { evaluateSla } from "../../src/sla/evaluate-sla.js";
import { parseTicket } from "../../src/sla/parse-ticket.js";
import { caught, hourly, metricOf } from "./sla-fixtures.js";

const EXPECTED = 'Expected an ISO 8601 date-time with "Z" or an offset (e.g. "2026-11-20T10:00:00Z"), a Date or epoch milliseconds; received';
const RANGE = "is outside the supported range 1900-01-01T00:00:00.000Z to 2200-01-01T00:00:00.000Z";

function created(createdAt: unknown): [string, readonly PropertyKey[], string] {
  const error = caught(() => parseTicket({ id: "I", channel: "ticket", createdAt } as never));
  return [error.code, error.path, error.message];
}

describe("instants in, ISO 8601 UTC out", () => {
  it.each([
    ["1900-01-01T00:00:00Z", "1900-01-01T00:00:00.000Z", "1900-01-01T01:00:00.000Z"],
    ["1969-12-31T23:59:59.999Z", "1969-12-31T23:59:59.999Z", "1970-01-01T00:59:59.999Z"],
    ["2000-02-29T12:34:56.789Z", "2000-02-29T12:34:56.789Z", "2000-02-29T13:34:56.789Z"],
    ["2024-02-28T23:30:00.5Z", "2024-02-28T23:30:00.500Z", "2024-02-29T00:30:00.500Z"],
    ["2100-02-28T23:00:00.001Z", "2100-02-28T23:00:00.001Z", "2100-03-01T00:00:00.001Z"],
    ["2026-01-31T05:06:07.08Z", "2026-01-31T05:06:07.080Z", "2026-01-31T06:06:07.080Z"],
    ["2026-04-30T23:59:59Z", "2026-04-30T23:59:59.000Z", "2026-05-01T00:59:59.000Z"],
    ["2026-12-31T23:00:00Z", "2026-12-31T23:00:00.000Z", "2027-01-01T00:00:00.000Z"],
    ["2024-12-31T23:59+14:00", "2024-12-31T09:59:00.000Z", "2024-12-31T10:59:00.000Z"],
    ["2026-03-01T00:30:00-05:30", "2026-03-01T06:00:00.000Z", "2026-03-01T07:00:00.000Z"],
    ["2199-12-31T22:59:59.999Z", "2199-12-31T22:59:59.999Z", "2199-12-31T23:59:59.999Z"],
  ])("%s", (createdAt, startedAt, dueAt) => {
    const report = evaluateSla({ id: "I", channel: "ticket", createdAt }, hourly, new Date(startedAt));
    expect([report.evaluatedAt, metricOf(report, "first_reply").startedAt, metricOf(report, "first_reply").dueAt]).toEqual([startedAt, startedAt, dueAt]);
  });

  it("a Date and epoch milliseconds are the same instant as the string; a fraction of a millisecond is cut, as new Date(number) does, and up to nine decimals are read to the millisecond, as in every area", () => {
    const ms = Date.UTC(2026, 2, 16, 10);
    expect(parseTicket({ id: "I", channel: "ticket", createdAt: ms + 0.5 }).createdAt).toBe(ms);
    expect(parseTicket({ id: "I", channel: "ticket", createdAt: "2026-03-16T10:00:00.0004Z" }).createdAt).toBe(ms);
    expect(parseTicket({ id: "I", channel: "ticket", createdAt: ms }).createdAt).toBe(ms);
    expect(parseTicket({ id: "I", channel: "ticket", createdAt: new Date(ms) }).createdAt).toBe(ms);
    expect(parseTicket({ id: "I", channel: "ticket", createdAt: "2026-03-16T10:00:00Z" }).createdAt).toBe(ms);
  });
});

describe("instants the library refuses: code, path and message", () => {
  it.each([
    ["no instant", undefined, ["missing_field", ["ticket", "createdAt"], 'Missing required field "ticket.createdAt"']],
    ["null", null, ["invalid_type", ["ticket", "createdAt"], `${EXPECTED} null`]],
    ["a boolean", true, ["invalid_type", ["ticket", "createdAt"], `${EXPECTED} a boolean`]],
    ["NaN", Number.NaN, ["invalid_instant", ["ticket", "createdAt"], `${EXPECTED} the number NaN`]],
    ["an invalid Date", new Date(Number.NaN), ["invalid_instant", ["ticket", "createdAt"], `${EXPECTED} an invalid Date`]],
    ["a long text, cut at 40 characters", "x".repeat(41), ["invalid_instant", ["ticket", "createdAt"], `${EXPECTED} the string "${"x".repeat(40)}…"`]],
    ["a text of 40 characters, whole", "x".repeat(40), ["invalid_instant", ["ticket", "createdAt"], `${EXPECTED} the string "${"x".repeat(40)}"`]],
    ["a space instead of T", "2026-03-16 10:00:00Z", ["invalid_instant", ["ticket", "createdAt"], `${EXPECTED} the string "2026-03-16 10:00:00Z"`]],
    ["an offset without a colon", "2026-03-16T10:00:00+0100", ["invalid_instant", ["ticket", "createdAt"], `${EXPECTED} the string "2026-03-16T10:00:00+0100"`]],
    ["ten decimals", "2026-03-16T10:00:00.1234567891Z", ["invalid_instant", ["ticket", "createdAt"], `${EXPECTED} the string "2026-03-16T10:00:00.1234567891Z"`]],
    ["month 0", "2026-00-10T00:00:00Z", ["invalid_instant", ["ticket", "createdAt"], `${EXPECTED} the string "2026-00-10T00:00:00Z"`]],
    ["day 0", "2026-01-00T00:00:00Z", ["invalid_instant", ["ticket", "createdAt"], `${EXPECTED} the string "2026-01-00T00:00:00Z"`]],
    ["June 31", "2026-06-31T00:00:00Z", ["invalid_instant", ["ticket", "createdAt"], `${EXPECTED} the string "2026-06-31T00:00:00Z"`]],
    ["29 February 2100, not a leap year", "2100-02-29T00:00:00Z", ["invalid_instant", ["ticket", "createdAt"], `${EXPECTED} the string "2100-02-29T00:00:00Z"`]],
    ["the end of the supported range", "2200-01-01T00:00:00Z", ["out_of_range", ["ticket", "createdAt"], `The instant 2200-01-01T00:00:00.000Z ${RANGE}`]],
    ["just before its start", "1899-12-31T23:59:59.999Z", ["out_of_range", ["ticket", "createdAt"], `The instant 1899-12-31T23:59:59.999Z ${RANGE}`]],
    ["a Date past the range", new Date(Date.UTC(2200, 0, 1)), ["out_of_range", ["ticket", "createdAt"], `The instant 2200-01-01T00:00:00.000Z ${RANGE}`]],
    ["epoch milliseconds before the range", Date.UTC(1899, 11, 31), ["out_of_range", ["ticket", "createdAt"], `The instant 1899-12-31T00:00:00.000Z ${RANGE}`]],
  ])("%s", (_, createdAt, expected) => {
    expect(created(createdAt)).toEqual(expected);
  });

  it("leap days that exist are accepted", () => {
    for (const createdAt of ["2000-02-29T00:00:00Z", "2024-02-29T00:00:00Z", "2026-07-31T00:00:00Z", "2026-12-31T00:00:00Z"]) {
      expect(parseTicket({ id: "I", channel: "ticket", createdAt }).createdAt).toBe(Date.parse(createdAt));
    }
  });
});
