import { match } from "ts-pattern";
import * as z from "zod";
import type { Channel } from "../shared/channel.js";
import type { JsonValue } from "../shared/json.js";
import { fail, parseInput } from "../shared/errors.js";
import { CHANNEL_CATALOGUE, type ReplyPlace } from "./channel-catalogue.js";
import { type ChannelRequest, channelRequestSchema, channelSchema } from "./channel-request.js";

/**
 * The message left on a public issue that disclosed a vulnerability, as the handbook gives it
 * (S16, SLA), with the misspellings of the 2016 page corrected.
 *
 * @example
 * ```ts
 * VULNERABILITY_REMOVED_MESSAGE.startsWith("Thank you for helping to make GitLab more secure!"); // => true
 * ```
 */
export const VULNERABILITY_REMOVED_MESSAGE =
  "Thank you for helping to make GitLab more secure! We removed the contents of your vulnerability disclosure to keep it private. We opened an internal issue to look at your disclosure. Can you please use our Responsible Disclosure Policy to send us an email that references this url so we can communicate in private?";

/**
 * A stable identifier of one step a channel's handling rules call for.
 *
 * @example
 * ```ts
 * const code: ChannelActionCode = "apply_marketing_request_macro";
 * ```
 */
export type ChannelActionCode =
  | "page_on_call"
  | "acknowledge_page"
  | "reply_in_zendesk"
  | "ask_best_contact_method"
  | "document_steps_in_ticket"
  | "pinpoint_outage_cause"
  | "reply_within_one_business_day"
  | "never_say_no_problem"
  | "offer_acknowledgement"
  | "mention_update_any_time"
  | "forward_to_security_team"
  | "reply_in_hackerone"
  | "close_zendesk_ticket_manually"
  | "apply_marketing_request_macro"
  | "solve_ticket"
  | "reply_on_blog"
  | "solve_reply_ticket"
  | "reply_from_main_handle"
  | "reply_from_status_handle"
  | "reply_on_facebook_page"
  | "do_not_acknowledge"
  | "no_retweet_or_favourite"
  | "assign_to_yourself"
  | "refer_to_ce_tracker"
  | "refer_to_getting_help"
  | "remove_vulnerability_contents"
  | "post_vulnerability_removed_message"
  | "open_confidential_issue"
  | "reply_on_own_site";

/**
 * One step to take, where, and the rule that asks for it.
 *
 * @example
 * ```ts
 * const action: ChannelAction = {
 *   action: "solve_ticket",
 *   rule: "§9 contact form: a marketing request gets the macro and is solved",
 *   message: "Mark the ticket as solved",
 * };
 * ```
 */
export interface ChannelAction {
  /** The step, as a stable identifier. */
  readonly action: ChannelActionCode;
  /** The handbook rule that asks for it. */
  readonly rule: string;
  /** The step, for a person. */
  readonly message: string;
  /** Where the step happens, when it is a reply. */
  readonly place?: ReplyPlace;
  /** Text to send as it is, when the handbook gives one. */
  readonly text?: string;
}

/**
 * The steps for one request, or the facts needed to choose them.
 *
 * @example
 * ```ts
 * const plan: ChannelPlan = { channel: "contact_form", outcome: "cannot_decide", actions: [], missing: ["marketingRequest"] };
 * ```
 */
export interface ChannelPlan {
  /** The channel the request came through. */
  readonly channel: Channel;
  /** `planned` when the steps are known; `cannot_decide` when a fact they depend on is missing. */
  readonly outcome: "planned" | "cannot_decide";
  /** The steps, in order. Empty when the outcome is `cannot_decide`. */
  readonly actions: readonly ChannelAction[];
  /** The facts that are missing, as field names of the request. */
  readonly missing?: readonly string[];
  /** The facts that decided the plan. */
  readonly facts?: Readonly<Record<string, JsonValue>>;
}

function step(action: ChannelActionCode, rule: string, message: string, extra: { place?: ReplyPlace; text?: string } = {}): ChannelAction {
  return { action, rule, message, ...extra };
}

