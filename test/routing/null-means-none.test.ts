import {
  channelRequestSchema,
  checkEmergencyEligibility,
  checkStarEligibility,
  classifyEscalation,
  classifySeverity,
  emergencyEligibilityFactsSchema,
  emergencyFollowUps,
  emergencyIncidentSchema,
  emergencyPaging,
  emergencySituationSchema,
  escalationSituationSchema,
  impactFactsSchema,
  orderQueue,
  orderQueueOptionsSchema,
  planChannelActions,
  queueTicketSchema,
  starRequestSchema,
} from "../../src/routing/index.js";
import { describeNullMeansNone, type NullCase } from "../support/null-means-none.js";

// Tuesday 10:00 UTC, within Global Support Hours.
const NOW = "2026-11-24T10:00:00Z";

const star = {
  urgency: "timely",
  plan: "Ultimate",
  group: "Support AMER",
  reason: "No progress for a week",
  desiredResult: "An engineer on the ticket",
  kind: "licensing",
  expiresAt: "2026-11-30T00:00:00Z",
  ticket: { createdAt: "2026-11-10T10:00:00Z", lastPublicReplyFrom: "support", firstReplyDueAt: "2026-11-10T18:00:00Z", firstRepliedAt: "2026-11-10T20:00:00Z", requiredInformationMissing: false },
  triggers: { progressStalled: true, priorityRaised: false, highDissatisfaction: true, managementOversightNeeded: false, otherBusinessReason: "Renewal at risk" },
};

const impact = { instance: "usable", importantFeatures: "extremely_slow", workaroundAvailable: false };

const situation = {
  edition: "gitlab2026",
  star,
  account: { accountLevelRisk: true, multipleDepartmentsNeeded: false },
  impact,
  plan: "ultimate",
  gitlabCom: { commonPatternAcrossSaasCustomers: true, lossOfFunctionalitySince: "2026-11-24T08:00:00Z", lossVerified: false, suspectedHighSeverityBugDeployed: true },
  security: { mayAffectConfidentialityIntegrityOrAvailability: false },
};

const emergency = {
  startedAt: "2026-11-24T06:00:00Z",
  resolvedAt: "2026-11-24T09:30:00Z",
  peopleInvolved: 3,
  sharedDocumentStarted: false,
  accountEscalationOpened: true,
  firstContactAt: "2026-11-24T06:10:00Z",
  customerRespondedAt: "2026-11-24T06:20:00Z",
  followUpSentAt: "2026-11-24T06:40:00Z",
};

const ticket = {
  id: "t1",
  channel: "ticket",
  createdAt: "2026-11-23T10:00:00Z",
  status: "open",
  priority: "high",
  severity: 2,
  assignee: "alice",
  organization: { id: "org-1", plan: "ultimate", supportLevel: "priority", tags: ["vip"], dedicatedEngineer: "alice" },
  emergency: false,
  incident: false,
  accountEscalation: true,
  starred: true,
  preferredRegion: "emea",
  waitingSince: "2026-11-24T09:00:00Z",
  form: "default",
  tags: ["billing"],
  events: [],
};
const other = { id: "t2", channel: "ticket", createdAt: "2026-11-22T10:00:00Z", status: "new" };

const options = { now: NOW, engineer: { id: "alice", region: "emea", dedicatedAccounts: ["org-1"] }, edition: "gitlab2026", nearBreachWindow: 2 * 3_600_000 };

const channelRequests = [
  { channel: "security", pgpEncrypted: true },
  { channel: "contact_form", marketingRequest: false },
  { channel: "disqus", fromTeamMember: false, questionOrProblem: true },
  { channel: "twitter", mentionsCompetitor: true, aboutGitlabComAvailability: false },
  { channel: "ce_tracker", publicVulnerabilityReport: false, onPremisesQuestion: true, looksLikeBug: false },
];

const CASES: readonly NullCase[] = [
  ...(["gitlab2026", "handbook2016"] as const).flatMap((edition): NullCase[] => [
    {
      name: `an escalation situation (${edition})`,
      schema: escalationSituationSchema,
      example: { ...situation, edition },
      decide: (input) => classifyEscalation(input as never, NOW),
    },
    {
      name: `a STAR request (${edition})`,
      schema: starRequestSchema,
      example: star,
      decide: (request) => checkStarEligibility(request, NOW, edition),
    },
    {
      name: `a STAR request, support kind (${edition})`,
      schema: starRequestSchema,
      example: { ...star, kind: "support", ticket: { ...star.ticket, lastPublicReplyFrom: "customer" } },
      decide: (request) => checkStarEligibility(request, NOW, edition),
    },
    {
      name: `an emergency incident (${edition})`,
      schema: emergencyIncidentSchema,
      example: { triggeredAt: "2026-11-24T09:50:00Z", acknowledgedAt: "2026-11-24T09:53:00Z" },
      decide: (incident) => emergencyPaging(incident as never, NOW, edition),
    },
    {
      name: `a queue ticket (${edition})`,
      schema: queueTicketSchema,
      example: ticket,
      decide: (input) => orderQueue([input, other] as never, { ...options, edition } as never),
    },
    {
      name: `the queue options (${edition})`,
      schema: orderQueueOptionsSchema,
      example: { ...options, edition },
      decide: (input) => orderQueue([ticket, other] as never, input as never),
    },
  ]),
  { name: "an emergency situation", schema: emergencySituationSchema, example: emergency, decide: (input) => emergencyFollowUps(input as never, NOW) },
  { name: "an emergency situation, still open", schema: emergencySituationSchema, example: { ...emergency, resolvedAt: undefined }, decide: (input) => emergencyFollowUps(input as never, NOW) },
  { name: "emergency eligibility facts", schema: emergencyEligibilityFactsSchema, example: { plan: "premium" }, decide: (facts) => checkEmergencyEligibility(facts) },
  { name: "impact facts", schema: impactFactsSchema, example: impact, decide: (facts) => classifySeverity(facts) },
  ...channelRequests.map(
    (request): NullCase => ({ name: `a ${request.channel} channel request`, schema: channelRequestSchema, example: request, decide: (input) => planChannelActions(input as never) }),
  ),
];

describeNullMeansNone("null means none wherever a field is optional (routing): the same result as the field absent", CASES);
