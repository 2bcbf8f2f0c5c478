import { describe, expect, it } from "vitest";
import { CHANNEL_CATALOGUE } from "../../src/routing/channel-catalogue.js";
import { type ChannelRequest, channelRequestSchema } from "../../src/routing/channel-request.js";
import { VULNERABILITY_REMOVED_MESSAGE, planChannelActions } from "../../src/routing/plan-channel-actions.js";
import { CHANNELS, TRACKER_CHANNELS } from "../../src/shared/channel.js";
import { deepFreeze, expectError, roundTrip } from "./helpers.js";

const actions = (request: ChannelRequest): string[] => planChannelActions(request).actions.map((a) => a.action);

describe("CHANNEL_CATALOGUE", () => {
  it("lists every channel of §9 once, in the handbook's priority order", () => {
    expect(Object.keys(CHANNEL_CATALOGUE)).toEqual([...CHANNELS]);
    CHANNELS.forEach((channel, index) => {
      expect(CHANNEL_CATALOGUE[channel].channel).toBe(channel);
      expect(CHANNEL_CATALOGUE[channel].priority).toBe(index);
    });
  });

  it('"the channels are sorted in order of priority (strictest SLA at top)": SLA categories never go down the list', () => {
    const categories = CHANNELS.map((c) => CHANNEL_CATALOGUE[c].slaCategory);
    expect(categories).toEqual([...categories].sort((a, b) => a - b));
  });

  it('"SLA categories": emergency 1; security, tickets, contact form, internal 2; Disqus, Twitter, Facebook 3; posted issues through the end 4', () => {
    expect(CHANNEL_CATALOGUE.emergency.slaCategory).toBe(1);
    for (const c of ["security", "hackerone", "ticket", "contact_form", "internal"] as const) expect(CHANNEL_CATALOGUE[c].slaCategory).toBe(2);
    for (const c of ["disqus", "twitter", "facebook"] as const) expect(CHANNEL_CATALOGUE[c].slaCategory).toBe(3);
    for (const c of ["issue_followup", "gitlab_com_support_tracker", "ce_tracker", "forum", "stack_overflow", "quora"] as const) {
      expect(CHANNEL_CATALOGUE[c].slaCategory).toBe(4);
    }
  });

  it("one channel list: a request may come through every channel of §9 and no other, and the tracker facts are the issue trackers' (the channels replied to in the issue)", () => {
    for (const channel of CHANNELS) expect(channelRequestSchema.parse({ channel })).toEqual({ channel });
    expect(channelRequestSchema.safeParse({ channel: "fax" }).success).toBe(false);
    expect([...TRACKER_CHANNELS]).toEqual(CHANNELS.filter((channel) => CHANNEL_CATALOGUE[channel].replyIn === "issue_tracker"));
    expect(CHANNELS.filter((channel) => channelRequestSchema.safeParse({ channel, looksLikeBug: true }).success)).toEqual([...TRACKER_CHANNELS]);
  });

  it('"Twitter and Facebook" share one view; each channel says where its reply is written', () => {
    expect(CHANNEL_CATALOGUE.twitter.view).toBe(CHANNEL_CATALOGUE.facebook.view);
    expect(CHANNEL_CATALOGUE.disqus.replyIn).toBe("blog");
    expect(CHANNEL_CATALOGUE.hackerone.replyIn).toBe("hackerone");
    expect(CHANNEL_CATALOGUE.stack_overflow.replyIn).toBe("stack_overflow");
    expect(CHANNEL_CATALOGUE.emergency.replyIn).toBe("pagerduty_and_zendesk");
  });
});

