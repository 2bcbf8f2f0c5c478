import { ownValue } from "../../../shared/own-value.js";
import type { ClockHit, ClockState } from "../../../sla/metric-definition.js";
import type { Vocabulary } from "./status-vocabulary.js";

/** A condition that cannot be translated: the message, for the configuration's error. */
export class ConditionProblem extends Error {}

// JSM's resolution is a field like any other to the clocks (see ClockField).
const RESOLUTION = "custom_fields.resolution";

/** JSM's point conditions without an argument, by their name in lower case. */
const FIXED: Readonly<Record<string, ClockHit>> = {
  "issue created": { on: "created" },
  // "Comment: For customers" is a comment the customer can see, written for them: an agent's public
  // one, an automation rule's too (JSM counts its auto-replies), so `automated` is left open.
  "comment: for customers": { on: "comment", author: "agent", public: true },
  "comment: by customer": { on: "comment", author: "customer" },
  "resolution: set": { on: "field_changed", field: RESOLUTION, from: null },
  "resolution: cleared": { on: "field_changed", field: RESOLUTION, to: null },
  "assignee: from unassigned": { on: "field_changed", field: "assignee", from: null },
  "assignee: to unassigned": { on: "field_changed", field: "assignee", to: null },
  "assignee: changed": { on: "field_changed", field: "assignee" },
};

const KNOWN = `"Issue created", "Comment: For customers", "Comment: By customer", "Entered status: <name>", "Resolution: Set", "Resolution: Cleared", "Assignee: From unassigned", "Assignee: To unassigned", "Assignee: Changed"`;

function statusId(name: string, vocabulary: Vocabulary): string {
  const status = vocabulary.statusOf(name);
  if (status === undefined) throw new ConditionProblem(`Unknown status "${name}": expected one of ${vocabulary.statusNames.join(", ")} (declare it in statuses)`);
  return status.id;
}

/** A start or stop condition in the library's terms: a JSM name translated, a ClockHit as given. */
export function translateHit(condition: unknown, vocabulary: Vocabulary): unknown {
  if (typeof condition !== "string") return condition;
  const text = condition.trim().replace(/\s+/g, " ");
  const fixed = ownValue(FIXED, text.toLowerCase());
  if (fixed !== undefined) return fixed;
  const entered = /^entered status:\s*(.+)$/i.exec(text);
  if (entered !== null) return { on: "status_entered", status: [statusId(entered[1] as string, vocabulary)] };
  throw new ConditionProblem(`Unknown JSM condition "${condition}": expected one of ${KNOWN}, or a condition in the library's terms ({ on: ... })`);
}

/** A pause condition in the library's terms: JSM's "Status: <name>" translated, a ClockState as given. */
export function translateState(condition: unknown, vocabulary: Vocabulary): unknown {
  if (typeof condition !== "string") return condition;
  const status = /^status:\s*(.+)$/i.exec(condition.trim().replace(/\s+/g, " "));
  if (status !== null) return { status: [statusId(status[1] as string, vocabulary)] } satisfies ClockState;
  throw new ConditionProblem(`Unknown JSM pause condition "${condition}": expected "Status: <name>", or a state in the library's terms ({ status: [...] })`);
}
