import { describe, expect, it } from "vitest";
import { CHANNEL_CATALOGUE } from "../../src/routing/channel-catalogue.js";
import type { ChannelRequest } from "../../src/routing/channel-request.js";
import { VULNERABILITY_REMOVED_MESSAGE, planChannelActions } from "../../src/routing/plan-channel-actions.js";
import { CHANNELS } from "../../src/shared/channel.js";
import { expectError } from "./helpers.js";

// One request per branch of every channel's handling rules.
const REQUESTS: Readonly<Record<string, ChannelRequest>> = {
  "emergency ticket": { channel: "emergency" },
  "GitLab.com downtime": { channel: "gitlab_com_downtime" },
  "security report, plain": { channel: "security", pgpEncrypted: false },
  "security report, PGP-encrypted": { channel: "security", pgpEncrypted: true },
  "security report, encryption unknown": { channel: "security" },
  HackerOne: { channel: "hackerone" },
  "contact form, marketing": { channel: "contact_form", marketingRequest: true },
  "contact form, not marketing": { channel: "contact_form", marketingRequest: false },
  "contact form, kind unknown": { channel: "contact_form" },
  "Disqus, a question from outside": { channel: "disqus", fromTeamMember: false, questionOrProblem: true },
  "Disqus, a remark from outside": { channel: "disqus", fromTeamMember: false, questionOrProblem: false },
  "Disqus, a team member's remark": { channel: "disqus", fromTeamMember: true, questionOrProblem: false },
  "Disqus, a team member, kind unknown": { channel: "disqus", fromTeamMember: true },
  "Disqus, a remark, author unknown": { channel: "disqus", questionOrProblem: false },
  "Disqus, nothing known": { channel: "disqus" },
  "Twitter, plain": { channel: "twitter", mentionsCompetitor: false, aboutGitlabComAvailability: false },
  "Twitter, availability": { channel: "twitter", mentionsCompetitor: false, aboutGitlabComAvailability: true },
  "Twitter, competitor": { channel: "twitter", mentionsCompetitor: true },
  "Twitter, availability unknown": { channel: "twitter", mentionsCompetitor: false },
  "Twitter, competitor unknown": { channel: "twitter", aboutGitlabComAvailability: false },
  "Twitter, nothing known": { channel: "twitter" },
  "Facebook, plain": { channel: "facebook", mentionsCompetitor: false, aboutGitlabComAvailability: true },
  "Facebook, competitor": { channel: "facebook", mentionsCompetitor: true, aboutGitlabComAvailability: false },
  "issue follow-up": { channel: "issue_followup" },
  "CE tracker, a public vulnerability": { channel: "ce_tracker", publicVulnerabilityReport: true },
  "EE tracker, on-premises question": { channel: "ee_tracker", onPremisesQuestion: true, looksLikeBug: true },
  "GitLab.com tracker, GitLab.com question": { channel: "gitlab_com_support_tracker", onPremisesQuestion: false },
  "GitLab.com tracker, on-premises bug": { channel: "gitlab_com_support_tracker", onPremisesQuestion: true, looksLikeBug: true },
  "GitLab.com tracker, on-premises question": { channel: "gitlab_com_support_tracker", onPremisesQuestion: true, looksLikeBug: false },
  "GitLab.com tracker, on-premises, bug unknown": { channel: "gitlab_com_support_tracker", onPremisesQuestion: true },
  "GitLab.com tracker, nothing known": { channel: "gitlab_com_support_tracker" },
  "GitLab.com tracker, a public vulnerability": { channel: "gitlab_com_support_tracker", publicVulnerabilityReport: true, onPremisesQuestion: true },
  "regular ticket": { channel: "ticket" },
  "internal request": { channel: "internal" },
  "mailing list": { channel: "mailing_list" },
  forum: { channel: "forum" },
  Docker: { channel: "docker" },
  "Stack Overflow": { channel: "stack_overflow" },
  Reddit: { channel: "reddit" },
  Quora: { channel: "quora" },
};

