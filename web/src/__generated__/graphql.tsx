// @ts-nocheck -- generated; the Suspense overloads do not type-check under Apollo Client 4
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { gql } from '@apollo/client';
import * as ApolloReactCommon from '@apollo/client/react';
import * as ApolloReactHooks from '@apollo/client/react';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
const defaultOptions = {} as const;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An ISO-8601 timestamp. */
  DateTime: { input: string; output: string; }
  /** Money, serialised as a decimal string (e.g. "1250.00"); never a float. */
  Decimal: { input: string; output: string; }
  /** Arbitrary JSON (conditions and actions of rules). */
  JSON: { input: unknown; output: unknown; }
};

export type Activity = {
  __typename?: 'Activity';
  actor?: Maybe<User>;
  body?: Maybe<Scalars['String']['output']>;
  deal?: Maybe<Deal>;
  id: Scalars['ID']['output'];
  lead?: Maybe<Lead>;
  occurredAt: Scalars['DateTime']['output'];
  payload: Scalars['JSON']['output'];
  type: ActivityType;
};

export type ActivityType =
  | 'ASSIGNED'
  | 'CALL'
  | 'CONVERTED'
  | 'CREATED'
  | 'EMAIL'
  | 'LOST'
  | 'MEETING'
  | 'NOTE'
  | 'SCORE_CHANGED'
  | 'STAGE_CHANGED'
  | 'STATUS_CHANGED'
  | 'UPDATED'
  | 'VALUE_CHANGED'
  | 'WON';

export type CalibrationPoint = {
  __typename?: 'CalibrationPoint';
  count: Scalars['Int']['output'];
  observed: Scalars['Float']['output'];
  predicted: Scalars['Float']['output'];
};

export type ConvertLeadInput = {
  currency?: InputMaybe<Scalars['String']['input']>;
  expectedCloseDate?: InputMaybe<Scalars['Date']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  leadId: Scalars['ID']['input'];
  stageId: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  value: Scalars['Decimal']['input'];
};

export type CreateDealInput = {
  currency?: InputMaybe<Scalars['String']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  expectedCloseDate?: InputMaybe<Scalars['Date']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  stageId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
  value: Scalars['Decimal']['input'];
};

export type CreateLeadInput = {
  company?: InputMaybe<Scalars['String']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  name: Scalars['String']['input'];
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  source: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};

export type CreateStageInput = {
  kind?: InputMaybe<StageKind>;
  name: Scalars['String']['input'];
  /** Position in the board; appended when omitted. */
  order?: InputMaybe<Scalars['Int']['input']>;
  pipelineId: Scalars['ID']['input'];
  probability?: InputMaybe<Scalars['Float']['input']>;
  rottingDays?: InputMaybe<Scalars['Int']['input']>;
};

/** The demo CRM subgraph's customer: the platform's owner of the Customer entity. */
export type Customer = {
  __typename?: 'Customer';
  country: Scalars['String']['output'];
  /** A customer has tens of deals: a plain list, newest first. */
  deals: Array<Deal>;
  email: Scalars['String']['output'];
  /** 0-100, from the customer success team. */
  healthScore: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  industry: Scalars['String']['output'];
  /** The customer's best open lead, with its explanation; null when there is none. */
  leadScore?: Maybe<LeadScore>;
  /** Monthly recurring revenue, a decimal string. */
  mrr: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Sum of the values of open deals. */
  openDealValue: Scalars['Decimal']['output'];
  plan: Scalars['String']['output'];
  /** Signals pushed by CRM, billing and usage systems (null until pushed). */
  signals?: Maybe<CustomerSignals>;
  /** Open deal values weighted by their stage's probability (hand-entered, else learned). */
  weightedDealValue: Scalars['Decimal']['output'];
  /** Sum of the values of won deals. */
  wonDealValue: Scalars['Decimal']['output'];
};


