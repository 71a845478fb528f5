import type { ApolloCache } from '@apollo/client';

const COLUMN_FIELDS = ['deals', 'dealCount', 'totals', 'weightedTotals'];

/**
 * Drops the cached cards, counts and totals of a pipeline's columns after a deal left or came
 * back, so the board fetches them again when it is next shown instead of showing the old ones.
 */
export function forgetBoardColumns(cache: ApolloCache, stageIds: readonly string[]) {
  for (const id of stageIds)
    for (const fieldName of COLUMN_FIELDS)
      cache.evict({ id: cache.identify({ __typename: 'PipelineStage', id }), fieldName });
  cache.gc();
}
