import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CustomerParent, PlannedActivityConnectionParent, SearchResultParent, LeadScoreParent, DealWinProbabilityParent, LeadConnectionParent, DealConnectionParent, LeadScoreExplanationParent, AutomationRunParent, AutomationActionParent } from '../types/mappers';
import type { Deal as DealModel, Lead as LeadModel, Pipeline as PipelineModel, PipelineStage as PipelineStageModel, Activity as ActivityModel, PlannedActivity as PlannedActivityModel, User as UserModel, SalesTarget as SalesTargetModel, ExchangeRate as ExchangeRateModel, ScoringModel as ScoringModelModel, ScoringRun as ScoringRunModel, LeadScoreSnapshot as LeadScoreSnapshotModel, RoutingRule as RoutingRuleModel, RoutingRun as RoutingRunModel, Automation as AutomationModel } from '../db/generated/client';
import type { Context } from '../types/context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: Date | string; output: Date | string; }
  /** An ISO-8601 timestamp. */
  DateTime: { input: Date | string; output: Date | string; }
  /** Money, serialised as a decimal string (e.g. "1250.00"); never a float. */
  Decimal: { input: string; output: string; }
  /**
   * Arbitrary JSON (lead metadata, activity payloads). As input: at most 16 KiB as UTF-8 JSON, 8
   * levels deep and 256 keys and list items in all.
   */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
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

/** One currency's part of a converted total. */
export type AppliedRate = {
  __typename?: 'AppliedRate';
  /** The amount in fromCurrency. */
  amount: Scalars['Decimal']['output'];
  /** amount × rate rounded half-up to cents (the total rounds the exact sum, not these). */
  converted: Scalars['Decimal']['output'];
  /** The day the rate is dated: the latest on or before the total's asOf. */
  date: Scalars['Date']['output'];
  fromCurrency: Scalars['String']['output'];
  /** 1 fromCurrency = rate toCurrency: a decimal string with up to 12 decimals. */
  rate: Scalars['String']['output'];
  toCurrency: Scalars['String']['output'];
};

export type Automation = {
  __typename?: 'Automation';
  actions: Array<AutomationAction>;
  conditions: Array<Condition>;
  direction?: Maybe<CrossingDirection>;
  enabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  match: ConditionMatch;
  name: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  stage?: Maybe<PipelineStage>;
  threshold?: Maybe<Scalars['Int']['output']>;
  trigger: AutomationTrigger;
};

export type AutomationAction = {
  __typename?: 'AutomationAction';
  eventName?: Maybe<Scalars['String']['output']>;
  owner?: Maybe<User>;
  stage?: Maybe<PipelineStage>;
  status?: Maybe<LeadStatus>;
  text?: Maybe<Scalars['String']['output']>;
  type: AutomationActionType;
  value?: Maybe<Scalars['Decimal']['output']>;
};

/**
 * Each type reads its own settings and refuses the others: SET_LEAD_STATUS status; CONVERT_LEAD
 * stageId and value; ASSIGN ownerId; ADD_TASK text; EMIT_EVENT eventName.
 */
export type AutomationActionInput = {
  eventName?: InputMaybe<Scalars['String']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  stageId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<LeadStatus>;
  text?: InputMaybe<Scalars['String']['input']>;
  type: AutomationActionType;
  value?: InputMaybe<Scalars['Decimal']['input']>;
};

export type AutomationActionType =
  | 'ADD_TASK'
  | 'ASSIGN'
  /** Convert the (qualified) lead into a deal in stageId, worth value. */
  | 'CONVERT_LEAD'
  /** Send eventName to Inngest with the lead/deal ids, for other systems. */
  | 'EMIT_EVENT'
  | 'SET_LEAD_STATUS';

/** What an automation would do to existing leads or deals matching it now. */
export type AutomationDryRun = {
  __typename?: 'AutomationDryRun';
  evaluated: Scalars['Int']['output'];
  matched: Scalars['Int']['output'];
  samples: Array<AutomationDryRunSample>;
};

export type AutomationDryRunSample = {
  __typename?: 'AutomationDryRunSample';
  actions: Array<Scalars['String']['output']>;
  deal?: Maybe<Deal>;
  lead?: Maybe<Lead>;
  reason: Scalars['String']['output'];
};

export type AutomationInput = {
  actions: Array<AutomationActionInput>;
  conditions: Array<ConditionInput>;
  /** SCORE_CROSSED only, and required there; refused on another trigger. */
  direction?: InputMaybe<CrossingDirection>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  match?: InputMaybe<ConditionMatch>;
  name: Scalars['String']['input'];
  /** DEAL_STAGE_CHANGED only (null: any stage); refused on another trigger. */
  stageId?: InputMaybe<Scalars['ID']['input']>;
  /** SCORE_CROSSED only (1-100), and required there; refused on another trigger. */
  threshold?: InputMaybe<Scalars['Int']['input']>;
  trigger: AutomationTrigger;
};

export type AutomationOutcome =
  | 'ACTED'
  | 'FAILED'
  | 'NOT_MATCHED'
  | 'SKIPPED';

export type AutomationRun = {
  __typename?: 'AutomationRun';
  /** What each action did, in order. */
  actions: Array<Scalars['String']['output']>;
  automation?: Maybe<Automation>;
  automationName: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  deal?: Maybe<Deal>;
  error?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lead?: Maybe<Lead>;
  outcome: AutomationOutcome;
  reason: Scalars['String']['output'];
};

export type AutomationTrigger =
  /** A deal sits in an open stage longer than the stage's rotting days (once per stage visit). */
  | 'DEAL_ROTTING'
  /** A deal enters a stage (stageId), or any stage when stageId is null; new deals included. */
  | 'DEAL_STAGE_CHANGED'
  | 'LEAD_CREATED'
  /** The score crosses threshold in direction (a first score comes from below). */
  | 'SCORE_CROSSED';

export type CalibrationPoint = {
  __typename?: 'CalibrationPoint';
  count: Scalars['Int']['output'];
  observed: Scalars['Float']['output'];
  predicted: Scalars['Float']['output'];
};

export type Condition = {
  __typename?: 'Condition';
  field: Scalars['String']['output'];
  max?: Maybe<Scalars['Float']['output']>;
  min?: Maybe<Scalars['Float']['output']>;
  operator: ConditionOperator;
  value?: Maybe<Scalars['String']['output']>;
  values?: Maybe<Array<Scalars['String']['output']>>;
};

/** A field rules and automations can test, for building conditions without knowing the data model. */
export type ConditionField = {
  __typename?: 'ConditionField';
  /** CHOICE fields: the allowed values. */
  choices?: Maybe<Array<Scalars['String']['output']>>;
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  operators: Array<ConditionOperator>;
  scope: ConditionFieldScope;
  type: ConditionFieldType;
};

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
  field: Scalars['String']['input'];
  max?: InputMaybe<Scalars['Float']['input']>;
  /** BETWEEN: at least one of min and max; min <= max. */
  min?: InputMaybe<Scalars['Float']['input']>;
  operator: ConditionOperator;
  /** EQUALS, NOT_EQUALS, CONTAINS, NOT_CONTAINS. */
  value?: InputMaybe<Scalars['String']['input']>;
  /** IN, NOT_IN. */
  values?: InputMaybe<Array<Scalars['String']['input']>>;
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
  currency?: InputMaybe<Scalars['String']['input']>;
  expectedCloseDate?: InputMaybe<Scalars['Date']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  leadId: Scalars['ID']['input'];
  /** The deal's owner; the lead's owner when omitted, else the caller. Reps can only name themselves. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  stageId: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  value: Scalars['Decimal']['input'];
};

/**
 * A total in the tenant's reporting currency: each currency's amount times the latest rate dated on
 * or before asOf, added exactly and rounded half-up to cents once, at the end. Amounts in a currency
 * without such a rate are listed in unconverted and left out of amount: never added raw.
 */
export type ConvertedTotal = {
  __typename?: 'ConvertedTotal';
  amount: Scalars['Decimal']['output'];
  /** The day whose rates apply: today for current figures, a past month's last day for its figures. */
  asOf: Scalars['Date']['output'];
  /** True when every amount was converted. */
  complete: Scalars['Boolean']['output'];
  /** The reporting currency. */
  currency: Scalars['String']['output'];
  /** The rate used for each currency converted (the reporting currency itself needs none). */
  rates: Array<AppliedRate>;
  /** Amounts in currencies with no rate dated on or before asOf; not included in amount. */
  unconverted: Array<MoneyTotal>;
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
  /**
   * Create even when an open lead has the same email, or the same name and company. Without it
   * such a create is refused with CONFLICT (extensions.reason DUPLICATE_LEAD, extensions.duplicates:
   * the matching leads) and nothing is written.
   */
  allowDuplicate?: InputMaybe<Scalars['Boolean']['input']>;
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
  /**
   * Position in the board (0 first). Open stages come before Won and Lost: an open stage goes after
   * the last open one when omitted, a Won or Lost stage last; a position past its group's end is
   * brought to that end.
   */
  order?: InputMaybe<Scalars['Int']['input']>;
  pipelineId: Scalars['ID']['input'];
  probability?: InputMaybe<Scalars['Float']['input']>;
  rottingDays?: InputMaybe<Scalars['Int']['input']>;
};

export type CrossingDirection =
  | 'DOWN'
  | 'UP';

export type CurrencySettings = {
  __typename?: 'CurrencySettings';
  /** The currency converted totals are given in; null until set (converted totals are null then). */
  reportingCurrency?: Maybe<Scalars['String']['output']>;
};

export type Customer = {
  __typename?: 'Customer';
  /**
   * A customer has tens of deals: a plain list, newest first, at most \`first\` (500 when not given,
   * so that a read's cost never grows with the table). Page through more with
   * \`deals(filter: { customerId })\`.
   */
  deals: Array<Deal>;
  id: Scalars['ID']['output'];
  /** The customer's best open lead, with its explanation; null when there is none. */
  leadScore?: Maybe<LeadScore>;
  /** openDealTotals in the reporting currency at today's rates; null without a reporting currency. */
  openDealInReportingCurrency?: Maybe<ConvertedTotal>;
  /** Sum of the values of open deals, one total per currency (sorted by currency). */
  openDealTotals: Array<MoneyTotal>;
  /**
   * Sum of the values of open deals (0 when none); null when they are in more than one currency.
   * @deprecated Use openDealTotals: amounts in different currencies do not add up.
   */
  openDealValue?: Maybe<Scalars['Decimal']['output']>;
  /** Signals pushed by CRM, billing and usage systems (null until pushed). */
  signals?: Maybe<CustomerSignals>;
  /** weightedDealTotals in the reporting currency at today's rates. */
  weightedDealInReportingCurrency?: Maybe<ConvertedTotal>;
  /**
   * Open deal values weighted by their stage's probability (hand-entered, else learned), one total
   * per currency (sorted by currency).
   */
  weightedDealTotals: Array<MoneyTotal>;
  /**
   * Weighted open deal value (0 when none); null when the deals are in more than one currency.
   * @deprecated Use weightedDealTotals: amounts in different currencies do not add up.
   */
  weightedDealValue?: Maybe<Scalars['Decimal']['output']>;
  /** wonDealTotals in the reporting currency at today's rates. */
  wonDealInReportingCurrency?: Maybe<ConvertedTotal>;
  /** Sum of the values of won deals, one total per currency (sorted by currency). */
  wonDealTotals: Array<MoneyTotal>;
  /**
   * Sum of the values of won deals (0 when none); null when they are in more than one currency.
   * @deprecated Use wonDealTotals: amounts in different currencies do not add up.
   */
  wonDealValue?: Maybe<Scalars['Decimal']['output']>;
};


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
  /** The CRM's name for the customer: what search finds it by. */
  name?: InputMaybe<Scalars['String']['input']>;
  plan?: InputMaybe<Scalars['String']['input']>;
  seats?: InputMaybe<Scalars['Int']['input']>;
  usageTrend?: InputMaybe<Scalars['Float']['input']>;
};

export type Deal = {
  __typename?: 'Deal';
  /** The timeline, newest first: the latest `first` entries (100 when not given). */
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
  /** The earliest open planned activity: the deal's next step; null when none is planned. */
  nextActivity?: Maybe<PlannedActivity>;
  owner?: Maybe<User>;
  pipeline: Pipeline;
  /** Planned activities in due order: open ones, or all with includeDone. */
  plannedActivities: Array<PlannedActivity>;
  position: Scalars['Int']['output'];
  stage: PipelineStage;
  stageEnteredAt: Scalars['DateTime']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  value: Scalars['Decimal']['output'];
  version: Scalars['Int']['output'];
  /** The chance this open deal is won (deal model, else the stage rate); null once it is won or lost. */
  winProbability?: Maybe<DealWinProbability>;
};


export type DealActivitiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type DealPlannedActivitiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDone?: InputMaybe<Scalars['Boolean']['input']>;
};

export type DealConnection = {
  __typename?: 'DealConnection';
  edges: Array<DealEdge>;
  pageInfo: PageInfo;
  /** Deals matching the filter: exact up to 10,000, above that the database's estimate. */
  totalCount: Scalars['Int']['output'];
};

export type DealEdge = {
  __typename?: 'DealEdge';
  cursor: Scalars['String']['output'];
  node: Deal;
};