/** The demo CRM subgraph's customer: the platform's owner of the Customer entity. */
export type CustomerDealsArgs = {
  filter?: InputMaybe<DealFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CustomerSignals = {
  __typename?: 'CustomerSignals';
  activeUsers?: Maybe<Scalars['Int']['output']>;
  annualRevenue?: Maybe<Scalars['Decimal']['output']>;
  country?: Maybe<Scalars['String']['output']>;
  employees?: Maybe<Scalars['Int']['output']>;
  healthScore?: Maybe<Scalars['Int']['output']>;
  industry?: Maybe<Scalars['String']['output']>;
  mrr?: Maybe<Scalars['Decimal']['output']>;
  plan?: Maybe<Scalars['String']['output']>;
  seats?: Maybe<Scalars['Int']['output']>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  usageTrend?: Maybe<Scalars['Float']['output']>;
};

export type CustomerSignalsInput = {
  activeUsers?: InputMaybe<Scalars['Int']['input']>;
  annualRevenue?: InputMaybe<Scalars['Decimal']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  customerId: Scalars['ID']['input'];
  employees?: InputMaybe<Scalars['Int']['input']>;
  healthScore?: InputMaybe<Scalars['Int']['input']>;
  industry?: InputMaybe<Scalars['String']['input']>;
  mrr?: InputMaybe<Scalars['Decimal']['input']>;
  plan?: InputMaybe<Scalars['String']['input']>;
  seats?: InputMaybe<Scalars['Int']['input']>;
  usageTrend?: InputMaybe<Scalars['Float']['input']>;
};

export type Deal = {
  __typename?: 'Deal';
  activities: Array<Activity>;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['String']['output'];
  customer?: Maybe<Customer>;
  daysInStage: Scalars['Int']['output'];
  expectedCloseDate?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  isRotting: Scalars['Boolean']['output'];
  lead?: Maybe<Lead>;
  lostReason?: Maybe<Scalars['String']['output']>;
  owner?: Maybe<User>;
  pipeline: Pipeline;
  position: Scalars['Int']['output'];
  stage: PipelineStage;
  stageEnteredAt: Scalars['DateTime']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  value: Scalars['Decimal']['output'];
  version: Scalars['Int']['output'];
};


export type DealActivitiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type DealConnection = {
  __typename?: 'DealConnection';
  edges: Array<DealEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DealEdge = {
  __typename?: 'DealEdge';
  cursor: Scalars['String']['output'];
  node: Deal;
};

export type DealFilter = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  maxValue?: InputMaybe<Scalars['Decimal']['input']>;
  minValue?: InputMaybe<Scalars['Decimal']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  pipelineId?: InputMaybe<Scalars['ID']['input']>;
  rottingOnly?: InputMaybe<Scalars['Boolean']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  stageId?: InputMaybe<Scalars['ID']['input']>;
  /** OPEN, WON or LOST (the kind of the deal's stage). */
  status?: InputMaybe<StageKind>;
};

export type DealOrder = {
  direction: SortDirection;
  field: DealOrderField;
};

export type DealOrderField =
  | 'CREATED_AT'
  | 'EXPECTED_CLOSE_DATE'
  | 'TITLE'
  | 'VALUE';

export type ForecastMonth = {
  __typename?: 'ForecastMonth';
  dealCount: Scalars['Int']['output'];
  /** YYYY-MM */
  month: Scalars['String']['output'];
  ownerId?: Maybe<Scalars['ID']['output']>;
  target?: Maybe<Scalars['Decimal']['output']>;
  totalValue: Scalars['Decimal']['output'];
  weightedValue: Scalars['Decimal']['output'];
  wonValue: Scalars['Decimal']['output'];
};

export type ImportResult = {
  __typename?: 'ImportResult';
  errors: Array<ImportRowError>;
  imported: Scalars['Int']['output'];
  skipped: Scalars['Int']['output'];
};

export type ImportRowError = {
  __typename?: 'ImportRowError';
  line: Scalars['Int']['output'];
  message: Scalars['String']['output'];
};

export type Lead = {
  __typename?: 'Lead';
  activities: Array<Activity>;
  callsCount: Scalars['Int']['output'];
  company?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  customer?: Maybe<Customer>;
  deal?: Maybe<Deal>;
  email?: Maybe<Scalars['String']['output']>;
  emailsCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  lastEngagedAt?: Maybe<Scalars['DateTime']['output']>;
  meetingsCount: Scalars['Int']['output'];
  metadata: Scalars['JSON']['output'];
  name: Scalars['String']['output'];
  owner?: Maybe<User>;
  probability?: Maybe<Scalars['Float']['output']>;
  /** 0..100; null until scored. */
  score?: Maybe<Scalars['Int']['output']>;
  /** hot, warm, cool or cold. */
  scoreBand?: Maybe<Scalars['String']['output']>;
  scoreExplanation?: Maybe<LeadScoreExplanation>;
  scoreHistory: Array<LeadScoreSnapshot>;
  scoreModelVersion?: Maybe<Scalars['String']['output']>;
  scoredAt?: Maybe<Scalars['DateTime']['output']>;
  source: Scalars['String']['output'];
  status: LeadStatus;
  title?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  visitsCount: Scalars['Int']['output'];
};


export type LeadActivitiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type LeadScoreHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type LeadConnection = {
  __typename?: 'LeadConnection';
  edges: Array<LeadEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type LeadEdge = {
  __typename?: 'LeadEdge';
  cursor: Scalars['String']['output'];
  node: Lead;
};

export type LeadFilter = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  maxScore?: InputMaybe<Scalars['Int']['input']>;
  minScore?: InputMaybe<Scalars['Int']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Array<Scalars['String']['input']>>;
  status?: InputMaybe<Array<LeadStatus>>;
  unassigned?: InputMaybe<Scalars['Boolean']['input']>;
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

export type LeadScore = {
  __typename?: 'LeadScore';
  band: Scalars['String']['output'];
  explanation: ScoreExplanation;
  lead: Lead;
  modelVersion: Scalars['String']['output'];
  probability: Scalars['Float']['output'];
  score: Scalars['Int']['output'];
  scoredAt: Scalars['DateTime']['output'];
};

export type LeadScoreExplanation = {
  __typename?: 'LeadScoreExplanation';
  baseline: Scalars['Float']['output'];
  /** The single change that would raise the score most; null when none would. */
  bestImprovement?: Maybe<ScoreImprovement>;
  factors: Array<ScoreFactor>;
  logit: Scalars['Float']['output'];
  model: ScoringModel;
  probability: Scalars['Float']['output'];
  topNegative: Array<ScoreFactor>;
  topPositive: Array<ScoreFactor>;
};

export type LeadScoreSnapshot = {
  __typename?: 'LeadScoreSnapshot';
  createdAt: Scalars['DateTime']['output'];
  /**
   * What drove this score when it was given: the largest contributions (by size) under the model
   * that gave it, exact (the model's baseline plus all of them is the score's logit). Values are
   * the model's bins, e.g. "80–85". `top` is 1 to 100.
   */
  factors: Array<ScoreFactor>;
  id: Scalars['ID']['output'];
  modelVersion: Scalars['String']['output'];
  probability: Scalars['Float']['output'];
  score: Scalars['Int']['output'];
};


export type LeadScoreSnapshotFactorsArgs = {
  top?: InputMaybe<Scalars['Int']['input']>;
};

export type LeadStatus =
  | 'CONVERTED'
  | 'DISQUALIFIED'
  | 'NEW'
  | 'QUALIFIED'
  | 'WORKING';

export type LogActivityInput = {
  body: Scalars['String']['input'];
  dealId?: InputMaybe<Scalars['ID']['input']>;
  leadId?: InputMaybe<Scalars['ID']['input']>;
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  type: LoggedActivityType;
};

export type LoggedActivityType =
  | 'CALL'
  | 'EMAIL'
  | 'MEETING'
  | 'NOTE';

export type ModelComparison = {
  __typename?: 'ModelComparison';
  auc: Scalars['Float']['output'];
  kind: Scalars['String']['output'];
  logLoss: Scalars['Float']['output'];
  version: Scalars['Int']['output'];
};

export type ModelMetrics = {
  __typename?: 'ModelMetrics';
  auc: Scalars['Float']['output'];
  calibration: Array<CalibrationPoint>;
  /** The model that was active when this one was evaluated, measured on the same holdout. */
  comparedWith?: Maybe<ModelComparison>;
  ece: Scalars['Float']['output'];
  /** When these metrics were measured on the holdout. */
  evaluatedAt?: Maybe<Scalars['DateTime']['output']>;
  holdoutPositives: Scalars['Int']['output'];
  holdoutRows: Scalars['Int']['output'];
  lift10: Scalars['Float']['output'];
  logLoss: Scalars['Float']['output'];
  prAuc: Scalars['Float']['output'];
};

export type MonthTargetInput = {
  /** YYYY-MM */
  month: Scalars['String']['input'];
  target: Scalars['Decimal']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  addNote: Activity;
  assignLead: Lead;
  assignLeads: Array<Lead>;
  convertLead: Deal;
  createDeal: Deal;
  createLead: Lead;
  createPipeline: Pipeline;
  createStage: PipelineStage;
  deleteDeal: Scalars['ID']['output'];
  /** Deletes a stage after moving its deals to targetStageId (same pipeline). */
  deleteStage: Pipeline;
  /** CSV of historical leads with outcomes; bad rows are reported by line and skipped. */
  importLeadHistory: ImportResult;
  logActivity: Activity;
  markDealLost: Deal;
  markDealWon: Deal;
  /** Changes stage and/or position within the column in one call. */
  moveDeal: Deal;
  refreshLeadScores: RefreshScoresResult;
  renamePipeline: Pipeline;
  /** Reorders a pipeline's stages; stageIds must list all of them. */
  reorderStages: Pipeline;
  retrainScoringModel: RetrainResult;
  setLeadStatus: Lead;
  setLeadsStatus: Array<Lead>;
  updateDeal: Deal;
  updateLead: Lead;
  updateStage: PipelineStage;
  upsertCustomerSignals: Customer;
  upsertCustomerSignalsBatch: Scalars['Int']['output'];
};


export type MutationAddNoteArgs = {
  body: Scalars['String']['input'];
  dealId?: InputMaybe<Scalars['ID']['input']>;
  leadId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationAssignLeadArgs = {
  id: Scalars['ID']['input'];
  ownerId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationAssignLeadsArgs = {
  ids: Array<Scalars['ID']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationConvertLeadArgs = {
  input: ConvertLeadInput;
};


export type MutationCreateDealArgs = {
  input: CreateDealInput;
};


export type MutationCreateLeadArgs = {
  input: CreateLeadInput;
};


export type MutationCreatePipelineArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};


export type MutationCreateStageArgs = {
  input: CreateStageInput;
};


export type MutationDeleteDealArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationDeleteStageArgs = {
  id: Scalars['ID']['input'];
  targetStageId: Scalars['ID']['input'];
};


export type MutationImportLeadHistoryArgs = {
  csv: Scalars['String']['input'];
};


export type MutationLogActivityArgs = {
  input: LogActivityInput;
};


export type MutationMarkDealLostArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationMarkDealWonArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationMoveDealArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  position: Scalars['Int']['input'];
  stageId: Scalars['ID']['input'];
};


export type MutationRefreshLeadScoresArgs = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationRenamePipelineArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationReorderStagesArgs = {
  pipelineId: Scalars['ID']['input'];
  stageIds: Array<Scalars['ID']['input']>;
};


export type MutationSetLeadStatusArgs = {
  id: Scalars['ID']['input'];
  status: LeadStatus;
};


export type MutationSetLeadsStatusArgs = {
  ids: Array<Scalars['ID']['input']>;
  status: LeadStatus;
};


export type MutationUpdateDealArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateDealInput;
};


export type MutationUpdateLeadArgs = {
  id: Scalars['ID']['input'];
  input: UpdateLeadInput;
};


export type MutationUpdateStageArgs = {
  id: Scalars['ID']['input'];
  input: UpdateStageInput;
};


export type MutationUpsertCustomerSignalsArgs = {
  input: CustomerSignalsInput;
};


export type MutationUpsertCustomerSignalsBatchArgs = {
  inputs: Array<CustomerSignalsInput>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Pipeline = {
  __typename?: 'Pipeline';
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Stages in board order. */
  stages: Array<PipelineStage>;
};

export type PipelineStage = {
  __typename?: 'PipelineStage';
  dealCount: Scalars['Int']['output'];
  /**
   * Deals of this stage in board order. Long columns load in pages: \`first\` deals after the deal
   * at \`afterPosition\` (the \`position\` of the last deal already loaded).
   */
  deals: Array<Deal>;
  /** The probability used for weighting: hand-entered when set, else learned. */
  effectiveProbability?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  kind: StageKind;
  /** Learned from this pipeline's deal history, 0..1; null until there is history. */
  learnedConversionRate?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  order: Scalars['Int']['output'];
  pipeline: Pipeline;
  /** Entered by hand, 0..1; null when not set. */
  probability?: Maybe<Scalars['Float']['output']>;
  rottingDays?: Maybe<Scalars['Int']['output']>;
  totalValue: Scalars['Decimal']['output'];
  weightedValue: Scalars['Decimal']['output'];
};


export type PipelineStageDealCountArgs = {
  filter?: InputMaybe<DealFilter>;
};


export type PipelineStageDealsArgs = {
  afterPosition?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<DealFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PipelineStageTotalValueArgs = {
  filter?: InputMaybe<DealFilter>;
};


export type PipelineStageWeightedValueArgs = {
  filter?: InputMaybe<DealFilter>;
};

export type PipelineStats = {
  __typename?: 'PipelineStats';
  averageWonValue?: Maybe<Scalars['Decimal']['output']>;
  lostCount: Scalars['Int']['output'];
  /** Median days from creation to close of won deals in the period. */
  medianDaysToClose?: Maybe<Scalars['Float']['output']>;
  pipeline: Pipeline;
  rottingCount: Scalars['Int']['output'];
  stages: Array<StageStats>;
  /** Won / (won + lost) among deals closed in the period. */
  winRate?: Maybe<Scalars['Float']['output']>;
  wonCount: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  activeScoringModel?: Maybe<ScoringModel>;
  customer?: Maybe<Customer>;
  customers: Array<Customer>;
  deal?: Maybe<Deal>;
  /** A deal's timeline, newest first. */
  dealActivities: Array<Activity>;
  deals: DealConnection;
  /** Weighted forecast by expected close month. */
  forecast: Array<ForecastMonth>;
  lead?: Maybe<Lead>;
  leadActivities: Array<Activity>;
  /** Number of leads per score decile (0-9, 10-19, ... 90-100) among open leads. */
  leadScoreDistribution: Array<ScoreBucket>;
  leadSources: Array<Scalars['String']['output']>;
  leads: LeadConnection;
  me?: Maybe<User>;
  pipeline?: Maybe<Pipeline>;
  pipelineStats: PipelineStats;
  pipelines: Array<Pipeline>;
  rottingDeals: Array<Deal>;
  /** Scoring models of the tenant, newest first. */
  scoringModels: Array<ScoringModel>;
  scoringRun?: Maybe<ScoringRun>;
  users: Array<User>;
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDealArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDealActivitiesArgs = {
  dealId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDealsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DealFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DealOrder>;
};


export type QueryForecastArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  pipelineId?: InputMaybe<Scalars['ID']['input']>;
  targets?: InputMaybe<Array<MonthTargetInput>>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryLeadArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLeadActivitiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  leadId: Scalars['ID']['input'];
};


export type QueryLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LeadFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<LeadOrder>;
};


export type QueryPipelineArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPipelineStatsArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  pipelineId: Scalars['ID']['input'];
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryRottingDealsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  pipelineId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryScoringRunArgs = {
  id: Scalars['ID']['input'];
};

export type RefreshScoresResult = {
  __typename?: 'RefreshScoresResult';
  rescored: Scalars['Int']['output'];
  run: ScoringRun;
};

export type RetrainResult = {
  __typename?: 'RetrainResult';
  /** Whether the new model beat the active one on the holdout and became active. */
  activated: Scalars['Boolean']['output'];
  model: ScoringModel;
  reason: Scalars['String']['output'];
};

export type Role =
  | 'ADMIN'
  | 'MANAGER'
  | 'REP';

export type ScoreBucket = {
  __typename?: 'ScoreBucket';
  count: Scalars['Int']['output'];
  from: Scalars['Int']['output'];
  to: Scalars['Int']['output'];
};

export type ScoreExplanation = {
  __typename?: 'ScoreExplanation';
  /** Intercept b0 on the logit scale. */
  baseline: Scalars['Float']['output'];
  /** Every factor, sorted by absolute contribution; baseline + sum of contributions = logit. */
  factors: Array<ScoreFactor>;
};

export type ScoreFactor = {
  __typename?: 'ScoreFactor';
  /** Contribution to the logit. */
  contribution: Scalars['Float']['output'];
  feature: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** Human text, e.g. "Health score 82 (+0.90)". */
  text: Scalars['String']['output'];
  value?: Maybe<Scalars['String']['output']>;
};

export type ScoreImprovement = {
  __typename?: 'ScoreImprovement';
  feature: Scalars['String']['output'];
  from?: Maybe<Scalars['String']['output']>;
  label: Scalars['String']['output'];
  newProbability: Scalars['Float']['output'];
  newScore: Scalars['Int']['output'];
  to: Scalars['String']['output'];
};

export type ScoringModel = {
  __typename?: 'ScoringModel';
  active: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** PRIOR (hand-set weights, cold start) or LEARNED. */
  kind: Scalars['String']['output'];
  metrics?: Maybe<ModelMetrics>;
  notes?: Maybe<Scalars['String']['output']>;
  trainedAt: Scalars['DateTime']['output'];
  trainingFrom?: Maybe<Scalars['DateTime']['output']>;
  trainingRows: Scalars['Int']['output'];
  trainingTo?: Maybe<Scalars['DateTime']['output']>;
  version: Scalars['Int']['output'];
};

export type ScoringRun = {
  __typename?: 'ScoringRun';
  error?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  processed: Scalars['Int']['output'];
  startedAt: Scalars['DateTime']['output'];
  status: Scalars['String']['output'];
  total: Scalars['Int']['output'];
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type StageKind =
  | 'LOST'
  | 'OPEN'
  | 'WON';

export type StageStats = {
  __typename?: 'StageStats';
  dealCount: Scalars['Int']['output'];
  learnedConversionRate?: Maybe<Scalars['Float']['output']>;
  /** Median days deals spent in this stage before leaving it. */
  medianDays?: Maybe<Scalars['Float']['output']>;
  probability?: Maybe<Scalars['Float']['output']>;
  stage: PipelineStage;
  totalValue: Scalars['Decimal']['output'];
  weightedValue: Scalars['Decimal']['output'];
};

export type UpdateDealInput = {
  currency?: InputMaybe<Scalars['String']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  expectedCloseDate?: InputMaybe<Scalars['Date']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  value?: InputMaybe<Scalars['Decimal']['input']>;
};

export type UpdateLeadInput = {
  company?: InputMaybe<Scalars['String']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateStageInput = {
  clearProbability?: InputMaybe<Scalars['Boolean']['input']>;
  clearRottingDays?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  probability?: InputMaybe<Scalars['Float']['input']>;
  rottingDays?: InputMaybe<Scalars['Int']['input']>;
};

export type User = {
  __typename?: 'User';
  capacity?: Maybe<Scalars['Int']['output']>;
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  role: Role;
};

export type ActivityType =
  | 'ASSIGNED'
  | 'CALL'
  | 'CONVERTED'
  | 'CREATED'
  | 'EMAIL'
  | 'LOST'
  | 'MEETING'
  | 'NOTE'
  | 'SCORE_CHANGED'
  | 'STAGE_CHANGED'
  | 'STATUS_CHANGED'
  | 'UPDATED'
  | 'VALUE_CHANGED'
  | 'WON';

export type CreateStageInput = {
  kind?: StageKind | null | undefined;
  name: string;
  /** Position in the board; appended when omitted. */
  order?: number | null | undefined;
  pipelineId: string | number;
  probability?: number | null | undefined;
  rottingDays?: number | null | undefined;
};

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

export type BoardColumn_StageFragment = { id: string, name: string, order: number, kind: StageKind, probability: number | null, effectiveProbability: number | null, rottingDays: number | null, dealCount: number, totalValue: string, weightedValue: string, deals: Array<{ id: string, title: string, value: string, currency: string, position: number, version: number, daysInStage: number, isRotting: boolean, expectedCloseDate: string | null, stage: { id: string }, owner: { id: string, name: string } | null, customer: { id: string, name: string } | null, lead: { id: string, score: number | null, scoreBand: string | null } | null }> };

export type DealBoardQueryVariables = Exact<{
  pipelineId: string | number;
  filter?: DealFilter | null | undefined;
  openFilter?: DealFilter | null | undefined;
  pageSize: number;
}>;


export type DealBoardQuery = { pipeline: { id: string, name: string, currency: string, stages: Array<{ id: string, name: string, order: number, kind: StageKind, probability: number | null, effectiveProbability: number | null, rottingDays: number | null, dealCount: number, totalValue: string, weightedValue: string, deals: Array<{ id: string, title: string, value: string, currency: string, position: number, version: number, daysInStage: number, isRotting: boolean, expectedCloseDate: string | null, stage: { id: string }, owner: { id: string, name: string } | null, customer: { id: string, name: string } | null, lead: { id: string, score: number | null, scoreBand: string | null } | null }> }> } | null };

export type MoveDealMutationVariables = Exact<{
  id: string | number;
  stageId: string | number;
  position: number;
  expectedVersion: number;
}>;


export type MoveDealMutation = { moveDeal: { __typename: 'Deal', id: string, position: number, version: number, daysInStage: number, isRotting: boolean, stage: { __typename: 'PipelineStage', id: string } } };

export type PipelinesQueryVariables = Exact<{ [key: string]: never; }>;


export type PipelinesQuery = { pipelines: Array<{ id: string, name: string, currency: string }> };

export type CustomerPageQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerPageQuery = { customer: { id: string, name: string, healthScore: number, plan: string, mrr: string, industry: string, country: string, email: string, openDealValue: string, weightedDealValue: string, wonDealValue: string, signals: { activeUsers: number | null, seats: number | null, usageTrend: number | null, employees: number | null, annualRevenue: string | null, updatedAt: string | null } | null, deals: Array<{ id: string, title: string, value: string, currency: string, expectedCloseDate: string | null, isRotting: boolean, stage: { id: string, name: string, kind: StageKind }, owner: { id: string, name: string } | null }>, leadScore: { score: number, probability: number, band: string, modelVersion: string, scoredAt: string, lead: { id: string, name: string }, explanation: { baseline: number, factors: Array<{ feature: string, label: string, value: string | null, contribution: number }> } } | null } | null };

export type CustomersQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomersQuery = { customers: Array<{ id: string, name: string, healthScore: number, plan: string, industry: string, country: string, openDealValue: string }> };

export type DashboardPipelineQueryVariables = Exact<{
  pipelineId: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type DashboardPipelineQuery = { pipelineStats: { winRate: number | null, wonCount: number, lostCount: number, averageWonValue: string | null, medianDaysToClose: number | null, rottingCount: number, pipeline: { id: string, name: string, currency: string }, stages: Array<{ dealCount: number, totalValue: string, weightedValue: string, medianDays: number | null, learnedConversionRate: number | null, probability: number | null, stage: { id: string, name: string, kind: StageKind, order: number } }> } };

export type DashboardForecastQueryVariables = Exact<{
  pipelineId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  targets?: Array<MonthTargetInput> | MonthTargetInput | null | undefined;
}>;


export type DashboardForecastQuery = { forecast: Array<{ month: string, dealCount: number, totalValue: string, weightedValue: string, wonValue: string, target: string | null }> };

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
  totalValue(filter: $filter)
  weightedValue(filter: $filter)
  deals(filter: $openFilter, first: $pageSize) {
    ...DealCard_deal
  }
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
// @ts-ignore
export function useDealTimelineSuspenseQuery(baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<DealTimelineQuery, DealTimelineQueryVariables>): ApolloReactHooks.UseSuspenseQueryResult<DealTimelineQuery, DealTimelineQueryVariables>;
export function useDealTimelineSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.SuspenseQueryHookOptions<DealTimelineQuery, DealTimelineQueryVariables>): ApolloReactHooks.UseSuspenseQueryResult<DealTimelineQuery | undefined, DealTimelineQueryVariables>;
export function useDealTimelineSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.SuspenseQueryHookOptions<DealTimelineQuery, DealTimelineQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useSuspenseQuery<DealTimelineQuery, DealTimelineQueryVariables>(DealTimelineDocument, options);
        }
export type DealTimelineQueryHookResult = ReturnType<typeof useDealTimelineQuery>;
export type DealTimelineLazyQueryHookResult = ReturnType<typeof useDealTimelineLazyQuery>;
export type DealTimelineSuspenseQueryHookResult = ReturnType<typeof useDealTimelineSuspenseQuery>;
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
// @ts-ignore
export function useLeadTimelineSuspenseQuery(baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<LeadTimelineQuery, LeadTimelineQueryVariables>): ApolloReactHooks.UseSuspenseQueryResult<LeadTimelineQuery, LeadTimelineQueryVariables>;
export function useLeadTimelineSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.SuspenseQueryHookOptions<LeadTimelineQuery, LeadTimelineQueryVariables>): ApolloReactHooks.UseSuspenseQueryResult<LeadTimelineQuery | undefined, LeadTimelineQueryVariables>;
export function useLeadTimelineSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.SuspenseQueryHookOptions<LeadTimelineQuery, LeadTimelineQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useSuspenseQuery<LeadTimelineQuery, LeadTimelineQueryVariables>(LeadTimelineDocument, options);
        }
export type LeadTimelineQueryHookResult = ReturnType<typeof useLeadTimelineQuery>;
export type LeadTimelineLazyQueryHookResult = ReturnType<typeof useLeadTimelineLazyQuery>;
export type LeadTimelineSuspenseQueryHookResult = ReturnType<typeof useLeadTimelineSuspenseQuery>;
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
// @ts-ignore
export function useBoardColumnPageSuspenseQuery(baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<BoardColumnPageQuery, BoardColumnPageQueryVariables>): ApolloReactHooks.UseSuspenseQueryResult<BoardColumnPageQuery, BoardColumnPageQueryVariables>;
export function useBoardColumnPageSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.SuspenseQueryHookOptions<BoardColumnPageQuery, BoardColumnPageQueryVariables>): ApolloReactHooks.UseSuspenseQueryResult<BoardColumnPageQuery | undefined, BoardColumnPageQueryVariables>;
export function useBoardColumnPageSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.SuspenseQueryHookOptions<BoardColumnPageQuery, BoardColumnPageQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useSuspenseQuery<BoardColumnPageQuery, BoardColumnPageQueryVariables>(BoardColumnPageDocument, options);
        }
