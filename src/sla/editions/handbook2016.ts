import { parseInput } from "../../shared/errors.js";
import { CHANNELS, CHANNEL_SLA_CATEGORIES, type Channel, type SlaCategory } from "../../shared/channel.js";
import { globalSupportHours } from "../gitlab-calendars.js";
import { prepareSlaPolicies } from "../prepare-sla-policies.js";
import type { SlaPolicyInput, SlaTargetInput } from "../sla-policy.js";
import type { SlaPolicySet } from "../sla-policy-set.js";
import { AROUND_THE_CLOCK } from "../sla-vocabulary.js";
import { type Handbook2016Overrides, handbook2016OverridesSchema } from "./handbook2016-overrides.js";

const HOUR = 3_600_000;
const BUSINESS = "global_support_hours";

/** The channels of one 2016 SLA category, in the channel list's priority order. */
function category(n: SlaCategory): Channel[] {
  return CHANNELS.filter((channel) => CHANNEL_SLA_CATEGORIES[channel] === n);
}

function replies(target: Omit<SlaTargetInput, "metric">, next: Omit<SlaTargetInput, "metric"> = target): SlaTargetInput[] {
  return [
    { metric: "first_reply", ...target },
    { metric: "next_reply", ...next },
  ];
}

/**
 * Builds GitLab's 2016 SLA edition (docs/rules.md §2, 2016; the "Service Level Agreements" page):
 * four SLA categories by channel, first match wins:
 * 1. emergency tickets (and GitLab.com downtime): 30 minutes around the clock;
 * 2. security disclosures through regular tickets: 1 business day (24 h on Global Support
 *    Hours), Zendesk priority Urgent 30 minutes around the clock;
 * 3. Disqus, Twitter and Facebook: 1 business day, tracked, a late reply reported as breached;
 * 4. posted issues through the end: within two weeks but not sooner than two days (a window,
 *    elapsed time; a reply before 48 h is reported as early).
 *
 * Next reply uses the first-reply target in categories 1–3 and two weeks without an earliest
 * time in category 4. Every number and the business calendar can be overridden.
 *
 * @param overrides - numbers and the calendar to change; durations in ms or `{ hours, ... }`
 * @returns a prepared policy set, ready for {@link evaluateSla}; its `parameters` hold the numbers used
 * @throws {@link SupportPolicyError} for a malformed override
 *
 * @example
 * ```ts
 * const edition = createHandbook2016Edition({ emergency: { minutes: 15 } });
 * edition.policies[0]?.targets[0]?.durationMs; // => 900000
 * ```
 */
export function createHandbook2016Edition(overrides: Handbook2016Overrides = {}): SlaPolicySet {
  const options = parseInput(handbook2016OverridesSchema, overrides, ["overrides"]);
  const emergency = options.emergency ?? 0.5 * HOUR;
  const businessDay = options.businessDay ?? 24 * HOUR;
  const urgent = options.urgent ?? 0.5 * HOUR;
  const notBefore = options.postedIssues?.notBefore ?? 48 * HOUR;
  const within = options.postedIssues?.within ?? 336 * HOUR;
  const policies: SlaPolicyInput[] = [
    {
      id: "emergency",
      name: "SLA category 1: emergency tickets",
      conditions: { channel: category(1) },
      targets: replies({ duration: emergency, calendar: AROUND_THE_CLOCK }),
    },
    {
      id: "security_through_regular",
      name: "SLA category 2: security disclosures through regular tickets",
      conditions: { channel: category(2) },
      targets: [
        ...replies({ duration: businessDay, calendar: BUSINESS }),
        ...replies({ priority: "urgent", duration: urgent, calendar: AROUND_THE_CLOCK }),
      ],
    },
    {
      id: "disqus_and_twitter",
      name: "SLA category 3: Disqus and Twitter (tracked)",
      conditions: { channel: category(3) },
      targets: replies({ duration: businessDay, calendar: BUSINESS }),
    },
    {
      id: "posted_issues",
      name: "SLA category 4: posted issues through the end",
      conditions: { channel: category(4) },
      targets: replies({ duration: within, calendar: AROUND_THE_CLOCK, notBefore }, { duration: within, calendar: AROUND_THE_CLOCK }),
    },
  ];
  return prepareSlaPolicies({
    name: "handbook2016",
    policies,
    calendars: { [BUSINESS]: options.businessCalendar ?? globalSupportHours },
    parameters: { emergencyMs: emergency, businessDayMs: businessDay, urgentMs: urgent, postedIssuesNotBeforeMs: notBefore, postedIssuesWithinMs: within },
  });
}

/**
 * GitLab's 2016 SLA edition with the handbook's numbers; see {@link createHandbook2016Edition}.
 *
 * @example
 * ```ts
 * evaluateSla({ id: 1, createdAt: "2026-03-02T09:00:00Z", channel: "emergency" }, handbook2016, new Date("2026-03-02T09:10:00Z"))
 *   .metrics[0]?.dueAt; // => "2026-03-02T09:30:00.000Z"
 * ```
 */
export const handbook2016: SlaPolicySet = /* @__PURE__ */ createHandbook2016Edition();