export type DealFilter = {
  /**
   * Open deals, and the deals won or lost in the last so many days (by \`closedAt\`); without it,
   * every closed deal. The board's Won and Lost zones total the last 90 days: all time, their cost
   * would grow with every deal ever closed (ADR 081).
   */
  closedWithinDays?: InputMaybe<Scalars['Int']['input']>;
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

/** A deal win-probability model and its card: holdout figures against the stage rates on the same deals. */
export type DealWinModel = {
  __typename?: 'DealWinModel';
  active: Scalars['Boolean']['output'];
  /** The closed deals before the holdout, which trainingRows were picked from; null on older models. */
  closedDealsBeforeHoldout?: Maybe<Scalars['Int']['output']>;
  /** The latest 20 % of closed deals, which metrics.holdoutRows were picked from; null on older models. */
  heldOutDeals?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  metrics?: Maybe<ModelMetrics>;
  /** Why it was activated or not. */
  notes?: Maybe<Scalars['String']['output']>;
  stageRateBaseline?: Maybe<StageRateBaseline>;
  trainedAt: Scalars['DateTime']['output'];
  /** When the first and the last of those deals closed. */
  trainingFrom?: Maybe<Scalars['DateTime']['output']>;
  /**
   * Closed deals it was trained on, one moment of each while it was open (the holdout, the latest
   * 20 % of closes, not included). A deal with no picked moment (often one lost in its first stage)
   * has none: see closedDealsBeforeHoldout.
   */
  trainingRows: Scalars['Int']['output'];
  trainingTo?: Maybe<Scalars['DateTime']['output']>;
  version: Scalars['Int']['output'];
};

/** An open deal's chance of being won, and what it is made of. */
export type DealWinProbability = {
  __typename?: 'DealWinProbability';
  /** One line on what the figure is: the model and what it weighs, or the stage, its rate and the deals behind it. */
  basis: Scalars['String']['output'];
  /** MODEL: every factor, exactly (baseline + sum of contributions = logit of probability); null for the stage rate. */
  explanation?: Maybe<ScoreExplanation>;
  /** The deal model's version (MODEL); null for the stage rate. */
  modelVersion?: Maybe<Scalars['Int']['output']>;
  /** 0..1. */
  probability: Scalars['Float']['output'];
  /** When the model computed it (MODEL); null for the stage rate, which is the stage's rate now. */
  scoredAt?: Maybe<Scalars['DateTime']['output']>;
  source: WinProbabilitySource;
};

export type DealWinRetrainResult = {
  __typename?: 'DealWinRetrainResult';
  activated: Scalars['Boolean']['output'];
  /** The model trained; null when there were too few closed deals. */
  model?: Maybe<DealWinModel>;
  reason: Scalars['String']['output'];
};

/** A difference between two models on the same rows and its paired bootstrap interval. */
export type DifferenceInterval = {
  __typename?: 'DifferenceInterval';
  estimate: Scalars['Float']['output'];
  high: Scalars['Float']['output'];
  low: Scalars['Float']['output'];
};

export type DryRunAssignment = {
  __typename?: 'DryRunAssignment';
  lead: Lead;
  owner?: Maybe<User>;
  reason: Scalars['String']['output'];
  ruleName?: Maybe<Scalars['String']['output']>;
};

export type DryRunTotal = {
  __typename?: 'DryRunTotal';
  leads: Scalars['Int']['output'];
  owner?: Maybe<User>;
};

/** One engagement count's distribution over the tenant's leads. */
export type EngagementDistribution = {
  __typename?: 'EngagementDistribution';
  /** The scoring feature the count feeds: emailsCount, callsCount, meetingsCount or visitsCount. */
  feature: Scalars['String']['output'];
  /** Leads counted (all of the tenant's). */
  total: Scalars['Int']['output'];
  /** One row per value at least one lead has, lowest value first; the leads add up to total. */
  values: Array<EngagementValueCount>;
};

export type EngagementValueCount = {
  __typename?: 'EngagementValueCount';
  leads: Scalars['Int']['output'];
  value: Scalars['Int']['output'];
};

/** 1 fromCurrency = rate toCurrency on a day. */
export type ExchangeRate = {
  __typename?: 'ExchangeRate';
  date: Scalars['Date']['output'];
  fromCurrency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** A decimal string with up to 12 decimals, greater than 0. */
  rate: Scalars['String']['output'];
  toCurrency: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type ExchangeRateInput = {
  date: Scalars['Date']['input'];
  /** ISO 4217. */
  fromCurrency: Scalars['String']['input'];
  /** Greater than 0, at most 12 digits before the point and 12 after, e.g. "0.006712". */
  rate: Scalars['String']['input'];
  /** ISO 4217; not fromCurrency. Totals convert with rates to the reporting currency. */
  toCurrency: Scalars['String']['input'];
};

/** What the forecast for a past month said at its start, against what was won in it. */
export type ForecastAccuracyMonth = {
  __typename?: 'ForecastAccuracyMonth';
  /** |forecast - won| / won; null when nothing was won or an amount could not be converted. */
  absolutePercentageError?: Maybe<Scalars['Float']['output']>;
  /** The unweighted pipeline at the month's start: won by then plus those open deals at full value. */
  bestCase: Scalars['Decimal']['output'];
  /** Expected at the month's start: won by then plus open deals expected in it weighted by stage rate. */
  forecast: Scalars['Decimal']['output'];
  /** YYYY-MM */
  month: Scalars['String']['output'];
  /** The rate used for each currency converted (amount and converted are of the first figure using it). */
  rates: Array<AppliedRate>;
  /** The day of the snapshot used; null when reconstructed. */
  snapshotDay?: Maybe<Scalars['Date']['output']>;
  source: ForecastSource;
  /** Amounts of the forecast and of what was won with no rate to the currency: the month is left out of the error. */
  unconverted: Array<MoneyTotal>;
  /** Deals won in the month. */
  won: Scalars['Decimal']['output'];
};

export type ForecastMonth = {
  __typename?: 'ForecastMonth';
  bestCaseInReportingCurrency?: Maybe<ConvertedTotal>;
  /** Won in the month plus every open deal expected in it, at full value, one total per currency. */
  bestCaseTotals: Array<MoneyTotal>;
  dealCount: Scalars['Int']['output'];
  expectedInReportingCurrency?: Maybe<ConvertedTotal>;
  /** Won in the month plus the open deals expected in it weighted by their stage rate, per currency. */
  expectedTotals: Array<MoneyTotal>;
  /** YYYY-MM */
  month: Scalars['String']['output'];
  /** Open deals whose expected close date has passed, counted in this (the current) month. */
  overdueCount: Scalars['Int']['output'];
  overdueInReportingCurrency?: Maybe<ConvertedTotal>;
  overdueTotals: Array<MoneyTotal>;
  ownerId?: Maybe<Scalars['ID']['output']>;
  /** Each rep with deals or a target in the month: won, expected and target (attainment per rep). */
  owners: Array<OwnerForecast>;
  /** The month's target: the stored one for this scope (pipeline, rep), else one given in the query. */
  target?: Maybe<Scalars['Decimal']['output']>;
  /** The stored target for this scope with its currency; null when none is stored. */
  targetTotal?: Maybe<MoneyTotal>;
  /**
   * totals in the reporting currency at the rates of the month's last day (today for the current
   * and future months); null without a reporting currency. Likewise the fields below.
   */
  totalInReportingCurrency?: Maybe<ConvertedTotal>;
  /**
   * Open value (0 when none); null when the deals are in more than one currency.
   * @deprecated Use totals: amounts in different currencies do not add up.
   */
  totalValue?: Maybe<Scalars['Decimal']['output']>;
  /** Open deals expected to close in the month, one total per currency (sorted by currency). */
  totals: Array<MoneyTotal>;
  weightedInReportingCurrency?: Maybe<ConvertedTotal>;
  /** Those deals weighted by their stage's probability, one total per currency (sorted by currency). */
  weightedTotals: Array<MoneyTotal>;
  /**
   * Weighted open value (0 when none); null when the deals are in more than one currency.
   * @deprecated Use weightedTotals: amounts in different currencies do not add up.
   */
  weightedValue?: Maybe<Scalars['Decimal']['output']>;
  wonInReportingCurrency?: Maybe<ConvertedTotal>;
  /** Deals won in the month, one total per currency (sorted by currency). */
  wonTotals: Array<MoneyTotal>;
  /**
   * Won value (0 when none); null when the deals are in more than one currency.
   * @deprecated Use wonTotals: amounts in different currencies do not add up.
   */
  wonValue?: Maybe<Scalars['Decimal']['output']>;
};

export type ForecastSource =
  /** Rebuilt from deal and stage history: no snapshot was taken at the month's start. */
  | 'RECONSTRUCTED'
  /** The snapshot the daily job took on the month's first day (or the earliest in its first week). */
  | 'SNAPSHOT';

/**
 * The forecast's track record (ADR 038): for each past month, the forecast at its start against
 * what was won, in one currency, and the mean absolute percentage error of the last 6 of them.
 */
export type ForecastTrackRecord = {
  __typename?: 'ForecastTrackRecord';
  /** The reporting currency, else the pipeline's (all pipelines: the first pipeline's). */
  currency: Scalars['String']['output'];
  /** The last 6 months with an error: what the mean is made of. */
  errorMonths: Array<Scalars['String']['output']>;
  /** Mean of absolutePercentageError over the months in errorMonths; null when none has one. */
  meanAbsolutePercentageError?: Maybe<Scalars['Float']['output']>;
  /** Past months, oldest first (the current month is not over). */
  months: Array<ForecastAccuracyMonth>;
  /** How open deals were weighted, in words. */
  weighting: Scalars['String']['output'];
};

export type ImportResult = {
  __typename?: 'ImportResult';
  /** Rows an earlier import already stored (same content): importing a file again skips them. */
  alreadyImported: Scalars['Int']['output'];
  errors: Array<ImportRowError>;
  imported: Scalars['Int']['output'];
  /** Rows not imported: refused (see errors) or already imported. */
  skipped: Scalars['Int']['output'];
};

export type ImportRowError = {
  __typename?: 'ImportRowError';
  line: Scalars['Int']['output'];
  message: Scalars['String']['output'];
};

export type Lead = {
  __typename?: 'Lead';
  /** The timeline, newest first: the latest `first` entries (100 when not given). */
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
  /** The earliest open planned activity; null when none is planned. */
  nextActivity?: Maybe<PlannedActivity>;
  owner?: Maybe<User>;
  plannedActivities: Array<PlannedActivity>;
  probability?: Maybe<Scalars['Float']['output']>;
  /** 0..100; null until scored. */
  score?: Maybe<Scalars['Int']['output']>;
  /** hot, warm, cool or cold. */
  scoreBand?: Maybe<Scalars['String']['output']>;
  scoreExplanation?: Maybe<LeadScoreExplanation>;
  /** Scores given to the lead, newest first: the latest `first` (50 when not given). */
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


export type LeadPlannedActivitiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDone?: InputMaybe<Scalars['Boolean']['input']>;
};


export type LeadScoreHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type LeadConnection = {
  __typename?: 'LeadConnection';
  edges: Array<LeadEdge>;
  pageInfo: PageInfo;
  /** Leads matching the filter: exact up to 10,000, above that the database's estimate. */
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
  /** Leads whose name, company or email contains it, ignoring case and accents. */
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
  /** This model's AUC minus the compared model's, on the same holdout, with its bootstrap interval. */
  aucDifference?: Maybe<DifferenceInterval>;
  /** The intervals' coverage, e.g. 0.9 for the 5th to the 95th percentile. */
  intervalLevel?: Maybe<Scalars['Float']['output']>;
  kind: Scalars['String']['output'];
  logLoss: Scalars['Float']['output'];
  /** This model's log loss minus the compared model's (negative is better), with its interval. */
  logLossDifference?: Maybe<DifferenceInterval>;
  /** How many paired bootstrap resamples the intervals come from. */
  resamples?: Maybe<Scalars['Int']['output']>;
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
  /**
   * Holdout rows from imported history: the holdout is the latest decisions, and imported ones are
   * kept within the outcome horizon (their file gave every outcome), so it may be made of them.
   */
  importedHoldoutRows?: Maybe<Scalars['Int']['output']>;
  /**
   * Training rows from imported history (importLeadHistory) rather than the tenant's own leads; null
   * for models trained before this was counted.
   */
  importedTrainingRows?: Maybe<Scalars['Int']['output']>;
  lift10: Scalars['Float']['output'];
  logLoss: Scalars['Float']['output'];
  prAuc: Scalars['Float']['output'];
  /**
   * Leads decided too recently for their outcome to be known, left out of training and of the
   * holdout; null when the tenant has too few closed deals of converted leads to tell how recent that
   * is (or for models trained before this was counted).
   */
  recentLeftOut?: Maybe<RecentLeftOut>;
  /** Training rows (outcomes learned from) whose lead had a customer. */
  trainingRowsWithCustomer?: Maybe<Scalars['Int']['output']>;
  /**
   * Of those, the rows built with the customer's signals as they were when the lead was decided;
   * the others used today's signals (no dated state from before the decision was known).
   */
  trainingRowsWithSignalsAtDecision?: Maybe<Scalars['Int']['output']>;
};

/** An amount of money in one currency. */
export type MoneyTotal = {
  __typename?: 'MoneyTotal';
  amount: Scalars['Decimal']['output'];
  /** ISO 4217 code, e.g. USD. */
  currency: Scalars['String']['output'];
};

export type MonthTargetInput = {
  /** YYYY-MM */
  month: Scalars['String']['input'];
  target: Scalars['Decimal']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  addNote: Activity;
  /** Hides a pipeline from the list and closes it to new deals; its data is kept (admins). */
  archivePipeline: Pipeline;
  assignLead: Lead;
  assignLeads: Array<Lead>;
  /** Calls off an open planned activity. */
  cancelActivity: PlannedActivity;
  /**
   * Marks an open planned activity done now: logs it on the timeline, and a call, meeting or email
   * counts as engagement of the lead from this moment. CONFLICT when it is not open.
   */
  completeActivity: PlannedActivity;
  convertLead: Deal;
  createAutomation: Automation;
  /**
   * A new deal starts in an open stage, first in its column (where the board shows it);
   * markDealWon / markDealLost close it.
   */
  createDeal: Deal;
  createLead: Lead;
  /** A pipeline with a New, a Won and a Lost stage. Its name must differ from the tenant's other pipelines (archived ones included), trimmed and ignoring case. */
  createPipeline: Pipeline;
  createRoutingRule: RoutingRule;
  /** Adds a stage; its name must differ from the pipeline's other stages, trimmed and ignoring case. */
  createStage: PipelineStage;
  deleteAutomation: Scalars['ID']['output'];
  deleteDeal: Scalars['ID']['output'];
  /** Deletes a stored rate; false when there was none (managers and admins). */
  deleteExchangeRate: Scalars['Boolean']['output'];
  /** Deletes a lead (restorable for 30 days with restoreLead); its deal, if any, stays. */
  deleteLead: Scalars['ID']['output'];
  deleteRoutingRule: Scalars['ID']['output'];
  /** Removes a stored target; false when there was none. */
  deleteSalesTarget: Scalars['Boolean']['output'];
  /**
   * Deletes a stage after moving its deals to targetStageId (same pipeline). Automations that name
   * the stage (entering it, or converting leads into it) are switched off.
   */
  deleteStage: Pipeline;
  /** CSV of historical leads with outcomes; bad rows are reported by line and skipped. */
  importLeadHistory: ImportResult;
  logActivity: Activity;
  markDealLost: Deal;
  markDealWon: Deal;
  /**
   * Merges duplicate leads into targetId: it keeps its values, takes theirs where it has none, adds
   * up their engagement, and takes over their timelines, planned activities and deal; they are
   * deleted (restorable for 30 days).
   */
  mergeLeads: Lead;
  /**
   * Changes stage and/or position within the column in one call. Moving into a LOST stage needs a
   * lostReason (as markDealLost does); moving into an OPEN or WON stage clears the deal's reason.
   */
  moveDeal: Deal;
  planActivity: PlannedActivity;
  refreshLeadScores: RefreshScoresResult;
  /** Renames a pipeline; the name must differ from the tenant's other pipelines (archived ones included), trimmed and ignoring case. */
  renamePipeline: Pipeline;
  /**
   * Moves a won or lost deal back to an open stage (the one it was closed from when stageId is
   * omitted): its lost reason and the converted lead's outcome are cleared. Back in the stage it was
   * closed from, it is where it was (its place in the column, or the nearest free one next to it)
   * with its days in stage as they were, so an undo of a close undoes it; in another stage, or when
   * its close recorded no place, it goes to the top of the column, entered now.
   */
  reopenDeal: Deal;
  reorderAutomations: Array<Automation>;
  /** ids must list every rule of the tenant, in the new order. */
  reorderRoutingRules: Array<RoutingRule>;
  /** Reorders a pipeline's stages; stageIds must list all of them, the open stages before Won and Lost. */
  reorderStages: Pipeline;
  /** Moves an open planned activity to another time. */
  rescheduleActivity: PlannedActivity;
  /** Puts a deal deleted within the last 30 days back in its stage, one version further. */
  restoreDeal: Deal;
  /**
   * Puts a lead deleted within the last 30 days back, with its score history. A lead merged into
   * another takes back what the merge gave it: its engagement counts and last engagement, its
   * timeline and its plans (a deal it brought stays with the lead it was merged into).
   */
  restoreLead: Lead;
  /** Brings an archived pipeline back (admins). */
  restorePipeline: Pipeline;
  /** Trains a deal model on the closed deals now (managers and admins); open deals are rescored when it is activated. */
  retrainDealWinModel: DealWinRetrainResult;
  retrainScoringModel: RetrainResult;
  /** Runs the saved rules now on the given leads (open ones), as routing on creation would. */
  routeLeads: Array<RoutingRun>;
  /**
   * Stores 1 to 1000 dated rates, each replacing the rate of its pair and day; all or nothing: a bad
   * one fails the call (BAD_USER_INPUT naming rates.N) and writes none (managers and admins).
   */
  setExchangeRates: Array<ExchangeRate>;
  setLeadStatus: Lead;
  setLeadsStatus: Array<Lead>;
  /** Sets the currency converted totals are given in (managers and admins). */
  setReportingCurrency: CurrencySettings;
  setRoutingFallback: RoutingSettings;
  /** capacity: the most open leads routing gives the user; left out, the stored one is kept; null: no cap. */
  setRoutingMember: RoutingMember;
  /** Stores the target for a month and scope, replacing the one there was (managers and admins). */
  setSalesTarget: SalesTarget;
  /**
   * Sets how many months of closed deals (1..60) the pipeline's stage rates learn from, and
   * recomputes them.
   */
  setStageRateWindow: Pipeline;
  updateAutomation: Automation;
  updateDeal: Deal;
  updateLead: Lead;
  updateRoutingRule: RoutingRule;
  /** Changes a stage; a new name must differ from the pipeline's other stages, trimmed and ignoring case. */
  updateStage: PipelineStage;
  upsertCustomerSignals: Customer;
  upsertCustomerSignalsBatch: Scalars['Int']['output'];
};


export type MutationAddNoteArgs = {
  body: Scalars['String']['input'];
  dealId?: InputMaybe<Scalars['ID']['input']>;
  leadId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationArchivePipelineArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAssignLeadArgs = {
  id: Scalars['ID']['input'];
  ownerId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationAssignLeadsArgs = {
  ids: Array<Scalars['ID']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationCancelActivityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCompleteActivityArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationConvertLeadArgs = {
  input: ConvertLeadInput;
};


export type MutationCreateAutomationArgs = {
  input: AutomationInput;
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


export type MutationCreateRoutingRuleArgs = {
  input: RoutingRuleInput;
};


export type MutationCreateStageArgs = {
  input: CreateStageInput;
};


export type MutationDeleteAutomationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteDealArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationDeleteExchangeRateArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteLeadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteRoutingRuleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteSalesTargetArgs = {
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


export type MutationMergeLeadsArgs = {
  sourceIds: Array<Scalars['ID']['input']>;
  targetId: Scalars['ID']['input'];
};


export type MutationMoveDealArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  lostReason?: InputMaybe<Scalars['String']['input']>;
  position: Scalars['Int']['input'];
  stageId: Scalars['ID']['input'];
};


export type MutationPlanActivityArgs = {
  input: PlanActivityInput;
};


export type MutationRefreshLeadScoresArgs = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationRenamePipelineArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationReopenDealArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  stageId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationReorderAutomationsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationReorderRoutingRulesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationReorderStagesArgs = {
  pipelineId: Scalars['ID']['input'];
  stageIds: Array<Scalars['ID']['input']>;
};


export type MutationRescheduleActivityArgs = {
  dueAt: Scalars['DateTime']['input'];
  id: Scalars['ID']['input'];
};


export type MutationRestoreDealArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreLeadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestorePipelineArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRouteLeadsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationSetExchangeRatesArgs = {
  rates: Array<ExchangeRateInput>;
};


export type MutationSetLeadStatusArgs = {
  id: Scalars['ID']['input'];
  status: LeadStatus;
};


export type MutationSetLeadsStatusArgs = {
  ids: Array<Scalars['ID']['input']>;
  status: LeadStatus;
};


export type MutationSetReportingCurrencyArgs = {
  currency: Scalars['String']['input'];
};


export type MutationSetRoutingFallbackArgs = {
  ownerId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationSetRoutingMemberArgs = {
  available: Scalars['Boolean']['input'];
  capacity?: InputMaybe<Scalars['Int']['input']>;
  userId: Scalars['ID']['input'];
};


export type MutationSetSalesTargetArgs = {
  input: SalesTargetInput;
};


export type MutationSetStageRateWindowArgs = {
  months: Scalars['Int']['input'];
  pipelineId: Scalars['ID']['input'];
};


export type MutationUpdateAutomationArgs = {
  id: Scalars['ID']['input'];
  input: AutomationInput;
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


export type MutationUpdateRoutingRuleArgs = {
  id: Scalars['ID']['input'];
  input: RoutingRuleInput;
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

export type OwnerForecast = {
  __typename?: 'OwnerForecast';
  /**
   * Won / target: directly when the won deals are all in the target's currency; else through the
   * reporting currency, when the target is in it and every won amount has a rate (ADR 038). Null
   * without a target, with a zero one, or when no such comparison exists.
   */
  attainment?: Maybe<Scalars['Float']['output']>;
  dealCount: Scalars['Int']['output'];
  expectedInReportingCurrency?: Maybe<ConvertedTotal>;
  expectedTotals: Array<MoneyTotal>;
  owner?: Maybe<User>;
  /** Null for deals without an owner. */
  ownerId?: Maybe<Scalars['ID']['output']>;
  target?: Maybe<MoneyTotal>;
  /** wonTotals in the reporting currency at the rates of the month's last day (or today). */
  wonInReportingCurrency?: Maybe<ConvertedTotal>;
  wonTotals: Array<MoneyTotal>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Pipeline = {
  __typename?: 'Pipeline';
  /** When the pipeline was archived (left out of pipelines, takes no new deals); null when active. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /**
   * Closed deals count for the stage rates when they closed within this many months (default 12):
   * whole UTC days from the day after this day that many months ago, as the dashboard's 12 months.
   */
  stageRateWindowMonths: Scalars['Int']['output'];
  /** How many closed deals in the window the stage rates were computed from. */
  stageRatesClosedDeals: Scalars['Int']['output'];
  /** When the stage rates were last recomputed (after a close or reopen, a stage change, start-up). */
  stageRatesComputedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Stages in board order. */
  stages: Array<PipelineStage>;
};

export type PipelineStage = {
  __typename?: 'PipelineStage';
  dealCount: Scalars['Int']['output'];
  /**
   * Deals of this stage in board order. Long columns load in pages: \`first\` deals (100 when not
   * given, never the whole column) after the deal at \`afterPosition\` (the \`position\` of the
   * last deal already loaded).
   */
  deals: Array<Deal>;
  /**
   * The probability deals are weighted by: 1 for Won, 0 for Lost; for open stages the prior blended
   * with the learned rate as a Beta prior worth 20 deals, made non-decreasing along the stage order.
   */
  effectiveProbability?: Maybe<Scalars['Float']['output']>;
  /** The threshold entered by hand; null when not set. */
  handRottingDays?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  kind: StageKind;
  /**
   * Learned from this pipeline's deal history: the share of closed deals (in the pipeline's
   * \`stageRateWindowMonths\`) that passed the stage and were won. Null below 5 such deals.
   */
  learnedConversionRate?: Maybe<Scalars['Float']['output']>;
  /**
   * The 80th percentile of the days deals spent in the stage before moving on (stays that ended in the
   * pipeline's window), rounded up; null below 5 such stays.
   */
  learnedRottingDays?: Maybe<Scalars['Int']['output']>;
  /** How many closed deals passed the stage in the window: the sample behind the learned rate. */
  learnedSampleSize: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  order: Scalars['Int']['output'];
  pipeline: Pipeline;
  /**
   * The prior of the stage's rate, 0..1: the hand-entered probability, else a value interpolated
   * along the stage order (0 before the first stage, 1 after the last). Null for Won and Lost stages.
   */
  priorProbability?: Maybe<Scalars['Float']['output']>;
  /** Entered by hand, 0..1; null when not set. The prior the stage's learned rate is blended with. */
  probability?: Maybe<Scalars['Float']['output']>;
  /**
   * Days in the stage after which a deal is rotting: the hand-entered threshold, else the one learned
   * from the stage's history; null when neither exists (the stage's deals never rot).
   */
  rottingDays?: Maybe<Scalars['Int']['output']>;
  /** totals in the reporting currency at today's rates; null without a reporting currency. */
  totalInReportingCurrency?: Maybe<ConvertedTotal>;
  /**
   * Sum of the values of the stage's deals (0 when none); null when they are in more than one currency.
   * @deprecated Use totals: amounts in different currencies do not add up.
   */
  totalValue?: Maybe<Scalars['Decimal']['output']>;
  /** Sum of the values of the stage's deals, one total per currency (sorted by currency). */
  totals: Array<MoneyTotal>;
  /** weightedTotals in the reporting currency at today's rates. */
  weightedInReportingCurrency?: Maybe<ConvertedTotal>;
  /**
   * Deal values weighted by the stage's probability (hand-entered, else learned), one total per
   * currency (sorted by currency).
   */
  weightedTotals: Array<MoneyTotal>;
  /**
   * Weighted value of the stage's deals (0 when none); null when they are in more than one currency.
   * @deprecated Use weightedTotals: amounts in different currencies do not add up.
   */
  weightedValue?: Maybe<Scalars['Decimal']['output']>;
};


export type PipelineStageDealCountArgs = {
  filter?: InputMaybe<DealFilter>;
};


export type PipelineStageDealsArgs = {
  afterPosition?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<DealFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PipelineStageTotalInReportingCurrencyArgs = {
  filter?: InputMaybe<DealFilter>;
};


export type PipelineStageTotalValueArgs = {
  filter?: InputMaybe<DealFilter>;
};


export type PipelineStageTotalsArgs = {
  filter?: InputMaybe<DealFilter>;
};


export type PipelineStageWeightedInReportingCurrencyArgs = {
  filter?: InputMaybe<DealFilter>;
};


export type PipelineStageWeightedTotalsArgs = {
  filter?: InputMaybe<DealFilter>;
};


export type PipelineStageWeightedValueArgs = {
  filter?: InputMaybe<DealFilter>;
};

export type PipelineStats = {
  __typename?: 'PipelineStats';
  /**
   * Average won deal value; null when none was won or they are in more than one currency.
   * @deprecated Use averageWonValues: amounts in different currencies do not add up.
   */
  averageWonValue?: Maybe<Scalars['Decimal']['output']>;
  /** Average value of the deals won in the period, one per currency (sorted by currency). */
  averageWonValues: Array<MoneyTotal>;
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

export type PlanActivityInput = {
  /** Exactly one of dealId and leadId. */
  dealId?: InputMaybe<Scalars['ID']['input']>;
  /** Within ten years of today. */
  dueAt: Scalars['DateTime']['input'];
  leadId?: InputMaybe<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** The caller when omitted; reps plan only for themselves. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  subject: Scalars['String']['input'];
  type: PlannedActivityType;
};

export type PlannedActivity = {
  __typename?: 'PlannedActivity';
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  deal?: Maybe<Deal>;
  dueAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Open and due before now. */
  isOverdue: Scalars['Boolean']['output'];
  lead?: Maybe<Lead>;
  note?: Maybe<Scalars['String']['output']>;
  /** Whole days since it fell due (0 when not overdue). */
  overdueDays: Scalars['Int']['output'];
  owner?: Maybe<User>;
  ownerId: Scalars['ID']['output'];
  status: PlannedActivityStatus;
  subject: Scalars['String']['output'];
  type: PlannedActivityType;
};

export type PlannedActivityConnection = {
  __typename?: 'PlannedActivityConnection';
  edges: Array<PlannedActivityEdge>;
  pageInfo: PageInfo;
};

export type PlannedActivityEdge = {
  __typename?: 'PlannedActivityEdge';
  cursor: Scalars['String']['output'];
  node: PlannedActivity;
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

export type Query = {
  __typename?: 'Query';
  activeScoringModel?: Maybe<ScoringModel>;
  automationRuns: Array<AutomationRun>;
  automations: Array<Automation>;
  conditionFields: Array<ConditionField>;
  /** The tenant's reporting currency. */
  currencySettings: CurrencySettings;
  deal?: Maybe<Deal>;
  /** A deal's timeline, newest first. */
  dealActivities: Array<Activity>;
  /** The tenant's deal models, newest first. */
  dealWinModels: Array<DealWinModel>;
  deals: DealConnection;
  dryRunAutomation: AutomationDryRun;
  /**
   * Who would get which lead: evaluates rules (the given ones, else the saved ones) against the
   * newest \`first\` open leads without an owner, the leads routing routes (among \`leadIds\` when
   * given, at most 1,000 ids); changes nothing.
   */
  dryRunRouting: RoutingDryRun;
  /** Stored rates, newest day first: of one currency (either side) and a day range when given. */
  exchangeRates: Array<ExchangeRate>;
  /**
   * Forecast by month of expected close: won (committed), best case and expected (won + open deals
   * weighted by their stage rate), against the stored target, with each rep's attainment. Open deals
   * whose expected close date has passed are counted in the current month and flagged as overdue.
   */
  forecast: Array<ForecastMonth>;
  /** The last `months` past months of one pipeline (or all), oldest first. */
  forecastTrackRecord: ForecastTrackRecord;
  lead?: Maybe<Lead>;
  leadActivities: Array<Activity>;
  /**
   * How many of the tenant's leads (any status) have each value of an engagement count: emails,
   * calls, meetings and site visits, exact. The score explanation says where a lead's count stands
   * among them ("2 meetings held, among the top 20 % of 500 leads").
   */
  leadEngagementDistribution: Array<EngagementDistribution>;
  /** Number of leads per score decile (0-9, 10-19, ... 90-100) among open leads. */
  leadScoreDistribution: Array<ScoreBucket>;
  leadSources: Array<Scalars['String']['output']>;
  leads: LeadConnection;
  me?: Maybe<User>;
  /**
   * Open planned activities due today (before the end of the day in timeZone, an IANA name) and
   * overdue, earliest first: the signed-in user's, or ownerId's.
   */
  myDay: PlannedActivityConnection;
  pipeline?: Maybe<Pipeline>;
  pipelineStats: PipelineStats;
  /** The tenant's pipelines in board order; archived ones only with includeArchived. */
  pipelines: Array<Pipeline>;
  rottingDeals: Array<Deal>;
  routingRules: Array<RoutingRule>;
  routingRuns: Array<RoutingRun>;
  routingSettings: RoutingSettings;
  /** Stored sales targets, by month (YYYY-MM, inclusive range) and scope. */
  salesTargets: Array<SalesTarget>;
  /** Scoring models of the tenant, newest first. */
  scoringModels: Array<ScoringModel>;
  scoringRun?: Maybe<ScoringRun>;
  /**
   * Deals, leads and customers matching query (3 to 100 characters, any case, typos tolerated),
   * best first, ties by kind and id. Deleted deals and leads are not found. When more than 1,000
   * deals, leads or customers contain the query, the best of the first 1,000 found of that kind are
   * returned: type more to narrow it.
   */
  search: Array<SearchResult>;
  /** The tenant's restorable deleted deals and leads, most recently deleted first. */
  trash: TrashPage;
  /** Open deals of the scope without an expected close date: in no month of any forecast until one is set. */
  undatedOpenDeals: UndatedOpenDeals;
  users: Array<User>;
};


export type QueryAutomationRunsArgs = {
  filter?: InputMaybe<RunLogFilter>;
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


export type QueryDryRunAutomationArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  input: AutomationInput;
};


export type QueryDryRunRoutingArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  leadIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  rules?: InputMaybe<Array<RoutingRuleInput>>;
};


export type QueryExchangeRatesArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryForecastArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  pipelineId?: InputMaybe<Scalars['ID']['input']>;
  targets?: InputMaybe<Array<MonthTargetInput>>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryForecastTrackRecordArgs = {
  months?: InputMaybe<Scalars['Int']['input']>;
  pipelineId?: InputMaybe<Scalars['ID']['input']>;
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


export type QueryMyDayArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPipelineArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPipelineStatsArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  pipelineId: Scalars['ID']['input'];
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryPipelinesArgs = {
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryRottingDealsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  pipelineId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryRoutingRunsArgs = {
  filter?: InputMaybe<RunLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySalesTargetsArgs = {
  fromMonth?: InputMaybe<Scalars['String']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  pipelineId?: InputMaybe<Scalars['ID']['input']>;
  toMonth?: InputMaybe<Scalars['String']['input']>;
};


export type QueryScoringRunArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


export type QueryTrashArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<TrashKind>;
};


export type QueryUndatedOpenDealsArgs = {
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  pipelineId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * A converted lead's outcome is its deal's, known when the deal closes; a disqualified lead's is known
 * at once. The tenant's own leads decided within \`days\` (the time 90 % of converted leads' deals
 * took to close) are left out whatever their outcome: among them only the losses would be known yet.
 * Imported history is kept (its file gave every outcome).
 */
export type RecentLeftOut = {
  __typename?: 'RecentLeftOut';
  days: Scalars['Int']['output'];
  /** Imported leads decided in those days, kept (their file gave every outcome); null before this was counted. */
  importedKept?: Maybe<Scalars['Int']['output']>;
  /** Deals of leads converted in those days that are still open. */
  pendingConversions: Scalars['Int']['output'];
  /** Decided leads with an outcome left out. */
  rows: Scalars['Int']['output'];
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

export type RoutingAssignment =
  /** The users in ownerIds in turn, skipping unavailable users and users at capacity. */
  | 'ROUND_ROBIN'
  /** Always the one user in ownerIds. */
  | 'USER';

/** Who would get which lead under a rule set, without changing anything. */
export type RoutingDryRun = {
  __typename?: 'RoutingDryRun';
  assignments: Array<DryRunAssignment>;
  evaluated: Scalars['Int']['output'];
  /** Leads per owner (null owner: left unassigned). */
  totals: Array<DryRunTotal>;
};

/** A routing member's availability and capacity (open leads routing may give them). */
export type RoutingMember = {
  __typename?: 'RoutingMember';
  available: Scalars['Boolean']['output'];
  capacity?: Maybe<Scalars['Int']['output']>;
  openLeads: Scalars['Int']['output'];
  user: User;
};

export type RoutingOutcome =
  | 'ASSIGNED'
  | 'FAILED'
  | 'NO_MATCH'
  | 'SKIPPED'
  | 'UNCHANGED';

export type RoutingRule = {
  __typename?: 'RoutingRule';
  assignment: RoutingAssignment;
  conditions: Array<Condition>;
  enabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  match: ConditionMatch;
  name: Scalars['String']['output'];
  /** The owner who gets the next lead in a round-robin. */
  nextOwner?: Maybe<User>;
  owners: Array<User>;
  position: Scalars['Int']['output'];
};

export type RoutingRuleInput = {
  assignment: RoutingAssignment;
  conditions: Array<ConditionInput>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  match?: InputMaybe<ConditionMatch>;
  name: Scalars['String']['input'];
  ownerIds: Array<Scalars['ID']['input']>;
};

/** One routing decision for one lead: every rule tested, in order, and what was done. */
export type RoutingRun = {
  __typename?: 'RoutingRun';
  assignedTo?: Maybe<User>;
  createdAt: Scalars['DateTime']['output'];
  error?: Maybe<Scalars['String']['output']>;
  evaluations: Array<RuleEvaluation>;
  id: Scalars['ID']['output'];
  lead?: Maybe<Lead>;
  leadId: Scalars['ID']['output'];
  outcome: RoutingOutcome;
  previousOwner?: Maybe<User>;
  reason: Scalars['String']['output'];
  rule?: Maybe<RoutingRule>;
  trigger: Scalars['String']['output'];
};

export type RoutingSettings = {
  __typename?: 'RoutingSettings';
  fallbackOwner?: Maybe<User>;
  members: Array<RoutingMember>;
};

export type RuleEvaluation = {
  __typename?: 'RuleEvaluation';
  detail: Scalars['String']['output'];
  matched: Scalars['Boolean']['output'];
  ruleId?: Maybe<Scalars['ID']['output']>;
  ruleName: Scalars['String']['output'];
};

export type RunLogFilter = {
  automationId?: InputMaybe<Scalars['ID']['input']>;
  dealId?: InputMaybe<Scalars['ID']['input']>;
  leadId?: InputMaybe<Scalars['ID']['input']>;
  ruleId?: InputMaybe<Scalars['ID']['input']>;
};

/** A monthly sales target (quota) for a pipeline or all, and a rep or the whole team. */
export type SalesTarget = {
  __typename?: 'SalesTarget';
  amount: Scalars['Decimal']['output'];
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** YYYY-MM */
  month: Scalars['String']['output'];
  /** Null: the whole team. */
  owner?: Maybe<User>;
  /** Null: all pipelines. */
  pipeline?: Maybe<Pipeline>;
};

export type SalesTargetInput = {
  /** 0 or more; stored with two decimals. */
  amount: Scalars['Decimal']['input'];
  /** ISO 4217; defaults to the pipeline's currency (required without a pipeline). */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM */
  month: Scalars['String']['input'];
  /** Omit for the whole team's target. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Omit for a target over all pipelines. */
  pipelineId?: InputMaybe<Scalars['ID']['input']>;
};

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

/** One match: a deal (by title), a lead (by name, company or email) or a customer (by name). */
export type SearchResult = {
  __typename?: 'SearchResult';
  customer?: Maybe<Customer>;
  deal?: Maybe<Deal>;
  id: Scalars['ID']['output'];
  kind: SearchResultKind;
  lead?: Maybe<Lead>;
  /**
   * Higher is better: 3 for a field equal to the query, 2 for one starting with it, 1 for one
   * containing it, plus the trigram word similarity (0-1) of the query to the searched text (a
   * lead's name, company and email together); typos match by similarity alone.
   */
  rank: Scalars['Float']['output'];
  /** The lead's company and email; null for deals and customers. */
  subtitle?: Maybe<Scalars['String']['output']>;
  /** The deal's title, the lead's name or the customer's name. */
  title: Scalars['String']['output'];
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

/** The stage rates (learned from the training deals only) measured on a deal model's holdout. */
export type StageRateBaseline = {
  __typename?: 'StageRateBaseline';
  auc: Scalars['Float']['output'];
  logLoss: Scalars['Float']['output'];
};

export type StageStats = {
  __typename?: 'StageStats';
  dealCount: Scalars['Int']['output'];
  learnedConversionRate?: Maybe<Scalars['Float']['output']>;
  /** Median days deals spent in this stage before leaving it. */
  medianDays?: Maybe<Scalars['Float']['output']>;
  probability?: Maybe<Scalars['Float']['output']>;
  stage: PipelineStage;
  /** totals in the reporting currency at today's rates; null without a reporting currency. */
  totalInReportingCurrency?: Maybe<ConvertedTotal>;
  /**
   * Sum of the values of the stage's deals (0 when none); null when in more than one currency.
   * @deprecated Use totals: amounts in different currencies do not add up.
   */
  totalValue?: Maybe<Scalars['Decimal']['output']>;
  /** Sum of the values of the stage's deals, one total per currency (sorted by currency). */
  totals: Array<MoneyTotal>;
  weightedInReportingCurrency?: Maybe<ConvertedTotal>;
  /** Those values weighted by the stage's probability, one total per currency (sorted by currency). */
  weightedTotals: Array<MoneyTotal>;
  /**
   * Weighted value of the stage's deals (0 when none); null when in more than one currency.
   * @deprecated Use weightedTotals: amounts in different currencies do not add up.
   */
  weightedValue?: Maybe<Scalars['Decimal']['output']>;
};

/** A deleted deal or lead that can still be restored (restoreDeal / restoreLead). */
export type TrashItem = {
  __typename?: 'TrashItem';
  /** Whether the caller may restore it: its owner, a manager or an admin. */
  canRestore: Scalars['Boolean']['output'];
  /** Whole days left before restorableUntil, rounded down: 0 on the last day. */
  daysLeft: Scalars['Int']['output'];
  deletedAt: Scalars['DateTime']['output'];
  /** Who deleted it (null when that user no longer exists). */
  deletedBy?: Maybe<User>;
  /** The id it had and gets back when restored. */
  id: Scalars['ID']['output'];
  kind: TrashKind;
  /** The end of the restore window: deletedAt plus 30 days. */
  restorableUntil: Scalars['DateTime']['output'];
  /** The deal's title or the lead's name when it was deleted. */
  title: Scalars['String']['output'];
};

export type TrashKind =
  | 'DEAL'
  | 'LEAD';

export type TrashPage = {
  __typename?: 'TrashPage';
  items: Array<TrashItem>;
  pageInfo: PageInfo;
};

/** Open deals without an expected close date, which no forecast month counts. */
export type UndatedOpenDeals = {
  __typename?: 'UndatedOpenDeals';
  dealCount: Scalars['Int']['output'];
  /** Their values at full value, one total per currency (sorted by currency). */
  totals: Array<MoneyTotal>;
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
  /**
   * Save even when the new email, or the new name and company, are another open lead's. Without it
   * an open lead's change to them is refused as createLead refuses a duplicate (CONFLICT,
   * DUPLICATE_LEAD) and nothing is written.
   */
  allowDuplicate?: InputMaybe<Scalars['Boolean']['input']>;
  company?: InputMaybe<Scalars['String']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/**
 * probability and rottingDays are an open stage's (Won weighs 1, Lost 0, closed deals do not rot);
 * a value and its clear flag together are refused.
 */
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

/** Where a deal's win probability came from (ADR 039). */
export type WinProbabilitySource =
  /** The tenant's deal model, trained on its closed deals. */
  | 'MODEL'
  /** The stage's blended rate (hand value blended with closed deals): too few closed deals, no model that beat the stage rates, or not scored yet. */
  | 'STAGE_RATE';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Customer: Customer;
  Deal: Deal;
  Lead: Lead;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  Deal:
    ( { __typename: 'Deal' }
    & GraphQLRecursivePick<FederationTypes['Deal'], {"id":true}> );
  Lead:
    ( { __typename: 'Lead' }
    & GraphQLRecursivePick<FederationTypes['Lead'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Activity: ResolverTypeWrapper<ActivityModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ActivityType: ActivityType;
  AppliedRate: ResolverTypeWrapper<AppliedRate>;
  Automation: ResolverTypeWrapper<AutomationModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AutomationAction: ResolverTypeWrapper<AutomationActionParent>;
  AutomationActionInput: AutomationActionInput;
  AutomationActionType: AutomationActionType;
  AutomationDryRun: ResolverTypeWrapper<Omit<AutomationDryRun, 'samples'> & { samples: Array<ResolversTypes['AutomationDryRunSample']> }>;
  AutomationDryRunSample: ResolverTypeWrapper<Omit<AutomationDryRunSample, 'deal' | 'lead'> & { deal?: Maybe<ResolversTypes['Deal']>, lead?: Maybe<ResolversTypes['Lead']> }>;
  AutomationInput: AutomationInput;
  AutomationOutcome: AutomationOutcome;
  AutomationRun: ResolverTypeWrapper<AutomationRunParent>;
  AutomationTrigger: AutomationTrigger;
  CalibrationPoint: ResolverTypeWrapper<CalibrationPoint>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Condition: ResolverTypeWrapper<Condition>;
  ConditionField: ResolverTypeWrapper<ConditionField>;
  ConditionFieldScope: ConditionFieldScope;
  ConditionFieldType: ConditionFieldType;
  ConditionInput: ConditionInput;
  ConditionMatch: ConditionMatch;
  ConditionOperator: ConditionOperator;
  ConvertLeadInput: ConvertLeadInput;
  ConvertedTotal: ResolverTypeWrapper<ConvertedTotal>;
  CreateDealInput: CreateDealInput;
  CreateLeadInput: CreateLeadInput;
  CreateStageInput: CreateStageInput;
  CrossingDirection: CrossingDirection;
  CurrencySettings: ResolverTypeWrapper<CurrencySettings>;
  Customer: ResolverTypeWrapper<CustomerParent>;
  CustomerSignals: ResolverTypeWrapper<CustomerSignals>;
  CustomerSignalsInput: CustomerSignalsInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Deal: ResolverTypeWrapper<DealModel>;
  DealConnection: ResolverTypeWrapper<DealConnectionParent>;
  DealEdge: ResolverTypeWrapper<Omit<DealEdge, 'node'> & { node: ResolversTypes['Deal'] }>;
  DealFilter: DealFilter;
  DealOrder: DealOrder;
  DealOrderField: DealOrderField;
  DealWinModel: ResolverTypeWrapper<DealWinModel>;
  DealWinProbability: ResolverTypeWrapper<DealWinProbabilityParent>;
  DealWinRetrainResult: ResolverTypeWrapper<DealWinRetrainResult>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DifferenceInterval: ResolverTypeWrapper<DifferenceInterval>;
  DryRunAssignment: ResolverTypeWrapper<Omit<DryRunAssignment, 'lead' | 'owner'> & { lead: ResolversTypes['Lead'], owner?: Maybe<ResolversTypes['User']> }>;
  DryRunTotal: ResolverTypeWrapper<Omit<DryRunTotal, 'owner'> & { owner?: Maybe<ResolversTypes['User']> }>;
  EngagementDistribution: ResolverTypeWrapper<EngagementDistribution>;
  EngagementValueCount: ResolverTypeWrapper<EngagementValueCount>;
  ExchangeRate: ResolverTypeWrapper<ExchangeRateModel>;
  ExchangeRateInput: ExchangeRateInput;
  ForecastAccuracyMonth: ResolverTypeWrapper<ForecastAccuracyMonth>;
  ForecastMonth: ResolverTypeWrapper<Omit<ForecastMonth, 'owners'> & { owners: Array<ResolversTypes['OwnerForecast']> }>;
  ForecastSource: ForecastSource;
  ForecastTrackRecord: ResolverTypeWrapper<ForecastTrackRecord>;
  ImportResult: ResolverTypeWrapper<ImportResult>;
  ImportRowError: ResolverTypeWrapper<ImportRowError>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Lead: ResolverTypeWrapper<LeadModel>;
  LeadConnection: ResolverTypeWrapper<LeadConnectionParent>;
  LeadEdge: ResolverTypeWrapper<Omit<LeadEdge, 'node'> & { node: ResolversTypes['Lead'] }>;
  LeadFilter: LeadFilter;
  LeadOrder: LeadOrder;
  LeadOrderField: LeadOrderField;
  LeadScore: ResolverTypeWrapper<LeadScoreParent>;
  LeadScoreExplanation: ResolverTypeWrapper<LeadScoreExplanationParent>;
  LeadScoreSnapshot: ResolverTypeWrapper<LeadScoreSnapshotModel>;
  LeadStatus: LeadStatus;
  LogActivityInput: LogActivityInput;
  LoggedActivityType: LoggedActivityType;
  ModelComparison: ResolverTypeWrapper<ModelComparison>;
  ModelMetrics: ResolverTypeWrapper<ModelMetrics>;
  MoneyTotal: ResolverTypeWrapper<MoneyTotal>;
  MonthTargetInput: MonthTargetInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OwnerForecast: ResolverTypeWrapper<Omit<OwnerForecast, 'owner'> & { owner?: Maybe<ResolversTypes['User']> }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Pipeline: ResolverTypeWrapper<PipelineModel>;
  PipelineStage: ResolverTypeWrapper<PipelineStageModel>;
  PipelineStats: ResolverTypeWrapper<Omit<PipelineStats, 'pipeline' | 'stages'> & { pipeline: ResolversTypes['Pipeline'], stages: Array<ResolversTypes['StageStats']> }>;
  PlanActivityInput: PlanActivityInput;
  PlannedActivity: ResolverTypeWrapper<PlannedActivityModel>;
  PlannedActivityConnection: ResolverTypeWrapper<PlannedActivityConnectionParent>;
  PlannedActivityEdge: ResolverTypeWrapper<Omit<PlannedActivityEdge, 'node'> & { node: ResolversTypes['PlannedActivity'] }>;
  PlannedActivityStatus: PlannedActivityStatus;
  PlannedActivityType: PlannedActivityType;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecentLeftOut: ResolverTypeWrapper<RecentLeftOut>;
  RefreshScoresResult: ResolverTypeWrapper<Omit<RefreshScoresResult, 'run'> & { run: ResolversTypes['ScoringRun'] }>;
  RetrainResult: ResolverTypeWrapper<Omit<RetrainResult, 'model'> & { model: ResolversTypes['ScoringModel'] }>;
  Role: Role;
  RoutingAssignment: RoutingAssignment;
  RoutingDryRun: ResolverTypeWrapper<Omit<RoutingDryRun, 'assignments' | 'totals'> & { assignments: Array<ResolversTypes['DryRunAssignment']>, totals: Array<ResolversTypes['DryRunTotal']> }>;
  RoutingMember: ResolverTypeWrapper<Omit<RoutingMember, 'user'> & { user: ResolversTypes['User'] }>;
  RoutingOutcome: RoutingOutcome;
  RoutingRule: ResolverTypeWrapper<RoutingRuleModel>;
  RoutingRuleInput: RoutingRuleInput;
  RoutingRun: ResolverTypeWrapper<RoutingRunModel>;
  RoutingSettings: ResolverTypeWrapper<Omit<RoutingSettings, 'fallbackOwner' | 'members'> & { fallbackOwner?: Maybe<ResolversTypes['User']>, members: Array<ResolversTypes['RoutingMember']> }>;
  RuleEvaluation: ResolverTypeWrapper<RuleEvaluation>;
  RunLogFilter: RunLogFilter;
  SalesTarget: ResolverTypeWrapper<SalesTargetModel>;
  SalesTargetInput: SalesTargetInput;
  ScoreBucket: ResolverTypeWrapper<ScoreBucket>;
  ScoreExplanation: ResolverTypeWrapper<ScoreExplanation>;
  ScoreFactor: ResolverTypeWrapper<ScoreFactor>;
  ScoreImprovement: ResolverTypeWrapper<ScoreImprovement>;
  ScoringModel: ResolverTypeWrapper<ScoringModelModel>;
  ScoringRun: ResolverTypeWrapper<ScoringRunModel>;
  SearchResult: ResolverTypeWrapper<SearchResultParent>;
  SearchResultKind: SearchResultKind;
  SortDirection: SortDirection;
  StageKind: StageKind;
  StageRateBaseline: ResolverTypeWrapper<StageRateBaseline>;
  StageStats: ResolverTypeWrapper<Omit<StageStats, 'stage'> & { stage: ResolversTypes['PipelineStage'] }>;
  TrashItem: ResolverTypeWrapper<Omit<TrashItem, 'deletedBy'> & { deletedBy?: Maybe<ResolversTypes['User']> }>;
  TrashKind: TrashKind;
  TrashPage: ResolverTypeWrapper<Omit<TrashPage, 'items'> & { items: Array<ResolversTypes['TrashItem']> }>;
  UndatedOpenDeals: ResolverTypeWrapper<UndatedOpenDeals>;
  UpdateDealInput: UpdateDealInput;
  UpdateLeadInput: UpdateLeadInput;
  UpdateStageInput: UpdateStageInput;
  User: ResolverTypeWrapper<UserModel>;
  WinProbabilitySource: WinProbabilitySource;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Activity: ActivityModel;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AppliedRate: AppliedRate;
  Automation: AutomationModel;
  Boolean: Scalars['Boolean']['output'];
  AutomationAction: AutomationActionParent;
  AutomationActionInput: AutomationActionInput;
  AutomationDryRun: Omit<AutomationDryRun, 'samples'> & { samples: Array<ResolversParentTypes['AutomationDryRunSample']> };
  AutomationDryRunSample: Omit<AutomationDryRunSample, 'deal' | 'lead'> & { deal?: Maybe<ResolversParentTypes['Deal']>, lead?: Maybe<ResolversParentTypes['Lead']> };
  AutomationInput: AutomationInput;
  AutomationRun: AutomationRunParent;
  CalibrationPoint: CalibrationPoint;
  Float: Scalars['Float']['output'];
  Condition: Condition;
  ConditionField: ConditionField;
  ConditionInput: ConditionInput;
  ConvertLeadInput: ConvertLeadInput;
  ConvertedTotal: ConvertedTotal;
  CreateDealInput: CreateDealInput;
  CreateLeadInput: CreateLeadInput;
  CreateStageInput: CreateStageInput;
  CurrencySettings: CurrencySettings;
  Customer: CustomerParent;
  CustomerSignals: CustomerSignals;
  CustomerSignalsInput: CustomerSignalsInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Deal: DealModel;
  DealConnection: DealConnectionParent;
  DealEdge: Omit<DealEdge, 'node'> & { node: ResolversParentTypes['Deal'] };
  DealFilter: DealFilter;
  DealOrder: DealOrder;
  DealWinModel: DealWinModel;
  DealWinProbability: DealWinProbabilityParent;
  DealWinRetrainResult: DealWinRetrainResult;
  Decimal: Scalars['Decimal']['output'];
  DifferenceInterval: DifferenceInterval;
  DryRunAssignment: Omit<DryRunAssignment, 'lead' | 'owner'> & { lead: ResolversParentTypes['Lead'], owner?: Maybe<ResolversParentTypes['User']> };
  DryRunTotal: Omit<DryRunTotal, 'owner'> & { owner?: Maybe<ResolversParentTypes['User']> };
  EngagementDistribution: EngagementDistribution;
  EngagementValueCount: EngagementValueCount;
  ExchangeRate: ExchangeRateModel;
  ExchangeRateInput: ExchangeRateInput;
  ForecastAccuracyMonth: ForecastAccuracyMonth;
  ForecastMonth: Omit<ForecastMonth, 'owners'> & { owners: Array<ResolversParentTypes['OwnerForecast']> };
  ForecastTrackRecord: ForecastTrackRecord;
  ImportResult: ImportResult;
  ImportRowError: ImportRowError;
  JSON: Scalars['JSON']['output'];
  Lead: LeadModel;
  LeadConnection: LeadConnectionParent;
  LeadEdge: Omit<LeadEdge, 'node'> & { node: ResolversParentTypes['Lead'] };
  LeadFilter: LeadFilter;
  LeadOrder: LeadOrder;
  LeadScore: LeadScoreParent;
  LeadScoreExplanation: LeadScoreExplanationParent;
  LeadScoreSnapshot: LeadScoreSnapshotModel;
  LogActivityInput: LogActivityInput;
  ModelComparison: ModelComparison;
  ModelMetrics: ModelMetrics;
  MoneyTotal: MoneyTotal;
  MonthTargetInput: MonthTargetInput;
  Mutation: Record<PropertyKey, never>;
  OwnerForecast: Omit<OwnerForecast, 'owner'> & { owner?: Maybe<ResolversParentTypes['User']> };
  PageInfo: PageInfo;
  Pipeline: PipelineModel;
  PipelineStage: PipelineStageModel;
  PipelineStats: Omit<PipelineStats, 'pipeline' | 'stages'> & { pipeline: ResolversParentTypes['Pipeline'], stages: Array<ResolversParentTypes['StageStats']> };
  PlanActivityInput: PlanActivityInput;
  PlannedActivity: PlannedActivityModel;
  PlannedActivityConnection: PlannedActivityConnectionParent;
  PlannedActivityEdge: Omit<PlannedActivityEdge, 'node'> & { node: ResolversParentTypes['PlannedActivity'] };
  Query: Record<PropertyKey, never>;
  RecentLeftOut: RecentLeftOut;
  RefreshScoresResult: Omit<RefreshScoresResult, 'run'> & { run: ResolversParentTypes['ScoringRun'] };
  RetrainResult: Omit<RetrainResult, 'model'> & { model: ResolversParentTypes['ScoringModel'] };
  RoutingDryRun: Omit<RoutingDryRun, 'assignments' | 'totals'> & { assignments: Array<ResolversParentTypes['DryRunAssignment']>, totals: Array<ResolversParentTypes['DryRunTotal']> };
  RoutingMember: Omit<RoutingMember, 'user'> & { user: ResolversParentTypes['User'] };
  RoutingRule: RoutingRuleModel;
  RoutingRuleInput: RoutingRuleInput;
  RoutingRun: RoutingRunModel;
  RoutingSettings: Omit<RoutingSettings, 'fallbackOwner' | 'members'> & { fallbackOwner?: Maybe<ResolversParentTypes['User']>, members: Array<ResolversParentTypes['RoutingMember']> };
  RuleEvaluation: RuleEvaluation;
  RunLogFilter: RunLogFilter;
  SalesTarget: SalesTargetModel;
  SalesTargetInput: SalesTargetInput;
  ScoreBucket: ScoreBucket;
  ScoreExplanation: ScoreExplanation;
  ScoreFactor: ScoreFactor;
  ScoreImprovement: ScoreImprovement;
  ScoringModel: ScoringModelModel;
  ScoringRun: ScoringRunModel;
  SearchResult: SearchResultParent;
  StageRateBaseline: StageRateBaseline;
  StageStats: Omit<StageStats, 'stage'> & { stage: ResolversParentTypes['PipelineStage'] };
  TrashItem: Omit<TrashItem, 'deletedBy'> & { deletedBy?: Maybe<ResolversParentTypes['User']> };
  TrashPage: Omit<TrashPage, 'items'> & { items: Array<ResolversParentTypes['TrashItem']> };
  UndatedOpenDeals: UndatedOpenDeals;
  UpdateDealInput: UpdateDealInput;
  UpdateLeadInput: UpdateLeadInput;
  UpdateStageInput: UpdateStageInput;
  User: UserModel;
  Int: Scalars['Int']['output'];
}>;

export type LimitDirectiveArgs = {
  max: Scalars['Int']['input'];
  min?: Maybe<Scalars['Int']['input']>;
};

export type LimitDirectiveResolver<Result, Parent, ContextType = Context, Args = LimitDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActivityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Activity'] = ResolversParentTypes['Activity']> = ResolversObject<{
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deal?: Resolver<Maybe<ResolversTypes['Deal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  payload?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ActivityType'], ParentType, ContextType>;
}>;

export type AppliedRateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AppliedRate'] = ResolversParentTypes['AppliedRate']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  converted?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  fromCurrency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toCurrency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AutomationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Automation'] = ResolversParentTypes['Automation']> = ResolversObject<{
  actions?: Resolver<Array<ResolversTypes['AutomationAction']>, ParentType, ContextType>;
  conditions?: Resolver<Array<ResolversTypes['Condition']>, ParentType, ContextType>;
  direction?: Resolver<Maybe<ResolversTypes['CrossingDirection']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  match?: Resolver<ResolversTypes['ConditionMatch'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['PipelineStage']>, ParentType, ContextType>;
  threshold?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  trigger?: Resolver<ResolversTypes['AutomationTrigger'], ParentType, ContextType>;
}>;

export type AutomationActionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AutomationAction'] = ResolversParentTypes['AutomationAction']> = ResolversObject<{
  eventName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['PipelineStage']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['LeadStatus']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['AutomationActionType'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
}>;

export type AutomationDryRunResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AutomationDryRun'] = ResolversParentTypes['AutomationDryRun']> = ResolversObject<{
  evaluated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  matched?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  samples?: Resolver<Array<ResolversTypes['AutomationDryRunSample']>, ParentType, ContextType>;
}>;

export type AutomationDryRunSampleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AutomationDryRunSample'] = ResolversParentTypes['AutomationDryRunSample']> = ResolversObject<{
  actions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  deal?: Resolver<Maybe<ResolversTypes['Deal']>, ParentType, ContextType>;
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AutomationRunResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AutomationRun'] = ResolversParentTypes['AutomationRun']> = ResolversObject<{
  actions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  automation?: Resolver<Maybe<ResolversTypes['Automation']>, ParentType, ContextType>;
  automationName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deal?: Resolver<Maybe<ResolversTypes['Deal']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['AutomationOutcome'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CalibrationPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CalibrationPoint'] = ResolversParentTypes['CalibrationPoint']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  observed?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  predicted?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ConditionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Condition'] = ResolversParentTypes['Condition']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  operator?: Resolver<ResolversTypes['ConditionOperator'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  values?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
}>;

export type ConditionFieldResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConditionField'] = ResolversParentTypes['ConditionField']> = ResolversObject<{
  choices?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operators?: Resolver<Array<ResolversTypes['ConditionOperator']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['ConditionFieldScope'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ConditionFieldType'], ParentType, ContextType>;
}>;

export type ConvertedTotalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConvertedTotal'] = ResolversParentTypes['ConvertedTotal']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rates?: Resolver<Array<ResolversTypes['AppliedRate']>, ParentType, ContextType>;
  unconverted?: Resolver<Array<ResolversTypes['MoneyTotal']>, ParentType, ContextType>;
}>;

export type CurrencySettingsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CurrencySettings'] = ResolversParentTypes['CurrencySettings']> = ResolversObject<{
  reportingCurrency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  deals?: Resolver<Array<ResolversTypes['Deal']>, ParentType, ContextType, RequireFields<CustomerDealsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leadScore?: Resolver<Maybe<ResolversTypes['LeadScore']>, ParentType, ContextType>;
  openDealInReportingCurrency?: Resolver<Maybe<ResolversTypes['ConvertedTotal']>, ParentType, ContextType>;
  openDealTotals?: Resolver<Array<ResolversTypes['MoneyTotal']>, ParentType, ContextType>;
  openDealValue?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  signals?: Resolver<Maybe<ResolversTypes['CustomerSignals']>, ParentType, ContextType>;
  weightedDealInReportingCurrency?: Resolver<Maybe<ResolversTypes['ConvertedTotal']>, ParentType, ContextType>;
  weightedDealTotals?: Resolver<Array<ResolversTypes['MoneyTotal']>, ParentType, ContextType>;
  weightedDealValue?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  wonDealInReportingCurrency?: Resolver<Maybe<ResolversTypes['ConvertedTotal']>, ParentType, ContextType>;
  wonDealTotals?: Resolver<Array<ResolversTypes['MoneyTotal']>, ParentType, ContextType>;
  wonDealValue?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
}>;

export type CustomerSignalsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerSignals'] = ResolversParentTypes['CustomerSignals']> = ResolversObject<{
  activeUsers?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  annualRevenue?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employees?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  healthScore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  industry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mrr?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  plan?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  seats?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  usageTrend?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DealResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Deal'] = ResolversParentTypes['Deal'], FederationReferenceType extends FederationReferenceTypes['Deal'] = FederationReferenceTypes['Deal']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Deal']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activities?: Resolver<Array<ResolversTypes['Activity']>, ParentType, ContextType, RequireFields<DealActivitiesArgs, 'first'>>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  daysInStage?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expectedCloseDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isRotting?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType>;
  lostReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextActivity?: Resolver<Maybe<ResolversTypes['PlannedActivity']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  pipeline?: Resolver<ResolversTypes['Pipeline'], ParentType, ContextType>;
  plannedActivities?: Resolver<Array<ResolversTypes['PlannedActivity']>, ParentType, ContextType, RequireFields<DealPlannedActivitiesArgs, 'first' | 'includeDone'>>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['PipelineStage'], ParentType, ContextType>;
  stageEnteredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  winProbability?: Resolver<Maybe<ResolversTypes['DealWinProbability']>, ParentType, ContextType>;
}>;

export type DealConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DealConnection'] = ResolversParentTypes['DealConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DealEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DealEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DealEdge'] = ResolversParentTypes['DealEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Deal'], ParentType, ContextType>;
}>;

export type DealWinModelResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DealWinModel'] = ResolversParentTypes['DealWinModel']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  closedDealsBeforeHoldout?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  heldOutDeals?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metrics?: Resolver<Maybe<ResolversTypes['ModelMetrics']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stageRateBaseline?: Resolver<Maybe<ResolversTypes['StageRateBaseline']>, ParentType, ContextType>;
  trainedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  trainingFrom?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  trainingRows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  trainingTo?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DealWinProbabilityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DealWinProbability'] = ResolversParentTypes['DealWinProbability']> = ResolversObject<{
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  explanation?: Resolver<Maybe<ResolversTypes['ScoreExplanation']>, ParentType, ContextType>;
  modelVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  probability?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  scoredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['WinProbabilitySource'], ParentType, ContextType>;
}>;

export type DealWinRetrainResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DealWinRetrainResult'] = ResolversParentTypes['DealWinRetrainResult']> = ResolversObject<{
  activated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  model?: Resolver<Maybe<ResolversTypes['DealWinModel']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type DifferenceIntervalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DifferenceInterval'] = ResolversParentTypes['DifferenceInterval']> = ResolversObject<{
  estimate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  high?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  low?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type DryRunAssignmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DryRunAssignment'] = ResolversParentTypes['DryRunAssignment']> = ResolversObject<{
  lead?: Resolver<ResolversTypes['Lead'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ruleName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DryRunTotalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DryRunTotal'] = ResolversParentTypes['DryRunTotal']> = ResolversObject<{
  leads?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type EngagementDistributionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EngagementDistribution'] = ResolversParentTypes['EngagementDistribution']> = ResolversObject<{
  feature?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['EngagementValueCount']>, ParentType, ContextType>;
}>;

export type EngagementValueCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EngagementValueCount'] = ResolversParentTypes['EngagementValueCount']> = ResolversObject<{
  leads?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExchangeRateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExchangeRate'] = ResolversParentTypes['ExchangeRate']> = ResolversObject<{
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  fromCurrency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toCurrency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ForecastAccuracyMonthResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ForecastAccuracyMonth'] = ResolversParentTypes['ForecastAccuracyMonth']> = ResolversObject<{
  absolutePercentageError?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  bestCase?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  forecast?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rates?: Resolver<Array<ResolversTypes['AppliedRate']>, ParentType, ContextType>;
  snapshotDay?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ForecastSource'], ParentType, ContextType>;
  unconverted?: Resolver<Array<ResolversTypes['MoneyTotal']>, ParentType, ContextType>;
  won?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type ForecastMonthResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ForecastMonth'] = ResolversParentTypes['ForecastMonth']> = ResolversObject<{
  bestCaseInReportingCurrency?: Resolver<Maybe<ResolversTypes['ConvertedTotal']>, ParentType, ContextType>;
  bestCaseTotals?: Resolver<Array<ResolversTypes['MoneyTotal']>, ParentType, ContextType>;
  dealCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expectedInReportingCurrency?: Resolver<Maybe<ResolversTypes['ConvertedTotal']>, ParentType, ContextType>;
  expectedTotals?: Resolver<Array<ResolversTypes['MoneyTotal']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overdueCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdueInReportingCurrency?: Resolver<Maybe<ResolversTypes['ConvertedTotal']>, ParentType, ContextType>;
  overdueTotals?: Resolver<Array<ResolversTypes['MoneyTotal']>, ParentType, ContextType>;
  ownerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  owners?: Resolver<Array<ResolversTypes['OwnerForecast']>, ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  targetTotal?: Resolver<Maybe<ResolversTypes['MoneyTotal']>, ParentType, ContextType>;
  totalInReportingCurrency?: Resolver<Maybe<ResolversTypes['ConvertedTotal']>, ParentType, ContextType>;
  totalValue?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  totals?: Resolver<Array<ResolversTypes['MoneyTotal']>, ParentType, ContextType>;
  weightedInReportingCurrency?: Resolver<Maybe<ResolversTypes['ConvertedTotal']>, ParentType, ContextType>;
  weightedTotals?: Resolver<Array<ResolversTypes['MoneyTotal']>, ParentType, ContextType>;
  weightedValue?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  wonInReportingCurrency?: Resolver<Maybe<ResolversTypes['ConvertedTotal']>, ParentType, ContextType>;
  wonTotals?: Resolver<Array<ResolversTypes['MoneyTotal']>, ParentType, ContextType>;
  wonValue?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
}>;

export type ForecastTrackRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ForecastTrackRecord'] = ResolversParentTypes['ForecastTrackRecord']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  errorMonths?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  meanAbsolutePercentageError?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  months?: Resolver<Array<ResolversTypes['ForecastAccuracyMonth']>, ParentType, ContextType>;
  weighting?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ImportResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportResult'] = ResolversParentTypes['ImportResult']> = ResolversObject<{
  alreadyImported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['ImportRowError']>, ParentType, ContextType>;
  imported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ImportRowErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportRowError'] = ResolversParentTypes['ImportRowError']> = ResolversObject<{
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LeadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Lead'] = ResolversParentTypes['Lead'], FederationReferenceType extends FederationReferenceTypes['Lead'] = FederationReferenceTypes['Lead']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Lead']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activities?: Resolver<Array<ResolversTypes['Activity']>, ParentType, ContextType, RequireFields<LeadActivitiesArgs, 'first'>>;
  callsCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  deal?: Resolver<Maybe<ResolversTypes['Deal']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  emailsCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastEngagedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  meetingsCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextActivity?: Resolver<Maybe<ResolversTypes['PlannedActivity']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  plannedActivities?: Resolver<Array<ResolversTypes['PlannedActivity']>, ParentType, ContextType, RequireFields<LeadPlannedActivitiesArgs, 'first' | 'includeDone'>>;
  probability?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  scoreBand?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scoreExplanation?: Resolver<Maybe<ResolversTypes['LeadScoreExplanation']>, ParentType, ContextType>;
  scoreHistory?: Resolver<Array<ResolversTypes['LeadScoreSnapshot']>, ParentType, ContextType, RequireFields<LeadScoreHistoryArgs, 'first'>>;
  scoreModelVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scoredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LeadStatus'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  visitsCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LeadConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LeadConnection'] = ResolversParentTypes['LeadConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LeadEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LeadEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LeadEdge'] = ResolversParentTypes['LeadEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Lead'], ParentType, ContextType>;
}>;

export type LeadScoreResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LeadScore'] = ResolversParentTypes['LeadScore']> = ResolversObject<{
  band?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['ScoreExplanation'], ParentType, ContextType>;
  lead?: Resolver<ResolversTypes['Lead'], ParentType, ContextType>;
  modelVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  probability?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scoredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type LeadScoreExplanationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LeadScoreExplanation'] = ResolversParentTypes['LeadScoreExplanation']> = ResolversObject<{
  baseline?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  bestImprovement?: Resolver<Maybe<ResolversTypes['ScoreImprovement']>, ParentType, ContextType>;
  factors?: Resolver<Array<ResolversTypes['ScoreFactor']>, ParentType, ContextType>;
  logit?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  model?: Resolver<ResolversTypes['ScoringModel'], ParentType, ContextType>;
  probability?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  topNegative?: Resolver<Array<ResolversTypes['ScoreFactor']>, ParentType, ContextType>;
  topPositive?: Resolver<Array<ResolversTypes['ScoreFactor']>, ParentType, ContextType>;
}>;

export type LeadScoreSnapshotResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LeadScoreSnapshot'] = ResolversParentTypes['LeadScoreSnapshot']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  factors?: Resolver<Array<ResolversTypes['ScoreFactor']>, ParentType, ContextType, RequireFields<LeadScoreSnapshotFactorsArgs, 'top'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  modelVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  probability?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ModelComparisonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModelComparison'] = ResolversParentTypes['ModelComparison']> = ResolversObject<{
  auc?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  aucDifference?: Resolver<Maybe<ResolversTypes['DifferenceInterval']>, ParentType, ContextType>;
  intervalLevel?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  logLoss?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  logLossDifference?: Resolver<Maybe<ResolversTypes['DifferenceInterval']>, ParentType, ContextType>;
  resamples?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ModelMetricsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModelMetrics'] = ResolversParentTypes['ModelMetrics']> = ResolversObject<{
  auc?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  calibration?: Resolver<Array<ResolversTypes['CalibrationPoint']>, ParentType, ContextType>;
  comparedWith?: Resolver<Maybe<ResolversTypes['ModelComparison']>, ParentType, ContextType>;
  ece?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  evaluatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  holdoutPositives?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  holdoutRows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  importedHoldoutRows?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  importedTrainingRows?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lift10?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  logLoss?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  prAuc?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  recentLeftOut?: Resolver<Maybe<ResolversTypes['RecentLeftOut']>, ParentType, ContextType>;
  trainingRowsWithCustomer?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  trainingRowsWithSignalsAtDecision?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type MoneyTotalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MoneyTotal'] = ResolversParentTypes['MoneyTotal']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addNote?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationAddNoteArgs, 'body'>>;
  archivePipeline?: Resolver<ResolversTypes['Pipeline'], ParentType, ContextType, RequireFields<MutationArchivePipelineArgs, 'id'>>;
  assignLead?: Resolver<ResolversTypes['Lead'], ParentType, ContextType, RequireFields<MutationAssignLeadArgs, 'id'>>;
  assignLeads?: Resolver<Array<ResolversTypes['Lead']>, ParentType, ContextType, RequireFields<MutationAssignLeadsArgs, 'ids'>>;
  cancelActivity?: Resolver<ResolversTypes['PlannedActivity'], ParentType, ContextType, RequireFields<MutationCancelActivityArgs, 'id'>>;
  completeActivity?: Resolver<ResolversTypes['PlannedActivity'], ParentType, ContextType, RequireFields<MutationCompleteActivityArgs, 'id'>>;
  convertLead?: Resolver<ResolversTypes['Deal'], ParentType, ContextType, RequireFields<MutationConvertLeadArgs, 'input'>>;
  createAutomation?: Resolver<ResolversTypes['Automation'], ParentType, ContextType, RequireFields<MutationCreateAutomationArgs, 'input'>>;
  createDeal?: Resolver<ResolversTypes['Deal'], ParentType, ContextType, RequireFields<MutationCreateDealArgs, 'input'>>;
  createLead?: Resolver<ResolversTypes['Lead'], ParentType, ContextType, RequireFields<MutationCreateLeadArgs, 'input'>>;
  createPipeline?: Resolver<ResolversTypes['Pipeline'], ParentType, ContextType, RequireFields<MutationCreatePipelineArgs, 'name'>>;
  createRoutingRule?: Resolver<ResolversTypes['RoutingRule'], ParentType, ContextType, RequireFields<MutationCreateRoutingRuleArgs, 'input'>>;
  createStage?: Resolver<ResolversTypes['PipelineStage'], ParentType, ContextType, RequireFields<MutationCreateStageArgs, 'input'>>;
  deleteAutomation?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteAutomationArgs, 'id'>>;
  deleteDeal?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteDealArgs, 'expectedVersion' | 'id'>>;
  deleteExchangeRate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteExchangeRateArgs, 'id'>>;
  deleteLead?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteLeadArgs, 'id'>>;
  deleteRoutingRule?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteRoutingRuleArgs, 'id'>>;
  deleteSalesTarget?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteSalesTargetArgs, 'id'>>;
  deleteStage?: Resolver<ResolversTypes['Pipeline'], ParentType, ContextType, RequireFields<MutationDeleteStageArgs, 'id' | 'targetStageId'>>;
  importLeadHistory?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportLeadHistoryArgs, 'csv'>>;
  logActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationLogActivityArgs, 'input'>>;
  markDealLost?: Resolver<ResolversTypes['Deal'], ParentType, ContextType, RequireFields<MutationMarkDealLostArgs, 'expectedVersion' | 'id' | 'reason'>>;
  markDealWon?: Resolver<ResolversTypes['Deal'], ParentType, ContextType, RequireFields<MutationMarkDealWonArgs, 'expectedVersion' | 'id'>>;
  mergeLeads?: Resolver<ResolversTypes['Lead'], ParentType, ContextType, RequireFields<MutationMergeLeadsArgs, 'sourceIds' | 'targetId'>>;
  moveDeal?: Resolver<ResolversTypes['Deal'], ParentType, ContextType, RequireFields<MutationMoveDealArgs, 'expectedVersion' | 'id' | 'position' | 'stageId'>>;
  planActivity?: Resolver<ResolversTypes['PlannedActivity'], ParentType, ContextType, RequireFields<MutationPlanActivityArgs, 'input'>>;
  refreshLeadScores?: Resolver<ResolversTypes['RefreshScoresResult'], ParentType, ContextType, Partial<MutationRefreshLeadScoresArgs>>;
  renamePipeline?: Resolver<ResolversTypes['Pipeline'], ParentType, ContextType, RequireFields<MutationRenamePipelineArgs, 'id' | 'name'>>;
  reopenDeal?: Resolver<ResolversTypes['Deal'], ParentType, ContextType, RequireFields<MutationReopenDealArgs, 'expectedVersion' | 'id'>>;
  reorderAutomations?: Resolver<Array<ResolversTypes['Automation']>, ParentType, ContextType, RequireFields<MutationReorderAutomationsArgs, 'ids'>>;
  reorderRoutingRules?: Resolver<Array<ResolversTypes['RoutingRule']>, ParentType, ContextType, RequireFields<MutationReorderRoutingRulesArgs, 'ids'>>;
  reorderStages?: Resolver<ResolversTypes['Pipeline'], ParentType, ContextType, RequireFields<MutationReorderStagesArgs, 'pipelineId' | 'stageIds'>>;
  rescheduleActivity?: Resolver<ResolversTypes['PlannedActivity'], ParentType, ContextType, RequireFields<MutationRescheduleActivityArgs, 'dueAt' | 'id'>>;
  restoreDeal?: Resolver<ResolversTypes['Deal'], ParentType, ContextType, RequireFields<MutationRestoreDealArgs, 'id'>>;
  restoreLead?: Resolver<ResolversTypes['Lead'], ParentType, ContextType, RequireFields<MutationRestoreLeadArgs, 'id'>>;
  restorePipeline?: Resolver<ResolversTypes['Pipeline'], ParentType, ContextType, RequireFields<MutationRestorePipelineArgs, 'id'>>;
  retrainDealWinModel?: Resolver<ResolversTypes['DealWinRetrainResult'], ParentType, ContextType>;
  retrainScoringModel?: Resolver<ResolversTypes['RetrainResult'], ParentType, ContextType>;
  routeLeads?: Resolver<Array<ResolversTypes['RoutingRun']>, ParentType, ContextType, RequireFields<MutationRouteLeadsArgs, 'ids'>>;
  setExchangeRates?: Resolver<Array<ResolversTypes['ExchangeRate']>, ParentType, ContextType, RequireFields<MutationSetExchangeRatesArgs, 'rates'>>;
  setLeadStatus?: Resolver<ResolversTypes['Lead'], ParentType, ContextType, RequireFields<MutationSetLeadStatusArgs, 'id' | 'status'>>;
  setLeadsStatus?: Resolver<Array<ResolversTypes['Lead']>, ParentType, ContextType, RequireFields<MutationSetLeadsStatusArgs, 'ids' | 'status'>>;
  setReportingCurrency?: Resolver<ResolversTypes['CurrencySettings'], ParentType, ContextType, RequireFields<MutationSetReportingCurrencyArgs, 'currency'>>;
  setRoutingFallback?: Resolver<ResolversTypes['RoutingSettings'], ParentType, ContextType, Partial<MutationSetRoutingFallbackArgs>>;
  setRoutingMember?: Resolver<ResolversTypes['RoutingMember'], ParentType, ContextType, RequireFields<MutationSetRoutingMemberArgs, 'available' | 'userId'>>;
  setSalesTarget?: Resolver<ResolversTypes['SalesTarget'], ParentType, ContextType, RequireFields<MutationSetSalesTargetArgs, 'input'>>;
  setStageRateWindow?: Resolver<ResolversTypes['Pipeline'], ParentType, ContextType, RequireFields<MutationSetStageRateWindowArgs, 'months' | 'pipelineId'>>;
  updateAutomation?: Resolver<ResolversTypes['Automation'], ParentType, ContextType, RequireFields<MutationUpdateAutomationArgs, 'id' | 'input'>>;
  updateDeal?: Resolver<ResolversTypes['Deal'], ParentType, ContextType, RequireFields<MutationUpdateDealArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateLead?: Resolver<ResolversTypes['Lead'], ParentType, ContextType, RequireFields<MutationUpdateLeadArgs, 'id' | 'input'>>;
  updateRoutingRule?: Resolver<ResolversTypes['RoutingRule'], ParentType, ContextType, RequireFields<MutationUpdateRoutingRuleArgs, 'id' | 'input'>>;
  updateStage?: Resolver<ResolversTypes['PipelineStage'], ParentType, ContextType, RequireFields<MutationUpdateStageArgs, 'id' | 'input'>>;
  upsertCustomerSignals?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationUpsertCustomerSignalsArgs, 'input'>>;
  upsertCustomerSignalsBatch?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationUpsertCustomerSignalsBatchArgs, 'inputs'>>;
}>;

export type OwnerForecastResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OwnerForecast'] = ResolversParentTypes['OwnerForecast']> = ResolversObject<{
  attainment?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  dealCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expectedInReportingCurrency?: Resolver<Maybe<ResolversTypes['ConvertedTotal']>, ParentType, ContextType>;
  expectedTotals?: Resolver<Array<ResolversTypes['MoneyTotal']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  ownerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['MoneyTotal']>, ParentType, ContextType>;
  wonInReportingCurrency?: Resolver<Maybe<ResolversTypes['ConvertedTotal']>, ParentType, ContextType>;
  wonTotals?: Resolver<Array<ResolversTypes['MoneyTotal']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PipelineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Pipeline'] = ResolversParentTypes['Pipeline']> = ResolversObject<{
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stageRateWindowMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stageRatesClosedDeals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stageRatesComputedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['PipelineStage']>, ParentType, ContextType>;
}>;

export type PipelineStageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PipelineStage'] = ResolversParentTypes['PipelineStage']> = ResolversObject<{
  dealCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType, Partial<PipelineStageDealCountArgs>>;
  deals?: Resolver<Array<ResolversTypes['Deal']>, ParentType, ContextType, RequireFields<PipelineStageDealsArgs, 'first'>>;
  effectiveProbability?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  handRottingDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StageKind'], ParentType, ContextType>;
  learnedConversionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  learnedRottingDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  learnedSampleSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pipeline?: Resolver<ResolversTypes['Pipeline'], ParentType, ContextType>;
  priorProbability?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  probability?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rottingDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  totalInReportingCurrency?: Resolver<Maybe<ResolversTypes['ConvertedTotal']>, ParentType, ContextType, Partial<PipelineStageTotalInReportingCurrencyArgs>>;
  totalValue?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType, Partial<PipelineStageTotalValueArgs>>;
  totals?: Resolver<Array<ResolversTypes['MoneyTotal']>, ParentType, ContextType, Partial<PipelineStageTotalsArgs>>;
  weightedInReportingCurrency?: Resolver<Maybe<ResolversTypes['ConvertedTotal']>, ParentType, ContextType, Partial<PipelineStageWeightedInReportingCurrencyArgs>>;
  weightedTotals?: Resolver<Array<ResolversTypes['MoneyTotal']>, ParentType, ContextType, Partial<PipelineStageWeightedTotalsArgs>>;
  weightedValue?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType, Partial<PipelineStageWeightedValueArgs>>;
}>;

export type PipelineStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PipelineStats'] = ResolversParentTypes['PipelineStats']> = ResolversObject<{
  averageWonValue?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  averageWonValues?: Resolver<Array<ResolversTypes['MoneyTotal']>, ParentType, ContextType>;
  lostCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  medianDaysToClose?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  pipeline?: Resolver<ResolversTypes['Pipeline'], ParentType, ContextType>;
  rottingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['StageStats']>, ParentType, ContextType>;
  winRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  wonCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PlannedActivityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlannedActivity'] = ResolversParentTypes['PlannedActivity']> = ResolversObject<{
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deal?: Resolver<Maybe<ResolversTypes['Deal']>, ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  overdueDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  ownerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PlannedActivityStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['PlannedActivityType'], ParentType, ContextType>;
}>;

export type PlannedActivityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlannedActivityConnection'] = ResolversParentTypes['PlannedActivityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PlannedActivityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PlannedActivityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlannedActivityEdge'] = ResolversParentTypes['PlannedActivityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PlannedActivity'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  activeScoringModel?: Resolver<Maybe<ResolversTypes['ScoringModel']>, ParentType, ContextType>;
  automationRuns?: Resolver<Array<ResolversTypes['AutomationRun']>, ParentType, ContextType, RequireFields<QueryAutomationRunsArgs, 'first'>>;
  automations?: Resolver<Array<ResolversTypes['Automation']>, ParentType, ContextType>;
  conditionFields?: Resolver<Array<ResolversTypes['ConditionField']>, ParentType, ContextType>;
  currencySettings?: Resolver<ResolversTypes['CurrencySettings'], ParentType, ContextType>;
  deal?: Resolver<Maybe<ResolversTypes['Deal']>, ParentType, ContextType, RequireFields<QueryDealArgs, 'id'>>;
  dealActivities?: Resolver<Array<ResolversTypes['Activity']>, ParentType, ContextType, RequireFields<QueryDealActivitiesArgs, 'dealId' | 'first'>>;
  dealWinModels?: Resolver<Array<ResolversTypes['DealWinModel']>, ParentType, ContextType>;
  deals?: Resolver<ResolversTypes['DealConnection'], ParentType, ContextType, RequireFields<QueryDealsArgs, 'first'>>;
  dryRunAutomation?: Resolver<ResolversTypes['AutomationDryRun'], ParentType, ContextType, RequireFields<QueryDryRunAutomationArgs, 'first' | 'input'>>;
  dryRunRouting?: Resolver<ResolversTypes['RoutingDryRun'], ParentType, ContextType, RequireFields<QueryDryRunRoutingArgs, 'first'>>;
  exchangeRates?: Resolver<Array<ResolversTypes['ExchangeRate']>, ParentType, ContextType, RequireFields<QueryExchangeRatesArgs, 'first'>>;
  forecast?: Resolver<Array<ResolversTypes['ForecastMonth']>, ParentType, ContextType, Partial<QueryForecastArgs>>;
  forecastTrackRecord?: Resolver<ResolversTypes['ForecastTrackRecord'], ParentType, ContextType, RequireFields<QueryForecastTrackRecordArgs, 'months'>>;
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType, RequireFields<QueryLeadArgs, 'id'>>;
  leadActivities?: Resolver<Array<ResolversTypes['Activity']>, ParentType, ContextType, RequireFields<QueryLeadActivitiesArgs, 'first' | 'leadId'>>;
  leadEngagementDistribution?: Resolver<Array<ResolversTypes['EngagementDistribution']>, ParentType, ContextType>;
  leadScoreDistribution?: Resolver<Array<ResolversTypes['ScoreBucket']>, ParentType, ContextType>;
  leadSources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  leads?: Resolver<ResolversTypes['LeadConnection'], ParentType, ContextType, RequireFields<QueryLeadsArgs, 'first'>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  myDay?: Resolver<ResolversTypes['PlannedActivityConnection'], ParentType, ContextType, RequireFields<QueryMyDayArgs, 'first' | 'timeZone'>>;
  pipeline?: Resolver<Maybe<ResolversTypes['Pipeline']>, ParentType, ContextType, RequireFields<QueryPipelineArgs, 'id'>>;
  pipelineStats?: Resolver<ResolversTypes['PipelineStats'], ParentType, ContextType, RequireFields<QueryPipelineStatsArgs, 'pipelineId'>>;
  pipelines?: Resolver<Array<ResolversTypes['Pipeline']>, ParentType, ContextType, RequireFields<QueryPipelinesArgs, 'includeArchived'>>;
  rottingDeals?: Resolver<Array<ResolversTypes['Deal']>, ParentType, ContextType, RequireFields<QueryRottingDealsArgs, 'first'>>;
  routingRules?: Resolver<Array<ResolversTypes['RoutingRule']>, ParentType, ContextType>;
  routingRuns?: Resolver<Array<ResolversTypes['RoutingRun']>, ParentType, ContextType, RequireFields<QueryRoutingRunsArgs, 'first'>>;
  routingSettings?: Resolver<ResolversTypes['RoutingSettings'], ParentType, ContextType>;
  salesTargets?: Resolver<Array<ResolversTypes['SalesTarget']>, ParentType, ContextType, Partial<QuerySalesTargetsArgs>>;
  scoringModels?: Resolver<Array<ResolversTypes['ScoringModel']>, ParentType, ContextType>;
  scoringRun?: Resolver<Maybe<ResolversTypes['ScoringRun']>, ParentType, ContextType, RequireFields<QueryScoringRunArgs, 'id'>>;
  search?: Resolver<Array<ResolversTypes['SearchResult']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  trash?: Resolver<ResolversTypes['TrashPage'], ParentType, ContextType, RequireFields<QueryTrashArgs, 'first'>>;
  undatedOpenDeals?: Resolver<ResolversTypes['UndatedOpenDeals'], ParentType, ContextType, Partial<QueryUndatedOpenDealsArgs>>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type RecentLeftOutResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecentLeftOut'] = ResolversParentTypes['RecentLeftOut']> = ResolversObject<{
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  importedKept?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pendingConversions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RefreshScoresResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RefreshScoresResult'] = ResolversParentTypes['RefreshScoresResult']> = ResolversObject<{
  rescored?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  run?: Resolver<ResolversTypes['ScoringRun'], ParentType, ContextType>;
}>;

