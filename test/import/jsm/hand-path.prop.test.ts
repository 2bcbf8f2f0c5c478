// A well-formed issue is read by hand and any other through the zod schemas: both must give the
// same ticket or the same errors. An issue rebuilt as an object of another prototype takes the
// schemas' path, so the same random issue is imported both ways and compared, as
// built and with one of its values replaced by a random JSON value.
import { describe, expect } from "vitest";
import { importJsmExport } from "../../../src/import/jsm/import-jsm-export.js";
import { fc, test } from "../../support/property.js";
import { AGENT, AUTOMATION, CUSTOMER, OTHER_AGENT, assigneeItem, comment, forSchemas, history, issue, priorityItem, resolutionItem, statusItem } from "./jsm-fixtures.js";

const SERVER_USER = { name: "chen.wei", key: "JIRAUSER10100", emailAddress: "chen.wei@example.com" };
const STATUSES = ["Waiting for support", "In progress", "Waiting for customer", "Resolved", "Closed"];
const jira = (minute: number): string => {
  const at = new Date(Date.parse("2026-11-29T23:00:00Z") + minute * 60_000 + 11 * 3_600_000);
  return `${at.toISOString().slice(0, 23)}+1100`;
};

const authorArb = fc.constantFrom<unknown>(AGENT, OTHER_AGENT, CUSTOMER, AUTOMATION, SERVER_USER, { accountId: "x", accountType: "robot" }, null, { displayName: "Nobody" });
const commentArb = fc
  .tuple(authorArb, fc.integer({ min: 1, max: 600 }), fc.option(fc.boolean(), { nil: undefined }), fc.boolean())
  .map(([author, minute, jsdPublic, restricted]) => comment(author, jira(minute), jsdPublic, restricted ? { visibility: { type: "role", value: "Service Desk Team" } } : {}));
const itemArb = fc.oneof(
  fc.tuple(fc.constantFrom(...STATUSES), fc.constantFrom(...STATUSES)).map(([from, to]) => statusItem(from, to)),
  fc.tuple(fc.constantFrom("Low", "Medium", "High", "Highest"), fc.constantFrom("Low", "Medium", "High", "Highest")).map(([from, to]) => priorityItem(from, to)),
  fc.tuple(fc.constantFrom(null, "Done"), fc.constantFrom(null, "Done")).map(([from, to]) => resolutionItem(from, to)),
  fc.tuple(fc.constantFrom(null, AGENT), fc.constantFrom(null, AGENT, OTHER_AGENT)).map(([from, to]) => assigneeItem(from, to)),
  fc.constant({ field: "labels", fieldtype: "jira", from: null, fromString: "", to: null, toString: "vip" }),
);
const historyArb = fc.tuple(fc.integer({ min: 1, max: 600 }), fc.array(itemArb, { minLength: 1, maxLength: 3 })).map(([minute, items]) => history(jira(minute), ...items));
const issueArb = fc
  .record({
    status: fc.constantFrom(...STATUSES),
    priority: fc.constantFrom(null, "Low", "Medium", "High", "Highest"),
    assignee: fc.constantFrom(null, AGENT),
    labels: fc.subarray(["vip", "billing"]),
    comments: fc.array(commentArb, { maxLength: 5 }),
    histories: fc.array(historyArb, { maxLength: 5 }),
  })
  .map((options) => issue(options));

/** Every path to a value inside a JSON tree. */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== "object" || value === null) return [path];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((entry, index) => [index, entry]) : Object.entries(value);
  return [path, ...entries.flatMap(([key, entry]) => pathsOf(entry, [...path, key]))];
}

/** A copy of the tree with the value at `path` replaced (the root when the path is empty). */
function replaced(tree: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(tree)) return (tree as unknown[]).map((entry, index) => (index === head ? replaced(entry, rest, value) : entry));
  return { ...(tree as Record<string, unknown>), [head]: replaced((tree as Record<string, unknown>)[head], rest, value) };
}

const mutatedArb = issueArb.chain((built) => {
  const paths = pathsOf(built).filter((path) => path.length > 0);
  return fc.tuple(fc.constant(built), fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 2 }));
});

describe("importJsmExport: the hand path and the schemas' path agree", () => {
  test.prop([issueArb], { numRuns: 300 })("random well-formed issues: the same tickets and errors", (built) => {
    expect(importJsmExport({ issues: [forSchemas(built)] })).toEqual(importJsmExport({ issues: [built] }));
  });

  test.prop([mutatedArb], { numRuns: 400 })("with one value replaced by a random JSON value: the same tickets and errors", ([built, path, value]) => {
    const bad = replaced(built, path, value);
    expect(importJsmExport({ issues: [forSchemas(bad)] })).toEqual(importJsmExport({ issues: [bad] }));
  });
});
