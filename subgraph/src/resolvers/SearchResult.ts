import type { SearchResultResolvers } from '../__generated__/resolvers-types';

export const SearchResult: SearchResultResolvers = {
  deal: (result, _args, { loaders }) =>
    result.kind === 'DEAL' ? loaders.deal.load(result.id) : null,
  lead: (result, _args, { loaders }) =>
    result.kind === 'LEAD' ? loaders.lead.load(result.id) : null,
  customer: (result) => (result.kind === 'CUSTOMER' ? { id: result.id } : null),
};
