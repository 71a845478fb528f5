/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { gql } from '@apollo/client';
import * as ApolloReactCommon from '@apollo/client/react';
import * as ApolloReactHooks from '@apollo/client/react';
const defaultOptions = {} as const;
export type ActivityType =
  | 'ASSIGNED'
  | 'CALL'
  | 'CONVERTED'
  | 'CREATED'
  | 'DELETED'
  | 'EMAIL'
  | 'LOST'
  | 'MEETING'
  | 'NOTE'
  | 'SCORE_CHANGED'
  | 'STAGE_CHANGED'
  | 'STATUS_CHANGED'
  | 'TASK'
  | 'UPDATED'
  | 'VALUE_CHANGED'
  | 'WON';

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
  direction?: CrossingDirection | null | undefined;
  enabled?: boolean | null | undefined;
  match?: ConditionMatch | null | undefined;
  name: string;
  stageId?: string | number | null | undefined;
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

export type CreateStageInput = {
  kind?: StageKind | null | undefined;
  name: string;
  /** Position in the board; appended when omitted. */
  order?: number | null | undefined;
  pipelineId: string | number;
  probability?: number | null | undefined;
  rottingDays?: number | null | undefined;
};

export type CrossingDirection =
  | 'DOWN'
  | 'UP';

export type DealFilter = {
  customerId?: string | number | null | undefined;
  maxValue?: string | null | undefined;
  minValue?: string | null | undefined;
  ownerId?: string | number | null | undefined;
  pipelineId?: string | number | null | undefined;
  rottingOnly?: boolean | null | undefined;
  search?: string | null | undefined;
  stageId?: string | number | null | undefined;
  /** OPEN, WON or LOST (the kind of the deal's stage). */
  status?: StageKind | null | undefined;
};

