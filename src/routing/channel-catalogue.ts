import { CHANNELS, CHANNEL_SLA_CATEGORIES, type Channel, type SlaCategory } from "../shared/channel.js";
import { deepFreeze } from "../shared/deep-freeze.js";

export type { SlaCategory } from "../shared/channel.js";

/**
 * Where the reply to a channel's request is written.
 *
 * @example
 * ```ts
 * CHANNEL_CATALOGUE.disqus.replyIn; // => "blog"
 * ```
 */
export type ReplyPlace =
  | "zendesk"
  | "pagerduty_and_zendesk"
  | "hackerone"
  | "blog"
  | "twitter_main_handle"
  | "facebook_page"
  | "issue_tracker"
  | "mailing_list"
  | "forum"
  | "docker_hub"
  | "stack_overflow"
  | "reddit"
  | "quora";

/**
 * One channel in the catalogue: its SLA category, where the reply goes, the dashboard view it
 * belongs to and its handling rules in words (the rules as code are in `planChannelActions`).
 *
 * @example
 * ```ts
 * const info: ChannelInfo = CHANNEL_CATALOGUE.contact_form;
 * info.view; // => "Contact form"
 * ```
 */
export interface ChannelInfo {
  /** The channel id. */
  readonly channel: Channel;
  /** Position in the handbook's priority list, 0 = strictest SLA. */
  readonly priority: number;
  /** The 2016 SLA category (1 strictest to 4). */
  readonly slaCategory: SlaCategory;
  /** Where the reply is written. */
  readonly replyIn: ReplyPlace;
  /** The Zendesk dashboard view the channel's tickets show up in before views are combined. */
  readonly view: string;
  /** The handling rules, as the handbook words them. */
  readonly handling: readonly string[];
  /** The handbook sources of the rules (S16, SLA, CH20). */
  readonly sources: readonly string[];
}

type Entry = Omit<ChannelInfo, "channel" | "priority">;

