import type { DealConnectionResolvers } from '../__generated__/resolvers-types';

export const DealConnection: DealConnectionResolvers = {
  totalCount: (page) => page.totalCount(),
};
