/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentNode } from 'graphql';
import type * as ApolloReactCommon from '@apollo/client/react';
import * as ApolloReactHooks from '@apollo/client/react';
const defaultOptions = {} as const;
export type ActivityType =
  /** A planned activity called off. */
  | 'ACTIVITY_CANCELLED'
  /** A planned activity added (its id, type, due time and owner in the payload). */
  | 'ACTIVITY_PLANNED'
  /** A planned activity moved to another time (dueAt from → to in the payload). */
  | 'ACTIVITY_RESCHEDULED'
  | 'ASSIGNED'
  | 'CALL'
  | 'CONVERTED'
  | 'CREATED'
  | 'DELETED'
  | 'EMAIL'
  | 'LOST'
  | 'MEETING'
  /** Duplicate leads merged into this one. */
  | 'MERGED'
  | 'NOTE'
  /** A won or lost deal moved back to an open stage. */
  | 'REOPENED'
  /** A deleted deal or lead put back from the trash. */
  | 'RESTORED'
  | 'SCORE_CHANGED'
  | 'STAGE_CHANGED'
  | 'STATUS_CHANGED'
  | 'TASK'
  | 'UPDATED'
  | 'VALUE_CHANGED'
  | 'WON';

/**
 * Each type reads its own settings and refuses the others: SET_LEAD_STATUS status; CONVERT_LEAD
 * stageId and value; ASSIGN ownerId; ADD_TASK text; EMIT_EVENT eventName.
 */
export type AutomationActionInput = {
  eventName?: string | null | undefined;
  ownerId?: string | number | null | undefined;
  stageId?: string | number | null | undefined;
  status?: LeadStatus | null | undefined;
  text?: string | null | undefined;
  type: AutomationActionType;
  value?: string | null | undefined;
};

export type AutomationActionType =
  | 'ADD_TASK'
  | 'ASSIGN'
  /** Convert the (qualified) lead into a deal in stageId, worth value. */
  | 'CONVERT_LEAD'
  /** Send eventName to Inngest with the lead/deal ids, for other systems. */
  | 'EMIT_EVENT'
  | 'SET_LEAD_STATUS';

export type AutomationInput = {
  actions: Array<AutomationActionInput>;
  conditions: Array<ConditionInput>;
  /** SCORE_CROSSED only, and required there; refused on another trigger. */
  direction?: CrossingDirection | null | undefined;
  enabled?: boolean | null | undefined;
  match?: ConditionMatch | null | undefined;
  name: string;
  /** DEAL_STAGE_CHANGED only (null: any stage); refused on another trigger. */
  stageId?: string | number | null | undefined;
  /** SCORE_CROSSED only (1-100), and required there; refused on another trigger. */
  threshold?: number | null | undefined;
  trigger: AutomationTrigger;
};

export type AutomationOutcome =
  | 'ACTED'
  | 'FAILED'
  | 'NOT_MATCHED'
  | 'SKIPPED';

export type AutomationTrigger =
  /** A deal sits in an open stage longer than the stage's rotting days (once per stage visit). */
  | 'DEAL_ROTTING'
  /** A deal enters a stage (stageId), or any stage when stageId is null; new deals included. */
  | 'DEAL_STAGE_CHANGED'
  | 'LEAD_CREATED'
  /** The score crosses threshold in direction (a first score comes from below). */
  | 'SCORE_CROSSED';

/** Which events a field exists on: deal fields only for deal triggers. */
export type ConditionFieldScope =
  | 'DEAL'
  | 'LEAD';

export type ConditionFieldType =
  | 'CHOICE'
  | 'NUMBER'
  | 'TEXT';

export type ConditionInput = {
  /** A ConditionField key, e.g. country, score, customer.healthScore. */
  field: string;
  max?: number | null | undefined;
  /** BETWEEN: at least one of min and max; min <= max. */
  min?: number | null | undefined;
  operator: ConditionOperator;
  /** EQUALS, NOT_EQUALS, CONTAINS, NOT_CONTAINS. */
  value?: string | null | undefined;
  /** IN, NOT_IN. */
  values?: Array<string> | null | undefined;
};

export type ConditionMatch =
  /** Every condition holds. */
  | 'ALL'
  /** At least one condition holds. */
  | 'ANY';

export type ConditionOperator =
  /** Inclusive range over min and/or max (numbers). */
  | 'BETWEEN'
  | 'CONTAINS'
  | 'EQUALS'
  | 'IN'
  | 'IS_EMPTY'
  | 'IS_NOT_EMPTY'
  | 'NOT_CONTAINS'
  | 'NOT_EQUALS'
  | 'NOT_IN';

export type ConvertLeadInput = {
  currency?: string | null | undefined;
  expectedCloseDate?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
  leadId: string | number;
  /** The deal's owner; the lead's owner when omitted, else the caller. Reps can only name themselves. */
  ownerId?: string | number | null | undefined;
  stageId: string | number;
  title?: string | null | undefined;
  value: string;
};

export type CreateLeadInput = {
  /**
   * Create even when an open lead has the same email, or the same name and company. Without it
   * such a create is refused with CONFLICT (extensions.reason DUPLICATE_LEAD, extensions.duplicates:
   * the matching leads) and nothing is written.
   */
  allowDuplicate?: boolean | null | undefined;
  company?: string | null | undefined;
  customerId?: string | number | null | undefined;
  email?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
  metadata?: unknown;
  name: string;
  ownerId?: string | number | null | undefined;
  source: string;
  title?: string | null | undefined;
};

export type CrossingDirection =
  | 'DOWN'
  | 'UP';

export type ForecastSource =
  /** Rebuilt from deal and stage history: no snapshot was taken at the month's start. */
  | 'RECONSTRUCTED'
  /** The snapshot the daily job took on the month's first day (or the earliest in its first week). */
  | 'SNAPSHOT';

export type LeadFilter = {
  customerId?: string | number | null | undefined;
  maxScore?: number | null | undefined;
  minScore?: number | null | undefined;
  ownerId?: string | number | null | undefined;
  /** Leads whose name, company or email contains it, ignoring case and accents. */
  search?: string | null | undefined;
  source?: Array<string> | null | undefined;
  status?: Array<LeadStatus> | null | undefined;
  unassigned?: boolean | null | undefined;
};

export type LeadOrder = {
  direction: SortDirection;
  field: LeadOrderField;
};

export type LeadOrderField =
  | 'CREATED_AT'
  | 'NAME'
  | 'SCORE'
  | 'STATUS';

export type LeadStatus =
  | 'CONVERTED'
  | 'DISQUALIFIED'
  | 'NEW'
  | 'QUALIFIED'
  | 'WORKING';

export type LogActivityInput = {
  body: string;
  dealId?: string | number | null | undefined;
  leadId?: string | number | null | undefined;
  occurredAt?: string | null | undefined;
  type: LoggedActivityType;
};

export type LoggedActivityType =
  | 'CALL'
  | 'EMAIL'
  | 'MEETING'
  | 'NOTE';

export type PlanActivityInput = {
  /** Exactly one of dealId and leadId. */
  dealId?: string | number | null | undefined;
  /** Within ten years of today. */
  dueAt: string;
  leadId?: string | number | null | undefined;
  note?: string | null | undefined;
  /** The caller when omitted; reps plan only for themselves. */
  ownerId?: string | number | null | undefined;
  subject: string;
  type: PlannedActivityType;
};

export type PlannedActivityStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'OPEN';

export type PlannedActivityType =
  | 'CALL'
  | 'EMAIL'
  | 'MEETING'
  | 'TASK';

export type RoutingAssignment =
  /** The users in ownerIds in turn, skipping unavailable users and users at capacity. */
  | 'ROUND_ROBIN'
  /** Always the one user in ownerIds. */
  | 'USER';

export type RoutingOutcome =
  | 'ASSIGNED'
  | 'FAILED'
  | 'NO_MATCH'
  | 'SKIPPED'
  | 'UNCHANGED';

export type RoutingRuleInput = {
  assignment: RoutingAssignment;
  conditions: Array<ConditionInput>;
  enabled?: boolean | null | undefined;
  match?: ConditionMatch | null | undefined;
  name: string;
  ownerIds: Array<string | number>;
};

export type RunLogFilter = {
  automationId?: string | number | null | undefined;
  dealId?: string | number | null | undefined;
  leadId?: string | number | null | undefined;
  ruleId?: string | number | null | undefined;
};

export type SearchResultKind =
  | 'CUSTOMER'
  | 'DEAL'
  | 'LEAD';

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type StageKind =
  | 'LOST'
  | 'OPEN'
  | 'WON';

export type TrashKind =
  | 'DEAL'
  | 'LEAD';

export type UpdateLeadInput = {
  /**
   * Save even when the new email, or the new name and company, are another open lead's. Without it
   * an open lead's change to them is refused as createLead refuses a duplicate (CONFLICT,
   * DUPLICATE_LEAD) and nothing is written.
   */
  allowDuplicate?: boolean | null | undefined;
  company?: string | null | undefined;
  customerId?: string | number | null | undefined;
  email?: string | null | undefined;
  metadata?: unknown;
  name?: string | null | undefined;
  source?: string | null | undefined;
  title?: string | null | undefined;
};

export type TimelineItem_ActivityFragment = { __typename: 'Activity', id: string, type: ActivityType, body: string | null, payload: unknown, occurredAt: string, actor: { id: string, name: string } | null };

export type DealTimelineQueryVariables = Exact<{
  dealId: string | number;
}>;


export type DealTimelineQuery = { dealActivities: Array<{ __typename: 'Activity', id: string, type: ActivityType, body: string | null, payload: unknown, occurredAt: string, actor: { id: string, name: string } | null }> };

export type LeadTimelineQueryVariables = Exact<{
  leadId: string | number;
}>;


export type LeadTimelineQuery = { leadActivities: Array<{ __typename: 'Activity', id: string, type: ActivityType, body: string | null, payload: unknown, occurredAt: string, actor: { id: string, name: string } | null }> };

export type LogActivityMutationVariables = Exact<{
  input: LogActivityInput;
}>;


export type LogActivityMutation = { logActivity: { __typename: 'Activity', id: string, type: ActivityType, body: string | null, payload: unknown, occurredAt: string, actor: { id: string, name: string } | null } };

export type TimelineUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type TimelineUsersQuery = { users: Array<{ id: string, name: string }> };

export type ForecastTrackRecordQueryVariables = Exact<{
  pipelineId?: string | number | null | undefined;
  months?: number | null | undefined;
}>;