export type LeadFilter = {
  customerId?: string | number | null | undefined;
  maxScore?: number | null | undefined;
  minScore?: number | null | undefined;
  ownerId?: string | number | null | undefined;
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

export type MonthTargetInput = {
  /** YYYY-MM */
  month: string;
  target: string;
};

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

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type StageKind =
  | 'LOST'
  | 'OPEN'
  | 'WON';

export type UpdateDealInput = {
  currency?: string | null | undefined;
  customerId?: string | number | null | undefined;
  expectedCloseDate?: string | null | undefined;
  ownerId?: string | number | null | undefined;
  title?: string | null | undefined;
  value?: string | null | undefined;
};

export type UpdateStageInput = {
  clearProbability?: boolean | null | undefined;
  clearRottingDays?: boolean | null | undefined;
  name?: string | null | undefined;
  probability?: number | null | undefined;
  rottingDays?: number | null | undefined;
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

export type BoardColumnPageQueryVariables = Exact<{
  pipelineId: string | number;
  stageFilter: DealFilter;
  first: number;
  afterPosition: number;
}>;


export type BoardColumnPageQuery = { pipeline: { id: string, stages: Array<{ id: string, deals: Array<{ id: string, title: string, value: string, currency: string, position: number, version: number, daysInStage: number, isRotting: boolean, expectedCloseDate: string | null, stage: { id: string }, owner: { id: string, name: string } | null, customer: { id: string, name: string } | null, lead: { id: string, score: number | null, scoreBand: string | null } | null }> }> } | null };

export type BoardColumnDealIdsFragment = { deals: Array<{ id: string }> };

export type BoardFilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardFilterOptionsQuery = { users: Array<{ id: string, name: string }>, customers: Array<{ id: string, name: string }> };

export type DealCard_DealFragment = { id: string, title: string, value: string, currency: string, position: number, version: number, daysInStage: number, isRotting: boolean, expectedCloseDate: string | null, stage: { id: string }, owner: { id: string, name: string } | null, customer: { id: string, name: string } | null, lead: { id: string, score: number | null, scoreBand: string | null } | null };

export type BoardColumn_StageFragment = { id: string, name: string, order: number, kind: StageKind, probability: number | null, effectiveProbability: number | null, rottingDays: number | null, dealCount: number, totals: Array<{ currency: string, amount: string }>, weightedTotals: Array<{ currency: string, amount: string }>, deals: Array<{ id: string, title: string, value: string, currency: string, position: number, version: number, daysInStage: number, isRotting: boolean, expectedCloseDate: string | null, stage: { id: string }, owner: { id: string, name: string } | null, customer: { id: string, name: string } | null, lead: { id: string, score: number | null, scoreBand: string | null } | null }> };

export type DealBoardQueryVariables = Exact<{
  pipelineId: string | number;
  filter?: DealFilter | null | undefined;
  openFilter?: DealFilter | null | undefined;
  pageSize: number;
}>;


export type DealBoardQuery = { pipeline: { id: string, name: string, currency: string, stages: Array<{ id: string, name: string, order: number, kind: StageKind, probability: number | null, effectiveProbability: number | null, rottingDays: number | null, dealCount: number, totals: Array<{ currency: string, amount: string }>, weightedTotals: Array<{ currency: string, amount: string }>, deals: Array<{ id: string, title: string, value: string, currency: string, position: number, version: number, daysInStage: number, isRotting: boolean, expectedCloseDate: string | null, stage: { id: string }, owner: { id: string, name: string } | null, customer: { id: string, name: string } | null, lead: { id: string, score: number | null, scoreBand: string | null } | null }> }> } | null };

export type PipelinesQueryVariables = Exact<{ [key: string]: never; }>;


export type PipelinesQuery = { pipelines: Array<{ id: string, name: string, currency: string }> };

export type CustomerPageQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerPageQuery = { customer: { id: string, name: string, healthScore: number, plan: string, mrr: string, industry: string, country: string, email: string, openDealTotals: Array<{ currency: string, amount: string }>, weightedDealTotals: Array<{ currency: string, amount: string }>, wonDealTotals: Array<{ currency: string, amount: string }>, signals: { activeUsers: number | null, seats: number | null, usageTrend: number | null, employees: number | null, annualRevenue: string | null, updatedAt: string | null } | null, deals: Array<{ id: string, title: string, value: string, currency: string, expectedCloseDate: string | null, isRotting: boolean, stage: { id: string, name: string, kind: StageKind }, owner: { id: string, name: string } | null }>, leadScore: { score: number, probability: number, band: string, modelVersion: string, scoredAt: string, lead: { id: string, name: string }, explanation: { baseline: number, factors: Array<{ feature: string, label: string, value: string | null, contribution: number }> } } | null } | null };

export type CustomersQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomersQuery = { customers: Array<{ id: string, name: string, healthScore: number, plan: string, industry: string, country: string, openDealTotals: Array<{ currency: string, amount: string }> }> };

export type MoneyTotal_TotalFragment = { currency: string, amount: string };

export type DashboardPipelineQueryVariables = Exact<{
  pipelineId: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type DashboardPipelineQuery = { pipelineStats: { winRate: number | null, wonCount: number, lostCount: number, medianDaysToClose: number | null, rottingCount: number, averageWonValues: Array<{ currency: string, amount: string }>, pipeline: { id: string, name: string, currency: string }, stages: Array<{ dealCount: number, medianDays: number | null, learnedConversionRate: number | null, probability: number | null, totals: Array<{ currency: string, amount: string }>, weightedTotals: Array<{ currency: string, amount: string }>, stage: { id: string, name: string, kind: StageKind, order: number } }> } };

export type DashboardForecastQueryVariables = Exact<{
  pipelineId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  targets?: Array<MonthTargetInput> | MonthTargetInput | null | undefined;
}>;


export type DashboardForecastQuery = { forecast: Array<{ month: string, dealCount: number, target: string | null, totals: Array<{ currency: string, amount: string }>, weightedTotals: Array<{ currency: string, amount: string }>, wonTotals: Array<{ currency: string, amount: string }> }> };

export type DashboardScoringQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardScoringQuery = { leadScoreDistribution: Array<{ from: number, to: number, count: number }>, activeScoringModel: { notes: string | null, id: string, version: number, kind: string, active: boolean, trainedAt: string, trainingRows: number, metrics: { auc: number, prAuc: number, logLoss: number, ece: number, lift10: number, holdoutRows: number, holdoutPositives: number, calibration: Array<{ predicted: number, observed: number, count: number }> } | null } | null };

export type MarkDealWonMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type MarkDealWonMutation = { markDealWon: { id: string, title: string, value: string, currency: string, version: number, expectedCloseDate: string | null, daysInStage: number, isRotting: boolean, createdAt: string, closedAt: string | null, lostReason: string | null, position: number, owner: { id: string, name: string } | null, customer: { id: string, name: string } | null, lead: { id: string, name: string, score: number | null, scoreBand: string | null } | null, stage: { id: string, name: string, kind: StageKind }, pipeline: { id: string, name: string, stages: Array<{ id: string, name: string, order: number, kind: StageKind }> } } };

export type MarkDealLostMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  reason: string;
}>;


export type MarkDealLostMutation = { markDealLost: { id: string, title: string, value: string, currency: string, version: number, expectedCloseDate: string | null, daysInStage: number, isRotting: boolean, createdAt: string, closedAt: string | null, lostReason: string | null, position: number, owner: { id: string, name: string } | null, customer: { id: string, name: string } | null, lead: { id: string, name: string, score: number | null, scoreBand: string | null } | null, stage: { id: string, name: string, kind: StageKind }, pipeline: { id: string, name: string, stages: Array<{ id: string, name: string, order: number, kind: StageKind }> } } };

export type DealDetails_DealFragment = { id: string, title: string, value: string, currency: string, version: number, expectedCloseDate: string | null, daysInStage: number, isRotting: boolean, createdAt: string, closedAt: string | null, lostReason: string | null, owner: { id: string, name: string } | null, customer: { id: string, name: string } | null, lead: { id: string, name: string, score: number | null, scoreBand: string | null } | null, stage: { id: string, name: string, kind: StageKind }, pipeline: { id: string, name: string, stages: Array<{ id: string, name: string, order: number, kind: StageKind }> } };

export type DealPageQueryVariables = Exact<{
  id: string | number;
}>;


export type DealPageQuery = { deal: { id: string, title: string, value: string, currency: string, version: number, expectedCloseDate: string | null, daysInStage: number, isRotting: boolean, createdAt: string, closedAt: string | null, lostReason: string | null, owner: { id: string, name: string } | null, customer: { id: string, name: string } | null, lead: { id: string, name: string, score: number | null, scoreBand: string | null } | null, stage: { id: string, name: string, kind: StageKind }, pipeline: { id: string, name: string, stages: Array<{ id: string, name: string, order: number, kind: StageKind }> } } | null, users: Array<{ id: string, name: string }> };

export type UpdateDealMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: UpdateDealInput;
}>;


export type UpdateDealMutation = { updateDeal: { id: string, title: string, value: string, currency: string, version: number, expectedCloseDate: string | null, daysInStage: number, isRotting: boolean, createdAt: string, closedAt: string | null, lostReason: string | null, owner: { id: string, name: string } | null, customer: { id: string, name: string } | null, lead: { id: string, name: string, score: number | null, scoreBand: string | null } | null, stage: { id: string, name: string, kind: StageKind }, pipeline: { id: string, name: string, stages: Array<{ id: string, name: string, order: number, kind: StageKind }> } } };

export type MoveDealMutationVariables = Exact<{
  id: string | number;
  stageId: string | number;
  position: number;
  expectedVersion: number;
}>;


export type MoveDealMutation = { moveDeal: { __typename: 'Deal', id: string, position: number, version: number, daysInStage: number, isRotting: boolean, stage: { __typename: 'PipelineStage', id: string } } };

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

export type ScoreFactor_FactorFragment = { feature: string, label: string, value: string | null, contribution: number };

export type ModelCard_ModelFragment = { id: string, version: number, kind: string, active: boolean, trainedAt: string, trainingRows: number, metrics: { auc: number, prAuc: number, logLoss: number, ece: number, lift10: number, holdoutRows: number, holdoutPositives: number, calibration: Array<{ predicted: number, observed: number, count: number }> } | null };

export type ScoreExplanationPanel_LeadFragment = { id: string, score: number | null, probability: number | null, scoreBand: string | null, scoreExplanation: { baseline: number, logit: number, probability: number, factors: Array<{ feature: string, label: string, value: string | null, contribution: number }>, topPositive: Array<{ feature: string, label: string, value: string | null, contribution: number }>, topNegative: Array<{ feature: string, label: string, value: string | null, contribution: number }>, bestImprovement: { feature: string, label: string, from: string | null, to: string, newProbability: number, newScore: number } | null, model: { id: string, version: number, kind: string, active: boolean, trainedAt: string, trainingRows: number, metrics: { auc: number, prAuc: number, logLoss: number, ece: number, lift10: number, holdoutRows: number, holdoutPositives: number, calibration: Array<{ predicted: number, observed: number, count: number }> } | null } } | null };

export type LeadPageQueryVariables = Exact<{
  id: string | number;
}>;


export type LeadPageQuery = { lead: { id: string, name: string, email: string | null, company: string | null, title: string | null, source: string, status: LeadStatus, score: number | null, scoreBand: string | null, scoredAt: string | null, scoreModelVersion: string | null, emailsCount: number, callsCount: number, meetingsCount: number, visitsCount: number, lastEngagedAt: string | null, createdAt: string, metadata: unknown, probability: number | null, owner: { id: string, name: string } | null, customer: { id: string, name: string, healthScore: number, plan: string } | null, deal: { id: string, title: string, stage: { id: string, name: string } } | null, scoreHistory: Array<{ id: string, score: number, probability: number, modelVersion: string, createdAt: string, factors: Array<{ label: string, value: string | null, contribution: number }> }>, scoreExplanation: { baseline: number, logit: number, probability: number, factors: Array<{ feature: string, label: string, value: string | null, contribution: number }>, topPositive: Array<{ feature: string, label: string, value: string | null, contribution: number }>, topNegative: Array<{ feature: string, label: string, value: string | null, contribution: number }>, bestImprovement: { feature: string, label: string, from: string | null, to: string, newProbability: number, newScore: number } | null, model: { id: string, version: number, kind: string, active: boolean, trainedAt: string, trainingRows: number, metrics: { auc: number, prAuc: number, logLoss: number, ece: number, lift10: number, holdoutRows: number, holdoutPositives: number, calibration: Array<{ predicted: number, observed: number, count: number }> } | null } } | null } | null };

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

export type StageSettings_StageFragment = { id: string, name: string, order: number, kind: StageKind, probability: number | null, learnedConversionRate: number | null, rottingDays: number | null, dealCount: number };

export type PipelineSettings_PipelineFragment = { id: string, name: string, currency: string, stages: Array<{ id: string, name: string, order: number, kind: StageKind, probability: number | null, learnedConversionRate: number | null, rottingDays: number | null, dealCount: number }> };

export type PipelineSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type PipelineSettingsQuery = { pipelines: Array<{ id: string, name: string, currency: string, stages: Array<{ id: string, name: string, order: number, kind: StageKind, probability: number | null, learnedConversionRate: number | null, rottingDays: number | null, dealCount: number }> }> };

export type CreatePipelineMutationVariables = Exact<{
  name: string;
  currency?: string | null | undefined;
}>;


export type CreatePipelineMutation = { createPipeline: { id: string, name: string, currency: string, stages: Array<{ id: string, name: string, order: number, kind: StageKind, probability: number | null, learnedConversionRate: number | null, rottingDays: number | null, dealCount: number }> } };

export type RenamePipelineMutationVariables = Exact<{
  id: string | number;
  name: string;
}>;


export type RenamePipelineMutation = { renamePipeline: { __typename: 'Pipeline', id: string, name: string } };

export type CreateStageMutationVariables = Exact<{
  input: CreateStageInput;
}>;


export type CreateStageMutation = { createStage: { id: string, name: string, order: number, kind: StageKind, probability: number | null, learnedConversionRate: number | null, rottingDays: number | null, dealCount: number, pipeline: { id: string, name: string, currency: string, stages: Array<{ id: string, name: string, order: number, kind: StageKind, probability: number | null, learnedConversionRate: number | null, rottingDays: number | null, dealCount: number }> } } };

export type UpdateStageMutationVariables = Exact<{
  id: string | number;
  input: UpdateStageInput;
}>;


export type UpdateStageMutation = { updateStage: { id: string, name: string, order: number, kind: StageKind, probability: number | null, learnedConversionRate: number | null, rottingDays: number | null, dealCount: number } };

export type ReorderStagesMutationVariables = Exact<{
  pipelineId: string | number;
  stageIds: Array<string | number> | string | number;
}>;


export type ReorderStagesMutation = { reorderStages: { id: string, name: string, currency: string, stages: Array<{ id: string, name: string, order: number, kind: StageKind, probability: number | null, learnedConversionRate: number | null, rottingDays: number | null, dealCount: number }> } };

export type DeleteStageMutationVariables = Exact<{
  id: string | number;
  targetStageId: string | number;
}>;


export type DeleteStageMutation = { deleteStage: { id: string, name: string, currency: string, stages: Array<{ id: string, name: string, order: number, kind: StageKind, probability: number | null, learnedConversionRate: number | null, rottingDays: number | null, dealCount: number }> } };

export const TimelineItem_ActivityFragmentDoc = gql`
    fragment TimelineItem_activity on Activity {
  __typename
  id
  type
  body
  payload
  occurredAt
  actor {
    id
    name
  }
}
    `;
export const BoardColumnDealIdsFragmentDoc = gql`
    fragment BoardColumnDealIds on PipelineStage {
  deals(filter: $openFilter, first: $pageSize) {
    id
  }
}
    `;
export const DealCard_DealFragmentDoc = gql`
    fragment DealCard_deal on Deal {
  id
  title
  value
  currency
  position
  version
  daysInStage
  isRotting
  expectedCloseDate
  stage {
    id
  }
  owner {
    id
    name
  }
  customer {
    id
    name
  }
  lead {
    id
    score
    scoreBand
  }
}
    `;
export const BoardColumn_StageFragmentDoc = gql`
    fragment BoardColumn_stage on PipelineStage {
  id
  name
  order
  kind
  probability
  effectiveProbability
  rottingDays
  dealCount(filter: $filter)
  totals(filter: $filter) {
    currency
    amount
  }
  weightedTotals(filter: $filter) {
    currency
    amount
  }
  deals(filter: $openFilter, first: $pageSize) {
    ...DealCard_deal
  }
}
    `;
export const MoneyTotal_TotalFragmentDoc = gql`
    fragment MoneyTotal_total on MoneyTotal {
  currency
  amount
}
    `;
export const DealDetails_DealFragmentDoc = gql`
    fragment DealDetails_deal on Deal {
  id
  title
  value
  currency
  version
  expectedCloseDate
  daysInStage
  isRotting
  createdAt
  closedAt
  lostReason
  owner {
    id
    name
  }
  customer {
    id
    name
  }
  lead {
    id
    name
    score
    scoreBand
  }
  stage {
    id
    name
    kind
  }
  pipeline {
    id
    name
    stages {
      id
      name
      order
      kind
    }
  }
}
    `;
export const ScoreFactor_FactorFragmentDoc = gql`
    fragment ScoreFactor_factor on ScoreFactor {
  feature
  label
  value
  contribution
}
    `;
export const ModelCard_ModelFragmentDoc = gql`
    fragment ModelCard_model on ScoringModel {
  id
  version
  kind
  active
  trainedAt
  trainingRows
  metrics {
    auc
    prAuc
    logLoss
    ece
    lift10
    holdoutRows
    holdoutPositives
    calibration {
      predicted
      observed
      count
    }
  }
}
    `;
export const ScoreExplanationPanel_LeadFragmentDoc = gql`
    fragment ScoreExplanationPanel_lead on Lead {
  id
  score
  probability
  scoreBand
  scoreExplanation {
    baseline
    logit
    probability
    factors {
      ...ScoreFactor_factor
    }
    topPositive {
      ...ScoreFactor_factor
    }
    topNegative {
      ...ScoreFactor_factor
    }
    bestImprovement {
      feature
      label
      from
      to
      newProbability
      newScore
    }
    model {
      ...ModelCard_model
    }
  }
}
    `;
export const LeadRow_LeadFragmentDoc = gql`
    fragment LeadRow_lead on Lead {
  id
  name
  company
  title
  source
  status
  score
  scoreBand
  createdAt
  owner {
    id
    name
  }
}
    `;
export const RuleCondition_ConditionFragmentDoc = gql`
    fragment RuleCondition_condition on Condition {
  field
  operator
  value
  values
  min
  max
}
    `;
export const Automations_AutomationFragmentDoc = gql`
    fragment Automations_automation on Automation {
  id
  name
  position
  enabled
  trigger
  threshold
  direction
  stage {
    id
    name
  }
  match
  conditions {
    ...RuleCondition_condition
  }
  actions {
    type
    status
    stage {
      id
      name
    }
    value
    owner {
      id
      name
    }
    text
    eventName
  }
}
    `;
export const ConditionBuilder_FieldFragmentDoc = gql`
    fragment ConditionBuilder_field on ConditionField {
  key
  label
  type
  scope
  operators
  choices
}
    `;
export const RoutingRules_RuleFragmentDoc = gql`
    fragment RoutingRules_rule on RoutingRule {
  id
  name
  position
  enabled
  match
  conditions {
    ...RuleCondition_condition
  }
  assignment
  owners {
    id
    name
  }
  nextOwner {
    id
    name
  }
}
    `;
export const RoutingSettings_SettingsFragmentDoc = gql`
    fragment RoutingSettings_settings on RoutingSettings {
  fallbackOwner {
    id
    name
  }
  members {
    user {
      id
      name
    }
    available
    capacity
    openLeads
  }
}
    `;
export const StageSettings_StageFragmentDoc = gql`
    fragment StageSettings_stage on PipelineStage {
  id
  name
  order
  kind
  probability
  learnedConversionRate
  rottingDays
  dealCount
}
    `;
export const PipelineSettings_PipelineFragmentDoc = gql`
    fragment PipelineSettings_pipeline on Pipeline {
  id
  name
  currency
  stages {
    ...StageSettings_stage
  }
}
    `;
export const DealTimelineDocument = gql`
    query DealTimeline($dealId: ID!) {
  dealActivities(dealId: $dealId) {
    ...TimelineItem_activity
  }
}
    ${TimelineItem_ActivityFragmentDoc}`;

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
export const LeadTimelineDocument = gql`
    query LeadTimeline($leadId: ID!) {
  leadActivities(leadId: $leadId) {
    ...TimelineItem_activity
  }
}
    ${TimelineItem_ActivityFragmentDoc}`;

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
export const LogActivityDocument = gql`
    mutation LogActivity($input: LogActivityInput!) {
  logActivity(input: $input) {
    ...TimelineItem_activity
  }
}
    ${TimelineItem_ActivityFragmentDoc}`;

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
export const BoardColumnPageDocument = gql`
    query BoardColumnPage($pipelineId: ID!, $stageFilter: DealFilter!, $first: Int!, $afterPosition: Int!) {
  pipeline(id: $pipelineId) {
    id
    stages {
      id
      deals(filter: $stageFilter, first: $first, afterPosition: $afterPosition) {
        ...DealCard_deal
      }
    }
  }
}
    ${DealCard_DealFragmentDoc}`;

/**
 * __useBoardColumnPageQuery__
 *
 * To run a query within a React component, call `useBoardColumnPageQuery` and pass it any options that fit your needs.
 * When your component renders, `useBoardColumnPageQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useBoardColumnPageQuery({
 *   variables: {
 *      pipelineId: // value for 'pipelineId'
 *      stageFilter: // value for 'stageFilter'
 *      first: // value for 'first'
 *      afterPosition: // value for 'afterPosition'
 *   },
 * });
 */
export function useBoardColumnPageQuery(baseOptions: ApolloReactHooks.QueryHookOptions<BoardColumnPageQuery, BoardColumnPageQueryVariables> & ({ variables: BoardColumnPageQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<BoardColumnPageQuery, BoardColumnPageQueryVariables>(BoardColumnPageDocument, options);
      }
export function useBoardColumnPageLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<BoardColumnPageQuery, BoardColumnPageQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<BoardColumnPageQuery, BoardColumnPageQueryVariables>(BoardColumnPageDocument, options);
        }
export type BoardColumnPageQueryHookResult = ReturnType<typeof useBoardColumnPageQuery>;
export type BoardColumnPageLazyQueryHookResult = ReturnType<typeof useBoardColumnPageLazyQuery>;
export type BoardColumnPageQueryResult = ApolloReactCommon.QueryResult<BoardColumnPageQuery, BoardColumnPageQueryVariables>;
export const BoardFilterOptionsDocument = gql`
    query BoardFilterOptions {
  users {
    id
    name
  }
  customers(first: 500) {
    id
    name
  }
}
    `;

/**
 * __useBoardFilterOptionsQuery__
 *
 * To run a query within a React component, call `useBoardFilterOptionsQuery` and pass it any options that fit your needs.
 * When your component renders, `useBoardFilterOptionsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useBoardFilterOptionsQuery({
 *   variables: {
 *   },
 * });
 */
export function useBoardFilterOptionsQuery(baseOptions?: ApolloReactHooks.QueryHookOptions<BoardFilterOptionsQuery, BoardFilterOptionsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<BoardFilterOptionsQuery, BoardFilterOptionsQueryVariables>(BoardFilterOptionsDocument, options);
      }
export function useBoardFilterOptionsLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<BoardFilterOptionsQuery, BoardFilterOptionsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<BoardFilterOptionsQuery, BoardFilterOptionsQueryVariables>(BoardFilterOptionsDocument, options);
        }
export type BoardFilterOptionsQueryHookResult = ReturnType<typeof useBoardFilterOptionsQuery>;
export type BoardFilterOptionsLazyQueryHookResult = ReturnType<typeof useBoardFilterOptionsLazyQuery>;
export type BoardFilterOptionsQueryResult = ApolloReactCommon.QueryResult<BoardFilterOptionsQuery, BoardFilterOptionsQueryVariables>;
export const DealBoardDocument = gql`
    query DealBoard($pipelineId: ID!, $filter: DealFilter, $openFilter: DealFilter, $pageSize: Int!) {
  pipeline(id: $pipelineId) {
    id
    name
    currency
    stages {
      ...BoardColumn_stage
    }
  }
}
    ${BoardColumn_StageFragmentDoc}
${DealCard_DealFragmentDoc}`;

/**
 * __useDealBoardQuery__
 *
 * To run a query within a React component, call `useDealBoardQuery` and pass it any options that fit your needs.
 * When your component renders, `useDealBoardQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useDealBoardQuery({
 *   variables: {
 *      pipelineId: // value for 'pipelineId'
 *      filter: // value for 'filter'
 *      openFilter: // value for 'openFilter'
 *      pageSize: // value for 'pageSize'
 *   },
 * });
 */
export function useDealBoardQuery(baseOptions: ApolloReactHooks.QueryHookOptions<DealBoardQuery, DealBoardQueryVariables> & ({ variables: DealBoardQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<DealBoardQuery, DealBoardQueryVariables>(DealBoardDocument, options);
      }
export function useDealBoardLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<DealBoardQuery, DealBoardQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<DealBoardQuery, DealBoardQueryVariables>(DealBoardDocument, options);
        }
export type DealBoardQueryHookResult = ReturnType<typeof useDealBoardQuery>;
export type DealBoardLazyQueryHookResult = ReturnType<typeof useDealBoardLazyQuery>;
export type DealBoardQueryResult = ApolloReactCommon.QueryResult<DealBoardQuery, DealBoardQueryVariables>;
export const PipelinesDocument = gql`
    query Pipelines {
  pipelines {
    id
    name
    currency
  }
}
    `;

/**
 * __usePipelinesQuery__
 *
 * To run a query within a React component, call `usePipelinesQuery` and pass it any options that fit your needs.
 * When your component renders, `usePipelinesQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = usePipelinesQuery({
 *   variables: {
 *   },
 * });
 */
export function usePipelinesQuery(baseOptions?: ApolloReactHooks.QueryHookOptions<PipelinesQuery, PipelinesQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<PipelinesQuery, PipelinesQueryVariables>(PipelinesDocument, options);
      }
export function usePipelinesLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<PipelinesQuery, PipelinesQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<PipelinesQuery, PipelinesQueryVariables>(PipelinesDocument, options);
        }
export type PipelinesQueryHookResult = ReturnType<typeof usePipelinesQuery>;
export type PipelinesLazyQueryHookResult = ReturnType<typeof usePipelinesLazyQuery>;
export type PipelinesQueryResult = ApolloReactCommon.QueryResult<PipelinesQuery, PipelinesQueryVariables>;
export const CustomerPageDocument = gql`
    query CustomerPage($id: ID!) {
  customer(id: $id) {
    id
    name
    healthScore
    plan
    mrr
    industry
    country
    email
    openDealTotals {
      ...MoneyTotal_total
    }
    weightedDealTotals {
      ...MoneyTotal_total
    }
    wonDealTotals {
      ...MoneyTotal_total
    }
    signals {
      activeUsers
      seats
      usageTrend
      employees
      annualRevenue
      updatedAt
    }
    deals(first: 50) {
      id
      title
      value
      currency
      expectedCloseDate
      isRotting
      stage {
        id
        name
        kind
      }
      owner {
        id
        name
      }
    }
    leadScore {
      score
      probability
      band
      modelVersion
      scoredAt
      lead {
        id
        name
      }
      explanation {
        baseline
        factors {
          ...ScoreFactor_factor
        }
      }
    }
  }
}
    ${MoneyTotal_TotalFragmentDoc}
${ScoreFactor_FactorFragmentDoc}`;

/**
 * __useCustomerPageQuery__
 *
 * To run a query within a React component, call `useCustomerPageQuery` and pass it any options that fit your needs.
 * When your component renders, `useCustomerPageQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useCustomerPageQuery({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useCustomerPageQuery(baseOptions: ApolloReactHooks.QueryHookOptions<CustomerPageQuery, CustomerPageQueryVariables> & ({ variables: CustomerPageQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<CustomerPageQuery, CustomerPageQueryVariables>(CustomerPageDocument, options);
      }
export function useCustomerPageLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<CustomerPageQuery, CustomerPageQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<CustomerPageQuery, CustomerPageQueryVariables>(CustomerPageDocument, options);
        }
export type CustomerPageQueryHookResult = ReturnType<typeof useCustomerPageQuery>;
export type CustomerPageLazyQueryHookResult = ReturnType<typeof useCustomerPageLazyQuery>;
export type CustomerPageQueryResult = ApolloReactCommon.QueryResult<CustomerPageQuery, CustomerPageQueryVariables>;
export const CustomersDocument = gql`
    query Customers {
  customers(first: 400) {
    id
    name
    healthScore
    plan
    industry
    country
    openDealTotals {
      ...MoneyTotal_total
    }
  }
}
    ${MoneyTotal_TotalFragmentDoc}`;

/**
 * __useCustomersQuery__
 *
 * To run a query within a React component, call `useCustomersQuery` and pass it any options that fit your needs.
 * When your component renders, `useCustomersQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useCustomersQuery({
 *   variables: {
 *   },
 * });
 */
export function useCustomersQuery(baseOptions?: ApolloReactHooks.QueryHookOptions<CustomersQuery, CustomersQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<CustomersQuery, CustomersQueryVariables>(CustomersDocument, options);
      }
export function useCustomersLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<CustomersQuery, CustomersQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<CustomersQuery, CustomersQueryVariables>(CustomersDocument, options);
        }