describe("planChannelActions, every branch", () => {
  it('"Each channel maps to ... a place to reply, and handling rules": the plan for each request of the table', () => {
    expect(Object.fromEntries(Object.entries(REQUESTS).map(([name, request]) => [name, planChannelActions(request)]))).toMatchSnapshot();
  });

  it("the catalogue: every channel's category, reply place, view, handling rules and sources", () => {
    expect(CHANNEL_CATALOGUE).toMatchSnapshot();
    expect(Object.keys(CHANNEL_CATALOGUE)).toEqual([...CHANNELS]);
    for (const [priority, channel] of CHANNELS.entries()) expect(CHANNEL_CATALOGUE[channel]).toMatchObject({ channel, priority });
    expect(Object.isFrozen(CHANNEL_CATALOGUE.emergency)).toBe(true);
  });

  it('"Disqus (reply on the blog, then solve the ticket and the ticket your reply made)" in full', () => {
    expect(planChannelActions({ channel: "disqus", fromTeamMember: false, questionOrProblem: true })).toEqual({
      channel: "disqus",
      outcome: "planned",
      actions: [
        { action: "reply_on_blog", rule: "§9 Disqus: reply on the blog, not from Zendesk", message: "Open the comment and reply on the blog post", place: "blog" },
        { action: "solve_ticket", rule: "§9 Disqus: then solve the ticket", message: "Mark the comment's ticket as solved" },
        { action: "solve_reply_ticket", rule: "§9 Disqus: and the ticket your reply made", message: "Mark the ticket created for your own reply as solved" },
      ],
      facts: { fromTeamMember: false, questionOrProblem: true },
    });
  });

  it("a Disqus comment of unknown author that is a question needs a reply; a remark of unknown author cannot be decided", () => {
    expect(planChannelActions({ channel: "disqus", questionOrProblem: true }).facts).toEqual({ fromTeamMember: null, questionOrProblem: true });
    expect(planChannelActions({ channel: "disqus", questionOrProblem: false })).toEqual({ channel: "disqus", outcome: "cannot_decide", actions: [], missing: ["fromTeamMember"] });
    expect(planChannelActions({ channel: "disqus", fromTeamMember: false }).facts).toEqual({ fromTeamMember: false, questionOrProblem: null });
  });

  it('"a vulnerability reported in a public issue: remove the contents, reply with the removal message, open an internal issue" in full', () => {
    expect(planChannelActions({ channel: "omnibus_tracker", publicVulnerabilityReport: true })).toEqual({
      channel: "omnibus_tracker",
      outcome: "planned",
      actions: [
        {
          action: "remove_vulnerability_contents",
          rule: "§8 a vulnerability reported in a public issue: remove the contents",
          message: "Remove the vulnerability details from the public issue",
        },
        {
          action: "post_vulnerability_removed_message",
          rule: "§8 a vulnerability reported in a public issue: reply with the removal message",
          message: "Leave the standard message on the issue",
          place: "issue_tracker",
          text: VULNERABILITY_REMOVED_MESSAGE,
        },
        {
          action: "open_confidential_issue",
          rule: "§8 a vulnerability reported in a public issue: open an internal issue",
          message: "Open an internal (confidential) issue about the disclosure",
        },
      ],
      facts: { publicVulnerabilityReport: true },
    });
  });

  it('"on-premises questions are referred to the CE tracker or Getting Help": without the on-premises fact, cannot decide', () => {
    expect(planChannelActions({ channel: "gitlab_com_support_tracker" })).toEqual({
      channel: "gitlab_com_support_tracker",
      outcome: "cannot_decide",
      actions: [],
      missing: ["onPremisesQuestion"],
    });
    expect(planChannelActions({ channel: "gitlab_com_support_tracker", onPremisesQuestion: true, looksLikeBug: false })).toEqual({
      channel: "gitlab_com_support_tracker",
      outcome: "planned",
      actions: [
        {
          action: "refer_to_getting_help",
          rule: "§9 GitLab.com support tracker: on-premises questions are referred to Getting Help",
          message: "Refer the user to the Getting Help page",
          place: "issue_tracker",
        },
      ],
      facts: { onPremisesQuestion: true, looksLikeBug: false },
    });
  });

  it("a regular ticket is answered FIFO in Zendesk, with no facts needed", () => {
    expect(planChannelActions({ channel: "ticket" })).toEqual({
      channel: "ticket",
      outcome: "planned",
      actions: [{ action: "reply_in_zendesk", rule: "§3 regular tickets: answer FIFO in Zendesk", message: "Reply in Zendesk, in FIFO order", place: "zendesk" }],
      facts: {},
    });
  });

  it("rejects a missing channel with its message, and a fact of another channel", () => {
    expectError(() => planChannelActions({} as ChannelRequest), "missing_field", ["request", "channel"], 'Missing required field "request.channel"');
    expectError(() => planChannelActions({ channel: "hackerone", pgpEncrypted: true } as unknown as ChannelRequest), "unknown_key", ["request", "pgpEncrypted"], "pgpEncrypted");
  });
});