export type ForecastTrackRecordQuery = { forecastTrackRecord: { currency: string, weighting: string, meanAbsolutePercentageError: number | null, errorMonths: Array<string>, months: Array<{ month: string, source: ForecastSource, snapshotDay: string | null, forecast: string, bestCase: string, won: string, absolutePercentageError: number | null, unconverted: Array<{ currency: string, amount: string }>, rates: Array<{ fromCurrency: string, toCurrency: string, rate: string, date: string }> }> } };

export type ConvertLeadMutationVariables = Exact<{
  input: ConvertLeadInput;
}>;


export type ConvertLeadMutation = { convertLead: { id: string, title: string, stage: { id: string, name: string }, lead: { id: string, status: LeadStatus, deal: { id: string, title: string, stage: { id: string, name: string } } | null } | null } };

export type DealFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DealFormOptionsQuery = { pipelines: Array<{ id: string, name: string, currency: string, stages: Array<{ id: string, name: string, kind: StageKind }> }>, users: Array<{ id: string, name: string }>, me: { id: string } | null };

export type CreateLeadMutationVariables = Exact<{
  input: CreateLeadInput;
}>;


export type CreateLeadMutation = { createLead: { id: string, name: string, company: string | null, title: string | null, source: string, status: LeadStatus, score: number | null, scoreBand: string | null, createdAt: string, owner: { id: string, name: string } | null } };

export type DeleteLeadMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteLeadMutation = { deleteLead: string };

export type RestoreLeadMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreLeadMutation = { restoreLead: { id: string, name: string, company: string | null, title: string | null, source: string, status: LeadStatus, score: number | null, scoreBand: string | null, createdAt: string, owner: { id: string, name: string } | null } };

export type CustomerSignalRanksQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomerSignalRanksQuery = { customers: Array<{ id: string, signals: { healthScore: number | null, activeUsers: number | null, seats: number | null, usageTrend: number | null, employees: number | null, annualRevenue: string | null, mrr: string | null } | null }> };

export type AssignLeadsMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
  ownerId?: string | number | null | undefined;
}>;


export type AssignLeadsMutation = { assignLeads: Array<{ id: string, owner: { id: string, name: string } | null }> };

export type SetLeadsStatusMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
  status: LeadStatus;
}>;


export type SetLeadsStatusMutation = { setLeadsStatus: Array<{ id: string, status: LeadStatus }> };

export type RefreshLeadScoresMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type RefreshLeadScoresMutation = { refreshLeadScores: { rescored: number, run: { id: string, status: string, total: number, processed: number, error: string | null } } };

export type ScoringRunProgressQueryVariables = Exact<{
  id: string | number;
}>;


export type ScoringRunProgressQuery = { scoringRun: { id: string, status: string, total: number, processed: number, error: string | null } | null };

export type LeadEngagementDistributionQueryVariables = Exact<{ [key: string]: never; }>;


export type LeadEngagementDistributionQuery = { leadEngagementDistribution: Array<{ feature: string, total: number, values: Array<{ value: number, leads: number }> }> };

export type LeadRow_LeadFragment = { id: string, name: string, company: string | null, title: string | null, source: string, status: LeadStatus, score: number | null, scoreBand: string | null, createdAt: string, owner: { id: string, name: string } | null };

export type LeadTableQueryVariables = Exact<{
  filter?: LeadFilter | null | undefined;
  orderBy?: LeadOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LeadTableQuery = { leads: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, company: string | null, title: string | null, source: string, status: LeadStatus, score: number | null, scoreBand: string | null, createdAt: string, owner: { id: string, name: string } | null } }> } };

export type LeadFilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type LeadFilterOptionsQuery = { leadSources: Array<string>, users: Array<{ id: string, name: string }> };

export type MergeLeadsMutationVariables = Exact<{
  targetId: string | number;
  sourceIds: Array<string | number> | string | number;
}>;


export type MergeLeadsMutation = { mergeLeads: { email: string | null, id: string, name: string, company: string | null, title: string | null, source: string, status: LeadStatus, score: number | null, scoreBand: string | null, createdAt: string, owner: { id: string, name: string } | null } };

export type MergeCandidatesQueryVariables = Exact<{
  filter: LeadFilter;
}>;


export type MergeCandidatesQuery = { leads: { edges: Array<{ node: { id: string, name: string, email: string | null, company: string | null, status: LeadStatus, owner: { id: string, name: string } | null } }> } };

export type FillLeadGapsMutationVariables = Exact<{
  id: string | number;
  input: UpdateLeadInput;
}>;


export type FillLeadGapsMutation = { updateLead: { email: string | null, id: string, name: string, company: string | null, title: string | null, source: string, status: LeadStatus, score: number | null, scoreBand: string | null, createdAt: string, owner: { id: string, name: string } | null } };

export type MyDayQueryVariables = Exact<{
  timeZone: string;
  first: number;
}>;


export type MyDayQuery = { myDay: { edges: Array<{ node: { id: string, type: PlannedActivityType, subject: string, note: string | null, dueAt: string, status: PlannedActivityStatus, isOverdue: boolean, overdueDays: number, owner: { id: string, name: string } | null, deal: { id: string, title: string } | null, lead: { id: string, name: string } | null } }>, pageInfo: { hasNextPage: boolean } } };

export type PlannedNextStep_ActivityFragment = { id: string, type: PlannedActivityType, subject: string, dueAt: string, isOverdue: boolean, overdueDays: number };

export type PlannedActivityItem_ActivityFragment = { id: string, type: PlannedActivityType, subject: string, note: string | null, dueAt: string, status: PlannedActivityStatus, isOverdue: boolean, overdueDays: number, owner: { id: string, name: string } | null, deal: { id: string, title: string } | null, lead: { id: string, name: string } | null };

export type DealPlannedActivitiesQueryVariables = Exact<{
  dealId: string | number;
}>;


export type DealPlannedActivitiesQuery = { deal: { id: string, nextActivity: { id: string, type: PlannedActivityType, subject: string, dueAt: string, isOverdue: boolean, overdueDays: number } | null, plannedActivities: Array<{ id: string, type: PlannedActivityType, subject: string, note: string | null, dueAt: string, status: PlannedActivityStatus, isOverdue: boolean, overdueDays: number, owner: { id: string, name: string } | null, deal: { id: string, title: string } | null, lead: { id: string, name: string } | null }> } | null };

export type LeadPlannedActivitiesQueryVariables = Exact<{
  leadId: string | number;
}>;


export type LeadPlannedActivitiesQuery = { lead: { id: string, nextActivity: { id: string, type: PlannedActivityType, subject: string, dueAt: string, isOverdue: boolean, overdueDays: number } | null, plannedActivities: Array<{ id: string, type: PlannedActivityType, subject: string, note: string | null, dueAt: string, status: PlannedActivityStatus, isOverdue: boolean, overdueDays: number, owner: { id: string, name: string } | null, deal: { id: string, title: string } | null, lead: { id: string, name: string } | null }> } | null };

export type PlanActivityOwnersQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanActivityOwnersQuery = { me: { id: string } | null, users: Array<{ id: string, name: string }> };

export type PlannedActivityChange_ActivityFragment = { id: string, status: PlannedActivityStatus, dueAt: string, deal: { id: string, nextActivity: { id: string, type: PlannedActivityType, subject: string, dueAt: string, isOverdue: boolean, overdueDays: number } | null } | null, lead: { id: string, nextActivity: { id: string, type: PlannedActivityType, subject: string, dueAt: string, isOverdue: boolean, overdueDays: number } | null } | null };

export type PlanActivityMutationVariables = Exact<{
  input: PlanActivityInput;
}>;


export type PlanActivityMutation = { planActivity: { id: string, status: PlannedActivityStatus, dueAt: string, deal: { id: string, nextActivity: { id: string, type: PlannedActivityType, subject: string, dueAt: string, isOverdue: boolean, overdueDays: number } | null } | null, lead: { id: string, nextActivity: { id: string, type: PlannedActivityType, subject: string, dueAt: string, isOverdue: boolean, overdueDays: number } | null } | null } };

export type CompleteActivityMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type CompleteActivityMutation = { completeActivity: { id: string, status: PlannedActivityStatus, dueAt: string, deal: { id: string, nextActivity: { id: string, type: PlannedActivityType, subject: string, dueAt: string, isOverdue: boolean, overdueDays: number } | null } | null, lead: { id: string, nextActivity: { id: string, type: PlannedActivityType, subject: string, dueAt: string, isOverdue: boolean, overdueDays: number } | null } | null } };

export type RescheduleActivityMutationVariables = Exact<{
  id: string | number;
  dueAt: string;
}>;


export type RescheduleActivityMutation = { rescheduleActivity: { id: string, status: PlannedActivityStatus, dueAt: string, deal: { id: string, nextActivity: { id: string, type: PlannedActivityType, subject: string, dueAt: string, isOverdue: boolean, overdueDays: number } | null } | null, lead: { id: string, nextActivity: { id: string, type: PlannedActivityType, subject: string, dueAt: string, isOverdue: boolean, overdueDays: number } | null } | null } };

export type CancelActivityMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelActivityMutation = { cancelActivity: { id: string, status: PlannedActivityStatus, dueAt: string, deal: { id: string, nextActivity: { id: string, type: PlannedActivityType, subject: string, dueAt: string, isOverdue: boolean, overdueDays: number } | null } | null, lead: { id: string, nextActivity: { id: string, type: PlannedActivityType, subject: string, dueAt: string, isOverdue: boolean, overdueDays: number } | null } | null } };

export type Automations_AutomationFragment = { id: string, name: string, position: number, enabled: boolean, trigger: AutomationTrigger, threshold: number | null, direction: CrossingDirection | null, match: ConditionMatch, stage: { id: string, name: string } | null, conditions: Array<{ field: string, operator: ConditionOperator, value: string | null, values: Array<string> | null, min: number | null, max: number | null }>, actions: Array<{ type: AutomationActionType, status: LeadStatus | null, value: string | null, text: string | null, eventName: string | null, stage: { id: string, name: string } | null, owner: { id: string, name: string } | null }> };

export type AutomationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AutomationSettingsQuery = { conditionFields: Array<{ key: string, label: string, type: ConditionFieldType, scope: ConditionFieldScope, operators: Array<ConditionOperator>, choices: Array<string> | null }>, automations: Array<{ id: string, name: string, position: number, enabled: boolean, trigger: AutomationTrigger, threshold: number | null, direction: CrossingDirection | null, match: ConditionMatch, stage: { id: string, name: string } | null, conditions: Array<{ field: string, operator: ConditionOperator, value: string | null, values: Array<string> | null, min: number | null, max: number | null }>, actions: Array<{ type: AutomationActionType, status: LeadStatus | null, value: string | null, text: string | null, eventName: string | null, stage: { id: string, name: string } | null, owner: { id: string, name: string } | null }> }>, users: Array<{ id: string, name: string }>, pipelines: Array<{ id: string, name: string, stages: Array<{ id: string, name: string, order: number, kind: StageKind }> }> };