export type RetrainResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RetrainResult'] = ResolversParentTypes['RetrainResult']> = ResolversObject<{
  activated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  model?: Resolver<ResolversTypes['ScoringModel'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RoutingDryRunResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoutingDryRun'] = ResolversParentTypes['RoutingDryRun']> = ResolversObject<{
  assignments?: Resolver<Array<ResolversTypes['DryRunAssignment']>, ParentType, ContextType>;
  evaluated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totals?: Resolver<Array<ResolversTypes['DryRunTotal']>, ParentType, ContextType>;
}>;

export type RoutingMemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoutingMember'] = ResolversParentTypes['RoutingMember']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  openLeads?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type RoutingRuleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoutingRule'] = ResolversParentTypes['RoutingRule']> = ResolversObject<{
  assignment?: Resolver<ResolversTypes['RoutingAssignment'], ParentType, ContextType>;
  conditions?: Resolver<Array<ResolversTypes['Condition']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  match?: Resolver<ResolversTypes['ConditionMatch'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextOwner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  owners?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RoutingRunResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoutingRun'] = ResolversParentTypes['RoutingRun']> = ResolversObject<{
  assignedTo?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evaluations?: Resolver<Array<ResolversTypes['RuleEvaluation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType>;
  leadId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['RoutingOutcome'], ParentType, ContextType>;
  previousOwner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['RoutingRule']>, ParentType, ContextType>;
  trigger?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RoutingSettingsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoutingSettings'] = ResolversParentTypes['RoutingSettings']> = ResolversObject<{
  fallbackOwner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['RoutingMember']>, ParentType, ContextType>;
}>;

export type RuleEvaluationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RuleEvaluation'] = ResolversParentTypes['RuleEvaluation']> = ResolversObject<{
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matched?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ruleId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  ruleName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SalesTargetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SalesTarget'] = ResolversParentTypes['SalesTarget']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  pipeline?: Resolver<Maybe<ResolversTypes['Pipeline']>, ParentType, ContextType>;
}>;

export type ScoreBucketResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScoreBucket'] = ResolversParentTypes['ScoreBucket']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ScoreExplanationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScoreExplanation'] = ResolversParentTypes['ScoreExplanation']> = ResolversObject<{
  baseline?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  factors?: Resolver<Array<ResolversTypes['ScoreFactor']>, ParentType, ContextType>;
}>;

