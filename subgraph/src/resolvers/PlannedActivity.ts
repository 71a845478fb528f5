import type { PlannedActivityResolvers } from '../__generated__/resolvers-types';
import { isOverdue, overdueDays } from '../services/plannedActivities/overdue';
import { leadFor } from './Lead';

export const PlannedActivity: PlannedActivityResolvers = {
  owner: (planned, _args, { loaders }) => loaders.user.load(planned.ownerId),
  isOverdue: (planned) => isOverdue(planned),
  overdueDays: (planned) => overdueDays(planned),
  deal: (planned, _args, { loaders }) =>
    planned.dealId ? loaders.deal.load(planned.dealId) : null,
  lead: (planned, _args, { loaders }, info) =>
    planned.leadId ? leadFor(loaders, planned.leadId, info) : null,
};
