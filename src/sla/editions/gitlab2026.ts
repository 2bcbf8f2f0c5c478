import type { Channel } from "../../shared/channel.js";
import { parseInput } from "../../shared/errors.js";
import type { Plan } from "../../shared/plan.js";
import { globalSupportHours, twentyFourSeven, usGovernmentEmergencyHours, usGovernmentSupportHours } from "../gitlab-calendars.js";
import { prepareSlaPolicies } from "../prepare-sla-policies.js";
import type { SlaPolicyInput, SlaTargetInput } from "../sla-policy.js";
import type { DerivedFacts, SlaPolicySet } from "../sla-policy-set.js";
import type { Priority, Severity, SupportLevel } from "../sla-vocabulary.js";
import type { Ticket } from "../ticket.js";
import { type Gitlab2026Overrides, gitlab2026OverridesSchema } from "./gitlab2026-overrides.js";

const MINUTE = 60_000;
const HOUR = 3_600_000;
const GLOBAL = "global_support_hours";
const ALWAYS = "24x7";
const US_GOV = "us_government_12x5";
const US_GOV_EMERGENCY = "us_government_emergency";

/** Plan to support level (docs/rules.md §2, 2026): Premium and Ultimate, with their legacy SaaS names, get Priority Support. */
const DEFAULT_PLANS: Readonly<Record<Plan, SupportLevel>> = {
  premium: "priority",
  ultimate: "priority",
  silver: "priority",
  gold: "priority",
  dedicated: "priority",
  starter: "standard",
  bronze: "standard",
  us_government_12x5: "us_government_12x5",
  us_government_24x7: "us_government_24x7",
  free: "none",
  trial: "none",
  oss: "none",
  edu: "none",
  startup: "none",
};

type PerPriority = Record<Priority, number>;

function perPriority(targets: PerPriority, metric: "first_reply" | "next_reply", calendarOf: (priority: Priority) => string): SlaTargetInput[] {
  return (["urgent", "high", "normal", "low"] as const).map((priority) => ({ metric, priority, duration: targets[priority], calendar: calendarOf(priority) }));
}

// Switches rather than ts-pattern: these run once per evaluation, and the exhaustiveness lint
// still breaks the build when a level or severity is added.
function isEmergencyEligible(level: SupportLevel | null): boolean {
  switch (level) {
    case "priority":
    case "us_government_12x5":
    case "us_government_24x7":
      return true;
    // Stryker disable StringLiteral,ConditionalExpression: a level no case names leaves the switch with undefined, which every caller reads as false
    case "standard":
    case "none":
    case null:
      return false;
  }
}

// Stryker restore StringLiteral,ConditionalExpression
function priorityOfSeverity(severity: Severity, emergency: boolean): Priority {
  switch (severity) {
    case 1:
      return emergency ? "urgent" : "high";
    case 2:
      return "high";
    case 3:
      return "normal";
    case 4:
      return "low";
  }
}

/**
 * Builds GitLab's 2026 SLA edition (docs/rules.md §2, 2026; the Definitions of Support Impact).
 *
 * Its `deriveFacts` function, run before the policies are matched:
 * - support level from the plan when the organization gives none (no plan: left unknown, so the
 *   report says "cannot decide" rather than "no SLA"; a plan outside `PLANS` is refused when the
 *   ticket is read);
 * - priority on creation from the creation severity: 1→Urgent, but High when the ticket is not
 *   an emergency ticket or the organization is not eligible for emergencies (Premium or above);
 *   2→High, 3→Normal, 4→Low. Without a severity, an emergency ticket counts as severity 1 and
 *   other tickets keep their priority. Later severity changes never change priority; agents
 *   change it with priority-change events.
 *
 * Policies, first match wins: Licensing & Renewals form (any plan: first reply 8 h, next 24 h,
 * 24x5); US Government 12x5 (Priority targets on US Government hours, severity 1 on US
 * Government emergency hours); US Government 24x7 (Urgent and High around the clock on the 24x7
 * calendar, Normal and Low on 12x5); emergency tickets of eligible organizations at Urgent (30
 * min / 4 h, 24x7); Priority Support (first reply 30 min / 4 h / 8 h / 24 h, internal next reply
 * 4 h / 4 h / 24 h / 24 h, 24x5); Standard (24 h / 24 h, 24x5). Free, trials and the `oss`,
 * `edu` and `startup` programs match none: no SLA. First and next reply never pause. Every number
 * is overridable.
 *
 * @param overrides - numbers, plan mapping, emergency channels and calendars to change
 * @returns a prepared policy set for {@link evaluateSla}; `parameters` holds the numbers used
 * @throws {@link SupportPolicyError} for a malformed override
 *
 * @example
 * ```ts
 * const edition = createGitlab2026Edition({ firstReply: { high: { hours: 2 } } });
 * edition.parameters; // => { firstReplyMs: { urgent: 1800000, high: 7200000, ... }, ... }
 * ```
 */