export type AutomationRunsQueryVariables = Exact<{
  filter?: RunLogFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type AutomationRunsQuery = { automationRuns: Array<{ id: string, automationName: string, outcome: AutomationOutcome, reason: string, actions: Array<string>, error: string | null, createdAt: string, lead: { id: string, name: string } | null, deal: { id: string, title: string } | null }> };

export type DryRunAutomationQueryVariables = Exact<{
  input: AutomationInput;
  first?: number | null | undefined;
}>;


export type DryRunAutomationQuery = { dryRunAutomation: { evaluated: number, matched: number, samples: Array<{ reason: string, actions: Array<string>, lead: { id: string, name: string } | null, deal: { id: string, title: string } | null }> } };

export type CreateAutomationMutationVariables = Exact<{
  input: AutomationInput;
}>;


export type CreateAutomationMutation = { createAutomation: { id: string, name: string, position: number, enabled: boolean, trigger: AutomationTrigger, threshold: number | null, direction: CrossingDirection | null, match: ConditionMatch, stage: { id: string, name: string } | null, conditions: Array<{ field: string, operator: ConditionOperator, value: string | null, values: Array<string> | null, min: number | null, max: number | null }>, actions: Array<{ type: AutomationActionType, status: LeadStatus | null, value: string | null, text: string | null, eventName: string | null, stage: { id: string, name: string } | null, owner: { id: string, name: string } | null }> } };

export type UpdateAutomationMutationVariables = Exact<{
  id: string | number;
  input: AutomationInput;
}>;


export type UpdateAutomationMutation = { updateAutomation: { id: string, name: string, position: number, enabled: boolean, trigger: AutomationTrigger, threshold: number | null, direction: CrossingDirection | null, match: ConditionMatch, stage: { id: string, name: string } | null, conditions: Array<{ field: string, operator: ConditionOperator, value: string | null, values: Array<string> | null, min: number | null, max: number | null }>, actions: Array<{ type: AutomationActionType, status: LeadStatus | null, value: string | null, text: string | null, eventName: string | null, stage: { id: string, name: string } | null, owner: { id: string, name: string } | null }> } };

export type DeleteAutomationMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteAutomationMutation = { deleteAutomation: string };

export type ReorderAutomationsMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ReorderAutomationsMutation = { reorderAutomations: Array<{ id: string, name: string, position: number, enabled: boolean, trigger: AutomationTrigger, threshold: number | null, direction: CrossingDirection | null, match: ConditionMatch, stage: { id: string, name: string } | null, conditions: Array<{ field: string, operator: ConditionOperator, value: string | null, values: Array<string> | null, min: number | null, max: number | null }>, actions: Array<{ type: AutomationActionType, status: LeadStatus | null, value: string | null, text: string | null, eventName: string | null, stage: { id: string, name: string } | null, owner: { id: string, name: string } | null }> }> };

export type ConditionBuilder_FieldFragment = { key: string, label: string, type: ConditionFieldType, scope: ConditionFieldScope, operators: Array<ConditionOperator>, choices: Array<string> | null };

export type RuleCondition_ConditionFragment = { field: string, operator: ConditionOperator, value: string | null, values: Array<string> | null, min: number | null, max: number | null };

export type RoutingRules_RuleFragment = { id: string, name: string, position: number, enabled: boolean, match: ConditionMatch, assignment: RoutingAssignment, conditions: Array<{ field: string, operator: ConditionOperator, value: string | null, values: Array<string> | null, min: number | null, max: number | null }>, owners: Array<{ id: string, name: string }>, nextOwner: { id: string, name: string } | null };

export type RoutingSettings_SettingsFragment = { fallbackOwner: { id: string, name: string } | null, members: Array<{ available: boolean, capacity: number | null, openLeads: number, user: { id: string, name: string } }> };

export type RoutingSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type RoutingSettingsQuery = { conditionFields: Array<{ key: string, label: string, type: ConditionFieldType, scope: ConditionFieldScope, operators: Array<ConditionOperator>, choices: Array<string> | null }>, routingRules: Array<{ id: string, name: string, position: number, enabled: boolean, match: ConditionMatch, assignment: RoutingAssignment, conditions: Array<{ field: string, operator: ConditionOperator, value: string | null, values: Array<string> | null, min: number | null, max: number | null }>, owners: Array<{ id: string, name: string }>, nextOwner: { id: string, name: string } | null }>, routingSettings: { fallbackOwner: { id: string, name: string } | null, members: Array<{ available: boolean, capacity: number | null, openLeads: number, user: { id: string, name: string } }> }, users: Array<{ id: string, name: string }> };

export type DryRunRoutingQueryVariables = Exact<{
  rules?: Array<RoutingRuleInput> | RoutingRuleInput | null | undefined;
  first?: number | null | undefined;
}>;


export type DryRunRoutingQuery = { dryRunRouting: { evaluated: number, assignments: Array<{ ruleName: string | null, reason: string, lead: { id: string, name: string, company: string | null }, owner: { id: string, name: string } | null }>, totals: Array<{ leads: number, owner: { id: string, name: string } | null }> } };

export type CreateRoutingRuleMutationVariables = Exact<{
  input: RoutingRuleInput;
}>;


export type CreateRoutingRuleMutation = { createRoutingRule: { id: string, name: string, position: number, enabled: boolean, match: ConditionMatch, assignment: RoutingAssignment, conditions: Array<{ field: string, operator: ConditionOperator, value: string | null, values: Array<string> | null, min: number | null, max: number | null }>, owners: Array<{ id: string, name: string }>, nextOwner: { id: string, name: string } | null } };

export type UpdateRoutingRuleMutationVariables = Exact<{
  id: string | number;
  input: RoutingRuleInput;
}>;


export type UpdateRoutingRuleMutation = { updateRoutingRule: { id: string, name: string, position: number, enabled: boolean, match: ConditionMatch, assignment: RoutingAssignment, conditions: Array<{ field: string, operator: ConditionOperator, value: string | null, values: Array<string> | null, min: number | null, max: number | null }>, owners: Array<{ id: string, name: string }>, nextOwner: { id: string, name: string } | null } };

export type DeleteRoutingRuleMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteRoutingRuleMutation = { deleteRoutingRule: string };

export type ReorderRoutingRulesMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ReorderRoutingRulesMutation = { reorderRoutingRules: Array<{ id: string, name: string, position: number, enabled: boolean, match: ConditionMatch, assignment: RoutingAssignment, conditions: Array<{ field: string, operator: ConditionOperator, value: string | null, values: Array<string> | null, min: number | null, max: number | null }>, owners: Array<{ id: string, name: string }>, nextOwner: { id: string, name: string } | null }> };

export type SetRoutingFallbackMutationVariables = Exact<{
  ownerId?: string | number | null | undefined;
}>;


export type SetRoutingFallbackMutation = { setRoutingFallback: { fallbackOwner: { id: string, name: string } | null, members: Array<{ available: boolean, capacity: number | null, openLeads: number, user: { id: string, name: string } }> } };

export type SetRoutingMemberMutationVariables = Exact<{
  userId: string | number;
  available: boolean;
  capacity?: number | null | undefined;
}>;


export type SetRoutingMemberMutation = { setRoutingMember: { available: boolean, capacity: number | null, openLeads: number, user: { id: string, name: string } } };

export type RoutingRunsQueryVariables = Exact<{
  filter?: RunLogFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type RoutingRunsQuery = { routingRuns: Array<{ id: string, trigger: string, leadId: string, outcome: RoutingOutcome, reason: string, error: string | null, createdAt: string, lead: { id: string, name: string } | null, rule: { id: string, name: string } | null, assignedTo: { id: string, name: string } | null }> };

export type RouteLeadsMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type RouteLeadsMutation = { routeLeads: Array<{ id: string, leadId: string, outcome: RoutingOutcome, assignedTo: { id: string, name: string } | null }> };

export type SearchQueryVariables = Exact<{
  query: string;
  first: number;
}>;


export type SearchQuery = { search: Array<{ kind: SearchResultKind, id: string, title: string, subtitle: string | null, rank: number }> };

export type ArchivedPipelinesQueryVariables = Exact<{ [key: string]: never; }>;


export type ArchivedPipelinesQuery = { pipelines: Array<{ id: string, name: string, archivedAt: string | null }> };

export type ArchivePipelineMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchivePipelineMutation = { archivePipeline: { id: string, name: string, archivedAt: string | null } };

export type RestorePipelineMutationVariables = Exact<{
  id: string | number;
}>;


export type RestorePipelineMutation = { restorePipeline: { id: string, name: string, archivedAt: string | null } };

export type TrashRow_ItemFragment = { kind: TrashKind, id: string, title: string, deletedAt: string, restorableUntil: string, daysLeft: number, canRestore: boolean, deletedBy: { id: string, name: string } | null };

export type TrashQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TrashQuery = { trash: { items: Array<{ kind: TrashKind, id: string, title: string, deletedAt: string, restorableUntil: string, daysLeft: number, canRestore: boolean, deletedBy: { id: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export const TimelineItem_ActivityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineItem_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;
export const LeadRow_LeadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadRow_lead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBand"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;
export const PlannedActivityItem_ActivityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedActivityItem_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;
export const PlannedNextStep_ActivityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedNextStep_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}}]}}]} as unknown as DocumentNode;
export const PlannedActivityChange_ActivityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedActivityChange_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedNextStep_activity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedNextStep_activity"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedNextStep_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}}]}}]} as unknown as DocumentNode;
export const RuleCondition_ConditionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleCondition_condition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Condition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]} as unknown as DocumentNode;
export const Automations_AutomationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Automations_automation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Automation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleCondition_condition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"eventName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleCondition_condition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Condition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]} as unknown as DocumentNode;
export const ConditionBuilder_FieldFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConditionBuilder_field"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConditionField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"operators"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}}]}}]} as unknown as DocumentNode;
export const RoutingRules_RuleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoutingRules_rule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoutingRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleCondition_condition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignment"}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleCondition_condition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Condition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]} as unknown as DocumentNode;
export const RoutingSettings_SettingsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoutingSettings_settings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoutingSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fallbackOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"openLeads"}}]}}]}}]} as unknown as DocumentNode;
export const TrashRow_ItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrashRow_item"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrashItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"restorableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"canRestore"}}]}}]} as unknown as DocumentNode;
export const DealTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DealTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dealId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dealActivities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dealId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dealId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineItem_activity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineItem_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useDealTimelineQuery__
 *
 * To run a query within a React component, call `useDealTimelineQuery` and pass it any options that fit your needs.
 * When your component renders, `useDealTimelineQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useDealTimelineQuery({
 *   variables: {
 *      dealId: // value for 'dealId'
 *   },
 * });
 */
export function useDealTimelineQuery(baseOptions: ApolloReactHooks.QueryHookOptions<DealTimelineQuery, DealTimelineQueryVariables> & ({ variables: DealTimelineQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<DealTimelineQuery, DealTimelineQueryVariables>(DealTimelineDocument, options);
      }
export function useDealTimelineLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<DealTimelineQuery, DealTimelineQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<DealTimelineQuery, DealTimelineQueryVariables>(DealTimelineDocument, options);
        }
export type DealTimelineQueryHookResult = ReturnType<typeof useDealTimelineQuery>;
export type DealTimelineLazyQueryHookResult = ReturnType<typeof useDealTimelineLazyQuery>;
export type DealTimelineQueryResult = ApolloReactCommon.QueryResult<DealTimelineQuery, DealTimelineQueryVariables>;
export const LeadTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadActivities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"leadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineItem_activity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineItem_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useLeadTimelineQuery__
 *
 * To run a query within a React component, call `useLeadTimelineQuery` and pass it any options that fit your needs.
 * When your component renders, `useLeadTimelineQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useLeadTimelineQuery({
 *   variables: {
 *      leadId: // value for 'leadId'
 *   },
 * });
 */
