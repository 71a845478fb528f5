import { useMemo } from 'react';
import {
  useCustomerSignalRanksQuery,
  useLeadEngagementDistributionQuery,
} from '../../../__generated__/lazy';
import { customerFeatureValues } from '../utils/customerFeatureValues';
import { rankAmong, rankAmongCounts } from '../utils/rankAmong';

const CUSTOMER_FEATURES = new Set(Object.keys(customerFeatureValues({})));
const ENGAGEMENT_FEATURES = new Set(['emailsCount', 'callsCount', 'meetingsCount', 'visitsCount']);

/**
 * Where a factor's value stands, in words: a customer signal among all customers ("among the top
 * 10 % of 240 customers"), a lead's engagement count among the tenant's leads ("among the top
 * 20 % of 500 leads", from the server's exact distribution); null for other features and until
 * the figures have loaded. Asks for each set of figures only when one of `features` needs it.
 */
export function useFactorContext(features: readonly string[]) {
  const needsCustomers = features.some((f) => CUSTOMER_FEATURES.has(f));
  const needsLeads = features.some((f) => ENGAGEMENT_FEATURES.has(f));
  const { data } = useCustomerSignalRanksQuery({
    skip: !needsCustomers,
    fetchPolicy: 'cache-first',
  });
  const { data: engagement } = useLeadEngagementDistributionQuery({
    skip: !needsLeads,
    fetchPolicy: 'cache-first',
  });
  const columns = useMemo(() => {
    const byFeature = new Map<string, number[]>();
    for (const customer of data?.customers ?? []) {
      if (!customer.signals) continue;
      for (const [feature, value] of Object.entries(customerFeatureValues(customer.signals))) {
        if (value == null || !Number.isFinite(value)) continue;
        const column = byFeature.get(feature);
        if (column) column.push(value);
        else byFeature.set(feature, [value]);
      }
    }
    return byFeature;
  }, [data]);
  const distributions = useMemo(
    () =>
      new Map(
        (engagement?.leadEngagementDistribution ?? []).map((d) => [
          d.feature,
          d.values.map((v) => ({ value: v.value, count: v.leads })),
        ]),
      ),
    [engagement],
  );
  return (feature: string, value: string | null | undefined): string | null => {
    const n = Number(value);
    if (value == null || value === '' || !Number.isFinite(n)) return null;
    const counts = distributions.get(feature);
    if (counts) return rankAmongCounts(n, counts, 'leads');
    const values = columns.get(feature);
    return values ? rankAmong(n, values, 'customers') : null;
  };
}
