/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentNode } from 'graphql';
import type * as ApolloReactCommon from '@apollo/client/react';
import * as ApolloReactHooks from '@apollo/client/react';
const defaultOptions = {} as const;
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

export type CreateStageInput = {
  kind?: StageKind | null | undefined;
  name: string;
  /**
   * Position in the board (0 first). Open stages come before Won and Lost: an open stage goes after
   * the last open one when omitted, a Won or Lost stage last; a position past its group's end is
   * brought to that end.
   */
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
  /**
   * Open deals, and the deals won or lost in the last so many days (by \`closedAt\`); without it,
   * every closed deal. The board's Won and Lost zones total the last 90 days: all time, their cost
   * would grow with every deal ever closed (ADR 081).
   */
  closedWithinDays?: number | null | undefined;
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

export type LeadStatus =
  | 'CONVERTED'
  | 'DISQUALIFIED'
  | 'NEW'
  | 'QUALIFIED'
  | 'WORKING';

export type PlannedActivityType =
  | 'CALL'
  | 'EMAIL'
  | 'MEETING'
  | 'TASK';

export type Role =
  | 'ADMIN'
  | 'MANAGER'
  | 'REP';

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

export type UpdateDealInput = {
  currency?: string | null | undefined;
  customerId?: string | number | null | undefined;
  expectedCloseDate?: string | null | undefined;
  ownerId?: string | number | null | undefined;
  title?: string | null | undefined;
  value?: string | null | undefined;
};

/**
 * probability and rottingDays are an open stage's (Won weighs 1, Lost 0, closed deals do not rot);
 * a value and its clear flag together are refused.
 */
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

export type CurrentUserQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentUserQuery = { me: { id: string, name: string, role: Role } | null };

export type BoardColumnPageQueryVariables = Exact<{
  pipelineId: string | number;
  stageFilter: DealFilter;
  first: number;
  afterPosition: number;
}>;


export type BoardColumnPageQuery = { pipeline: { id: string, stages: Array<{ id: string, deals: Array<{ id: string, title: string, value: string, currency: string, position: number, version: number, daysInStage: number, isRotting: boolean, expectedCloseDate: string | null, stage: { id: string }, owner: { id: string, name: string } | null, customer: { id: string, name: string } | null, lead: { id: string, score: number | null, scoreBand: string | null } | null, nextActivity: { id: string, type: PlannedActivityType, subject: string, dueAt: string, isOverdue: boolean, overdueDays: number } | null, winProbability: { probability: number, source: WinProbabilitySource, basis: string } | null }> }> } | null };

export type BoardColumnDealIdsFragment = { deals: Array<{ id: string }> };

export type BoardColumnTotalsQueryVariables = Exact<{
  pipelineId: string | number;
  filter?: DealFilter | null | undefined;
}>;


export type BoardColumnTotalsQuery = { pipeline: { id: string, stageRateWindowMonths: number, stageRatesComputedAt: string | null, stageRatesClosedDeals: number, stages: Array<{ id: string, dealCount: number, kind: StageKind, probability: number | null, learnedConversionRate: number | null, learnedSampleSize: number, priorProbability: number | null, effectiveProbability: number | null, totals: Array<{ currency: string, amount: string }>, weightedTotals: Array<{ currency: string, amount: string }>, totalInReportingCurrency: { currency: string, amount: string, asOf: string, complete: boolean, unconverted: Array<{ currency: string, amount: string }>, rates: Array<{ fromCurrency: string, toCurrency: string, rate: string, date: string }> } | null, weightedInReportingCurrency: { currency: string, amount: string, asOf: string, complete: boolean, unconverted: Array<{ currency: string, amount: string }>, rates: Array<{ fromCurrency: string, toCurrency: string, rate: string, date: string }> } | null }> } | null };

export type BoardFilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardFilterOptionsQuery = { users: Array<{ id: string, name: string }>, customers: Array<{ id: string, name: string }> };

export type DealCard_DealFragment = { id: string, title: string, value: string, currency: string, position: number, version: number, daysInStage: number, isRotting: boolean, expectedCloseDate: string | null, stage: { id: string }, owner: { id: string, name: string } | null, customer: { id: string, name: string } | null, lead: { id: string, score: number | null, scoreBand: string | null } | null, nextActivity: { id: string, type: PlannedActivityType, subject: string, dueAt: string, isOverdue: boolean, overdueDays: number } | null, winProbability: { probability: number, source: WinProbabilitySource, basis: string } | null };

export type BoardColumnFigures_StageFragment = { dealCount: number, id: string, kind: StageKind, probability: number | null, learnedConversionRate: number | null, learnedSampleSize: number, priorProbability: number | null, effectiveProbability: number | null, totals: Array<{ currency: string, amount: string }>, weightedTotals: Array<{ currency: string, amount: string }>, totalInReportingCurrency: { currency: string, amount: string, asOf: string, complete: boolean, unconverted: Array<{ currency: string, amount: string }>, rates: Array<{ fromCurrency: string, toCurrency: string, rate: string, date: string }> } | null, weightedInReportingCurrency: { currency: string, amount: string, asOf: string, complete: boolean, unconverted: Array<{ currency: string, amount: string }>, rates: Array<{ fromCurrency: string, toCurrency: string, rate: string, date: string }> } | null };

export type BoardColumn_StageFragment = { id: string, name: string, order: number, kind: StageKind, rottingDays: number | null, dealCount: number, probability: number | null, learnedConversionRate: number | null, learnedSampleSize: number, priorProbability: number | null, effectiveProbability: number | null, deals: Array<{ id: string, title: string, value: string, currency: string, position: number, version: number, daysInStage: number, isRotting: boolean, expectedCloseDate: string | null, stage: { id: string }, owner: { id: string, name: string } | null, customer: { id: string, name: string } | null, lead: { id: string, score: number | null, scoreBand: string | null } | null, nextActivity: { id: string, type: PlannedActivityType, subject: string, dueAt: string, isOverdue: boolean, overdueDays: number } | null, winProbability: { probability: number, source: WinProbabilitySource, basis: string } | null }>, totals: Array<{ currency: string, amount: string }>, weightedTotals: Array<{ currency: string, amount: string }>, totalInReportingCurrency: { currency: string, amount: string, asOf: string, complete: boolean, unconverted: Array<{ currency: string, amount: string }>, rates: Array<{ fromCurrency: string, toCurrency: string, rate: string, date: string }> } | null, weightedInReportingCurrency: { currency: string, amount: string, asOf: string, complete: boolean, unconverted: Array<{ currency: string, amount: string }>, rates: Array<{ fromCurrency: string, toCurrency: string, rate: string, date: string }> } | null };

export type DealBoardQueryVariables = Exact<{
  pipelineId: string | number;
  filter?: DealFilter | null | undefined;
  openFilter?: DealFilter | null | undefined;
  pageSize: number;
}>;


export type DealBoardQuery = { pipeline: { id: string, name: string, currency: string, stageRateWindowMonths: number, stageRatesComputedAt: string | null, stageRatesClosedDeals: number, stages: Array<{ id: string, name: string, order: number, kind: StageKind, rottingDays: number | null, dealCount: number, probability: number | null, learnedConversionRate: number | null, learnedSampleSize: number, priorProbability: number | null, effectiveProbability: number | null, deals: Array<{ id: string, title: string, value: string, currency: string, position: number, version: number, daysInStage: number, isRotting: boolean, expectedCloseDate: string | null, stage: { id: string }, owner: { id: string, name: string } | null, customer: { id: string, name: string } | null, lead: { id: string, score: number | null, scoreBand: string | null } | null, nextActivity: { id: string, type: PlannedActivityType, subject: string, dueAt: string, isOverdue: boolean, overdueDays: number } | null, winProbability: { probability: number, source: WinProbabilitySource, basis: string } | null }>, totals: Array<{ currency: string, amount: string }>, weightedTotals: Array<{ currency: string, amount: string }>, totalInReportingCurrency: { currency: string, amount: string, asOf: string, complete: boolean, unconverted: Array<{ currency: string, amount: string }>, rates: Array<{ fromCurrency: string, toCurrency: string, rate: string, date: string }> } | null, weightedInReportingCurrency: { currency: string, amount: string, asOf: string, complete: boolean, unconverted: Array<{ currency: string, amount: string }>, rates: Array<{ fromCurrency: string, toCurrency: string, rate: string, date: string }> } | null }> } | null };

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


export type DashboardForecastQuery = { undatedOpenDeals: { dealCount: number, totals: Array<{ currency: string, amount: string }> }, forecast: Array<{ month: string, dealCount: number, overdueCount: number, totals: Array<{ currency: string, amount: string }>, weightedTotals: Array<{ currency: string, amount: string }>, wonTotals: Array<{ currency: string, amount: string }>, expectedTotals: Array<{ currency: string, amount: string }>, bestCaseTotals: Array<{ currency: string, amount: string }>, targetTotal: { currency: string, amount: string } | null, overdueTotals: Array<{ currency: string, amount: string }>, wonInReportingCurrency: { currency: string, amount: string, asOf: string, complete: boolean, unconverted: Array<{ currency: string, amount: string }>, rates: Array<{ fromCurrency: string, toCurrency: string, rate: string, date: string }> } | null, expectedInReportingCurrency: { currency: string, amount: string, asOf: string, complete: boolean, unconverted: Array<{ currency: string, amount: string }>, rates: Array<{ fromCurrency: string, toCurrency: string, rate: string, date: string }> } | null, bestCaseInReportingCurrency: { currency: string, amount: string, asOf: string, complete: boolean, unconverted: Array<{ currency: string, amount: string }>, rates: Array<{ fromCurrency: string, toCurrency: string, rate: string, date: string }> } | null, owners: Array<{ ownerId: string | null, dealCount: number, attainment: number | null, owner: { id: string, name: string } | null, wonTotals: Array<{ currency: string, amount: string }>, expectedTotals: Array<{ currency: string, amount: string }>, target: { currency: string, amount: string } | null }> }> };

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


export type DashboardScoringQuery = { leadScoreDistribution: Array<{ from: number, to: number, count: number }>, activeScoringModel: { notes: string | null, id: string, version: number, kind: string, active: boolean, trainedAt: string, trainingRows: number, metrics: { auc: number, prAuc: number, logLoss: number, ece: number, lift10: number, holdoutRows: number, holdoutPositives: number, trainingRowsWithCustomer: number | null, trainingRowsWithSignalsAtDecision: number | null, importedTrainingRows: number | null, importedHoldoutRows: number | null, calibration: Array<{ predicted: number, observed: number, count: number }>, comparedWith: { version: number, kind: string, auc: number, logLoss: number, resamples: number | null, intervalLevel: number | null, aucDifference: { estimate: number, low: number, high: number } | null, logLossDifference: { estimate: number, low: number, high: number } | null } | null, recentLeftOut: { days: number, rows: number, pendingConversions: number, importedKept: number | null } | null } | null } | null };

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


export type MoveDealMutation = { moveDeal: { __typename: 'Deal', id: string, position: number, version: number, daysInStage: number, isRotting: boolean, stage: { __typename: 'PipelineStage', id: string }, winProbability: { probability: number, source: WinProbabilitySource, basis: string } | null } };

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


export type DealWinProbabilityQuery = { deal: { id: string, winProbability: { probability: number, source: WinProbabilitySource, modelVersion: number | null, scoredAt: string | null, basis: string, explanation: { baseline: number, factors: Array<{ feature: string, label: string, value: string | null, contribution: number }> } | null } | null } | null, dealWinModels: Array<{ id: string, version: number, active: boolean, trainingRows: number, closedDealsBeforeHoldout: number | null, heldOutDeals: number | null, notes: string | null, metrics: { auc: number, logLoss: number, holdoutRows: number } | null, stageRateBaseline: { auc: number, logLoss: number } | null }> };

export type ScoreFactor_FactorFragment = { feature: string, label: string, value: string | null, contribution: number };

export type ModelCard_ModelFragment = { id: string, version: number, kind: string, active: boolean, trainedAt: string, trainingRows: number, metrics: { auc: number, prAuc: number, logLoss: number, ece: number, lift10: number, holdoutRows: number, holdoutPositives: number, trainingRowsWithCustomer: number | null, trainingRowsWithSignalsAtDecision: number | null, importedTrainingRows: number | null, importedHoldoutRows: number | null, calibration: Array<{ predicted: number, observed: number, count: number }>, comparedWith: { version: number, kind: string, auc: number, logLoss: number, resamples: number | null, intervalLevel: number | null, aucDifference: { estimate: number, low: number, high: number } | null, logLossDifference: { estimate: number, low: number, high: number } | null } | null, recentLeftOut: { days: number, rows: number, pendingConversions: number, importedKept: number | null } | null } | null };

export type ScoreExplanationPanel_LeadFragment = { id: string, score: number | null, probability: number | null, scoreBand: string | null, scoreExplanation: { baseline: number, logit: number, probability: number, factors: Array<{ feature: string, label: string, value: string | null, contribution: number }>, topPositive: Array<{ feature: string, label: string, value: string | null, contribution: number }>, topNegative: Array<{ feature: string, label: string, value: string | null, contribution: number }>, bestImprovement: { feature: string, label: string, from: string | null, to: string, newProbability: number, newScore: number } | null, model: { id: string, version: number, kind: string, active: boolean, trainedAt: string, trainingRows: number, metrics: { auc: number, prAuc: number, logLoss: number, ece: number, lift10: number, holdoutRows: number, holdoutPositives: number, trainingRowsWithCustomer: number | null, trainingRowsWithSignalsAtDecision: number | null, importedTrainingRows: number | null, importedHoldoutRows: number | null, calibration: Array<{ predicted: number, observed: number, count: number }>, comparedWith: { version: number, kind: string, auc: number, logLoss: number, resamples: number | null, intervalLevel: number | null, aucDifference: { estimate: number, low: number, high: number } | null, logLossDifference: { estimate: number, low: number, high: number } | null } | null, recentLeftOut: { days: number, rows: number, pendingConversions: number, importedKept: number | null } | null } | null } } | null };

export type LeadPageQueryVariables = Exact<{
  id: string | number;
}>;


export type LeadPageQuery = { lead: { id: string, name: string, email: string | null, company: string | null, title: string | null, source: string, status: LeadStatus, score: number | null, scoreBand: string | null, scoredAt: string | null, scoreModelVersion: string | null, emailsCount: number, callsCount: number, meetingsCount: number, visitsCount: number, lastEngagedAt: string | null, createdAt: string, metadata: unknown, probability: number | null, owner: { id: string, name: string } | null, customer: { id: string, name: string, healthScore: number, plan: string } | null, deal: { id: string, title: string, stage: { id: string, name: string } } | null, scoreHistory: Array<{ id: string, score: number, probability: number, modelVersion: string, createdAt: string, factors: Array<{ label: string, value: string | null, contribution: number }> }>, scoreExplanation: { baseline: number, logit: number, probability: number, factors: Array<{ feature: string, label: string, value: string | null, contribution: number }>, topPositive: Array<{ feature: string, label: string, value: string | null, contribution: number }>, topNegative: Array<{ feature: string, label: string, value: string | null, contribution: number }>, bestImprovement: { feature: string, label: string, from: string | null, to: string, newProbability: number, newScore: number } | null, model: { id: string, version: number, kind: string, active: boolean, trainedAt: string, trainingRows: number, metrics: { auc: number, prAuc: number, logLoss: number, ece: number, lift10: number, holdoutRows: number, holdoutPositives: number, trainingRowsWithCustomer: number | null, trainingRowsWithSignalsAtDecision: number | null, importedTrainingRows: number | null, importedHoldoutRows: number | null, calibration: Array<{ predicted: number, observed: number, count: number }>, comparedWith: { version: number, kind: string, auc: number, logLoss: number, resamples: number | null, intervalLevel: number | null, aucDifference: { estimate: number, low: number, high: number } | null, logLossDifference: { estimate: number, low: number, high: number } | null } | null, recentLeftOut: { days: number, rows: number, pendingConversions: number, importedKept: number | null } | null } | null } } | null } | null };

export type NextStep_ActivityFragment = { id: string, type: PlannedActivityType, subject: string, dueAt: string, isOverdue: boolean, overdueDays: number };

export type StageSettings_StageFragment = { id: string, name: string, order: number, kind: StageKind, rottingDays: number | null, handRottingDays: number | null, learnedRottingDays: number | null, dealCount: number, probability: number | null, learnedConversionRate: number | null, learnedSampleSize: number, priorProbability: number | null, effectiveProbability: number | null };

export type PipelineSettings_PipelineFragment = { id: string, name: string, currency: string, stageRateWindowMonths: number, stageRatesComputedAt: string | null, stageRatesClosedDeals: number, stages: Array<{ id: string, name: string, order: number, kind: StageKind, rottingDays: number | null, handRottingDays: number | null, learnedRottingDays: number | null, dealCount: number, probability: number | null, learnedConversionRate: number | null, learnedSampleSize: number, priorProbability: number | null, effectiveProbability: number | null }> };

export type PipelineSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type PipelineSettingsQuery = { pipelines: Array<{ id: string, name: string, currency: string, stageRateWindowMonths: number, stageRatesComputedAt: string | null, stageRatesClosedDeals: number, stages: Array<{ id: string, name: string, order: number, kind: StageKind, rottingDays: number | null, handRottingDays: number | null, learnedRottingDays: number | null, dealCount: number, probability: number | null, learnedConversionRate: number | null, learnedSampleSize: number, priorProbability: number | null, effectiveProbability: number | null }> }> };

export type CreatePipelineMutationVariables = Exact<{
  name: string;
  currency?: string | null | undefined;
}>;


export type CreatePipelineMutation = { createPipeline: { id: string, name: string, currency: string, stageRateWindowMonths: number, stageRatesComputedAt: string | null, stageRatesClosedDeals: number, stages: Array<{ id: string, name: string, order: number, kind: StageKind, rottingDays: number | null, handRottingDays: number | null, learnedRottingDays: number | null, dealCount: number, probability: number | null, learnedConversionRate: number | null, learnedSampleSize: number, priorProbability: number | null, effectiveProbability: number | null }> } };

export type RenamePipelineMutationVariables = Exact<{
  id: string | number;
  name: string;
}>;


export type RenamePipelineMutation = { renamePipeline: { __typename: 'Pipeline', id: string, name: string } };

export type CreateStageMutationVariables = Exact<{
  input: CreateStageInput;
}>;


export type CreateStageMutation = { createStage: { id: string, name: string, order: number, kind: StageKind, rottingDays: number | null, handRottingDays: number | null, learnedRottingDays: number | null, dealCount: number, probability: number | null, learnedConversionRate: number | null, learnedSampleSize: number, priorProbability: number | null, effectiveProbability: number | null, pipeline: { id: string, name: string, currency: string, stageRateWindowMonths: number, stageRatesComputedAt: string | null, stageRatesClosedDeals: number, stages: Array<{ id: string, name: string, order: number, kind: StageKind, rottingDays: number | null, handRottingDays: number | null, learnedRottingDays: number | null, dealCount: number, probability: number | null, learnedConversionRate: number | null, learnedSampleSize: number, priorProbability: number | null, effectiveProbability: number | null }> } } };

export type UpdateStageMutationVariables = Exact<{
  id: string | number;
  input: UpdateStageInput;
}>;


export type UpdateStageMutation = { updateStage: { id: string, name: string, order: number, kind: StageKind, rottingDays: number | null, handRottingDays: number | null, learnedRottingDays: number | null, dealCount: number, probability: number | null, learnedConversionRate: number | null, learnedSampleSize: number, priorProbability: number | null, effectiveProbability: number | null } };

export type ReorderStagesMutationVariables = Exact<{
  pipelineId: string | number;
  stageIds: Array<string | number> | string | number;
}>;


export type ReorderStagesMutation = { reorderStages: { id: string, name: string, currency: string, stageRateWindowMonths: number, stageRatesComputedAt: string | null, stageRatesClosedDeals: number, stages: Array<{ id: string, name: string, order: number, kind: StageKind, rottingDays: number | null, handRottingDays: number | null, learnedRottingDays: number | null, dealCount: number, probability: number | null, learnedConversionRate: number | null, learnedSampleSize: number, priorProbability: number | null, effectiveProbability: number | null }> } };

export type DeleteStageMutationVariables = Exact<{
  id: string | number;
  targetStageId: string | number;
}>;


export type DeleteStageMutation = { deleteStage: { id: string, name: string, currency: string, stageRateWindowMonths: number, stageRatesComputedAt: string | null, stageRatesClosedDeals: number, stages: Array<{ id: string, name: string, order: number, kind: StageKind, rottingDays: number | null, handRottingDays: number | null, learnedRottingDays: number | null, dealCount: number, probability: number | null, learnedConversionRate: number | null, learnedSampleSize: number, priorProbability: number | null, effectiveProbability: number | null }> } };

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

export const BoardColumnDealIdsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardColumnDealIds"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openFilter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode;
export const StageRate_StageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRate_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"learnedConversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"learnedSampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"priorProbability"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveProbability"}}]}}]} as unknown as DocumentNode;
export const ConvertedTotal_TotalFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConvertedTotal_total"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConvertedTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"unconverted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"toCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode;
export const BoardColumnFigures_StageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardColumnFigures_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRate_stage"}},{"kind":"Field","name":{"kind":"Name","value":"dealCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}]},{"kind":"Field","name":{"kind":"Name","value":"totals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weightedTotals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalInReportingCurrency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConvertedTotal_total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weightedInReportingCurrency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConvertedTotal_total"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConvertedTotal_total"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConvertedTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"unconverted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"toCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRate_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"learnedConversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"learnedSampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"priorProbability"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveProbability"}}]}}]} as unknown as DocumentNode;
export const WinChance_DealFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WinChance_deal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"winProbability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}}]} as unknown as DocumentNode;
export const NextStep_ActivityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextStep_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}}]}}]} as unknown as DocumentNode;
export const DealCard_DealFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealCard_deal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"daysInStage"}},{"kind":"Field","name":{"kind":"Name","value":"isRotting"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCloseDate"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBand"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WinChance_deal"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextStep_activity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WinChance_deal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"winProbability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextStep_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}}]}}]} as unknown as DocumentNode;
export const BoardColumn_StageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardColumn_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rottingDays"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardColumnFigures_stage"}},{"kind":"Field","name":{"kind":"Name","value":"deals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openFilter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealCard_deal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealCard_deal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"daysInStage"}},{"kind":"Field","name":{"kind":"Name","value":"isRotting"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCloseDate"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBand"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WinChance_deal"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextStep_activity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardColumnFigures_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRate_stage"}},{"kind":"Field","name":{"kind":"Name","value":"dealCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}]},{"kind":"Field","name":{"kind":"Name","value":"totals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weightedTotals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalInReportingCurrency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConvertedTotal_total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weightedInReportingCurrency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConvertedTotal_total"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConvertedTotal_total"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConvertedTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"unconverted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"toCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WinChance_deal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"winProbability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextStep_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRate_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"learnedConversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"learnedSampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"priorProbability"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveProbability"}}]}}]} as unknown as DocumentNode;
export const MoneyTotal_TotalFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyTotal_total"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]} as unknown as DocumentNode;
export const SalesTargetRow_TargetFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SalesTargetRow_target"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SalesTarget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;
export const DealDetails_DealFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealDetails_deal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCloseDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysInStage"}},{"kind":"Field","name":{"kind":"Name","value":"isRotting"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBand"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode;
export const ScoreFactor_FactorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreFactor_factor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreFactor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}}]} as unknown as DocumentNode;
export const ModelCard_ModelFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelCard_model"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"trainedAt"}},{"kind":"Field","name":{"kind":"Name","value":"trainingRows"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auc"}},{"kind":"Field","name":{"kind":"Name","value":"prAuc"}},{"kind":"Field","name":{"kind":"Name","value":"logLoss"}},{"kind":"Field","name":{"kind":"Name","value":"ece"}},{"kind":"Field","name":{"kind":"Name","value":"lift10"}},{"kind":"Field","name":{"kind":"Name","value":"holdoutRows"}},{"kind":"Field","name":{"kind":"Name","value":"holdoutPositives"}},{"kind":"Field","name":{"kind":"Name","value":"calibration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predicted"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparedWith"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"auc"}},{"kind":"Field","name":{"kind":"Name","value":"logLoss"}},{"kind":"Field","name":{"kind":"Name","value":"aucDifference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"logLossDifference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resamples"}},{"kind":"Field","name":{"kind":"Name","value":"intervalLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingRowsWithCustomer"}},{"kind":"Field","name":{"kind":"Name","value":"trainingRowsWithSignalsAtDecision"}},{"kind":"Field","name":{"kind":"Name","value":"importedTrainingRows"}},{"kind":"Field","name":{"kind":"Name","value":"importedHoldoutRows"}},{"kind":"Field","name":{"kind":"Name","value":"recentLeftOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"pendingConversions"}},{"kind":"Field","name":{"kind":"Name","value":"importedKept"}}]}}]}}]}}]} as unknown as DocumentNode;
export const ScoreExplanationPanel_LeadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreExplanationPanel_lead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBand"}},{"kind":"Field","name":{"kind":"Name","value":"scoreExplanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"logit"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreFactor_factor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topPositive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreFactor_factor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topNegative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreFactor_factor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bestImprovement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"newProbability"}},{"kind":"Field","name":{"kind":"Name","value":"newScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelCard_model"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreFactor_factor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreFactor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelCard_model"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"trainedAt"}},{"kind":"Field","name":{"kind":"Name","value":"trainingRows"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auc"}},{"kind":"Field","name":{"kind":"Name","value":"prAuc"}},{"kind":"Field","name":{"kind":"Name","value":"logLoss"}},{"kind":"Field","name":{"kind":"Name","value":"ece"}},{"kind":"Field","name":{"kind":"Name","value":"lift10"}},{"kind":"Field","name":{"kind":"Name","value":"holdoutRows"}},{"kind":"Field","name":{"kind":"Name","value":"holdoutPositives"}},{"kind":"Field","name":{"kind":"Name","value":"calibration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predicted"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparedWith"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"auc"}},{"kind":"Field","name":{"kind":"Name","value":"logLoss"}},{"kind":"Field","name":{"kind":"Name","value":"aucDifference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"logLossDifference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resamples"}},{"kind":"Field","name":{"kind":"Name","value":"intervalLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingRowsWithCustomer"}},{"kind":"Field","name":{"kind":"Name","value":"trainingRowsWithSignalsAtDecision"}},{"kind":"Field","name":{"kind":"Name","value":"importedTrainingRows"}},{"kind":"Field","name":{"kind":"Name","value":"importedHoldoutRows"}},{"kind":"Field","name":{"kind":"Name","value":"recentLeftOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"pendingConversions"}},{"kind":"Field","name":{"kind":"Name","value":"importedKept"}}]}}]}}]}}]} as unknown as DocumentNode;
export const StageRates_PipelineFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRates_pipeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pipeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stageRateWindowMonths"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesComputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesClosedDeals"}}]}}]} as unknown as DocumentNode;
export const StageSettings_StageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageSettings_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRate_stage"}},{"kind":"Field","name":{"kind":"Name","value":"rottingDays"}},{"kind":"Field","name":{"kind":"Name","value":"handRottingDays"}},{"kind":"Field","name":{"kind":"Name","value":"learnedRottingDays"}},{"kind":"Field","name":{"kind":"Name","value":"dealCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRate_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"learnedConversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"learnedSampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"priorProbability"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveProbability"}}]}}]} as unknown as DocumentNode;
export const PipelineSettings_PipelineFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineSettings_pipeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pipeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRates_pipeline"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageSettings_stage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageSettings_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRate_stage"}},{"kind":"Field","name":{"kind":"Name","value":"rottingDays"}},{"kind":"Field","name":{"kind":"Name","value":"handRottingDays"}},{"kind":"Field","name":{"kind":"Name","value":"learnedRottingDays"}},{"kind":"Field","name":{"kind":"Name","value":"dealCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRate_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"learnedConversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"learnedSampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"priorProbability"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveProbability"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRates_pipeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pipeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stageRateWindowMonths"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesComputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesClosedDeals"}}]}}]} as unknown as DocumentNode;
export const CurrentUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useCurrentUserQuery__
 *
 * To run a query within a React component, call `useCurrentUserQuery` and pass it any options that fit your needs.
 * When your component renders, `useCurrentUserQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useCurrentUserQuery({
 *   variables: {
 *   },
 * });
 */
export function useCurrentUserQuery(baseOptions?: ApolloReactHooks.QueryHookOptions<CurrentUserQuery, CurrentUserQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<CurrentUserQuery, CurrentUserQueryVariables>(CurrentUserDocument, options);
      }
export function useCurrentUserLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<CurrentUserQuery, CurrentUserQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<CurrentUserQuery, CurrentUserQueryVariables>(CurrentUserDocument, options);
        }
export type CurrentUserQueryHookResult = ReturnType<typeof useCurrentUserQuery>;
export type CurrentUserLazyQueryHookResult = ReturnType<typeof useCurrentUserLazyQuery>;
export type CurrentUserQueryResult = ApolloReactCommon.QueryResult<CurrentUserQuery, CurrentUserQueryVariables>;
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
export const BoardColumnTotalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardColumnTotals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DealFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRates_pipeline"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardColumnFigures_stage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardColumnFigures_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRate_stage"}},{"kind":"Field","name":{"kind":"Name","value":"dealCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}]},{"kind":"Field","name":{"kind":"Name","value":"totals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weightedTotals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalInReportingCurrency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConvertedTotal_total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weightedInReportingCurrency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConvertedTotal_total"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConvertedTotal_total"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConvertedTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"unconverted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"toCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRate_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"learnedConversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"learnedSampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"priorProbability"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveProbability"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRates_pipeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pipeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stageRateWindowMonths"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesComputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesClosedDeals"}}]}}]} as unknown as DocumentNode;

/**
 * __useBoardColumnTotalsQuery__
 *
 * To run a query within a React component, call `useBoardColumnTotalsQuery` and pass it any options that fit your needs.
 * When your component renders, `useBoardColumnTotalsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useBoardColumnTotalsQuery({
 *   variables: {
 *      pipelineId: // value for 'pipelineId'
 *      filter: // value for 'filter'
 *   },
 * });
 */