export type ScoreFactorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScoreFactor'] = ResolversParentTypes['ScoreFactor']> = ResolversObject<{
  contribution?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  feature?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ScoreImprovementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScoreImprovement'] = ResolversParentTypes['ScoreImprovement']> = ResolversObject<{
  feature?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newProbability?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  newScore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ScoringModelResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScoringModel'] = ResolversParentTypes['ScoringModel']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metrics?: Resolver<Maybe<ResolversTypes['ModelMetrics']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  trainedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  trainingFrom?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  trainingRows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  trainingTo?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ScoringRunResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScoringRun'] = ResolversParentTypes['ScoringRun']> = ResolversObject<{
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  processed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SearchResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult']> = ResolversObject<{
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  deal?: Resolver<Maybe<ResolversTypes['Deal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SearchResultKind'], ParentType, ContextType>;
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  subtitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StageRateBaselineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StageRateBaseline'] = ResolversParentTypes['StageRateBaseline']> = ResolversObject<{
  auc?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  logLoss?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type StageStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StageStats'] = ResolversParentTypes['StageStats']> = ResolversObject<{
  dealCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  learnedConversionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  medianDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  probability?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['PipelineStage'], ParentType, ContextType>;
  totalInReportingCurrency?: Resolver<Maybe<ResolversTypes['ConvertedTotal']>, ParentType, ContextType>;
  totalValue?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  totals?: Resolver<Array<ResolversTypes['MoneyTotal']>, ParentType, ContextType>;
  weightedInReportingCurrency?: Resolver<Maybe<ResolversTypes['ConvertedTotal']>, ParentType, ContextType>;
  weightedTotals?: Resolver<Array<ResolversTypes['MoneyTotal']>, ParentType, ContextType>;
  weightedValue?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
}>;

