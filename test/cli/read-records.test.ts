import { fc, test } from "../support/property.js";
import { describe, expect, it } from "vitest";
import { CliError } from "../../src/cli/cli-error.js";
import { readRecords } from "../../src/cli/read-records.js";

const record = fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 });
// What JSON can carry: -0 reads back as 0, so compare against the records after a JSON round trip.
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const values = (records: ReturnType<typeof readRecords>): unknown[] => records.map((r) => ("value" in r ? r.value : r.error));

describe("readRecords", () => {
  it("reads a JSON array, one JSON object (even pretty-printed), and NDJSON with blank lines", () => {
    expect(readRecords('[{"id":"a"},{"id":"b"}]', "t.json")).toEqual([
      { label: "record 1", value: { id: "a" } },
      { label: "record 2", value: { id: "b" } },
    ]);
    expect(readRecords('{\n  "id": "a"\n}\n', "t.json")).toEqual([{ label: "record 1", value: { id: "a" } }]);
    expect(readRecords('\uFEFF{"id":"a"}\r\n\r\n{"id":"b"}\r\n', "t.ndjson")).toEqual([
      { label: "line 1", value: { id: "a" } },
      { label: "line 3", value: { id: "b" } },
    ]);
  });

  it("a malformed NDJSON line is a bad record of its own; a malformed JSON document is unreadable", () => {
    expect(readRecords('{"id":"a"}\n{"id":\n', "t.ndjson")).toEqual([
      { label: "line 1", value: { id: "a" } },
      { label: "line 2", error: expect.stringMatching(/^malformed JSON/) as unknown },
    ]);
    expect(() => readRecords('[{"id":"a"},\n{"id":}]', "t.json")).toThrow(/^t\.json: malformed JSON: Unexpected token '\}', [^\n]+ is not valid JSON$/);
    expect(() => readRecords('[\n  {"id": "A",}\n]\n', "t.json")).toThrow(new CliError("t.json: malformed JSON at line 2, column 14: Expected double-quoted property name"));
    expect(() => readRecords("", "t.json")).toThrow(CliError);
  });

  test.prop([fc.array(record, { minLength: 1, maxLength: 8 })])("a JSON array and NDJSON of the same records read the same values, in order", (records) => {
    const fromArray = readRecords(JSON.stringify(records, null, 2), "a.json");
    const fromNdjson = readRecords(records.map((r) => JSON.stringify(r)).join("\n"), "a.ndjson");
    expect(values(fromArray)).toEqual(asJson(records));
    expect(values(fromNdjson)).toEqual(asJson(records));
    expect(fromArray.map((r) => r.label)).toEqual(records.map((_, i) => `record ${i + 1}`));
  });

  test.prop([fc.array(record, { minLength: 2, maxLength: 8 }), fc.nat()])("one bad NDJSON line spoils only itself", (records, at) => {
    const lines = records.map((r) => JSON.stringify(r));
    const bad = 1 + (at % (lines.length - 1));
    lines[bad] = "{oops";
    const read = readRecords(lines.join("\n"), "a.ndjson");
    expect(read).toHaveLength(records.length);
    read.forEach((r, i) => {
      expect(r.label).toBe(`line ${i + 1}`);
      if (i === bad) expect("error" in r).toBe(true);
      else expect("value" in r ? r.value : undefined).toEqual(asJson(records[i]));
    });
  });
});
