import * as z from "zod";
import type { Channel } from "../shared/channel.js";
import { fail, parseInput } from "../shared/errors.js";
import { CHANNEL_CATALOGUE, type SlaCategory } from "./channel-catalogue.js";
import { channelSchema } from "./channel-request.js";

/**
 * One dashboard view: the channels it shows, in priority order.
 *
 * @example
 * ```ts
 * const view: DashboardView = { name: "Twitter and Facebook", channels: ["twitter", "facebook"], slaCategories: [3] };
 * ```
 */
export interface DashboardView {
  /** The view's name: the catalogue view names it combines, joined with " + ". */
  readonly name: string;
  /** Its channels, in the handbook's priority order. */
  readonly channels: readonly Channel[];
  /** The SLA categories of its channels, strictest first. */
  readonly slaCategories: readonly SlaCategory[];
}

const argsSchema = z.object({
  channels: z.array(channelSchema).superRefine((channels, ctx) => {
    const seen = new Set<string>();
    channels.forEach((channel, index) => {
      if (seen.has(channel)) {
        ctx.addIssue({ code: "custom", path: [index], message: `Channel "${channel}" is listed twice`, params: { code: "duplicate_id" } });
      }
      seen.add(channel);
    });
  }),
  limit: z.int().min(1),
  nonChannelViews: z.int().min(0),
});

interface Group {
  names: string[];
  channels: Channel[];
  categories: SlaCategory[];
}

/**
 * Combines channels into the dashboard views left over after the views that are not channels
 * (docs/rules.md §9: "we can't fit more than 13 views; 6 are not channels, so 7 views are left for
 * all our channels; that is why some channels are combined").
 *
 * @remarks
 * The handbook does not say which channels to combine. The rule here keeps the strictest
 * channels apart as long as possible: channels start in their catalogue view (Twitter and
 * Facebook already share one), in priority order; while there are more views than room, the
 * lowest-priority pair of neighbouring views that share an SLA category is merged, and when no
 * neighbours share one, the last two views are merged. Views never mix channels out of priority
 * order, and every channel appears exactly once.
 *
 * @param channels - the channels to place, in any order (sorted into priority order).
 * @param limit - the views the dashboard can show (13).
 * @param nonChannelViews - the views that are not channels (6).
 *
 * @example
 * ```ts
 * planDashboardViews(["twitter", "facebook", "forum", "ticket"], 4, 2).map((v) => v.channels);
 * // => [["ticket"], ["twitter", "facebook", "forum"]]
 * planDashboardViews([...CHANNELS]).length; // => 7
 * ```
 *
 * @throws {SupportPolicyError} `unknown_value` for an unknown channel, `duplicate_id` for a
 * channel listed twice, `too_small` when no view is left for channels.
 */
export function planDashboardViews(channels: readonly Channel[], limit = 13, nonChannelViews = 6): DashboardView[] {
  const args = parseInput(argsSchema, { channels, limit, nonChannelViews });
  const slots = args.limit - args.nonChannelViews;
  if (slots < 1 && args.channels.length > 0) {
    fail("too_small", ["limit"], `No view is left for channels: limit ${args.limit} minus ${args.nonChannelViews} views that are not channels`);
  }
  const ordered = [...args.channels].sort((a, b) => CHANNEL_CATALOGUE[a].priority - CHANNEL_CATALOGUE[b].priority);
  const groups: Group[] = [];
  for (const channel of ordered) {
    const info = CHANNEL_CATALOGUE[channel];
    const last = groups.at(-1);
    if (last?.names.at(-1) === info.view) {
      last.channels.push(channel);
      if (!last.categories.includes(info.slaCategory)) last.categories.push(info.slaCategory);
    } else {
      groups.push({ names: [info.view], channels: [channel], categories: [info.slaCategory] });
    }
  }
  while (groups.length > slots) {
    let at = groups.length - 2;
    for (let i = groups.length - 2; i >= 0; i--) {
      const a = groups[i];
      const b = groups[i + 1];
      if (a !== undefined && b !== undefined && a.categories.length === 1 && b.categories.length === 1 && a.categories[0] === b.categories[0]) {
        at = i;
        break;
      }
    }
    const a = groups[at];
    const b = groups[at + 1];
    if (a === undefined || b === undefined) break;
    groups.splice(at, 2, {
      names: [...a.names, ...b.names],
      channels: [...a.channels, ...b.channels],
      categories: [...a.categories, ...b.categories.filter((c) => !a.categories.includes(c))],
    });
  }
  return groups.map((g) => ({ name: g.names.join(" + "), channels: g.channels, slaCategories: g.categories }));
}

