import { useSetRoutingFallbackMutation } from '../../../__generated__/lazy';

/** Sets (or clears, with null) the owner of leads no rule matches. */
export function useSetRoutingFallback() {
  const [mutate, { loading }] = useSetRoutingFallbackMutation({
    update(cache, { data }) {
      if (!data) return;
      cache.modify({ fields: { routingSettings: () => data.setRoutingFallback } });
    },
  });
  return {
    setFallback: (ownerId: string | null) => mutate({ variables: { ownerId } }),
    loading,
  };
}
