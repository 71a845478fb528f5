import type { ModelMetrics, ScoringModelResolvers } from '../__generated__/resolvers-types';

export const ScoringModel: ScoringModelResolvers = {
  kind: (model) => model.kind,
  // Stored by retrainLeadModel in the shape of ModelMetrics (see storedMetrics).
  metrics: (model) => (model.metrics ?? null) as ModelMetrics | null,
};
