import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { ReopenDealToDocument } from '../../../__generated__/graphql';
import { errorCode, errorMessage } from '../../../lib/graphqlErrors';
import type { ToastAction } from '../../../ui/ToastContext';
import { useToast } from '../../../ui/useToast';
import { forgetBoardColumns } from '../utils/forgetBoardColumns';

type Closed = { id: string; title: string; version: number; stage: { id: string } };
type Stage = { id: string; name?: string | undefined };

/**
 * The Undo of a "marked as won/lost" toast: reopens the deal in the open stage it came from, with
 * the version the close returned. Run through the client, since the page that closed the deal may
 * be gone by then. If the deal changed since (CONFLICT), it says so and leaves it closed.
 */
export function useUndoClose() {
  const client = useApolloClient();
  const toast = useToast();
  return useCallback(
    (closed: Closed, outcome: 'won' | 'lost', back: Stage): ToastAction => ({
      label: 'Undo',
      run: () => {
        client
          .mutate({
            mutation: ReopenDealToDocument,
            variables: { id: closed.id, expectedVersion: closed.version, stageId: back.id },
            // The deal page, if shown, takes what else a reopen changes (its win chance…).
            refetchQueries: ['DealPage'],
          })
          .then(
            () => {
              forgetBoardColumns(client.cache, [back.id, closed.stage.id]);
              toast.show(
                `“${closed.title}” is open again, back in ${back.name ?? 'its stage'}.`,
                'success',
              );
            },
            async (error: unknown) => {
              toast.show(
                errorCode(error) === 'CONFLICT'
                  ? `Could not undo: “${closed.title}” was changed by someone else after it was marked as ${outcome}, so it stays ${outcome}. The latest data is loaded.`
                  : `Could not undo: “${closed.title}” stays ${outcome}. ${errorMessage(error)}`,
                'error',
              );
              await client.refetchQueries({ include: ['DealBoard', 'DealPage'] });
            },
          );
      },
    }),
    [client, toast],
  );
}
