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

export type CreateDealInput = {
  currency?: string | null | undefined;
  customerId?: string | number | null | undefined;
  expectedCloseDate?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
  ownerId?: string | number | null | undefined;
  stageId: string | number;
  title: string;
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

export type CreateStageInput = {
  kind?: StageKind | null | undefined;
  name: string;
  /** Position in the board; appended when omitted. */
  order?: number | null | undefined;
  pipelineId: string | number;
  probability?: number | null | undefined;
  rottingDays?: number | null | undefined;
};

export type CustomerSortField =
  | 'HEALTH_SCORE'
  | 'MRR'
  | 'NAME';

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

export type PlannedActivityType =
  | 'CALL'
  | 'EMAIL'
  | 'MEETING'
  | 'TASK';

export type SalesTargetInput = {
  /** 0 or more; stored with two decimals. */
  amount: string;
  /** ISO 4217; defaults to the pipeline's currency (required without a pipeline). */
  currency?: string | null | undefined;
  /** YYYY-MM */
  month: string;
  /** Omit for the whole team's target. */
  ownerId?: string | number | null | undefined;
  /** Omit for a target over all pipelines. */
  pipelineId?: string | number | null | undefined;
};

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

export type UpdateDealInput = {
  currency?: string | null | undefined;
  customerId?: string | number | null | undefined;
  expectedCloseDate?: string | null | undefined;
  ownerId?: string | number | null | undefined;
  title?: string | null | undefined;
  value?: string | null | undefined;
};

export type UpdateLeadInput = {
  company?: string | null | undefined;
  customerId?: string | number | null | undefined;
  email?: string | null | undefined;
  metadata?: unknown;
  name?: string | null | undefined;
  source?: string | null | undefined;
  title?: string | null | undefined;
};

export type UpdateStageInput = {
  clearProbability?: boolean | null | undefined;
  clearRottingDays?: boolean | null | undefined;
  name?: string | null | undefined;
  probability?: number | null | undefined;
  rottingDays?: number | null | undefined;
};

/** Where a deal's win probability came from (ADR 039). */
export type WinProbabilitySource =
  /** The tenant's deal model, trained on its closed deals. */
  | 'MODEL'
  /** The stage's blended rate (hand value blended with closed deals): too few closed deals, no model that beat the stage rates, or not scored yet. */
  | 'STAGE_RATE';

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


export type BoardColumnPageQuery = { pipeline: { id: string, stages: Array<{ id: string, deals: Array<{ id: string, title: string, value: string, currency: string, position: number, version: number, daysInStage: number, isRotting: boolean, expectedCloseDate: string | null, stage: { id: string }, owner: { id: string, name: string } | null, customer: { id: string, name: string } | null, lead: { id: string, score: number | null, scoreBand: string | null } | null, nextActivity: { id: string, type: PlannedActivityType, subject: string, dueAt: string, isOverdue: boolean, overdueDays: number } | null, winProbability: { probability: number, source: WinProbabilitySource, basis: string } | null }> }> } | null };

export type BoardColumnDealIdsFragment = { deals: Array<{ id: string }> };

export type BoardFilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardFilterOptionsQuery = { users: Array<{ id: string, name: string }>, customers: Array<{ id: string, name: string }> };

export type DealCard_DealFragment = { id: string, title: string, value: string, currency: string, position: number, version: number, daysInStage: number, isRotting: boolean, expectedCloseDate: string | null, stage: { id: string }, owner: { id: string, name: string } | null, customer: { id: string, name: string } | null, lead: { id: string, score: number | null, scoreBand: string | null } | null, nextActivity: { id: string, type: PlannedActivityType, subject: string, dueAt: string, isOverdue: boolean, overdueDays: number } | null, winProbability: { probability: number, source: WinProbabilitySource, basis: string } | null };

export type BoardColumn_StageFragment = { id: string, name: string, order: number, kind: StageKind, rottingDays: number | null, dealCount: number, probability: number | null, learnedConversionRate: number | null, learnedSampleSize: number, priorProbability: number | null, effectiveProbability: number | null, totals: Array<{ currency: string, amount: string }>, weightedTotals: Array<{ currency: string, amount: string }>, totalInReportingCurrency: { currency: string, amount: string, asOf: string, complete: boolean, unconverted: Array<{ currency: string, amount: string }>, rates: Array<{ fromCurrency: string, toCurrency: string, rate: string, date: string }> } | null, weightedInReportingCurrency: { currency: string, amount: string, asOf: string, complete: boolean, unconverted: Array<{ currency: string, amount: string }>, rates: Array<{ fromCurrency: string, toCurrency: string, rate: string, date: string }> } | null, deals: Array<{ id: string, title: string, value: string, currency: string, position: number, version: number, daysInStage: number, isRotting: boolean, expectedCloseDate: string | null, stage: { id: string }, owner: { id: string, name: string } | null, customer: { id: string, name: string } | null, lead: { id: string, score: number | null, scoreBand: string | null } | null, nextActivity: { id: string, type: PlannedActivityType, subject: string, dueAt: string, isOverdue: boolean, overdueDays: number } | null, winProbability: { probability: number, source: WinProbabilitySource, basis: string } | null }> };

export type DealBoardQueryVariables = Exact<{
  pipelineId: string | number;
  filter?: DealFilter | null | undefined;
  openFilter?: DealFilter | null | undefined;
  pageSize: number;
}>;


export type DealBoardQuery = { pipeline: { id: string, name: string, currency: string, stageRateWindowMonths: number, stageRatesComputedAt: string | null, stageRatesClosedDeals: number, stages: Array<{ id: string, name: string, order: number, kind: StageKind, rottingDays: number | null, dealCount: number, probability: number | null, learnedConversionRate: number | null, learnedSampleSize: number, priorProbability: number | null, effectiveProbability: number | null, totals: Array<{ currency: string, amount: string }>, weightedTotals: Array<{ currency: string, amount: string }>, totalInReportingCurrency: { currency: string, amount: string, asOf: string, complete: boolean, unconverted: Array<{ currency: string, amount: string }>, rates: Array<{ fromCurrency: string, toCurrency: string, rate: string, date: string }> } | null, weightedInReportingCurrency: { currency: string, amount: string, asOf: string, complete: boolean, unconverted: Array<{ currency: string, amount: string }>, rates: Array<{ fromCurrency: string, toCurrency: string, rate: string, date: string }> } | null, deals: Array<{ id: string, title: string, value: string, currency: string, position: number, version: number, daysInStage: number, isRotting: boolean, expectedCloseDate: string | null, stage: { id: string }, owner: { id: string, name: string } | null, customer: { id: string, name: string } | null, lead: { id: string, score: number | null, scoreBand: string | null } | null, nextActivity: { id: string, type: PlannedActivityType, subject: string, dueAt: string, isOverdue: boolean, overdueDays: number } | null, winProbability: { probability: number, source: WinProbabilitySource, basis: string } | null }> }> } | null };

export type PipelinesQueryVariables = Exact<{ [key: string]: never; }>;


export type PipelinesQuery = { pipelines: Array<{ id: string, name: string, currency: string }> };

export type CreateDealMutationVariables = Exact<{
  input: CreateDealInput;
}>;


export type CreateDealMutation = { createDeal: { id: string, title: string, value: string, currency: string, position: number, version: number, daysInStage: number, isRotting: boolean, expectedCloseDate: string | null, stage: { id: string }, owner: { id: string, name: string } | null, customer: { id: string, name: string } | null, lead: { id: string, score: number | null, scoreBand: string | null } | null, nextActivity: { id: string, type: PlannedActivityType, subject: string, dueAt: string, isOverdue: boolean, overdueDays: number } | null, winProbability: { probability: number, source: WinProbabilitySource, basis: string } | null } };

export type ConvertedTotal_TotalFragment = { currency: string, amount: string, asOf: string, complete: boolean, unconverted: Array<{ currency: string, amount: string }>, rates: Array<{ fromCurrency: string, toCurrency: string, rate: string, date: string }> };

export type CustomerSearchQueryVariables = Exact<{
  search: string;
}>;


export type CustomerSearchQuery = { customerPage: { nodes: Array<{ id: string, name: string }> } };

export type CustomerPageQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerPageQuery = { customer: { id: string, name: string, healthScore: number, plan: string, mrr: string, industry: string, country: string, email: string, openDealTotals: Array<{ currency: string, amount: string }>, weightedDealTotals: Array<{ currency: string, amount: string }>, wonDealTotals: Array<{ currency: string, amount: string }>, openDealInReportingCurrency: { currency: string, amount: string, asOf: string, complete: boolean, unconverted: Array<{ currency: string, amount: string }>, rates: Array<{ fromCurrency: string, toCurrency: string, rate: string, date: string }> } | null, wonDealInReportingCurrency: { currency: string, amount: string, asOf: string, complete: boolean, unconverted: Array<{ currency: string, amount: string }>, rates: Array<{ fromCurrency: string, toCurrency: string, rate: string, date: string }> } | null, signals: { healthScore: number | null, activeUsers: number | null, seats: number | null, usageTrend: number | null, employees: number | null, annualRevenue: string | null, updatedAt: string | null } | null, deals: Array<{ id: string, title: string, value: string, currency: string, expectedCloseDate: string | null, isRotting: boolean, stage: { id: string, name: string, kind: StageKind }, owner: { id: string, name: string } | null }>, leadScore: { score: number, probability: number, band: string, modelVersion: string, scoredAt: string, lead: { id: string, name: string }, explanation: { baseline: number, factors: Array<{ feature: string, label: string, value: string | null, contribution: number }> } } | null } | null };

export type CustomerListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  sortBy: CustomerSortField;
  direction: SortDirection;
  search?: string | null | undefined;
}>;


