/** The longest received value or candidate compared: past it, a typo is not what went wrong. */
const MAX_COMPARED = 64;

/** The form two spellings of one name share: `created_at`, `createdAt` and `Created-At` all read `createdat`. */
function normalise(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, "");
}

/**
 * The edit distance between two strings counting an insertion, a deletion, a substitution and a
 * swap of two neighbouring characters as one edit each (optimal string alignment), so `tabel` is
 * one edit from `table`.
 */
function editDistance(a: string, b: string): number {
  // Three rows of the dynamic programme: the current one, the previous and the one before it.
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (before[j - 2] ?? 0) + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The one allowed value a received value was most likely meant to be, for a "did you mean"
 * hint: the candidate that reads the same once case, underscores, hyphens and spaces are ignored
 * (`created_at` → `createdAt`), or else the one nearest in edit distance when that distance is at
 * most a third of the longer name (`"hold"` → `on_hold`, `tabel` → `table`). None when the
 * received value is not a string with a letter in it, no candidate is that close, or two are
 * equally close.
 *
 * @param received - the value given
 * @param candidates - the allowed values (non-strings are never suggested)
 * @returns the candidate to suggest, or `undefined`
 *
 * @example
 * ```ts
 * nearestValue("hold", ["new", "open", "pending", "on_hold"]); // => "on_hold"
 * nearestValue("created_at", ["id", "createdAt"]); // => "createdAt"
 * nearestValue("zzz", ["table", "json"]); // => undefined
 * ```
 *
 * @internal
 */
export function nearestValue(received: unknown, candidates: readonly unknown[]): string | undefined {
  // A number or a date written as text ("2019") is a different value, not a misspelt name.
  if (typeof received !== "string" || received.length > MAX_COMPARED || !/\p{L}/u.test(received)) return undefined;
  const wanted = normalise(received);
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  let tied = false;
  for (const candidate of candidates) {
    if (typeof candidate !== "string" || candidate.length > MAX_COMPARED || candidate === received) continue;
    const form = normalise(candidate);
    const longer = Math.max(form.length, wanted.length);
    // A candidate whose length alone puts it out of reach is not compared.
    if (Math.abs(form.length - wanted.length) > longer / 3) continue;
    const distance = form === wanted ? 0 : editDistance(wanted, form);
    if (distance > longer / 3) continue;
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      tied = false;
    } else if (distance === bestDistance) {
      tied = true;
    }
  }
  return tied ? undefined : best;
}
