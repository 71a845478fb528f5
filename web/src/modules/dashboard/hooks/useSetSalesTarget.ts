import { useSetSalesTargetMutation } from '../../../__generated__/graphql';

/** Stores a month's target; the forecast and the list of targets are fetched again with it. */
export function useSetSalesTarget() {
  const [mutate, { loading }] = useSetSalesTargetMutation({
    refetchQueries: ['DashboardForecast', 'DashboardTargets'],
    awaitRefetchQueries: true,
  });
  return { setTarget: mutate, loading };
}
