import { describeResponse, isObject, recordError } from "../../shared/internal/records.js";
import type { JsmRecordError } from "../jsm-export.js";
import { collectParticipantFields } from "./request-participants.js";

/**
 * The issues of the export: a search response's `issues` (either pagination: `startAt` /
 * `total`, or `nextPageToken` / `isLast`), an array of such pages, an array of issues, or one
 * issue. Anything else is an error naming the page. The ids of the "Request participants" field
 * that the pages' or issues' `schema` and `names` maps name are added to `participantFields`.
 */
export function issueRecords(value: unknown, errors: JsmRecordError[], participantFields = new Set<string>()): unknown[] {
  const records: unknown[] = [];
  const page = (entry: unknown, where: string): void => {
    collectParticipantFields(entry, participantFields);
    if (isObject(entry) && Array.isArray(entry["issues"])) {
      // One push per record: spreading a page of many issues could overflow the stack.
      for (const issue of entry["issues"] as unknown[]) {
        collectParticipantFields(issue, participantFields);
        records.push(issue);
      }
    } else if (isObject(entry) && ("key" in entry || "fields" in entry)) {
      records.push(entry);
    } else {
      errors.push(
        recordError(
          { source: "issues", record: where },
          [],
          isObject(entry) ? "missing_field" : "invalid_type",
          `Expected a search response { "issues": [...] }, an issue { "key", "fields", "changelog" }, or an array of them, received ${describeResponse(entry)}`,
        ),
      );
    }
  };
  if (Array.isArray(value)) value.forEach((entry: unknown, index) => { page(entry, `entry ${index}`); });
  else page(value, "the response");
  return records;
}

/** An issue's key for people, when the record has a usable one. */
export function keyOf(record: unknown): string | null {
  if (!isObject(record)) return null;
  const key = record["key"];
  return typeof key === "string" && key !== "" ? key : null;
}