export type CustomersQueryHookResult = ReturnType<typeof useCustomersQuery>;
export type CustomersLazyQueryHookResult = ReturnType<typeof useCustomersLazyQuery>;
export type CustomersQueryResult = ApolloReactCommon.QueryResult<CustomersQuery, CustomersQueryVariables>;
export const DashboardPipelineDocument = gql`
    query DashboardPipeline($pipelineId: ID!, $from: Date, $to: Date) {
  pipelineStats(pipelineId: $pipelineId, from: $from, to: $to) {
    winRate
    wonCount
    lostCount
    averageWonValues {
      currency
      amount
    }
    medianDaysToClose
    rottingCount
    pipeline {
      id
      name
      currency
    }
    stages {
      dealCount
      totals {
        currency
        amount
      }
      weightedTotals {
        currency
        amount
      }
      medianDays
      learnedConversionRate
      probability
      stage {
        id
        name
        kind
        order
      }
    }
  }
}
    `;

/**
 * __useDashboardPipelineQuery__
 *
 * To run a query within a React component, call `useDashboardPipelineQuery` and pass it any options that fit your needs.
 * When your component renders, `useDashboardPipelineQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useDashboardPipelineQuery({
 *   variables: {
 *      pipelineId: // value for 'pipelineId'
 *      from: // value for 'from'
 *      to: // value for 'to'
 *   },
 * });
 */
