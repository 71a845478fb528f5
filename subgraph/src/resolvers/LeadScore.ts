import type { LeadScoreResolvers } from '../__generated__/resolvers-types';
import { explainLead } from '../services/leadScoring/explainLead';
import { scoreBand } from '../services/leadScoring/scoreBand';

function scored<T>(value: T | null, field: string): T {
  if (value === null) throw new Error(`LeadScore.${field}: the lead has not been scored`);
  return value;
}

export const LeadScore: LeadScoreResolvers = {
  lead: ({ lead }) => lead,
  score: ({ lead }) => scored(lead.score, 'score'),
  probability: ({ lead }) => scored(lead.probability, 'probability'),
  band: ({ lead }) => scoreBand(scored(lead.score, 'band')),
  modelVersion: ({ lead }) => scored(lead.scoreModelVersion, 'modelVersion'),
  scoredAt: ({ lead }) => scored(lead.scoredAt, 'scoredAt'),
  explanation: async ({ lead }, _args, { loaders }) => {
    const explanation = scored(await explainLead(loaders, lead), 'explanation');
    return { baseline: explanation.baseline, factors: explanation.factors };
  },
};
