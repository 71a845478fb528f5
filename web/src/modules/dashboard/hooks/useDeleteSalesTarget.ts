import { useDeleteSalesTargetMutation } from '../../../__generated__/graphql';

/** Removes a stored target; the forecast and the list of targets are fetched again with it. */
export function useDeleteSalesTarget() {
  const [mutate, { loading }] = useDeleteSalesTargetMutation({
    refetchQueries: ['DashboardForecast', 'DashboardTargets'],
    awaitRefetchQueries: true,
  });
  return { deleteTarget: (id: string) => mutate({ variables: { id } }), loading };
}