export function useLeadTimelineQuery(baseOptions: ApolloReactHooks.QueryHookOptions<LeadTimelineQuery, LeadTimelineQueryVariables> & ({ variables: LeadTimelineQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<LeadTimelineQuery, LeadTimelineQueryVariables>(LeadTimelineDocument, options);
      }
export function useLeadTimelineLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<LeadTimelineQuery, LeadTimelineQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<LeadTimelineQuery, LeadTimelineQueryVariables>(LeadTimelineDocument, options);
        }
export type LeadTimelineQueryHookResult = ReturnType<typeof useLeadTimelineQuery>;
export type LeadTimelineLazyQueryHookResult = ReturnType<typeof useLeadTimelineLazyQuery>;
export type LeadTimelineQueryResult = ApolloReactCommon.QueryResult<LeadTimelineQuery, LeadTimelineQueryVariables>;
export const LogActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineItem_activity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineItem_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useLogActivityMutation__
 *
 * To run a mutation, you first call `useLogActivityMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useLogActivityMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [logActivityMutation, { data, loading, error }] = useLogActivityMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useLogActivityMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<LogActivityMutation, LogActivityMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<LogActivityMutation, LogActivityMutationVariables>(LogActivityDocument, options);
      }
export type LogActivityMutationHookResult = ReturnType<typeof useLogActivityMutation>;
export type LogActivityMutationResult = ApolloReactCommon.MutationResult<LogActivityMutation>;
export const TimelineUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TimelineUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useTimelineUsersQuery__
 *
 * To run a query within a React component, call `useTimelineUsersQuery` and pass it any options that fit your needs.
 * When your component renders, `useTimelineUsersQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useTimelineUsersQuery({
 *   variables: {
 *   },
 * });
 */
export function useTimelineUsersQuery(baseOptions?: ApolloReactHooks.QueryHookOptions<TimelineUsersQuery, TimelineUsersQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<TimelineUsersQuery, TimelineUsersQueryVariables>(TimelineUsersDocument, options);
      }
export function useTimelineUsersLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<TimelineUsersQuery, TimelineUsersQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<TimelineUsersQuery, TimelineUsersQueryVariables>(TimelineUsersDocument, options);
        }
export type TimelineUsersQueryHookResult = ReturnType<typeof useTimelineUsersQuery>;
export type TimelineUsersLazyQueryHookResult = ReturnType<typeof useTimelineUsersLazyQuery>;
export type TimelineUsersQueryResult = ApolloReactCommon.QueryResult<TimelineUsersQuery, TimelineUsersQueryVariables>;
export const ForecastTrackRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForecastTrackRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"months"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forecastTrackRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pipelineId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}}},{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"Variable","name":{"kind":"Name","value":"months"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"weighting"}},{"kind":"Field","name":{"kind":"Name","value":"meanAbsolutePercentageError"}},{"kind":"Field","name":{"kind":"Name","value":"errorMonths"}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotDay"}},{"kind":"Field","name":{"kind":"Name","value":"forecast"}},{"kind":"Field","name":{"kind":"Name","value":"bestCase"}},{"kind":"Field","name":{"kind":"Name","value":"won"}},{"kind":"Field","name":{"kind":"Name","value":"absolutePercentageError"}},{"kind":"Field","name":{"kind":"Name","value":"unconverted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"toCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useForecastTrackRecordQuery__
 *
 * To run a query within a React component, call `useForecastTrackRecordQuery` and pass it any options that fit your needs.
 * When your component renders, `useForecastTrackRecordQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useForecastTrackRecordQuery({
 *   variables: {
 *      pipelineId: // value for 'pipelineId'
 *      months: // value for 'months'
 *   },
 * });
 */
export function useForecastTrackRecordQuery(baseOptions?: ApolloReactHooks.QueryHookOptions<ForecastTrackRecordQuery, ForecastTrackRecordQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<ForecastTrackRecordQuery, ForecastTrackRecordQueryVariables>(ForecastTrackRecordDocument, options);
      }
export function useForecastTrackRecordLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<ForecastTrackRecordQuery, ForecastTrackRecordQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<ForecastTrackRecordQuery, ForecastTrackRecordQueryVariables>(ForecastTrackRecordDocument, options);
        }
export type ForecastTrackRecordQueryHookResult = ReturnType<typeof useForecastTrackRecordQuery>;
export type ForecastTrackRecordLazyQueryHookResult = ReturnType<typeof useForecastTrackRecordLazyQuery>;
export type ForecastTrackRecordQueryResult = ApolloReactCommon.QueryResult<ForecastTrackRecordQuery, ForecastTrackRecordQueryVariables>;
export const ConvertLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConvertLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConvertLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"convertLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useConvertLeadMutation__
 *
 * To run a mutation, you first call `useConvertLeadMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useConvertLeadMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [convertLeadMutation, { data, loading, error }] = useConvertLeadMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useConvertLeadMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<ConvertLeadMutation, ConvertLeadMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<ConvertLeadMutation, ConvertLeadMutationVariables>(ConvertLeadDocument, options);
      }
export type ConvertLeadMutationHookResult = ReturnType<typeof useConvertLeadMutation>;
export type ConvertLeadMutationResult = ApolloReactCommon.MutationResult<ConvertLeadMutation>;
export const DealFormOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DealFormOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useDealFormOptionsQuery__
 *
 * To run a query within a React component, call `useDealFormOptionsQuery` and pass it any options that fit your needs.
 * When your component renders, `useDealFormOptionsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useDealFormOptionsQuery({
 *   variables: {
 *   },
 * });
 */
export function useDealFormOptionsQuery(baseOptions?: ApolloReactHooks.QueryHookOptions<DealFormOptionsQuery, DealFormOptionsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<DealFormOptionsQuery, DealFormOptionsQueryVariables>(DealFormOptionsDocument, options);
      }
export function useDealFormOptionsLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<DealFormOptionsQuery, DealFormOptionsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<DealFormOptionsQuery, DealFormOptionsQueryVariables>(DealFormOptionsDocument, options);
        }
export type DealFormOptionsQueryHookResult = ReturnType<typeof useDealFormOptionsQuery>;
export type DealFormOptionsLazyQueryHookResult = ReturnType<typeof useDealFormOptionsLazyQuery>;
export type DealFormOptionsQueryResult = ApolloReactCommon.QueryResult<DealFormOptionsQuery, DealFormOptionsQueryVariables>;
export const CreateLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadRow_lead"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadRow_lead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBand"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useCreateLeadMutation__
 *
 * To run a mutation, you first call `useCreateLeadMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useCreateLeadMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [createLeadMutation, { data, loading, error }] = useCreateLeadMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useCreateLeadMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<CreateLeadMutation, CreateLeadMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<CreateLeadMutation, CreateLeadMutationVariables>(CreateLeadDocument, options);
      }
export type CreateLeadMutationHookResult = ReturnType<typeof useCreateLeadMutation>;
export type CreateLeadMutationResult = ApolloReactCommon.MutationResult<CreateLeadMutation>;
export const DeleteLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode;

/**
 * __useDeleteLeadMutation__
 *
 * To run a mutation, you first call `useDeleteLeadMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useDeleteLeadMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [deleteLeadMutation, { data, loading, error }] = useDeleteLeadMutation({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useDeleteLeadMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<DeleteLeadMutation, DeleteLeadMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<DeleteLeadMutation, DeleteLeadMutationVariables>(DeleteLeadDocument, options);
      }
export type DeleteLeadMutationHookResult = ReturnType<typeof useDeleteLeadMutation>;
export type DeleteLeadMutationResult = ApolloReactCommon.MutationResult<DeleteLeadMutation>;
export const RestoreLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadRow_lead"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadRow_lead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBand"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useRestoreLeadMutation__
 *
 * To run a mutation, you first call `useRestoreLeadMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useRestoreLeadMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [restoreLeadMutation, { data, loading, error }] = useRestoreLeadMutation({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useRestoreLeadMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<RestoreLeadMutation, RestoreLeadMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<RestoreLeadMutation, RestoreLeadMutationVariables>(RestoreLeadDocument, options);
      }
export type RestoreLeadMutationHookResult = ReturnType<typeof useRestoreLeadMutation>;
export type RestoreLeadMutationResult = ApolloReactCommon.MutationResult<RestoreLeadMutation>;
export const CustomerSignalRanksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerSignalRanks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"400"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"signals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"healthScore"}},{"kind":"Field","name":{"kind":"Name","value":"activeUsers"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"usageTrend"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"annualRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"mrr"}}]}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useCustomerSignalRanksQuery__
 *
 * To run a query within a React component, call `useCustomerSignalRanksQuery` and pass it any options that fit your needs.
 * When your component renders, `useCustomerSignalRanksQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useCustomerSignalRanksQuery({
 *   variables: {
 *   },
 * });
 */
export function useCustomerSignalRanksQuery(baseOptions?: ApolloReactHooks.QueryHookOptions<CustomerSignalRanksQuery, CustomerSignalRanksQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<CustomerSignalRanksQuery, CustomerSignalRanksQueryVariables>(CustomerSignalRanksDocument, options);
      }
export function useCustomerSignalRanksLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<CustomerSignalRanksQuery, CustomerSignalRanksQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<CustomerSignalRanksQuery, CustomerSignalRanksQueryVariables>(CustomerSignalRanksDocument, options);
        }
