// One bad record never sinks a batch: whatever is wrong with a record (not JSON, not a ticket, an
// instant no Date can hold) (a ticket created after now is no error: it is listed as not yet created), it gets its own line on stderr and the valid
// records are evaluated exactly as if it were not there.
import { describe, expect, it } from "vitest";
import { parseTicket } from "../../src/sla/parse-ticket.js";
import { fc, test } from "../support/property.js";
import { runs } from "../support/runs.js";
import { thrown } from "../support/thrown.js";
import { ticketArb } from "../sla/sla-arbitraries.js";
import { run } from "../cli/harness.js";

const NOW = "2026-12-20T00:00:00Z";
const A = '{"id":"A","createdAt":"2026-11-20T08:00:00Z","channel":"ticket"}';

describe("numeric instants beyond what a Date can hold (±8.64e15 ms)", () => {
  it.each([
    [1e16, "10000000000000000"],
    [-1e16, "-10000000000000000"],
    [8.64e15 + 1, "8640000000000001"],
    [Number.MAX_SAFE_INTEGER, "9007199254740991"],
  ])("createdAt %s is out_of_range, its message naming the number of milliseconds", (createdAt, shown) => {
    const error = thrown(() => parseTicket({ id: "B", createdAt, channel: "ticket" }));
    expect([error.code, error.path]).toEqual(["out_of_range", ["ticket", "createdAt"]]);
    expect(error.message).toBe(`The instant ${shown} ms after 1970-01-01T00:00:00.000Z is outside the supported range 1900-01-01T00:00:00.000Z to 2200-01-01T00:00:00.000Z`);
  });

  it("an event's at beyond the range names the event", () => {
    const error = thrown(() => parseTicket({ id: "B", createdAt: "2026-11-20T08:00:00Z", channel: "ticket", events: [{ type: "comment", at: 1e300, author: "agent", public: true }] }));
    expect([error.code, error.path]).toEqual(["out_of_range", ["ticket", "events", 0, "at"]]);
    expect(error.message).toContain("1e+300 ms after 1970-01-01T00:00:00.000Z");
  });

  it("an instant a Date can hold still reads as an ISO string", () => {
    expect(thrown(() => parseTicket({ id: "B", createdAt: 8.64e15, channel: "ticket" })).message).toContain("The instant +275760-09-13T00:00:00.000Z is outside");
  });

  it("through the CLI with --keep-going, the bad record has its line and the valid one is evaluated (exit 1)", () => {
    const result = run(["sla", "--now", "2026-11-20T17:30:00Z", "--keep-going"], { stdin: `${A}\n{"id":"B","createdAt":1e16,"channel":"ticket"}\n` });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('stdin: line 2 (id "B"): createdAt: The instant 10000000000000000 ms after 1970-01-01T00:00:00.000Z is outside the supported range 1900-01-01T00:00:00.000Z to 2200-01-01T00:00:00.000Z\n');
    expect(result.stdout).toContain("A ");
  });

  it("through the CLI without --keep-going, the bad record has its line and nothing is evaluated (exit 1)", () => {
    const result = run(["sla", "--now", "2026-11-20T17:30:00Z"], { stdin: `${A}\n{"id":"B","createdAt":-1e16,"channel":"ticket"}\n` });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^stdin: line 2 \(id "B"\): createdAt: The instant -10000000000000000 ms after .*\n1 invalid record\(s\) in stdin; nothing evaluated/);
  });
});

// Records that are bad in every way a batch can hold one. Some reuse a valid record's id: a record
// that is rejected must not claim the id either.
const badRecordArb = (ids: readonly string[]): fc.Arbitrary<string> =>
  fc
    .record({
      id: ids.length > 0 ? fc.oneof(fc.constantFrom(...ids), fc.constant("BAD")) : fc.constant("BAD"),
      kind: fc.constantFrom("huge", "tiny", "unknown-key", "bad-channel", "not-an-object", "not-json", "bad-event", "bad-id"),
    })
    .map(({ id, kind }) => {
      const base = { id, createdAt: "2026-06-01T10:00:00Z", channel: "ticket" };
      switch (kind) {
        case "huge":
          return JSON.stringify({ ...base, createdAt: 1e16 });
        case "tiny":
          return JSON.stringify({ ...base, createdAt: -1e300 });
        case "unknown-key":
          return JSON.stringify({ ...base, colour: "red" });
        case "bad-channel":
          return JSON.stringify({ ...base, channel: "pigeon" });
        case "not-an-object":
          return JSON.stringify([base]);
        case "not-json":
          return `{"id": "${id}", createdAt`;
        case "bad-event":
          return JSON.stringify({ ...base, events: [{ type: "comment", at: 1e16, author: "agent" }] });
        case "bad-id":
          return JSON.stringify({ ...base, id: { nested: id } });
      }
    });

const batchArb = fc
  .uniqueArray(ticketArb, { minLength: 1, maxLength: 8, selector: (ticket) => ticket.id })
  .chain((tickets) => {
    const lines = tickets.map((ticket) => JSON.stringify(ticket));
    return fc.tuple(fc.constant(lines), badRecordArb(tickets.map((ticket) => String(ticket.id))), fc.integer({ min: 0, max: lines.length }));
  });

describe("--keep-going: a batch with one bad record prints what the batch without it prints", () => {
  for (const format of ["json", "table"]) {
    test.prop([batchArb], { numRuns: runs(40) })(`--format ${format}`, ([lines, bad, index]) => {
      // A malformed first line leaves no way to tell NDJSON from a broken JSON document, so that
      // input is unreadable as a whole (exit 2, documented); a malformed line further on is a
      // bad record of its own.
      const at = index === 0 && bad.endsWith("createdAt") ? 1 : index;
      const withBad = [...lines.slice(0, at), bad, ...lines.slice(at)];
      const args = ["sla", "--now", NOW, "--format", format];
      const clean = run(args, { stdin: `${lines.join("\n")}\n` });
      const dirty = run([...args, "--keep-going"], { stdin: `${withBad.join("\n")}\n` });
      expect(clean.status).toBe(0);
      expect(dirty.status).toBe(1);
      expect(dirty.stdout).toBe(clean.stdout);
      // One line for the bad record, naming where it is.
      expect(dirty.stderr).toMatch(new RegExp(`^stdin: line ${at + 1}[ :]`));
      expect(dirty.stderr.trimEnd().split("\n")).toHaveLength(1);
    });
  }
});
