import { useCallback } from 'react';
import {
  useUpdateDealMutation,
  type DealDetails_DealFragment,
  type UpdateDealInput,
} from '../../../__generated__/graphql';

type Owner = { id: string; name: string } | null;

/** Saves deal fields, shown at once; a refused save (e.g. CONFLICT on a stale version) is rolled back by Apollo and rethrown. */
export function useUpdateDeal() {
  const [mutate, { loading }] = useUpdateDealMutation();
  const update = useCallback(
    (deal: DealDetails_DealFragment, input: UpdateDealInput, owner: Owner) =>
      mutate({
        variables: { id: deal.id, expectedVersion: deal.version, input },
        optimisticResponse: {
          updateDeal: {
            ...deal,
            title: input.title ?? deal.title,
            value: input.value ?? deal.value,
            expectedCloseDate:
              input.expectedCloseDate === undefined
                ? deal.expectedCloseDate
                : input.expectedCloseDate,
            owner: input.ownerId === undefined ? deal.owner : owner,
            version: deal.version + 1,
          },
        },
      }),
    [mutate],
  );
  return { update, loading };
}
