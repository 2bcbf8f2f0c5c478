import type * as z from "zod";
import { SupportPolicyError, parseInput } from "../../../shared/errors.js";
import type { ImportRecordError } from "../import-record-error.js";

/** Where a record's errors go: its part of the export and its name for people. */
export interface RecordRef<Source extends string> {
  readonly source: Source;
  readonly record: string;
}

/** A path as an import error keeps it: numbers (array positions) as they are, every other key as text. */
export function recordPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((key) => (typeof key === "number" ? key : String(key)));
}

/** One error of a record, at `path` inside it. */
export function recordError<Source extends string>(ref: RecordRef<Source>, path: readonly PropertyKey[], code: ImportRecordError["code"], message: string): ImportRecordError<Source> {
  return { source: ref.source, record: ref.record, path: recordPath(path), code, message };
}

/** Validates a record with a schema; on failure, every issue becomes an error of the record. */
export function parseRecord<T, Source extends string>(schema: z.ZodType<T>, value: unknown, ref: RecordRef<Source>, errors: ImportRecordError<Source>[]): T | undefined {
  try {
    return parseInput(schema, value);
  } catch (error) {
    if (!(error instanceof SupportPolicyError)) throw error;
    for (const issue of error.issues) errors.push(recordError(ref, issue.path, issue.code, issue.message));
    return undefined;
  }
}

/** A JSON object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** What a response that is not the expected one is, for an error message: `null`, `an array`, an object by its first keys, or its type. */
export function describeResponse(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (isObject(value)) return `an object with keys ${JSON.stringify(Object.keys(value).slice(0, 5))}`;
  return typeof value;
}

/**
 * Visits the records of an export that are the last copy of their key, in order: an export read
 * page by page can list a record on several pages (an incremental export, a search re-run while
 * it changed), and its last copy is its latest state. A record without a key is always visited.
 */
export function forEachLatestCopy(records: readonly unknown[], keyOf: (record: unknown) => string | null, visit: (record: unknown, index: number, key: string | null) => void): void {
  const latest = new Map<string, number>();
  records.forEach((raw, index) => {
    const key = keyOf(raw);
    if (key !== null) latest.set(key, index);
  });
  records.forEach((raw, index) => {
    const key = keyOf(raw);
    if (key !== null && latest.get(key) !== index) return;
    visit(raw, index, key);
  });
}
