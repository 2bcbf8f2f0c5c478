// Jira writes instants as "2026-03-02T09:00:00.000+0100": an offset without a colon, which ISO
// 8601 allows in its basic format but the library's instant parser (the extended format) does not.
const JIRA_INSTANT = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)(Z|[+-]\d{2}:?\d{2})$/;

/**
 * A Jira instant as the library's ISO 8601 text (the offset written with a colon), or the text
 * unchanged when it is not one, so the ticket's own validation names it.
 */
export function jiraInstant(text: string): string {
  const match = JIRA_INSTANT.exec(text);
  if (match === null) return text;
  const [, local, offset] = match as unknown as [string, string, string];
  return offset === "Z" || offset.includes(":") ? `${local}${offset}` : `${local}${offset.slice(0, 3)}:${offset.slice(3)}`;
}

/** Epoch milliseconds of a Jira instant, or NaN when it is not one. */
export function jiraTime(text: string): number {
  return JIRA_INSTANT.test(text) ? Date.parse(jiraInstant(text)) : Number.NaN;
}
