import { describe, expect, expectTypeOf, it } from "vitest";
import type { ImportRecordError as JsmEntryRecordError, ImportTicketResult as JsmEntryTicketResult, JsmIssueResult, JsmRecordError, JsmSource } from "../../../src/import/jsm/index.js";
import { importJsmExport } from "../../../src/import/jsm/index.js";
import { forEachLatestCopy } from "../../../src/import/shared/internal/records.js";
import type { ImportRecordError, ImportTicketResult, ZendeskRecordError, ZendeskSource, ZendeskTicketResult } from "../../../src/import/zendesk/index.js";
import { importZendeskExport } from "../../../src/import/zendesk/index.js";
import { fc, test } from "../../support/property.js";

describe("the importers' results: one shape for every helpdesk", () => {
  it("each importer's names are the shared types for its parts, and both entries export the shared types", () => {
    expectTypeOf<ZendeskRecordError>().toEqualTypeOf<ImportRecordError<ZendeskSource>>();
    expectTypeOf<ZendeskTicketResult>().toEqualTypeOf<ImportTicketResult<ZendeskSource>>();
    expectTypeOf<JsmRecordError>().toEqualTypeOf<ImportRecordError<JsmSource>>();
    expectTypeOf<JsmIssueResult>().toEqualTypeOf<ImportTicketResult<JsmSource>>();
    expectTypeOf<JsmEntryRecordError>().toEqualTypeOf<ImportRecordError>();
    expectTypeOf<JsmEntryTicketResult>().toEqualTypeOf<ImportTicketResult>();
    const zendesk: readonly ImportRecordError[] = importZendeskExport({ tickets: 5 }).errors;
    const jsm: readonly ImportRecordError[] = importJsmExport({ issues: 5 }).errors;
    expect([...zendesk, ...jsm].map((error) => Object.keys(error).sort())).toEqual([
      ["code", "message", "path", "record", "source"],
      ["code", "message", "path", "record", "source"],
    ]);
  });

  it("a response that is none of the expected ones is described alike by both importers: its type, or an object by its first keys", () => {
    const [zendesk] = importZendeskExport({ tickets: { ticket: [], a: 1 } }).errors;
    const [jsm] = importJsmExport({ issues: { issue: [], a: 1 } }).errors;
    expect(zendesk).toMatchObject({ source: "tickets", record: "the response", code: "missing_field" });
    expect(zendesk?.message).toMatch(/, received an object with keys \["ticket","a"\]$/);
    expect(jsm).toMatchObject({ source: "issues", record: "the response", code: "missing_field" });
    expect(jsm?.message).toMatch(/, received an object with keys \["issue","a"\]$/);
    expect(importZendeskExport({ tickets: 5 }).errors[0]?.message).toMatch(/, received number$/);
    expect(importJsmExport({ issues: null }).errors[0]?.message).toMatch(/, received null$/);
  });
});

describe("forEachLatestCopy", () => {
  test.prop([fc.array(fc.option(fc.constantFrom("a", "b", "c"), { nil: null }), { maxLength: 30 })])(
    "a record listed again is read from its last copy, one without a key always, in export order",
    (keys) => {
      // Arrange
      const records = keys.map((key, index) => ({ key, index }));
      const expected = records.filter(({ key, index }) => key === null || keys.lastIndexOf(key) === index).map(({ index }) => index);
      // Act
      const visited: [number, string | null][] = [];
      forEachLatestCopy(records, (record) => (record as { key: string | null }).key, (_record, index, key) => visited.push([index, key]));
      // Assert
      expect(visited).toEqual(expected.map((index) => [index, keys[index] ?? null]));
    },
  );
});