export type CustomerSignalRanksQueryHookResult = ReturnType<typeof useCustomerSignalRanksQuery>;
export type CustomerSignalRanksLazyQueryHookResult = ReturnType<typeof useCustomerSignalRanksLazyQuery>;
export type CustomerSignalRanksQueryResult = ApolloReactCommon.QueryResult<CustomerSignalRanksQuery, CustomerSignalRanksQueryVariables>;
export const AssignLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ownerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignLeads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"ownerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useAssignLeadsMutation__
 *
 * To run a mutation, you first call `useAssignLeadsMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useAssignLeadsMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [assignLeadsMutation, { data, loading, error }] = useAssignLeadsMutation({
 *   variables: {
 *      ids: // value for 'ids'
 *      ownerId: // value for 'ownerId'
 *   },
 * });
 */
export function useAssignLeadsMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<AssignLeadsMutation, AssignLeadsMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<AssignLeadsMutation, AssignLeadsMutationVariables>(AssignLeadsDocument, options);
      }
export type AssignLeadsMutationHookResult = ReturnType<typeof useAssignLeadsMutation>;
export type AssignLeadsMutationResult = ApolloReactCommon.MutationResult<AssignLeadsMutation>;
export const SetLeadsStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetLeadsStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setLeadsStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useSetLeadsStatusMutation__
 *
 * To run a mutation, you first call `useSetLeadsStatusMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useSetLeadsStatusMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [setLeadsStatusMutation, { data, loading, error }] = useSetLeadsStatusMutation({
 *   variables: {
 *      ids: // value for 'ids'
 *      status: // value for 'status'
 *   },
 * });
 */
export function useSetLeadsStatusMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<SetLeadsStatusMutation, SetLeadsStatusMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<SetLeadsStatusMutation, SetLeadsStatusMutationVariables>(SetLeadsStatusDocument, options);
      }
export type SetLeadsStatusMutationHookResult = ReturnType<typeof useSetLeadsStatusMutation>;
export type SetLeadsStatusMutationResult = ApolloReactCommon.MutationResult<SetLeadsStatusMutation>;
export const RefreshLeadScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshLeadScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshLeadScores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescored"}},{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useRefreshLeadScoresMutation__
 *
 * To run a mutation, you first call `useRefreshLeadScoresMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useRefreshLeadScoresMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [refreshLeadScoresMutation, { data, loading, error }] = useRefreshLeadScoresMutation({
 *   variables: {
 *      ids: // value for 'ids'
 *   },
 * });
 */
export function useRefreshLeadScoresMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<RefreshLeadScoresMutation, RefreshLeadScoresMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<RefreshLeadScoresMutation, RefreshLeadScoresMutationVariables>(RefreshLeadScoresDocument, options);
      }
export type RefreshLeadScoresMutationHookResult = ReturnType<typeof useRefreshLeadScoresMutation>;
export type RefreshLeadScoresMutationResult = ApolloReactCommon.MutationResult<RefreshLeadScoresMutation>;
export const ScoringRunProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoringRunProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useScoringRunProgressQuery__
 *
 * To run a query within a React component, call `useScoringRunProgressQuery` and pass it any options that fit your needs.
 * When your component renders, `useScoringRunProgressQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useScoringRunProgressQuery({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useScoringRunProgressQuery(baseOptions: ApolloReactHooks.QueryHookOptions<ScoringRunProgressQuery, ScoringRunProgressQueryVariables> & ({ variables: ScoringRunProgressQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<ScoringRunProgressQuery, ScoringRunProgressQueryVariables>(ScoringRunProgressDocument, options);
      }
export function useScoringRunProgressLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<ScoringRunProgressQuery, ScoringRunProgressQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<ScoringRunProgressQuery, ScoringRunProgressQueryVariables>(ScoringRunProgressDocument, options);
        }
export type ScoringRunProgressQueryHookResult = ReturnType<typeof useScoringRunProgressQuery>;
export type ScoringRunProgressLazyQueryHookResult = ReturnType<typeof useScoringRunProgressLazyQuery>;
export type ScoringRunProgressQueryResult = ApolloReactCommon.QueryResult<ScoringRunProgressQuery, ScoringRunProgressQueryVariables>;
export const LeadEngagementDistributionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadEngagementDistribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadEngagementDistribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"leads"}}]}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useLeadEngagementDistributionQuery__
 *
 * To run a query within a React component, call `useLeadEngagementDistributionQuery` and pass it any options that fit your needs.
 * When your component renders, `useLeadEngagementDistributionQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useLeadEngagementDistributionQuery({
 *   variables: {
 *   },
 * });
 */
export function useLeadEngagementDistributionQuery(baseOptions?: ApolloReactHooks.QueryHookOptions<LeadEngagementDistributionQuery, LeadEngagementDistributionQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<LeadEngagementDistributionQuery, LeadEngagementDistributionQueryVariables>(LeadEngagementDistributionDocument, options);
      }
export function useLeadEngagementDistributionLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<LeadEngagementDistributionQuery, LeadEngagementDistributionQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<LeadEngagementDistributionQuery, LeadEngagementDistributionQueryVariables>(LeadEngagementDistributionDocument, options);
        }
export type LeadEngagementDistributionQueryHookResult = ReturnType<typeof useLeadEngagementDistributionQuery>;
export type LeadEngagementDistributionLazyQueryHookResult = ReturnType<typeof useLeadEngagementDistributionLazyQuery>;
export type LeadEngagementDistributionQueryResult = ApolloReactCommon.QueryResult<LeadEngagementDistributionQuery, LeadEngagementDistributionQueryVariables>;
export const LeadTableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadTable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadRow_lead"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadRow_lead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBand"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useLeadTableQuery__
 *
 * To run a query within a React component, call `useLeadTableQuery` and pass it any options that fit your needs.
 * When your component renders, `useLeadTableQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useLeadTableQuery({
 *   variables: {
 *      filter: // value for 'filter'
 *      orderBy: // value for 'orderBy'
 *      first: // value for 'first'
 *      after: // value for 'after'
 *   },
 * });
 */
export function useLeadTableQuery(baseOptions?: ApolloReactHooks.QueryHookOptions<LeadTableQuery, LeadTableQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<LeadTableQuery, LeadTableQueryVariables>(LeadTableDocument, options);
      }
export function useLeadTableLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<LeadTableQuery, LeadTableQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<LeadTableQuery, LeadTableQueryVariables>(LeadTableDocument, options);
        }
export type LeadTableQueryHookResult = ReturnType<typeof useLeadTableQuery>;
export type LeadTableLazyQueryHookResult = ReturnType<typeof useLeadTableLazyQuery>;
export type LeadTableQueryResult = ApolloReactCommon.QueryResult<LeadTableQuery, LeadTableQueryVariables>;
export const LeadFilterOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadFilterOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadSources"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useLeadFilterOptionsQuery__
 *
 * To run a query within a React component, call `useLeadFilterOptionsQuery` and pass it any options that fit your needs.
 * When your component renders, `useLeadFilterOptionsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useLeadFilterOptionsQuery({
 *   variables: {
 *   },
 * });
 */
export function useLeadFilterOptionsQuery(baseOptions?: ApolloReactHooks.QueryHookOptions<LeadFilterOptionsQuery, LeadFilterOptionsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<LeadFilterOptionsQuery, LeadFilterOptionsQueryVariables>(LeadFilterOptionsDocument, options);
      }
export function useLeadFilterOptionsLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<LeadFilterOptionsQuery, LeadFilterOptionsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<LeadFilterOptionsQuery, LeadFilterOptionsQueryVariables>(LeadFilterOptionsDocument, options);
        }
export type LeadFilterOptionsQueryHookResult = ReturnType<typeof useLeadFilterOptionsQuery>;
export type LeadFilterOptionsLazyQueryHookResult = ReturnType<typeof useLeadFilterOptionsLazyQuery>;
export type LeadFilterOptionsQueryResult = ApolloReactCommon.QueryResult<LeadFilterOptionsQuery, LeadFilterOptionsQueryVariables>;
export const MergeLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sourceIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeLeads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"targetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"sourceIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sourceIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadRow_lead"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadRow_lead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBand"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useMergeLeadsMutation__
 *
 * To run a mutation, you first call `useMergeLeadsMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useMergeLeadsMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [mergeLeadsMutation, { data, loading, error }] = useMergeLeadsMutation({
 *   variables: {
 *      targetId: // value for 'targetId'
 *      sourceIds: // value for 'sourceIds'
 *   },
 * });
 */
export function useMergeLeadsMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<MergeLeadsMutation, MergeLeadsMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<MergeLeadsMutation, MergeLeadsMutationVariables>(MergeLeadsDocument, options);
      }
export type MergeLeadsMutationHookResult = ReturnType<typeof useMergeLeadsMutation>;
export type MergeLeadsMutationResult = ApolloReactCommon.MutationResult<MergeLeadsMutation>;
export const MergeCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MergeCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useMergeCandidatesQuery__
 *
 * To run a query within a React component, call `useMergeCandidatesQuery` and pass it any options that fit your needs.
 * When your component renders, `useMergeCandidatesQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useMergeCandidatesQuery({
 *   variables: {
 *      filter: // value for 'filter'
 *   },
 * });
 */
export function useMergeCandidatesQuery(baseOptions: ApolloReactHooks.QueryHookOptions<MergeCandidatesQuery, MergeCandidatesQueryVariables> & ({ variables: MergeCandidatesQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<MergeCandidatesQuery, MergeCandidatesQueryVariables>(MergeCandidatesDocument, options);
      }
export function useMergeCandidatesLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<MergeCandidatesQuery, MergeCandidatesQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<MergeCandidatesQuery, MergeCandidatesQueryVariables>(MergeCandidatesDocument, options);
        }
export type MergeCandidatesQueryHookResult = ReturnType<typeof useMergeCandidatesQuery>;
export type MergeCandidatesLazyQueryHookResult = ReturnType<typeof useMergeCandidatesLazyQuery>;
export type MergeCandidatesQueryResult = ApolloReactCommon.QueryResult<MergeCandidatesQuery, MergeCandidatesQueryVariables>;
export const FillLeadGapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FillLeadGaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadRow_lead"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadRow_lead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBand"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useFillLeadGapsMutation__
 *
 * To run a mutation, you first call `useFillLeadGapsMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useFillLeadGapsMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [fillLeadGapsMutation, { data, loading, error }] = useFillLeadGapsMutation({
 *   variables: {
 *      id: // value for 'id'
 *      input: // value for 'input'
 *   },
 * });
 */
