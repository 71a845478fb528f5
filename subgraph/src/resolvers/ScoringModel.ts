import type { ScoringModelResolvers } from '../__generated__/resolvers-types';
import { servedMetrics } from '../services/leadScoring/storedMetrics';

export const ScoringModel: ScoringModelResolvers = {
  kind: (model) => model.kind,
  metrics: (model) => servedMetrics(model),
};
