// The public surface of the SLA engine: schemas and types, evaluation, warnings and editions.
export {
  AROUND_THE_CLOCK,
  METRIC_IDS,
  PAUSABLE_STATUSES,
  PRIORITIES,
  SEVERITIES,
  SUPPORT_LEVELS,
  TICKET_CALENDAR,
  TICKET_STATUSES,
} from "./sla-vocabulary.js";
export type { MetricId, PausableStatus, Priority, PriorityId, Severity, SupportLevel, TicketStatus } from "./sla-vocabulary.js";
export { CHANGEABLE_FIELDS, TICKET_FIELDS, ticketSchema } from "./ticket.js";
export type {
  AssigneeChangeEvent,
  CalendarChangeEvent,
  CurrentValuesInput,
  FieldChangeEvent,
  TagsChangeEvent,
  TicketFieldValue,
  CommentEvent,
  CommentEventInput,
  CreatedEvent,
  InstantInput,
  Organization,
  OrganizationInput,
  PriorityChangeEvent,
  SeverityChangeEvent,
  StatusChangeEvent,
  Ticket,
  TicketEvent,
  TicketEventInput,
  TicketInput,
} from "./ticket.js";
export { CONDITION_FIELDS, CONDITION_OPERATORS, conditionSchema } from "./condition.js";
export { type CompileJqlOptions, compileJql } from "./compile-jql.js";
export type { AllCondition, AnyCondition, Condition, ConditionField, ConditionOperator, ConditionScalar, ConditionValue, FieldCondition, NotCondition } from "./condition.js";
export { DEFAULT_PAUSED_BY, slaPolicySchema } from "./sla-policy.js";
export type { SlaConditions, SlaPolicy, SlaPolicyInput, SlaTarget, SlaTargetInput, TagCondition, TargetDuration } from "./sla-policy.js";
export { slaPolicySetSchema } from "./sla-policy-set.js";
export type { DerivedFacts, SlaPolicySet, SlaPolicySetInput } from "./sla-policy-set.js";
export { DEFAULT_STATUS_CATEGORIES, STATUS_CATEGORIES, STATUS_OF_CATEGORY, metricDefinitionSchema } from "./metric-definition.js";
export type { ClockField, ClockHit, ClockHitOptions, ClockState, CustomStatus, MetricCycles, MetricDefinition, MetricDefinitionInput, MetricGoal, MetricGoalInput, StatusCategory } from "./metric-definition.js";
export { ZENDESK_METRICS } from "./zendesk-metrics.js";
export type { CycleGoal, FulfilmentKind, MetricCycle, MetricReport, MetricState, Overdue, SlaOutcome, SlaReasonCode, SlaReport } from "./sla-report.js";
export type { BreachWarning } from "./breach-warning.js";
export { parseTicket } from "./parse-ticket.js";
export { prepareSlaPolicies } from "./prepare-sla-policies.js";
export { evaluateSla } from "./evaluate-sla.js";
export { breachWarnings } from "./breach-warnings.js";
export { createHandbook2016Edition, handbook2016 } from "./editions/handbook2016.js";
export type { Handbook2016Overrides } from "./editions/handbook2016-overrides.js";
export { createGitlab2026Edition, gitlab2026 } from "./editions/gitlab2026.js";
export type { Gitlab2026Overrides, PriorityDurations } from "./editions/gitlab2026-overrides.js";
