import { describe, expect, it } from "vitest";
import { CHANNELS, type Channel } from "../../../src/shared/channel.js";
import { handbook2016 } from "../../../src/sla/editions/handbook2016.js";
import { evaluateSla } from "../../../src/sla/evaluate-sla.js";

// docs/rules.md §2 (2016), written out channel by channel rather than read from the library's table.
const EXPECTED: Record<Channel, string> = {
  emergency: "emergency",
  gitlab_com_downtime: "emergency",
  security: "security_through_regular",
  hackerone: "security_through_regular",
  ticket: "security_through_regular",
  contact_form: "security_through_regular",
  internal: "security_through_regular",
  disqus: "disqus_and_twitter",
  twitter: "disqus_and_twitter",
  facebook: "disqus_and_twitter",
  issue_followup: "posted_issues",
  gitlab_com_support_tracker: "posted_issues",
  ce_tracker: "posted_issues",
  ee_tracker: "posted_issues",
  omnibus_tracker: "posted_issues",
  mailing_list: "posted_issues",
  forum: "posted_issues",
  docker: "posted_issues",
  stack_overflow: "posted_issues",
  reddit: "posted_issues",
  quora: "posted_issues",
};

describe("handbook2016 puts every channel in its SLA category", () => {
  it.each(CHANNELS)('"The channels are sorted in order of priority, there are 4 SLA categories": %s', (channel) => {
    const createdAt = "2026-03-02T17:00:00Z";
    const report = evaluateSla({ id: "t", createdAt, channel, priority: "normal" }, handbook2016, new Date(createdAt));
    expect(report.policyId).toBe(EXPECTED[channel]);
  });
});
