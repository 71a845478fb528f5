import type { LeadConnectionResolvers } from '../__generated__/resolvers-types';

export const LeadConnection: LeadConnectionResolvers = {
  totalCount: (page) => page.totalCount(),
};