export type BoardColumnPageQueryHookResult = ReturnType<typeof useBoardColumnPageQuery>;
export type BoardColumnPageLazyQueryHookResult = ReturnType<typeof useBoardColumnPageLazyQuery>;
export type BoardColumnPageSuspenseQueryHookResult = ReturnType<typeof useBoardColumnPageSuspenseQuery>;
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
// @ts-ignore
export function useBoardFilterOptionsSuspenseQuery(baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<BoardFilterOptionsQuery, BoardFilterOptionsQueryVariables>): ApolloReactHooks.UseSuspenseQueryResult<BoardFilterOptionsQuery, BoardFilterOptionsQueryVariables>;
export function useBoardFilterOptionsSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.SuspenseQueryHookOptions<BoardFilterOptionsQuery, BoardFilterOptionsQueryVariables>): ApolloReactHooks.UseSuspenseQueryResult<BoardFilterOptionsQuery | undefined, BoardFilterOptionsQueryVariables>;
export function useBoardFilterOptionsSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.SuspenseQueryHookOptions<BoardFilterOptionsQuery, BoardFilterOptionsQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useSuspenseQuery<BoardFilterOptionsQuery, BoardFilterOptionsQueryVariables>(BoardFilterOptionsDocument, options);
        }
export type BoardFilterOptionsQueryHookResult = ReturnType<typeof useBoardFilterOptionsQuery>;
export type BoardFilterOptionsLazyQueryHookResult = ReturnType<typeof useBoardFilterOptionsLazyQuery>;
export type BoardFilterOptionsSuspenseQueryHookResult = ReturnType<typeof useBoardFilterOptionsSuspenseQuery>;
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
// @ts-ignore
export function useDealBoardSuspenseQuery(baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<DealBoardQuery, DealBoardQueryVariables>): ApolloReactHooks.UseSuspenseQueryResult<DealBoardQuery, DealBoardQueryVariables>;
export function useDealBoardSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.SuspenseQueryHookOptions<DealBoardQuery, DealBoardQueryVariables>): ApolloReactHooks.UseSuspenseQueryResult<DealBoardQuery | undefined, DealBoardQueryVariables>;
export function useDealBoardSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.SuspenseQueryHookOptions<DealBoardQuery, DealBoardQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useSuspenseQuery<DealBoardQuery, DealBoardQueryVariables>(DealBoardDocument, options);
        }
