import type { Context } from '../../types/context';
import type { CustomerSignals } from '../../__generated__/resolvers-types';
import { formatMoney } from '../common/money';

/** The latest signals pushed for a customer; null until any were pushed. */
export async function customerSignals(
  { loaders }: Context,
  { customerId }: { customerId: string },
): Promise<CustomerSignals | null> {
  const row = await loaders.customer.load(customerId);
  if (!row?.signalsUpdatedAt) return null;
  return {
    ...row,
    annualRevenue: row.annualRevenue == null ? null : formatMoney(row.annualRevenue),
    mrr: row.mrr == null ? null : formatMoney(row.mrr),
    updatedAt: row.signalsUpdatedAt,
  };
}