export function createGitlab2026Edition(overrides: Gitlab2026Overrides = {}): SlaPolicySet {
  const options = parseInput(gitlab2026OverridesSchema, overrides, ["overrides"]);
  const first = options.firstReply;
  const next = options.nextReply;
  const firstReply: PerPriority = {
    urgent: first?.urgent ?? 30 * MINUTE,
    high: first?.high ?? 4 * HOUR,
    normal: first?.normal ?? 8 * HOUR,
    low: first?.low ?? 24 * HOUR,
  };
  const nextReply: PerPriority = {
    urgent: next?.urgent ?? 4 * HOUR,
    high: next?.high ?? 4 * HOUR,
    normal: next?.normal ?? 24 * HOUR,
    low: next?.low ?? 24 * HOUR,
  };
  const standard = { firstReply: options.standard?.firstReply ?? 24 * HOUR, nextReply: options.standard?.nextReply ?? 24 * HOUR };
  const licensing = {
    firstReply: options.licensingRenewals?.firstReply ?? 8 * HOUR,
    nextReply: options.licensingRenewals?.nextReply ?? 24 * HOUR,
    form: options.licensingRenewals?.form ?? "licensing_renewals",
  };
  const plans: Record<Plan, SupportLevel> = { ...DEFAULT_PLANS, ...options.plans };
  const emergencyChannels: Channel[] = options.emergencyChannels ?? ["emergency"];
  // The 2026 support portal's emergency form marks an emergency on any channel (docs/rules.md §2.2).
  const emergencyForms: string[] = options.emergencyForms ?? ["emergency"];
  const calendars = {
    [GLOBAL]: options.calendars?.global ?? globalSupportHours,
    [ALWAYS]: options.calendars?.twentyFourSeven ?? twentyFourSeven,
    [US_GOV]: options.calendars?.usGovernment ?? usGovernmentSupportHours,
    [US_GOV_EMERGENCY]: options.calendars?.usGovernmentEmergency ?? usGovernmentEmergencyHours,
  };

  const policies: SlaPolicyInput[] = [
    {
      id: "licensing_renewals",
      name: "Licensing & Renewals (any plan)",
      conditions: { form: [licensing.form] },
      targets: [
        { metric: "first_reply", duration: licensing.firstReply, calendar: GLOBAL },
        { metric: "next_reply", duration: licensing.nextReply, calendar: GLOBAL },
      ],
    },
    {
      id: "us_government_12x5",
      name: "US Government support, 12x5 package",
      conditions: { supportLevel: ["us_government_12x5"] },
      targets: [
        ...perPriority(firstReply, "first_reply", (priority) => (priority === "urgent" ? US_GOV_EMERGENCY : US_GOV)),
        ...perPriority(nextReply, "next_reply", (priority) => (priority === "urgent" ? US_GOV_EMERGENCY : US_GOV)),
      ],
    },
    {
      id: "us_government_24x7",
      name: "US Government support, 24x7 package",
      conditions: { supportLevel: ["us_government_24x7"] },
      targets: [
        ...perPriority(firstReply, "first_reply", (priority) => (priority === "urgent" || priority === "high" ? ALWAYS : US_GOV)),
        ...perPriority(nextReply, "next_reply", (priority) => (priority === "urgent" || priority === "high" ? ALWAYS : US_GOV)),
      ],
    },
    {
      id: "emergency",
      name: "Emergency tickets (Priority Support)",
      // An emergency channel or the emergency form: either one makes a ticket an emergency ticket.
      conditions: {
        all: [
          { field: "supportLevel", operator: "is", value: ["priority"] },
          { field: "priority", operator: "is", value: ["urgent"] },
        ],
        any: [
          { field: "channel", operator: "is", value: emergencyChannels.length > 0 ? emergencyChannels : ["__none__"] },
          { field: "form", operator: "is", value: emergencyForms.length > 0 ? emergencyForms : ["__none__"] },
        ],
      },
      targets: [
        { metric: "first_reply", duration: firstReply.urgent, calendar: ALWAYS },
        { metric: "next_reply", duration: nextReply.urgent, calendar: ALWAYS },
      ],
    },
    {
      id: "priority_support",
      name: "Priority Support (Premium and Ultimate)",
      conditions: { supportLevel: ["priority"] },
      targets: [...perPriority(firstReply, "first_reply", () => GLOBAL), ...perPriority(nextReply, "next_reply", () => GLOBAL)],
    },
    {
      id: "standard",
      name: "Standard support (legacy Starter and Bronze)",
      conditions: { supportLevel: ["standard"] },
      targets: [
        { metric: "first_reply", duration: standard.firstReply, calendar: GLOBAL },
        { metric: "next_reply", duration: standard.nextReply, calendar: GLOBAL },
      ],
    },
  ];

  const deriveFacts = (ticket: Ticket): DerivedFacts => {
    const { organization } = ticket;
    const supportLevel = organization.supportLevel ?? (organization.plan === null ? null : plans[organization.plan]);
    const emergencyTicket = emergencyChannels.includes(ticket.channel) || (ticket.form !== null && emergencyForms.includes(ticket.form));
    const eligible = emergencyTicket && isEmergencyEligible(supportLevel);
    const severity = ticket.severity ?? (emergencyTicket ? 1 : null);
    let priority = severity === null ? ticket.priority : priorityOfSeverity(severity, eligible);
    // An emergency of an organization not eligible for one is downgraded to High.
    // Stryker disable next-line all: an emergency ticket always has a severity (1 by default), which priorityOfSeverity already maps to High when not eligible, so this guard never changes the priority
    if (priority === "urgent" && emergencyTicket && !eligible) priority = "high";
    return { priority, supportLevel };
  };

  return prepareSlaPolicies({
    name: "gitlab2026",
    policies,
    calendars,
    deriveFacts,
    parameters: {
      firstReplyMs: { ...firstReply },
      nextReplyMs: { ...nextReply },
      standardMs: { firstReplyMs: standard.firstReply, nextReplyMs: standard.nextReply },
      licensingRenewals: { firstReplyMs: licensing.firstReply, nextReplyMs: licensing.nextReply, form: licensing.form },
      plans: { ...plans },
      emergencyChannels: [...emergencyChannels],
      emergencyForms: [...emergencyForms],
    },
  });
}

/**
 * GitLab's 2026 SLA edition with the current numbers; see {@link createGitlab2026Edition}.
 *
 * @example
 * ```ts
 * evaluateSla(
 *   { id: 1, createdAt: "2026-03-02T09:00:00Z", channel: "emergency", severity: 1, organization: { plan: "ultimate" } },
 *   gitlab2026,
 *   new Date("2026-03-02T09:10:00Z"),
 * ).metrics[0]?.dueAt; // => "2026-03-02T09:30:00.000Z"
 * ```
 */
export const gitlab2026: SlaPolicySet = /* @__PURE__ */ createGitlab2026Edition();
