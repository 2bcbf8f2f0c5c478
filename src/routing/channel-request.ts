import * as z from "zod";
import { CHANNELS, type Channel, TRACKER_CHANNELS } from "../shared/channel.js";
import { describeValue } from "../shared/describe-value.js";
import { orNone } from "../shared/or-none.js";

/**
 * A channel id, validated: an unknown channel is an `unknown_value` error at the field's path.
 *
 * @example
 * ```ts
 * channelSchema.parse("disqus"); // => "disqus"
 * ```
 */
export const channelSchema = z.enum(CHANNELS, {
  error: (issue) =>
    issue.input === undefined ? `Missing channel; expected one of ${CHANNELS.join(", ")}` : `Unknown channel ${describeValue(issue.input)}; expected one of ${CHANNELS.join(", ")}`,
});

// The channels whose handling rules read facts of the request; every other channel of the one
// list, CHANNELS, is a request of its channel alone.
const WITH_FACTS = ["security", "contact_form", "disqus", "twitter", "facebook", ...TRACKER_CHANNELS] as const;
type PlainChannel = Exclude<Channel, (typeof WITH_FACTS)[number]>;
const PLAIN = CHANNELS.filter((channel): channel is PlainChannel => !(WITH_FACTS as readonly string[]).includes(channel)) as [PlainChannel, ...PlainChannel[]];

const trackerFacts = {
  /** The issue discloses a security vulnerability in public. */
  publicVulnerabilityReport: orNone(z.boolean()),
};

/**
 * The facts of one incoming request that its channel's handling rules need (docs/rules.md §9, §8).
 * Every fact is optional: a rule whose fact is missing says so instead of guessing.
 *
 * @example
 * ```ts
 * channelRequestSchema.parse({ channel: "contact_form", marketingRequest: true });
 * // => { channel: "contact_form", marketingRequest: true }
 * ```
 */
export const channelRequestSchema = z.discriminatedUnion(
  "channel",
  [
    z.strictObject({ channel: z.enum(PLAIN) }),
    z.strictObject({
      channel: z.literal("security"),
      pgpEncrypted: orNone(z.boolean()),
    }),
    z.strictObject({ channel: z.literal("contact_form"), marketingRequest: orNone(z.boolean()) }),
    z.strictObject({
      channel: z.literal("disqus"),
      fromTeamMember: orNone(z.boolean()),
      questionOrProblem: orNone(z.boolean()),
    }),
    z.strictObject({
      channel: z.enum(["twitter", "facebook"]),
      mentionsCompetitor: orNone(z.boolean()),
      aboutGitlabComAvailability: orNone(z.boolean()),
    }),
    z.strictObject({
      channel: z.enum(TRACKER_CHANNELS),
      ...trackerFacts,
      onPremisesQuestion: orNone(z.boolean()),
      looksLikeBug: orNone(z.boolean()),
    }),
  ],
);

/**
 * An incoming request, as `planChannelActions` accepts it.
 *
 * @example
 * ```ts
 * const request: ChannelRequest = { channel: "twitter", mentionsCompetitor: true };
 * ```
 */
export type ChannelRequest = z.input<typeof channelRequestSchema>;
