// @ts-nocheck -- generated; the Suspense overloads do not type-check under Apollo Client 4
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { gql } from '@apollo/client';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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

/** The federated customer, owned by the CRM subgraph; this subgraph adds its sales side. */
export type Customer = {
  __typename?: 'Customer';
  /** A customer has tens of deals: a plain list, newest first. */
  deals: Array<Deal>;
  id: Scalars['ID']['output'];
  /** The customer's best open lead, with its explanation; null when there is none. */
  leadScore?: Maybe<LeadScore>;
  /** Sum of the values of open deals. */
  openDealValue: Scalars['Decimal']['output'];
  /** Signals pushed by CRM, billing and usage systems (null until pushed). */
  signals?: Maybe<CustomerSignals>;
  /** Open deal values weighted by their stage's probability (hand-entered, else learned). */
  weightedDealValue: Scalars['Decimal']['output'];
  /** Sum of the values of won deals. */
  wonDealValue: Scalars['Decimal']['output'];
};


/** The federated customer, owned by the CRM subgraph; this subgraph adds its sales side. */
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
  id: Scalars['ID']['output'];
  modelVersion: Scalars['String']['output'];
  probability: Scalars['Float']['output'];
  score: Scalars['Int']['output'];
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

export type ModelMetrics = {
  __typename?: 'ModelMetrics';
  auc: Scalars['Float']['output'];
  calibration: Array<CalibrationPoint>;
  ece: Scalars['Float']['output'];
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
  /** Deals of this stage in board order. */
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
