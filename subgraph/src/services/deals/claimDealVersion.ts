import type { Deal, Prisma } from '../../db/generated/client';
import { conflict, notFound } from '../common/errors';

type Tx = Prisma.TransactionClient;

/**
 * Optimistic concurrency: bumps the deal's version only if it still is `expectedVersion`. Of two
 * concurrent changes made from the same version exactly one gets the row; the other fails with
 * CONFLICT and changes nothing.
 */
export async function claimDealVersion(
  tx: Tx,
  tenantId: string,
  id: string,
  expectedVersion: number,
): Promise<Deal> {
  const claimed = await tx.$executeRaw`
    UPDATE "Deal" SET version = version + 1, "updatedAt" = now()
    WHERE id = ${id} AND "tenantId" = ${tenantId} AND version = ${expectedVersion}`;
  const deal = await tx.deal.findFirst({ where: { id, tenantId } });
  if (!deal) throw notFound('Deal', id);
  if (claimed === 0) {
    throw conflict(
      `Deal ${id} changed since version ${expectedVersion} (now ${deal.version}); reload and retry`,
      {
        currentVersion: deal.version,
      },
    );
  }
  return deal;
}

/** The deal fields a column change needs, read under the deal's row lock. */
export type LockedDeal = Pick<
  Deal,
  'id' | 'tenantId' | 'stageId' | 'position' | 'leadId' | 'version'
>;

/**
 * The same promise as `claimDealVersion` without writing: locks the deal's row (`FOR UPDATE`) and
 * checks its version, so the change that follows writes the row once (version bump included).
 */
export async function lockDealVersion(
  tx: Tx,
  tenantId: string,
  id: string,
  expectedVersion: number,
): Promise<LockedDeal> {
  const [deal] = await tx.$queryRaw<LockedDeal[]>`
    SELECT id, "tenantId", "stageId", position, "leadId", version FROM "Deal"
    WHERE id = ${id} AND "tenantId" = ${tenantId} FOR UPDATE`;
  if (!deal) throw notFound('Deal', id);
  if (deal.version !== expectedVersion) {
    throw conflict(
      `Deal ${id} changed since version ${expectedVersion} (now ${deal.version}); reload and retry`,
      { currentVersion: deal.version },
    );
  }
  return deal;
}
