const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escapes text for HTML and SVG content and for quoted attribute values. Ticket ids, policy
 * names, engineers and reasons come from the caller's data and may hold markup: every one of
 * them goes through here, so a `<script>` in a ticket id is shown as text and never runs.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] as string);
}