export type CustomerListQuery = { customerPage: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, healthScore: number, plan: string, mrr: string, industry: string, country: string, openDealTotals: Array<{ currency: string, amount: string }> }> } };

export type MoneyTotal_TotalFragment = { currency: string, amount: string };

export type DashboardPipelineQueryVariables = Exact<{
  pipelineId: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type DashboardPipelineQuery = { pipelineStats: { winRate: number | null, wonCount: number, lostCount: number, medianDaysToClose: number | null, rottingCount: number, averageWonValues: Array<{ currency: string, amount: string }>, pipeline: { id: string, name: string, currency: string, stageRateWindowMonths: number, stageRatesComputedAt: string | null, stageRatesClosedDeals: number }, stages: Array<{ dealCount: number, medianDays: number | null, learnedConversionRate: number | null, probability: number | null, totals: Array<{ currency: string, amount: string }>, weightedTotals: Array<{ currency: string, amount: string }>, stage: { id: string, name: string, kind: StageKind, order: number } }> } };

export type DashboardForecastQueryVariables = Exact<{
  pipelineId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type DashboardForecastQuery = { forecast: Array<{ month: string, dealCount: number, overdueCount: number, totals: Array<{ currency: string, amount: string }>, weightedTotals: Array<{ currency: string, amount: string }>, wonTotals: Array<{ currency: string, amount: string }>, expectedTotals: Array<{ currency: string, amount: string }>, bestCaseTotals: Array<{ currency: string, amount: string }>, targetTotal: { currency: string, amount: string } | null, overdueTotals: Array<{ currency: string, amount: string }>, wonInReportingCurrency: { currency: string, amount: string, asOf: string, complete: boolean, unconverted: Array<{ currency: string, amount: string }>, rates: Array<{ fromCurrency: string, toCurrency: string, rate: string, date: string }> } | null, expectedInReportingCurrency: { currency: string, amount: string, asOf: string, complete: boolean, unconverted: Array<{ currency: string, amount: string }>, rates: Array<{ fromCurrency: string, toCurrency: string, rate: string, date: string }> } | null, bestCaseInReportingCurrency: { currency: string, amount: string, asOf: string, complete: boolean, unconverted: Array<{ currency: string, amount: string }>, rates: Array<{ fromCurrency: string, toCurrency: string, rate: string, date: string }> } | null, owners: Array<{ ownerId: string | null, dealCount: number, attainment: number | null, owner: { id: string, name: string } | null, wonTotals: Array<{ currency: string, amount: string }>, expectedTotals: Array<{ currency: string, amount: string }>, target: { currency: string, amount: string } | null }> }> };

export type SalesTargetRow_TargetFragment = { id: string, month: string, amount: string, currency: string, pipeline: { id: string } | null, owner: { id: string, name: string } | null };

export type DashboardTargetsQueryVariables = Exact<{
  pipelineId: string | number;
  fromMonth?: string | null | undefined;
  toMonth?: string | null | undefined;
}>;


export type DashboardTargetsQuery = { salesTargets: Array<{ id: string, month: string, amount: string, currency: string, pipeline: { id: string } | null, owner: { id: string, name: string } | null }>, users: Array<{ id: string, name: string }> };

export type SetSalesTargetMutationVariables = Exact<{
  input: SalesTargetInput;
}>;


export type SetSalesTargetMutation = { setSalesTarget: { id: string, month: string, amount: string, currency: string, pipeline: { id: string } | null, owner: { id: string, name: string } | null } };

export type DeleteSalesTargetMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteSalesTargetMutation = { deleteSalesTarget: boolean };

export type DashboardScoringQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardScoringQuery = { leadScoreDistribution: Array<{ from: number, to: number, count: number }>, activeScoringModel: { notes: string | null, id: string, version: number, kind: string, active: boolean, trainedAt: string, trainingRows: number, metrics: { auc: number, prAuc: number, logLoss: number, ece: number, lift10: number, holdoutRows: number, holdoutPositives: number, trainingRowsWithCustomer: number | null, trainingRowsWithSignalsAtDecision: number | null, calibration: Array<{ predicted: number, observed: number, count: number }>, comparedWith: { version: number, kind: string, auc: number, logLoss: number, resamples: number | null, intervalLevel: number | null, aucDifference: { estimate: number, low: number, high: number } | null, logLossDifference: { estimate: number, low: number, high: number } | null } | null } | null } | null };

export type MarkDealWonMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type MarkDealWonMutation = { markDealWon: { id: string, title: string, value: string, currency: string, version: number, expectedCloseDate: string | null, daysInStage: number, isRotting: boolean, createdAt: string, closedAt: string | null, lostReason: string | null, position: number, owner: { id: string, name: string } | null, customer: { id: string, name: string } | null, lead: { id: string, name: string, score: number | null, scoreBand: string | null } | null, stage: { id: string, name: string, kind: StageKind }, pipeline: { id: string, name: string, stages: Array<{ id: string, name: string, order: number, kind: StageKind }> }, nextActivity: { id: string, type: PlannedActivityType, subject: string, dueAt: string, isOverdue: boolean, overdueDays: number } | null, winProbability: { probability: number, source: WinProbabilitySource, basis: string } | null } };

export type MarkDealLostMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  reason: string;
}>;


export type MarkDealLostMutation = { markDealLost: { id: string, title: string, value: string, currency: string, version: number, expectedCloseDate: string | null, daysInStage: number, isRotting: boolean, createdAt: string, closedAt: string | null, lostReason: string | null, position: number, owner: { id: string, name: string } | null, customer: { id: string, name: string } | null, lead: { id: string, name: string, score: number | null, scoreBand: string | null } | null, stage: { id: string, name: string, kind: StageKind }, pipeline: { id: string, name: string, stages: Array<{ id: string, name: string, order: number, kind: StageKind }> }, nextActivity: { id: string, type: PlannedActivityType, subject: string, dueAt: string, isOverdue: boolean, overdueDays: number } | null, winProbability: { probability: number, source: WinProbabilitySource, basis: string } | null } };

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

export type DeleteDealMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type DeleteDealMutation = { deleteDeal: string };

export type RestoreDealMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreDealMutation = { restoreDeal: { id: string, title: string, value: string, currency: string, version: number, expectedCloseDate: string | null, daysInStage: number, isRotting: boolean, createdAt: string, closedAt: string | null, lostReason: string | null, position: number, owner: { id: string, name: string } | null, customer: { id: string, name: string } | null, lead: { id: string, name: string, score: number | null, scoreBand: string | null } | null, stage: { id: string, name: string, kind: StageKind }, pipeline: { id: string, name: string, stages: Array<{ id: string, name: string, order: number, kind: StageKind }> }, nextActivity: { id: string, type: PlannedActivityType, subject: string, dueAt: string, isOverdue: boolean, overdueDays: number } | null, winProbability: { probability: number, source: WinProbabilitySource, basis: string } | null } };

export type ReopenDealMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type ReopenDealMutation = { reopenDeal: { id: string, title: string, value: string, currency: string, version: number, expectedCloseDate: string | null, daysInStage: number, isRotting: boolean, createdAt: string, closedAt: string | null, lostReason: string | null, position: number, owner: { id: string, name: string } | null, customer: { id: string, name: string } | null, lead: { id: string, name: string, score: number | null, scoreBand: string | null } | null, stage: { id: string, name: string, kind: StageKind }, pipeline: { id: string, name: string, stages: Array<{ id: string, name: string, order: number, kind: StageKind }> }, nextActivity: { id: string, type: PlannedActivityType, subject: string, dueAt: string, isOverdue: boolean, overdueDays: number } | null, winProbability: { probability: number, source: WinProbabilitySource, basis: string } | null } };

export type MoveDealMutationVariables = Exact<{
  id: string | number;
  stageId: string | number;
  position: number;
  expectedVersion: number;
}>;


export type MoveDealMutation = { moveDeal: { __typename: 'Deal', id: string, position: number, version: number, daysInStage: number, isRotting: boolean, stage: { __typename: 'PipelineStage', id: string } } };

export type ReopenDealToMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  stageId: string | number;
}>;


