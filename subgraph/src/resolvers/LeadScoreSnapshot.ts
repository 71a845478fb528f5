import type { LeadScoreSnapshotResolvers } from '../__generated__/resolvers-types';
import { snapshotFactors } from '../services/leadScoring/snapshotFactors';

export const LeadScoreSnapshot: LeadScoreSnapshotResolvers = {
  factors: (snapshot, { top }, { loaders }) => snapshotFactors(loaders, snapshot, top ?? 5),
};
