import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import {
  BoardColumnDealIdsFragmentDoc,
  BoardColumnPageDocument,
  DealCard_DealFragmentDoc,
  type BoardColumnDealIdsFragment,
  type BoardColumnPageQuery,
  type BoardColumnPageQueryVariables,
  type BoardColumn_StageFragment,
  type DealFilter,
} from '../../../__generated__/graphql';
import { appendPage } from '../utils/appendPage';
import { boardPageSize } from '../utils/boardPageSize';
import { pageAfterPosition } from '../utils/pageAfterPosition';

/**
 * Loads the next `count` cards of a column and appends them to the list the board query stores,
 * so drags, moves and rollbacks work on loaded cards as on the first page. Resolves to the number
 * of cards added, or null when the column changed meanwhile and the page was dropped.
 */
export function useLoadMoreDeals(pipelineId: string, filter: DealFilter) {
  const client = useApolloClient();
  return useCallback(
    async (stage: BoardColumn_StageFragment, count: number): Promise<number | null> => {
      const unfiltered = Object.keys(filter).length === 0;
      const openFilter: DealFilter = { ...filter, status: 'OPEN' };
      const requestedAfter = { length: stage.deals.length, lastId: stage.deals.at(-1)?.id };
      // Not cached as a query: the cards are written as entities and their refs appended below.
      const { data } = await client.query<BoardColumnPageQuery, BoardColumnPageQueryVariables>({
        query: BoardColumnPageDocument,
        variables: {
          pipelineId,
          stageFilter: { ...openFilter, stageId: stage.id },
          first: count,
          afterPosition: pageAfterPosition(stage.deals, unfiltered),
        },
        fetchPolicy: 'no-cache',
      });
      const page = data?.pipeline?.stages.find((s) => s.id === stage.id)?.deals ?? [];
      let added: number | null = null;
      client.cache.batch({
        update(cache) {
          for (const deal of page)
            cache.writeFragment({
              fragment: DealCard_DealFragmentDoc,
              fragmentName: 'DealCard_deal',
              data: deal,
            });
          cache.updateFragment<BoardColumnDealIdsFragment>(
            {
              id: cache.identify({ __typename: 'PipelineStage', id: stage.id }),
              fragment: BoardColumnDealIdsFragmentDoc,
              variables: { openFilter, pageSize: boardPageSize },
            },
            (current) => {
              if (!current) return current;
              const deals = appendPage(
                current.deals,
                page.map((deal) => ({ __typename: 'Deal' as const, id: deal.id })),
                requestedAfter,
              );
              if (!deals) return current;
              added = deals.length - current.deals.length;
              return { ...current, deals };
            },
          );
        },
      });
      return added;
    },
    [client, pipelineId, filter],
  );
}
