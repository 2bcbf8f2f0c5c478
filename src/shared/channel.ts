import { deepFreeze } from "./deep-freeze.js";

/**
 * The channels that are issues posted in a GitLab issue tracker (docs/rules.md §9): their replies
 * are written in the issue, and a public vulnerability report among them is handled by §8. A
 * part of {@link CHANNELS}, in its order.
 *
 * @example
 * ```ts
 * TRACKER_CHANNELS.includes("ce_tracker"); // => true
 * ```
 */
export const TRACKER_CHANNELS = deepFreeze(["issue_followup", "gitlab_com_support_tracker", "ce_tracker", "ee_tracker", "omnibus_tracker"] as const);

/**
 * Every channel a support request arrives through, in the handbook's priority order: the
 * strictest SLA first (docs/rules.md §9; the 2016 "Support Channels" list).
 *
 * @example
 * ```ts
 * CHANNELS.indexOf("twitter") < CHANNELS.indexOf("forum"); // => true
 * ```
 */
export const CHANNELS = deepFreeze([
  "emergency",
  "gitlab_com_downtime",
  "security",
  "hackerone",
  "ticket",
  "contact_form",
  "internal",
  "disqus",
  "twitter",
  "facebook",
  ...TRACKER_CHANNELS,
  "mailing_list",
  "forum",
  "docker",
  "stack_overflow",
  "reddit",
  "quora",
] as const);

/**
 * A channel identifier: where a request came from.
 *
 * @example
 * ```ts
 * const channel: Channel = "disqus";
 * ```
 */
export type Channel = (typeof CHANNELS)[number];

/**
 * The 2016 SLA category of a channel: 1 emergencies (30 minutes), 2 security disclosures through
 * regular tickets (1 business day), 3 Disqus and social (1 business day, tracked), 4 posted
 * issues through the end (two weeks, not sooner than two days).
 *
 * @example
 * ```ts
 * const category: SlaCategory = CHANNEL_SLA_CATEGORIES.twitter; // => 3
 * ```
 */
export type SlaCategory = 1 | 2 | 3 | 4;

/**
 * Every channel's 2016 SLA category (docs/rules.md §2 and §9): the one table both the 2016 SLA
 * edition and the routing channel catalogue read. GitLab.com downtime flows like an emergency;
 * Facebook shares Twitter's category.
 *
 * @example
 * ```ts
 * CHANNEL_SLA_CATEGORIES.hackerone; // => 2
 * ```
 */
export const CHANNEL_SLA_CATEGORIES: Readonly<Record<Channel, SlaCategory>> = deepFreeze({
  emergency: 1,
  gitlab_com_downtime: 1,
  security: 2,
  hackerone: 2,
  ticket: 2,
  contact_form: 2,
  internal: 2,
  disqus: 3,
  twitter: 3,
  facebook: 3,
  issue_followup: 4,
  gitlab_com_support_tracker: 4,
  ce_tracker: 4,
  ee_tracker: 4,
  omnibus_tracker: 4,
  mailing_list: 4,
  forum: 4,
  docker: 4,
  stack_overflow: 4,
  reddit: 4,
  quora: 4,
});