export function useDashboardPipelineQuery(baseOptions: ApolloReactHooks.QueryHookOptions<DashboardPipelineQuery, DashboardPipelineQueryVariables> & ({ variables: DashboardPipelineQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<DashboardPipelineQuery, DashboardPipelineQueryVariables>(DashboardPipelineDocument, options);
      }
export function useDashboardPipelineLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<DashboardPipelineQuery, DashboardPipelineQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<DashboardPipelineQuery, DashboardPipelineQueryVariables>(DashboardPipelineDocument, options);
        }
export type DashboardPipelineQueryHookResult = ReturnType<typeof useDashboardPipelineQuery>;
export type DashboardPipelineLazyQueryHookResult = ReturnType<typeof useDashboardPipelineLazyQuery>;
export type DashboardPipelineQueryResult = ApolloReactCommon.QueryResult<DashboardPipelineQuery, DashboardPipelineQueryVariables>;
export const DashboardForecastDocument = gql`
    query DashboardForecast($pipelineId: ID, $from: Date, $to: Date, $targets: [MonthTargetInput!]) {
  forecast(pipelineId: $pipelineId, from: $from, to: $to, targets: $targets) {
    month
    dealCount
    totals {
      currency
      amount
    }
    weightedTotals {
      currency
      amount
    }
    wonTotals {
      currency
      amount
    }
    target
  }
}
    `;

/**
 * __useDashboardForecastQuery__
 *
 * To run a query within a React component, call `useDashboardForecastQuery` and pass it any options that fit your needs.
 * When your component renders, `useDashboardForecastQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useDashboardForecastQuery({
 *   variables: {
 *      pipelineId: // value for 'pipelineId'
 *      from: // value for 'from'
 *      to: // value for 'to'
 *      targets: // value for 'targets'
 *   },
 * });
 */
export function useDashboardForecastQuery(baseOptions?: ApolloReactHooks.QueryHookOptions<DashboardForecastQuery, DashboardForecastQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<DashboardForecastQuery, DashboardForecastQueryVariables>(DashboardForecastDocument, options);
      }
export function useDashboardForecastLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<DashboardForecastQuery, DashboardForecastQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<DashboardForecastQuery, DashboardForecastQueryVariables>(DashboardForecastDocument, options);
        }
