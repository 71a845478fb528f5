import { useMemo } from 'react';
import { useCustomerSignalRanksQuery } from '../../../__generated__/graphql';
import { customerFeatureValues } from '../utils/customerFeatureValues';
import { rankAmong } from '../utils/rankAmong';

const CUSTOMER_FEATURES = new Set(Object.keys(customerFeatureValues({})));

/**
 * Where a factor's value stands among all customers ("among the top 10 % of 240 customers"), for
 * the features that come from a customer's signals; null for the others (a lead's emails or
 * meetings: the API has no distribution of those) and until the customers have loaded. Asks for
 * the customers only when one of `features` needs them.
 */
export function useFactorContext(features: readonly string[]) {
  const needed = features.some((f) => CUSTOMER_FEATURES.has(f));
  const { data } = useCustomerSignalRanksQuery({ skip: !needed, fetchPolicy: 'cache-first' });
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
  return (feature: string, value: string | null | undefined): string | null => {
    const n = Number(value);
    const values = columns.get(feature);
    if (!values || value == null || value === '' || !Number.isFinite(n)) return null;
    return rankAmong(n, values, 'customers');
  };
}