export type DealBoardQueryHookResult = ReturnType<typeof useDealBoardQuery>;
export type DealBoardLazyQueryHookResult = ReturnType<typeof useDealBoardLazyQuery>;
export type DealBoardSuspenseQueryHookResult = ReturnType<typeof useDealBoardSuspenseQuery>;
export type DealBoardQueryResult = ApolloReactCommon.QueryResult<DealBoardQuery, DealBoardQueryVariables>;
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
// @ts-ignore
export function usePipelinesSuspenseQuery(baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<PipelinesQuery, PipelinesQueryVariables>): ApolloReactHooks.UseSuspenseQueryResult<PipelinesQuery, PipelinesQueryVariables>;
export function usePipelinesSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.SuspenseQueryHookOptions<PipelinesQuery, PipelinesQueryVariables>): ApolloReactHooks.UseSuspenseQueryResult<PipelinesQuery | undefined, PipelinesQueryVariables>;
export function usePipelinesSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.SuspenseQueryHookOptions<PipelinesQuery, PipelinesQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useSuspenseQuery<PipelinesQuery, PipelinesQueryVariables>(PipelinesDocument, options);
        }
export type PipelinesQueryHookResult = ReturnType<typeof usePipelinesQuery>;
export type PipelinesLazyQueryHookResult = ReturnType<typeof usePipelinesLazyQuery>;
export type PipelinesSuspenseQueryHookResult = ReturnType<typeof usePipelinesSuspenseQuery>;
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
    openDealValue
    weightedDealValue
    wonDealValue
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
// @ts-ignore
export function useCustomerPageSuspenseQuery(baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<CustomerPageQuery, CustomerPageQueryVariables>): ApolloReactHooks.UseSuspenseQueryResult<CustomerPageQuery, CustomerPageQueryVariables>;
export function useCustomerPageSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.SuspenseQueryHookOptions<CustomerPageQuery, CustomerPageQueryVariables>): ApolloReactHooks.UseSuspenseQueryResult<CustomerPageQuery | undefined, CustomerPageQueryVariables>;
export function useCustomerPageSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.SuspenseQueryHookOptions<CustomerPageQuery, CustomerPageQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useSuspenseQuery<CustomerPageQuery, CustomerPageQueryVariables>(CustomerPageDocument, options);
        }