export type DashboardForecastQueryHookResult = ReturnType<typeof useDashboardForecastQuery>;
export type DashboardForecastLazyQueryHookResult = ReturnType<typeof useDashboardForecastLazyQuery>;
export type DashboardForecastQueryResult = ApolloReactCommon.QueryResult<DashboardForecastQuery, DashboardForecastQueryVariables>;
export const DashboardScoringDocument = gql`
    query DashboardScoring {
  leadScoreDistribution {
    from
    to
    count
  }
  activeScoringModel {
    ...ModelCard_model
    notes
  }
}
    ${ModelCard_ModelFragmentDoc}`;

/**
 * __useDashboardScoringQuery__
 *
 * To run a query within a React component, call `useDashboardScoringQuery` and pass it any options that fit your needs.
 * When your component renders, `useDashboardScoringQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useDashboardScoringQuery({
 *   variables: {
 *   },
 * });
 */
export function useDashboardScoringQuery(baseOptions?: ApolloReactHooks.QueryHookOptions<DashboardScoringQuery, DashboardScoringQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<DashboardScoringQuery, DashboardScoringQueryVariables>(DashboardScoringDocument, options);
      }
export function useDashboardScoringLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<DashboardScoringQuery, DashboardScoringQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<DashboardScoringQuery, DashboardScoringQueryVariables>(DashboardScoringDocument, options);
        }
