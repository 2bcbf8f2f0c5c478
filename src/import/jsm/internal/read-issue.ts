import { ownValue } from "../../../shared/own-value.js";
import * as z from "zod";
import { SupportPolicyError } from "../../../shared/errors.js";
import { parseTicket } from "../../../sla/parse-ticket.js";
import type { TicketEventInput, TicketFieldValue, TicketInput } from "../../../sla/ticket.js";
import { parseRecord, recordError, recordPath } from "../../shared/internal/records.js";
import type { JsmIssueResult, JsmRecordError } from "../jsm-export.js";
import { jiraInstant, jiraTime } from "./jira-instant.js";
import { MAX_INSTANT, MIN_INSTANT } from "../../../shared/instant-range.js";
import { idOfName } from "../../../sla/internal/id-of-name.js";
import { participantsOf } from "./request-participants.js";
import type { MappedStatus, Vocabulary } from "./status-vocabulary.js";

type Path = readonly (string | number)[];
type Priority = NonNullable<TicketInput["priority"]>;

// Jira Cloud names a user by accountId and says what kind of account it is (accountType); Jira
// Server and Data Center give name, key and emailAddress instead, and no accountType.
const user = z
  .looseObject({ accountId: z.string().min(1).optional(), accountType: z.string().optional(), key: z.string().min(1).optional(), name: z.string().min(1).optional(), emailAddress: z.string().min(1).optional() })
  .nullable()
  .optional();
type User = NonNullable<z.infer<typeof user>>;
const IDENTITIES = ["accountId", "key", "name", "emailAddress"] as const;

/** The user's identities that are given (Cloud's accountId; Server's key, name and email address). */
function identitiesOf(person: User | null | undefined): string[] {
  const identities: string[] = [];
  if (person === null || person === undefined) return identities;
  for (const field of IDENTITIES) {
    const identity = person[field];
    if (identity !== undefined) identities.push(identity);
  }
  return identities;
}

/** Whether two users are one: an identity field both give is equal. */
function isSameUser(one: User, other: User): boolean {
  return IDENTITIES.some((field) => one[field] !== undefined && one[field] === other[field]);
}
const named = z.looseObject({ name: z.string().min(1) }).nullable().optional();

const commentSchema = z.looseObject({
  id: z.union([z.string(), z.int()]).optional(),
  created: z.string(),
  author: user,
  jsdPublic: z.boolean().optional(),
  visibility: z.looseObject({}).nullable().optional(),
});

const historySchema = z.looseObject({
  id: z.union([z.string(), z.int()]).optional(),
  created: z.string(),
  items: z.array(z.looseObject({ field: z.string().min(1) })),
});

const issueSchema = z.looseObject({
  key: z.string().min(1),
  fields: z.looseObject({
    created: z.string(),
    status: z.looseObject({ name: z.string().min(1), statusCategory: z.looseObject({ key: z.string() }).optional() }),
    priority: named,
    assignee: user,
    reporter: user,
    resolution: named,
    issuetype: named,
    labels: z.array(z.string()).optional(),
    components: z.array(z.looseObject({ name: z.string() })).optional(),
    comment: z.looseObject({ comments: z.array(commentSchema), total: z.int().optional() }).optional(),
  }),
  changelog: z.looseObject({ histories: z.array(historySchema), total: z.int().optional() }).optional(),
});

type IssueRecord = z.infer<typeof issueSchema>;

// The hand check of a well-formed issue: it accepts a subset of what `issueSchema` accepts (plain
// objects and arrays of JSON values, nothing that throws while being read), for which the schema
// would return a copy with the same values, so the issue itself is used. Anything else is left to
// the schema, which decides and words the errors.
type Json = Record<string, unknown>;
const plain = (value: unknown): value is Json => {
  if (typeof value !== "object" || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};
const isText = (value: unknown): value is string => typeof value === "string" && value !== "";
const absentOr = (value: unknown, check: (value: unknown) => boolean): boolean => value === undefined || check(value);
const isId = (value: unknown): boolean => typeof value === "string" || Number.isSafeInteger(value);
const isUser = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (plain(value) && absentOr(value["accountId"], isText) && absentOr(value["accountType"], (type) => typeof type === "string") && absentOr(value["key"], isText) && absentOr(value["name"], isText) && absentOr(value["emailAddress"], isText));
const isNamed = (value: unknown): boolean => value === undefined || value === null || (plain(value) && isText(value["name"]));
function every(value: unknown, check: (entry: unknown) => boolean): boolean {
  if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype) return false;
  for (const entry of value as unknown[]) if (!check(entry)) return false;
  return true;
}
const isComment = (c: unknown): boolean =>
  plain(c) && absentOr(c["id"], isId) && typeof c["created"] === "string" && isUser(c["author"]) && absentOr(c["jsdPublic"], (p) => typeof p === "boolean") && (c["visibility"] === undefined || c["visibility"] === null || plain(c["visibility"]));