export type ReopenDealToMutation = { reopenDeal: { id: string, version: number, closedAt: string | null, lostReason: string | null, position: number, daysInStage: number, isRotting: boolean, stage: { id: string, name: string, kind: StageKind } } };

export type WinChance_DealFragment = { id: string, winProbability: { probability: number, source: WinProbabilitySource, basis: string } | null };

export type DealWinProbabilityQueryVariables = Exact<{
  id: string | number;
}>;


export type DealWinProbabilityQuery = { deal: { id: string, winProbability: { probability: number, source: WinProbabilitySource, modelVersion: number | null, scoredAt: string | null, basis: string, explanation: { baseline: number, factors: Array<{ feature: string, label: string, value: string | null, contribution: number }> } | null } | null } | null, dealWinModels: Array<{ id: string, version: number, active: boolean, trainingRows: number, metrics: { auc: number, logLoss: number, holdoutRows: number } | null, stageRateBaseline: { auc: number, logLoss: number } | null }> };

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

export type ScoreFactor_FactorFragment = { feature: string, label: string, value: string | null, contribution: number };

export type ModelCard_ModelFragment = { id: string, version: number, kind: string, active: boolean, trainedAt: string, trainingRows: number, metrics: { auc: number, prAuc: number, logLoss: number, ece: number, lift10: number, holdoutRows: number, holdoutPositives: number, trainingRowsWithCustomer: number | null, trainingRowsWithSignalsAtDecision: number | null, calibration: Array<{ predicted: number, observed: number, count: number }>, comparedWith: { version: number, kind: string, auc: number, logLoss: number, resamples: number | null, intervalLevel: number | null, aucDifference: { estimate: number, low: number, high: number } | null, logLossDifference: { estimate: number, low: number, high: number } | null } | null } | null };

export type ScoreExplanationPanel_LeadFragment = { id: string, score: number | null, probability: number | null, scoreBand: string | null, scoreExplanation: { baseline: number, logit: number, probability: number, factors: Array<{ feature: string, label: string, value: string | null, contribution: number }>, topPositive: Array<{ feature: string, label: string, value: string | null, contribution: number }>, topNegative: Array<{ feature: string, label: string, value: string | null, contribution: number }>, bestImprovement: { feature: string, label: string, from: string | null, to: string, newProbability: number, newScore: number } | null, model: { id: string, version: number, kind: string, active: boolean, trainedAt: string, trainingRows: number, metrics: { auc: number, prAuc: number, logLoss: number, ece: number, lift10: number, holdoutRows: number, holdoutPositives: number, trainingRowsWithCustomer: number | null, trainingRowsWithSignalsAtDecision: number | null, calibration: Array<{ predicted: number, observed: number, count: number }>, comparedWith: { version: number, kind: string, auc: number, logLoss: number, resamples: number | null, intervalLevel: number | null, aucDifference: { estimate: number, low: number, high: number } | null, logLossDifference: { estimate: number, low: number, high: number } | null } | null } | null } } | null };

export type LeadPageQueryVariables = Exact<{
  id: string | number;
}>;


export type LeadPageQuery = { lead: { id: string, name: string, email: string | null, company: string | null, title: string | null, source: string, status: LeadStatus, score: number | null, scoreBand: string | null, scoredAt: string | null, scoreModelVersion: string | null, emailsCount: number, callsCount: number, meetingsCount: number, visitsCount: number, lastEngagedAt: string | null, createdAt: string, metadata: unknown, probability: number | null, owner: { id: string, name: string } | null, customer: { id: string, name: string, healthScore: number, plan: string } | null, deal: { id: string, title: string, stage: { id: string, name: string } } | null, scoreHistory: Array<{ id: string, score: number, probability: number, modelVersion: string, createdAt: string, factors: Array<{ label: string, value: string | null, contribution: number }> }>, scoreExplanation: { baseline: number, logit: number, probability: number, factors: Array<{ feature: string, label: string, value: string | null, contribution: number }>, topPositive: Array<{ feature: string, label: string, value: string | null, contribution: number }>, topNegative: Array<{ feature: string, label: string, value: string | null, contribution: number }>, bestImprovement: { feature: string, label: string, from: string | null, to: string, newProbability: number, newScore: number } | null, model: { id: string, version: number, kind: string, active: boolean, trainedAt: string, trainingRows: number, metrics: { auc: number, prAuc: number, logLoss: number, ece: number, lift10: number, holdoutRows: number, holdoutPositives: number, trainingRowsWithCustomer: number | null, trainingRowsWithSignalsAtDecision: number | null, calibration: Array<{ predicted: number, observed: number, count: number }>, comparedWith: { version: number, kind: string, auc: number, logLoss: number, resamples: number | null, intervalLevel: number | null, aucDifference: { estimate: number, low: number, high: number } | null, logLossDifference: { estimate: number, low: number, high: number } | null } | null } | null } } | null } | null };

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

export type NextStep_ActivityFragment = { id: string, type: PlannedActivityType, subject: string, dueAt: string, isOverdue: boolean, overdueDays: number };

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

export type StageSettings_StageFragment = { id: string, name: string, order: number, kind: StageKind, rottingDays: number | null, dealCount: number, probability: number | null, learnedConversionRate: number | null, learnedSampleSize: number, priorProbability: number | null, effectiveProbability: number | null };