export type TrashItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TrashItem'] = ResolversParentTypes['TrashItem']> = ResolversObject<{
  canRestore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  daysLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deletedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deletedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TrashKind'], ParentType, ContextType>;
  restorableUntil?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TrashPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TrashPage'] = ResolversParentTypes['TrashPage']> = ResolversObject<{
  items?: Resolver<Array<ResolversTypes['TrashItem']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type UndatedOpenDealsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UndatedOpenDeals'] = ResolversParentTypes['UndatedOpenDeals']> = ResolversObject<{
  dealCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totals?: Resolver<Array<ResolversTypes['MoneyTotal']>, ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  capacity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Activity?: ActivityResolvers<ContextType>;
  AppliedRate?: AppliedRateResolvers<ContextType>;
  Automation?: AutomationResolvers<ContextType>;
  AutomationAction?: AutomationActionResolvers<ContextType>;
  AutomationDryRun?: AutomationDryRunResolvers<ContextType>;
  AutomationDryRunSample?: AutomationDryRunSampleResolvers<ContextType>;
  AutomationRun?: AutomationRunResolvers<ContextType>;
  CalibrationPoint?: CalibrationPointResolvers<ContextType>;
  Condition?: ConditionResolvers<ContextType>;
  ConditionField?: ConditionFieldResolvers<ContextType>;
  ConvertedTotal?: ConvertedTotalResolvers<ContextType>;
  CurrencySettings?: CurrencySettingsResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerSignals?: CustomerSignalsResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Deal?: DealResolvers<ContextType>;
  DealConnection?: DealConnectionResolvers<ContextType>;
  DealEdge?: DealEdgeResolvers<ContextType>;
  DealWinModel?: DealWinModelResolvers<ContextType>;
  DealWinProbability?: DealWinProbabilityResolvers<ContextType>;
  DealWinRetrainResult?: DealWinRetrainResultResolvers<ContextType>;
  Decimal?: GraphQLScalarType;
  DifferenceInterval?: DifferenceIntervalResolvers<ContextType>;
  DryRunAssignment?: DryRunAssignmentResolvers<ContextType>;
  DryRunTotal?: DryRunTotalResolvers<ContextType>;
  EngagementDistribution?: EngagementDistributionResolvers<ContextType>;
  EngagementValueCount?: EngagementValueCountResolvers<ContextType>;
  ExchangeRate?: ExchangeRateResolvers<ContextType>;
  ForecastAccuracyMonth?: ForecastAccuracyMonthResolvers<ContextType>;
  ForecastMonth?: ForecastMonthResolvers<ContextType>;
  ForecastTrackRecord?: ForecastTrackRecordResolvers<ContextType>;
  ImportResult?: ImportResultResolvers<ContextType>;
  ImportRowError?: ImportRowErrorResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Lead?: LeadResolvers<ContextType>;
  LeadConnection?: LeadConnectionResolvers<ContextType>;
  LeadEdge?: LeadEdgeResolvers<ContextType>;
  LeadScore?: LeadScoreResolvers<ContextType>;
  LeadScoreExplanation?: LeadScoreExplanationResolvers<ContextType>;
  LeadScoreSnapshot?: LeadScoreSnapshotResolvers<ContextType>;
  ModelComparison?: ModelComparisonResolvers<ContextType>;
  ModelMetrics?: ModelMetricsResolvers<ContextType>;
  MoneyTotal?: MoneyTotalResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OwnerForecast?: OwnerForecastResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Pipeline?: PipelineResolvers<ContextType>;
  PipelineStage?: PipelineStageResolvers<ContextType>;
  PipelineStats?: PipelineStatsResolvers<ContextType>;
  PlannedActivity?: PlannedActivityResolvers<ContextType>;
  PlannedActivityConnection?: PlannedActivityConnectionResolvers<ContextType>;
  PlannedActivityEdge?: PlannedActivityEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecentLeftOut?: RecentLeftOutResolvers<ContextType>;
  RefreshScoresResult?: RefreshScoresResultResolvers<ContextType>;
  RetrainResult?: RetrainResultResolvers<ContextType>;
  RoutingDryRun?: RoutingDryRunResolvers<ContextType>;
  RoutingMember?: RoutingMemberResolvers<ContextType>;
  RoutingRule?: RoutingRuleResolvers<ContextType>;
  RoutingRun?: RoutingRunResolvers<ContextType>;
  RoutingSettings?: RoutingSettingsResolvers<ContextType>;
  RuleEvaluation?: RuleEvaluationResolvers<ContextType>;
  SalesTarget?: SalesTargetResolvers<ContextType>;
  ScoreBucket?: ScoreBucketResolvers<ContextType>;
  ScoreExplanation?: ScoreExplanationResolvers<ContextType>;
  ScoreFactor?: ScoreFactorResolvers<ContextType>;
  ScoreImprovement?: ScoreImprovementResolvers<ContextType>;
  ScoringModel?: ScoringModelResolvers<ContextType>;
  ScoringRun?: ScoringRunResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  StageRateBaseline?: StageRateBaselineResolvers<ContextType>;
  StageStats?: StageStatsResolvers<ContextType>;
  TrashItem?: TrashItemResolvers<ContextType>;
  TrashPage?: TrashPageResolvers<ContextType>;
  UndatedOpenDeals?: UndatedOpenDealsResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = Context> = ResolversObject<{
  limit?: LimitDirectiveResolver<any, any, ContextType>;
}>;
