// Routing works on epoch milliseconds: instants are read by the library's one parser
// (src/shared/read-instant.ts, with its zod schema src/shared/instant-schema.ts).

/** Formats epoch milliseconds as the ISO 8601 UTC string every routing output uses. @internal */
export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Milliseconds in a minute. @internal */
export const MINUTE = 60_000;
/** Milliseconds in an hour. @internal */
export const HOUR = 3_600_000;