const isItem = (item: unknown): boolean => plain(item) && isText(item["field"]);
const isHistory = (h: unknown): boolean => plain(h) && absentOr(h["id"], isId) && typeof h["created"] === "string" && every(h["items"], isItem);
function wellFormed(raw: unknown): boolean {
  if (!plain(raw) || !isText(raw["key"])) return false;
  const fields = raw["fields"];
  if (!plain(fields) || typeof fields["created"] !== "string") return false;
  const status = fields["status"];
  if (!plain(status) || !isText(status["name"]) || !absentOr(status["statusCategory"], (category) => plain(category) && typeof category["key"] === "string")) return false;
  if (!isNamed(fields["priority"]) || !isNamed(fields["resolution"]) || !isNamed(fields["issuetype"]) || !isUser(fields["assignee"]) || !isUser(fields["reporter"])) return false;
  if (!absentOr(fields["labels"], (labels) => every(labels, (label) => typeof label === "string"))) return false;
  if (!absentOr(fields["components"], (components) => every(components, (component) => plain(component) && typeof component["name"] === "string"))) return false;
  const comment = fields["comment"];
  if (comment !== undefined && !(plain(comment) && absentOr(comment["total"], Number.isSafeInteger) && every(comment["comments"], isComment))) return false;
  const changelog = raw["changelog"];
  return changelog === undefined || (plain(changelog) && absentOr(changelog["total"], Number.isSafeInteger) && every(changelog["histories"], isHistory));
}

/** The issue when the hand check finds it well-formed (whatever throws while read is not). */
function wellFormedIssue(raw: unknown): IssueRecord | undefined {
  try {
    return wellFormed(raw) ? (raw as IssueRecord) : undefined;
  } catch {
    return undefined;
  }
}

/** What the import knows outside the issue. */
export interface IssueContext {
  readonly vocabulary: Vocabulary;
  /** The agents' account ids, when given: an Atlassian account outside them is a customer. */
  readonly agents: ReadonlySet<string> | null;
  /** The ids of the "Request participants" field, as the export's `schema` or `names` maps name it (none when they don't). */
  readonly participantFields: ReadonlySet<string>;
}

/** A bad value found while converting: thrown to the issue's boundary, where it becomes the issue's error. */
class Problem extends Error {
  readonly path: Path;
  readonly code: JsmRecordError["code"];

  constructor(path: Path, code: JsmRecordError["code"], message: string) {
    super(message);
    this.path = path;
    this.code = code;
  }
}

/** The JSM categories (`fields.status.statusCategory.key`) and the library's categories each may be. */
const JSM_CATEGORIES: Readonly<Record<string, readonly string[]>> = {
  new: ["new", "open"],
  indeterminate: ["open", "pending", "hold"],
  done: ["solved", "closed"],
};

/** Where a changelog item is in the issue. */
const itemPath = (history: number, item: number): Path => ["changelog", "histories", history, "items", item];

/** A changelog item's text, read as an own property: `toString` is also every object's method. */
function text(item: object, key: "from" | "fromString" | "to" | "toString", history: number, itemIndex: number): string | null {
  const value: unknown = Object.getOwnPropertyDescriptor(item, key)?.value;
  if (value === null || value === undefined) return null;
  if (typeof value !== "string") throw new Problem([...itemPath(history, itemIndex), key], "invalid_type", `Expected text or null, received ${typeof value}`);
  return value;
}

