import type { LeadScoreExplanationResolvers } from '../__generated__/resolvers-types';
import { internalError } from '../services/common/errors';

export const LeadScoreExplanation: LeadScoreExplanationResolvers = {
  // The explanation was computed with this version's engine model (cached per process, ADR 053);
  // its row, with the model card's figures, is read only when asked for.
  model: async ({ modelVersion }, _args, { loaders }) => {
    const row = await loaders.scoringModel.load(modelVersion);
    if (!row) throw internalError(`Scoring model v${modelVersion} is missing`);
    return row;
  },
};
