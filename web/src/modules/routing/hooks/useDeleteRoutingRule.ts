import { useDeleteRoutingRuleMutation } from '../../../__generated__/lazy';

/** Deletes a rule and drops it from the cached list. */
export function useDeleteRoutingRule() {
  const [mutate, { loading }] = useDeleteRoutingRuleMutation({
    update(cache, { data }) {
      const id = data?.deleteRoutingRule;
      if (id) cache.evict({ id: cache.identify({ __typename: 'RoutingRule', id }) });
      cache.gc();
    },
  });
  return { deleteRule: (id: string) => mutate({ variables: { id } }), loading };
}