describe("planChannelActions", () => {
  it('"a marketing request gets the `Marketing request` macro and is solved"', () => {
    const plan = planChannelActions({ channel: "contact_form", marketingRequest: true });
    expect(plan.outcome).toBe("planned");
    expect(plan.actions.map((a) => a.action)).toEqual(["apply_marketing_request_macro", "solve_ticket"]);
    expect(plan.facts).toEqual({ marketingRequest: true });
  });

  it("a contact-form request that is not marketing is answered in Zendesk", () => {
    expect(actions({ channel: "contact_form", marketingRequest: false })).toEqual(["reply_in_zendesk"]);
  });

  it("a contact-form request whose kind is unknown cannot be decided, and says what is missing", () => {
    const plan = planChannelActions({ channel: "contact_form" });
    expect(plan).toEqual({ channel: "contact_form", outcome: "cannot_decide", actions: [], missing: ["marketingRequest"] });
  });

  it('"Disqus: reply on the blog, then solve the ticket and the ticket your reply made"', () => {
    const plan = planChannelActions({ channel: "disqus", fromTeamMember: false, questionOrProblem: true });
    expect(plan.actions.map((a) => a.action)).toEqual(["reply_on_blog", "solve_ticket", "solve_reply_ticket"]);
    expect(plan.actions[0]?.place).toBe("blog");
  });

  it("Disqus: a question from a team member still needs a reply; a team member's remark needs none", () => {
    expect(actions({ channel: "disqus", fromTeamMember: true, questionOrProblem: true })).toEqual(["reply_on_blog", "solve_ticket", "solve_reply_ticket"]);
    expect(actions({ channel: "disqus", fromTeamMember: true, questionOrProblem: false })).toEqual(["solve_ticket"]);
  });

  it("Disqus: when it cannot be told whether a reply is needed, it says which facts are missing", () => {
    expect(planChannelActions({ channel: "disqus", fromTeamMember: true }).missing).toEqual(["questionOrProblem"]);
    expect(planChannelActions({ channel: "disqus" }).missing).toEqual(["fromTeamMember", "questionOrProblem"]);
  });

  it('"Twitter: reply from Zendesk, from the main handle; no retweets or favourites; assign to yourself"', () => {
    const plan = planChannelActions({ channel: "twitter", mentionsCompetitor: false, aboutGitlabComAvailability: false });
    expect(plan.actions.map((a) => a.action)).toEqual(["assign_to_yourself", "reply_from_main_handle", "no_retweet_or_favourite"]);
    expect(plan.actions[1]?.message).toContain("@GitLab");
  });

  it('"the status handle only for availability"', () => {
    const plan = planChannelActions({ channel: "twitter", mentionsCompetitor: false, aboutGitlabComAvailability: true });
    expect(plan.actions.map((a) => a.action)).toContain("reply_from_status_handle");
    expect(plan.actions.map((a) => a.action)).not.toContain("reply_from_main_handle");
  });

  it('"competitor mentions are not acknowledged", even when other facts are missing', () => {
    expect(actions({ channel: "twitter", mentionsCompetitor: true })).toEqual(["do_not_acknowledge", "no_retweet_or_favourite"]);
    expect(actions({ channel: "facebook", mentionsCompetitor: true })).toEqual(["do_not_acknowledge", "no_retweet_or_favourite"]);
  });

  it("Twitter without the competitor or availability fact cannot be decided", () => {
    expect(planChannelActions({ channel: "twitter" }).missing).toEqual(["mentionsCompetitor", "aboutGitlabComAvailability"]);
  });

  it("Facebook replies go from Zendesk as the page", () => {
    expect(actions({ channel: "facebook", mentionsCompetitor: false, aboutGitlabComAvailability: false })).toEqual([
      "assign_to_yourself",
      "reply_on_facebook_page",
      "no_retweet_or_favourite",
    ]);
  });

  it('"on-premises questions on the GitLab.com tracker are referred to the CE tracker" (a bug) "or Getting Help" (a question)', () => {
    expect(actions({ channel: "gitlab_com_support_tracker", onPremisesQuestion: true, looksLikeBug: true })).toEqual(["refer_to_ce_tracker"]);
    expect(actions({ channel: "gitlab_com_support_tracker", onPremisesQuestion: true, looksLikeBug: false })).toEqual(["refer_to_getting_help"]);
    expect(planChannelActions({ channel: "gitlab_com_support_tracker", onPremisesQuestion: true }).missing).toEqual(["looksLikeBug"]);
    expect(planChannelActions({ channel: "gitlab_com_support_tracker" }).missing).toEqual(["onPremisesQuestion"]);
  });

  it("a GitLab.com question on the support tracker is taken and answered there", () => {
    expect(actions({ channel: "gitlab_com_support_tracker", onPremisesQuestion: false })).toEqual(["assign_to_yourself", "reply_on_own_site"]);
  });

  it('"a vulnerability in a public issue: remove the contents, reply with the removal message, open an internal issue"', () => {
    for (const channel of ["issue_followup", "gitlab_com_support_tracker", "ce_tracker", "ee_tracker", "omnibus_tracker"] as const) {
      const plan = planChannelActions({ channel, publicVulnerabilityReport: true });
      expect(plan.actions.map((a) => a.action)).toEqual(["remove_vulnerability_contents", "post_vulnerability_removed_message", "open_confidential_issue"]);
      expect(plan.actions[1]?.text).toBe(VULNERABILITY_REMOVED_MESSAGE);
    }
    expect(VULNERABILITY_REMOVED_MESSAGE).toContain("We removed the contents of your vulnerability disclosure to keep it private");
  });

  it('"HackerOne: answered in HackerOne and closed by hand" in Zendesk', () => {
    const plan = planChannelActions({ channel: "hackerone" });
    expect(plan.actions.map((a) => a.action)).toEqual(["reply_in_hackerone", "mention_update_any_time", "close_zendesk_ticket_manually"]);
    expect(plan.actions[0]?.place).toBe("hackerone");
  });

  it('"security disclosures: never say there is no problem; PGP-encrypted reports go to the Security team"', () => {
    expect(actions({ channel: "security", pgpEncrypted: false })).toEqual([
      "reply_within_one_business_day",
      "never_say_no_problem",
      "offer_acknowledgement",
      "mention_update_any_time",
    ]);
    expect(actions({ channel: "security", pgpEncrypted: true })).toEqual(["forward_to_security_team"]);
    expect(planChannelActions({ channel: "security" }).missing).toEqual(["pgpEncrypted"]);
  });

  it('"emergency: PagerDuty + Zendesk": page, acknowledge, reply, document', () => {
    expect(actions({ channel: "emergency" })).toEqual(["page_on_call", "acknowledge_page", "reply_in_zendesk", "ask_best_contact_method", "document_steps_in_ticket"]);
    expect(actions({ channel: "gitlab_com_downtime" })).toEqual(["page_on_call", "acknowledge_page", "pinpoint_outage_cause"]);
  });

  it('"mailing list, forum and Stack Overflow (answered on their own site)"', () => {
    for (const channel of ["mailing_list", "forum", "docker", "stack_overflow", "reddit", "quora"] as const) {
      const plan = planChannelActions({ channel });
      expect(plan.actions.map((a) => a.action)).toEqual(["reply_on_own_site"]);
      expect(plan.actions[0]?.place).toBe(CHANNEL_CATALOGUE[channel].replyIn);
    }
    expect(actions({ channel: "ticket" })).toEqual(["reply_in_zendesk"]);
    expect(actions({ channel: "internal" })).toEqual(["reply_in_zendesk"]);
  });

  it("every action names the rule it comes from; the plan survives JSON and leaves its input alone", () => {
    const request = deepFreeze({ channel: "disqus", fromTeamMember: false, questionOrProblem: true } as const);
    const plan = planChannelActions(request);
    for (const action of plan.actions) expect(action.rule).toMatch(/^§\d/);
    expect(roundTrip(plan)).toEqual(plan);
  });

  it("rejects an unknown channel, a missing channel, an unknown fact and a fact of the wrong type", () => {
    expectError(() => planChannelActions({ channel: "myspace" } as unknown as ChannelRequest), "unknown_value", ["request", "channel"], 'Unknown channel "myspace"');
    expectError(() => planChannelActions({} as unknown as ChannelRequest), "missing_field", ["request", "channel"], "Missing required field");
    expectError(() => planChannelActions({ channel: "twitter", retweet: true } as unknown as ChannelRequest), "unknown_key", ["request", "retweet"], "retweet");
    expectError(
      () => planChannelActions({ channel: "contact_form", marketingRequest: "yes" } as unknown as ChannelRequest),
      "invalid_type",
      ["request", "marketingRequest"],
      "expected boolean",
    );
  });
});
