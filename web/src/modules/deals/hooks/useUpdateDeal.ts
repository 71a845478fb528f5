import { useCallback } from 'react';
import {
  useUpdateDealMutation,
  type DealDetails_DealFragment,
  type UpdateDealInput,
} from '../../../__generated__/graphql';

type Named = { id: string; name: string } | null;

/** Saves deal fields, shown at once (the timeline is fetched again for the edit's entry); a refused save (e.g. CONFLICT on a stale version) is rolled back by Apollo and rethrown. */
export function useUpdateDeal() {
  const [mutate, { loading }] = useUpdateDealMutation();
  const update = useCallback(
    (deal: DealDetails_DealFragment, input: UpdateDealInput, owner: Named, customer: Named) =>
      mutate({
        variables: { id: deal.id, expectedVersion: deal.version, input },
        // The timeline gets the edit's entry (what changed, old → new).
        refetchQueries: ['DealTimeline'],
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
            customer:
              input.customerId === undefined
                ? deal.customer
                : // The cache files a customer under its type, which the form's { id, name } lacks.
                  customer && ({ __typename: 'Customer', ...customer } as typeof customer),
            version: deal.version + 1,
          },
        },
      }),
    [mutate],
  );
  return { update, loading };
}