export type PipelineSettings_PipelineFragment = { id: string, name: string, currency: string, stageRateWindowMonths: number, stageRatesComputedAt: string | null, stageRatesClosedDeals: number, stages: Array<{ id: string, name: string, order: number, kind: StageKind, rottingDays: number | null, dealCount: number, probability: number | null, learnedConversionRate: number | null, learnedSampleSize: number, priorProbability: number | null, effectiveProbability: number | null }> };

export type PipelineSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type PipelineSettingsQuery = { pipelines: Array<{ id: string, name: string, currency: string, stageRateWindowMonths: number, stageRatesComputedAt: string | null, stageRatesClosedDeals: number, stages: Array<{ id: string, name: string, order: number, kind: StageKind, rottingDays: number | null, dealCount: number, probability: number | null, learnedConversionRate: number | null, learnedSampleSize: number, priorProbability: number | null, effectiveProbability: number | null }> }> };

export type CreatePipelineMutationVariables = Exact<{
  name: string;
  currency?: string | null | undefined;
}>;


export type CreatePipelineMutation = { createPipeline: { id: string, name: string, currency: string, stageRateWindowMonths: number, stageRatesComputedAt: string | null, stageRatesClosedDeals: number, stages: Array<{ id: string, name: string, order: number, kind: StageKind, rottingDays: number | null, dealCount: number, probability: number | null, learnedConversionRate: number | null, learnedSampleSize: number, priorProbability: number | null, effectiveProbability: number | null }> } };

export type RenamePipelineMutationVariables = Exact<{
  id: string | number;
  name: string;
}>;


export type RenamePipelineMutation = { renamePipeline: { __typename: 'Pipeline', id: string, name: string } };

export type CreateStageMutationVariables = Exact<{
  input: CreateStageInput;
}>;


export type CreateStageMutation = { createStage: { id: string, name: string, order: number, kind: StageKind, rottingDays: number | null, dealCount: number, probability: number | null, learnedConversionRate: number | null, learnedSampleSize: number, priorProbability: number | null, effectiveProbability: number | null, pipeline: { id: string, name: string, currency: string, stageRateWindowMonths: number, stageRatesComputedAt: string | null, stageRatesClosedDeals: number, stages: Array<{ id: string, name: string, order: number, kind: StageKind, rottingDays: number | null, dealCount: number, probability: number | null, learnedConversionRate: number | null, learnedSampleSize: number, priorProbability: number | null, effectiveProbability: number | null }> } } };

export type UpdateStageMutationVariables = Exact<{
  id: string | number;
  input: UpdateStageInput;
}>;


export type UpdateStageMutation = { updateStage: { id: string, name: string, order: number, kind: StageKind, rottingDays: number | null, dealCount: number, probability: number | null, learnedConversionRate: number | null, learnedSampleSize: number, priorProbability: number | null, effectiveProbability: number | null } };

export type ReorderStagesMutationVariables = Exact<{
  pipelineId: string | number;
  stageIds: Array<string | number> | string | number;
}>;


export type ReorderStagesMutation = { reorderStages: { id: string, name: string, currency: string, stageRateWindowMonths: number, stageRatesComputedAt: string | null, stageRatesClosedDeals: number, stages: Array<{ id: string, name: string, order: number, kind: StageKind, rottingDays: number | null, dealCount: number, probability: number | null, learnedConversionRate: number | null, learnedSampleSize: number, priorProbability: number | null, effectiveProbability: number | null }> } };

export type DeleteStageMutationVariables = Exact<{
  id: string | number;
  targetStageId: string | number;
}>;


export type DeleteStageMutation = { deleteStage: { id: string, name: string, currency: string, stageRateWindowMonths: number, stageRatesComputedAt: string | null, stageRatesClosedDeals: number, stages: Array<{ id: string, name: string, order: number, kind: StageKind, rottingDays: number | null, dealCount: number, probability: number | null, learnedConversionRate: number | null, learnedSampleSize: number, priorProbability: number | null, effectiveProbability: number | null }> } };

export type StageRate_StageFragment = { id: string, kind: StageKind, probability: number | null, learnedConversionRate: number | null, learnedSampleSize: number, priorProbability: number | null, effectiveProbability: number | null };

export type StageRates_PipelineFragment = { id: string, stageRateWindowMonths: number, stageRatesComputedAt: string | null, stageRatesClosedDeals: number };

export type StageRatesCheckQueryVariables = Exact<{
  pipelineId: string | number;
}>;


export type StageRatesCheckQuery = { pipeline: { id: string, stageRateWindowMonths: number, stageRatesComputedAt: string | null, stageRatesClosedDeals: number } | null };

export type SetStageRateWindowMutationVariables = Exact<{
  pipelineId: string | number;
  months: number;
}>;


export type SetStageRateWindowMutation = { setStageRateWindow: { id: string, stageRateWindowMonths: number, stageRatesComputedAt: string | null, stageRatesClosedDeals: number, stages: Array<{ id: string, kind: StageKind, probability: number | null, learnedConversionRate: number | null, learnedSampleSize: number, priorProbability: number | null, effectiveProbability: number | null }> } };

export type TrashRow_ItemFragment = { kind: TrashKind, id: string, title: string, deletedAt: string, restorableUntil: string, daysLeft: number, canRestore: boolean, deletedBy: { id: string, name: string } | null };

