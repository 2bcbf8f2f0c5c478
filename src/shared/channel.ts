/**
 * Every channel a support request arrives through, in the handbook's priority order: the
 * strictest SLA first (POLICIES §9; the 2016 "Support Channels" list).
 *
 * @example
 * ```ts
 * CHANNELS.indexOf("twitter") < CHANNELS.indexOf("forum"); // => true
 * ```
 */
export const CHANNELS = [
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
  "issue_followup",
  "gitlab_com_support_tracker",
  "ce_tracker",
  "ee_tracker",
  "omnibus_tracker",
  "mailing_list",
  "forum",
  "docker",
  "stack_overflow",
  "reddit",
  "quora",
] as const;

/**
 * A channel identifier: where a request came from.
 *
 * @example
 * ```ts
 * const channel: Channel = "disqus";
 * ```
 */
export type Channel = (typeof CHANNELS)[number];