export type CustomerPageQueryHookResult = ReturnType<typeof useCustomerPageQuery>;
export type CustomerPageLazyQueryHookResult = ReturnType<typeof useCustomerPageLazyQuery>;
export type CustomerPageSuspenseQueryHookResult = ReturnType<typeof useCustomerPageSuspenseQuery>;
export type CustomerPageQueryResult = ApolloReactCommon.QueryResult<CustomerPageQuery, CustomerPageQueryVariables>;
export const CustomersDocument = gql`
    query Customers {
  customers(first: 500) {
    id
    name
    healthScore
    plan
    industry
    country
    openDealValue
  }
}
    `;

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
// @ts-ignore
export function useCustomersSuspenseQuery(baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<CustomersQuery, CustomersQueryVariables>): ApolloReactHooks.UseSuspenseQueryResult<CustomersQuery, CustomersQueryVariables>;
export function useCustomersSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.SuspenseQueryHookOptions<CustomersQuery, CustomersQueryVariables>): ApolloReactHooks.UseSuspenseQueryResult<CustomersQuery | undefined, CustomersQueryVariables>;
export function useCustomersSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.SuspenseQueryHookOptions<CustomersQuery, CustomersQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useSuspenseQuery<CustomersQuery, CustomersQueryVariables>(CustomersDocument, options);
        }