export type DashboardScoringQueryHookResult = ReturnType<typeof useDashboardScoringQuery>;
export type DashboardScoringLazyQueryHookResult = ReturnType<typeof useDashboardScoringLazyQuery>;
export type DashboardScoringQueryResult = ApolloReactCommon.QueryResult<DashboardScoringQuery, DashboardScoringQueryVariables>;
export const MarkDealWonDocument = gql`
    mutation MarkDealWon($id: ID!, $expectedVersion: Int!) {
  markDealWon(id: $id, expectedVersion: $expectedVersion) {
    ...DealDetails_deal
    ...DealCard_deal
  }
}
    ${DealDetails_DealFragmentDoc}
${DealCard_DealFragmentDoc}`;

/**
 * __useMarkDealWonMutation__
 *
 * To run a mutation, you first call `useMarkDealWonMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useMarkDealWonMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [markDealWonMutation, { data, loading, error }] = useMarkDealWonMutation({
 *   variables: {
 *      id: // value for 'id'
 *      expectedVersion: // value for 'expectedVersion'
 *   },
 * });
 */
export function useMarkDealWonMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<MarkDealWonMutation, MarkDealWonMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<MarkDealWonMutation, MarkDealWonMutationVariables>(MarkDealWonDocument, options);
      }
export type MarkDealWonMutationHookResult = ReturnType<typeof useMarkDealWonMutation>;
export type MarkDealWonMutationResult = ApolloReactCommon.MutationResult<MarkDealWonMutation>;
export const MarkDealLostDocument = gql`
    mutation MarkDealLost($id: ID!, $expectedVersion: Int!, $reason: String!) {
  markDealLost(id: $id, expectedVersion: $expectedVersion, reason: $reason) {
    ...DealDetails_deal
    ...DealCard_deal
  }
}
    ${DealDetails_DealFragmentDoc}
${DealCard_DealFragmentDoc}`;

/**
 * __useMarkDealLostMutation__
 *
 * To run a mutation, you first call `useMarkDealLostMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useMarkDealLostMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [markDealLostMutation, { data, loading, error }] = useMarkDealLostMutation({
 *   variables: {
 *      id: // value for 'id'
 *      expectedVersion: // value for 'expectedVersion'
 *      reason: // value for 'reason'
 *   },
 * });
 */
export function useMarkDealLostMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<MarkDealLostMutation, MarkDealLostMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<MarkDealLostMutation, MarkDealLostMutationVariables>(MarkDealLostDocument, options);
      }
export type MarkDealLostMutationHookResult = ReturnType<typeof useMarkDealLostMutation>;
export type MarkDealLostMutationResult = ApolloReactCommon.MutationResult<MarkDealLostMutation>;
export const DealPageDocument = gql`
    query DealPage($id: ID!) {
  deal(id: $id) {
    ...DealDetails_deal
  }
  users {
    id
    name
  }
}
    ${DealDetails_DealFragmentDoc}`;

/**
 * __useDealPageQuery__
 *
 * To run a query within a React component, call `useDealPageQuery` and pass it any options that fit your needs.
 * When your component renders, `useDealPageQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useDealPageQuery({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useDealPageQuery(baseOptions: ApolloReactHooks.QueryHookOptions<DealPageQuery, DealPageQueryVariables> & ({ variables: DealPageQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<DealPageQuery, DealPageQueryVariables>(DealPageDocument, options);
      }
export function useDealPageLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<DealPageQuery, DealPageQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<DealPageQuery, DealPageQueryVariables>(DealPageDocument, options);
        }
export type DealPageQueryHookResult = ReturnType<typeof useDealPageQuery>;
export type DealPageLazyQueryHookResult = ReturnType<typeof useDealPageLazyQuery>;
export type DealPageQueryResult = ApolloReactCommon.QueryResult<DealPageQuery, DealPageQueryVariables>;
export const UpdateDealDocument = gql`
    mutation UpdateDeal($id: ID!, $expectedVersion: Int!, $input: UpdateDealInput!) {
  updateDeal(id: $id, expectedVersion: $expectedVersion, input: $input) {
    ...DealDetails_deal
  }
}
    ${DealDetails_DealFragmentDoc}`;

/**
 * __useUpdateDealMutation__
 *
 * To run a mutation, you first call `useUpdateDealMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useUpdateDealMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [updateDealMutation, { data, loading, error }] = useUpdateDealMutation({
 *   variables: {
 *      id: // value for 'id'
 *      expectedVersion: // value for 'expectedVersion'
 *      input: // value for 'input'
 *   },
 * });
 */
export function useUpdateDealMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<UpdateDealMutation, UpdateDealMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<UpdateDealMutation, UpdateDealMutationVariables>(UpdateDealDocument, options);
      }
export type UpdateDealMutationHookResult = ReturnType<typeof useUpdateDealMutation>;
export type UpdateDealMutationResult = ApolloReactCommon.MutationResult<UpdateDealMutation>;
export const MoveDealDocument = gql`
    mutation MoveDeal($id: ID!, $stageId: ID!, $position: Int!, $expectedVersion: Int!) {
  moveDeal(
    id: $id
    stageId: $stageId
    position: $position
    expectedVersion: $expectedVersion
  ) {
    __typename
    id
    position
    version
    daysInStage
    isRotting
    stage {
      __typename
      id
    }
  }
}
    `;

/**
 * __useMoveDealMutation__
 *
 * To run a mutation, you first call `useMoveDealMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useMoveDealMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [moveDealMutation, { data, loading, error }] = useMoveDealMutation({
 *   variables: {
 *      id: // value for 'id'
 *      stageId: // value for 'stageId'
 *      position: // value for 'position'
 *      expectedVersion: // value for 'expectedVersion'
 *   },
 * });
 */
export function useMoveDealMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<MoveDealMutation, MoveDealMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<MoveDealMutation, MoveDealMutationVariables>(MoveDealDocument, options);
      }
export type MoveDealMutationHookResult = ReturnType<typeof useMoveDealMutation>;
export type MoveDealMutationResult = ApolloReactCommon.MutationResult<MoveDealMutation>;
export const AssignLeadsDocument = gql`
    mutation AssignLeads($ids: [ID!]!, $ownerId: ID) {
  assignLeads(ids: $ids, ownerId: $ownerId) {
    id
    owner {
      id
      name
    }
  }
}
    `;

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
export const SetLeadsStatusDocument = gql`
    mutation SetLeadsStatus($ids: [ID!]!, $status: LeadStatus!) {
  setLeadsStatus(ids: $ids, status: $status) {
    id
    status
  }
}
    `;

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
export const RefreshLeadScoresDocument = gql`
    mutation RefreshLeadScores($ids: [ID!]) {
  refreshLeadScores(ids: $ids) {
    rescored
    run {
      id
      status
      total
      processed
      error
    }
  }
}
    `;

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
export const ScoringRunProgressDocument = gql`
    query ScoringRunProgress($id: ID!) {
  scoringRun(id: $id) {
    id
    status
    total
    processed
    error
  }
}
    `;

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
export const LeadPageDocument = gql`
    query LeadPage($id: ID!) {
  lead(id: $id) {
    id
    name
    email
    company
    title
    source
    status
    score
    scoreBand
    scoredAt
    scoreModelVersion
    emailsCount
    callsCount
    meetingsCount
    visitsCount
    lastEngagedAt
    createdAt
    metadata
    owner {
      id
      name
    }
    customer {
      id
      name
      healthScore
      plan
    }
    deal {
      id
      title
      stage {
        id
        name
      }
    }
    scoreHistory(first: 50) {
      id
      score
      probability
      modelVersion
      createdAt
      factors(top: 3) {
        label
        value
        contribution
      }
    }
    ...ScoreExplanationPanel_lead
  }
}
    ${ScoreExplanationPanel_LeadFragmentDoc}
${ScoreFactor_FactorFragmentDoc}
${ModelCard_ModelFragmentDoc}`;

