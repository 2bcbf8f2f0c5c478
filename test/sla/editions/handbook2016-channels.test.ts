import { describe, expect, it } from "vitest";
import { CHANNEL_CATALOGUE } from "../../../src/routing/channel-catalogue.js";
import { CHANNELS } from "../../../src/shared/channel.js";
import { handbook2016 } from "../../../src/sla/editions/handbook2016.js";
import { evaluateSla } from "../../../src/sla/evaluate-sla.js";

// The 2016 edition's policies and the routing catalogue both encode the SLA category of every
// channel; this keeps the two in step.
const POLICY_OF_CATEGORY = { 1: "emergency", 2: "security_through_regular", 3: "disqus_and_twitter", 4: "posted_issues" } as const;

describe("handbook2016 and the channel catalogue agree", () => {
  it.each(CHANNELS)('"The channels are sorted in order of priority, there are 4 SLA categories": %s', (channel) => {
    const createdAt = "2026-03-02T17:00:00Z";
    const report = evaluateSla({ id: "t", createdAt, channel, priority: "normal" }, handbook2016, new Date(createdAt));
    expect(report.policyId).toBe(POLICY_OF_CATEGORY[CHANNEL_CATALOGUE[channel].slaCategory]);
  });
});
