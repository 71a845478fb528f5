import type { Deal } from '../../db/generated/client';
import type { Context } from '../../types/context';

/**
 * Where a column's page starts: `afterPosition` is the index of the last deal already loaded
 * (the API's `Deal.position`), turned into that deal's order key and id for a keyset read on
 * (position, id), the column's order (ADR 023): two deals may share a key (a clash, until a
 * rebalance), and a page after the key alone skipped the second of them. `{ key: null }` starts at
 * the top (no index, or a negative one); null means the column has no deal at that index, so the
 * page is empty.
 */
export async function afterPositionKey(
  { prisma }: Context,
  stageId: string,
  afterPosition: number | null | undefined,
): Promise<{ key: string | null; id?: string } | null> {
  if (afterPosition == null || afterPosition < 0) return { key: null };
  const [row] = await prisma.$queryRaw<{ position: string; id: string }[]>`
    SELECT position, id FROM "Deal" WHERE "stageId" = ${stageId}
    ORDER BY position, id OFFSET ${afterPosition} LIMIT 1`;
  return row ? { key: row.position, id: row.id } : null;
}

/** Records the indexes of a column page read without a filter: `first` is the first deal's. */
export function primeDealIndexes(
  { loaders }: Context,
  deals: readonly Deal[],
  first: number,
): void {
  deals.forEach((deal, i) => loaders.dealIndex.prime(deal, first + i));
}