export type TrashQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TrashQuery = { trash: { items: Array<{ kind: TrashKind, id: string, title: string, deletedAt: string, restorableUntil: string, daysLeft: number, canRestore: boolean, deletedBy: { id: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export const TimelineItem_ActivityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineItem_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;
export const BoardColumnDealIdsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardColumnDealIds"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openFilter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode;
export const StageRate_StageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRate_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"learnedConversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"learnedSampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"priorProbability"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveProbability"}}]}}]} as unknown as DocumentNode;
export const ConvertedTotal_TotalFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConvertedTotal_total"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConvertedTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"unconverted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"toCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode;
export const WinChance_DealFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WinChance_deal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"winProbability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}}]} as unknown as DocumentNode;
export const NextStep_ActivityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextStep_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}}]}}]} as unknown as DocumentNode;
export const DealCard_DealFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealCard_deal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"daysInStage"}},{"kind":"Field","name":{"kind":"Name","value":"isRotting"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCloseDate"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBand"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WinChance_deal"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextStep_activity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WinChance_deal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"winProbability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextStep_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}}]}}]} as unknown as DocumentNode;
export const BoardColumn_StageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardColumn_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRate_stage"}},{"kind":"Field","name":{"kind":"Name","value":"rottingDays"}},{"kind":"Field","name":{"kind":"Name","value":"dealCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}]},{"kind":"Field","name":{"kind":"Name","value":"totals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weightedTotals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalInReportingCurrency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConvertedTotal_total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weightedInReportingCurrency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConvertedTotal_total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openFilter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealCard_deal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealCard_deal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"daysInStage"}},{"kind":"Field","name":{"kind":"Name","value":"isRotting"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCloseDate"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBand"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WinChance_deal"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextStep_activity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConvertedTotal_total"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConvertedTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"unconverted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"toCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WinChance_deal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"winProbability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextStep_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRate_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"learnedConversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"learnedSampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"priorProbability"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveProbability"}}]}}]} as unknown as DocumentNode;
export const MoneyTotal_TotalFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyTotal_total"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]} as unknown as DocumentNode;
export const SalesTargetRow_TargetFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SalesTargetRow_target"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SalesTarget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;
export const DealDetails_DealFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealDetails_deal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCloseDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysInStage"}},{"kind":"Field","name":{"kind":"Name","value":"isRotting"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBand"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode;
export const ScoreFactor_FactorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreFactor_factor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreFactor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}}]} as unknown as DocumentNode;
export const ModelCard_ModelFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelCard_model"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"trainedAt"}},{"kind":"Field","name":{"kind":"Name","value":"trainingRows"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auc"}},{"kind":"Field","name":{"kind":"Name","value":"prAuc"}},{"kind":"Field","name":{"kind":"Name","value":"logLoss"}},{"kind":"Field","name":{"kind":"Name","value":"ece"}},{"kind":"Field","name":{"kind":"Name","value":"lift10"}},{"kind":"Field","name":{"kind":"Name","value":"holdoutRows"}},{"kind":"Field","name":{"kind":"Name","value":"holdoutPositives"}},{"kind":"Field","name":{"kind":"Name","value":"calibration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predicted"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparedWith"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"auc"}},{"kind":"Field","name":{"kind":"Name","value":"logLoss"}},{"kind":"Field","name":{"kind":"Name","value":"aucDifference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"logLossDifference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resamples"}},{"kind":"Field","name":{"kind":"Name","value":"intervalLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingRowsWithCustomer"}},{"kind":"Field","name":{"kind":"Name","value":"trainingRowsWithSignalsAtDecision"}}]}}]}}]} as unknown as DocumentNode;
export const ScoreExplanationPanel_LeadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreExplanationPanel_lead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBand"}},{"kind":"Field","name":{"kind":"Name","value":"scoreExplanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"logit"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreFactor_factor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topPositive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreFactor_factor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topNegative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreFactor_factor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bestImprovement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"newProbability"}},{"kind":"Field","name":{"kind":"Name","value":"newScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelCard_model"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreFactor_factor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreFactor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelCard_model"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"trainedAt"}},{"kind":"Field","name":{"kind":"Name","value":"trainingRows"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auc"}},{"kind":"Field","name":{"kind":"Name","value":"prAuc"}},{"kind":"Field","name":{"kind":"Name","value":"logLoss"}},{"kind":"Field","name":{"kind":"Name","value":"ece"}},{"kind":"Field","name":{"kind":"Name","value":"lift10"}},{"kind":"Field","name":{"kind":"Name","value":"holdoutRows"}},{"kind":"Field","name":{"kind":"Name","value":"holdoutPositives"}},{"kind":"Field","name":{"kind":"Name","value":"calibration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predicted"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparedWith"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"auc"}},{"kind":"Field","name":{"kind":"Name","value":"logLoss"}},{"kind":"Field","name":{"kind":"Name","value":"aucDifference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"logLossDifference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resamples"}},{"kind":"Field","name":{"kind":"Name","value":"intervalLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingRowsWithCustomer"}},{"kind":"Field","name":{"kind":"Name","value":"trainingRowsWithSignalsAtDecision"}}]}}]}}]} as unknown as DocumentNode;
export const LeadRow_LeadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadRow_lead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBand"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;
export const StageRates_PipelineFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRates_pipeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pipeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stageRateWindowMonths"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesComputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesClosedDeals"}}]}}]} as unknown as DocumentNode;
export const StageSettings_StageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageSettings_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRate_stage"}},{"kind":"Field","name":{"kind":"Name","value":"rottingDays"}},{"kind":"Field","name":{"kind":"Name","value":"dealCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRate_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"learnedConversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"learnedSampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"priorProbability"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveProbability"}}]}}]} as unknown as DocumentNode;
export const PipelineSettings_PipelineFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineSettings_pipeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pipeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRates_pipeline"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageSettings_stage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageSettings_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRate_stage"}},{"kind":"Field","name":{"kind":"Name","value":"rottingDays"}},{"kind":"Field","name":{"kind":"Name","value":"dealCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRate_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"learnedConversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"learnedSampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"priorProbability"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveProbability"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRates_pipeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pipeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stageRateWindowMonths"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesComputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesClosedDeals"}}]}}]} as unknown as DocumentNode;
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
export const BoardColumnPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardColumnPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stageFilter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DealFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterPosition"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stageFilter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterPosition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterPosition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealCard_deal"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealCard_deal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"daysInStage"}},{"kind":"Field","name":{"kind":"Name","value":"isRotting"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCloseDate"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBand"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WinChance_deal"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextStep_activity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WinChance_deal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"winProbability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextStep_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}}]}}]} as unknown as DocumentNode;

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
export const BoardFilterOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardFilterOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;

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
export const DealBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DealBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DealFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"openFilter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DealFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRates_pipeline"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardColumn_stage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealCard_deal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"daysInStage"}},{"kind":"Field","name":{"kind":"Name","value":"isRotting"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCloseDate"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBand"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WinChance_deal"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextStep_activity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardColumn_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRate_stage"}},{"kind":"Field","name":{"kind":"Name","value":"rottingDays"}},{"kind":"Field","name":{"kind":"Name","value":"dealCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}]},{"kind":"Field","name":{"kind":"Name","value":"totals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weightedTotals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalInReportingCurrency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConvertedTotal_total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weightedInReportingCurrency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConvertedTotal_total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openFilter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealCard_deal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConvertedTotal_total"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConvertedTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"unconverted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"toCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WinChance_deal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"winProbability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextStep_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRate_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"learnedConversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"learnedSampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"priorProbability"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveProbability"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRates_pipeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pipeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stageRateWindowMonths"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesComputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesClosedDeals"}}]}}]} as unknown as DocumentNode;

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
export const PipelinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Pipelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode;

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
export const CreateDealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealCard_deal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealCard_deal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"daysInStage"}},{"kind":"Field","name":{"kind":"Name","value":"isRotting"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCloseDate"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBand"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WinChance_deal"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextStep_activity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WinChance_deal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"winProbability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextStep_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}}]}}]} as unknown as DocumentNode;

/**
 * __useCreateDealMutation__
 *
 * To run a mutation, you first call `useCreateDealMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useCreateDealMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [createDealMutation, { data, loading, error }] = useCreateDealMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useCreateDealMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<CreateDealMutation, CreateDealMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<CreateDealMutation, CreateDealMutationVariables>(CreateDealDocument, options);
      }
export type CreateDealMutationHookResult = ReturnType<typeof useCreateDealMutation>;
export type CreateDealMutationResult = ApolloReactCommon.MutationResult<CreateDealMutation>;
export const CustomerSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useCustomerSearchQuery__
 *
 * To run a query within a React component, call `useCustomerSearchQuery` and pass it any options that fit your needs.
 * When your component renders, `useCustomerSearchQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useCustomerSearchQuery({
 *   variables: {
 *      search: // value for 'search'
 *   },
 * });
 */
export function useCustomerSearchQuery(baseOptions: ApolloReactHooks.QueryHookOptions<CustomerSearchQuery, CustomerSearchQueryVariables> & ({ variables: CustomerSearchQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<CustomerSearchQuery, CustomerSearchQueryVariables>(CustomerSearchDocument, options);
      }
export function useCustomerSearchLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<CustomerSearchQuery, CustomerSearchQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<CustomerSearchQuery, CustomerSearchQueryVariables>(CustomerSearchDocument, options);
        }
export type CustomerSearchQueryHookResult = ReturnType<typeof useCustomerSearchQuery>;
export type CustomerSearchLazyQueryHookResult = ReturnType<typeof useCustomerSearchLazyQuery>;
export type CustomerSearchQueryResult = ApolloReactCommon.QueryResult<CustomerSearchQuery, CustomerSearchQueryVariables>;
export const CustomerPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"healthScore"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"mrr"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"openDealTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotal_total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weightedDealTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotal_total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wonDealTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotal_total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openDealInReportingCurrency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConvertedTotal_total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wonDealInReportingCurrency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConvertedTotal_total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"healthScore"}},{"kind":"Field","name":{"kind":"Name","value":"activeUsers"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"usageTrend"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"annualRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCloseDate"}},{"kind":"Field","name":{"kind":"Name","value":"isRotting"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadScore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"scoredAt"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreFactor_factor"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConvertedTotal_total"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConvertedTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"unconverted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"toCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyTotal_total"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreFactor_factor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreFactor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}}]} as unknown as DocumentNode;

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
export const CustomerListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sortBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerSortField"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SortDirection"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sortBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"healthScore"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"mrr"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"openDealTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotal_total"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyTotal_total"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]} as unknown as DocumentNode;

