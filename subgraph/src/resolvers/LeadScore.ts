import type { LeadScoreResolvers } from '../__generated__/resolvers-types';
import { explainLead } from '../services/leadScoring/explainLead';
import { scoreBand } from '../services/leadScoring/scoreBand';
import { scoredValue } from '../services/leadScoring/scoredValue';

export const LeadScore: LeadScoreResolvers = {
  lead: ({ lead }) => lead,
  score: ({ lead }) => scoredValue(lead, lead.score, 'score'),
  probability: ({ lead }) => scoredValue(lead, lead.probability, 'probability'),
  band: ({ lead }) => scoreBand(scoredValue(lead, lead.score, 'band')),
  modelVersion: ({ lead }) => scoredValue(lead, lead.scoreModelVersion, 'modelVersion'),
  scoredAt: ({ lead }) => scoredValue(lead, lead.scoredAt, 'scoredAt'),
  explanation: async ({ lead }, _args, { loaders }) => {
    const explanation = scoredValue(lead, await explainLead(loaders, lead), 'explanation');
    return { baseline: explanation.baseline, factors: explanation.factors };
  },
};