export function useFillLeadGapsMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<FillLeadGapsMutation, FillLeadGapsMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<FillLeadGapsMutation, FillLeadGapsMutationVariables>(FillLeadGapsDocument, options);
      }
export type FillLeadGapsMutationHookResult = ReturnType<typeof useFillLeadGapsMutation>;
export type FillLeadGapsMutationResult = ApolloReactCommon.MutationResult<FillLeadGapsMutation>;
export const MyDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timeZone"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timeZone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timeZone"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedActivityItem_activity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedActivityItem_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useMyDayQuery__
 *
 * To run a query within a React component, call `useMyDayQuery` and pass it any options that fit your needs.
 * When your component renders, `useMyDayQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useMyDayQuery({
 *   variables: {
 *      timeZone: // value for 'timeZone'
 *      first: // value for 'first'
 *   },
 * });
 */
export function useMyDayQuery(baseOptions: ApolloReactHooks.QueryHookOptions<MyDayQuery, MyDayQueryVariables> & ({ variables: MyDayQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<MyDayQuery, MyDayQueryVariables>(MyDayDocument, options);
      }
export function useMyDayLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<MyDayQuery, MyDayQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<MyDayQuery, MyDayQueryVariables>(MyDayDocument, options);
        }
export type MyDayQueryHookResult = ReturnType<typeof useMyDayQuery>;
export type MyDayLazyQueryHookResult = ReturnType<typeof useMyDayLazyQuery>;
export type MyDayQueryResult = ApolloReactCommon.QueryResult<MyDayQuery, MyDayQueryVariables>;
export const DealPlannedActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DealPlannedActivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dealId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dealId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedNextStep_activity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedActivities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedActivityItem_activity"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedNextStep_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedActivityItem_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useDealPlannedActivitiesQuery__
 *
 * To run a query within a React component, call `useDealPlannedActivitiesQuery` and pass it any options that fit your needs.
 * When your component renders, `useDealPlannedActivitiesQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useDealPlannedActivitiesQuery({
 *   variables: {
 *      dealId: // value for 'dealId'
 *   },
 * });
 */
export function useDealPlannedActivitiesQuery(baseOptions: ApolloReactHooks.QueryHookOptions<DealPlannedActivitiesQuery, DealPlannedActivitiesQueryVariables> & ({ variables: DealPlannedActivitiesQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<DealPlannedActivitiesQuery, DealPlannedActivitiesQueryVariables>(DealPlannedActivitiesDocument, options);
      }
export function useDealPlannedActivitiesLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<DealPlannedActivitiesQuery, DealPlannedActivitiesQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<DealPlannedActivitiesQuery, DealPlannedActivitiesQueryVariables>(DealPlannedActivitiesDocument, options);
        }
export type DealPlannedActivitiesQueryHookResult = ReturnType<typeof useDealPlannedActivitiesQuery>;
export type DealPlannedActivitiesLazyQueryHookResult = ReturnType<typeof useDealPlannedActivitiesLazyQuery>;
export type DealPlannedActivitiesQueryResult = ApolloReactCommon.QueryResult<DealPlannedActivitiesQuery, DealPlannedActivitiesQueryVariables>;
export const LeadPlannedActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadPlannedActivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedNextStep_activity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedActivities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedActivityItem_activity"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedNextStep_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedActivityItem_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useLeadPlannedActivitiesQuery__
 *
 * To run a query within a React component, call `useLeadPlannedActivitiesQuery` and pass it any options that fit your needs.
 * When your component renders, `useLeadPlannedActivitiesQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useLeadPlannedActivitiesQuery({
 *   variables: {
 *      leadId: // value for 'leadId'
 *   },
 * });
 */
export function useLeadPlannedActivitiesQuery(baseOptions: ApolloReactHooks.QueryHookOptions<LeadPlannedActivitiesQuery, LeadPlannedActivitiesQueryVariables> & ({ variables: LeadPlannedActivitiesQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<LeadPlannedActivitiesQuery, LeadPlannedActivitiesQueryVariables>(LeadPlannedActivitiesDocument, options);
      }
export function useLeadPlannedActivitiesLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<LeadPlannedActivitiesQuery, LeadPlannedActivitiesQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<LeadPlannedActivitiesQuery, LeadPlannedActivitiesQueryVariables>(LeadPlannedActivitiesDocument, options);
        }
export type LeadPlannedActivitiesQueryHookResult = ReturnType<typeof useLeadPlannedActivitiesQuery>;
export type LeadPlannedActivitiesLazyQueryHookResult = ReturnType<typeof useLeadPlannedActivitiesLazyQuery>;
export type LeadPlannedActivitiesQueryResult = ApolloReactCommon.QueryResult<LeadPlannedActivitiesQuery, LeadPlannedActivitiesQueryVariables>;
export const PlanActivityOwnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanActivityOwners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;

/**
 * __usePlanActivityOwnersQuery__
 *
 * To run a query within a React component, call `usePlanActivityOwnersQuery` and pass it any options that fit your needs.
 * When your component renders, `usePlanActivityOwnersQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = usePlanActivityOwnersQuery({
 *   variables: {
 *   },
 * });
 */
export function usePlanActivityOwnersQuery(baseOptions?: ApolloReactHooks.QueryHookOptions<PlanActivityOwnersQuery, PlanActivityOwnersQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<PlanActivityOwnersQuery, PlanActivityOwnersQueryVariables>(PlanActivityOwnersDocument, options);
      }
export function usePlanActivityOwnersLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<PlanActivityOwnersQuery, PlanActivityOwnersQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<PlanActivityOwnersQuery, PlanActivityOwnersQueryVariables>(PlanActivityOwnersDocument, options);
        }
export type PlanActivityOwnersQueryHookResult = ReturnType<typeof usePlanActivityOwnersQuery>;
export type PlanActivityOwnersLazyQueryHookResult = ReturnType<typeof usePlanActivityOwnersLazyQuery>;
export type PlanActivityOwnersQueryResult = ApolloReactCommon.QueryResult<PlanActivityOwnersQuery, PlanActivityOwnersQueryVariables>;
export const PlanActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedActivityChange_activity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedNextStep_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedActivityChange_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedNextStep_activity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedNextStep_activity"}}]}}]}}]}}]} as unknown as DocumentNode;

/**
 * __usePlanActivityMutation__
 *
 * To run a mutation, you first call `usePlanActivityMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `usePlanActivityMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [planActivityMutation, { data, loading, error }] = usePlanActivityMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function usePlanActivityMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<PlanActivityMutation, PlanActivityMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<PlanActivityMutation, PlanActivityMutationVariables>(PlanActivityDocument, options);
      }
export type PlanActivityMutationHookResult = ReturnType<typeof usePlanActivityMutation>;
export type PlanActivityMutationResult = ApolloReactCommon.MutationResult<PlanActivityMutation>;
export const CompleteActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedActivityChange_activity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedNextStep_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedActivityChange_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedNextStep_activity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedNextStep_activity"}}]}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useCompleteActivityMutation__
 *
 * To run a mutation, you first call `useCompleteActivityMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useCompleteActivityMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [completeActivityMutation, { data, loading, error }] = useCompleteActivityMutation({
 *   variables: {
 *      id: // value for 'id'
 *      note: // value for 'note'
 *   },
 * });
 */
export function useCompleteActivityMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<CompleteActivityMutation, CompleteActivityMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<CompleteActivityMutation, CompleteActivityMutationVariables>(CompleteActivityDocument, options);
      }
export type CompleteActivityMutationHookResult = ReturnType<typeof useCompleteActivityMutation>;
export type CompleteActivityMutationResult = ApolloReactCommon.MutationResult<CompleteActivityMutation>;
export const RescheduleActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RescheduleActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"dueAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedActivityChange_activity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedNextStep_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedActivityChange_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedNextStep_activity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedNextStep_activity"}}]}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useRescheduleActivityMutation__
 *
 * To run a mutation, you first call `useRescheduleActivityMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useRescheduleActivityMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [rescheduleActivityMutation, { data, loading, error }] = useRescheduleActivityMutation({
 *   variables: {
 *      id: // value for 'id'
 *      dueAt: // value for 'dueAt'
 *   },
 * });
 */
export function useRescheduleActivityMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<RescheduleActivityMutation, RescheduleActivityMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<RescheduleActivityMutation, RescheduleActivityMutationVariables>(RescheduleActivityDocument, options);
      }
export type RescheduleActivityMutationHookResult = ReturnType<typeof useRescheduleActivityMutation>;
export type RescheduleActivityMutationResult = ApolloReactCommon.MutationResult<RescheduleActivityMutation>;
export const CancelActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedActivityChange_activity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedNextStep_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedActivityChange_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedNextStep_activity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedNextStep_activity"}}]}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useCancelActivityMutation__
 *
 * To run a mutation, you first call `useCancelActivityMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useCancelActivityMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [cancelActivityMutation, { data, loading, error }] = useCancelActivityMutation({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useCancelActivityMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<CancelActivityMutation, CancelActivityMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<CancelActivityMutation, CancelActivityMutationVariables>(CancelActivityDocument, options);
      }
export type CancelActivityMutationHookResult = ReturnType<typeof useCancelActivityMutation>;
export type CancelActivityMutationResult = ApolloReactCommon.MutationResult<CancelActivityMutation>;
export const AutomationSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AutomationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conditionFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConditionBuilder_field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"automations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Automations_automation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pipelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Automations_automation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Automation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleCondition_condition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"eventName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConditionBuilder_field"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConditionField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"operators"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleCondition_condition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Condition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]} as unknown as DocumentNode;

/**
 * __useAutomationSettingsQuery__
 *
 * To run a query within a React component, call `useAutomationSettingsQuery` and pass it any options that fit your needs.
 * When your component renders, `useAutomationSettingsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useAutomationSettingsQuery({
 *   variables: {
 *   },
 * });
 */
export function useAutomationSettingsQuery(baseOptions?: ApolloReactHooks.QueryHookOptions<AutomationSettingsQuery, AutomationSettingsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<AutomationSettingsQuery, AutomationSettingsQueryVariables>(AutomationSettingsDocument, options);
      }
export function useAutomationSettingsLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<AutomationSettingsQuery, AutomationSettingsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<AutomationSettingsQuery, AutomationSettingsQueryVariables>(AutomationSettingsDocument, options);
        }