export function useBoardColumnTotalsQuery(baseOptions: ApolloReactHooks.QueryHookOptions<BoardColumnTotalsQuery, BoardColumnTotalsQueryVariables> & ({ variables: BoardColumnTotalsQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<BoardColumnTotalsQuery, BoardColumnTotalsQueryVariables>(BoardColumnTotalsDocument, options);
      }
export function useBoardColumnTotalsLazyQuery(baseOptions?: ApolloReactHooks.LazyQueryHookOptions<BoardColumnTotalsQuery, BoardColumnTotalsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<BoardColumnTotalsQuery, BoardColumnTotalsQueryVariables>(BoardColumnTotalsDocument, options);
        }
export type BoardColumnTotalsQueryHookResult = ReturnType<typeof useBoardColumnTotalsQuery>;
export type BoardColumnTotalsLazyQueryHookResult = ReturnType<typeof useBoardColumnTotalsLazyQuery>;
export type BoardColumnTotalsQueryResult = ApolloReactCommon.QueryResult<BoardColumnTotalsQuery, BoardColumnTotalsQueryVariables>;
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
export const DealBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DealBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DealFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"openFilter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DealFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRates_pipeline"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardColumn_stage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealCard_deal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"daysInStage"}},{"kind":"Field","name":{"kind":"Name","value":"isRotting"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCloseDate"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBand"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WinChance_deal"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextStep_activity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardColumnFigures_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRate_stage"}},{"kind":"Field","name":{"kind":"Name","value":"dealCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}]},{"kind":"Field","name":{"kind":"Name","value":"totals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weightedTotals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalInReportingCurrency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConvertedTotal_total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weightedInReportingCurrency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConvertedTotal_total"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardColumn_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rottingDays"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardColumnFigures_stage"}},{"kind":"Field","name":{"kind":"Name","value":"deals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openFilter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealCard_deal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConvertedTotal_total"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConvertedTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"unconverted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"toCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WinChance_deal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"winProbability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextStep_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRate_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"learnedConversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"learnedSampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"priorProbability"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveProbability"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRates_pipeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pipeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stageRateWindowMonths"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesComputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesClosedDeals"}}]}}]} as unknown as DocumentNode;

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
export const DashboardForecastDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardForecast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undatedOpenDeals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pipelineId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dealCount"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotal_total"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"forecast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pipelineId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"dealCount"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotal_total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weightedTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotal_total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wonTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotal_total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotal_total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bestCaseTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotal_total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotal_total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdueTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotal_total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wonInReportingCurrency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConvertedTotal_total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedInReportingCurrency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConvertedTotal_total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bestCaseInReportingCurrency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConvertedTotal_total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dealCount"}},{"kind":"Field","name":{"kind":"Name","value":"wonTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotal_total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotal_total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotal_total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConvertedTotal_total"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConvertedTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"unconverted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"toCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyTotal_total"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]} as unknown as DocumentNode;

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
export const DashboardScoringDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardScoring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadScoreDistribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeScoringModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelCard_model"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelCard_model"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"trainedAt"}},{"kind":"Field","name":{"kind":"Name","value":"trainingRows"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auc"}},{"kind":"Field","name":{"kind":"Name","value":"prAuc"}},{"kind":"Field","name":{"kind":"Name","value":"logLoss"}},{"kind":"Field","name":{"kind":"Name","value":"ece"}},{"kind":"Field","name":{"kind":"Name","value":"lift10"}},{"kind":"Field","name":{"kind":"Name","value":"holdoutRows"}},{"kind":"Field","name":{"kind":"Name","value":"holdoutPositives"}},{"kind":"Field","name":{"kind":"Name","value":"calibration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predicted"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparedWith"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"auc"}},{"kind":"Field","name":{"kind":"Name","value":"logLoss"}},{"kind":"Field","name":{"kind":"Name","value":"aucDifference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"logLossDifference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resamples"}},{"kind":"Field","name":{"kind":"Name","value":"intervalLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingRowsWithCustomer"}},{"kind":"Field","name":{"kind":"Name","value":"trainingRowsWithSignalsAtDecision"}},{"kind":"Field","name":{"kind":"Name","value":"importedTrainingRows"}},{"kind":"Field","name":{"kind":"Name","value":"importedHoldoutRows"}},{"kind":"Field","name":{"kind":"Name","value":"recentLeftOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"pendingConversions"}},{"kind":"Field","name":{"kind":"Name","value":"importedKept"}}]}}]}}]}}]} as unknown as DocumentNode;

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
export const MoveDealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"position"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"stageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"position"},"value":{"kind":"Variable","name":{"kind":"Name","value":"position"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"daysInStage"}},{"kind":"Field","name":{"kind":"Name","value":"isRotting"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WinChance_deal"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WinChance_deal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"winProbability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}}]} as unknown as DocumentNode;

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
export const DealWinProbabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DealWinProbability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"winProbability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"scoredAt"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreFactor_factor"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dealWinModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"trainingRows"}},{"kind":"Field","name":{"kind":"Name","value":"closedDealsBeforeHoldout"}},{"kind":"Field","name":{"kind":"Name","value":"heldOutDeals"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auc"}},{"kind":"Field","name":{"kind":"Name","value":"logLoss"}},{"kind":"Field","name":{"kind":"Name","value":"holdoutRows"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stageRateBaseline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auc"}},{"kind":"Field","name":{"kind":"Name","value":"logLoss"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreFactor_factor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreFactor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}}]} as unknown as DocumentNode;

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
export const LeadPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBand"}},{"kind":"Field","name":{"kind":"Name","value":"scoredAt"}},{"kind":"Field","name":{"kind":"Name","value":"scoreModelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"emailsCount"}},{"kind":"Field","name":{"kind":"Name","value":"callsCount"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsCount"}},{"kind":"Field","name":{"kind":"Name","value":"visitsCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastEngagedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"healthScore"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoreHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"top"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreExplanationPanel_lead"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreFactor_factor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreFactor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelCard_model"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"trainedAt"}},{"kind":"Field","name":{"kind":"Name","value":"trainingRows"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auc"}},{"kind":"Field","name":{"kind":"Name","value":"prAuc"}},{"kind":"Field","name":{"kind":"Name","value":"logLoss"}},{"kind":"Field","name":{"kind":"Name","value":"ece"}},{"kind":"Field","name":{"kind":"Name","value":"lift10"}},{"kind":"Field","name":{"kind":"Name","value":"holdoutRows"}},{"kind":"Field","name":{"kind":"Name","value":"holdoutPositives"}},{"kind":"Field","name":{"kind":"Name","value":"calibration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predicted"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparedWith"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"auc"}},{"kind":"Field","name":{"kind":"Name","value":"logLoss"}},{"kind":"Field","name":{"kind":"Name","value":"aucDifference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"logLossDifference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resamples"}},{"kind":"Field","name":{"kind":"Name","value":"intervalLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingRowsWithCustomer"}},{"kind":"Field","name":{"kind":"Name","value":"trainingRowsWithSignalsAtDecision"}},{"kind":"Field","name":{"kind":"Name","value":"importedTrainingRows"}},{"kind":"Field","name":{"kind":"Name","value":"importedHoldoutRows"}},{"kind":"Field","name":{"kind":"Name","value":"recentLeftOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"pendingConversions"}},{"kind":"Field","name":{"kind":"Name","value":"importedKept"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreExplanationPanel_lead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBand"}},{"kind":"Field","name":{"kind":"Name","value":"scoreExplanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"logit"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreFactor_factor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topPositive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreFactor_factor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topNegative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreFactor_factor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bestImprovement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"newProbability"}},{"kind":"Field","name":{"kind":"Name","value":"newScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelCard_model"}}]}}]}}]}}]} as unknown as DocumentNode;

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
export const PipelineSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PipelineSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineSettings_pipeline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageSettings_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRate_stage"}},{"kind":"Field","name":{"kind":"Name","value":"rottingDays"}},{"kind":"Field","name":{"kind":"Name","value":"handRottingDays"}},{"kind":"Field","name":{"kind":"Name","value":"learnedRottingDays"}},{"kind":"Field","name":{"kind":"Name","value":"dealCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineSettings_pipeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pipeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRates_pipeline"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageSettings_stage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRate_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"learnedConversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"learnedSampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"priorProbability"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveProbability"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRates_pipeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pipeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stageRateWindowMonths"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesComputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesClosedDeals"}}]}}]} as unknown as DocumentNode;

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
export const CreatePipelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePipeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineSettings_pipeline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageSettings_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRate_stage"}},{"kind":"Field","name":{"kind":"Name","value":"rottingDays"}},{"kind":"Field","name":{"kind":"Name","value":"handRottingDays"}},{"kind":"Field","name":{"kind":"Name","value":"learnedRottingDays"}},{"kind":"Field","name":{"kind":"Name","value":"dealCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineSettings_pipeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pipeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRates_pipeline"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageSettings_stage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRate_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"learnedConversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"learnedSampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"priorProbability"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveProbability"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRates_pipeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pipeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stageRateWindowMonths"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesComputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesClosedDeals"}}]}}]} as unknown as DocumentNode;

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
export const CreateStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageSettings_stage"}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineSettings_pipeline"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageSettings_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRate_stage"}},{"kind":"Field","name":{"kind":"Name","value":"rottingDays"}},{"kind":"Field","name":{"kind":"Name","value":"handRottingDays"}},{"kind":"Field","name":{"kind":"Name","value":"learnedRottingDays"}},{"kind":"Field","name":{"kind":"Name","value":"dealCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineSettings_pipeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pipeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRates_pipeline"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageSettings_stage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRate_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"learnedConversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"learnedSampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"priorProbability"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveProbability"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRates_pipeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pipeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stageRateWindowMonths"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesComputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesClosedDeals"}}]}}]} as unknown as DocumentNode;

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
export const UpdateStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateStageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageSettings_stage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageSettings_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRate_stage"}},{"kind":"Field","name":{"kind":"Name","value":"rottingDays"}},{"kind":"Field","name":{"kind":"Name","value":"handRottingDays"}},{"kind":"Field","name":{"kind":"Name","value":"learnedRottingDays"}},{"kind":"Field","name":{"kind":"Name","value":"dealCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRate_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"learnedConversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"learnedSampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"priorProbability"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveProbability"}}]}}]} as unknown as DocumentNode;

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
export const ReorderStagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderStages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stageIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderStages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pipelineId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}}},{"kind":"Argument","name":{"kind":"Name","value":"stageIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stageIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineSettings_pipeline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageSettings_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRate_stage"}},{"kind":"Field","name":{"kind":"Name","value":"rottingDays"}},{"kind":"Field","name":{"kind":"Name","value":"handRottingDays"}},{"kind":"Field","name":{"kind":"Name","value":"learnedRottingDays"}},{"kind":"Field","name":{"kind":"Name","value":"dealCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineSettings_pipeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pipeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRates_pipeline"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageSettings_stage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRate_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"learnedConversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"learnedSampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"priorProbability"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveProbability"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRates_pipeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pipeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stageRateWindowMonths"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesComputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesClosedDeals"}}]}}]} as unknown as DocumentNode;

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
export const DeleteStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetStageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"targetStageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetStageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineSettings_pipeline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageSettings_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRate_stage"}},{"kind":"Field","name":{"kind":"Name","value":"rottingDays"}},{"kind":"Field","name":{"kind":"Name","value":"handRottingDays"}},{"kind":"Field","name":{"kind":"Name","value":"learnedRottingDays"}},{"kind":"Field","name":{"kind":"Name","value":"dealCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineSettings_pipeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pipeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageRates_pipeline"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageSettings_stage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRate_stage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"learnedConversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"learnedSampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"priorProbability"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveProbability"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageRates_pipeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pipeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stageRateWindowMonths"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesComputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageRatesClosedDeals"}}]}}]} as unknown as DocumentNode;

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