import { useApolloClient } from '@apollo/client/react';
import type { Reference } from '@apollo/client';
import { useCallback } from 'react';
import { useMoveDealMutation, type BoardColumn_StageFragment, type DealCard_DealFragment } from '../../../__generated__/graphql';
import { errorCode, errorMessage } from '../../../lib/graphqlErrors';
import { useToast } from '../../../ui/useToast';
import { addToDecimal } from '../utils/addToDecimal';
import { moveInList } from '../utils/moveInList';

export type DealMove = {
  deal: DealCard_DealFragment;
  from: BoardColumn_StageFragment;
  to: BoardColumn_StageFragment;
  /** Index in the destination list as displayed. */
  toIndex: number;
  /** Position sent to the server (see targetPosition). */
  position: number;
  /** When the board shows every deal, cached positions can be renumbered to match the server's. */
  unfiltered: boolean;
};

/** Moves a deal on the board at once (optimistic cache update) and undoes it if the server refuses. */
export function useMoveDeal() {
  const [mutate] = useMoveDealMutation();
  const client = useApolloClient();
  const toast = useToast();

  return useCallback(
    async ({ deal, from, to, toIndex, position, unfiltered }: DealMove) => {
      const changesStage = from.id !== to.id;
      const value = Number(deal.value);
      try {
        await mutate({
          variables: { id: deal.id, stageId: to.id, position, expectedVersion: deal.version },
          optimisticResponse: {
            moveDeal: {
              __typename: 'Deal',
              id: deal.id,
              position,
              version: deal.version + 1,
              daysInStage: changesStage ? 0 : deal.daysInStage,
              isRotting: changesStage ? false : deal.isRotting,
              stage: { __typename: 'PipelineStage', id: to.id },
            },
          },
          update(cache, { data }) {
            if (!data) return;
            const dealRef = cache.identify({ __typename: 'Deal', id: deal.id });
            if (!dealRef) return;
            const ref: Reference = { __ref: dealRef };
            const touched: Reference[][] = [];
            const idOf = (r: Reference) => r.__ref;
            if (changesStage) {
              cache.modify<Record<string, unknown>>({
                id: cache.identify({ __typename: 'PipelineStage', id: from.id }),
                fields: {
                  deals: (list) => {
                    const next = (list as Reference[]).filter((r) => r.__ref !== dealRef);
                    touched.push(next);
                    return next;
                  },
                  dealCount: (n) => Math.max(0, (n as number) - 1),
                  totalValue: (v) => addToDecimal(v as string, -value),
                  weightedValue: (v) => addToDecimal(v as string, -value * (from.effectiveProbability ?? 0)),
                },
              });
            }
            cache.modify<Record<string, unknown>>({
              id: cache.identify({ __typename: 'PipelineStage', id: to.id }),
              fields: {
                // Closed stages are summarised on the board, not listed.
                deals: (list) => {
                  if (to.kind !== 'OPEN') return list;
                  const next = moveInList(list as Reference[], ref, toIndex, idOf);
                  touched.push(next);
                  return next;
                },
                ...(changesStage && {
                  dealCount: (n: unknown) => (n as number) + 1,
                  totalValue: (v: unknown) => addToDecimal(v as string, value),
                  weightedValue: (v: unknown) => addToDecimal(v as string, value * (to.effectiveProbability ?? 0)),
                }),
              },
            });
            if (!unfiltered) return;
            for (const list of touched) {
              list.forEach((r, index) => {
                if (r.__ref !== dealRef) cache.modify({ id: r.__ref, fields: { position: (p) => (p === index ? p : index) } });
              });
            }
          },
        });
      } catch (error) {
        const conflict = errorCode(error) === 'CONFLICT';
        toast.show(
          conflict
            ? `“${deal.title}” was changed by someone else, so your move was undone. The board now shows the latest data.`
            : `Could not move “${deal.title}”; it is back where it was. ${errorMessage(error)}`,
          'error',
        );
        await client.refetchQueries({ include: ['DealBoard'] });
      }
    },
    [mutate, client, toast],
  );
}
