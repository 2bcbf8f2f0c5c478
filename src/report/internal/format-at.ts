import { formatInstant } from "../../shared/format-instant.js";

const cache = new Map<string, string>();
/** Bounded, so a long-lived service rendering many pages does not grow it without limit. */
const MAX_CACHED = 50_000;

/**
 * An instant as the page writes it (the command line's `formatInstant`: `Fri 2026-11-20 17:30
 * UTC`), remembered: a page writes the same instants (now, each event, each cycle's ends) many
 * times over, and formatting through Intl is most of a page's cost.
 */
export function formatAt(instant: string | Date, timeZone: string): string {
  const ms = typeof instant === "string" ? Date.parse(instant) : instant.getTime();
  const key = `${timeZone}|${ms}`;
  let text = cache.get(key);
  if (text === undefined) {
    text = formatInstant(new Date(ms), timeZone);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, text);
  }
  return text;
}

/** Forgets every remembered instant (benchmarks measure a page rendered from nothing). */
export function clearFormatAtCache(): void {
  cache.clear();
}
