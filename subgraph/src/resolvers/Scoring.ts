import type { MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { findActiveScoringModel } from '../services/leadScoring/findActiveScoringModel';
import { findScoringRun } from '../services/leadScoring/findScoringRun';
import { importLeadHistory } from '../services/leadScoring/importLeadHistory';
import { leadScoreDistribution } from '../services/leadScoring/leadScoreDistribution';
import { leadEngagementDistribution } from '../services/leads/leadEngagementDistribution';
import { listScoringModels } from '../services/leadScoring/listScoringModels';
import { refreshLeadScores } from '../services/leadScoring/refreshLeadScores';
import { retrainScoringModel } from '../services/leadScoring/retrainScoringModel';

export const scoringQueryResolvers: QueryResolvers = {
  scoringModels: (_parent, _args, context) => listScoringModels(context),
  activeScoringModel: (_parent, _args, context) => findActiveScoringModel(context),
  leadScoreDistribution: (_parent, _args, context) => leadScoreDistribution(context),
  leadEngagementDistribution: (_parent, _args, context) => leadEngagementDistribution(context),
  scoringRun: (_parent, args, context) => findScoringRun(context, args),
};

export const scoringMutationResolvers: MutationResolvers = {
  refreshLeadScores: (_parent, args, context) => refreshLeadScores(context, args),
  retrainScoringModel: (_parent, _args, context) => retrainScoringModel(context),
  importLeadHistory: (_parent, args, context) => importLeadHistory(context, args),
};