export type AutomationSettingsQueryHookResult = ReturnType<typeof useAutomationSettingsQuery>;
export type AutomationSettingsLazyQueryHookResult = ReturnType<typeof useAutomationSettingsLazyQuery>;
export type AutomationSettingsQueryResult = ApolloReactCommon.QueryResult<AutomationSettingsQuery, AutomationSettingsQueryVariables>;
export const AutomationRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AutomationRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RunLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"automationRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"automationName"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useAutomationRunsQuery__
 *
 * To run a query within a React component, call `useAutomationRunsQuery` and pass it any options that fit your needs.
 * When your component renders, `useAutomationRunsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useAutomationRunsQuery({
 *   variables: {
 *      filter: // value for 'filter'
 *      first: // value for 'first'
 *   },
 * });
 */
export function useAutomationRunsQuery(baseOptions?: ApolloReactHooks.QueryHookOptions<AutomationRunsQuery, AutomationRunsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<AutomationRunsQuery, AutomationRunsQueryVariables>(AutomationRunsDocument, options);
      }
export function useAutomationRunsLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<AutomationRunsQuery, AutomationRunsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<AutomationRunsQuery, AutomationRunsQueryVariables>(AutomationRunsDocument, options);
        }
export type AutomationRunsQueryHookResult = ReturnType<typeof useAutomationRunsQuery>;
export type AutomationRunsLazyQueryHookResult = ReturnType<typeof useAutomationRunsLazyQuery>;
export type AutomationRunsQueryResult = ApolloReactCommon.QueryResult<AutomationRunsQuery, AutomationRunsQueryVariables>;
export const DryRunAutomationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DryRunAutomation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AutomationInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRunAutomation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluated"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"samples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}}]}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useDryRunAutomationQuery__
 *
 * To run a query within a React component, call `useDryRunAutomationQuery` and pass it any options that fit your needs.
 * When your component renders, `useDryRunAutomationQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useDryRunAutomationQuery({
 *   variables: {
 *      input: // value for 'input'
 *      first: // value for 'first'
 *   },
 * });
 */
export function useDryRunAutomationQuery(baseOptions: ApolloReactHooks.QueryHookOptions<DryRunAutomationQuery, DryRunAutomationQueryVariables> & ({ variables: DryRunAutomationQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<DryRunAutomationQuery, DryRunAutomationQueryVariables>(DryRunAutomationDocument, options);
      }
export function useDryRunAutomationLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<DryRunAutomationQuery, DryRunAutomationQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<DryRunAutomationQuery, DryRunAutomationQueryVariables>(DryRunAutomationDocument, options);
        }
export type DryRunAutomationQueryHookResult = ReturnType<typeof useDryRunAutomationQuery>;
export type DryRunAutomationLazyQueryHookResult = ReturnType<typeof useDryRunAutomationLazyQuery>;
export type DryRunAutomationQueryResult = ApolloReactCommon.QueryResult<DryRunAutomationQuery, DryRunAutomationQueryVariables>;
export const CreateAutomationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAutomation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AutomationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAutomation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Automations_automation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Automations_automation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Automation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleCondition_condition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"eventName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleCondition_condition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Condition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]} as unknown as DocumentNode;

/**
 * __useCreateAutomationMutation__
 *
 * To run a mutation, you first call `useCreateAutomationMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useCreateAutomationMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [createAutomationMutation, { data, loading, error }] = useCreateAutomationMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useCreateAutomationMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<CreateAutomationMutation, CreateAutomationMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<CreateAutomationMutation, CreateAutomationMutationVariables>(CreateAutomationDocument, options);
      }
export type CreateAutomationMutationHookResult = ReturnType<typeof useCreateAutomationMutation>;
export type CreateAutomationMutationResult = ApolloReactCommon.MutationResult<CreateAutomationMutation>;
export const UpdateAutomationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAutomation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AutomationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAutomation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Automations_automation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Automations_automation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Automation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleCondition_condition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"eventName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleCondition_condition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Condition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]} as unknown as DocumentNode;

/**
 * __useUpdateAutomationMutation__
 *
 * To run a mutation, you first call `useUpdateAutomationMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useUpdateAutomationMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [updateAutomationMutation, { data, loading, error }] = useUpdateAutomationMutation({
 *   variables: {
 *      id: // value for 'id'
 *      input: // value for 'input'
 *   },
 * });
 */
export function useUpdateAutomationMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<UpdateAutomationMutation, UpdateAutomationMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<UpdateAutomationMutation, UpdateAutomationMutationVariables>(UpdateAutomationDocument, options);
      }
export type UpdateAutomationMutationHookResult = ReturnType<typeof useUpdateAutomationMutation>;
export type UpdateAutomationMutationResult = ApolloReactCommon.MutationResult<UpdateAutomationMutation>;
export const DeleteAutomationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAutomation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAutomation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode;

/**
 * __useDeleteAutomationMutation__
 *
 * To run a mutation, you first call `useDeleteAutomationMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useDeleteAutomationMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [deleteAutomationMutation, { data, loading, error }] = useDeleteAutomationMutation({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useDeleteAutomationMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<DeleteAutomationMutation, DeleteAutomationMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<DeleteAutomationMutation, DeleteAutomationMutationVariables>(DeleteAutomationDocument, options);
      }
export type DeleteAutomationMutationHookResult = ReturnType<typeof useDeleteAutomationMutation>;
export type DeleteAutomationMutationResult = ApolloReactCommon.MutationResult<DeleteAutomationMutation>;
export const ReorderAutomationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderAutomations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderAutomations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Automations_automation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Automations_automation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Automation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleCondition_condition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"eventName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleCondition_condition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Condition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]} as unknown as DocumentNode;

/**
 * __useReorderAutomationsMutation__
 *
 * To run a mutation, you first call `useReorderAutomationsMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useReorderAutomationsMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [reorderAutomationsMutation, { data, loading, error }] = useReorderAutomationsMutation({
 *   variables: {
 *      ids: // value for 'ids'
 *   },
 * });
 */
export function useReorderAutomationsMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<ReorderAutomationsMutation, ReorderAutomationsMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<ReorderAutomationsMutation, ReorderAutomationsMutationVariables>(ReorderAutomationsDocument, options);
      }
export type ReorderAutomationsMutationHookResult = ReturnType<typeof useReorderAutomationsMutation>;
export type ReorderAutomationsMutationResult = ApolloReactCommon.MutationResult<ReorderAutomationsMutation>;
export const RoutingSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoutingSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conditionFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConditionBuilder_field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"routingRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoutingRules_rule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"routingSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoutingSettings_settings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConditionBuilder_field"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConditionField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"operators"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleCondition_condition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Condition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoutingRules_rule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoutingRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleCondition_condition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignment"}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoutingSettings_settings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoutingSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fallbackOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"openLeads"}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useRoutingSettingsQuery__
 *
 * To run a query within a React component, call `useRoutingSettingsQuery` and pass it any options that fit your needs.
 * When your component renders, `useRoutingSettingsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useRoutingSettingsQuery({
 *   variables: {
 *   },
 * });
 */
export function useRoutingSettingsQuery(baseOptions?: ApolloReactHooks.QueryHookOptions<RoutingSettingsQuery, RoutingSettingsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<RoutingSettingsQuery, RoutingSettingsQueryVariables>(RoutingSettingsDocument, options);
      }
export function useRoutingSettingsLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<RoutingSettingsQuery, RoutingSettingsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<RoutingSettingsQuery, RoutingSettingsQueryVariables>(RoutingSettingsDocument, options);
        }
export type RoutingSettingsQueryHookResult = ReturnType<typeof useRoutingSettingsQuery>;
export type RoutingSettingsLazyQueryHookResult = ReturnType<typeof useRoutingSettingsLazyQuery>;
export type RoutingSettingsQueryResult = ApolloReactCommon.QueryResult<RoutingSettingsQuery, RoutingSettingsQueryVariables>;
export const DryRunRoutingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DryRunRouting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rules"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RoutingRuleInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRunRouting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rules"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rules"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluated"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"}}]}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useDryRunRoutingQuery__
 *
 * To run a query within a React component, call `useDryRunRoutingQuery` and pass it any options that fit your needs.
 * When your component renders, `useDryRunRoutingQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useDryRunRoutingQuery({
 *   variables: {
 *      rules: // value for 'rules'
 *      first: // value for 'first'
 *   },
 * });
 */
export function useDryRunRoutingQuery(baseOptions?: ApolloReactHooks.QueryHookOptions<DryRunRoutingQuery, DryRunRoutingQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<DryRunRoutingQuery, DryRunRoutingQueryVariables>(DryRunRoutingDocument, options);
      }
export function useDryRunRoutingLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<DryRunRoutingQuery, DryRunRoutingQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<DryRunRoutingQuery, DryRunRoutingQueryVariables>(DryRunRoutingDocument, options);
        }
export type DryRunRoutingQueryHookResult = ReturnType<typeof useDryRunRoutingQuery>;
export type DryRunRoutingLazyQueryHookResult = ReturnType<typeof useDryRunRoutingLazyQuery>;
export type DryRunRoutingQueryResult = ApolloReactCommon.QueryResult<DryRunRoutingQuery, DryRunRoutingQueryVariables>;
export const CreateRoutingRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRoutingRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RoutingRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRoutingRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoutingRules_rule"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleCondition_condition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Condition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoutingRules_rule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoutingRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleCondition_condition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignment"}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useCreateRoutingRuleMutation__
 *
 * To run a mutation, you first call `useCreateRoutingRuleMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useCreateRoutingRuleMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [createRoutingRuleMutation, { data, loading, error }] = useCreateRoutingRuleMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useCreateRoutingRuleMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<CreateRoutingRuleMutation, CreateRoutingRuleMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<CreateRoutingRuleMutation, CreateRoutingRuleMutationVariables>(CreateRoutingRuleDocument, options);
      }
export type CreateRoutingRuleMutationHookResult = ReturnType<typeof useCreateRoutingRuleMutation>;
export type CreateRoutingRuleMutationResult = ApolloReactCommon.MutationResult<CreateRoutingRuleMutation>;
export const UpdateRoutingRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRoutingRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RoutingRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRoutingRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoutingRules_rule"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleCondition_condition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Condition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoutingRules_rule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoutingRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleCondition_condition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignment"}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useUpdateRoutingRuleMutation__
 *
 * To run a mutation, you first call `useUpdateRoutingRuleMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useUpdateRoutingRuleMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [updateRoutingRuleMutation, { data, loading, error }] = useUpdateRoutingRuleMutation({
 *   variables: {
 *      id: // value for 'id'
 *      input: // value for 'input'
 *   },
 * });
 */
export function useUpdateRoutingRuleMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<UpdateRoutingRuleMutation, UpdateRoutingRuleMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<UpdateRoutingRuleMutation, UpdateRoutingRuleMutationVariables>(UpdateRoutingRuleDocument, options);
      }
