import type { RecordRef as ImportRecordRef } from "../../shared/internal/records.js";
import { describeResponse, isObject, recordError } from "../../shared/internal/records.js";
import type { ZendeskRecordError, ZendeskSource } from "../zendesk-export.js";

/** Where a record's errors go: its part of the export and its name for people. */
export type RecordRef = ImportRecordRef<ZendeskSource>;

/**
 * The records of a response, `{ [key]: [...] }`, or of an array of such pages (an export read
 * page by page). An absent part has no records; a malformed one is an error naming the part.
 */
export function recordsOf(value: unknown, key: string, source: ZendeskSource, errors: ZendeskRecordError[]): unknown[] {
  if (value === undefined) return [];
  const pages = Array.isArray(value) ? value : [value];
  const records: unknown[] = [];
  pages.forEach((page, index) => {
    const list = isObject(page) ? page[key] : undefined;
    if (Array.isArray(list)) {
      // One push per record: spreading a page of hundreds of thousands of audits overflows the stack.
      for (const record of list as unknown[]) records.push(record);
      return;
    }
    const where = Array.isArray(value) ? `page ${index}` : "the response";
    errors.push(recordError({ source, record: where }, [key], isObject(page) ? "missing_field" : "invalid_type", `Expected the API's response { "${key}": [...] } (or an array of such pages), received ${describeResponse(page)}`));
  });
  return records;
}

/** A record's id for people, when it has a usable one. */
export function idOf(record: unknown): string | null {
  if (!isObject(record)) return null;
  const id = record["id"];
  if (typeof id === "number" && Number.isSafeInteger(id)) return String(id);
  if (typeof id === "string" && id !== "") return id;
  return null;
}

/** An id as the library keeps it: Zendesk's integer ids as decimal strings, null for none. */
export function idText(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : JSON.stringify(value);
}