/**
 * A Jira instant for the ticket: its epoch milliseconds when it is one in the supported range,
 * which the ticket then need not read again, else its text, so the ticket's validation names it.
 */
function instantOf(text: string, time: number): string | number {
  return time >= MIN_INSTANT && time < MAX_INSTANT ? time : jiraInstant(text);
}

const FIELD_OF: Readonly<Record<string, string>> = {
  status: "status",
  priority: "priority",
  assignee: "assignee",
  resolution: "resolution",
  labels: "labels",
  issuetype: "issuetype",
  component: "component",
  "customer request type": "request_type",
  "request type": "request_type",
};

interface Change {
  readonly at: string | number;
  readonly field: string;
  readonly from: string | null;
  readonly fromText: string | null;
  readonly to: string | null;
  readonly toText: string | null;
  /** Its history's and its own index, for its path (see itemPath). */
  readonly history: number;
  readonly item: number;
}

function labelsOf(value: string | null): string[] {
  return value === null ? [] : value.split(/\s+/).filter((label) => label !== "");
}

/** The request type's name, from the JSM field whose value names one (its id differs per site). */
function requestTypeOf(fields: Record<string, unknown>): string | null {
  for (const value of Object.values(fields)) {
    if (typeof value !== "object" || value === null || !("requestType" in value)) continue;
    const requestType: unknown = value.requestType;
    if (typeof requestType === "object" && requestType !== null && "name" in requestType && typeof requestType.name === "string") return requestType.name;
  }
  return null;
}

/**
 * One JSM issue as the library's ticket: the values at creation from each field's first
 * changelog item (its `from` side), else the issue's current value; every later changelog item a
 * status, priority, assignee, resolution, label, type, component or request-type event; every
 * comment a comment, by the customer when its author's account is a `customer` one, internal
 * when `jsdPublic` is false. The current values are checked against the replay, so a truncated
 * or missing history is an error, never a wrong report.
 */
export function readIssue(raw: unknown, index: number, context: IssueContext): JsmIssueResult {
  const rawKey = typeof raw === "object" && raw !== null && "key" in raw && typeof raw.key === "string" && raw.key !== "" ? raw.key : null;
  const record = rawKey === null ? `issues[${index}]` : `issue ${rawKey}`;
  const ref = { source: "issues", record } as const;
  const error = (path: Path, code: JsmRecordError["code"], message: string): JsmRecordError => recordError(ref, path, code, message);
  const invalid: JsmRecordError[] = [];
  const issue = wellFormedIssue(raw) ?? parseRecord(issueSchema, raw, ref, invalid);
  if (issue === undefined) return { ok: false, id: rawKey, errors: invalid };
  try {
    return convert(issue, raw as Record<string, unknown>, context, error);
  } catch (thrown) {
    if (!(thrown instanceof Problem)) throw thrown;
    return { ok: false, id: issue.key, errors: [error(thrown.path, thrown.code, thrown.message)] };
  }
}