/**
 * __useCustomerListQuery__
 *
 * To run a query within a React component, call `useCustomerListQuery` and pass it any options that fit your needs.
 * When your component renders, `useCustomerListQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useCustomerListQuery({
 *   variables: {
 *      first: // value for 'first'
 *      after: // value for 'after'
 *      sortBy: // value for 'sortBy'
 *      direction: // value for 'direction'
 *      search: // value for 'search'
 *   },
 * });
 */
export function useCustomerListQuery(baseOptions: ApolloReactHooks.QueryHookOptions<CustomerListQuery, CustomerListQueryVariables> & ({ variables: CustomerListQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<CustomerListQuery, CustomerListQueryVariables>(CustomerListDocument, options);
      }
export function useCustomerListLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<CustomerListQuery, CustomerListQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<CustomerListQuery, CustomerListQueryVariables>(CustomerListDocument, options);
        }
export type CustomerListQueryHookResult = ReturnType<typeof useCustomerListQuery>;
export type CustomerListLazyQueryHookResult = ReturnType<typeof useCustomerListLazyQuery>;
export type CustomerListQueryResult = ApolloReactCommon.QueryResult<CustomerListQuery, CustomerListQueryVariables>;
export const DashboardPipelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardPipeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelineStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pipelineId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"winRate"}},{"kind":"Field","name":{"kind":"Name","value":"wonCount"}},{"kind":"Field","name":{"kind":"Name","value":"lostCount"}},{"kind":"Field","name":{"kind":"Name","value":"averageWonValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToClose"}},{"kind":"Field","name":{"kind":"Name","value":"rottingCount"}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRates_pipeline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dealCount"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weightedTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianDays"}},{"kind":"Field","name":{"kind":"Name","value":"learnedConversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"order"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRates_pipeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pipeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stageRateWindowMonths"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesComputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesClosedDeals"}}]}}]} as unknown as DocumentNode;

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
export const DashboardForecastDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardForecast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forecast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pipelineId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"dealCount"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotal_total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weightedTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotal_total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wonTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotal_total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotal_total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bestCaseTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotal_total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotal_total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdueTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotal_total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wonInReportingCurrency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConvertedTotal_total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedInReportingCurrency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConvertedTotal_total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bestCaseInReportingCurrency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConvertedTotal_total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dealCount"}},{"kind":"Field","name":{"kind":"Name","value":"wonTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotal_total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotal_total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotal_total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConvertedTotal_total"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConvertedTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"unconverted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"toCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyTotal_total"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]} as unknown as DocumentNode;

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
export const DashboardTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesTargets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pipelineId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fromMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}}},{"kind":"Argument","name":{"kind":"Name","value":"toMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SalesTargetRow_target"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SalesTargetRow_target"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SalesTarget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useDashboardTargetsQuery__
 *
 * To run a query within a React component, call `useDashboardTargetsQuery` and pass it any options that fit your needs.
 * When your component renders, `useDashboardTargetsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useDashboardTargetsQuery({
 *   variables: {
 *      pipelineId: // value for 'pipelineId'
 *      fromMonth: // value for 'fromMonth'
 *      toMonth: // value for 'toMonth'
 *   },
 * });
 */
export function useDashboardTargetsQuery(baseOptions: ApolloReactHooks.QueryHookOptions<DashboardTargetsQuery, DashboardTargetsQueryVariables> & ({ variables: DashboardTargetsQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<DashboardTargetsQuery, DashboardTargetsQueryVariables>(DashboardTargetsDocument, options);
      }
export function useDashboardTargetsLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<DashboardTargetsQuery, DashboardTargetsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<DashboardTargetsQuery, DashboardTargetsQueryVariables>(DashboardTargetsDocument, options);
        }
export type DashboardTargetsQueryHookResult = ReturnType<typeof useDashboardTargetsQuery>;
export type DashboardTargetsLazyQueryHookResult = ReturnType<typeof useDashboardTargetsLazyQuery>;
export type DashboardTargetsQueryResult = ApolloReactCommon.QueryResult<DashboardTargetsQuery, DashboardTargetsQueryVariables>;
export const SetSalesTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSalesTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SalesTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSalesTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SalesTargetRow_target"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SalesTargetRow_target"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SalesTarget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useSetSalesTargetMutation__
 *
 * To run a mutation, you first call `useSetSalesTargetMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useSetSalesTargetMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [setSalesTargetMutation, { data, loading, error }] = useSetSalesTargetMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useSetSalesTargetMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<SetSalesTargetMutation, SetSalesTargetMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<SetSalesTargetMutation, SetSalesTargetMutationVariables>(SetSalesTargetDocument, options);
      }
export type SetSalesTargetMutationHookResult = ReturnType<typeof useSetSalesTargetMutation>;
export type SetSalesTargetMutationResult = ApolloReactCommon.MutationResult<SetSalesTargetMutation>;
export const DeleteSalesTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSalesTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSalesTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode;

/**
 * __useDeleteSalesTargetMutation__
 *
 * To run a mutation, you first call `useDeleteSalesTargetMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useDeleteSalesTargetMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [deleteSalesTargetMutation, { data, loading, error }] = useDeleteSalesTargetMutation({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useDeleteSalesTargetMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<DeleteSalesTargetMutation, DeleteSalesTargetMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<DeleteSalesTargetMutation, DeleteSalesTargetMutationVariables>(DeleteSalesTargetDocument, options);
      }
export type DeleteSalesTargetMutationHookResult = ReturnType<typeof useDeleteSalesTargetMutation>;
export type DeleteSalesTargetMutationResult = ApolloReactCommon.MutationResult<DeleteSalesTargetMutation>;
export const DashboardScoringDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardScoring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadScoreDistribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeScoringModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelCard_model"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelCard_model"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"trainedAt"}},{"kind":"Field","name":{"kind":"Name","value":"trainingRows"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auc"}},{"kind":"Field","name":{"kind":"Name","value":"prAuc"}},{"kind":"Field","name":{"kind":"Name","value":"logLoss"}},{"kind":"Field","name":{"kind":"Name","value":"ece"}},{"kind":"Field","name":{"kind":"Name","value":"lift10"}},{"kind":"Field","name":{"kind":"Name","value":"holdoutRows"}},{"kind":"Field","name":{"kind":"Name","value":"holdoutPositives"}},{"kind":"Field","name":{"kind":"Name","value":"calibration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predicted"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparedWith"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"auc"}},{"kind":"Field","name":{"kind":"Name","value":"logLoss"}},{"kind":"Field","name":{"kind":"Name","value":"aucDifference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"logLossDifference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resamples"}},{"kind":"Field","name":{"kind":"Name","value":"intervalLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingRowsWithCustomer"}},{"kind":"Field","name":{"kind":"Name","value":"trainingRowsWithSignalsAtDecision"}}]}}]}}]} as unknown as DocumentNode;

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
export const MarkDealWonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkDealWon"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markDealWon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealDetails_deal"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealCard_deal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealCard_deal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"daysInStage"}},{"kind":"Field","name":{"kind":"Name","value":"isRotting"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCloseDate"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBand"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WinChance_deal"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextStep_activity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealDetails_deal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCloseDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysInStage"}},{"kind":"Field","name":{"kind":"Name","value":"isRotting"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBand"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WinChance_deal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"winProbability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextStep_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}}]}}]} as unknown as DocumentNode;

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
export const MarkDealLostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkDealLost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markDealLost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealDetails_deal"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealCard_deal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealCard_deal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"daysInStage"}},{"kind":"Field","name":{"kind":"Name","value":"isRotting"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCloseDate"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBand"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WinChance_deal"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextStep_activity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealDetails_deal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCloseDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysInStage"}},{"kind":"Field","name":{"kind":"Name","value":"isRotting"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBand"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WinChance_deal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"winProbability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextStep_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}}]}}]} as unknown as DocumentNode;

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
export const DealPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DealPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealDetails_deal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealDetails_deal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCloseDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysInStage"}},{"kind":"Field","name":{"kind":"Name","value":"isRotting"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBand"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode;

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
export const UpdateDealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealDetails_deal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealDetails_deal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCloseDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysInStage"}},{"kind":"Field","name":{"kind":"Name","value":"isRotting"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBand"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode;

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
export const DeleteDealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}]}]}}]} as unknown as DocumentNode;

/**
 * __useDeleteDealMutation__
 *
 * To run a mutation, you first call `useDeleteDealMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useDeleteDealMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [deleteDealMutation, { data, loading, error }] = useDeleteDealMutation({
 *   variables: {
 *      id: // value for 'id'
 *      expectedVersion: // value for 'expectedVersion'
 *   },
 * });
 */
export function useDeleteDealMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<DeleteDealMutation, DeleteDealMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<DeleteDealMutation, DeleteDealMutationVariables>(DeleteDealDocument, options);
      }
