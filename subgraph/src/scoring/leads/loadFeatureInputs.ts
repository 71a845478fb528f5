import type { PrismaClient } from '../../db/generated/client';
import { dealHistory } from './dealHistory';
import type { CustomerForScoring, LeadFeatureInput, LeadForScoring } from './leadFeatures';
import { loadClosedDeals } from './loadClosedDeals';

export const customerSignalsSelect = {
  id: true,
  healthScore: true,
  activeUsers: true,
  seats: true,
  usageTrend: true,
  plan: true,
  mrr: true,
  industry: true,
  employees: true,
  annualRevenue: true,
  country: true,
} as const;

/**
 * Feature inputs of many leads with two statements (their customers, the customers' closed
 * deals). `asOf` gives each lead's reference time; `historyBefore` the cutoff for deal history.
 */
export async function loadFeatureInputs<L extends LeadForScoring>(
  prisma: PrismaClient,
  tenantId: string,
  leads: readonly L[],
  asOf: (lead: L) => Date,
  historyBefore: (lead: L) => Date = asOf,
): Promise<LeadFeatureInput[]> {
  const customerIds = [...new Set(leads.flatMap((l) => (l.customerId ? [l.customerId] : [])))];
  const [customers, deals] = await Promise.all([
    customerIds.length
      ? prisma.customer.findMany({
          where: { tenantId, id: { in: customerIds } },
          select: customerSignalsSelect,
        })
      : Promise.resolve([]),
    loadClosedDeals(prisma, tenantId, customerIds),
  ]);
  const byId = new Map<string, CustomerForScoring>(customers.map((c) => [c.id, c]));
  return leads.map((lead) => {
    const customer = lead.customerId ? (byId.get(lead.customerId) ?? null) : null;
    return {
      lead,
      customer,
      history:
        customer && lead.customerId
          ? dealHistory(deals.get(lead.customerId), lead.id, historyBefore(lead))
          : null,
      asOf: asOf(lead),
    };
  });
}