function convert(issue: IssueRecord, raw: Record<string, unknown>, context: IssueContext, error: (path: Path, code: JsmRecordError["code"], message: string) => JsmRecordError): JsmIssueResult {
  const { vocabulary } = context;
  const { fields } = issue;
  const changelog = issue.changelog;
  if (changelog === undefined) {
    throw new Problem(["changelog"], "missing_field", "The issue has no changelog: read it with expand=changelog, since without its history the values at creation and every change are unknown");
  }
  if (changelog.total !== undefined && changelog.total > changelog.histories.length) {
    throw new Problem(
      ["changelog", "histories"],
      "missing_field",
      `The changelog holds ${changelog.histories.length} of its ${changelog.total} histories: Jira embeds only the first page, so read the rest with GET /rest/api/3/issue/${issue.key}/changelog and give them all`,
    );
  }
  const comments = fields.comment;
  if (comments === undefined) throw new Problem(["fields", "comment"], "missing_field", "The issue has no comment field: ask for it (fields=*all or fields=comment,...), since replies start and stop clocks");
  if (comments.total !== undefined && comments.total > comments.comments.length) {
    throw new Problem(["fields", "comment", "comments"], "missing_field", `The issue holds ${comments.comments.length} of its ${comments.total} comments: read them all with GET /rest/api/3/issue/${issue.key}/comment`);
  }

  const statusOf = (name: string | null, path: Path): MappedStatus => {
    const mapped = name === null ? undefined : vocabulary.statusOf(name);
    if (mapped === undefined) {
      throw new Problem(path, "unknown_value", `Status ${JSON.stringify(name)} is not in the SLA configuration's statuses, so its category is unknown: expected one of ${vocabulary.statusNames.join(", ")}`);
    }
    return mapped;
  };
  const priorityOf = (name: string | null, path: Path): Priority | null => {
    if (name === null) return null;
    const id = idOfName(name);
    if (!vocabulary.priorities.includes(id)) {
      throw new Problem(path, "unknown_value", `Priority "${name}" (${id}) is not in the SLA configuration's priorities: expected one of ${vocabulary.priorities.join(", ")}`);
    }
    return id;
  };

  // Histories in time order (Jira lists them newest first in some responses), ties by id; an
  // export already in strictly increasing time order (the usual case) is kept as it is.
  const times = changelog.histories.map((history) => jiraTime(history.created));
  let order = times.map((_, index) => index);
  if (!times.every((time, index) => index === 0 || time > (times[index - 1] as number))) {
    const id = (index: number): number => Number(changelog.histories[index]?.id ?? 0);
    order = order.sort((a, b) => (times[a] as number) - (times[b] as number) || id(a) - id(b) || a - b);
  }
  const changes: Change[] = [];
  for (const index of order) {
    const history = changelog.histories[index] as (typeof changelog.histories)[number];
    const time = times[index] as number;
    if (Number.isNaN(time)) throw new Problem(["changelog", "histories", index, "created"], "invalid_instant", `Expected a Jira instant such as "2026-03-02T09:00:00.000+0100", received ${JSON.stringify(history.created)}`);
    const at = instantOf(history.created, time);
    history.items.forEach((item, itemIndex) => {
      const field = ownValue(FIELD_OF, item.field.toLowerCase());
      if (field === undefined) return;
      changes.push({
        at,
        field,
        from: text(item, "from", index, itemIndex),
        fromText: text(item, "fromString", index, itemIndex),
        to: text(item, "to", index, itemIndex),
        toText: text(item, "toString", index, itemIndex),
        history: index,
        item: itemIndex,
      });
    });
  }
  const pathOf = (change: Change): Path => itemPath(change.history, change.item);
  const first = (field: string): Change | undefined => changes.find((change) => change.field === field);

  // Values at creation: the first change's "from" side, else the current value.
  const statusAtCreation = first("status");
  const createdStatus = statusAtCreation === undefined ? statusOf(fields.status.name, ["fields", "status", "name"]) : statusOf(statusAtCreation.fromText, [...pathOf(statusAtCreation), "fromString"]);
  const priorityAtCreation = first("priority");
  const createdPriority =
    priorityAtCreation === undefined ? priorityOf(fields.priority?.name ?? null, ["fields", "priority", "name"]) : priorityOf(priorityAtCreation.fromText, [...pathOf(priorityAtCreation), "fromString"]);
  const assigneeAtCreation = first("assignee");
  const createdAssignee = assigneeAtCreation === undefined ? (fields.assignee?.accountId ?? null) : assigneeAtCreation.from;
  const labelsAtCreation = first("labels");
  const createdLabels = labelsAtCreation === undefined ? (fields.labels ?? []) : labelsOf(labelsAtCreation.fromText);
  const resolutionAtCreation = first("resolution");
  const createdResolution = resolutionAtCreation === undefined ? (fields.resolution?.name ?? null) : resolutionAtCreation.fromText;
  const typeAtCreation = first("issuetype");
  const createdType = typeAtCreation === undefined ? (fields.issuetype?.name ?? null) : typeAtCreation.fromText;
  const requestTypeAtCreation = first("request_type");
  const createdRequestType = requestTypeAtCreation === undefined ? requestTypeOf(raw["fields"] as Record<string, unknown>) : requestTypeAtCreation.fromText;
  // Components change one at a time (an item adds or removes one): undone from the current set, newest first.
  const components = new Set((fields.components ?? []).map((component) => component.name));
  for (const change of [...changes].reverse()) {
    if (change.field !== "component") continue;
    if (change.toText !== null) components.delete(change.toText);
    if (change.fromText !== null) components.add(change.fromText);
  }

  const ticketFields: Record<string, TicketFieldValue> = {};
  if (createdType !== null) ticketFields["type"] = createdType;
  const requester = identitiesOf(fields.reporter)[0];
  if (requester !== undefined) ticketFields["requester"] = requester;
  if (createdResolution !== null) ticketFields["custom_fields.resolution"] = createdResolution;
  if (createdRequestType !== null) ticketFields["custom_fields.request_type"] = createdRequestType;
  if (components.size > 0) ticketFields["custom_fields.component"] = [...components];

  const events: TicketEventInput[] = [];
  // Where each event comes from: its changelog item, or its comment's index.
  const origins: (Change | number)[] = [];
  const push = (event: TicketEventInput, origin: Change | number): void => {
    events.push(event);
    origins.push(origin);
  };
  for (const change of changes) {
    const at = change.at;
    switch (change.field) {
      case "status": {
        const status = statusOf(change.toText, [...pathOf(change), "toString"]);
        push({ type: "status_change", at, status: status.status, ...(status.customStatus === null ? {} : { customStatus: status.customStatus }) }, change);
        break;
      }
      case "priority":
        push({ type: "priority_change", at, priority: priorityOf(change.toText, [...pathOf(change), "toString"]) }, change);
        break;
      case "assignee":
        push({ type: "assignee_change", at, assignee: change.to }, change);
        break;
      case "labels":
        push({ type: "tags_change", at, tags: labelsOf(change.toText) }, change);
        break;
      case "resolution":
        push({ type: "field_change", at, field: "custom_fields.resolution", value: change.toText }, change);
        break;
      case "issuetype":
        push({ type: "field_change", at, field: "type", value: change.toText }, change);
        break;
      case "request_type":
        push({ type: "field_change", at, field: "custom_fields.request_type", value: change.toText }, change);
        break;
      case "component": {
        if (change.toText !== null) components.add(change.toText);
        if (change.fromText !== null) components.delete(change.fromText);
        push({ type: "field_change", at, field: "custom_fields.component", value: components.size === 0 ? null : [...components] }, change);
        break;
      }
    }
  }
  // Who writes as the customer: with the agents' list, anyone outside it; without it, the
  // reporter and the request participants (when the export says which field holds them), and
  // anyone else is an agent (docs/guide.md, "Comments").
  const notUsers = (fieldId: string): never => {
    throw new Problem(["fields", fieldId], "invalid_type", `The request participants (${fieldId}) are not a list of users: expected an array of users with an accountId, key, name or emailAddress, or null`);
  };
  const participantIdentities = (person: unknown, fieldId: string): string[] => {
    const parsed = user.safeParse(person);
    const identities = parsed.success ? identitiesOf(parsed.data) : [];
    return identities.length === 0 ? notUsers(fieldId) : identities;
  };
  const participants = participantsOf(fields, changelog.histories, context.participantFields, participantIdentities, notUsers);
  const reporter = fields.reporter === null || fields.reporter === undefined || identitiesOf(fields.reporter).length === 0 ? null : fields.reporter;
  const roleOf = (author: User, noAccountType: boolean): "customer" | "agent" => {
    if (author.accountType === "customer") return "customer";
    const identities = identitiesOf(author);
    if (context.agents !== null) return identities.some((identity) => context.agents?.has(identity) === true) ? "agent" : "customer";
    if ((reporter !== null && isSameUser(author, reporter)) || identities.some((identity) => participants?.has(identity) === true)) return "customer";
    if (noAccountType && reporter === null) {
      throw new Problem(
        ["fields", "reporter"],
        "missing_field",
        "The comment's author has no accountType and the issue has no reporter with an accountId, key, name or emailAddress: cannot tell a customer's comment from an agent's (give agentAccountIds, or export the reporter)",
      );
    }
    return "agent";
  };
  const publicOf = (comment: z.infer<typeof commentSchema>, index: number): boolean => {
    if (comment.jsdPublic === undefined) {
      throw new Problem([...commentPath(index), "jsdPublic"], "missing_field", "The comment has no jsdPublic: cannot tell a comment the customer sees from an internal note (Jira gives jsdPublic on the comments of service projects)");
    }
    return comment.jsdPublic && (comment.visibility === null || comment.visibility === undefined);
  };
  comments.comments.forEach((comment, index) => {
    const author = comment.author;
    if (author === null || author === undefined) throw new Problem([...commentPath(index), "author"], "missing_field", "The comment has no author: cannot tell a customer's comment from an agent's");
    const type = author.accountType;
    if (type !== undefined && type !== "customer" && type !== "atlassian" && type !== "app") {
      throw new Problem(
        [...commentPath(index), "author", "accountType"],
        "unknown_value",
        `The comment's author has the accountType "${type}": expected "atlassian", "customer" or "app", to tell a customer's comment from an agent's`,
      );
    }
    if (type === undefined && identitiesOf(author).length === 0) {
      throw new Problem([...commentPath(index), "author"], "missing_field", "The comment's author has no accountType and no accountId, key, name or emailAddress: cannot tell a customer's comment from an agent's");
    }
    // Automation for Jira and other apps ("app") write for the help desk.
    const automated = type === "app";
    push(
      {
        type: "comment",
        at: instantOf(comment.created, jiraTime(comment.created)),
        author: automated ? "agent" : roleOf(author, type === undefined),
        // An internal note (jsdPublic false), or one restricted to a role or group, is not for the customer.
        public: publicOf(comment, index),
        automated,
        ...(comment.id === undefined ? {} : { id: String(comment.id) }),
      },
      index,
    );
  });

  const currentStatus = statusOf(fields.status.name, ["fields", "status", "name"]);
  const jsmCategory = fields.status.statusCategory?.key;
  const allowed = jsmCategory === undefined ? undefined : ownValue(JSM_CATEGORIES, jsmCategory);
  if (allowed !== undefined && !allowed.includes(currentStatus.category)) {
    throw new Problem(
      ["fields", "status", "statusCategory", "key"],
      "inconsistent_facts",
      `Status "${fields.status.name}" is in JSM's category "${jsmCategory ?? ""}", but the SLA configuration puts it in "${currentStatus.category}" (expected ${allowed.join(" or ")})`,
    );
  }
  const input: TicketInput = {
    id: issue.key,
    createdAt: instantOf(fields.created, jiraTime(fields.created)),
    channel: "ticket",
    priority: createdPriority,
    status: createdStatus.status,
    customStatus: createdStatus.customStatus,
    assignee: createdAssignee,
    tags: createdLabels,
    fields: ticketFields,
    current: {
      status: currentStatus.status,
      priority: priorityOf(fields.priority?.name ?? null, ["fields", "priority", "name"]),
      assignee: fields.assignee?.accountId ?? null,
      tags: fields.labels ?? [],
    },
    events,
  };
  try {
    return { ok: true, id: issue.key, ticket: parseTicket(input) };
  } catch (thrown) {
    if (!(thrown instanceof SupportPolicyError)) throw thrown;
    return { ok: false, id: issue.key, errors: thrown.issues.map((entry) => error(locate(entry.path.slice(1), origins), entry.code, entry.message)) };
  }
}

/** Where a comment is in the issue. */
const commentPath = (index: number): Path => ["fields", "comment", "comments", index];

/** Where a problem of the built ticket lies in the issue: an event's changelog item or comment, or the issue's fields. */
function locate(path: readonly PropertyKey[], origins: readonly (Change | number)[]): Path {
  const [head, index] = path;
  if (head === "events" && typeof index === "number") {
    const origin = origins[index];
    if (origin !== undefined) return typeof origin === "number" ? commentPath(origin) : itemPath(origin.history, origin.item);
  }
  const TO_FIELDS: Readonly<Record<string, Path>> = {
    createdAt: ["fields", "created"],
    status: ["fields", "status"],
    priority: ["fields", "priority"],
    assignee: ["fields", "assignee"],
    tags: ["fields", "labels"],
  };
  if (head === "current" && typeof index === "string") return ownValue(TO_FIELDS, index) ?? ["fields", index];
  const field = typeof head === "string" ? ownValue(TO_FIELDS, head) : undefined;
  if (field !== undefined) return field;
  return recordPath(path);
}
