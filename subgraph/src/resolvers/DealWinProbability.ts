import type { DealWinProbabilityResolvers } from '../__generated__/resolvers-types';
import { explainDealWinProbability } from '../services/dealWinProbability/dealWinProbability';

export const DealWinProbability: DealWinProbabilityResolvers = {
  explanation: (parent, _args, context) => explainDealWinProbability(context, parent),
};
