import type { ActivityResolvers } from '../__generated__/resolvers-types';
import { leadFor } from './Lead';

export const Activity: ActivityResolvers = {
  actor: (activity, _args, { loaders }) =>
    activity.actorId ? loaders.user.load(activity.actorId) : null,
  deal: (activity, _args, { loaders }) =>
    activity.dealId ? loaders.deal.load(activity.dealId) : null,
  lead: (activity, _args, { loaders }, info) =>
    activity.leadId ? leadFor(loaders, activity.leadId, info) : null,
};
