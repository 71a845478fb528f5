import { Prisma, type Deal } from '../../db/generated/client';
import type { RawReader } from '../../db/rawReads';
import { conflict, notFound } from '../common/errors';

type Tx = Prisma.TransactionClient;

/** The CONFLICT of a write that named a version the deal no longer has. */
export function staleVersion(id: string, expectedVersion: number, currentVersion: number) {
  return conflict(
    `Deal ${id} changed since version ${expectedVersion} (now ${currentVersion}); reload and retry`,
    { currentVersion },
  );
}

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
    throw staleVersion(id, expectedVersion, deal.version);
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
    throw staleVersion(id, expectedVersion, deal.version);
  }
  return deal;
}

/** What a move needs of its deal, read under the deal's row lock (`lockDealForMove`). */
export type DealToMove = LockedDeal &
  Pick<Deal, 'ownerId' | 'pipelineId' | 'stageEnteredAt'> & {
    /** Keys of the target column (without the deal) around the requested index (`placeInColumn`). */
    neighbourKeys: string[];
    /** The deal's index in its column when the target is its own stage, else null. */
    fromIndex: number | null;
    /** The index the move asked for (what `neighbourKeys` were read around). */
    requestedIndex: number;
  };

/**
 * Locks a deal's row (`FOR UPDATE`) for a move to `index` of `targetStageId` and reads, in the same
 * statement, the keys around that index in the target column and, for a move within its own
 * column, the deal's index there. The caller holds the columns' stage locks (taken in an earlier
 * statement, so this statement's snapshot sees every key a rebalance wrote before them). The
 * version is the caller's to check, after its other checks. Null when there is no such deal.
 */
export async function lockDealForMove(
  sql: RawReader,
  tenantId: string,
  id: string,
  targetStageId: string,
  index: number,
): Promise<DealToMove | null> {
  const [deal] = await sql<Omit<DealToMove, 'requestedIndex'>>(Prisma.sql`
    SELECT d.id, d."tenantId", d."pipelineId", d."stageId", d.position, d."leadId", d."ownerId",
      d.version, d."stageEnteredAt",
      ARRAY(SELECT n.position FROM "Deal" n WHERE n."stageId" = ${targetStageId} AND n.id <> d.id
        ORDER BY n.position, n.id OFFSET ${Math.max(index - 1, 0)} LIMIT 2) AS "neighbourKeys",
      CASE WHEN d."stageId" = ${targetStageId} THEN (
        SELECT count(*)::int FROM "Deal" c
        WHERE c."stageId" = d."stageId" AND (c.position, c.id) < (d.position, d.id)) END AS "fromIndex"
    FROM "Deal" d WHERE d.id = ${id} AND d."tenantId" = ${tenantId}
    FOR UPDATE OF d`);
  return deal ? { ...deal, requestedIndex: index } : null;
}