/**
 * __useLeadPageQuery__
 *
 * To run a query within a React component, call `useLeadPageQuery` and pass it any options that fit your needs.
 * When your component renders, `useLeadPageQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useLeadPageQuery({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useLeadPageQuery(baseOptions: ApolloReactHooks.QueryHookOptions<LeadPageQuery, LeadPageQueryVariables> & ({ variables: LeadPageQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<LeadPageQuery, LeadPageQueryVariables>(LeadPageDocument, options);
      }
export function useLeadPageLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<LeadPageQuery, LeadPageQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<LeadPageQuery, LeadPageQueryVariables>(LeadPageDocument, options);
        }
export type LeadPageQueryHookResult = ReturnType<typeof useLeadPageQuery>;
export type LeadPageLazyQueryHookResult = ReturnType<typeof useLeadPageLazyQuery>;
export type LeadPageQueryResult = ApolloReactCommon.QueryResult<LeadPageQuery, LeadPageQueryVariables>;
export const LeadTableDocument = gql`
    query LeadTable($filter: LeadFilter, $orderBy: LeadOrder, $first: Int, $after: String) {
  leads(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...LeadRow_lead
      }
    }
  }
}
    ${LeadRow_LeadFragmentDoc}`;

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
export const LeadFilterOptionsDocument = gql`
    query LeadFilterOptions {
  leadSources
  users {
    id
    name
  }
}
    `;

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
export const AutomationSettingsDocument = gql`
    query AutomationSettings {
  conditionFields {
    ...ConditionBuilder_field
  }
  automations {
    ...Automations_automation
  }
  users {
    id
    name
  }
  pipelines {
    id
    name
    stages {
      id
      name
      order
      kind
    }
  }
}
    ${ConditionBuilder_FieldFragmentDoc}
${Automations_AutomationFragmentDoc}
${RuleCondition_ConditionFragmentDoc}`;

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
export const AutomationRunsDocument = gql`
    query AutomationRuns($filter: RunLogFilter, $first: Int) {
  automationRuns(filter: $filter, first: $first) {
    id
    automationName
    lead {
      id
      name
    }
    deal {
      id
      title
    }
    outcome
    reason
    actions
    error
    createdAt
  }
}
    `;

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
export const DryRunAutomationDocument = gql`
    query DryRunAutomation($input: AutomationInput!, $first: Int) {
  dryRunAutomation(input: $input, first: $first) {
    evaluated
    matched
    samples {
      lead {
        id
        name
      }
      deal {
        id
        title
      }
      reason
      actions
    }
  }
}
    `;

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
export const CreateAutomationDocument = gql`
    mutation CreateAutomation($input: AutomationInput!) {
  createAutomation(input: $input) {
    ...Automations_automation
  }
}
    ${Automations_AutomationFragmentDoc}
${RuleCondition_ConditionFragmentDoc}`;

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
export const UpdateAutomationDocument = gql`
    mutation UpdateAutomation($id: ID!, $input: AutomationInput!) {
  updateAutomation(id: $id, input: $input) {
    ...Automations_automation
  }
}
    ${Automations_AutomationFragmentDoc}
${RuleCondition_ConditionFragmentDoc}`;

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
export const DeleteAutomationDocument = gql`
    mutation DeleteAutomation($id: ID!) {
  deleteAutomation(id: $id)
}
    `;

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
export const ReorderAutomationsDocument = gql`
    mutation ReorderAutomations($ids: [ID!]!) {
  reorderAutomations(ids: $ids) {
    ...Automations_automation
  }
}
    ${Automations_AutomationFragmentDoc}
${RuleCondition_ConditionFragmentDoc}`;

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
export const RoutingSettingsDocument = gql`
    query RoutingSettings {
  conditionFields {
    ...ConditionBuilder_field
  }
  routingRules {
    ...RoutingRules_rule
  }
  routingSettings {
    ...RoutingSettings_settings
  }
  users {
    id
    name
  }
}
    ${ConditionBuilder_FieldFragmentDoc}
${RoutingRules_RuleFragmentDoc}
${RuleCondition_ConditionFragmentDoc}
${RoutingSettings_SettingsFragmentDoc}`;

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
export const DryRunRoutingDocument = gql`
    query DryRunRouting($rules: [RoutingRuleInput!], $first: Int) {
  dryRunRouting(rules: $rules, first: $first) {
    evaluated
    assignments {
      lead {
        id
        name
        company
      }
      owner {
        id
        name
      }
      ruleName
      reason
    }
    totals {
      owner {
        id
        name
      }
      leads
    }
  }
}
    `;

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
export const CreateRoutingRuleDocument = gql`
    mutation CreateRoutingRule($input: RoutingRuleInput!) {
  createRoutingRule(input: $input) {
    ...RoutingRules_rule
  }
}
    ${RoutingRules_RuleFragmentDoc}
${RuleCondition_ConditionFragmentDoc}`;

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
export const UpdateRoutingRuleDocument = gql`
    mutation UpdateRoutingRule($id: ID!, $input: RoutingRuleInput!) {
  updateRoutingRule(id: $id, input: $input) {
    ...RoutingRules_rule
  }
}
    ${RoutingRules_RuleFragmentDoc}
${RuleCondition_ConditionFragmentDoc}`;

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
export const DeleteRoutingRuleDocument = gql`
    mutation DeleteRoutingRule($id: ID!) {
  deleteRoutingRule(id: $id)
}
    `;

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
export const ReorderRoutingRulesDocument = gql`
    mutation ReorderRoutingRules($ids: [ID!]!) {
  reorderRoutingRules(ids: $ids) {
    ...RoutingRules_rule
  }
}
    ${RoutingRules_RuleFragmentDoc}
${RuleCondition_ConditionFragmentDoc}`;

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
export const SetRoutingFallbackDocument = gql`
    mutation SetRoutingFallback($ownerId: ID) {
  setRoutingFallback(ownerId: $ownerId) {
    ...RoutingSettings_settings
  }
}
    ${RoutingSettings_SettingsFragmentDoc}`;

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
export const SetRoutingMemberDocument = gql`
    mutation SetRoutingMember($userId: ID!, $available: Boolean!, $capacity: Int) {
  setRoutingMember(userId: $userId, available: $available, capacity: $capacity) {
    user {
      id
      name
    }
    available
    capacity
    openLeads
  }
}
    `;

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
export const RoutingRunsDocument = gql`
    query RoutingRuns($filter: RunLogFilter, $first: Int) {
  routingRuns(filter: $filter, first: $first) {
    id
    trigger
    leadId
    lead {
      id
      name
    }
    rule {
      id
      name
    }
    outcome
    assignedTo {
      id
      name
    }
    reason
    error
    createdAt
  }
}
    `;

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
export const PipelineSettingsDocument = gql`
    query PipelineSettings {
  pipelines {
    ...PipelineSettings_pipeline
  }
}
    ${PipelineSettings_PipelineFragmentDoc}
${StageSettings_StageFragmentDoc}`;

/**
 * __usePipelineSettingsQuery__
 *
 * To run a query within a React component, call `usePipelineSettingsQuery` and pass it any options that fit your needs.
 * When your component renders, `usePipelineSettingsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = usePipelineSettingsQuery({
 *   variables: {
 *   },
 * });
 */
