import type { PrismaClient } from '../../db/generated/client';
import { dealHistory } from './dealHistory';
import type { CustomerForScoring, LeadFeatureInput, LeadForScoring } from './leadFeatures';
import { loadClosedDeals, type ClosedDeal } from '../../loaders/loadClosedDeals';

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

/** A customer's signals and closed deals, as `loadFeatureInputs` reads them. */
export type CustomerContext = { customer: CustomerForScoring; deals: ClosedDeal[] };

/**
 * Customers already read, by id (null: no such customer). A rescoring run keeps one across its
 * pages: a tenant's leads share a few hundred customers, which need not be read once per page.
 * Values are as of the first page that needed them; a later change to a customer's signals
 * announces itself and rescores that customer's leads.
 */
export type CustomerCache = Map<string, CustomerContext | null>;

/**
 * Feature inputs of many leads with two statements (their customers, the customers' closed
 * deals), none for customers already in `cache`. `asOf` gives each lead's reference time: the
 * decision on it for a training row, now for a live score; deal history counts the deals closed
 * before it, the same way for both.
 */
export async function loadFeatureInputs<L extends LeadForScoring>(
  prisma: PrismaClient,
  tenantId: string,
  leads: readonly L[],
  asOf: (lead: L) => Date,
  cache: CustomerCache = new Map(),
): Promise<LeadFeatureInput[]> {
  const missing = [
    ...new Set(
      leads.flatMap((l) => (l.customerId && !cache.has(l.customerId) ? [l.customerId] : [])),
    ),
  ];
  if (missing.length > 0) {
    const [customers, deals] = await Promise.all([
      prisma.customer.findMany({
        where: { tenantId, id: { in: missing } },
        select: customerSignalsSelect,
      }),
      loadClosedDeals(prisma, tenantId, missing),
    ]);
    for (const id of missing) cache.set(id, null);
    for (const customer of customers) {
      cache.set(customer.id, { customer, deals: deals.get(customer.id) ?? [] });
    }
  }
  return leads.map((lead) => {
    const context = lead.customerId ? (cache.get(lead.customerId) ?? null) : null;
    return {
      lead,
      customer: context?.customer ?? null,
      history: context ? dealHistory(context.deals, lead.id, asOf(lead)) : null,
      asOf: asOf(lead),
    };
  });
}