const ENTRIES: Readonly<Record<Channel, Entry>> = {
  emergency: {
    slaCategory: CHANNEL_SLA_CATEGORIES.emergency,
    replyIn: "pagerduty_and_zendesk",
    view: "Emergencies",
    handling: [
      "An emergency ticket triggers a PagerDuty incident for the engineer on call",
      "Acknowledge within 5 minutes, or the second level is alerted",
      "Then reply in the Zendesk ticket: say you will handle the case and ask for the best way to contact them",
      "After the emergency, document the steps taken in the ticket",
    ],
    sources: ["S16", "SLA", "CH20"],
  },
  gitlab_com_downtime: {
    slaCategory: CHANNEL_SLA_CATEGORIES.gitlab_com_downtime,
    replyIn: "pagerduty_and_zendesk",
    view: "Emergencies",
    handling: [
      "GitLab.com going down triggers a PagerDuty incident: the same first steps as an emergency ticket",
      "After acknowledging, pinpoint the reason for the outage following the runbook",
    ],
    sources: ["S16", "SLA"],
  },
  security: {
    slaCategory: CHANNEL_SLA_CATEGORIES.security,
    replyIn: "zendesk",
    view: "Security",
    handling: [
      "Follow up within one business day",
      "Never say 'there is no problem'; keep asking until the problem is understood",
      "Offer an acknowledgement even when there was no vulnerability",
      "Always say they may ask for an update at any time",
      "PGP-encrypted reports go to the Security team",
    ],
    sources: ["S16", "SLA", "CH20"],
  },
  hackerone: {
    slaCategory: CHANNEL_SLA_CATEGORIES.hackerone,
    replyIn: "hackerone",
    view: "Security",
    handling: [
      "Respond within one business day from the HackerOne dashboard, not from Zendesk",
      "Close the Zendesk ticket by hand once done",
      "Always say they may ask for an update at any time",
    ],
    sources: ["SLA", "CH20"],
  },
  ticket: {
    slaCategory: CHANNEL_SLA_CATEGORIES.ticket,
    replyIn: "zendesk",
    view: "Regular tickets",
    handling: ["Answer FIFO: tickets assigned to you first, then new unassigned tickets, again FIFO"],
    sources: ["S16", "SLA"],
  },
  contact_form: {
    slaCategory: CHANNEL_SLA_CATEGORIES.contact_form,
    replyIn: "zendesk",
    view: "Contact form",
    handling: ["A marketing request gets the `Marketing request` macro and is solved"],
    sources: ["S16"],
  },
  internal: {
    slaCategory: CHANNEL_SLA_CATEGORIES.internal,
    replyIn: "zendesk",
    view: "Internal support",
    handling: ["Team members' support questions arrive by email as tickets; answer them like regular tickets"],
    sources: ["SLA", "WWS"],
  },
  disqus: {
    slaCategory: CHANNEL_SLA_CATEGORIES.disqus,
    replyIn: "blog",
    view: "Disqus",
    handling: [
      "Reply on the blog post when the comment is a question or problem from outside the team",
      "Then solve the ticket, and the ticket your reply created",
    ],
    sources: ["S16", "SLA"],
  },
  twitter: {
    slaCategory: CHANNEL_SLA_CATEGORIES.twitter,
    replyIn: "twitter_main_handle",
    view: "Twitter and Facebook",
    handling: [
      "Reply from Zendesk, from the main handle; the status handle only for GitLab.com availability",
      "Competitor mentions are not acknowledged; no retweets or favourites",
      "Play mode, oldest first, skip none, assign to yourself, never cross-assign",
    ],
    sources: ["S16", "SLA"],
  },
  facebook: {
    slaCategory: CHANNEL_SLA_CATEGORIES.facebook,
    replyIn: "facebook_page",
    view: "Twitter and Facebook",
    handling: ["Messages to the Facebook page feed into Zendesk and share the Twitter view; reply from Zendesk"],
    sources: ["SLA"],
  },
  issue_followup: {
    slaCategory: CHANNEL_SLA_CATEGORIES.issue_followup,
    replyIn: "issue_tracker",
    view: "Issue follow-ups",
    handling: ["Follow up on the issues you created from tickets, by the priority of the GitLab workflow"],
    sources: ["SLA"],
  },
  gitlab_com_support_tracker: {
    slaCategory: CHANNEL_SLA_CATEGORIES.gitlab_com_support_tracker,
    replyIn: "issue_tracker",
    view: "GitLab.com support tracker",
    handling: [
      "Check periodically; assign the issue to yourself",
      "On-premises questions are referred to the CE tracker or the Getting Help page",
    ],
    sources: ["S16", "SLA"],
  },
  ce_tracker: {
    slaCategory: CHANNEL_SLA_CATEGORIES.ce_tracker,
    replyIn: "issue_tracker",
    view: "CE/EE/Omnibus trackers",
    handling: ["Respond to bug reports and feature requests by the issue triage policies"],
    sources: ["S16", "SLA"],
  },
  ee_tracker: {
    slaCategory: CHANNEL_SLA_CATEGORIES.ee_tracker,
    replyIn: "issue_tracker",
    view: "CE/EE/Omnibus trackers",
    handling: ["Some customers open issues here instead of emailing; each creates a Zendesk ticket"],
    sources: ["S16", "SLA"],
  },
  omnibus_tracker: {
    slaCategory: CHANNEL_SLA_CATEGORIES.omnibus_tracker,
    replyIn: "issue_tracker",
    view: "CE/EE/Omnibus trackers",
    handling: ["Respond to bug reports and feature requests by the issue triage policies"],
    sources: ["S16", "SLA"],
  },
  mailing_list: {
    slaCategory: CHANNEL_SLA_CATEGORIES.mailing_list,
    replyIn: "mailing_list",
    view: "Mailing list",
    handling: ["Respond to questions on the mailing list itself"],
    sources: ["S16", "SLA"],
  },
  forum: {
    slaCategory: CHANNEL_SLA_CATEGORIES.forum,
    replyIn: "forum",
    view: "Forum",
    handling: ["Questions flow into Zendesk but are answered only on the forum"],
    sources: ["S16", "SLA", "CH20"],
  },
  docker: {
    slaCategory: CHANNEL_SLA_CATEGORIES.docker,
    replyIn: "docker_hub",
    view: "Docker",
    handling: ["Questions from Docker's GitLab CE page flow into Zendesk; answer them there"],
    sources: ["SLA"],
  },
  stack_overflow: {
    slaCategory: CHANNEL_SLA_CATEGORIES.stack_overflow,
    replyIn: "stack_overflow",
    view: "Stack Overflow",
    handling: ["Tagged questions flow into Zendesk but are answered only on Stack Overflow"],
    sources: ["S16", "SLA"],
  },
  reddit: {
    slaCategory: CHANNEL_SLA_CATEGORIES.reddit,
    replyIn: "reddit",
    view: "Reddit",
    handling: ["Respond to mentions of GitLab on Reddit, especially in the GitLab subreddit"],
    sources: ["SLA"],
  },
  quora: {
    slaCategory: CHANNEL_SLA_CATEGORIES.quora,
    replyIn: "quora",
    view: "Quora",
    handling: ["Respond to questions about GitLab on Quora, especially in the GitLab topic"],
    sources: ["SLA"],
  },
};

/**
 * Every channel of the handbook's channel list (docs/rules.md §9), with its SLA category, where the
 * reply is written, its dashboard view and its handling rules, keyed by channel id.
 *
 * @remarks
 * Encodes §9 "Channels" and the 2016 SLA categories of §2. The category order equals the
 * priority order of `CHANNELS`, which is why the catalogue is built from that list.
 *
 * @example
 * ```ts
 * CHANNEL_CATALOGUE.hackerone.replyIn; // => "hackerone"
 * CHANNEL_CATALOGUE.forum.slaCategory; // => 4
 * ```
 */
export const CHANNEL_CATALOGUE: Readonly<Record<Channel, ChannelInfo>> = deepFreeze(Object.fromEntries(
  CHANNELS.map((channel, priority) => [channel, Object.freeze({ channel, priority, ...ENTRIES[channel] })]),
) as Readonly<Record<Channel, ChannelInfo>>);
