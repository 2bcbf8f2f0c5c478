import { deepFreeze } from "../shared/deep-freeze.js";
/**
 * How a request reaches the right place.
 *
 * @example
 * ```ts
 * const via: InternalRequestVia = "internal_request_form";
 * ```
 */
export type InternalRequestVia =
  | "internal_request_form"
  | "issue_template"
  | "slack"
  | "chatops"
  | "support_portal"
  | "star_form"
  | "access_request"
  | "email"
  | "self_serve"
  | "change_request"
  | "not_support";

/**
 * One row of the internal-request routing table (docs/rules.md §9, WWS): what to do for a request
 * type, through which form option, template or Slack channel.
 *
 * @example
 * ```ts
 * const route: InternalRequestRoute = INTERNAL_REQUEST_ROUTES.team_member_it_issue;
 * route.actedOn; // => false
 * ```
 */
export interface InternalRequestRoute {
  /** The section of the table the row is in. */
  readonly section: string;
  /** `false` when Support does not act on the request at all. */
  readonly actedOn: boolean;
  /** The way in. */
  readonly via: InternalRequestVia;
  /** What to do, for a person. */
  readonly action: string;
  /** The option to pick on the internal requests form. */
  readonly formOption?: string;
  /** The issue or request template to use. */
  readonly template?: string;
  /** Where to do it, or to ask questions, on Slack. */
  readonly slackChannel?: string;
  /** Conditions and cautions the table adds. */
  readonly notes?: readonly string[];
}

const form = (section: string, formOption: string, action: string, notes?: readonly string[]): InternalRequestRoute => ({
  section,
  actedOn: true,
  via: "internal_request_form",
  formOption,
  action,
  ...(notes === undefined ? {} : { notes }),
});

const ONE_PER_TICKET = "One licence or subscription request per ticket";
const NO_TRIAL_START = "Support never starts a trial: the customer must have started one";

/**
 * The internal-request routing table of "Working with Support" as data, keyed by request type
 * (docs/rules.md §9 "Internal requests", §10 for the licence rules the form options carry).
 *
 * @example
 * ```ts
 * INTERNAL_REQUEST_ROUTES.extend_saas_trial.formOption; // => "Extend a SaaS trial"
 * INTERNAL_REQUEST_ROUTES.customer_request_in_slack.actedOn; // => false
 * ```
 */
