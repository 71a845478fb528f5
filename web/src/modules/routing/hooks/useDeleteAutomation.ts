import { useDeleteAutomationMutation } from '../../../__generated__/lazy';

/** Deletes an automation and drops it from the cached list. */
export function useDeleteAutomation() {
  const [mutate, { loading }] = useDeleteAutomationMutation({
    update(cache, { data }) {
      const id = data?.deleteAutomation;
      if (id) cache.evict({ id: cache.identify({ __typename: 'Automation', id }) });
      cache.gc();
    },
  });
  return { deleteAutomation: (id: string) => mutate({ variables: { id } }), loading };
}