export type CustomersQueryHookResult = ReturnType<typeof useCustomersQuery>;
export type CustomersLazyQueryHookResult = ReturnType<typeof useCustomersLazyQuery>;
export type CustomersSuspenseQueryHookResult = ReturnType<typeof useCustomersSuspenseQuery>;
export type CustomersQueryResult = ApolloReactCommon.QueryResult<CustomersQuery, CustomersQueryVariables>;
export const DashboardPipelineDocument = gql`
    query DashboardPipeline($pipelineId: ID!, $from: Date, $to: Date) {
  pipelineStats(pipelineId: $pipelineId, from: $from, to: $to) {
    winRate
    wonCount
    lostCount
    averageWonValue
    medianDaysToClose
    rottingCount
    pipeline {
      id
      name
      currency
    }
    stages {
      dealCount
      totalValue
      weightedValue
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
// @ts-ignore
export function useDashboardPipelineSuspenseQuery(baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<DashboardPipelineQuery, DashboardPipelineQueryVariables>): ApolloReactHooks.UseSuspenseQueryResult<DashboardPipelineQuery, DashboardPipelineQueryVariables>;
export function useDashboardPipelineSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.SuspenseQueryHookOptions<DashboardPipelineQuery, DashboardPipelineQueryVariables>): ApolloReactHooks.UseSuspenseQueryResult<DashboardPipelineQuery | undefined, DashboardPipelineQueryVariables>;
export function useDashboardPipelineSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.SuspenseQueryHookOptions<DashboardPipelineQuery, DashboardPipelineQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useSuspenseQuery<DashboardPipelineQuery, DashboardPipelineQueryVariables>(DashboardPipelineDocument, options);
        }
export type DashboardPipelineQueryHookResult = ReturnType<typeof useDashboardPipelineQuery>;
export type DashboardPipelineLazyQueryHookResult = ReturnType<typeof useDashboardPipelineLazyQuery>;
export type DashboardPipelineSuspenseQueryHookResult = ReturnType<typeof useDashboardPipelineSuspenseQuery>;
export type DashboardPipelineQueryResult = ApolloReactCommon.QueryResult<DashboardPipelineQuery, DashboardPipelineQueryVariables>;
export const DashboardForecastDocument = gql`
    query DashboardForecast($pipelineId: ID, $from: Date, $to: Date, $targets: [MonthTargetInput!]) {
  forecast(pipelineId: $pipelineId, from: $from, to: $to, targets: $targets) {
    month
    dealCount
    totalValue
    weightedValue
    wonValue
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
// @ts-ignore
export function useDashboardForecastSuspenseQuery(baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<DashboardForecastQuery, DashboardForecastQueryVariables>): ApolloReactHooks.UseSuspenseQueryResult<DashboardForecastQuery, DashboardForecastQueryVariables>;
export function useDashboardForecastSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.SuspenseQueryHookOptions<DashboardForecastQuery, DashboardForecastQueryVariables>): ApolloReactHooks.UseSuspenseQueryResult<DashboardForecastQuery | undefined, DashboardForecastQueryVariables>;
export function useDashboardForecastSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.SuspenseQueryHookOptions<DashboardForecastQuery, DashboardForecastQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useSuspenseQuery<DashboardForecastQuery, DashboardForecastQueryVariables>(DashboardForecastDocument, options);
        }
