import { formatDuration } from "../../shared/format-duration.js";
import { formatAt } from "./format-at.js";
import type { OrderedQueue } from "../../routing/order-queue.js";
import { escapeHtml } from "./escape-html.js";

/**
 * One engineer's pick-up order as an ordered list: each ticket's position, bucket, nearest
 * due metric (and how far off, negative once past), and the reasons that placed it there.
 */
export function renderQueue(engineer: string, queue: OrderedQueue, anchors: ReadonlyMap<string, string>, now: number, timeZone: string): string {
  const items = queue.entries.map((entry) => {
    const anchor = anchors.get(entry.ticketId);
    const ticket = escapeHtml(entry.ticketId);
    const flag = entry.breached ? "breached" : entry.nearBreach ? "near" : "";
    const due =
      entry.dueAt === null
        ? "nothing due"
        : `${escapeHtml((entry.dueMetric ?? "metric").replaceAll("_", " "))} due ${escapeHtml(formatAt(entry.dueAt, timeZone))} (${formatDuration(Date.parse(entry.dueAt) - now)})${entry.breached ? ' <span class="bad">breached</span>' : entry.nearBreach ? " <b>close to breaching</b>" : ""}`;
    const reasons = entry.reasons.map((reason) => `<li>${escapeHtml(reason.message)}</li>`).join("");
    return `<li${flag === "" ? "" : ` class="${flag}"`}><b>${entry.position}.</b> ${anchor === undefined ? ticket : `<a href="#${anchor}">${ticket}</a>`} <span class="bucket">${escapeHtml(entry.bucket.replaceAll("_", " "))}</span> ${due}${reasons === "" ? "" : `<ul>${reasons}</ul>`}</li>`;
  });
  const list = items.length === 0 ? "<p>Nothing to pick up.</p>" : `<ol class="queue">${items.join("")}</ol>`;
  return `<section id="queue" aria-labelledby="queue-h"><h2 id="queue-h">${escapeHtml(`Pick-up order for ${engineer}`)}</h2><p class="sub">${escapeHtml(`${queue.edition}, as of ${formatAt(queue.now, timeZone)}`)}</p>${list}</section>`;
}
