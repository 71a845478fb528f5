import type { PrismaClient } from '../../db/generated/client';
import { rescoreDeals, type DealRescoreResult } from './rescoreDeals';

/**
 * Rescores the open deals named and those of the customers named (their signals changed), in
 * one run; nothing when neither names anything.
 */
export async function rescoreChangedDeals(
  prisma: PrismaClient,
  tenantId: string,
  { dealIds, customerIds, now }: { dealIds: string[]; customerIds: string[]; now?: Date },
): Promise<DealRescoreResult | null> {
  const ofCustomers = customerIds.length
    ? await prisma.deal.findMany({
        where: { tenantId, customerId: { in: customerIds }, stage: { kind: 'OPEN' } },
        select: { id: true },
      })
    : [];
  const ids = [...new Set([...dealIds, ...ofCustomers.map((d) => d.id)])].sort();
  if (!ids.length) return null;
  return rescoreDeals(prisma, tenantId, { ids, ...(now ? { now } : {}) });
}