export type DashboardForecastQueryHookResult = ReturnType<typeof useDashboardForecastQuery>;
export type DashboardForecastLazyQueryHookResult = ReturnType<typeof useDashboardForecastLazyQuery>;
export type DashboardForecastSuspenseQueryHookResult = ReturnType<typeof useDashboardForecastSuspenseQuery>;
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
// @ts-ignore
export function useDashboardScoringSuspenseQuery(baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<DashboardScoringQuery, DashboardScoringQueryVariables>): ApolloReactHooks.UseSuspenseQueryResult<DashboardScoringQuery, DashboardScoringQueryVariables>;
export function useDashboardScoringSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.SuspenseQueryHookOptions<DashboardScoringQuery, DashboardScoringQueryVariables>): ApolloReactHooks.UseSuspenseQueryResult<DashboardScoringQuery | undefined, DashboardScoringQueryVariables>;
export function useDashboardScoringSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.SuspenseQueryHookOptions<DashboardScoringQuery, DashboardScoringQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useSuspenseQuery<DashboardScoringQuery, DashboardScoringQueryVariables>(DashboardScoringDocument, options);
        }
export type DashboardScoringQueryHookResult = ReturnType<typeof useDashboardScoringQuery>;
export type DashboardScoringLazyQueryHookResult = ReturnType<typeof useDashboardScoringLazyQuery>;
export type DashboardScoringSuspenseQueryHookResult = ReturnType<typeof useDashboardScoringSuspenseQuery>;
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
// @ts-ignore
export function useDealPageSuspenseQuery(baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<DealPageQuery, DealPageQueryVariables>): ApolloReactHooks.UseSuspenseQueryResult<DealPageQuery, DealPageQueryVariables>;
export function useDealPageSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.SuspenseQueryHookOptions<DealPageQuery, DealPageQueryVariables>): ApolloReactHooks.UseSuspenseQueryResult<DealPageQuery | undefined, DealPageQueryVariables>;
export function useDealPageSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.SuspenseQueryHookOptions<DealPageQuery, DealPageQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useSuspenseQuery<DealPageQuery, DealPageQueryVariables>(DealPageDocument, options);
        }