export const INTERNAL_REQUEST_ROUTES = deepFreeze({
  team_member_it_issue: {
    section: "GitLab Support's purpose",
    actedOn: false,
    via: "not_support",
    action: "Support does not handle team members' IT issues (1Password, Slack, Mac): contact Team Member Enablement",
  },
  customer_request_in_slack: {
    section: "On Slack",
    actedOn: false,
    via: "not_support",
    action: "Customer-specific requests made in Slack are not acted on: the customer opens a ticket, or a team member files an internal request",
    notes: ["For more attention on an existing ticket, use the Support Ticket Attention Request form"],
  },
  general_product_question: {
    section: "Should I contact GitLab Support?",
    actedOn: false,
    via: "slack",
    slackChannel: "#questions",
    action: "Ask general product questions in #questions (a suspected bug: #is-this-known)",
  },
  support_workflow_proposal: {
    section: "Support team meta project",
    actedOn: true,
    via: "issue_template",
    action: "Open an issue in the Support Team Meta project; it is public, so no sensitive information",
  },
  customer_needs_technical_support: {
    section: "Requesting support for customers",
    actedOn: true,
    via: "support_portal",
    action: "Direct the customer to open a ticket in the Support Portal; in sensitive cases open it for them with their email address",
  },
  gitlab_com_account_login_issue: {
    section: "GitLab.com account or login issues",
    actedOn: true,
    via: "support_portal",
    action: 'The user opens a ticket with the reason "GitLab.com (SaaS) User Accounts and Login Issues"',
  },
  customer_information_request: {
    section: "Requesting customer information",
    actedOn: false,
    via: "not_support",
    action: "Support gives no information about customers that is not public; a locked-out customer submits a ticket",
  },
  schedule_upgrade_assistance: {
    section: "Support, plans and namespaces",
    actedOn: true,
    via: "support_portal",
    action: "Open a case in the global support portal (public sector: the U.S. Federal support portal)",
  },
  who_is_on_call_self_managed: {
    section: "Support, plans and namespaces",
    actedOn: true,
    via: "chatops",
    slackChannel: "#support_self-managed",
    action: "Run `/chatops run oncall support` (it does not page anyone)",
  },
  who_is_on_call_cmoc: {
    section: "Support, plans and namespaces",
    actedOn: true,
    via: "chatops",
    slackChannel: "#support_gitlab-com",
    action: "Run `/chatops run oncall cmoc` (it does not page anyone)",
  },
  excessive_recaptcha: {
    section: "Support, plans and namespaces",
    actedOn: true,
    via: "slack",
    slackChannel: "#support_gitlab-com",
    action: "While it is happening, post in #support_gitlab-com with a link to the issue or MR to be allowlisted",
  },
  support_complaint: {
    section: "Support, plans and namespaces",
    actedOn: true,
    via: "issue_template",
    template: "Indirect Feedback",
    action: "Open an issue in the support feedback project with the Indirect Feedback template",
  },
  contact_user_during_incident: {
    section: "GitLab changes and contacting users",
    actedOn: true,
    via: "issue_template",
    template: "confidential_incident_data",
    slackChannel: "#support_gitlab-com",
    action: "Open a confidential infrastructure issue with the confidential_incident_data template and assign it to the current CMOC",
  },
  contact_single_user: {
    section: "GitLab changes and contacting users",
    actedOn: true,
    via: "issue_template",
    template: "Contact Request",
    slackChannel: "#support_gitlab-com",
    action: "Open an internal-requests issue with the Contact Request template",
    notes: ["Not for marketing or sales contact"],
  },
  prepare_support_for_changes: {
    section: "GitLab changes and contacting users",
    actedOn: true,
    via: "issue_template",
    template: "Support Readiness",
    slackChannel: "#spt_managers",
    action: "Open a Support Readiness issue",
  },
  contact_many_users: {
    section: "GitLab changes and contacting users",
    actedOn: true,
    via: "self_serve",
    slackChannel: "#spt_managers",
    action: "Review the tools and users table for sending notices to choose how to reach them",
  },
  claim_inactive_namespace: {
    section: "GitLab.com namespaces",
    actedOn: true,
    via: "issue_template",
    template: "Name Squatting Request",
    action: "Open an internal-requests issue with the Name Squatting Request template",
  },
  extend_saas_subscription: form("SaaS subscription", "Extend an (almost) expired subscription", "Extend the grace period through a trial on the namespace", [
    ONE_PER_TICKET,
    "The subscription itself cannot be extended; a previous trial must exist",
    "A grace-period extension starts the day after the plan expires",
  ]),
  investigate_saas_subscription: form("SaaS subscription", "Investigate incorrect subscription info", "Investigate true-ups, mismatches, applying the subscription and seat counts"),
  reset_max_seats: form("SaaS subscription", "Reset max seats for QSR", "Reset max seats once the overage waiver is approved"),
  saas_nfr_license: form("SaaS subscription", "SaaS NFR license request", "Generate a SaaS NFR subscription", ["The group must have started a trial first"]),
  billing_entity_change: form("SaaS subscription", "Billing Entity Change", "Part of a billing entity change"),
  extend_saas_trial: form("SaaS trial", "Extend a SaaS trial", "Extend an active or expired trial", [ONE_PER_TICKET, NO_TRIAL_START]),
  change_saas_trial_plan: form("SaaS trial", "Change an existing SaaS trial plan", "Change the plan of an active trial, CI minutes or trial runners", [NO_TRIAL_START]),
  extend_self_managed_subscription: form("Self-managed licence (paid customers)", "Extend an (almost) expired subscription", "Extend through a trial licence", [
    ONE_PER_TICKET,
    "The licence itself cannot be extended; a previous trial must exist",
    "A grace-period extension starts the day after the plan expires",
  ]),
  license_not_received: form("Self-managed licence (paid customers)", "Customer did not receive the license", "Resend the licence", [
    "Licences go only to the licence contact",
  ]),
  resend_license_to_new_person: form("Self-managed licence (paid customers)", "Customer needs the license resent to a new person", "Send to another person", [
    "Only to the account owner: others need the contact change process; temporary licences are the exception",
  ]),
  multi_year_license: form("Self-managed licence (paid customers)", "Multi-year license needs to be generated", "Generate the next year's licence", [
    "Check seat usage with the customer first; Support cannot waive true-ups",
  ]),
  self_managed_nfr_license: form("Self-managed licence (paid customers)", "Self-managed NFR license request", "Generate a self-managed NFR licence"),
  start_self_managed_trial_problem: form("Self-managed trial", "Problems starting a new Self-managed trial", "Help when the customer cannot request a trial online", [
    "Only when there is no recent trial or subscription",
  ]),
  modify_self_managed_trial: form("Self-managed trial", "Modify an existing Self-managed trial", "Change users or plan of an active trial"),
  extend_self_managed_trial: form("Self-managed trial", "Extend an existing Self-managed trial", "Extend an (almost) expired trial", [ONE_PER_TICKET]),
  order_management: form("Other", "Order Management", "Order management; the licence must match the Salesforce opportunity", [
    "Support cannot waive seats or true-ups",
  ]),
  hackerone_reporter_license: form("Other", "Hacker One Reporter License", "Generate a licence for a HackerOne reporter"),
  wider_community_license: form("Other", "Wider Community License", "Generate a community licence", [
    "Over 90 days needs an approving manager's email, or the ticket is closed",
  ]),
  other_license_request: form("Other", "Other (nothing else fits the request)", "Use only when no option fits, or the request is closed"),
  us_federal_license_issue: {
    section: "US Federal internal requests",
    actedOn: true,
    via: "support_portal",
    action: "Open a case with US Federal Support through its internal form",
  },
  team_member_license: {
    section: "Licence as a GitLab team member",
    actedOn: true,
    via: "access_request",
    template: "GitLab_Team_Member_License_request",
    action: "Open an Access Request with the GitLab_Team_Member_License_request template",
  },
  billable_members_list: {
    section: "GitLab.com billable members",
    actedOn: true,
    via: "self_serve",
    action: "Use chatops, the namespace dashboard or the customers portal admin; if none works, the internal requests form with Other",
    formOption: "Other (nothing else fits the request)",
  },
  escalate_ticket: {
    section: "I want to escalate a ticket",
    actedOn: true,
    via: "star_form",
    slackChannel: "#support_ticket-attention-requests",
    action: "Open a support ticket attention request (STAR), during Global Support Hours only",
  },
  gitlab_com_admin_setting_change: {
    section: "GitLab.com admin settings",
    actedOn: false,
    via: "change_request",
    action: "Infrastructure administers GitLab.com: use the change request workflow",
  },
  shared_organization_visibility: {
    section: "Other",
    actedOn: true,
    via: "support_portal",
    action: 'The customer submits a ticket on the Support Ops form with problem type "Shared organization requests"',
  },
  organization_notes: {
    section: "Other",
    actedOn: true,
    via: "issue_template",
    action: "Create an issue in the Zendesk organizations project, saying how long the note is valid",
  },
  light_agent_account: {
    section: "Zendesk Light Agent account",
    actedOn: true,
    via: "email",
    action: "Email the light agent request address from your GitLab Google account; no manager approval needed",
  },
} as const satisfies Readonly<Record<string, InternalRequestRoute>>);

/**
 * A request type of the internal-request routing table.
 *
 * @example
 * ```ts
 * const type: InternalRequestType = "wider_community_license";
 * ```
 */
export type InternalRequestType = keyof typeof INTERNAL_REQUEST_ROUTES;