function missingFacts(channel: Channel, missing: string[]): ChannelPlan {
  return { channel, outcome: "cannot_decide", actions: [], missing };
}

const channelOnly = z.looseObject({ channel: channelSchema });

/**
 * Plans the handling of one incoming request by its channel's rules (docs/rules.md §9, and §8 for a
 * vulnerability posted in a public issue): which steps, in which order, and where to reply.
 *
 * @remarks
 * A fact a rule depends on that is not given makes the plan `cannot_decide` with the fact in
 * `missing`, never a guess. A tracker issue not flagged as a public vulnerability report is
 * treated as an ordinary issue: the flag is the reader's judgement, so its absence is "no".
 *
 * @example
 * ```ts
 * planChannelActions({ channel: "contact_form", marketingRequest: true }).actions.map((a) => a.action);
 * // => ["apply_marketing_request_macro", "solve_ticket"]
 * planChannelActions({ channel: "twitter", mentionsCompetitor: true, aboutGitlabComAvailability: false }).actions[0]?.action;
 * // => "do_not_acknowledge"
 * ```
 *
 * @throws {SupportPolicyError} `missing_field` or `unknown_value` for a missing or unknown
 * channel, `unknown_key` or `invalid_type` for a malformed fact.
 */
export function planChannelActions(request: ChannelRequest): ChannelPlan {
  const shape = parseInput(channelOnly.partial(), request, ["request"]);
  if (shape.channel === undefined) fail("missing_field", ["request", "channel"], 'Missing required field "request.channel"');
  // Stryker disable next-line ArrayDeclaration,StringLiteral: with the channel given, the partial parse above has already checked it, so this parse never fails and its path never shows
  parseInput(channelOnly, request, ["request"]);
  const parsed = parseInput(channelRequestSchema, request, ["request"]);
  const place = CHANNEL_CATALOGUE[parsed.channel].replyIn;
  const planned = (actions: ChannelAction[], facts: Record<string, JsonValue> = {}): ChannelPlan => ({
    channel: parsed.channel,
    outcome: "planned",
    actions,
    facts,
  });

  return match(parsed)
    .returnType<ChannelPlan>()
    .with({ channel: "emergency" }, () =>
      planned([
        step("page_on_call", "§4 emergencies: an emergency ticket triggers a PagerDuty incident", "Page the engineer on call"),
        step("acknowledge_page", "§4 emergencies: acknowledge within 5 minutes or the second level is alerted", "Acknowledge the page within 5 minutes"),
        step("reply_in_zendesk", "§9 emergency: continue the conversation in the Zendesk ticket", "Tell the customer you are handling the case", { place }),
        step("ask_best_contact_method", "§9 emergency: ask for the best way to contact them", "Ask for the best way to reach them (call link, phone)"),
        step("document_steps_in_ticket", "§4 emergencies: document the steps in the ticket afterwards", "Once resolved, document the steps taken in the ticket"),
      ]),
    )
    .with({ channel: "gitlab_com_downtime" }, () =>
      planned([
        step("page_on_call", "§9 GitLab.com downtime: a PagerDuty incident, as for emergencies", "Page the engineer on call"),
        step("acknowledge_page", "§4 emergencies: acknowledge within 5 minutes or the second level is alerted", "Acknowledge the page within 5 minutes"),
        step("pinpoint_outage_cause", "§9 GitLab.com downtime: pinpoint the reason for the outage", "Find the cause of the outage following the runbook"),
      ]),
    )
    .with({ channel: "security" }, (r) => {
      if (r.pgpEncrypted === undefined) return missingFacts(r.channel, ["pgpEncrypted"]);
      if (r.pgpEncrypted) {
        return planned(
          [step("forward_to_security_team", "§8 security disclosures: PGP-encrypted reports go to the Security team", "Hand the report to the Security team")],
          { pgpEncrypted: true },
        );
      }
      return planned(
        [
          step("reply_within_one_business_day", "§8 security disclosures: first response within 1 business day", "Reply within one business day", { place }),
          step("never_say_no_problem", "§8 security disclosures: never say 'there is no problem'", "Do not say there is no problem; ask until you understand it"),
          step("offer_acknowledgement", "§8 security disclosures: offer acknowledgement even when no vulnerability", "Offer a mention on the acknowledgements page"),
          step("mention_update_any_time", "§8 security disclosures: they may ask for an update at any time", "Say they can email for an update at any time"),
        ],
        { pgpEncrypted: false },
      );
    })
    .with({ channel: "hackerone" }, () =>
      planned([
        step("reply_in_hackerone", "§8 HackerOne: respond within one business day from HackerOne", "Respond from the HackerOne dashboard within one business day", { place }),
        step("mention_update_any_time", "§8 security disclosures: they may ask for an update at any time", "Say they can ask for an update at any time"),
        step("close_zendesk_ticket_manually", "§8 HackerOne: close manually in Zendesk", "Close the Zendesk ticket by hand once the report is handled"),
      ]),
    )
    .with({ channel: "contact_form" }, (r) => {
      if (r.marketingRequest === undefined) return missingFacts(r.channel, ["marketingRequest"]);
      if (r.marketingRequest) {
        return planned(
          [
            step("apply_marketing_request_macro", "§9 contact form: a marketing request gets the `Marketing request` macro", "Apply the `Marketing request` macro (it forwards the email to marketing and tells the sender)"),
            step("solve_ticket", "§9 contact form: a marketing request is solved", "Mark the ticket as solved"),
          ],
          { marketingRequest: true },
        );
      }
      return planned([step("reply_in_zendesk", "§9 contact form: handled by Support like a regular ticket", "Answer the request in Zendesk", { place })], {
        marketingRequest: false,
      });
    })
    .with({ channel: "disqus" }, (r) => {
      // A reply is needed when the comment is from outside the team, or is a question or problem.
      const needsReply =
        r.fromTeamMember === false || r.questionOrProblem === true
          ? true
          : r.fromTeamMember === true && r.questionOrProblem === false
            ? false
            : undefined;
      if (needsReply === undefined) {
        return missingFacts(r.channel, [r.fromTeamMember === undefined ? "fromTeamMember" : "", r.questionOrProblem === undefined ? "questionOrProblem" : ""].filter((m) => m !== ""));
      }
      const facts = { fromTeamMember: r.fromTeamMember ?? null, questionOrProblem: r.questionOrProblem ?? null };
      if (!needsReply) {
        return planned([step("solve_ticket", "§9 Disqus: a comment that needs no reply is solved", "Mark the ticket as solved; no reply is needed")], facts);
      }
      return planned(
        [
          step("reply_on_blog", "§9 Disqus: reply on the blog, not from Zendesk", "Open the comment and reply on the blog post", { place }),
          step("solve_ticket", "§9 Disqus: then solve the ticket", "Mark the comment's ticket as solved"),
          step("solve_reply_ticket", "§9 Disqus: and the ticket your reply made", "Mark the ticket created for your own reply as solved"),
        ],
        facts,
      );
    })
    .with({ channel: "twitter" }, { channel: "facebook" }, (r) => {
      const missing = [
        r.mentionsCompetitor === undefined ? "mentionsCompetitor" : "",
        r.aboutGitlabComAvailability === undefined ? "aboutGitlabComAvailability" : "",
      ].filter((m) => m !== "");
      if (r.mentionsCompetitor === true) {
        return planned(
          [
            step("do_not_acknowledge", "§9 Twitter: competitor mentions are not acknowledged", "Do not acknowledge a message about a competitor"),
            step("no_retweet_or_favourite", "§9 Twitter: no retweets or favourites from Support", "Do not retweet or favourite it"),
          ],
          { mentionsCompetitor: true },
        );
      }
      const [first, ...rest] = missing;
      if (first !== undefined) return missingFacts(r.channel, [first, ...rest]);
      const availability = r.aboutGitlabComAvailability === true;
      const reply = match(r.channel)
        .with("twitter", () =>
          availability
            ? step("reply_from_status_handle", "§9 Twitter: the status handle only for GitLab.com availability", "Reply from Zendesk as @GitLabStatus", { place })
            : step("reply_from_main_handle", "§9 Twitter: reply from the main handle", "Reply from Zendesk as @GitLab", { place }),
        )
        .with("facebook", () => step("reply_on_facebook_page", "§9 Facebook: reply from Zendesk", "Reply from Zendesk as the GitLab page", { place }))
        .exhaustive();
      return planned(
        [
          step("assign_to_yourself", "§3 Twitter: assign to yourself, never cross-assign", "Assign the ticket to yourself"),
          reply,
          step("no_retweet_or_favourite", "§9 Twitter: no retweets or favourites from Support", "Do not retweet or favourite it"),
        ],
        { mentionsCompetitor: false, aboutGitlabComAvailability: availability },
      );
    })
    .with(
      { channel: "issue_followup" },
      { channel: "gitlab_com_support_tracker" },
      { channel: "ce_tracker" },
      { channel: "ee_tracker" },
      { channel: "omnibus_tracker" },
      (r) => {
        if (r.publicVulnerabilityReport === true) {
          return planned(
            [
              step("remove_vulnerability_contents", "§8 a vulnerability reported in a public issue: remove the contents", "Remove the vulnerability details from the public issue"),
              step("post_vulnerability_removed_message", "§8 a vulnerability reported in a public issue: reply with the removal message", "Leave the standard message on the issue", {
                place,
                text: VULNERABILITY_REMOVED_MESSAGE,
              }),
              step("open_confidential_issue", "§8 a vulnerability reported in a public issue: open an internal issue", "Open an internal (confidential) issue about the disclosure"),
            ],
            { publicVulnerabilityReport: true },
          );
        }
        if (r.channel === "gitlab_com_support_tracker" && r.onPremisesQuestion !== false) {
          if (r.onPremisesQuestion === undefined) return missingFacts(r.channel, ["onPremisesQuestion"]);
          if (r.looksLikeBug === undefined) return missingFacts(r.channel, ["looksLikeBug"]);
          return planned(
            [
              r.looksLikeBug
                ? step("refer_to_ce_tracker", "§9 GitLab.com support tracker: on-premises questions are referred to the CE tracker", "Refer the user to the CE issue tracker", { place })
                : step("refer_to_getting_help", "§9 GitLab.com support tracker: on-premises questions are referred to Getting Help", "Refer the user to the Getting Help page", { place }),
            ],
            { onPremisesQuestion: true, looksLikeBug: r.looksLikeBug },
          );
        }
        return planned(
          [
            ...(r.channel === "gitlab_com_support_tracker"
              ? [step("assign_to_yourself", "§9 GitLab.com support tracker: assign the issue to yourself", "Assign the issue to yourself")]
              : []),
            step("reply_on_own_site", "§9 posted issues: answer on the tracker", "Reply on the issue itself", { place }),
          ],
          { publicVulnerabilityReport: false },
        );
      },
    )
    .with({ channel: "ticket" }, { channel: "internal" }, () =>
      planned([step("reply_in_zendesk", "§3 regular tickets: answer FIFO in Zendesk", "Reply in Zendesk, in FIFO order", { place })]),
    )
    // Stryker disable ObjectLiteral: the last pattern; every other channel matched above, so an empty pattern here matches the same requests
    .with(
      { channel: "mailing_list" },
      { channel: "forum" },
      { channel: "docker" },
      { channel: "stack_overflow" },
      { channel: "reddit" },
      { channel: "quora" },
      // Stryker restore ObjectLiteral
      () => planned([step("reply_on_own_site", "§9 community channels are answered on their own site", "Reply on the site the question was asked on", { place })]),
    )
    .exhaustive();
}

