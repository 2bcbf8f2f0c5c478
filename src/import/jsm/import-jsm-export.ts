import * as z from "zod";
import { guardReading, parseInput } from "../../shared/errors.js";
import type { JsmExport, JsmImport, JsmIssueResult, JsmRecordError } from "./jsm-export.js";
import { forEachLatestCopy } from "../shared/internal/records.js";
import { issueRecords, keyOf } from "./internal/issue-records.js";
import { readIssue } from "./internal/read-issue.js";
import { readSlaConfig } from "./internal/read-sla-config.js";

const exportSchema = z.object({
  issues: z.unknown(),
  slaConfig: z.unknown().optional(),
  agentAccountIds: z.array(z.string().min(1)).optional(),
});

/**
 * Reads a Jira Service Management export, the parsed JSON of Jira's REST responses (see
 * {@link JsmExport}), with its SLA configuration ({@link JsmSlaConfig}), into the library's tickets
 * and policy set. Pure: no I/O, no clock; the caller reads the files.
 *
 * - **Issues** become tickets named by their key. The values at creation (status, priority,
 *   assignee, resolution, labels, issue type, request type, components) are each field's first
 *   changelog item's `from` side, else its current value; every later changelog item is an event
 *   (the resolution as the field `custom_fields.resolution`, the labels as tags). The current
 *   values are checked against the replay, so a missing or truncated changelog is an error, never
 *   a silently wrong report. Jira's instants (`+0100`) are read with their offset.
 * - **Comments**: an author whose `accountType` is `customer` is the customer, `app` (automation)
 *   an automated agent. With `agentAccountIds`, a listed author (by `accountId`, or on Jira Server
 *   / Data Center by `key`, `name` or `emailAddress`) is an agent and anyone else the customer;
 *   without the list, the issue's reporter and its request participants are the customer and
 *   anyone else an agent. The participants field is found by its type in the responses' `schema`
 *   map or by its name in their `names` map (`expand=names,schema`); without them participants are
 *   unknown. An author or reporter with none of those identities is an error naming it;
 *   `jsdPublic: false`, or a `visibility` restriction, makes an internal note.
 * - **Statuses** map by their name onto the configuration's statuses (JSM's defaults,
 *   {@link JSM_STATUSES}, when it declares none), each in the library's category; the current
 *   status's JSM category (`new`, `indeterminate`, `done`) must agree with it. **Priorities** map by
 *   name (`Highest` → `highest`) onto the configuration's priorities ({@link JSM_PRIORITIES} by default).
 * - **The SLA configuration** becomes the policy set: its metrics with their goals (conditions in
 *   the library's terms or JSM's names, `"Comment: For customers"`), its calendars (specs) and
 *   statuses and priorities.
 *
 * Every bad record is an error naming the issue's key and the field; it never stops the other
 * issues. A bad SLA configuration leaves `policySet` null, because evaluating without it would be wrong.
 *
 * @param input - the responses and the configuration (an argument that is not an object is a `SupportPolicyError` at `data`)
 * @returns the tickets (one result each), the policy set and the other records' errors
 *
 * @example
 * ```ts
 * const result = importJsmExport({ issues: JSON.parse(searchJson), slaConfig: JSON.parse(configJson) });
 * for (const entry of result.tickets) {
 *   if (entry.ok && result.policySet !== null) evaluateSla(entry.ticket, result.policySet, now);
 * }
 * ```
 */
export function importJsmExport(input: JsmExport): JsmImport {
  // The export is read by hand as well as through schemas: whatever in it fights back (a getter
  // or proxy trap that throws, a revoked proxy, a cycle) is bad input, never a crash.
  return guardReading(["data"], () => readImportJsmExport(input));
}

/** importJsmExport without the guard. */
function readImportJsmExport(input: JsmExport): JsmImport {
  const data = parseInput(exportSchema, input, ["data"]);
  const errors: JsmRecordError[] = [];
  const { vocabulary, policySet } = readSlaConfig(data.slaConfig, errors);
  const participantFields = new Set<string>();
  const records = issueRecords(data.issues, errors, participantFields);
  // An issue listed on two pages (a search re-run while it changed): its last copy is its latest state.
  const context = { vocabulary, agents: data.agentAccountIds === undefined ? null : new Set(data.agentAccountIds), participantFields };
  const tickets: JsmIssueResult[] = [];
  forEachLatestCopy(records, keyOf, (raw, index) => {
    tickets.push(readIssue(raw, index, context));
  });
  return { tickets, policySet, errors };
}