export type DeleteDealMutationHookResult = ReturnType<typeof useDeleteDealMutation>;
export type DeleteDealMutationResult = ApolloReactCommon.MutationResult<DeleteDealMutation>;
export const RestoreDealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealDetails_deal"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealCard_deal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealCard_deal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"daysInStage"}},{"kind":"Field","name":{"kind":"Name","value":"isRotting"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCloseDate"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBand"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WinChance_deal"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextStep_activity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealDetails_deal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCloseDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysInStage"}},{"kind":"Field","name":{"kind":"Name","value":"isRotting"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBand"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WinChance_deal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"winProbability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextStep_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}}]}}]} as unknown as DocumentNode;

/**
 * __useRestoreDealMutation__
 *
 * To run a mutation, you first call `useRestoreDealMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useRestoreDealMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [restoreDealMutation, { data, loading, error }] = useRestoreDealMutation({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useRestoreDealMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<RestoreDealMutation, RestoreDealMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<RestoreDealMutation, RestoreDealMutationVariables>(RestoreDealDocument, options);
      }
export type RestoreDealMutationHookResult = ReturnType<typeof useRestoreDealMutation>;
export type RestoreDealMutationResult = ApolloReactCommon.MutationResult<RestoreDealMutation>;
export const ReopenDealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealDetails_deal"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealCard_deal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealCard_deal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"daysInStage"}},{"kind":"Field","name":{"kind":"Name","value":"isRotting"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCloseDate"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBand"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WinChance_deal"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextStep_activity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealDetails_deal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCloseDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysInStage"}},{"kind":"Field","name":{"kind":"Name","value":"isRotting"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBand"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WinChance_deal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"winProbability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextStep_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}}]}}]} as unknown as DocumentNode;

/**
 * __useReopenDealMutation__
 *
 * To run a mutation, you first call `useReopenDealMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useReopenDealMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [reopenDealMutation, { data, loading, error }] = useReopenDealMutation({
 *   variables: {
 *      id: // value for 'id'
 *      expectedVersion: // value for 'expectedVersion'
 *   },
 * });
 */
export function useReopenDealMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<ReopenDealMutation, ReopenDealMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<ReopenDealMutation, ReopenDealMutationVariables>(ReopenDealDocument, options);
      }
