import type { Resolvers } from '../__generated__/resolvers-types';
import { Activity } from './Activity';
import {
  Automation,
  AutomationAction,
  AutomationRun,
  automationMutationResolvers,
  automationQueryResolvers,
} from './Automation';
import { Customer } from './Customer';
import { Deal } from './Deal';
import { DealWinProbability } from './DealWinProbability';
import { dealWinMutationResolvers, dealWinQueryResolvers } from './DealWinModel';
import {
  ExchangeRate,
  exchangeRateMutationResolvers,
  exchangeRateQueryResolvers,
} from './ExchangeRate';
import { ForecastMonth } from './ForecastMonth';
import { DealConnection } from './DealConnection';
import { Lead } from './Lead';
import { LeadConnection } from './LeadConnection';
import { Mutation } from './Mutation';
import { Pipeline } from './Pipeline';
import { PipelineStage } from './PipelineStage';
import { PlannedActivity } from './PlannedActivity';
import { LeadScore } from './LeadScore';
import { LeadScoreExplanation } from './LeadScoreExplanation';
import { LeadScoreSnapshot } from './LeadScoreSnapshot';
import { Query } from './Query';
import {
  RoutingRule,
  RoutingRun,
  routingMutationResolvers,
  routingQueryResolvers,
} from './RoutingRule';
import { scoringMutationResolvers, scoringQueryResolvers } from './Scoring';
import { ScoringModel } from './ScoringModel';
import { SearchResult } from './SearchResult';
import { StageStats } from './StageStats';
import { OwnerForecast, SalesTarget } from './SalesTarget';
import { trashQueryResolvers } from './TrashItem';
import { DateScalar, DateTime, Decimal, JSONScalar } from './scalars';

export const resolvers: Resolvers = {
  Decimal,
  DateTime,
  Date: DateScalar,
  JSON: JSONScalar,
  Query: {
    ...Query,
    ...scoringQueryResolvers,
    ...routingQueryResolvers,
    ...automationQueryResolvers,
    ...exchangeRateQueryResolvers,
    ...trashQueryResolvers,
    ...dealWinQueryResolvers,
  },
  Mutation: {
    ...Mutation,
    ...scoringMutationResolvers,
    ...routingMutationResolvers,
    ...automationMutationResolvers,
    ...dealWinMutationResolvers,
    ...exchangeRateMutationResolvers,
  },
  LeadScore,
  LeadScoreExplanation,
  DealWinProbability,
  LeadScoreSnapshot,
  ScoringModel,
  Customer,
  Deal,
  DealConnection,
  Lead,
  LeadConnection,
  Pipeline,
  PipelineStage,
  Activity,
  PlannedActivity,
  SearchResult,
  RoutingRule,
  RoutingRun,
  Automation,
  AutomationAction,
  AutomationRun,
  SalesTarget,
  OwnerForecast,
  ForecastMonth,
  StageStats,
  ExchangeRate,
};
