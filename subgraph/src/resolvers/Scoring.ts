import type { MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { importLeadHistory } from '../services/leadScoring/importLeadHistory';
import { leadScoreDistribution } from '../services/leadScoring/leadScoreDistribution';
import { refreshLeadScores } from '../services/leadScoring/refreshLeadScores';
import { retrainAndRescore } from '../services/leadScoring/retrainAndRescore';
import { assertManager } from '../services/common/authorize';

export const scoringQueryResolvers: QueryResolvers = {
  scoringModels: (_parent, _args, { prisma, tenantId }) =>
    prisma.scoringModel.findMany({ where: { tenantId }, orderBy: { version: 'desc' } }),
  activeScoringModel: (_parent, _args, { prisma, tenantId }) =>
    prisma.scoringModel.findFirst({
      where: { tenantId, active: true },
      orderBy: { version: 'desc' },
    }),
  leadScoreDistribution: (_parent, _args, { prisma, tenantId }) =>
    leadScoreDistribution(prisma, tenantId),
  scoringRun: (_parent, { id }, { prisma, tenantId }) =>
    prisma.scoringRun.findFirst({ where: { id, tenantId } }),
};

export const scoringMutationResolvers: MutationResolvers = {
  refreshLeadScores: (_parent, { ids }, { prisma, tenantId }) =>
    refreshLeadScores(prisma, tenantId, ids),
  retrainScoringModel: (_parent, _args, { prisma, tenantId, principal }) => {
    assertManager(principal, 'retrain the scoring model');
    return retrainAndRescore(prisma, tenantId);
  },
  importLeadHistory: (_parent, { csv }, { prisma, tenantId, principal }) => {
    assertManager(principal, 'import lead history');
    return importLeadHistory(prisma, tenantId, csv);
  },
};