export type DealPageQueryHookResult = ReturnType<typeof useDealPageQuery>;
export type DealPageLazyQueryHookResult = ReturnType<typeof useDealPageLazyQuery>;
export type DealPageSuspenseQueryHookResult = ReturnType<typeof useDealPageSuspenseQuery>;
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
// @ts-ignore
export function useScoringRunProgressSuspenseQuery(baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<ScoringRunProgressQuery, ScoringRunProgressQueryVariables>): ApolloReactHooks.UseSuspenseQueryResult<ScoringRunProgressQuery, ScoringRunProgressQueryVariables>;
export function useScoringRunProgressSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.SuspenseQueryHookOptions<ScoringRunProgressQuery, ScoringRunProgressQueryVariables>): ApolloReactHooks.UseSuspenseQueryResult<ScoringRunProgressQuery | undefined, ScoringRunProgressQueryVariables>;
export function useScoringRunProgressSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.SuspenseQueryHookOptions<ScoringRunProgressQuery, ScoringRunProgressQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useSuspenseQuery<ScoringRunProgressQuery, ScoringRunProgressQueryVariables>(ScoringRunProgressDocument, options);
        }
export type ScoringRunProgressQueryHookResult = ReturnType<typeof useScoringRunProgressQuery>;
export type ScoringRunProgressLazyQueryHookResult = ReturnType<typeof useScoringRunProgressLazyQuery>;
export type ScoringRunProgressSuspenseQueryHookResult = ReturnType<typeof useScoringRunProgressSuspenseQuery>;
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
// @ts-ignore
export function useLeadPageSuspenseQuery(baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<LeadPageQuery, LeadPageQueryVariables>): ApolloReactHooks.UseSuspenseQueryResult<LeadPageQuery, LeadPageQueryVariables>;
export function useLeadPageSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.SuspenseQueryHookOptions<LeadPageQuery, LeadPageQueryVariables>): ApolloReactHooks.UseSuspenseQueryResult<LeadPageQuery | undefined, LeadPageQueryVariables>;
export function useLeadPageSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.SuspenseQueryHookOptions<LeadPageQuery, LeadPageQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useSuspenseQuery<LeadPageQuery, LeadPageQueryVariables>(LeadPageDocument, options);
        }
export type LeadPageQueryHookResult = ReturnType<typeof useLeadPageQuery>;
export type LeadPageLazyQueryHookResult = ReturnType<typeof useLeadPageLazyQuery>;
export type LeadPageSuspenseQueryHookResult = ReturnType<typeof useLeadPageSuspenseQuery>;
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
// @ts-ignore
export function useLeadTableSuspenseQuery(baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<LeadTableQuery, LeadTableQueryVariables>): ApolloReactHooks.UseSuspenseQueryResult<LeadTableQuery, LeadTableQueryVariables>;
export function useLeadTableSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.SuspenseQueryHookOptions<LeadTableQuery, LeadTableQueryVariables>): ApolloReactHooks.UseSuspenseQueryResult<LeadTableQuery | undefined, LeadTableQueryVariables>;
export function useLeadTableSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.SuspenseQueryHookOptions<LeadTableQuery, LeadTableQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useSuspenseQuery<LeadTableQuery, LeadTableQueryVariables>(LeadTableDocument, options);
        }
export type LeadTableQueryHookResult = ReturnType<typeof useLeadTableQuery>;
export type LeadTableLazyQueryHookResult = ReturnType<typeof useLeadTableLazyQuery>;
export type LeadTableSuspenseQueryHookResult = ReturnType<typeof useLeadTableSuspenseQuery>;
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
// @ts-ignore
export function useLeadFilterOptionsSuspenseQuery(baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<LeadFilterOptionsQuery, LeadFilterOptionsQueryVariables>): ApolloReactHooks.UseSuspenseQueryResult<LeadFilterOptionsQuery, LeadFilterOptionsQueryVariables>;
export function useLeadFilterOptionsSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.SuspenseQueryHookOptions<LeadFilterOptionsQuery, LeadFilterOptionsQueryVariables>): ApolloReactHooks.UseSuspenseQueryResult<LeadFilterOptionsQuery | undefined, LeadFilterOptionsQueryVariables>;
export function useLeadFilterOptionsSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.SuspenseQueryHookOptions<LeadFilterOptionsQuery, LeadFilterOptionsQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useSuspenseQuery<LeadFilterOptionsQuery, LeadFilterOptionsQueryVariables>(LeadFilterOptionsDocument, options);
        }
export type LeadFilterOptionsQueryHookResult = ReturnType<typeof useLeadFilterOptionsQuery>;
export type LeadFilterOptionsLazyQueryHookResult = ReturnType<typeof useLeadFilterOptionsLazyQuery>;
export type LeadFilterOptionsSuspenseQueryHookResult = ReturnType<typeof useLeadFilterOptionsSuspenseQuery>;
export type LeadFilterOptionsQueryResult = ApolloReactCommon.QueryResult<LeadFilterOptionsQuery, LeadFilterOptionsQueryVariables>;
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
// @ts-ignore
export function usePipelineSettingsSuspenseQuery(baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<PipelineSettingsQuery, PipelineSettingsQueryVariables>): ApolloReactHooks.UseSuspenseQueryResult<PipelineSettingsQuery, PipelineSettingsQueryVariables>;
export function usePipelineSettingsSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.SuspenseQueryHookOptions<PipelineSettingsQuery, PipelineSettingsQueryVariables>): ApolloReactHooks.UseSuspenseQueryResult<PipelineSettingsQuery | undefined, PipelineSettingsQueryVariables>;
export function usePipelineSettingsSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.SuspenseQueryHookOptions<PipelineSettingsQuery, PipelineSettingsQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useSuspenseQuery<PipelineSettingsQuery, PipelineSettingsQueryVariables>(PipelineSettingsDocument, options);
        }
export type PipelineSettingsQueryHookResult = ReturnType<typeof usePipelineSettingsQuery>;
export type PipelineSettingsLazyQueryHookResult = ReturnType<typeof usePipelineSettingsLazyQuery>;
export type PipelineSettingsSuspenseQueryHookResult = ReturnType<typeof usePipelineSettingsSuspenseQuery>;
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