export type ReopenDealMutationHookResult = ReturnType<typeof useReopenDealMutation>;
export type ReopenDealMutationResult = ApolloReactCommon.MutationResult<ReopenDealMutation>;
export const MoveDealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"position"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"stageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"position"},"value":{"kind":"Variable","name":{"kind":"Name","value":"position"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"daysInStage"}},{"kind":"Field","name":{"kind":"Name","value":"isRotting"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode;

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
export const ReopenDealToDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenDealTo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"stageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"daysInStage"}},{"kind":"Field","name":{"kind":"Name","value":"isRotting"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useReopenDealToMutation__
 *
 * To run a mutation, you first call `useReopenDealToMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useReopenDealToMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [reopenDealToMutation, { data, loading, error }] = useReopenDealToMutation({
 *   variables: {
 *      id: // value for 'id'
 *      expectedVersion: // value for 'expectedVersion'
 *      stageId: // value for 'stageId'
 *   },
 * });
 */
export function useReopenDealToMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<ReopenDealToMutation, ReopenDealToMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<ReopenDealToMutation, ReopenDealToMutationVariables>(ReopenDealToDocument, options);
      }
export type ReopenDealToMutationHookResult = ReturnType<typeof useReopenDealToMutation>;
export type ReopenDealToMutationResult = ApolloReactCommon.MutationResult<ReopenDealToMutation>;
export const DealWinProbabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DealWinProbability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"winProbability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"scoredAt"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreFactor_factor"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dealWinModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"trainingRows"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auc"}},{"kind":"Field","name":{"kind":"Name","value":"logLoss"}},{"kind":"Field","name":{"kind":"Name","value":"holdoutRows"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stageRateBaseline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auc"}},{"kind":"Field","name":{"kind":"Name","value":"logLoss"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreFactor_factor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreFactor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}}]} as unknown as DocumentNode;

/**
 * __useDealWinProbabilityQuery__
 *
 * To run a query within a React component, call `useDealWinProbabilityQuery` and pass it any options that fit your needs.
 * When your component renders, `useDealWinProbabilityQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useDealWinProbabilityQuery({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useDealWinProbabilityQuery(baseOptions: ApolloReactHooks.QueryHookOptions<DealWinProbabilityQuery, DealWinProbabilityQueryVariables> & ({ variables: DealWinProbabilityQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<DealWinProbabilityQuery, DealWinProbabilityQueryVariables>(DealWinProbabilityDocument, options);
      }
export function useDealWinProbabilityLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<DealWinProbabilityQuery, DealWinProbabilityQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<DealWinProbabilityQuery, DealWinProbabilityQueryVariables>(DealWinProbabilityDocument, options);
        }
export type DealWinProbabilityQueryHookResult = ReturnType<typeof useDealWinProbabilityQuery>;
export type DealWinProbabilityLazyQueryHookResult = ReturnType<typeof useDealWinProbabilityLazyQuery>;
export type DealWinProbabilityQueryResult = ApolloReactCommon.QueryResult<DealWinProbabilityQuery, DealWinProbabilityQueryVariables>;
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
export const LeadPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBand"}},{"kind":"Field","name":{"kind":"Name","value":"scoredAt"}},{"kind":"Field","name":{"kind":"Name","value":"scoreModelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"emailsCount"}},{"kind":"Field","name":{"kind":"Name","value":"callsCount"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsCount"}},{"kind":"Field","name":{"kind":"Name","value":"visitsCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastEngagedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"healthScore"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoreHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"top"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreExplanationPanel_lead"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreFactor_factor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreFactor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelCard_model"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"trainedAt"}},{"kind":"Field","name":{"kind":"Name","value":"trainingRows"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auc"}},{"kind":"Field","name":{"kind":"Name","value":"prAuc"}},{"kind":"Field","name":{"kind":"Name","value":"logLoss"}},{"kind":"Field","name":{"kind":"Name","value":"ece"}},{"kind":"Field","name":{"kind":"Name","value":"lift10"}},{"kind":"Field","name":{"kind":"Name","value":"holdoutRows"}},{"kind":"Field","name":{"kind":"Name","value":"holdoutPositives"}},{"kind":"Field","name":{"kind":"Name","value":"calibration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predicted"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparedWith"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"auc"}},{"kind":"Field","name":{"kind":"Name","value":"logLoss"}},{"kind":"Field","name":{"kind":"Name","value":"aucDifference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"logLossDifference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resamples"}},{"kind":"Field","name":{"kind":"Name","value":"intervalLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingRowsWithCustomer"}},{"kind":"Field","name":{"kind":"Name","value":"trainingRowsWithSignalsAtDecision"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreExplanationPanel_lead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBand"}},{"kind":"Field","name":{"kind":"Name","value":"scoreExplanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"logit"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreFactor_factor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topPositive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreFactor_factor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topNegative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreFactor_factor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bestImprovement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"newProbability"}},{"kind":"Field","name":{"kind":"Name","value":"newScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelCard_model"}}]}}]}}]}}]} as unknown as DocumentNode;

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
export const PipelineSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PipelineSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineSettings_pipeline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageSettings_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRate_stage"}},{"kind":"Field","name":{"kind":"Name","value":"rottingDays"}},{"kind":"Field","name":{"kind":"Name","value":"dealCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineSettings_pipeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pipeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRates_pipeline"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageSettings_stage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRate_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"learnedConversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"learnedSampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"priorProbability"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveProbability"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRates_pipeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pipeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stageRateWindowMonths"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesComputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesClosedDeals"}}]}}]} as unknown as DocumentNode;

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
export const CreatePipelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePipeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineSettings_pipeline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageSettings_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRate_stage"}},{"kind":"Field","name":{"kind":"Name","value":"rottingDays"}},{"kind":"Field","name":{"kind":"Name","value":"dealCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineSettings_pipeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pipeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRates_pipeline"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageSettings_stage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRate_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"learnedConversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"learnedSampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"priorProbability"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveProbability"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRates_pipeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pipeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stageRateWindowMonths"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesComputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesClosedDeals"}}]}}]} as unknown as DocumentNode;

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
export const RenamePipelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenamePipeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renamePipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;

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
export const CreateStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageSettings_stage"}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineSettings_pipeline"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageSettings_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRate_stage"}},{"kind":"Field","name":{"kind":"Name","value":"rottingDays"}},{"kind":"Field","name":{"kind":"Name","value":"dealCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineSettings_pipeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pipeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRates_pipeline"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageSettings_stage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRate_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"learnedConversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"learnedSampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"priorProbability"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveProbability"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRates_pipeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pipeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stageRateWindowMonths"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesComputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesClosedDeals"}}]}}]} as unknown as DocumentNode;

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
export const UpdateStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateStageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageSettings_stage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageSettings_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRate_stage"}},{"kind":"Field","name":{"kind":"Name","value":"rottingDays"}},{"kind":"Field","name":{"kind":"Name","value":"dealCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRate_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"learnedConversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"learnedSampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"priorProbability"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveProbability"}}]}}]} as unknown as DocumentNode;

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
export const ReorderStagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderStages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stageIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderStages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pipelineId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}}},{"kind":"Argument","name":{"kind":"Name","value":"stageIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stageIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineSettings_pipeline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageSettings_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRate_stage"}},{"kind":"Field","name":{"kind":"Name","value":"rottingDays"}},{"kind":"Field","name":{"kind":"Name","value":"dealCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineSettings_pipeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pipeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRates_pipeline"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageSettings_stage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRate_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"learnedConversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"learnedSampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"priorProbability"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveProbability"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRates_pipeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pipeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stageRateWindowMonths"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesComputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesClosedDeals"}}]}}]} as unknown as DocumentNode;

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
export const DeleteStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetStageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"targetStageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetStageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineSettings_pipeline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageSettings_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRate_stage"}},{"kind":"Field","name":{"kind":"Name","value":"rottingDays"}},{"kind":"Field","name":{"kind":"Name","value":"dealCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineSettings_pipeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pipeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRates_pipeline"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageSettings_stage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRate_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"learnedConversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"learnedSampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"priorProbability"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveProbability"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRates_pipeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pipeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stageRateWindowMonths"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesComputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesClosedDeals"}}]}}]} as unknown as DocumentNode;

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
export const StageRatesCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StageRatesCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRates_pipeline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRates_pipeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pipeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stageRateWindowMonths"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesComputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesClosedDeals"}}]}}]} as unknown as DocumentNode;

/**
 * __useStageRatesCheckQuery__
 *
 * To run a query within a React component, call `useStageRatesCheckQuery` and pass it any options that fit your needs.
 * When your component renders, `useStageRatesCheckQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useStageRatesCheckQuery({
 *   variables: {
 *      pipelineId: // value for 'pipelineId'
 *   },
 * });
 */
export function useStageRatesCheckQuery(baseOptions: ApolloReactHooks.QueryHookOptions<StageRatesCheckQuery, StageRatesCheckQueryVariables> & ({ variables: StageRatesCheckQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<StageRatesCheckQuery, StageRatesCheckQueryVariables>(StageRatesCheckDocument, options);
      }
export function useStageRatesCheckLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<StageRatesCheckQuery, StageRatesCheckQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<StageRatesCheckQuery, StageRatesCheckQueryVariables>(StageRatesCheckDocument, options);
        }
export type StageRatesCheckQueryHookResult = ReturnType<typeof useStageRatesCheckQuery>;
export type StageRatesCheckLazyQueryHookResult = ReturnType<typeof useStageRatesCheckLazyQuery>;
export type StageRatesCheckQueryResult = ApolloReactCommon.QueryResult<StageRatesCheckQuery, StageRatesCheckQueryVariables>;
export const SetStageRateWindowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetStageRateWindow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"months"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStageRateWindow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pipelineId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}}},{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"Variable","name":{"kind":"Name","value":"months"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRates_pipeline"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRate_stage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRate_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"learnedConversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"learnedSampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"priorProbability"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveProbability"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRates_pipeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pipeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stageRateWindowMonths"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesComputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesClosedDeals"}}]}}]} as unknown as DocumentNode;

/**
 * __useSetStageRateWindowMutation__
 *
 * To run a mutation, you first call `useSetStageRateWindowMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useSetStageRateWindowMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [setStageRateWindowMutation, { data, loading, error }] = useSetStageRateWindowMutation({
 *   variables: {
 *      pipelineId: // value for 'pipelineId'
 *      months: // value for 'months'
 *   },
 * });
 */
export function useSetStageRateWindowMutation(baseOptions?: ApolloReactHooks.MutationHookOptions<SetStageRateWindowMutation, SetStageRateWindowMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<SetStageRateWindowMutation, SetStageRateWindowMutationVariables>(SetStageRateWindowDocument, options);
      }
export type SetStageRateWindowMutationHookResult = ReturnType<typeof useSetStageRateWindowMutation>;
export type SetStageRateWindowMutationResult = ApolloReactCommon.MutationResult<SetStageRateWindowMutation>;
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