export type UpdateRoutingRuleMutationHookResult = ReturnType<typeof useUpdateRoutingRuleMutation>;
export type UpdateRoutingRuleMutationResult = ApolloReactCommon.MutationResult<UpdateRoutingRuleMutation>;
export const DeleteRoutingRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRoutingRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRoutingRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode;

/**
 * __useDeleteRoutingRuleMutation__
 *
 * To run a mutation, you first call `useDeleteRoutingRuleMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useDeleteRoutingRuleMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [deleteRoutingRuleMutation, { data, loading, error }] = useDeleteRoutingRuleMutation({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useDeleteRoutingRuleMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<DeleteRoutingRuleMutation, DeleteRoutingRuleMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<DeleteRoutingRuleMutation, DeleteRoutingRuleMutationVariables>(DeleteRoutingRuleDocument, options);
      }
export type DeleteRoutingRuleMutationHookResult = ReturnType<typeof useDeleteRoutingRuleMutation>;
export type DeleteRoutingRuleMutationResult = ApolloReactCommon.MutationResult<DeleteRoutingRuleMutation>;
export const ReorderRoutingRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderRoutingRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderRoutingRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoutingRules_rule"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleCondition_condition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Condition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoutingRules_rule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoutingRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleCondition_condition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignment"}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useReorderRoutingRulesMutation__
 *
 * To run a mutation, you first call `useReorderRoutingRulesMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useReorderRoutingRulesMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [reorderRoutingRulesMutation, { data, loading, error }] = useReorderRoutingRulesMutation({
 *   variables: {
 *      ids: // value for 'ids'
 *   },
 * });
 */
export function useReorderRoutingRulesMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<ReorderRoutingRulesMutation, ReorderRoutingRulesMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<ReorderRoutingRulesMutation, ReorderRoutingRulesMutationVariables>(ReorderRoutingRulesDocument, options);
      }
export type ReorderRoutingRulesMutationHookResult = ReturnType<typeof useReorderRoutingRulesMutation>;
export type ReorderRoutingRulesMutationResult = ApolloReactCommon.MutationResult<ReorderRoutingRulesMutation>;
export const SetRoutingFallbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetRoutingFallback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ownerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRoutingFallback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ownerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoutingSettings_settings"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoutingSettings_settings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoutingSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fallbackOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"openLeads"}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useSetRoutingFallbackMutation__
 *
 * To run a mutation, you first call `useSetRoutingFallbackMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useSetRoutingFallbackMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [setRoutingFallbackMutation, { data, loading, error }] = useSetRoutingFallbackMutation({
 *   variables: {
 *      ownerId: // value for 'ownerId'
 *   },
 * });
 */
export function useSetRoutingFallbackMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<SetRoutingFallbackMutation, SetRoutingFallbackMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<SetRoutingFallbackMutation, SetRoutingFallbackMutationVariables>(SetRoutingFallbackDocument, options);
      }
export type SetRoutingFallbackMutationHookResult = ReturnType<typeof useSetRoutingFallbackMutation>;
export type SetRoutingFallbackMutationResult = ApolloReactCommon.MutationResult<SetRoutingFallbackMutation>;
export const SetRoutingMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetRoutingMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"available"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"capacity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRoutingMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"available"},"value":{"kind":"Variable","name":{"kind":"Name","value":"available"}}},{"kind":"Argument","name":{"kind":"Name","value":"capacity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"capacity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"openLeads"}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useSetRoutingMemberMutation__
 *
 * To run a mutation, you first call `useSetRoutingMemberMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useSetRoutingMemberMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [setRoutingMemberMutation, { data, loading, error }] = useSetRoutingMemberMutation({
 *   variables: {
 *      userId: // value for 'userId'
 *      available: // value for 'available'
 *      capacity: // value for 'capacity'
 *   },
 * });
 */
export function useSetRoutingMemberMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<SetRoutingMemberMutation, SetRoutingMemberMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<SetRoutingMemberMutation, SetRoutingMemberMutationVariables>(SetRoutingMemberDocument, options);
      }
export type SetRoutingMemberMutationHookResult = ReturnType<typeof useSetRoutingMemberMutation>;
export type SetRoutingMemberMutationResult = ApolloReactCommon.MutationResult<SetRoutingMemberMutation>;
export const RoutingRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoutingRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RunLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routingRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useRoutingRunsQuery__
 *
 * To run a query within a React component, call `useRoutingRunsQuery` and pass it any options that fit your needs.
 * When your component renders, `useRoutingRunsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useRoutingRunsQuery({
 *   variables: {
 *      filter: // value for 'filter'
 *      first: // value for 'first'
 *   },
 * });
 */
export function useRoutingRunsQuery(baseOptions?: ApolloReactHooks.QueryHookOptions<RoutingRunsQuery, RoutingRunsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<RoutingRunsQuery, RoutingRunsQueryVariables>(RoutingRunsDocument, options);
      }
export function useRoutingRunsLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<RoutingRunsQuery, RoutingRunsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<RoutingRunsQuery, RoutingRunsQueryVariables>(RoutingRunsDocument, options);
        }
export type RoutingRunsQueryHookResult = ReturnType<typeof useRoutingRunsQuery>;
export type RoutingRunsLazyQueryHookResult = ReturnType<typeof useRoutingRunsLazyQuery>;
export type RoutingRunsQueryResult = ApolloReactCommon.QueryResult<RoutingRunsQuery, RoutingRunsQueryVariables>;
export const RouteLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RouteLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routeLeads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useRouteLeadsMutation__
 *
 * To run a mutation, you first call `useRouteLeadsMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useRouteLeadsMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [routeLeadsMutation, { data, loading, error }] = useRouteLeadsMutation({
 *   variables: {
 *      ids: // value for 'ids'
 *   },
 * });
 */
export function useRouteLeadsMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<RouteLeadsMutation, RouteLeadsMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<RouteLeadsMutation, RouteLeadsMutationVariables>(RouteLeadsDocument, options);
      }
export type RouteLeadsMutationHookResult = ReturnType<typeof useRouteLeadsMutation>;
export type RouteLeadsMutationResult = ApolloReactCommon.MutationResult<RouteLeadsMutation>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subtitle"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useSearchQuery__
 *
 * To run a query within a React component, call `useSearchQuery` and pass it any options that fit your needs.
 * When your component renders, `useSearchQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useSearchQuery({
 *   variables: {
 *      query: // value for 'query'
 *      first: // value for 'first'
 *   },
 * });
 */
export function useSearchQuery(baseOptions: ApolloReactHooks.QueryHookOptions<SearchQuery, SearchQueryVariables> & ({ variables: SearchQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<SearchQuery, SearchQueryVariables>(SearchDocument, options);
      }
export function useSearchLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<SearchQuery, SearchQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<SearchQuery, SearchQueryVariables>(SearchDocument, options);
        }
export type SearchQueryHookResult = ReturnType<typeof useSearchQuery>;
export type SearchLazyQueryHookResult = ReturnType<typeof useSearchLazyQuery>;
export type SearchQueryResult = ApolloReactCommon.QueryResult<SearchQuery, SearchQueryVariables>;
export const ArchivedPipelinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArchivedPipelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useArchivedPipelinesQuery__
 *
 * To run a query within a React component, call `useArchivedPipelinesQuery` and pass it any options that fit your needs.
 * When your component renders, `useArchivedPipelinesQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useArchivedPipelinesQuery({
 *   variables: {
 *   },
 * });
 */
export function useArchivedPipelinesQuery(baseOptions?: ApolloReactHooks.QueryHookOptions<ArchivedPipelinesQuery, ArchivedPipelinesQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<ArchivedPipelinesQuery, ArchivedPipelinesQueryVariables>(ArchivedPipelinesDocument, options);
      }
export function useArchivedPipelinesLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<ArchivedPipelinesQuery, ArchivedPipelinesQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<ArchivedPipelinesQuery, ArchivedPipelinesQueryVariables>(ArchivedPipelinesDocument, options);
        }
export type ArchivedPipelinesQueryHookResult = ReturnType<typeof useArchivedPipelinesQuery>;
export type ArchivedPipelinesLazyQueryHookResult = ReturnType<typeof useArchivedPipelinesLazyQuery>;
export type ArchivedPipelinesQueryResult = ApolloReactCommon.QueryResult<ArchivedPipelinesQuery, ArchivedPipelinesQueryVariables>;
export const ArchivePipelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchivePipeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archivePipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useArchivePipelineMutation__
 *
 * To run a mutation, you first call `useArchivePipelineMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useArchivePipelineMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [archivePipelineMutation, { data, loading, error }] = useArchivePipelineMutation({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useArchivePipelineMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<ArchivePipelineMutation, ArchivePipelineMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<ArchivePipelineMutation, ArchivePipelineMutationVariables>(ArchivePipelineDocument, options);
      }
export type ArchivePipelineMutationHookResult = ReturnType<typeof useArchivePipelineMutation>;
export type ArchivePipelineMutationResult = ApolloReactCommon.MutationResult<ArchivePipelineMutation>;
export const RestorePipelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestorePipeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restorePipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useRestorePipelineMutation__
 *
 * To run a mutation, you first call `useRestorePipelineMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useRestorePipelineMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [restorePipelineMutation, { data, loading, error }] = useRestorePipelineMutation({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useRestorePipelineMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<RestorePipelineMutation, RestorePipelineMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<RestorePipelineMutation, RestorePipelineMutationVariables>(RestorePipelineDocument, options);
      }
export type RestorePipelineMutationHookResult = ReturnType<typeof useRestorePipelineMutation>;
export type RestorePipelineMutationResult = ApolloReactCommon.MutationResult<RestorePipelineMutation>;
export const TrashDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Trash"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trash"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrashRow_item"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrashRow_item"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrashItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"restorableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"canRestore"}}]}}]} as unknown as DocumentNode;

/**
 * __useTrashQuery__
 *
 * To run a query within a React component, call `useTrashQuery` and pass it any options that fit your needs.
 * When your component renders, `useTrashQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useTrashQuery({
 *   variables: {
 *      first: // value for 'first'
 *      after: // value for 'after'
 *   },
 * });
 */
export function useTrashQuery(baseOptions?: ApolloReactHooks.QueryHookOptions<TrashQuery, TrashQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<TrashQuery, TrashQueryVariables>(TrashDocument, options);
      }
export function useTrashLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<TrashQuery, TrashQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<TrashQuery, TrashQueryVariables>(TrashDocument, options);
        }
export type TrashQueryHookResult = ReturnType<typeof useTrashQuery>;
export type TrashLazyQueryHookResult = ReturnType<typeof useTrashLazyQuery>;
export type TrashQueryResult = ApolloReactCommon.QueryResult<TrashQuery, TrashQueryVariables>;