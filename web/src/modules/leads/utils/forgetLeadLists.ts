import type { ApolloCache } from '@apollo/client';

/** Drops every cached page of the lead table (any filter or sort) after a lead came or went. */
export function forgetLeadLists(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'leads' });
  cache.gc();
}