export function usePipelineSettingsQuery(baseOptions?: ApolloReactHooks.QueryHookOptions<PipelineSettingsQuery, PipelineSettingsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<PipelineSettingsQuery, PipelineSettingsQueryVariables>(PipelineSettingsDocument, options);
      }
export function usePipelineSettingsLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<PipelineSettingsQuery, PipelineSettingsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<PipelineSettingsQuery, PipelineSettingsQueryVariables>(PipelineSettingsDocument, options);
        }
export type PipelineSettingsQueryHookResult = ReturnType<typeof usePipelineSettingsQuery>;
export type PipelineSettingsLazyQueryHookResult = ReturnType<typeof usePipelineSettingsLazyQuery>;
export type PipelineSettingsQueryResult = ApolloReactCommon.QueryResult<PipelineSettingsQuery, PipelineSettingsQueryVariables>;
export const CreatePipelineDocument = gql`
    mutation CreatePipeline($name: String!, $currency: String) {
  createPipeline(name: $name, currency: $currency) {
    ...PipelineSettings_pipeline
  }
}
    ${PipelineSettings_PipelineFragmentDoc}
${StageSettings_StageFragmentDoc}`;

/**
 * __useCreatePipelineMutation__
 *
 * To run a mutation, you first call `useCreatePipelineMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useCreatePipelineMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [createPipelineMutation, { data, loading, error }] = useCreatePipelineMutation({
 *   variables: {
 *      name: // value for 'name'
 *      currency: // value for 'currency'
 *   },
 * });
 */
export function useCreatePipelineMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<CreatePipelineMutation, CreatePipelineMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<CreatePipelineMutation, CreatePipelineMutationVariables>(CreatePipelineDocument, options);
      }
export type CreatePipelineMutationHookResult = ReturnType<typeof useCreatePipelineMutation>;
export type CreatePipelineMutationResult = ApolloReactCommon.MutationResult<CreatePipelineMutation>;
export const RenamePipelineDocument = gql`
    mutation RenamePipeline($id: ID!, $name: String!) {
  renamePipeline(id: $id, name: $name) {
    __typename
    id
    name
  }
}
    `;

/**
 * __useRenamePipelineMutation__
 *
 * To run a mutation, you first call `useRenamePipelineMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useRenamePipelineMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [renamePipelineMutation, { data, loading, error }] = useRenamePipelineMutation({
 *   variables: {
 *      id: // value for 'id'
 *      name: // value for 'name'
 *   },
 * });
 */
export function useRenamePipelineMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<RenamePipelineMutation, RenamePipelineMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<RenamePipelineMutation, RenamePipelineMutationVariables>(RenamePipelineDocument, options);
      }
export type RenamePipelineMutationHookResult = ReturnType<typeof useRenamePipelineMutation>;
export type RenamePipelineMutationResult = ApolloReactCommon.MutationResult<RenamePipelineMutation>;
export const CreateStageDocument = gql`
    mutation CreateStage($input: CreateStageInput!) {
  createStage(input: $input) {
    ...StageSettings_stage
    pipeline {
      ...PipelineSettings_pipeline
    }
  }
}
    ${StageSettings_StageFragmentDoc}
${PipelineSettings_PipelineFragmentDoc}`;

/**
 * __useCreateStageMutation__
 *
 * To run a mutation, you first call `useCreateStageMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useCreateStageMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [createStageMutation, { data, loading, error }] = useCreateStageMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useCreateStageMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<CreateStageMutation, CreateStageMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<CreateStageMutation, CreateStageMutationVariables>(CreateStageDocument, options);
      }
export type CreateStageMutationHookResult = ReturnType<typeof useCreateStageMutation>;
export type CreateStageMutationResult = ApolloReactCommon.MutationResult<CreateStageMutation>;
export const UpdateStageDocument = gql`
    mutation UpdateStage($id: ID!, $input: UpdateStageInput!) {
  updateStage(id: $id, input: $input) {
    ...StageSettings_stage
  }
}
    ${StageSettings_StageFragmentDoc}`;

/**
 * __useUpdateStageMutation__
 *
 * To run a mutation, you first call `useUpdateStageMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useUpdateStageMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [updateStageMutation, { data, loading, error }] = useUpdateStageMutation({
 *   variables: {
 *      id: // value for 'id'
 *      input: // value for 'input'
 *   },
 * });
 */
export function useUpdateStageMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<UpdateStageMutation, UpdateStageMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<UpdateStageMutation, UpdateStageMutationVariables>(UpdateStageDocument, options);
      }
export type UpdateStageMutationHookResult = ReturnType<typeof useUpdateStageMutation>;
export type UpdateStageMutationResult = ApolloReactCommon.MutationResult<UpdateStageMutation>;
export const ReorderStagesDocument = gql`
    mutation ReorderStages($pipelineId: ID!, $stageIds: [ID!]!) {
  reorderStages(pipelineId: $pipelineId, stageIds: $stageIds) {
    ...PipelineSettings_pipeline
  }
}
    ${PipelineSettings_PipelineFragmentDoc}
${StageSettings_StageFragmentDoc}`;

/**
 * __useReorderStagesMutation__
 *
 * To run a mutation, you first call `useReorderStagesMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useReorderStagesMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [reorderStagesMutation, { data, loading, error }] = useReorderStagesMutation({
 *   variables: {
 *      pipelineId: // value for 'pipelineId'
 *      stageIds: // value for 'stageIds'
 *   },
 * });
 */
export function useReorderStagesMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<ReorderStagesMutation, ReorderStagesMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<ReorderStagesMutation, ReorderStagesMutationVariables>(ReorderStagesDocument, options);
      }
export type ReorderStagesMutationHookResult = ReturnType<typeof useReorderStagesMutation>;
export type ReorderStagesMutationResult = ApolloReactCommon.MutationResult<ReorderStagesMutation>;
export const DeleteStageDocument = gql`
    mutation DeleteStage($id: ID!, $targetStageId: ID!) {
  deleteStage(id: $id, targetStageId: $targetStageId) {
    ...PipelineSettings_pipeline
  }
}
    ${PipelineSettings_PipelineFragmentDoc}
${StageSettings_StageFragmentDoc}`;

/**
 * __useDeleteStageMutation__
 *
 * To run a mutation, you first call `useDeleteStageMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useDeleteStageMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [deleteStageMutation, { data, loading, error }] = useDeleteStageMutation({
 *   variables: {
 *      id: // value for 'id'
 *      targetStageId: // value for 'targetStageId'
 *   },
 * });
 */
export function useDeleteStageMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<DeleteStageMutation, DeleteStageMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<DeleteStageMutation, DeleteStageMutationVariables>(DeleteStageDocument, options);
      }
export type DeleteStageMutationHookResult = ReturnType<typeof useDeleteStageMutation>;
export type DeleteStageMutationResult = ApolloReactCommon.MutationResult<DeleteStageMutation>;