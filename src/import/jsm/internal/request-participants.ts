import { isObject } from "../../shared/internal/records.js";

/** The custom field type of JSM's "Request participants" field, the same on every site. */
const PARTICIPANTS_TYPE = "com.atlassian.servicedesk:sd-request-participants";

/**
 * Adds to `into` the ids of the "Request participants" field that a response describes: its
 * field's id (`customfield_…`) differs per site, so it is found by its type in the response's
 * `schema` map (`expand=schema`), else by its English name in the `names` map (`expand=names`).
 * A response without either map adds nothing.
 */
export function collectParticipantFields(response: unknown, into: Set<string>): void {
  if (!isObject(response)) return;
  const { schema, names } = response;
  if (isObject(schema)) {
    for (const [id, entry] of Object.entries(schema)) if (isObject(entry) && entry["custom"] === PARTICIPANTS_TYPE) into.add(id);
  }
  if (isObject(names)) {
    for (const [id, name] of Object.entries(names)) if (typeof name === "string" && name.trim().toLowerCase() === "request participants") into.add(id);
  }
}

/** A changelog item's account ids: Jira writes a user list as `[id1, id2]`, one user as its id. */
function idsOfChange(value: unknown): string[] {
  if (typeof value !== "string") return [];
  return value
    .replace(/^\[|\]$/g, "")
    .split(/[\s,]+/)
    .filter((id) => id !== "");
}

/** The identities a participant of the field `fieldId` gives (Cloud's accountId; Server's key, name and email address). */
export type IdentitiesOf = (person: unknown, fieldId: string) => readonly string[];

/**
 * Everyone who was a request participant of the issue at some time: the field's current users,
 * and every account a changelog item of the field added or removed (a participant removed later
 * wrote as a participant while listed). `null` when the export does not say which field holds the
 * participants, so that "no participants" is never guessed. A field value that is no list of users
 * goes to `notUsers`.
 */
export function participantsOf(
  fields: Readonly<Record<string, unknown>>,
  histories: readonly { readonly items: readonly Readonly<Record<string, unknown>>[] }[],
  fieldIds: ReadonlySet<string>,
  identitiesOf: IdentitiesOf,
  notUsers: (fieldId: string) => never,
): ReadonlySet<string> | null {
  if (fieldIds.size === 0) return null;
  const participants = new Set<string>();
  for (const id of fieldIds) {
    const value = Object.hasOwn(fields, id) ? fields[id] : undefined;
    if (value === undefined || value === null) continue;
    if (!Array.isArray(value)) notUsers(id);
    for (const person of value as unknown[]) for (const identity of identitiesOf(person, id)) participants.add(identity);
  }
  for (const history of histories) {
    for (const item of history.items) {
      const fieldId = item["fieldId"];
      const named = typeof item["field"] === "string" && item["field"].trim().toLowerCase() === "request participants";
      if (!(typeof fieldId === "string" && fieldIds.has(fieldId)) && !named) continue;
      for (const key of ["from", "to"] as const) for (const id of idsOfChange(Object.getOwnPropertyDescriptor(item, key)?.value)) participants.add(id);
    }
  }
  return participants;
}
