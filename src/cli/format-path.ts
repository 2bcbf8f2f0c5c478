/**
 * Formats a field path the way a person reads it: keys joined with dots, array indexes in
 * brackets (`["events", 2, "author"]` → `events[2].author`), so an error line points at the
 * field in the file.
 *
 * @param path - object keys and array indexes from the record's root
 * @returns the path, or `(root)` for the record itself
 *
 * @example
 * ```ts
 * formatPath(["events", 2, "author"]); // => "events[2].author"
 * formatPath([]); // => "(root)"
 * ```
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else text += text === "" ? String(key) : `.${String(key)}`;
  }
  return text === "" ? "(root)" : text;
}
