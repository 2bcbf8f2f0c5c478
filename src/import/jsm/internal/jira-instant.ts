import { parseIsoInstant } from "../../../shared/parse-iso-instant.js";

// Jira writes instants as "2026-03-02T09:00:00.000+0100": an offset without a colon, which ISO
// 8601 allows in its basic format but the library's one instant grammar (the extended format) does not.
const BASIC_OFFSET = /^(.*T[\d:.]+)([+-]\d{2})(\d{2})$/;

/**
 * A Jira instant as the library's ISO 8601 text (the offset written with a colon), or the text
 * unchanged when it is not one, so the ticket's own validation names it.
 */
export function jiraInstant(text: string): string {
  const match = BASIC_OFFSET.exec(text);
  return match === null ? text : `${match[1] as string}${match[2] as string}:${match[3] as string}`;
}

/** Epoch milliseconds of a Jira instant, or NaN when it is not one. */
export function jiraTime(text: string): number {
  // Jira's usual form, "2026-03-02T09:00:00.000+0100" (28 characters), given its colon without the
  // pattern: when the result parses (with an upper-case T, as the pattern wants), the pattern
  // would have split the text at the same place.
  if (text.length === 28 && text.charCodeAt(10) === 84) {
    const ms = parseIsoInstant(`${text.slice(0, 26)}:${text.slice(26)}`);
    if (!Number.isNaN(ms)) return ms;
  }
  return parseIsoInstant(jiraInstant(text));
}
